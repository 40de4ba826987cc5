// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/workspace/workspace.h"

#include <QString>

#include <optional>

namespace mlops {

/** A model folder ready to serve, and where it came from. */
struct ServedModel
{
    QString dir;          ///< absolute folder (→ /opt/ml/model)
    QString runId;        ///< the run whose model it is; empty for a plain folder (BYOM)
    QString origin;       ///< what the user named, for messages
    QString program;      ///< inference code found for it (model code/ or the workspace's src/inference.py)
};

/**
 * Resolves `mlops serve MODEL`: a folder (bring your own model), or a run id (prefix) of
 * the workspace whose `model` artifact is used — the tree in the content-addressed
 * cache (materialised once under `.mlops/serve/<hash>`), else a folder (relative to the
 * run's job directory or the workspace), else the job directory's `model/`. For a
 * pipeline execution, its step that produced a model. Finds the inference code:
 * `<model>/code/inference.py`, else the workspace's `src/inference.py`.
 */
Result<ServedModel> resolveServedModel(const QString &model, const QString &currentDir,
                                       const std::optional<Workspace> &workspace);

} // namespace mlops
