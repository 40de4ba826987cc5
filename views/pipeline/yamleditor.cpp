// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/yamleditor.h"

#include "views/common/theme.h"
#include "views/pipeline/pipelinedocument.h"
#include "views/pipeline/yamlhighlighter.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>
#include <QUndoStack>

namespace mlops {

/** The margin with line numbers and problem dots. */
class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(YamlEditor *editor) : QWidget(editor), m_editor(editor) {}
    QSize sizeHint() const override { return QSize(m_editor->lineNumberAreaWidth(), 0); }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    YamlEditor *m_editor;
};

YamlEditor::YamlEditor(QWidget *parent)
    : QPlainTextEdit(parent), m_lineNumbers(new LineNumberArea(this)), m_pushTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("yamlEditor"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(std::max(8.0, font().pointSizeF() * 0.95));
    setFont(mono);
    setLineWrapMode(NoWrap);
    setTabChangesFocus(false);
    setUndoRedoEnabled(false);  // the document's undo stack is the one history
    setTabStopDistance(QFontMetricsF(mono).horizontalAdvance(QLatin1Char(' ')) * 2);
    new YamlHighlighter(document());
    m_pushTimer->setSingleShot(true);
    m_pushTimer->setInterval(350);
    connect(m_pushTimer, &QTimer::timeout, this, [this] {
        if (m_document) {
            const QByteArray text = toPlainText().toUtf8();
            if (text != m_document->text())
                m_document->editText(text);
        }
    });
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_lineNumbers->scroll(0, dy);
        else
            m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    });
    connect(document(), &QTextDocument::contentsChanged, this, &YamlEditor::userEdited);
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void YamlEditor::setPipelineDocument(PipelineDocument *doc)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_pushTimer->stop();
    m_document = doc;
    m_diagnostics.clear();
    if (!doc) {
        m_applying = true;
        setPlainText(QString());
        m_applying = false;
        return;
    }
    connect(doc, &PipelineDocument::textChanged, this, &YamlEditor::pullText);
    connect(doc, &PipelineDocument::diagnosticsChanged, this, &YamlEditor::showDiagnostics);
    m_applying = true;
    setPlainText(QString::fromUtf8(doc->text()));
    m_applying = false;
    showDiagnostics();
}

int YamlEditor::lineNumberAreaWidth() const
{
    const int digits = std::max(3, int(QString::number(blockCount()).size()));
    return 14 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits + 12;
}

void YamlEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_lineNumbers->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height()));
}

void YamlEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), QColor(0xf1, 0xf3, 0xf6));
    QHash<int, bool> marks;  // line → has an error (else a warning)
    for (const Diagnostic &d : std::as_const(m_diagnostics)) {
        if (d.line > 0)
            marks[d.line] = marks.value(d.line) || d.isError();
    }
    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber() + 1;
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int width = m_lineNumbers->width();
    painter.setRenderHint(QPainter::Antialiasing);
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            if (marks.contains(number)) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(marks.value(number) ? theme::danger() : theme::warning());
                const int h = fontMetrics().height();
                painter.drawEllipse(QPointF(7, top + h / 2.0), 3.5, 3.5);
            }
            painter.setPen(QColor(0x9c, 0xa3, 0xaf));
            painter.drawText(0, top, width - 6, fontMetrics().height(), Qt::AlignRight, QString::number(number));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
        ++number;
    }
}

void YamlEditor::pullText()
{
    if (!m_document)
        return;
    // While the user types, their text wins; the document catches up on the pause.
    if (m_pushTimer->isActive())
        return;
    const QString wanted = QString::fromUtf8(m_document->text());
    const QString current = toPlainText();
    if (wanted == current)
        return;
    // Replace only what changed, so the cursor and the scroll position stay.
    qsizetype prefix = 0;
    const qsizetype common = std::min(wanted.size(), current.size());
    while (prefix < common && wanted.at(prefix) == current.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < common - prefix && wanted.at(wanted.size() - 1 - suffix) == current.at(current.size() - 1 - suffix))
        ++suffix;
    m_applying = true;
    QTextCursor cursor(document());
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(current.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(wanted.mid(prefix, wanted.size() - prefix - suffix));
    m_applying = false;
    showDiagnostics();  // markers belong to this text
}

void YamlEditor::userEdited()
{
    if (m_applying || !m_document)
        return;
    m_pushTimer->start();
}

void YamlEditor::flush()
{
    // Only what the user typed goes back; a text the document has moved past does not.
    if (!m_pushTimer->isActive())
        return;
    m_pushTimer->stop();
    if (!m_document)
        return;
    const QByteArray text = toPlainText().toUtf8();
    if (text != m_document->text())
        m_document->editText(text);
}

void YamlEditor::showDiagnostics()
{
    if (!m_document)
        return;
    // Lines and columns are those of the document's text: catch up with it first.
    if (!m_pushTimer->isActive() && !m_applying && toPlainText().toUtf8() != m_document->text()) {
        pullText();
        return;
    }
    m_diagnostics = m_document->currentDiagnostics();
    QList<QTextEdit::ExtraSelection> selections;
    for (const Diagnostic &d : std::as_const(m_diagnostics)) {
        if (d.line <= 0)
            continue;
        const QTextBlock block = document()->findBlockByNumber(d.line - 1);
        if (!block.isValid())
            continue;
        const QString line = block.text();
        int start = std::clamp(d.column - 1, 0, int(std::max<qsizetype>(0, line.size() - 1)));
        int end = start;
        while (end < line.size() && !line.at(end).isSpace() && line.at(end) != QLatin1Char(','))
            ++end;
        if (end == start)
            end = int(line.size());
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(block);
        sel.cursor.setPosition(block.position() + start);
        sel.cursor.setPosition(block.position() + std::max(end, start + 1), QTextCursor::KeepAnchor);
        sel.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        sel.format.setUnderlineColor(d.isError() ? theme::danger() : theme::warning());
        selections.append(sel);
    }
    setExtraSelections(selections);
    m_lineNumbers->update();
}

QString YamlEditor::messagesOnLine(int line) const
{
    QStringList messages;
    for (const Diagnostic &d : m_diagnostics) {
        if (d.line == line)
            messages.append((d.isError() ? QStringLiteral("✗ ") : QStringLiteral("⚠ ")) + d.message);
    }
    return messages.join(QLatin1Char('\n'));
}

void YamlEditor::goTo(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::clamp(column - 1, 0, int(block.text().size())));
    setTextCursor(cursor);
    centerCursor();
    setFocus();
}

bool YamlEditor::event(QEvent *e)
{
    if (e->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(e);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            e->accept();
            return true;
        }
    }
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        const QPoint inViewport = viewport()->mapFrom(this, help->pos());
        const QString text = messagesOnLine(cursorForPosition(inViewport).blockNumber() + 1);
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QPlainTextEdit::event(e);
}

void YamlEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_document && (event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo))) {
        flush();
        if (event->matches(QKeySequence::Undo))
            m_document->undoStack()->undo();
        else
            m_document->undoStack()->redo();
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace mlops

namespace mlops {

void YamlEditor::focusOutEvent(QFocusEvent *event)
{
    flush();
    QPlainTextEdit::focusOutEvent(event);
}

} // namespace mlops
