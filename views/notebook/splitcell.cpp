// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/notebook/splitcell.h"

#include "views/notebook/notebookdocument.h"

#include <QCoreApplication>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::NotebookCommands)
};
} // namespace

SplitCell::SplitCell(NotebookDocument *document, int index, int position)
    : QUndoCommand(Text::tr("Split Cell")), m_document(document), m_index(index), m_original(document->cell(index))
{
    const QString source = m_original.source;
    const int at = qBound(0, position, int(source.size()));
    QString head = source.left(at);
    QString tail = source.mid(at);
    // The line break at the split belongs to neither half.
    if (head.endsWith(QLatin1Char('\n')))
        head.chop(1);
    else if (tail.startsWith(QLatin1Char('\n')))
        tail.remove(0, 1);
    m_first = m_original;
    m_first.source = head;
    m_second = NotebookCell::make(m_original.cellType, tail);
}

void SplitCell::redo()
{
    m_document->replaceCellAt(m_index, m_first);
    m_document->insertCellAt(m_index + 1, m_second);
}

void SplitCell::undo()
{
    m_document->takeCellAt(m_index + 1);
    m_document->replaceCellAt(m_index, m_original);
}

} // namespace mlops
