// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/vcs/diffhighlighter.h"

#include <QTextCharFormat>

namespace mlops {

DiffHighlighter::DiffHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}

void DiffHighlighter::highlightBlock(const QString &text)
{
    QTextCharFormat format;
    if (text.startsWith(QStringLiteral("+++")) || text.startsWith(QStringLiteral("---"))
        || text.startsWith(QStringLiteral("diff "))) {
        format.setFontWeight(QFont::Bold);
        format.setForeground(QColor(0x37, 0x41, 0x51));
    } else if (text.startsWith(QLatin1Char('+'))) {
        format.setForeground(QColor(0x16, 0x65, 0x34));
        format.setBackground(QColor(0xdc, 0xfc, 0xe7));
    } else if (text.startsWith(QLatin1Char('-'))) {
        format.setForeground(QColor(0x99, 0x1b, 0x1b));
        format.setBackground(QColor(0xfe, 0xe2, 0xe2));
    } else if (text.startsWith(QStringLiteral("@@"))) {
        format.setForeground(QColor(0x1d, 0x4e, 0xd8));
    } else {
        return;
    }
    setFormat(0, int(text.size()), format);
}

} // namespace mlops
