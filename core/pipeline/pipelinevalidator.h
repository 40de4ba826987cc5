// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/pipeline/diagnostic.h"
#include "core/pipeline/pipelineloader.h"
#include "core/pipeline/pipelinespec.h"

namespace mlops {

struct ValidationOptions
{
    QString workspaceRoot;   ///< when set, input paths must exist in the workspace
};

/**
 * Checks what a pipeline means: references to parameters, steps, outputs, models and
 * properties (with "did you mean"), types (an artifact where a value belongs and the
 * reverse, conditions that are not true/false), condition branches, `depends_on`,
 * cycles (naming the cycle), and input paths. Every diagnostic names file, line and
 * column, and the step and field for editor markers.
 */
Diagnostics validatePipeline(const PipelineSpec &spec, const ValidationOptions &options = {});

/**
 * The pipeline files under `workspaceRoot`/pipelines (workspace-relative, sorted) whose
 * name is `name`, leaving out the file `except`.
 */
QStringList pipelinesNamed(const QString &workspaceRoot, const QString &name, const QString &except = {});

/**
 * Loads a pipeline file and validates it: both kinds of diagnostics together. With a
 * workspace root, a file of its pipelines/ whose name another one there uses is an error.
 */
LoadedPipeline loadAndValidate(const QString &path, const QString &displayName,
                               const ValidationOptions &options = {});

} // namespace mlops
