// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/vcs/gitsnapshot.h"

#include "core/store/store.h"

#include <QDir>

namespace mlops {

GitSnapshot loadGitSnapshot(const Workspace &workspace, int maxCommits)
{
    GitSnapshot snapshot;
    Result<GitRepository> repo = GitRepository::open(workspace.root(), true);
    if (!repo) {
        snapshot.error = repo.error().message;
        return snapshot;
    }
    if (Result<GitState> state = repo->state(); state)
        snapshot.state = *state;
    else
        snapshot.error = state.error().toString();
    if (Result<QList<GitCommit>> log = repo->log(maxCommits); log)
        snapshot.commits = *log;
    const QString prefix = QDir(repo->workdir()).relativeFilePath(workspace.root());
    snapshot.workspacePrefix = prefix == QStringLiteral(".") ? QString() : prefix;
    auto inRepo = [&snapshot](const QString &file) {
        return snapshot.workspacePrefix.isEmpty() ? file : snapshot.workspacePrefix + QLatin1Char('/') + file;
    };
    for (const QString &file : workspace.pipelineFiles() + workspace.notebookFiles())
        snapshot.documents.append(inRepo(file));
    if (Result<QStringList> tracked = repo->trackedFiles(); tracked) {
        for (const QString &file : std::as_const(*tracked)) {
            const QString rel = snapshot.workspacePrefix.isEmpty() ? file : file.mid(snapshot.workspacePrefix.size() + 1);
            if ((rel.startsWith(QStringLiteral("pipelines/")) && (rel.endsWith(QStringLiteral(".yaml")) || rel.endsWith(QStringLiteral(".yml"))))
                || (rel.startsWith(QStringLiteral("notebooks/")) && rel.endsWith(QStringLiteral(".ipynb"))))
                snapshot.documents.append(file);
        }
    }
    snapshot.documents.removeDuplicates();
    snapshot.documents.sort();

    Result<std::unique_ptr<Store>> store = Store::open(workspace.storePath());
    if (!store)
        return snapshot;
    Result<Statement> s = (*store)->db().prepare(QStringLiteral(
        "SELECT uuid, kind, name, pipeline, status, created_at, git_commit, git_dirty FROM runs"
        " WHERE parent_id IS NULL ORDER BY created_at DESC, id DESC"));
    if (!s)
        return snapshot;
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
    return snapshot;
}

} // namespace mlops
