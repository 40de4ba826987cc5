// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace mlops {

/** The life of a run, with SageMaker-like names. */
enum class RunStatus { Pending, Running, Completed, Failed, Stopped, Interrupted, Skipped };

QString runStatusName(RunStatus status);
std::optional<RunStatus> parseRunStatus(const QString &name);
/** Completed, Failed, Stopped, Interrupted and Skipped never change again. */
bool isFinalStatus(RunStatus status);
/** The status in the user's language, for display. */
QString runStatusDisplayName(RunStatus status);

/** One artifact a run used or produced. */
struct ArtifactRecord
{
    qint64 id = 0;
    QString role;   ///< input | output | model | log | diff | property
    QString name;
    QString hash;   ///< sha256 (hex) of the file, or of the tree manifest for folders
    QString kind;   ///< file | tree
    qint64 size = 0;
    QString path;   ///< where to find it (workspace-relative or the cache)
};

/**
 * A run as the store keeps it: a pipeline execution, a step run (child of an
 * execution) or a notebook run.
 */
struct RunRecord
{
    qint64 id = 0;
    QString uuid;
    qint64 parentId = 0;
    QString kind;        ///< pipeline | step | notebook
    QString name;        ///< pipeline name, step name or notebook path
    QString pipeline;    ///< pipeline file, workspace-relative
    QString stepType;
    RunStatus status = RunStatus::Pending;
    QString runner;
    QDateTime created;
    QDateTime started;
    QDateTime ended;
    QString gitCommit;
    QString gitBranch;
    bool gitDirty = false;
    QString failureReason;
    std::optional<int> exitCode;
    int attempts = 0;
    QString cacheKey;
    qint64 cachedFrom = 0;
    QString cachedFromUuid;
    QString jobDir;

    QMap<QString, QString> parameters;
    QMap<QString, QString> hyperparameters;
    QMap<QString, double> metrics;   ///< latest value per metric
    QList<ArtifactRecord> artifacts;
    QList<RunRecord> children;       ///< step runs of a pipeline execution

    bool isCacheHit() const { return cachedFrom != 0; }
    /** Milliseconds from start to end (or to now while running); -1 before it started. */
    qint64 durationMs() const;
    /** The stable JSON form documented in the README (`mlops runs --json`). */
    QJsonObject toJson() const;
};

} // namespace mlops
