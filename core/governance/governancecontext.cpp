// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/governance/governancecontext.h"

#include "core/workspace/workspace.h"

namespace mlops {

GitIdentity GovernanceContext::identityAt(const QString &path)
{
    if (Result<GitRepository> repo = GitRepository::open(path, true); repo)
        return repo->identity();
    // No repository: the user's git configuration still names them.
    return GitRepository::defaultIdentity();
}

GovernanceContext GovernanceContext::forWorkspace(const Workspace &workspace)
{
    return GovernanceContext(identityAt(workspace.root()),
                             AccessPolicy::fromManifest(workspace.manifest()));
}

} // namespace mlops
