// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/common/duration.h"

#include <QRegularExpression>

namespace mlops {

namespace {

std::optional<qint64> unitMs(QStringView unit)
{
    if (unit == u"ms")
        return 1;
    if (unit == u"s" || unit.isEmpty())
        return 1000;
    if (unit == u"m" || unit == u"min")
        return 60 * 1000;
    if (unit == u"h")
        return 3600 * 1000;
    if (unit == u"d")
        return 24 * 3600 * 1000;
    return std::nullopt;
}

std::optional<qint64> parseIso(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral(
        "^P(?:(\\d+(?:\\.\\d+)?)W)?(?:(\\d+(?:\\.\\d+)?)D)?"
        "(?:T(?:(\\d+(?:\\.\\d+)?)H)?(?:(\\d+(?:\\.\\d+)?)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?$"));
    const QRegularExpressionMatch m = iso.match(text);
    if (!m.hasMatch() || text == QStringLiteral("P") || text.endsWith(QLatin1Char('T')))
        return std::nullopt;
    const double factors[] = {7.0 * 86400000, 86400000, 3600000, 60000, 1000};
    double total = 0;
    for (int i = 0; i < 5; ++i) {
        if (!m.captured(i + 1).isEmpty())
            total += m.captured(i + 1).toDouble() * factors[i];
    }
    return qint64(total);
}

} // namespace

std::optional<qint64> parseDuration(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (text.startsWith(QLatin1Char('P')))
        return parseIso(text);
    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d+)?)\\s*(ms|min|s|m|h|d)?"));
    qint64 total = 0;
    qsizetype pos = 0;
    bool any = false;
    while (pos < text.size()) {
        const QRegularExpressionMatch m = part.match(text, pos, QRegularExpression::NormalMatch,
                                                     QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch() || m.capturedLength() == 0)
            return std::nullopt;
        const std::optional<qint64> unit = unitMs(m.capturedView(2));
        if (!unit)
            return std::nullopt;
        // A bare number is only allowed alone ("90" = 90 s), not inside "1h30".
        if (m.capturedView(2).isEmpty() && (any || m.capturedEnd() != text.size()))
            return std::nullopt;
        total += qint64(m.captured(1).toDouble() * double(*unit));
        pos = m.capturedEnd();
        while (pos < text.size() && text.at(pos).isSpace())
            ++pos;
        any = true;
    }
    return any ? std::optional<qint64>(total) : std::nullopt;
}

QString formatDuration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("–");
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(ms);
    if (ms < 60000)
        return QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', ms < 10000 ? 2 : 1);
    if (ms < 3600000)
        return QStringLiteral("%1 min %2 s").arg(ms / 60000).arg((ms % 60000) / 1000);
    return QStringLiteral("%1 h %2 min").arg(ms / 3600000).arg((ms % 3600000) / 60000);
}

} // namespace mlops
