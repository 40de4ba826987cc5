// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/vcs/gitignorefile.h"

#include "core/common/fileutil.h"

#include <QFileInfo>

namespace mlops {

QString gitIgnorePatternFor(const QString &path)
{
    QString pattern = QStringLiteral("/");
    pattern.reserve(path.size() + 8);
    for (const QChar c : path) {
        if (c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('[') || c == QLatin1Char(']')
            || c == QLatin1Char('\\'))
            pattern += QLatin1Char('\\');
        pattern += c;
    }
    // Trailing spaces are dropped unless escaped.
    int spaces = 0;
    while (spaces < pattern.size() && pattern.at(pattern.size() - 1 - spaces) == QLatin1Char(' '))
        ++spaces;
    if (spaces > 0) {
        pattern.chop(spaces);
        for (int i = 0; i < spaces; ++i)
            pattern += QStringLiteral("\\ ");
    }
    return pattern;
}

Result<bool> addGitIgnoreEntry(const QString &path, const QString &pattern, const QString &comment)
{
    QByteArray text;
    if (QFileInfo::exists(path)) {
        Result<QByteArray> existing = readFile(path);
        if (!existing)
            return existing.error();
        text = *existing;
    }
    const QByteArray line = pattern.toUtf8();
    for (const QByteArray &l : text.split('\n')) {
        if (l == line || (l.endsWith('\r') && l.chopped(1) == line))
            return false;
    }
    if (!text.isEmpty() && !text.endsWith('\n'))
        text += '\n';
    const QByteArray header = "# " + comment.toUtf8();
    if (!comment.isEmpty() && !text.contains(QByteArray(header + '\n')))
        text += (text.isEmpty() ? QByteArray() : QByteArray("\n")) + header + '\n';
    text += line + '\n';
    if (Status s = writeFileAtomically(path, text); !s)
        return s.error();
    return true;
}

} // namespace mlops
