// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/notebook/addremovecell.h"

#include "views/notebook/notebookdocument.h"

#include <QCoreApplication>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::NotebookCommands)
};
} // namespace

AddRemoveCell::AddRemoveCell(NotebookDocument *document, int index, NotebookCell cell, const QString &text)
    : QUndoCommand(text), m_document(document), m_index(index), m_cell(std::move(cell))
{
}

void AddRemoveCell::add()
{
    m_document->insertCellAt(m_index, m_cell);
}

void AddRemoveCell::remove()
{
    m_cell = m_document->takeCellAt(m_index);
}

AddCell::AddCell(NotebookDocument *document, int index, NotebookCell cell)
    : AddRemoveCell(document, index, std::move(cell), Text::tr("Add Cell"))
{
}

RemoveCell::RemoveCell(NotebookDocument *document, int index)
    : AddRemoveCell(document, index, document->cell(index), Text::tr("Delete Cell"))
{
}

} // namespace mlops
