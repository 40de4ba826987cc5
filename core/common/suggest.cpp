// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/common/suggest.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace mlops {

int editDistance(const QString &a, const QString &b)
{
    // Optimal string alignment: insertions, deletions, substitutions and swaps of two
    // neighbouring characters ("dmeo" → "demo") each cost one.
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<std::vector<int>> d(size_t(n + 1), std::vector<int>(size_t(m + 1)));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

QString closestMatch(const QString &word, const QStringList &candidates)
{
    QString best;
    int bestDistance = std::max<int>(1, int(word.size()) / 3) + 1;
    for (const QString &candidate : candidates) {
        const int d = editDistance(word.toLower(), candidate.toLower());
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

QString didYouMean(const QString &word, const QStringList &candidates)
{
    const QString match = closestMatch(word, candidates);
    if (match.isEmpty())
        return {};
    return QCoreApplication::translate("mlops::Suggest", " (did you mean '%1'?)").arg(match);
}

} // namespace mlops
