// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/pipeline/pipelineexecution.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QThread;

namespace mlops {

class ExecutionWorker;

/**
 * Runs a pipeline for the studio without ever blocking the GUI thread: the engine's
 * PipelineExecution lives on a worker thread with its own event loop, which stays
 * alive until the execution has finished (its step processes are tied to that thread
 * by their parent-death signal). Step events and output lines come back to the GUI
 * thread as signals; output is batched so a chatty step cannot flood the GUI.
 */
class ExecutionController : public QObject
{
    Q_OBJECT

public:
    explicit ExecutionController(QObject *parent = nullptr);
    /** Stops a running execution and waits for it to wind down. */
    ~ExecutionController() override;

    bool isRunning() const { return m_running; }
    /** Stop was asked for and the run has not ended yet (a step may take a while to exit). */
    bool isStopping() const { return m_stopping; }
    void start(const Workspace &workspace, const PipelineSpec &spec, const QString &pipelineFile,
               const ExecutionOptions &options);
    void stop();

    const QString &runId() const { return m_runId; }
    QList<StepEvent> steps() const;
    StepEvent step(const QString &name) const { return m_steps.value(name); }
    /** The last lines a step printed in this execution (stdout and stderr). */
    QStringList output(const QString &step) const { return m_output.value(step); }
    RunStatus status() const { return m_status; }
    const QString &reason() const { return m_reason; }

    static constexpr int kMaxLines = 500;

signals:
    void started(const QString &runId, const QList<mlops::StepEvent> &steps);
    void stepChanged(const mlops::StepEvent &event);
    void outputReceived(const QString &step, const QStringList &lines);
    void finished(mlops::RunStatus status, const QString &reason);
    /** Stop was asked for: views show "Stopping…" until finished. */
    void stopping();
    /** prepare() refused (bad parameters, no store…): nothing ran. */
    void failedToStart(const QString &message);

private:
    void cleanUp();

    QThread *m_thread = nullptr;
    QPointer<ExecutionWorker> m_worker;
    bool m_running = false;
    bool m_stopping = false;
    bool m_failedToStart = false;
    QString m_runId;
    QStringList m_order;
    QHash<QString, StepEvent> m_steps;
    QHash<QString, QStringList> m_output;
    RunStatus m_status = RunStatus::Pending;
    QString m_reason;
};

} // namespace mlops
