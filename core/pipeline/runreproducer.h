// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/tracking/runrecord.h"
#include "core/workspace/workspace.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace mlops {

/** How to reproduce a run. */
struct ReproduceOptions
{
    bool keepWorktree = false;   ///< leave the git worktree for the user to look at
    bool useCache = false;       ///< false: every step runs again (the point of reproducing)
    QString launcher;            ///< cli | studio (runtags::launcher())
    /** Set from any thread to stop: the run is stopped (Stopped) and the worktree removed. */
    std::shared_ptr<std::atomic_bool> cancel;
};

/** One metric of one step in the original run and in its reproduction. */
struct MetricComparison
{
    QString step;                ///< the step's name, or empty for the pipeline execution
    QString metric;
    std::optional<double> original;
    std::optional<double> reproduced;

    /** Equal up to a relative 1e-9 (floating point noise), or both missing. */
    bool same() const;
};

/** A data set the original read, and what the reproduction read. */
struct DataComparison
{
    QString path;                ///< workspace-relative
    QString originalHash;
    QString reproducedHash;      ///< empty when the reproduction did not read it
    QString source;              ///< git | versioned | cache | as-is: where the reproduction's copy came from
};

/** The outcome of a reproduction. */
struct Reproduction
{
    RunRecord original;          ///< the pipeline execution reproduced (with its steps)
    RunRecord reproduced;        ///< the new execution (with its steps)
    QString commit;
    bool appliedDiff = false;    ///< the original had uncommitted changes; their diff was applied
    QString worktree;            ///< where it ran (gone unless keepWorktree)
    QMap<QString, QString> parameters;
    QList<DataComparison> data;
    QList<MetricComparison> metrics;

    bool succeeded() const { return reproduced.status == RunStatus::Completed; }
    /** Every metric and every data hash the same. */
    bool identical() const;
    /** The stable JSON form of `mlops reproduce --json`. */
    QJsonObject toJson() const;
};

/**
 * Reproduce run: runs a pipeline execution again exactly as it ran — in a git worktree
 * at its commit (created through libgit2 under `.mlops/worktrees/`, with the recorded
 * uncommitted diff applied when the run was dirty), with the same parameters and the same
 * data (by hash: versioned data and data missing at the commit come from the cache) — as
 * a new run in the workspace's own store, tagged as reproducing the original (lineage:
 * DerivedFrom), and compares the two runs' metrics and inputs. Data the run read that is
 * neither in git at the commit nor in the cache is an error before anything runs, and the
 * worktrees of reproductions whose process died are removed first.
 *
 * Blocking: runs its own event loop until the pipeline finishes, so call it from the
 * CLI's main thread or a worker thread (the studio runs it with runAsync). `progress`
 * gets one line per step state change.
 */
Result<Reproduction> reproduceRun(const Workspace &workspace, const QString &runId, const ReproduceOptions &options = {},
                                  const std::function<void(const QString &)> &progress = {});

/** Compares the metrics of two pipeline executions step by step (by step name). */
QList<MetricComparison> compareMetrics(const RunRecord &original, const RunRecord &reproduced);

} // namespace mlops
