// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/notebook/notebook.h"
#include "core/notebook/outputaccumulator.h"

#include <QElapsedTimer>
#include <QFrame>

class QLabel;
class QLineEdit;
class QTimer;

namespace mlops {

class CellEditor;
class OutputArea;

/**
 * One cell on screen: the prompt with its execution count and a busy indicator (queued,
 * running with the time so far, failed), the editor — for Markdown cells the rendered
 * text until the user edits — the outputs, and a line for input() when the kernel asks.
 * Holds only the cell's id and what it shows (STYLE.md §6); edits go out as signals.
 */
class CellWidget : public QFrame
{
    Q_OBJECT

public:
    enum class RunState { Idle, Queued, Running, Failed };

    explicit CellWidget(const NotebookCell &cell, QWidget *parent = nullptr);

    QString cellId() const { return m_cellId; }
    QString cellType() const { return m_cellType; }
    CellEditor *editor() const { return m_editor; }
    OutputArea *outputArea() const { return m_outputs; }
    RunState runState() const { return m_runState; }
    QString promptText() const;

    void setSource(const QString &source);
    void setOutputs(const QJsonArray &outputs);
    void applyOutputChange(const OutputChange &change, const QJsonArray &outputs);
    void setExecutionCount(std::optional<int> count);
    void setRunState(RunState state);
    void setCurrent(bool current);

    /** Markdown: show the editor (true) or the rendered text. */
    void setEditing(bool editing);
    bool isEditing() const { return m_editing; }
    bool isRendered() const;
    QString renderedText() const;

    /** Markdown: the folder that relative image paths start from (the notebook's, as in Jupyter). */
    void setBaseDirectory(const QString &directory);

    /** input() in the kernel: shows a line to answer in. */
    void askInput(const QString &prompt, bool password);
    bool isAskingInput() const;

    void focusEditor();

signals:
    void sourceEdited(const QString &cellId, const QString &source);
    void activated(const QString &cellId);
    void inputSubmitted(const QString &cellId, const QString &value);
    void navigateUp(const QString &cellId);
    void navigateDown(const QString &cellId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void updatePrompt();
    void renderMarkdown();
    void watch(QWidget *widget);

    QString m_cellId;
    QString m_cellType;
    std::optional<int> m_executionCount;
    RunState m_runState = RunState::Idle;
    bool m_editing = true;
    QLabel *m_prompt;
    QLabel *m_timeLabel;
    QFrame *m_stateBar;
    CellEditor *m_editor;
    QLabel *m_markdown = nullptr;
    QJsonObject m_attachments;
    QString m_baseDirectory;  ///< a Markdown cell's attachments (images pasted into it in Jupyter)
    OutputArea *m_outputs = nullptr;
    QWidget *m_inputRow = nullptr;
    QLabel *m_inputPrompt = nullptr;
    QLineEdit *m_input = nullptr;
    QTimer *m_tick;
    QElapsedTimer m_elapsed;
    int m_pulse = 0;
};

} // namespace mlops
