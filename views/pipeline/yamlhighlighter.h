// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace mlops {

/** Colours a pipeline's YAML: keys, strings, numbers, comments and `${…}` references. */
class YamlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit YamlHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_literal;
    QTextCharFormat m_comment;
    QTextCharFormat m_reference;
    QTextCharFormat m_punctuation;
};

} // namespace mlops
