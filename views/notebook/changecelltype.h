// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/notebook/notebook.h"

#include <QUndoCommand>

namespace mlops {

class NotebookDocument;

/** Turns a cell into code, Markdown or raw; leaving code drops its outputs (undo restores them). */
class ChangeCellType : public QUndoCommand
{
public:
    ChangeCellType(NotebookDocument *document, int index, const QString &cellType);
    void redo() override;
    void undo() override;

private:
    NotebookDocument *m_document;
    int m_index;
    NotebookCell m_before;
    NotebookCell m_after;
};

} // namespace mlops
