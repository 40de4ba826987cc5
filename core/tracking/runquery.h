// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/tracking/runrecord.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace mlops {

class Database;

/** How the runs table is ordered. Parameter and metric sorts put runs without the value last. */
struct RunSort
{
    enum class Field { Created, Id, Kind, Name, Status, Duration, Commit, Cache, Parameter, Metric };
    Field field = Field::Created;
    QString key;             ///< the parameter or metric name
    bool descending = true;
};

/**
 * Which runs the Experiments table lists, and in what order. Empty lists mean "any".
 * Without `kinds`, the table lists the top level: pipeline executions and notebook runs
 * (step runs appear under their execution); with `kinds`, the runs of those kinds, flat.
 */
struct RunListQuery
{
    QStringList kinds;       ///< pipeline | step | notebook
    QStringList pipelines;   ///< pipeline files, workspace-relative
    QStringList statuses;    ///< RunStatus names
    QString search;          ///< words that must each appear in name, pipeline, id, commit, branch…
    QString filter;          ///< an expression in the RunFilter language
    RunSort sort;
};

/**
 * One row of the runs table: the run's columns, plus the parameters and final metrics
 * the table shows. For a pipeline execution, values come from the execution or, when it
 * has none, from its newest step run that has them — so `accuracy` of the evaluate step
 * shows on the execution's row.
 */
struct RunRow
{
    qint64 id = 0;
    QString uuid;
    qint64 parentId = 0;
    QString kind;
    QString name;
    QString pipeline;
    QString stepType;
    RunStatus status = RunStatus::Pending;
    qint64 createdMs = 0;
    qint64 startedMs = 0;    ///< 0 = not started
    qint64 endedMs = 0;      ///< 0 = not ended
    QString gitCommit;
    bool gitDirty = false;
    qint64 cachedFrom = 0;
    int childCount = 0;      ///< step runs of an execution
    int cachedChildren = 0;  ///< of which reused a cached result
    QString failureReason;
    QHash<QString, QString> parameters;   ///< only the keys asked for
    QHash<QString, double> metrics;       ///< only the keys asked for (final values)

    /** Milliseconds from start to end, or to `nowMs` while running; -1 before the start. */
    qint64 durationMs(qint64 nowMs) const;
};

/** The runs a list holds, in order, and which of them are executions with step runs. */
struct RunIdList
{
    QList<qint64> ids;
    QList<bool> hasSteps;    ///< parallel to ids: a pipeline execution with step runs
};

/** The parameter and metric names and pipelines the store knows, for column and filter choices. */
struct RunColumnChoices
{
    QStringList parameters;
    QStringList metrics;
    QStringList pipelines;
};

/**
 * A cheap fingerprint of what the runs table shows: the newest run, the runs still
 * pending or running with their status, and their newest metric. Polled while the
 * Experiments screen is visible; a different stamp means "refresh".
 */
struct RunsStamp
{
    qint64 maxId = 0;
    QString active;
    qint64 latestMetricMs = 0;
    bool operator==(const RunsStamp &other) const = default;
    bool hasActiveRuns() const { return !active.isEmpty(); }
};

/**
 * Blocking queries behind the runs table (STYLE.md §12: views run them off the GUI
 * thread, each job on its own connection). The table asks for the ordered ids of every
 * matching run once per filter or sort, then for pages of rows by id, so any part of
 * 100,000 runs scrolls into view with a primary-key lookup.
 */
namespace runquery {

/** The ids of the runs that match, in order. Filter errors are BadInput with a column. */
Result<RunIdList> listRunIds(Database &db, const RunListQuery &query);

/** The rows of `ids` (in that order, missing ones left out), with the given columns. */
Result<QList<RunRow>> fetchRows(Database &db, const QList<qint64> &ids, const QStringList &parameterKeys,
                                const QStringList &metricKeys);

/** The step runs of a pipeline execution, in the order they were created. */
Result<QList<RunRow>> fetchChildRows(Database &db, qint64 parentId, const QStringList &parameterKeys,
                                     const QStringList &metricKeys);

Result<RunColumnChoices> columnChoices(Database &db);

Result<RunsStamp> readStamp(Database &db);

/** Checks a filter against the store without running it (names resolved, types checked). */
Status checkFilter(Database &db, const QString &filter);

/** The run fields the filter language knows besides metrics and parameters. */
QStringList filterFields();

} // namespace runquery

} // namespace mlops
