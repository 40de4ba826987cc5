// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QElapsedTimer>
#include <QUndoCommand>

namespace mlops {

class NotebookDocument;

/**
 * Changes a cell's text. Typing in one cell merges into one step (mergeWith) until the
 * user pauses for a moment, as editors group undo.
 */
class EditCellSource : public QUndoCommand
{
public:
    EditCellSource(NotebookDocument *document, int index, QString after);
    void redo() override;
    void undo() override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override;

    static constexpr int kId = 0x4e42;           // "NB"
    static constexpr int kMergeWindowMs = 1500;

private:
    NotebookDocument *m_document;
    int m_index;
    QString m_before;
    QString m_after;
    QElapsedTimer m_lastEdit;
};

} // namespace mlops
