// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/notebook/notebook.h"

#include <QUndoCommand>

namespace mlops {

class NotebookDocument;

/** Adding and removing a cell are one operation run in opposite directions (Tiled's AddRemoveLayer). */
class AddRemoveCell : public QUndoCommand
{
public:
    AddRemoveCell(NotebookDocument *document, int index, NotebookCell cell, const QString &text);

protected:
    void add();
    void remove();

private:
    NotebookDocument *m_document;
    int m_index;
    NotebookCell m_cell;
};

/** Adds a cell at an index. */
class AddCell : public AddRemoveCell
{
public:
    AddCell(NotebookDocument *document, int index, NotebookCell cell);
    void redo() override { add(); }
    void undo() override { remove(); }
};

/** Removes the cell at an index (its outputs come back with undo). */
class RemoveCell : public AddRemoveCell
{
public:
    RemoveCell(NotebookDocument *document, int index);
    void redo() override { remove(); }
    void undo() override { add(); }
};

} // namespace mlops
