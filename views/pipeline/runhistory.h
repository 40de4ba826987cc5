// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/pipeline/pipelineexecution.h"
#include "core/tracking/runrecord.h"
#include "core/workspace/workspace.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace mlops {

/**
 * What the pipeline editor shows of past runs, read from the store. Blocking functions
 * that open their own store connection: the views call them through runAsync().
 */
namespace runhistory {

/** The newest run of a pipeline file, with a StepEvent per step run. */
struct PipelineRunSummary
{
    bool found = false;
    QString uuid;
    RunStatus status = RunStatus::Pending;
    QDateTime started;
    qint64 durationMs = -1;
    QString reason;
    QList<StepEvent> steps;
    QString error;
};
PipelineRunSummary lastRun(const Workspace &workspace, const QString &pipelineFile);

/** A step run's latest metrics and the end of its log (of the source run for cache hits). */
struct StepDetails
{
    QString uuid;
    RunStatus status = RunStatus::Pending;
    QString failureReason;
    QMap<QString, double> metrics;
    QString log;              ///< stdout and stderr, the last `maxLogBytes` of each
    QString logFromRun;       ///< the run whose log this is (differs for cache hits)
    QString error;
};
StepDetails stepDetails(const Workspace &workspace, const QString &stepRunUuid, int maxLogBytes = 48 * 1024);

/** A step run record as the engine would have reported it. */
StepEvent eventFrom(const RunRecord &record);

} // namespace runhistory

} // namespace mlops
