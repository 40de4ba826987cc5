// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/tracking/runrecord.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace mlops {

class Database;

/** What a new run is. */
struct NewRun
{
    QString kind;         ///< pipeline | step | notebook
    QString name;         ///< pipeline name, step name, notebook path
    QString pipeline;     ///< pipeline file (workspace-relative), if any
    QString stepType;
    QString runner;
    qint64 parentId = 0;  ///< the pipeline execution of a step run
    QString experiment;   ///< experiment name; default: the pipeline's or notebook's name
    QString gitCommit;
    QString gitBranch;
    bool gitDirty = false;
};

/** A created run: its row id (for the store) and its public id (hex uuid). */
struct RunRef
{
    qint64 id = 0;
    QString uuid;
};

/** One metric value; `step` < 0 means "the next step for this metric in this run". */
struct MetricValue
{
    QString name;
    double value = 0;
    qint64 step = -1;
    qint64 timestampMs = 0;  ///< 0 = now
};

/**
 * Writes runs into the store: creation, status changes, parameters, metrics and
 * artifacts. Every call is one transaction (metrics: one per batch), so a crash leaves
 * the store consistent. Status changes record the owning process, so a later program
 * can mark the run Interrupted if this one dies (Store::recoverInterruptedRuns).
 * One tracker per connection and thread.
 */
class RunTracker
{
public:
    explicit RunTracker(Database &db) : m_db(db) {}

    Result<RunRef> createRun(const NewRun &run, RunStatus status = RunStatus::Pending);

    /** Running, with the start time, this process as owner and the step's process group. */
    Status start(qint64 runId, qint64 processGroup = 0);
    /** Running, for attempt `attempt` in `jobDir`: one statement for the scheduler's hot path. */
    Status startAttempt(qint64 runId, int attempt, const QString &jobDir);
    Status setProcessGroup(qint64 runId, qint64 processGroup);
    /** A final status with end time, exit code and failure reason (first 1024 characters). */
    Status finish(qint64 runId, RunStatus status, std::optional<int> exitCode = std::nullopt,
                  const QString &failureReason = {});
    /** finish() and setCache() in one statement. */
    Status finishWithCache(qint64 runId, RunStatus status, std::optional<int> exitCode,
                           const QString &failureReason, const QString &cacheKey, qint64 cachedFrom);
    Status setStatus(qint64 runId, RunStatus status);
    Status setAttempts(qint64 runId, int attempts);
    Status setJobDir(qint64 runId, const QString &jobDir);
    /** The cache key, and the run whose outputs were reused (0 = computed here). */
    Status setCache(qint64 runId, const QString &cacheKey, qint64 cachedFrom = 0);

    /** kind: "parameter" or "hyperparameter". Replaces values of the same keys. */
    Status setParams(qint64 runId, const QMap<QString, QString> &params,
                     const QString &kind = QStringLiteral("parameter"));
    Status setTag(qint64 runId, const QString &key, const QString &value);

    /** Appends metric values in one transaction and updates each metric's latest value. */
    Status logMetrics(qint64 runId, const QList<MetricValue> &values);

    Result<qint64> addArtifact(qint64 runId, const ArtifactRecord &artifact);
    /** Several artifacts in one transaction. */
    Status addArtifacts(qint64 runId, const QList<ArtifactRecord> &artifacts);

    Database &db() { return m_db; }

private:
    Result<qint64> metricKeyId(const QString &name);

    Database &m_db;
    QHash<QString, qint64> m_keyIds;
    QHash<QPair<qint64, qint64>, qint64> m_nextStep;  ///< (run, key) → next automatic step
};

} // namespace mlops
