// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/workspace/workspace.h"

#include <QObject>

#include <optional>

class QFileSystemWatcher;
class QTimer;

namespace mlops {

/**
 * The workspace the studio has open, shared by every screen. Screens listen to its
 * signals instead of to each other. It watches the workspace's files, git folder and
 * store, and tells screens (coalesced, at most a few times a second) when they changed.
 */
class WorkspaceSession : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceSession(QObject *parent = nullptr);

    bool hasWorkspace() const { return m_workspace.has_value(); }
    const Workspace &workspace() const { return *m_workspace; }

    void setWorkspace(const Workspace &workspace);
    void close();

    /** Tells every screen that the workspace's content changed (after a run, a commit…). */
    void notifyChanged();

signals:
    void workspaceOpened(const mlops::Workspace &workspace);
    void workspaceClosed();
    /** Files, git state or the store changed; screens reload what they show. */
    void workspaceChanged();
    /**
     * The workspace's folder (or its mlops.yaml) is gone: deleted or moved away while it
     * was open. Sent instead of workspaceChanged(), so no screen reloads (and recreates
     * .mlops/ in a folder the user removed); the window closes the workspace.
     */
    void workspaceLost(const QString &root);

private:
    void watch();
    void filesChanged();

    std::optional<Workspace> m_workspace;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_coalesce = nullptr;
};

} // namespace mlops
