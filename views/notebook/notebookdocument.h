// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/notebook/notebook.h"
#include "core/notebook/outputaccumulator.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QUndoStack;

namespace mlops {

struct JupyterMessage;

/**
 * An open notebook (STYLE.md §8): owns the nbformat model, the undo stack and the file
 * path, and tells views what changed. Structure and text change through undo commands
 * (one per verb and noun: AddCell, RemoveCell, MoveCell, SplitCell, MergeCells,
 * ChangeCellType, EditCellSource); outputs change when the kernel speaks and are not
 * undoable, as in Jupyter.
 */
class NotebookDocument : public QObject
{
    Q_OBJECT

public:
    explicit NotebookDocument(Notebook notebook, QString filePath, QObject *parent = nullptr);
    ~NotebookDocument() override;

    const Notebook &notebook() const { return m_notebook; }
    int cellCount() const { return int(m_notebook.cells.size()); }
    const NotebookCell &cell(int index) const { return m_notebook.cells.at(index); }
    int indexOf(const QString &cellId) const { return m_notebook.indexOf(cellId); }
    QString filePath() const { return m_filePath; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /** Unsaved edits, outputs or metadata. */
    bool isModified() const;
    /** The file now holds what the document held when `serialize()` was called. */
    void markSaved();
    /** Counts as unsaved (restored from a recovery snapshot, or a save that failed). */
    void markModified();
    QByteArray serialize() const;

    // --- verbs: each pushes one undo command ---
    void addCell(int index, const QString &cellType, const QString &source = {});
    void removeCell(int index);
    void moveCell(int index, int delta);
    void splitCell(int index, int position);
    void mergeCellWithNext(int index);
    void changeCellType(int index, const QString &cellType);
    /** Typing: consecutive edits of one cell merge into one undo step. */
    void editCellSource(int index, const QString &source);

    // --- primitives for the undo commands (they emit the change signals) ---
    void insertCellAt(int index, const NotebookCell &cell);
    NotebookCell takeCellAt(int index);
    void moveCellTo(int from, int to);
    void replaceCellAt(int index, const NotebookCell &cell);
    void setCellSourceAt(int index, const QString &source);

    // --- kernel results (not undoable) ---
    /** A run of the cell starts: its outputs go. */
    void beginExecution(const QString &cellId);
    void applyKernelMessage(const QString &cellId, const JupyterMessage &message);
    void setExecutionCount(const QString &cellId, std::optional<int> count);
    void clearOutputs(const QString &cellId);
    void clearAllOutputs();
    void setKernelSpec(const QString &name, const QString &displayName, const QString &language);
    void setLanguageInfo(const QJsonObject &languageInfo);

signals:
    void cellInserted(int index);
    void cellRemoved(int index);
    void cellMoved(int from, int to);
    void cellReplaced(int index);
    void cellSourceChanged(int index);
    void outputsChanged(const QString &cellId, const mlops::OutputChange &change);
    void executionCountChanged(const QString &cellId);
    void modifiedChanged(bool modified);
    /** Anything changed (autosave listens). */
    void contentChanged();

private:
    void setOutputsModified();
    void emitModified();

    Notebook m_notebook;
    QString m_filePath;
    QUndoStack *m_undoStack;
    std::unique_ptr<OutputAccumulator> m_accumulator;
    bool m_outputsModified = false;
    bool m_lastModified = false;
};

} // namespace mlops

Q_DECLARE_METATYPE(mlops::OutputChange)
