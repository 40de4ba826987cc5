// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/vcs/gitrepository.h"
#include "core/workspace/workspace.h"

#include <optional>

namespace mlops {

/** Everything the Overview shows about a workspace, gathered in one blocking call. */
struct WorkspaceSummary
{
    QString name;
    QString root;
    QString description;
    QString python;
    QString defaultRunner;
    bool isGitRepository = false;
    GitState git;
    QString gitError;          ///< why git state is missing, if it is
    WorkspaceCounts counts;
    int runs = 0;              ///< pipeline executions and notebook runs
    int stepRuns = 0;
    int runningRuns = 0;
    QString storeError;        ///< why run counts are missing, if they are
};

/**
 * Reads the git state (libgit2), counts files and runs (store). Blocks: views call it
 * with QtConcurrent. Parts that fail are reported in the summary, not as an error, so
 * the Overview still shows what it can.
 */
WorkspaceSummary summarizeWorkspace(const Workspace &workspace);

} // namespace mlops
