// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/common/workspacesession.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace mlops {

WorkspaceSession::WorkspaceSession(QObject *parent)
    : QObject(parent), m_watcher(new QFileSystemWatcher(this)), m_coalesce(new QTimer(this))
{
    // Bursts of file events (a run writing its store, git rewriting its index) become
    // one reload (STYLE.md §13).
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(300);
    connect(m_coalesce, &QTimer::timeout, this, &WorkspaceSession::filesChanged);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_coalesce,
            qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_coalesce, qOverload<>(&QTimer::start));
}

void WorkspaceSession::setWorkspace(const Workspace &workspace)
{
    m_workspace = workspace;
    watch();
    emit workspaceOpened(*m_workspace);
}

void WorkspaceSession::close()
{
    if (!m_workspace)
        return;
    m_workspace.reset();
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    emit workspaceClosed();
}

void WorkspaceSession::notifyChanged()
{
    m_coalesce->start();
}

void WorkspaceSession::filesChanged()
{
    if (!m_workspace)
        return;
    // Checked after the burst of events has settled: an editor that saves mlops.yaml by
    // renaming a new file over it leaves the file there by then.
    const Workspace &ws = *m_workspace;
    if (!QFileInfo(ws.root()).isDir() || !QFileInfo::exists(ws.manifestPath())) {
        emit workspaceLost(ws.root());
        return;
    }
    emit workspaceChanged();
}

void WorkspaceSession::watch()
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    const Workspace &ws = *m_workspace;
    QStringList paths{ws.root(), ws.pipelinesDir(), ws.notebooksDir(), ws.dataDir(),
                      ws.path(QStringLiteral("src")), ws.manifestPath(),
                      ws.path(QStringLiteral(".git")), ws.path(QStringLiteral(".git/HEAD")),
                      ws.path(QStringLiteral(".git/index"))};
    // Not .mlops/: reading the store checkpoints its WAL, which would wake us again.
    // Screens that show runs poll the store while they are visible.
    QStringList existing;
    for (const QString &p : std::as_const(paths)) {
        if (QFileInfo::exists(p))
            existing.append(p);
    }
    if (!existing.isEmpty())
        m_watcher->addPaths(existing);
}

} // namespace mlops
