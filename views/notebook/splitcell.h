// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/notebook/notebook.h"

#include <QUndoCommand>

namespace mlops {

class NotebookDocument;

/**
 * Splits a cell at a character position into two cells of the same type; the first
 * keeps the outputs (Jupyter's "Split Cell").
 */
class SplitCell : public QUndoCommand
{
public:
    SplitCell(NotebookDocument *document, int index, int position);
    void redo() override;
    void undo() override;

private:
    NotebookDocument *m_document;
    int m_index;
    NotebookCell m_original;
    NotebookCell m_first;
    NotebookCell m_second;
};

} // namespace mlops
