// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// GitRepository's patches (text diffs, applying a run's diff) and worktrees (reproduce run).
#include "core/vcs/gitrepository.h"

#include "core/vcs/gitptr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::GitRepository)
};

} // namespace

Result<QString> GitRepository::diffTexts(const QByteArray &before, const QByteArray &after, const QString &oldPath,
                                         const QString &newPath, int context)
{
    git::ensureInitialized();
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.context_lines = uint32_t(std::max(0, context));
    const QByteArray oldName = oldPath.toUtf8();
    const QByteArray newName = newPath.toUtf8();
    git_patch *raw = nullptr;
    if (git_patch_from_buffers(&raw, before.constData(), size_t(before.size()), oldName.constData(),
                               after.constData(), size_t(after.size()), newName.constData(), &options)
        != 0)
        return git::lastError(Text::tr("cannot compute the diff"));
    git::Patch patch(raw);
    if (git_patch_num_hunks(patch.get()) == 0)
        return QString();
    git::Buf buf;
    if (git_patch_to_buf(&buf.buf, patch.get()) != 0)
        return git::lastError(Text::tr("cannot format the diff"));
    return QString::fromUtf8(buf.buf.ptr, qsizetype(buf.buf.size));
}

Status GitRepository::applyPatch(const QByteArray &patch)
{
    // Notes before the first file (diffHead()'s left-out files) are not part of the patch.
    const qsizetype first = patch.startsWith("diff --git ") ? 0 : patch.indexOf("\ndiff --git ");
    if (first < 0)
        return {};
    const QByteArray files = first == 0 ? patch : patch.mid(first + 1);
    git_diff *raw = nullptr;
    if (git_diff_from_buffer(&raw, files.constData(), size_t(files.size())) != 0)
        return git::lastError(Text::tr("cannot read the patch"), workdir());
    git::Diff diff(raw);
    if (git_apply(m_repo, diff.get(), GIT_APPLY_LOCATION_WORKDIR, nullptr) != 0)
        return git::lastError(Text::tr("cannot apply the patch"), workdir());
    return {};
}

Status GitRepository::addWorktree(const QString &name, const QString &path, const QString &commit)
{
    Result<QString> sha = resolveCommit(commit);
    if (!sha)
        return sha.error();
    git_oid oid;
    git_oid_fromstr(&oid, sha->toLatin1().constData());
    git_commit *rawCommit = nullptr;
    if (git_commit_lookup(&rawCommit, m_repo, &oid) != 0)
        return git::lastError(Text::tr("cannot read commit %1").arg(sha->left(8)), workdir());
    git::Commit target(rawCommit);
    // libgit2 checks a branch out into a new worktree; a temporary one, detached and
    // deleted right after, leaves the repository's branches as they were.
    const QByteArray branchName = (QStringLiteral("mlops-worktree-") + name).toUtf8();
    git_reference *rawBranch = nullptr;
    if (git_branch_create(&rawBranch, m_repo, branchName.constData(), target.get(), 1) != 0)
        return git::lastError(Text::tr("cannot create a branch for the worktree"), workdir());
    git::Reference branch(rawBranch);
    QDir().mkpath(QFileInfo(path).absolutePath());
    git_worktree_add_options options = GIT_WORKTREE_ADD_OPTIONS_INIT;
    options.ref = branch.get();
    git_worktree *rawWorktree = nullptr;
    const QByteArray nameUtf8 = name.toUtf8();
    if (git_worktree_add(&rawWorktree, m_repo, nameUtf8.constData(), QFile::encodeName(path).constData(), &options)
        != 0) {
        const Error e = git::lastError(Text::tr("cannot create the worktree"), path);
        git_branch_delete(branch.get());
        return e;
    }
    git::Worktree worktree(rawWorktree);
    git_repository *rawRepo = nullptr;
    if (git_repository_open_from_worktree(&rawRepo, worktree.get()) != 0)
        return git::lastError(Text::tr("cannot open the worktree"), path);
    git::Repository worktreeRepo(rawRepo);
    if (git_repository_set_head_detached(worktreeRepo.get(), &oid) != 0)
        return git::lastError(Text::tr("cannot detach the worktree's HEAD"), path);
    if (git_branch_delete(branch.get()) != 0)
        return git::lastError(Text::tr("cannot delete the worktree's temporary branch"), workdir());
    return {};
}

Status GitRepository::removeWorktree(const QString &name)
{
    git_worktree *raw = nullptr;
    const QByteArray nameUtf8 = name.toUtf8();
    if (git_worktree_lookup(&raw, m_repo, nameUtf8.constData()) != 0)
        return git::lastError(Text::tr("no worktree named %1").arg(name), workdir());
    git::Worktree worktree(raw);
    git_worktree_prune_options options = GIT_WORKTREE_PRUNE_OPTIONS_INIT;
    options.flags = GIT_WORKTREE_PRUNE_VALID | GIT_WORKTREE_PRUNE_LOCKED | GIT_WORKTREE_PRUNE_WORKING_TREE;
    if (git_worktree_prune(worktree.get(), &options) != 0)
        return git::lastError(Text::tr("cannot remove the worktree %1").arg(name), workdir());
    return {};
}

} // namespace mlops
