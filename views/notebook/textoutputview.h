// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "views/notebook/ansitext.h"

#include <QPlainTextEdit>

class QTimer;

namespace mlops {

/**
 * Terminal-like output: streams, text/plain results and tracebacks, with ANSI colours.
 * Grows with its text up to a limit, then scrolls on its own, so a cell that prints
 * a million lines leaves the notebook usable. Text arriving in bursts is rendered at
 * most every few tens of milliseconds, appending only what is new.
 */
class TextOutputView : public QPlainTextEdit
{
    Q_OBJECT

public:
    enum class Kind { Stream, Stderr, Plain, Error };

    explicit TextOutputView(Kind kind, QWidget *parent = nullptr);

    /** The whole text of the output (streams only ever grow). */
    void setText(const QString &text);
    /** The text as given (with escape sequences). */
    QString text() const { return m_target; }
    Kind kind() const { return m_kind; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /** Lines shown before the view scrolls instead of growing. */
    static constexpr int kMaxVisibleLines = 24;
    /** Lines kept in the view (the file keeps everything). */
    static constexpr int kMaxLines = 20000;
    /** Characters of one line shown; the rest of a longer line is left out of the view
     *  (laying out a line of megabytes would freeze the notebook; the file keeps it). */
    static constexpr int kMaxLineLength = 5000;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void render();
    void updateHeight();
    /** `text` as shown: each line cut after kMaxLineLength characters, with a note;
     *  continues the line the last call ended in. */
    QString cutLongLines(QStringView text);

    Kind m_kind;
    AnsiText m_ansi;
    QString m_target;
    qsizetype m_rendered = 0;
    qsizetype m_lineLength = 0;   ///< characters shown of the line being rendered
    bool m_lineCut = false;       ///< that line was cut: the rest of it is left out
    QTimer *m_renderTimer;
    int m_lines = 1;
};

} // namespace mlops
