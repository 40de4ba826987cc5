// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/governance/permissions.h"

#include <QCoreApplication>

namespace mlops {

QString Permission::verbText() const
{
    return QCoreApplication::translate("mlops::Permissions", verb);
}

Permissions &Permissions::instance()
{
    static Permissions permissions;
    return permissions;
}

Permissions::Permissions()
{
    // Approving and rejecting are the same decision, taken by the same people.
    m_permissions = {
        {actions::modelApprove(), QStringLiteral("approver"),
         QT_TRANSLATE_NOOP("mlops::Permissions", "approve model versions")},
        {actions::modelReject(), QStringLiteral("approver"),
         QT_TRANSLATE_NOOP("mlops::Permissions", "reject model versions")},
    };
}

void Permissions::add(const Permission &permission)
{
    for (Permission &p : m_permissions) {
        if (p.action == permission.action) {
            p = permission;
            return;
        }
    }
    m_permissions.append(permission);
}

const Permission *Permissions::find(const QString &action) const
{
    for (const Permission &p : m_permissions) {
        if (p.action == action)
            return &p;
    }
    return nullptr;
}

} // namespace mlops
