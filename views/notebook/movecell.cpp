// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/notebook/movecell.h"

#include "views/notebook/notebookdocument.h"

#include <QCoreApplication>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::NotebookCommands)
};
} // namespace

MoveCell::MoveCell(NotebookDocument *document, int from, int to)
    : QUndoCommand(to < from ? Text::tr("Move Cell Up") : Text::tr("Move Cell Down")), m_document(document),
      m_from(from), m_to(to)
{
}

void MoveCell::redo()
{
    m_document->moveCellTo(m_from, m_to);
}

void MoveCell::undo()
{
    m_document->moveCellTo(m_to, m_from);
}

} // namespace mlops
