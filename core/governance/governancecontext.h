// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/governance/accesspolicy.h"
#include "core/vcs/gitrepository.h"

namespace mlops {

class Workspace;

/**
 * Who is acting, and what they may do: the git identity of the user (the same one their
 * commits carry) and the workspace's role policy. Every state change in the registry
 * takes one, so it can check the role and name the actor in the audit log.
 */
class GovernanceContext
{
public:
    GovernanceContext() = default;
    GovernanceContext(GitIdentity actor, AccessPolicy policy)
        : m_actor(std::move(actor)), m_policy(std::move(policy))
    {
    }

    /**
     * The git identity from the workspace's repository configuration (user.name,
     * user.email, as libgit2 reads them: repository, global and system config), else
     * the login name; the policy from the workspace's mlops.yaml.
     */
    static GovernanceContext forWorkspace(const Workspace &workspace);

    /** The identity of the current user in the repository holding `path`. */
    static GitIdentity identityAt(const QString &path);

    const GitIdentity &actor() const { return m_actor; }
    const AccessPolicy &policy() const { return m_policy; }
    /** How the actor is written in the audit log: "Name <email>". */
    QString actorName() const { return m_actor.toString(); }

    /** See AccessPolicy::authorize(). */
    Status authorize(const QString &action, const QString &group) const
    {
        return m_policy.authorize(m_actor, action, group);
    }

private:
    GitIdentity m_actor;
    AccessPolicy m_policy;
};

} // namespace mlops
