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
 * notebooks use, the default runner, governance roles (role → identities) and
 * deployment environments (name → settings).
 */
struct WorkspaceManifest
{
    QString name;
    QString description;
    QString python;                      ///< absolute path; steps' leading `python` maps here
    QString runner = QStringLiteral("process");
    QMap<QString, QStringList> roles;    ///< e.g. "approver" → ["Jane <jane@example.org>"]
    QMap<QString, QVariantMap> environments;

    static QStringList knownKeys();
    static QStringList knownRunners();

    /** Parses and checks a manifest; errors name the file, line and column. */
    static Result<WorkspaceManifest> parse(const QString &file, const QByteArray &text);
    static Result<WorkspaceManifest> load(const QString &file);
};

} // namespace mlops
