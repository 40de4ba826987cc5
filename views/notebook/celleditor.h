// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <Qsci/qsciscintilla.h>

namespace mlops {

/**
 * The source editor of one cell: QScintilla with Python (or Markdown) highlighting,
 * auto-indent and wrapping, as tall as its text so the notebook scrolls as one page.
 * Its own undo history is off: every edit becomes a command on the notebook's undo
 * stack (one history for text and structure). Shift/Ctrl+Enter, undo, redo, save and
 * find are left to the screen's actions; Up on the first line and Down on the last
 * move between cells.
 */
class CellEditor : public QsciScintilla
{
    Q_OBJECT

public:
    enum class Language { Python, Markdown, Plain };

    explicit CellEditor(Language language, QWidget *parent = nullptr);

    /** Replaces the text without it counting as the user's edit (undo, other views). */
    void setSource(const QString &source);
    bool isSettingSource() const { return m_settingSource; }

    /** The character offset of the cursor in the text. */
    int cursorOffset() const;
    void setCursorOffset(int offset);
    /** The character offset of the start of the selection; the cursor's without one. */
    int selectionStartOffset() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void focusReceived();
    void navigateUp();
    void navigateDown();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateHeight();
    int offsetAt(int line, int index) const;

    bool m_settingSource = false;
    int m_height = 0;
};

} // namespace mlops
