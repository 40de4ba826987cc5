// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/registry/registrysnapshot.h"

#include "core/governance/auditlog.h"
#include "core/governance/governancecontext.h"
#include "core/registry/modelregistry.h"
#include "core/store/store.h"
#include "core/workspace/workspace.h"

#include <QFileInfo>

namespace mlops {

const ModelGroup *RegistrySnapshot::group(const QString &name) const
{
    for (const ModelGroup &g : groups) {
        if (g.name == name)
            return &g;
    }
    return nullptr;
}

const ModelVersion *RegistrySnapshot::version(const QString &ref) const
{
    const ModelGroup *g = group(ref.section(QLatin1Char('/'), 0, -2));
    if (!g)
        return nullptr;
    for (const ModelVersion &v : g->versions) {
        if (v.ref() == ref)
            return &v;
    }
    return nullptr;
}

int RegistrySnapshot::pendingCount() const
{
    int n = 0;
    for (const ModelGroup &g : groups)
        n += g.count(ApprovalStatus::PendingManualApproval);
    return n;
}

int RegistrySnapshot::versionCount() const
{
    int n = 0;
    for (const ModelGroup &g : groups)
        n += int(g.versions.size());
    return n;
}

RegistrySnapshot loadRegistrySnapshot(const Workspace &workspace)
{
    RegistrySnapshot s;
    const GovernanceContext governance = GovernanceContext::forWorkspace(workspace);
    s.actor = governance.actor();
    s.policy = governance.policy();
    if (!QFileInfo::exists(workspace.storePath()))
        return s;
    Result<std::unique_ptr<Store>> store = Store::open(workspace.storePath());
    if (!store) {
        s.error = store.error().toString();
        return s;
    }
    ModelRegistry registry((*store)->db(), governance);
    Result<QList<ModelGroup>> groups = registry.groups();
    if (!groups) {
        s.error = groups.error().toString();
        return s;
    }
    s.groups = *groups;
    Result<QList<AuditEntry>> entries = AuditLog((*store)->db()).recent();
    if (entries) {
        for (auto it = entries->crbegin(); it != entries->crend(); ++it)
            s.history[it->subject].append(*it);
    }
    return s;
}

} // namespace mlops
