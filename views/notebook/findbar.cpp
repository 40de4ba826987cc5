// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/notebook/findbar.h"

#include "views/notebook/celleditor.h"
#include "views/notebook/cellwidget.h"
#include "views/notebook/notebookdocument.h"
#include "views/notebook/notebookview.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace mlops {

FindBar::FindBar(NotebookView *view, QWidget *parent)
    : QWidget(parent), m_view(view), m_field(new QLineEdit(this)), m_caseSensitive(new QCheckBox(tr("Match case"), this)),
      m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 4, 12, 4);
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setPlaceholderText(tr("Find in notebook"));
    m_field->setClearButtonEnabled(true);
    auto *previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    auto *close = new QToolButton(this);
    close->setText(tr("Close"));
    m_count->setObjectName(QStringLiteral("findCount"));
    m_count->setProperty("role", QStringLiteral("muted"));
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_caseSensitive);
    layout->addWidget(close);
    connect(m_field, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_caseSensitive, &QCheckBox::toggled, this, &FindBar::search);
    connect(m_field, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });
}

void FindBar::activate()
{
    show();
    m_field->setFocus();
    m_field->selectAll();
    search();
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        emit closed();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::search()
{
    m_matches.clear();
    m_current = -1;
    const QString needle = m_field->text();
    NotebookDocument *doc = m_view->document();
    if (!needle.isEmpty() && doc) {
        const Qt::CaseSensitivity cs = m_caseSensitive->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
        for (int i = 0; i < doc->cellCount(); ++i) {
            const QString &source = doc->cell(i).source;
            for (qsizetype at = source.indexOf(needle, 0, cs); at >= 0; at = source.indexOf(needle, at + needle.size(), cs))
                m_matches.append({i, int(at)});
        }
    }
    if (needle.isEmpty())
        m_count->clear();
    else if (m_matches.isEmpty())
        m_count->setText(tr("No matches"));
    else
        m_count->setText(tr("%n match(es)", nullptr, int(m_matches.size())));
}

void FindBar::findNext()
{
    step(true);
}

void FindBar::findPrevious()
{
    step(false);
}

void FindBar::step(bool forward)
{
    // The cells may have changed since the last search (typing, cells added or deleted):
    // matches found then would select the wrong text, or nothing.
    search();
    if (m_matches.isEmpty())
        return;
    const int count = int(m_matches.size());
    const int cell = m_view->currentIndex();
    CellWidget *current = m_view->cellWidget(cell);
    if (!current) {
        select(forward ? 0 : count - 1);
        return;
    }
    // From the cursor of the current cell: past the selected match, or before it.
    const CellEditor *editor = current->editor();
    const int start = editor->selectionStartOffset();
    const int from = forward ? (editor->hasSelectedText() ? start + 1 : editor->cursorOffset()) : start;
    const auto after = [&](const Match &m) { return m.cell > cell || (m.cell == cell && m.offset >= from); };
    if (forward) {
        for (int i = 0; i < count; ++i) {
            if (after(m_matches.at(i))) {
                select(i);
                return;
            }
        }
        select(0);
        return;
    }
    for (int i = count - 1; i >= 0; --i) {
        if (!after(m_matches.at(i))) {
            select(i);
            return;
        }
    }
    select(count - 1);
}

void FindBar::select(int match)
{
    m_current = match;
    const Match &m = m_matches.at(match);
    m_count->setText(tr("%1 of %2").arg(match + 1).arg(m_matches.size()));
    CellWidget *cell = m_view->cellWidget(m.cell);
    if (!cell)
        return;
    m_view->setCurrentIndex(m.cell);
    if (cell->cellType() == QStringLiteral("markdown"))
        cell->setEditing(true);
    CellEditor *editor = cell->editor();
    editor->setCursorOffset(m.offset);
    int lineFrom = 0, indexFrom = 0;
    editor->getCursorPosition(&lineFrom, &indexFrom);
    editor->setCursorOffset(m.offset + int(m_field->text().size()));
    int lineTo = 0, indexTo = 0;
    editor->getCursorPosition(&lineTo, &indexTo);
    editor->setSelection(lineFrom, indexFrom, lineTo, indexTo);
    m_view->scrollToCell(m.cell);
    m_field->setFocus();
}

} // namespace mlops
