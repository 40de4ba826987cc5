// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/notebook/celleditor.h"

#include <Qsci/qscilexermarkdown.h>
#include <Qsci/qscilexerpython.h>

#include <QFontDatabase>
#include <QKeyEvent>

namespace mlops {

namespace {
QFont codeFont()
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    f.setPointSizeF(qMax(9.5, f.pointSizeF()));
    return f;
}

void stylePython(QsciLexerPython *lexer)
{
    const QFont font = codeFont();
    lexer->setDefaultFont(font);
    lexer->setFont(font, -1);
    lexer->setDefaultPaper(QColor(0xf8, 0xfa, 0xfc));
    lexer->setPaper(QColor(0xf8, 0xfa, 0xfc), -1);
    lexer->setDefaultColor(QColor(0x1f, 0x29, 0x37));
    lexer->setColor(QColor(0x1f, 0x29, 0x37), QsciLexerPython::Default);
    lexer->setColor(QColor(0x1f, 0x29, 0x37), QsciLexerPython::Identifier);
    const QColor comment(0x6a, 0x73, 0x7d);
    lexer->setColor(comment, QsciLexerPython::Comment);
    lexer->setColor(comment, QsciLexerPython::CommentBlock);
    QFont italic = font;
    italic.setItalic(true);
    lexer->setFont(italic, QsciLexerPython::Comment);
    lexer->setFont(italic, QsciLexerPython::CommentBlock);
    lexer->setColor(QColor(0x00, 0x88, 0x00), QsciLexerPython::Keyword);
    QFont bold = font;
    bold.setBold(true);
    lexer->setFont(bold, QsciLexerPython::Keyword);
    const QColor string(0xba, 0x21, 0x21);
    for (int style : {QsciLexerPython::SingleQuotedString, QsciLexerPython::DoubleQuotedString,
                      QsciLexerPython::TripleSingleQuotedString, QsciLexerPython::TripleDoubleQuotedString,
                      QsciLexerPython::SingleQuotedFString, QsciLexerPython::DoubleQuotedFString,
                      QsciLexerPython::TripleSingleQuotedFString, QsciLexerPython::TripleDoubleQuotedFString,
                      QsciLexerPython::UnclosedString})
        lexer->setColor(string, style);
    lexer->setColor(QColor(0x08, 0x80, 0x80), QsciLexerPython::Number);
    lexer->setColor(QColor(0x05, 0x5b, 0xe0), QsciLexerPython::FunctionMethodName);
    lexer->setColor(QColor(0x05, 0x5b, 0xe0), QsciLexerPython::ClassName);
    lexer->setColor(QColor(0xaa, 0x22, 0xff), QsciLexerPython::Decorator);
    lexer->setColor(QColor(0xaa, 0x22, 0xff), QsciLexerPython::Operator);
    lexer->setColor(QColor(0x00, 0x88, 0x00), QsciLexerPython::HighlightedIdentifier);
    // Builtins a data scientist meets in every cell.
    lexer->setHighlightSubidentifiers(false);
}

bool isRunKey(const QKeyEvent *e)
{
    const bool enter = e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter;
    const Qt::KeyboardModifiers m = e->modifiers() & ~Qt::KeypadModifier;
    return enter && (m == Qt::ShiftModifier || m == Qt::ControlModifier || m == Qt::AltModifier);
}

/** Keys the Notebook screen's actions own: run, undo/redo (one history), save, find, cell moves. */
bool isScreenShortcut(const QKeyEvent *e)
{
    if (isRunKey(e) || e->matches(QKeySequence::Undo) || e->matches(QKeySequence::Redo)
        || e->matches(QKeySequence::Save) || e->matches(QKeySequence::Find))
        return true;
    const Qt::KeyboardModifiers m = e->modifiers() & ~Qt::KeypadModifier;
    if (m == Qt::ControlModifier && e->key() == Qt::Key_Y)
        return true;
    return m == (Qt::ControlModifier | Qt::ShiftModifier)
           && (e->key() == Qt::Key_Z || e->key() == Qt::Key_Minus || e->key() == Qt::Key_Underscore
               || e->key() == Qt::Key_Up || e->key() == Qt::Key_Down);
}
} // namespace

