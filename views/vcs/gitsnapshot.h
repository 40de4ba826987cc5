// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/tracking/runrecord.h"
#include "core/vcs/gitrepository.h"
#include "core/workspace/workspace.h"

#include <QHash>
#include <QList>
#include <QString>

namespace mlops {

/** A run as the history lists it under its commit. */
struct CommitRun
{
    QString uuid;
    QString kind;        ///< pipeline | notebook
    QString name;
    QString pipeline;
    RunStatus status = RunStatus::Pending;
    QDateTime created;
    bool dirty = false;
};

/** What the Git screen shows, read in one go off the GUI thread. */
struct GitSnapshot
{
    QString error;                             ///< the workspace is not in a git repository, …
    GitState state;
    QList<GitCommit> commits;                  ///< newest first
    QHash<QString, QList<CommitRun>> runs;     ///< commit sha → its runs, newest first
    int runsWithoutCommit = 0;
    QStringList documents;                     ///< pipelines and notebooks, relative to the repository
    QString workspacePrefix;                   ///< the workspace's folder in the repository ("" at its root)

    int runCount(const QString &sha) const { return int(runs.value(sha).size()); }
};

/** Reads history (up to `maxCommits`), changes and the runs recorded at each commit. */
GitSnapshot loadGitSnapshot(const Workspace &workspace, int maxCommits = 500);

} // namespace mlops
