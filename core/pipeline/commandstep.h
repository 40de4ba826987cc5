// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/pipeline/executioncontext.h"
#include "core/pipeline/pipelinespec.h"
#include "core/runtime/steprunner.h"
#include "core/tracking/metricsfile.h"
#include "core/tracking/runrecord.h"

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QRegularExpression>

#include <memory>

class QTimer;

namespace mlops {

class EnvironmentBuild;
class StepType;

/**
 * One processing or training step of a running pipeline, from resolving its
 * references to collecting its outputs: cache lookup, job folder and input channels,
 * the runner, logs, metrics (regexes and the helper's file, ingested while it runs),
 * timeout, retries with backoff, and the failure reason. Emits finished() once.
 */
class CommandStep : public QObject
{
    Q_OBJECT

public:
    CommandStep(ExecutionContext &context, const StepSpec &spec, const StepType &type,
                RunRef run, QObject *parent = nullptr);
    ~CommandStep() override;

    void start();
    /** Terminates the running attempt (SIGTERM, then SIGKILL after the grace period). */
    void stop();
    /** Stops the running attempt now (SIGKILL to its processes), as a second Ctrl-C asks. */
    void kill();

    const RunRef &run() const { return m_run; }
    int attempt() const { return m_attempt; }
    bool isCacheHit() const { return m_cachedFrom != 0; }
    QString cachedFromUuid() const { return m_cachedFromUuid; }
    QString runnerName() const { return m_runnerName; }

signals:
    void running(int attempt);
    void output(const QString &text, bool isStderr);
    void finished(mlops::RunStatus status, const QString &failureReason);

private:
    struct Launch;
    /**
     * Starts building the step's image (`build:`) on a worker thread when this execution
     * has not built it yet; false when there is nothing to build. Continues in
     * onEnvironmentBuilt().
     */
    bool buildEnvironment();
    void onEnvironmentBuilt(const QString &fingerprint, const QString &image, const QString &error);
    /** Prepares, looks up the cache, and starts the first attempt. */
    void proceed();
    /** Opens the step's stdout/stderr logs (once) and records them on the run. */
    void openLogs();
    void armTimeout();
    Status prepare();
    Result<bool> tryCache();
    void startAttempt();
    void onOutput(const QByteArray &data, bool isStderr);
    void onFinished(int exitCode, bool crashed, const QString &error);
    void flushMetrics();
    /** A line of the studio's own in the step's stderr log (and on the live output). */
    void logNote(const QString &line);
    Status collectOutputs();
    /** Makes the input channels of the job folder read-only, or writable again. */
    Status setInputsReadOnly(bool readOnly);
    QString failureReason(int exitCode, bool crashed, const QString &error) const;
    void finish(RunStatus status, const QString &reason);
    Result<QString> resolveArtifactPath(const Reference &ref, const StepPaths &paths);

    ExecutionContext &m_ctx;
    const StepSpec m_spec;  ///< as the type runs it (StepType::effectiveSpec)
    const StepType &m_type;
    RunRef m_run;

    QString m_runnerName;
    QPointer<StepRunner> m_runner;
    StepLaunch m_launch;
    QString m_cacheKey;
    bool m_cacheEnabled = true;
    qint64 m_cacheExpireMs = 0;
    qint64 m_cachedFrom = 0;
    QString m_cachedFromUuid;
    RetryPolicy m_retry;
    qint64 m_timeoutMs = 0;

    /** Inputs: channel name → artifact, and where it came from (for the record). */
    QList<std::tuple<QString, StoredArtifact, QString, QString>> m_inputs;

    int m_attempt = 0;
    std::optional<int> m_exitCode;
    bool m_stopping = false;
    bool m_timedOut = false;
    bool m_done = false;
    QTimer *m_timeout = nullptr;
    EnvironmentBuild *m_build = nullptr;   ///< while the step's image builds
    QTimer *m_grace = nullptr;
    QTimer *m_metricsTimer = nullptr;
    QElapsedTimer m_clock;

    std::unique_ptr<QFile> m_stdout;
    std::unique_ptr<QFile> m_stderr;
    QByteArray m_partialLine[2];
    QString m_lastStderrLine;
    QString m_retryReason;   ///< why the last attempt failed, while waiting to retry
    QList<std::pair<QString, QRegularExpression>> m_metricRegexes;
    std::unique_ptr<MetricsFileTail> m_metricsTail;
    QList<MetricValue> m_pendingMetrics;
};

} // namespace mlops
