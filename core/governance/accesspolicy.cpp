// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/governance/accesspolicy.h"

#include "core/governance/permissions.h"
#include "core/workspace/manifest.h"

#include <QCoreApplication>
#include <algorithm>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::AccessPolicy)
};

QString emailOf(const QString &entry)
{
    const qsizetype open = entry.indexOf(QLatin1Char('<'));
    if (open >= 0) {
        const qsizetype close = entry.indexOf(QLatin1Char('>'), open);
        return entry.mid(open + 1, close - open - 1).trimmed();
    }
    return entry.contains(QLatin1Char('@')) ? entry.trimmed() : QString();
}

QString nameOf(const QString &entry)
{
    const qsizetype open = entry.indexOf(QLatin1Char('<'));
    return (open >= 0 ? entry.left(open) : entry).trimmed();
}
} // namespace

AccessPolicy AccessPolicy::fromManifest(const WorkspaceManifest &manifest)
{
    AccessPolicy policy;
    policy.m_everyGroup = manifest.roles;
    policy.m_perGroup = manifest.groupRoles;
    return policy;
}

void AccessPolicy::grant(const QString &role, const QString &person, const QString &group)
{
    if (group.isEmpty())
        m_everyGroup[role].append(person);
    else
        m_perGroup[role][group].append(person);
}

QStringList AccessPolicy::holders(const QString &role, const QString &group) const
{
    QStringList people = m_everyGroup.value(role);
    if (!group.isEmpty())
        people += m_perGroup.value(role).value(group);
    people.removeDuplicates();
    return people;
}

bool AccessPolicy::holds(const GitIdentity &who, const QString &role, const QString &group) const
{
    const QStringList people = holders(role, group);
    return std::any_of(people.cbegin(), people.cend(),
                       [&who](const QString &entry) { return matches(entry, who); });
}

QStringList AccessPolicy::roles() const
{
    QStringList names = m_everyGroup.keys();
    for (const QString &role : m_perGroup.keys()) {
        if (!names.contains(role))
            names.append(role);
    }
    names.sort();
    return names;
}

bool AccessPolicy::matches(const QString &entry, const GitIdentity &who)
{
    const QString email = emailOf(entry);
    if (!email.isEmpty())
        return email.compare(who.email.trimmed(), Qt::CaseInsensitive) == 0;
    const QString name = nameOf(entry);
    return !name.isEmpty() && name == who.name.trimmed();
}

Status AccessPolicy::authorize(const GitIdentity &who, const QString &action, const QString &group) const
{
    const Permission *permission = Permissions::instance().find(action);
    if (!permission || holds(who, permission->role, group))
        return {};
    const QStringList people = holders(permission->role, group);
    const QString scope = group.isEmpty()
                              ? QString()
                              : Text::tr(" of '%1'").arg(group);
    // Without a configured git identity the actor is a stand-in (login@localhost), which
    // the roles in mlops.yaml rarely name: say so, or the refusal reads like a wrong role.
    QString unconfigured;
    if (!who.fromConfig()) {
        const QString keys = !who.nameFromConfig && !who.emailFromConfig ? QStringLiteral("user.name, user.email")
                             : who.emailFromConfig                        ? QStringLiteral("user.name")
                                                                          : QStringLiteral("user.email");
        unconfigured = QStringLiteral(". ") + Text::tr("Note: git has no %1 configured, so you act as %2; if the role is yours, set "
                                "them with 'git config --global user.name \"Your Name\"' and "
                                "'git config --global user.email you@example.org'.")
                           .arg(keys, who.toString());
    }
    if (people.isEmpty())
        return Error::badInput(
            Text::tr("%1 may not %2%3: this needs the role '%4', which nobody holds. Add it to "
                     "mlops.yaml, e.g. roles: {%4: [\"%1\"]}")
                .arg(who.toString(), permission->verbText(), scope, permission->role)
            + unconfigured);
    return Error::badInput(
        Text::tr("%1 may not %2%3: this needs the role '%4', held by %5. Ask one of them, or "
                 "have yourself added under 'roles: %4:' in mlops.yaml")
            .arg(who.toString(), permission->verbText(), scope, permission->role,
                 people.join(QStringLiteral(", ")))
        + unconfigured);
}

} // namespace mlops
