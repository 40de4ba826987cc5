// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/governance/accesspolicy.h"
#include "core/governance/auditentry.h"
#include "core/registry/modelversion.h"
#include "core/vcs/gitrepository.h"

#include <QHash>
#include <QList>
#include <QString>

namespace mlops {

class Workspace;

/** Everything the Registry screen shows, read in one blocking call off the GUI thread. */
struct RegistrySnapshot
{
    QList<ModelGroup> groups;
    QHash<QString, QList<AuditEntry>> history;   ///< version ref → its audit entries, oldest first
    GitIdentity actor;                           ///< who the studio acts as (the git user)
    AccessPolicy policy;
    QString error;

    const ModelGroup *group(const QString &name) const;
    const ModelVersion *version(const QString &ref) const;
    int pendingCount() const;
    int versionCount() const;
};

RegistrySnapshot loadRegistrySnapshot(const Workspace &workspace);

} // namespace mlops
