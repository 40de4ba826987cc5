// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/workspace/manifest.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace mlops {

/** What the Overview counts in a workspace. */
struct WorkspaceCounts
{
    int pipelines = 0;
    int notebooks = 0;
    int dataFiles = 0;
};

/**
 * An opened workspace folder (DESIGN.md §3): its manifest and the places of its parts.
 * A value type; cheap to copy and safe to hand to other threads.
 */
class Workspace
{
public:
    static QString manifestFileName() { return QStringLiteral("mlops.yaml"); }

    /** The nearest folder at or above `start` that holds an `mlops.yaml`, as git does. */
    static std::optional<QString> findRoot(const QString &start);

    /** Opens the workspace whose root is `root`; the error names a broken manifest. */
    static Result<Workspace> open(const QString &root);

    /**
     * Opens the workspace found by walking up from `-C DIR` (when not empty) or from
     * `start`, as git finds its repository. The error says where we looked when there is
     * none; a `-C DIR` that is not a folder is "no such folder".
     */
    static Result<Workspace> locate(const QString &explicitDir, const QString &start);

    const QString &root() const { return m_root; }
    const WorkspaceManifest &manifest() const { return m_manifest; }
    QString name() const { return m_manifest.name; }
    /** The interpreter for steps and notebooks (the manifest's, else the default). */
    QString python() const;

    QString path(const QString &relative) const;
    QString manifestPath() const { return path(manifestFileName()); }
    /** The local state (store, cache, jobs, logs): `.mlops`, unless withStateDir() moved it. */
    QString stateDir() const { return m_stateDir.isEmpty() ? path(QStringLiteral(".mlops")) : m_stateDir; }
    QString storePath() const { return stateDir() + QStringLiteral("/store.db"); }
    QString cacheDir() const { return stateDir() + QStringLiteral("/cache"); }
    QString jobsDir() const { return stateDir() + QStringLiteral("/jobs"); }
    QString logsDir() const { return stateDir() + QStringLiteral("/logs"); }

    /**
     * The same workspace reading and writing its local state in `stateDir` — how a git
     * worktree of the workspace (reproduce run) records into the original's store and
     * shares its cache.
     */
    Workspace withStateDir(const QString &stateDir) const
    {
        Workspace copy = *this;
        copy.m_stateDir = stateDir;
        return copy;
    }
    QString pipelinesDir() const { return path(QStringLiteral("pipelines")); }
    QString notebooksDir() const { return path(QStringLiteral("notebooks")); }
    QString dataDir() const { return path(QStringLiteral("data")); }

    /** Workspace-relative paths of the pipeline files, sorted. */
    QStringList pipelineFiles() const;
    /** Workspace-relative paths of the notebooks, sorted. */
    QStringList notebookFiles() const;
    /** Workspace-relative paths of data files (a pointer and its data count once). */
    QStringList dataFiles() const;
    WorkspaceCounts counts() const;

    /** `path` relative to the root when it lies inside, else the absolute path. */
    QString relativePath(const QString &path) const;

private:
    QString m_root;
    QString m_stateDir;
    WorkspaceManifest m_manifest;
};

} // namespace mlops
