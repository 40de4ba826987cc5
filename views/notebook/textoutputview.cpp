// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/notebook/textoutputview.h"

#include <QFontDatabase>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>
#include <QWheelEvent>

namespace mlops {

namespace {
QTextCharFormat baseFormat(TextOutputView::Kind kind)
{
    QTextCharFormat f;
    f.setForeground(kind == TextOutputView::Kind::Stderr ? QColor(0x9a, 0x34, 0x12) : QColor(0x1f, 0x29, 0x37));
    return f;
}
} // namespace

TextOutputView::TextOutputView(Kind kind, QWidget *parent)
    : QPlainTextEdit(parent), m_kind(kind), m_ansi(baseFormat(kind)), m_renderTimer(new QTimer(this))
{
    setObjectName(kind == Kind::Error ? QStringLiteral("outputError")
                  : kind == Kind::Stderr ? QStringLiteral("outputStderr")
                                         : QStringLiteral("outputText"));
    setReadOnly(true);
    setFrameShape(QFrame::NoFrame);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setMaximumBlockCount(kMaxLines);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(30);
    connect(m_renderTimer, &QTimer::timeout, this, &TextOutputView::render);
    updateHeight();
}

void TextOutputView::setText(const QString &text)
{
    m_target = text;
    // The first text shows at once (so a finished cell is complete when it says so);
    // bursts after that are coalesced.
    if (m_rendered == 0 && document()->isEmpty())
        render();
    else if (!m_renderTimer->isActive())
        m_renderTimer->start();
}

void TextOutputView::render()
{
    QScrollBar *bar = verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    const bool grows = m_rendered > 0 && m_rendered <= m_target.size();
    const QStringView delta = grows ? QStringView(m_target).mid(m_rendered) : QStringView();
    QTextCursor cursor(document());
    if (grows && !delta.contains(QLatin1Char('\r'))) {
        cursor.movePosition(QTextCursor::End);
        m_ansi.append(cursor, cutLongLines(delta));
    } else {
        // A rewrite (progress bars with \r) or a new text: render it all again.
        clear();
        m_ansi.reset();
        m_lineLength = 0;
        m_lineCut = false;
        cursor = QTextCursor(document());
        m_ansi.append(cursor, cutLongLines(AnsiText::resolveCarriageReturns(m_target)));
    }
    m_rendered = m_target.size();
    // Streams end with a newline that would show as an empty last line: hold it back,
    // so the next chunk starts with it.
    if (m_target.endsWith(QLatin1Char('\n')) && document()->blockCount() > 1
        && document()->lastBlock().text().isEmpty()) {
        QTextCursor last(document()->lastBlock());
        last.deletePreviousChar();
        m_rendered -= 1;
    }
    updateHeight();
    if (atEnd)
        bar->setValue(bar->maximum());
}

QString TextOutputView::cutLongLines(QStringView text)
{
    QString out;
    out.reserve(qMin(text.size(), qsizetype(1) << 20));
    qsizetype copyFrom = 0;   // the run of characters shown as they are
    const auto keep = [&](qsizetype end) {
        out += text.mid(copyFrom, end - copyFrom);
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            if (m_lineCut)
                copyFrom = i;   // the line ends: show from its newline on
            m_lineLength = 0;
            m_lineCut = false;
            continue;
        }
        if (c == QLatin1Char('\x1b')) {
            // An escape sequence takes no room, and one past the cut still counts
            // (a colour reset must not be lost).
            qsizetype end = i + 1;
            if (end < text.size() && text.at(end) == QLatin1Char('[')) {
                ++end;
                while (end < text.size() && !(text.at(end) >= QLatin1Char('@') && text.at(end) <= QLatin1Char('~')))
                    ++end;
            }
            end = qMin(end + 1, text.size());
            if (m_lineCut)
                out += text.mid(i, end - i);
            i = end - 1;
            continue;
        }
        if (m_lineCut)
            continue;
        if (++m_lineLength > kMaxLineLength) {
            keep(i);
            out += tr(" … [the line goes on; only its first %L1 characters are shown]").arg(kMaxLineLength);
            m_lineCut = true;
        }
    }
    if (!m_lineCut)
        keep(text.size());
    return out;
}

void TextOutputView::updateHeight()
{
    int lines = 0;
    const int width = viewport()->width();
    for (QTextBlock b = document()->firstBlock(); b.isValid() && lines <= kMaxVisibleLines; b = b.next())
        lines += b.layout() && width > 0 ? qMax(1, b.lineCount()) : 1;
    lines = qBound(1, lines, kMaxVisibleLines);
    if (lines == m_lines && height() == sizeHint().height())
        return;
    m_lines = lines;
    setFixedHeight(sizeHint().height());
}

QSize TextOutputView::sizeHint() const
{
    const int margins = int(document()->documentMargin() * 2) + contentsMargins().top() + contentsMargins().bottom();
    return {QPlainTextEdit::sizeHint().width(), m_lines * fontMetrics().lineSpacing() + margins + 2};
}

QSize TextOutputView::minimumSizeHint() const
{
    return {100, sizeHint().height()};
}

void TextOutputView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateHeight();
}

void TextOutputView::wheelEvent(QWheelEvent *event)
{
    // Scroll the output only while it can; at its ends the notebook scrolls on.
    QScrollBar *bar = verticalScrollBar();
    const bool up = event->angleDelta().y() > 0;
    if (bar->maximum() == 0 || (up && bar->value() == bar->minimum()) || (!up && bar->value() == bar->maximum())) {
        event->ignore();
        return;
    }
    QPlainTextEdit::wheelEvent(event);
}

} // namespace mlops
