// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

struct git_commit;
struct git_repository;

namespace mlops {

/**
 * Who a commit is by: user.name and user.email from the git configuration; what is not
 * configured is filled in from the login name (`$USER`, `$USER@localhost`).
 */
struct GitIdentity
{
    QString name;
    QString email;
    bool nameFromConfig = false;   ///< false: user.name is not configured
    bool emailFromConfig = false;  ///< false: user.email is not configured

    /** Both user.name and user.email are configured. */
    bool fromConfig() const { return nameFromConfig && emailFromConfig; }
    QString toString() const { return name + QStringLiteral(" <") + email + QLatin1Char('>'); }
};

/** What GitRepository::commitFiles() commits. */
struct GitCommitRequest
{
    QStringList paths;  ///< relative to the working tree; folders recursively; a path HEAD has and the disk not is removed
    QString message;
    /** Commit files that ignore rules match too, as `git add -f` does. */
    bool includeIgnored = false;
    /**
     * Paths whose content is not taken from the disk but computed from another version:
     * the commit gets merge(HEAD's version), the index merge(the index's version), so a
     * change the user has staged or made in the working tree stays out of the commit.
     * The argument is std::nullopt when that version does not have the file.
     */
    QHash<QString, std::function<QByteArray(const std::optional<QByteArray> &)>> merged;
};

/** The commit GitRepository::commitFiles() made. */
struct GitCommitResult
{
    QString sha;
    QStringList files;  ///< what the commit added, changed or removed, relative to the working tree
};

/** One changed path in the working tree or the index. */
struct GitChange
{
    enum class Kind { Added, Modified, Deleted, Renamed, TypeChanged, Untracked, Conflicted };
    QString path;
    Kind kind = Kind::Modified;
    bool staged = false;

    static QString kindName(Kind kind);
};

struct GitCommit
{
    QString sha;
    QString summary;
    QString message;
    QString authorName;
    QString authorEmail;
    QDateTime time;
    QStringList parents;

    QString shortSha() const { return sha.left(8); }
};

/** A snapshot of what the Overview and every run record. */
struct GitState
{
    QString branch;              ///< empty when HEAD is detached; named before the first commit too
    bool detached = false;
    std::optional<GitCommit> head;  ///< none before the first commit
    QList<GitChange> changes;

    bool isDirty() const { return !changes.isEmpty(); }
};

/**
 * A git repository through libgit2 (never the git binary). RAII: the repository handle
 * and every libgit2 object are freed by their owners. All functions block; views call
 * them off the GUI thread.
 */
class GitRepository
{
public:
    ~GitRepository();
    GitRepository(GitRepository &&) noexcept;
    GitRepository &operator=(GitRepository &&) noexcept;

    /** Opens the repository whose working tree is `path` (or contains it, if `search`). */
    static Result<GitRepository> open(const QString &path, bool search = false);
    /** Creates a repository in `path` (initial branch from init.defaultBranch, else main). */
    static Result<GitRepository> init(const QString &path);
    /** The working tree root of the repository containing `path`, if there is one. */
    static std::optional<QString> discover(const QString &path);
    /**
     * Opens the repository containing `folder` (a workspace) scoped to that folder, so
     * that a workspace in a subfolder of a bigger repository sees only its own changes
     * and history (see setScope()).
     */
    static Result<GitRepository> openScoped(const QString &folder);

    /**
     * Limits changes(), state(), log() and diffHead() to `folder` (relative to the
     * working tree; "" or "." = the whole repository). Paths stay relative to the
     * working tree root.
     */
    void setScope(const QString &folder);
    /** The folder changes() and log() are limited to ("" = the whole repository). */
    QString scope() const { return m_scope; }
    /** Whether `path` (relative to the working tree) lies in the scope. */
    bool inScope(const QString &path) const;

    QString workdir() const;

    /** The configured identity; what is not configured comes from `$USER` (`$USER@localhost`). */
    GitIdentity identity() const;
    /** The identity outside any repository: the global and system git configuration, else `$USER`. */
    static GitIdentity defaultIdentity();

    Result<GitState> state(bool includeUntracked = true) const;
    Result<QList<GitChange>> changes(bool includeUntracked = true) const;
    /** HEAD's commit, or std::nullopt on an unborn branch. */
    Result<std::optional<GitCommit>> head() const;
    /**
     * HEAD's history, newest first. With a scope, only the commits that change something
     * under it (compared with their first parent), and those `keep` accepts (by full sha)
     * such as commits runs were recorded at.
     */
    Result<QList<GitCommit>> log(int maxCount = 100,
                                 const std::function<bool(const QString &sha)> &keep = {}) const;

