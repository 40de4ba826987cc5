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
#include <QMutex>
#include <QObject>

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
    void execute(const QString &cellId, const QString &code);
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
};

} // namespace mlops

Q_DECLARE_METATYPE(mlops::JupyterMessage)
Q_DECLARE_METATYPE(mlops::KernelSpec)
