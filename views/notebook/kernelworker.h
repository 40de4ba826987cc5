// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/notebook/jupytermessage.h"
#include "core/notebook/kernelclient.h"
#include "core/notebook/kernelspec.h"
#include "core/notebook/loggedvalue.h"
#include "core/tracking/runrecord.h"
#include "core/workspace/workspace.h"

#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class QTimer;

namespace mlops {

class NotebookRunRecorder;

/**
 * Owns a KernelClient in a worker thread that lives as long as the kernel (its parent-
 * death signal follows that thread). Slots run there, blocking as the client does;
 * results come back as queued signals. interrupt(), sendInput() and cancel() may be
 * called from the GUI thread while a cell runs. Values logged through mlops_studio are
 * recorded as a notebook run right here, off the GUI thread.
 *
 * What a run is in the studio: one batch of work the user asked for (Run all, Run
 * above, a cell or several cells run one after another) that logs something. The run
 * begins with the first value the batch logs through mlops_studio (plain exploration
 * leaves no runs) and ends when the batch does — when the queue of cells drains and the
 * kernel is idle (endRun()): Completed, Failed when a cell failed, Stopped when the user
 * interrupted it. The next batch that logs is a new run. Its parameters are the values
 * of the cell tagged `parameters` as last run in this kernel, and whatever it logs with
 * log_param.
 */
class KernelWorker : public QObject
{
    Q_OBJECT

public:
    /** How an execution ended. */
    enum class Outcome { Ok, Error, Aborted, NotRun, KernelDied };
    Q_ENUM(Outcome)

    KernelWorker(std::optional<Workspace> workspace, QString notebookPath);
    ~KernelWorker() override;

    // --- thread-safe ---
    void interrupt();
    void sendInput(const QString &value);
    /** The running execution returns at once (before a restart or shutdown). */
    void cancel();

public slots:
    void startKernel(const mlops::KernelSpec &spec);
    /** `parametersCell`: the cell tagged `parameters`; its literal values become the run's parameters. */
    void execute(const QString &cellId, const QString &code, bool parametersCell = false);
    /** The batch of cells is done (the queue drained): finishes the run it logged, if any. */
    void endRun();
    void restartKernel();
    void shutdownKernel();

signals:
    void kernelReady(const QJsonObject &kernelInfo);
    void kernelFailed(const QString &reason);
    void output(const QString &cellId, const mlops::JupyterMessage &message);
    void inputRequested(const QString &cellId, const QString &prompt, bool password);
    void executed(const QString &cellId, mlops::KernelWorker::Outcome outcome, int executionCount,
                  const QString &reason);
    void runStarted(const QString &runId);
    void runFinished(const QString &runId, mlops::RunStatus status);
    void trackingFailed(const QString &message);

private:
    void pollIdle();
    void handleOutput(const QString &cellId, const JupyterMessage &message);
    void record(const LoggedValue &value);
    void finishRun(RunStatus status, const QString &reason = {});
    void died(const QString &reason);

    std::optional<Workspace> m_workspace;
    QString m_notebookPath;
    KernelSpec m_spec;
    mutable QMutex m_clientMutex;  ///< guards m_client for the thread-safe calls
    std::unique_ptr<KernelClient> m_client;
    std::unique_ptr<NotebookRunRecorder> m_recorder;
    QTimer *m_idlePoll;
    QString m_lastCellId;
    QMap<QString, QString> m_parameters;  ///< of the parameters cell, as last run
    QString m_batchFailure;               ///< the first failure of the batch
    std::atomic<bool> m_interrupted{false};
};

} // namespace mlops

Q_DECLARE_METATYPE(mlops::JupyterMessage)
Q_DECLARE_METATYPE(mlops::KernelSpec)
