// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/notebook/changecelltype.h"

#include "views/notebook/notebookdocument.h"

#include <QCoreApplication>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::NotebookCommands)
};
} // namespace

ChangeCellType::ChangeCellType(NotebookDocument *document, int index, const QString &cellType)
    : QUndoCommand(Text::tr("Change Cell Type")), m_document(document), m_index(index),
      m_before(document->cell(index))
{
    m_after = m_before;
    m_after.cellType = cellType;
    if (!m_after.isCode()) {
        m_after.outputs = QJsonArray();
        m_after.executionCount.reset();
    }
}

void ChangeCellType::redo()
{
    m_document->replaceCellAt(m_index, m_after);
}

void ChangeCellType::undo()
{
    m_document->replaceCellAt(m_index, m_before);
}

} // namespace mlops