CellEditor::CellEditor(Language language, QWidget *parent) : QsciScintilla(parent)
{
    setObjectName(QStringLiteral("cellEditor"));
    setUtf8(true);
    const QFont font = codeFont();
    setFont(font);
    if (language == Language::Python) {
        auto *lexer = new QsciLexerPython(this);
        stylePython(lexer);
        setLexer(lexer);
    } else if (language == Language::Markdown) {
        auto *lexer = new QsciLexerMarkdown(this);
        lexer->setDefaultFont(font);
        lexer->setFont(font, -1);
        lexer->setDefaultPaper(QColor(0xf8, 0xfa, 0xfc));
        lexer->setPaper(QColor(0xf8, 0xfa, 0xfc), -1);
        setLexer(lexer);
    } else {
        setPaper(QColor(0xf8, 0xfa, 0xfc));
    }
    setMarginWidth(0, 0);
    setMarginWidth(1, 0);
    setMarginWidth(2, 0);
    setFolding(QsciScintilla::NoFoldStyle);
    setAutoIndent(true);
    setIndentationsUseTabs(false);
    setTabWidth(4);
    setIndentationWidth(4);
    setBackspaceUnindents(true);
    setBraceMatching(QsciScintilla::SloppyBraceMatch);
    setMatchedBraceBackgroundColor(QColor(0xdb, 0xea, 0xfe));
    setCaretLineVisible(false);
    setCaretForegroundColor(QColor(0x11, 0x18, 0x27));
    setSelectionBackgroundColor(QColor(0xbf, 0xdb, 0xfe));
    setWrapMode(QsciScintilla::WrapWord);
    setWrapVisualFlags(QsciScintilla::WrapFlagByBorder);
    setEolMode(QsciScintilla::EolUnix);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    SendScintilla(SCI_SETHSCROLLBAR, 0L);
    SendScintilla(SCI_SETUNDOCOLLECTION, 0L);
    SendScintilla(SCI_SETMARGINLEFT, 0UL, 6L);
    SendScintilla(SCI_SETEXTRAASCENT, 1L);
    SendScintilla(SCI_SETEXTRADESCENT, 1L);
    setFrameShape(QFrame::NoFrame);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(this, &QsciScintilla::linesChanged, this, &CellEditor::updateHeight);
    connect(this, &QsciScintilla::textChanged, this, &CellEditor::updateHeight);
    updateHeight();
}

void CellEditor::setSource(const QString &source)
{
    if (text() == source)
        return;
    m_settingSource = true;
    const int offset = cursorOffset();
    setText(source);
    setCursorOffset(qMin(offset, int(source.size())));
    m_settingSource = false;
    updateHeight();
}

int CellEditor::offsetAt(int line, int index) const
{
    // Scintilla's index counts UTF-8 bytes within the line; callers count characters.
    int offset = 0;
    for (int l = 0; l < line; ++l)
        offset += int(text(l).size());
    return offset + int(QString::fromUtf8(text(line).toUtf8().left(index)).size());
}

int CellEditor::cursorOffset() const
{
    int line = 0;
    int index = 0;
    getCursorPosition(&line, &index);
    return offsetAt(line, index);
}

int CellEditor::selectionStartOffset() const
{
    if (!hasSelectedText())
        return cursorOffset();
    int lineFrom = 0, indexFrom = 0, lineTo = 0, indexTo = 0;
    getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
    return offsetAt(lineFrom, indexFrom);
}

void CellEditor::setCursorOffset(int offset)
{
    const QByteArray prefix = text().left(offset).toUtf8();
    int line = 0;
    int index = 0;
    lineIndexFromPosition(int(prefix.size()), &line, &index);
    setCursorPosition(line, index);
}

bool CellEditor::event(QEvent *e)
{
    if (e->type() == QEvent::ShortcutOverride && isScreenShortcut(static_cast<QKeyEvent *>(e))) {
        // Let the screen's actions have it: Shift+Enter runs instead of inserting a line,
        // Ctrl+Z undoes on the notebook's one history.
        e->ignore();
        return true;
    }
    return QsciScintilla::event(e);
}

void CellEditor::keyPressEvent(QKeyEvent *e)
{
    if (isScreenShortcut(e)) {
        e->ignore();
        return;
    }
    if (e->modifiers() == Qt::NoModifier && !isListActive()) {
        int line = 0;
        int index = 0;
        getCursorPosition(&line, &index);
        if (e->key() == Qt::Key_Up && line == 0) {
            emit navigateUp();
            return;
        }
        if (e->key() == Qt::Key_Down && line >= lines() - 1) {
            emit navigateDown();
            return;
        }
    }
    QsciScintilla::keyPressEvent(e);
}

void CellEditor::focusInEvent(QFocusEvent *e)
{
    QsciScintilla::focusInEvent(e);
    emit focusReceived();
}

void CellEditor::resizeEvent(QResizeEvent *e)
{
    QsciScintilla::resizeEvent(e);
    updateHeight();
}

void CellEditor::updateHeight()
{
    // Wrapped lines count: the display line after the last document line.
    const long displayLines = SendScintilla(SCI_VISIBLEFROMDOCLINE, long(lines()));
    const int lineHeight = int(SendScintilla(SCI_TEXTHEIGHT, 0L));
    const int h = int(qMax(1L, displayLines)) * lineHeight + 10;
    if (h == m_height)
        return;
    m_height = h;
    setFixedHeight(h);
}

QSize CellEditor::sizeHint() const
{
    return {QsciScintilla::sizeHint().width(), m_height};
}

QSize CellEditor::minimumSizeHint() const
{
    return {80, m_height};
}

} // namespace mlops
