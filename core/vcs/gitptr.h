// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <git2.h>

#include <algorithm>
#include <memory>

namespace mlops::git {

/** Owning pointer for a libgit2 object: the matching *_free runs in one place only. */
template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const
    {
        if (p)
            Free(p);
    }
};
template<typename T, void (*Free)(T *)>
using Ptr = std::unique_ptr<T, Deleter<T, Free>>;

using Repository = Ptr<git_repository, git_repository_free>;
using Reference = Ptr<git_reference, git_reference_free>;
using Commit = Ptr<git_commit, git_commit_free>;
using Tree = Ptr<git_tree, git_tree_free>;
using TreeEntry = Ptr<git_tree_entry, git_tree_entry_free>;
using Blob = Ptr<git_blob, git_blob_free>;
using Index = Ptr<git_index, git_index_free>;
using Signature = Ptr<git_signature, git_signature_free>;
using StatusList = Ptr<git_status_list, git_status_list_free>;
using Revwalk = Ptr<git_revwalk, git_revwalk_free>;
using Diff = Ptr<git_diff, git_diff_free>;
using Config = Ptr<git_config, git_config_free>;
using Object = Ptr<git_object, git_object_free>;
using Worktree = Ptr<git_worktree, git_worktree_free>;
using Patch = Ptr<git_patch, git_patch_free>;

/** Frees a git_buf (a value type in libgit2) when it leaves scope. */
struct Buf
{
    git_buf buf = GIT_BUF_INIT;
    ~Buf() { git_buf_dispose(&buf); }
    Buf() = default;
    Buf(const Buf &) = delete;
    Buf &operator=(const Buf &) = delete;
};

/**
 * A one-folder pathspec for git_status_options and git_diff_options (empty: no
 * pathspec); owns the strings the array points at. Folders whose name holds glob
 * characters get no pathspec, so the caller filters by itself.
 */
struct PathSpec
{
    QByteArray folder;
    char *strings[1] = {nullptr};
    git_strarray array = {nullptr, 0};

    explicit PathSpec(const QString &scope)
    {
        const auto glob = [](QChar c) { return QStringLiteral("*?[]\\").contains(c); };
        if (scope.isEmpty() || std::any_of(scope.cbegin(), scope.cend(), glob))
            return;
        folder = scope.toUtf8();
        strings[0] = folder.data();
        array = {strings, 1};
    }
    PathSpec(const PathSpec &) = delete;
    PathSpec &operator=(const PathSpec &) = delete;
};

/** libgit2 is initialised once per process, on first use. */
void ensureInitialized();

/** An Error from libgit2's last error, prefixed with what we were doing. */
Error lastError(const QString &doing, const QString &path = {});

inline QString fromGit(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

} // namespace mlops::git
