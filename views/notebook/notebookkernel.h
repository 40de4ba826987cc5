// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/notebook/jupytermessage.h"
#include "core/notebook/kernelspec.h"
#include "core/workspace/workspace.h"
#include "views/notebook/kernelworker.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class QThread;

namespace mlops {

/**
 * The kernel of the open notebook, as the GUI thread sees it: starts it in a worker
 * thread (KernelWorker), queues cells and sends them one at a time, stops the queue at
 * the first error (as Jupyter's stop_on_error), and reports every step as a signal.
 * Nothing here blocks the GUI thread, except the short shutdown when it is destroyed.
 */
class NotebookKernel : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Starting, Idle, Busy, Dead };
    Q_ENUM(State)

    NotebookKernel(std::optional<Workspace> workspace, const QString &notebookPath, QObject *parent = nullptr);
    ~NotebookKernel() override;

    /** Starts (or switches to) the kernel of `spec`. */
    void start(const KernelSpec &spec);
    void restart();
    void interrupt();
    /**
     * Queues a cell's code (captured now, as Jupyter sends it at once). A cell that is
     * already waiting keeps its place and takes this code; a running cell runs again after
     * with this code, unless it is the code it runs. `parametersCell`: the cell tagged
     * `parameters` (its values become the parameters of the run).
     * Cells queued while others run or wait belong to the same batch, and to the same
     * run (KernelWorker): the run ends when the queue drains.
     */
    void run(const QString &cellId, const QString &code, bool parametersCell = false);
    /** Drops the cells still waiting; the running one goes on. */
    void clearQueue();
    void sendInput(const QString &value);

    State state() const { return m_state; }
    const KernelSpec &spec() const { return m_spec; }
    QJsonObject kernelInfo() const { return m_kernelInfo; }
    QString deathReason() const { return m_deathReason; }
    QString runningCell() const { return m_running; }
    QStringList queuedCells() const;
    /** Starting, running or with cells waiting. */
    bool hasWork() const;

signals:
    void stateChanged(mlops::NotebookKernel::State state);
    void cellQueued(const QString &cellId);
    void cellStarted(const QString &cellId);
    /** `ok` false: an error, an abort, or the kernel died; `executionCount` 0 when it did not run. */
    void cellFinished(const QString &cellId, bool ok, int executionCount);
    /** The kernel died while the cell ran (before its cellFinished): why, from the kernel's end. */
    void cellKernelDied(const QString &cellId, const QString &reason);
    /** A queued cell that will not run (an earlier one failed, or the kernel restarted). */
    void cellSkipped(const QString &cellId);
    void output(const QString &cellId, const mlops::JupyterMessage &message);
    void inputRequested(const QString &cellId, const QString &prompt, bool password);
    void kernelReady();
    void kernelFailed(const QString &reason);
    void runStarted(const QString &runId);
    void runFinished(const QString &runId, mlops::RunStatus status);
    void trackingFailed(const QString &message);

private:
    void setState(State state);
    void dispatchNext();
    void onExecuted(const QString &cellId, KernelWorker::Outcome outcome, int executionCount, const QString &reason);
    void skipQueue();

    QThread *m_thread;
    QPointer<KernelWorker> m_worker;
    KernelSpec m_spec;
    State m_state = State::Stopped;
    struct QueuedCell
    {
        QString id;
        QString code;
        bool parametersCell = false;
    };
    QList<QueuedCell> m_queue;
    QString m_running;
    QString m_runningCode;
    QJsonObject m_kernelInfo;
    QString m_deathReason;
};

} // namespace mlops
