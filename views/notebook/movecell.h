// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QUndoCommand>

namespace mlops {

class NotebookDocument;

/** Moves a cell from one index to another. */
class MoveCell : public QUndoCommand
{
public:
    MoveCell(NotebookDocument *document, int from, int to);
    void redo() override;
    void undo() override;

private:
    NotebookDocument *m_document;
    int m_from;
    int m_to;
};

} // namespace mlops
