// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace mlops {

/**
 * `mlops.yaml`, the workspace manifest: its name, the Python interpreter steps and
 * notebooks use, the default runner, governance roles and deployment environments
 * (name → settings).
 *
 * Roles map a role name to the people ("Name <email>") who hold it. A list grants the
 * role for every model group; a mapping grants it per group, with `"*"` for every group:
 *
 * ```yaml
 * roles:
 *   approver:                               # every model group
 *     - "Jane Doe <jane@example.org>"
 *   # or, per group:
 *   # approver:
 *   #   "*": ["Jane Doe <jane@example.org>"]
 *   #   breast-cancer: ["Bob <bob@example.org>"]
 * ```
 */
struct WorkspaceManifest
{
    QString name;
    QString description;
    QString python;                      ///< absolute path; steps' leading `python` maps here
    QString runner = QStringLiteral("process");
    /** Role → identities that hold it for every model group, e.g. "approver" → ["Jane <jane@example.org>"]. */
    QMap<QString, QStringList> roles;
    /** Role → model group → identities that hold it for that group only. */
    QMap<QString, QMap<QString, QStringList>> groupRoles;
    QMap<QString, QVariantMap> environments;

    static QStringList knownKeys();
    static QStringList knownRunners();

    /** Parses and checks a manifest; errors name the file, line and column. */
    static Result<WorkspaceManifest> parse(const QString &file, const QByteArray &text);
    static Result<WorkspaceManifest> load(const QString &file);
};

} // namespace mlops
