// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/workspace/workspace.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace mlops {

class HashIndex;

/**
 * Whether a workspace-relative path is code for the step cache. Left out: the studio's
 * state (`.mlops/`), data (`data/`, data pointers `X.mlops`), the pipeline definitions
 * (the YAML files in `pipelines/`: the key holds each step's resolved content, so a changed
 * hyperparameter reruns only that step), the workspace manifest `mlops.yaml` (its
 * interpreter is in the key on its own) and notebooks (`*.ipynb`, whose outputs change
 * with every run; a step whose command names one still has it in its key), plus
 * Python's byte code and git's own files (.gitignore, .gitattributes).
 */
bool isCodePath(const QString &relativePath);

/**
 * The files that are the workspace's code, workspace-relative and sorted: in a git
 * repository every file git sees (tracked, and untracked but not ignored) that
 * isCodePath() accepts, minus the targets of data pointers; outside git every such file
 * under the workspace, hidden folders left out. `untracked` is what a git status found
 * already (repository-relative), to spare a second status; without it one is made.
 */
Result<QStringList> workspaceCodeFiles(const Workspace &workspace,
                                       const std::optional<QStringList> &untracked = std::nullopt);

/**
 * The hash of `files` (workspace-relative) as they are on disk: path and content hash of
 * each, files that are not there left out. `index` (may be null) vouches for files whose
 * size, modification time and inode did not change, so an unchanged file costs a stat(),
 * not a read; files read here are remembered in it.
 */
Result<QString> fingerprintFiles(const Workspace &workspace, QStringList files, HashIndex *index);

} // namespace mlops
