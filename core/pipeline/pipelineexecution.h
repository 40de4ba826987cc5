// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/pipeline/executioncontext.h"
#include "core/pipeline/pipelinegraph.h"
#include "core/tracking/runrecord.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

namespace mlops {

class CommandStep;

/** A step's state as the scheduler reports it. */
struct StepEvent
{
    QString step;
    QString type;
    QString runner;
    RunStatus status = RunStatus::Pending;
    bool cached = false;
    QString cachedFrom;     ///< id of the run whose outputs were reused
    QString runId;
    int attempt = 0;
    qint64 durationMs = -1;
    QString reason;         ///< failure or skip reason; a condition's outcome
};

/**
 * Runs one pipeline: schedules its steps in dependency order, in parallel up to
 * `maxParallel`, follows conditions, skips what is downstream of a failure or of a
 * branch not taken, stops cleanly on request, and records everything through the
 * tracker. Asynchronous and event-driven: it needs an event loop on its thread (the
 * CLI's main thread, or a worker thread in the studio), never blocks it for long.
 */
class PipelineExecution : public QObject
{
    Q_OBJECT

public:
    PipelineExecution(const Workspace &workspace, const PipelineSpec &spec, const QString &pipelineFile,
                      const ExecutionOptions &options, QObject *parent = nullptr);
    ~PipelineExecution() override;

    /**
     * Checks parameters, opens the store, records git provenance and creates the
     * pipeline run with a Pending run per step. Nothing runs yet.
     */
    Status prepare();
    /** Starts scheduling; finished() follows. */
    void start();
    /** Terminates running steps and marks the run Stopped. */
    void stop();
    /**
     * Kills running steps at once (SIGKILL, no grace period) and marks the run Stopped,
     * like stop(); for a user who does not want to wait for steps that ignore SIGTERM.
     */
    void kill();

    const RunRef &run() const { return m_ctx.pipelineRun; }
    RunStatus status() const { return m_status; }
    QString failureReason() const { return m_reason; }
    /** Why each failed step failed, in the order they failed (the first is failureReason()). */
    QStringList failures() const { return m_failures; }
    const GitProvenance &git() const { return m_ctx.git; }
    QList<StepEvent> steps() const;
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    const ExecutionContext &context() const { return m_ctx; }

signals:
    void stepChanged(const mlops::StepEvent &event);
    void stepOutput(const QString &step, const QString &line, bool isStderr);
    void finished(mlops::RunStatus status, const QString &reason);

private:
    struct StepState
    {
        StepEvent event;
        RunRef run;
        QElapsedTimer clock;
        QPointer<CommandStep> command;
    };

    void schedule();
    void launch(const QString &name);
    void runCondition(const StepSpec &spec, StepState &state);
    void runFail(const StepSpec &spec, StepState &state);
    void runInProcess(const StepSpec &spec, StepState &state);
    void complete(const QString &name, RunStatus status, const QString &reason);
    void skip(const QString &name, const QString &reason);
    void finalize();
    void emitState(const QString &name);
    QString effectiveRunner(const StepSpec &spec) const;
    /** --runner, else the pipeline's defaults, else mlops.yaml's runner, else process. */
    QString defaultRunner() const;

    ExecutionContext m_ctx;
    PipelineGraph m_graph;
    QStringList m_order;
    QHash<QString, StepState> m_states;
    QHash<QString, QList<QPair<QString, bool>>> m_branchOf;  ///< step → (condition, needs true)
    QHash<QString, bool> m_decisions;
    int m_running = 0;
    int m_maxParallel = 1;
    bool m_started = false;
    bool m_stopping = false;
    bool m_finished = false;
    bool m_scheduled = false;
    RunStatus m_status = RunStatus::Pending;
    QString m_reason;
    QStringList m_failures;
    QElapsedTimer m_clock;
};

} // namespace mlops

Q_DECLARE_METATYPE(mlops::StepEvent)
