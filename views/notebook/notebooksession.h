// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/notebook/kernelspec.h"
#include "core/notebook/notebookrecovery.h"
#include "core/workspace/workspace.h"
#include "views/notebook/cellwidget.h"
#include "views/notebook/notebookkernel.h"

#include <QHash>
#include <QObject>

#include <optional>

class QTimer;

namespace mlops {

class NotebookDocument;

/**
 * One open notebook at work: its document, its kernel and its crash recovery. Sends
 * cells to the kernel and their results into the document, keeps each cell's run state
 * (queued, running, failed), snapshots unsaved edits a moment after each change and
 * saves the file — all without blocking the GUI thread.
 */
class NotebookSession : public QObject
{
    Q_OBJECT

public:
    NotebookSession(const Workspace &workspace, NotebookDocument *document, QObject *parent = nullptr);
    ~NotebookSession() override;

    NotebookDocument *document() const { return m_document; }
    NotebookKernel *kernel() const { return m_kernel; }
    const NotebookRecovery &recovery() const { return m_recovery; }

    void startKernel(const KernelSpec &spec);
    /** Switches to another kernel (recorded in the notebook's metadata). */
    void switchKernel(const KernelSpec &spec);

    void runCell(int index);
    void runAll();
    /** Every code cell above `index`. */
    void runAbove(int index);
    void interrupt();
    void restart();

    CellWidget::RunState runState(const QString &cellId) const;
    /** Starting, running or with cells waiting. */
    bool isBusy() const;

    /** Writes the file now (used when closing); the error names the file. */
    Status save();
    /** Writes the file on a worker thread; `saved` or `saveFailed` follows. */
    void saveAsync();
    /** Writes the recovery snapshot now (otherwise a moment after each change). */
    void autosaveNow();

signals:
    void runStateChanged(const QString &cellId, mlops::CellWidget::RunState state);
    void busyChanged(bool busy);
    void saved();
    void saveFailed(const QString &message);
    void statusMessage(const QString &message);

private:
    void setRunState(const QString &cellId, CellWidget::RunState state);
    void updateBusy();

    Workspace m_workspace;
    NotebookDocument *m_document;
    NotebookKernel *m_kernel;
    NotebookRecovery m_recovery;
    QTimer *m_autosave;
    QHash<QString, CellWidget::RunState> m_runStates;
    bool m_busy = false;
};

} // namespace mlops
