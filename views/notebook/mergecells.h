// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/notebook/notebook.h"

#include <QUndoCommand>

namespace mlops {

class NotebookDocument;

/**
 * Merges a cell with the one below it: sources joined by a line break. The merged cell
 * has no outputs and no execution count (it has not run as one cell); one undo step.
 */
class MergeCells : public QUndoCommand
{
public:
    MergeCells(NotebookDocument *document, int index);
    void redo() override;
    void undo() override;

private:
    NotebookDocument *m_document;
    int m_index;
    NotebookCell m_first;
    NotebookCell m_second;
    NotebookCell m_merged;
};

} // namespace mlops