    /**
     * Commits exactly `paths` (relative to the working tree; folders recursively) as they
     * are on disk, on top of HEAD; a path HEAD has that is gone from the disk (or ignored
     * and already out of the index) is committed as its removal. Whatever else the user
     * has staged stays staged and out of this commit. Returns the new commit's sha.
     */
    Result<QString> commitPaths(const QStringList &paths, const QString &message);

    /**
     * Commits `request.paths` on top of HEAD as commitPaths() does, with the options of
     * GitCommitRequest. All or nothing: the index is written before HEAD moves, and when
     * HEAD cannot move the index is put back, so a failure leaves the repository as it was.
     */
    Result<GitCommitResult> commitFiles(const GitCommitRequest &request);

    /** Untracked files larger than this are left out of diffHead() by default. */
    static constexpr qint64 kMaxUntrackedDiffBytes = 1024 * 1024;

    /**
     * The patch from HEAD to the working tree, as `git add -N . && git diff HEAD --binary`
     * shows it: changes to tracked files, and untracked files that git does not ignore as
     * new files, so HEAD plus the patch rebuilds the tree. Untracked files larger than
     * `maxUntrackedBytes` (negative: no limit) are left out and named in `#` lines
     * before the first file, which `git apply` skips.
     */
    Result<QByteArray> diffHead(qint64 maxUntrackedBytes = kMaxUntrackedDiffBytes) const;

    /** Paths git tracks (in the index) under `folder` ("" = everywhere), sorted. */
    Result<QStringList> trackedFiles(const QString &folder = {}) const;

    /** `absolutePath` relative to the working tree root (as the index names it). */
    QString relativePath(const QString &absolutePath) const;
    /** Whether the index holds `path` (relative), or for a folder anything under it. */
    Result<bool> isTracked(const QString &path) const;
    /** Adds files (relative paths) to the index as they are on disk, as `git add` does. */
    Status stage(const QStringList &paths);
    /** Removes paths (files or folders) from the index and keeps them on disk (`git rm --cached -r`). */
    Status untrack(const QStringList &paths);
    /**
     * Removes `remove` from the index and adds `add`, in one write of the index (so either
     * both happen or neither); waits a few seconds while another program holds index.lock.
     */
    Status updateIndex(const QStringList &add, const QStringList &remove);

    /** The full sha of a revision: a sha, a unique prefix of one, HEAD, HEAD~2, a branch. */
    Result<QString> resolveCommit(const QString &revision) const;
    /** One commit by its full sha or a revision. */
    Result<GitCommit> commit(const QString &revision) const;
    /** A file's content at a commit (`git show COMMIT:PATH`); BadInput when it is not there. */
    Result<QByteArray> fileAt(const QString &commit, const QString &path) const;
    /** Commits (newest first) that changed `path` compared with their first parent. */
    Result<QList<GitCommit>> fileHistory(const QString &path, int maxCount = 100) const;

    /**
     * A unified diff of two texts with `context` lines around each change, as `git diff`
     * prints it (headers `--- a/OLD` and `+++ b/NEW`). Empty when they are equal.
     */
    static Result<QString> diffTexts(const QByteArray &before, const QByteArray &after, const QString &oldPath,
                                     const QString &newPath, int context = 3);
    /** Applies a patch such as diffHead() returns to the working tree (`git apply`). */
    Status applyPatch(const QByteArray &patch);

    /**
     * Creates the linked worktree `name` at `path` (which must not exist) with HEAD
     * detached at `commit`, as `git worktree add --detach PATH COMMIT` does; leaves no
     * branch behind.
     */
    Status addWorktree(const QString &name, const QString &path, const QString &commit);
    /** Removes a linked worktree, its files and its administrative data. */
    Status removeWorktree(const QString &name);

    git_repository *handle() const { return m_repo; }

private:
    explicit GitRepository(git_repository *repo) : m_repo(repo) {}
    /** Whether `commit` changes something in the scope compared with its first parent. */
    bool touchesScope(const git_commit *commit) const;

    git_repository *m_repo = nullptr;
    QString m_scope;  ///< "" or a folder relative to the working tree, without a trailing slash
};

} // namespace mlops
