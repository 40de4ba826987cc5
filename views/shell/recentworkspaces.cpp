// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/shell/recentworkspaces.h"

#include "core/workspace/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace mlops {

namespace {
const QString kKey = QStringLiteral("recentWorkspaces");
}

QStringList RecentWorkspaces::list()
{
    const QStringList stored = QSettings().value(kKey).toStringList();
    QStringList existing;
    for (const QString &root : stored) {
        if (QFileInfo(QDir(root).filePath(Workspace::manifestFileName())).isFile())
            existing.append(root);
    }
    return existing;
}

void RecentWorkspaces::add(const QString &root)
{
    QStringList stored = QSettings().value(kKey).toStringList();
    stored.removeAll(root);
    stored.prepend(root);
    while (stored.size() > kMaximum)
        stored.removeLast();
    QSettings().setValue(kKey, stored);
}

void RecentWorkspaces::remove(const QString &root)
{
    QStringList stored = QSettings().value(kKey).toStringList();
    stored.removeAll(root);
    QSettings().setValue(kKey, stored);
}

} // namespace mlops
