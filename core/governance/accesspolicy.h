// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/vcs/gitrepository.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace mlops {

struct WorkspaceManifest;

/**
 * Who holds which role, from `mlops.yaml` (`roles:`), and the check that an identity may
 * take an action on a model group. A role held "for every group" counts for each group.
 *
 * People are matched by e-mail address (case-insensitive) when the entry has one, else
 * by name, so "Jane Doe <JANE@example.org>" in the manifest matches the git identity
 * "Jane <jane@example.org>".
 */
class AccessPolicy
{
public:
    AccessPolicy() = default;
    static AccessPolicy fromManifest(const WorkspaceManifest &manifest);

    /** Grants `role` to `person` for every group (`group` empty) or one group. */
    void grant(const QString &role, const QString &person, const QString &group = {});

    /** Everybody who holds `role` for `group` (every-group holders first), without duplicates. */
    QStringList holders(const QString &role, const QString &group = {}) const;
    bool holds(const GitIdentity &who, const QString &role, const QString &group = {}) const;
    /** Role names that appear in the policy. */
    QStringList roles() const;

    /**
     * OK when `who` may take `action` on `group` (actions without a Permission need no
     * role). Otherwise a BadInput error that names the person, the missing role and who
     * holds it, and says how to get it.
     */
    Status authorize(const GitIdentity &who, const QString &action, const QString &group) const;

    /** True when `entry` ("Name <email>", "email" or "Name") denotes `who`. */
    static bool matches(const QString &entry, const GitIdentity &who);

private:
    QMap<QString, QStringList> m_everyGroup;
    QMap<QString, QMap<QString, QStringList>> m_perGroup;
};

} // namespace mlops
