// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

// Running pipelines from tests: the workspace, the engine, and what came out.

#include "testsupport.h"

#include "core/pipeline/pipelineexecution.h"

#include <QHash>
#include <QString>

#include <functional>

namespace mlops::test {

/** Copies tests/data/exec/<name> into the workspace at `relative`. */
bool copyData(const TempWorkspace &ws, const QString &relative, const QString &name);

/** How a pipeline run ended, and each step's last event. */
struct Outcome
{
    RunStatus status = RunStatus::Pending;
    QString reason;
    QHash<QString, StepEvent> steps;
    RunRef run;
};

/**
 * Loads, validates and runs a pipeline of the workspace to its end (two minutes at
 * most); `whileRunning` runs right after the start.
 */
Outcome runPipeline(const TempWorkspace &ws, const QString &file, ExecutionOptions options = {},
                    const std::function<void(PipelineExecution &)> &whileRunning = {});

/** The steps that reused cached results, sorted. */
QStringList cacheHits(const Outcome &outcome);

/** The process group a step run recorded. */
qint64 processGroupOf(const TempWorkspace &ws, const QString &runId);

} // namespace mlops::test
