// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/pipeline/diagnostic.h"

#include <QPlainTextEdit>
#include <QPointer>

class QTimer;

namespace mlops {

class PipelineDocument;

/**
 * The YAML view beside the canvas. Shows the document's text with line numbers,
 * highlighting and the validator's markers (wavy underlines, dots in the margin, the
 * message as a tooltip). What the user types goes to the document as an EditYaml
 * command after a short pause; what the document changes (a graph edit, undo) comes
 * back as the smallest replacement, so the cursor and scroll position stay put.
 * Undo and redo are the document's: one history for canvas and text.
 */
class YamlEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit YamlEditor(QWidget *parent = nullptr);

    void setPipelineDocument(PipelineDocument *document);
    /** Sends a pending edit to the document now (before undo, save, run). */
    void flush();
    /** Puts the cursor at a 1-based line and column and shows it. */
    void goTo(int line, int column);

    int lineNumberAreaWidth() const;

signals:
    void problemClicked(int line);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class LineNumberArea;
    void paintLineNumbers(QPaintEvent *event);
    void pullText();
    void userEdited();
    void showDiagnostics();
    QString messagesOnLine(int line) const;

    QPointer<PipelineDocument> m_document;
    QWidget *m_lineNumbers;
    QTimer *m_pushTimer;
    bool m_applying = false;
    Diagnostics m_diagnostics;
};

} // namespace mlops
