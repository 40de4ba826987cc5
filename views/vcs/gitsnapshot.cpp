// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/vcs/gitsnapshot.h"

#include "core/store/store.h"


namespace mlops {

namespace {

/** The runs recorded at each commit, from the workspace's store. */
void loadRuns(const Workspace &workspace, GitSnapshot &snapshot)
{
    Result<std::unique_ptr<Store>> store = Store::open(workspace.storePath());
    if (!store)
        return;
    Result<Statement> s = (*store)->db().prepare(QStringLiteral(
        "SELECT uuid, kind, name, pipeline, status, created_at, git_commit, git_dirty FROM runs"
        " WHERE parent_id IS NULL ORDER BY created_at DESC, id DESC"));
    if (!s)
        return;
    for (;;) {
        Result<bool> row = s->step();
        if (!row || !*row)
            break;
        const QString commit = s->text(6);
        if (commit.isEmpty()) {
            ++snapshot.runsWithoutCommit;
            continue;
        }
        CommitRun run;
        run.uuid = s->text(0);
        run.kind = s->text(1);
        run.name = s->text(2);
        run.pipeline = s->text(3);
        run.status = parseRunStatus(s->text(4)).value_or(RunStatus::Pending);
        run.created = QDateTime::fromMSecsSinceEpoch(s->int64(5), Qt::UTC);
        run.dirty = s->int64(7) != 0;
        snapshot.runs[commit].append(run);
    }
}

} // namespace

GitSnapshot loadGitSnapshot(const Workspace &workspace, int maxCommits)
{
    GitSnapshot snapshot;
    // Runs first: the history of a workspace in a subfolder of a bigger repository holds
    // the commits that change the workspace and those runs were recorded at.
    loadRuns(workspace, snapshot);
    Result<GitRepository> repo = GitRepository::openScoped(workspace.root());
    if (!repo) {
        snapshot.error = repo.error().message;
        return snapshot;
    }
    if (Result<GitState> state = repo->state(); state)
        snapshot.state = *state;
    else
        snapshot.error = state.error().toString();
    const auto hasRuns = [&snapshot](const QString &sha) { return snapshot.runs.contains(sha); };
    if (Result<QList<GitCommit>> log = repo->log(maxCommits, hasRuns); log)
        snapshot.commits = *log;
    snapshot.workspacePrefix = repo->scope();
    auto inRepo = [&snapshot](const QString &file) {
        return snapshot.workspacePrefix.isEmpty() ? file : snapshot.workspacePrefix + QLatin1Char('/') + file;
    };
    for (const QString &file : workspace.pipelineFiles() + workspace.notebookFiles())
        snapshot.documents.append(inRepo(file));
    if (Result<QStringList> tracked = repo->trackedFiles(snapshot.workspacePrefix); tracked) {
        for (const QString &file : std::as_const(*tracked)) {
            const QString rel = snapshot.workspacePrefix.isEmpty() ? file : file.mid(snapshot.workspacePrefix.size() + 1);
            if ((rel.startsWith(QStringLiteral("pipelines/")) && (rel.endsWith(QStringLiteral(".yaml")) || rel.endsWith(QStringLiteral(".yml"))))
                || (rel.startsWith(QStringLiteral("notebooks/")) && rel.endsWith(QStringLiteral(".ipynb"))))
                snapshot.documents.append(file);
        }
    }
    snapshot.documents.removeDuplicates();
    snapshot.documents.sort();
    return snapshot;
}

} // namespace mlops
