// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/yamlhighlighter.h"

namespace mlops {

YamlHighlighter::YamlHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    m_key.setForeground(QColor(0x1d, 0x4e, 0xd8));
    m_string.setForeground(QColor(0x04, 0x78, 0x57));
    m_literal.setForeground(QColor(0xb4, 0x53, 0x09));
    m_comment.setForeground(QColor(0x6b, 0x72, 0x80));
    m_comment.setFontItalic(true);
    m_reference.setForeground(QColor(0x7c, 0x3a, 0xed));
    m_reference.setFontWeight(QFont::DemiBold);
    m_punctuation.setForeground(QColor(0x64, 0x74, 0x8b));
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression key(QStringLiteral("^(\\s*(?:-\\s+)?)([^\\s#'\"\\[{][^:#]*?|\"[^\"]*\"|'[^']*'):(?=\\s|$)"));
    static const QRegularExpression inlineKey(QStringLiteral("[{,]\\s*([A-Za-z_][\\w.-]*):\\s"));
    static const QRegularExpression quoted(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^']|'')*'"));
    static const QRegularExpression literal(QStringLiteral("(?<=[\\s\\[{,:])(-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?|true|false|null)(?=\\s*(?:[,\\]}#]|$))"));
    static const QRegularExpression reference(QStringLiteral("\\$\\{[^}]*\\}"));
    static const QRegularExpression punctuation(QStringLiteral("[\\[\\]{},]|^\\s*-(?=\\s)"));

    for (auto it = punctuation.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_punctuation);
    }
    if (const QRegularExpressionMatch m = key.match(text); m.hasMatch())
        setFormat(int(m.capturedStart(2)), int(m.capturedLength(2)), m_key);
    for (auto it = inlineKey.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), m_key);
    }
    for (auto it = literal.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), m_literal);
    }
    // Strings, then references inside them, then comments outside them.
    QList<QPair<int, int>> strings;
    for (auto it = quoted.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        strings.append({int(m.capturedStart()), int(m.capturedEnd())});
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_string);
    }
    for (auto it = reference.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_reference);
    }
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('#') || (i > 0 && !text.at(i - 1).isSpace()))
            continue;
        bool inString = false;
        for (const auto &[start, end] : std::as_const(strings))
            inString = inString || (i > start && i < end);
        if (!inString) {
            setFormat(i, int(text.size()) - i, m_comment);
            break;
        }
    }
}

} // namespace mlops
