// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/pipeline/executioncontext.h"
#include "core/tracking/runrecord.h"
#include "core/workspace/workspace.h"

namespace mlops {

/** A pipeline run to its end. */
struct BlockingRunResult
{
    RunRef run;
    RunStatus status = RunStatus::Pending;
    QString failureReason;
};

/**
 * Validates and runs a pipeline file of the workspace through the engine and returns when
 * it has finished, running its own event loop meanwhile — for worker threads of the
 * studio (the tour's demo run) and for tools. Invalid pipelines are BadInput errors with
 * every diagnostic.
 */
Result<BlockingRunResult> runPipelineBlocking(const Workspace &workspace, const QString &pipelineFile,
                                              const ExecutionOptions &options = {});

} // namespace mlops
