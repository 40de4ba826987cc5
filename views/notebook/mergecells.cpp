// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/notebook/mergecells.h"

#include "views/notebook/notebookdocument.h"

#include <QCoreApplication>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::NotebookCommands)
};
} // namespace

MergeCells::MergeCells(NotebookDocument *document, int index)
    : QUndoCommand(Text::tr("Merge Cells")), m_document(document), m_index(index), m_first(document->cell(index)),
      m_second(document->cell(index + 1))
{
    m_merged = m_first;
    m_merged.source = m_first.source + QLatin1Char('\n') + m_second.source;
    // Neither cell's outputs came from the merged code: the merged cell has not run, as
    // in JupyterLab (undo brings both cells back with their outputs).
    m_merged.outputs = QJsonArray();
    m_merged.executionCount.reset();
    m_merged.metadata.remove(QStringLiteral("execution"));
}

void MergeCells::redo()
{
    m_document->takeCellAt(m_index + 1);
    m_document->replaceCellAt(m_index, m_merged);
}

void MergeCells::undo()
{
    m_document->replaceCellAt(m_index, m_first);
    m_document->insertCellAt(m_index + 1, m_second);
}

} // namespace mlops
