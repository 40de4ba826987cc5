// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QList>
#include <QString>

namespace mlops {

/**
 * An action that needs a role: `model.approve` needs `approver`. Actions are the same
 * names the audit log records, so the log and the policy speak one vocabulary.
 */
struct Permission
{
    QString action;     ///< e.g. "model.approve"
    QString role;       ///< the role in mlops.yaml that allows it, e.g. "approver"
    const char *verb;   ///< untranslated, for messages: "approve model versions"; QT_TRANSLATE_NOOP("mlops::Permissions", …)

    /** The verb in the user's language. */
    QString verbText() const;
};

/**
 * The actions that need a role (STYLE.md §18: an extension point is a registry). The
 * registry and governance register theirs; a later domain (deployments) adds its own
 * with add(). Actions not listed here need no role, but are still audited.
 */
class Permissions
{
public:
    static Permissions &instance();

    /** Adds or replaces the permission for `permission.action`. Call at start-up, before other threads read it. */
    void add(const Permission &permission);
    /** The permission for an action, or nullptr when the action needs no role. */
    const Permission *find(const QString &action) const;
    QList<Permission> all() const { return m_permissions; }

private:
    Permissions();
    QList<Permission> m_permissions;
};

/** Audit and permission action names used by the registry. */
namespace actions {
inline QString modelRegister() { return QStringLiteral("model.register"); }
inline QString modelApprove() { return QStringLiteral("model.approve"); }
inline QString modelReject() { return QStringLiteral("model.reject"); }
inline QString modelAlias() { return QStringLiteral("model.alias"); }
inline QString modelCard() { return QStringLiteral("model.card"); }
} // namespace actions

} // namespace mlops
