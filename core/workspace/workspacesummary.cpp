// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/workspace/workspacesummary.h"

#include "core/store/store.h"

namespace mlops {

WorkspaceSummary summarizeWorkspace(const Workspace &workspace)
{
    WorkspaceSummary s;
    s.name = workspace.name();
    s.root = workspace.root();
    s.description = workspace.manifest().description;
    s.python = workspace.python();
    s.defaultRunner = workspace.manifest().runner;
    s.counts = workspace.counts();

    if (Result<GitRepository> repo = GitRepository::openScoped(workspace.root()); repo) {
        s.isGitRepository = true;
        if (Result<GitState> state = repo->state(); state)
            s.git = *state;
        else
            s.gitError = state.error().toString();
    } else {
        s.gitError = repo.error().toString();
    }

    Result<std::unique_ptr<Store>> store = Store::open(workspace.storePath());
    if (!store) {
        s.storeError = store.error().toString();
        return s;
    }
    Database &db = (*store)->db();
    auto count = [&db, &s](const QString &sql) {
        Result<QVariant> n = db.scalar(sql);
        if (!n) {
            s.storeError = n.error().toString();
            return 0;
        }
        return n->toInt();
    };
    s.runs = count(QStringLiteral("SELECT count(*) FROM runs WHERE parent_id IS NULL"));
    s.stepRuns = count(QStringLiteral("SELECT count(*) FROM runs WHERE parent_id IS NOT NULL"));
    s.runningRuns = count(QStringLiteral(
        "SELECT count(*) FROM runs WHERE parent_id IS NULL AND status = 'Running'"));
    return s;
}

} // namespace mlops
