// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/notebook/editcellsource.h"

#include "views/notebook/notebookdocument.h"

#include <QCoreApplication>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::NotebookCommands)
};
} // namespace

EditCellSource::EditCellSource(NotebookDocument *document, int index, QString after)
    : QUndoCommand(Text::tr("Edit Cell")), m_document(document), m_index(index),
      m_before(document->cell(index).source), m_after(std::move(after))
{
    m_lastEdit.start();
}

void EditCellSource::redo()
{
    m_document->setCellSourceAt(m_index, m_after);
}

void EditCellSource::undo()
{
    m_document->setCellSourceAt(m_index, m_before);
}

bool EditCellSource::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditCellSource *>(other);
    if (next->m_document != m_document || next->m_index != m_index || next->m_before != m_after
        || m_lastEdit.elapsed() > kMergeWindowMs)
        return false;
    m_after = next->m_after;
    m_lastEdit.restart();
    return true;
}

} // namespace mlops
