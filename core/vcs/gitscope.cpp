// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/vcs/gitrepository.h"

#include "core/vcs/gitptr.h"

#include <QDir>
#include <QFileInfo>

#include <optional>

namespace mlops {

Result<GitRepository> GitRepository::openScoped(const QString &folder)
{
    Result<GitRepository> repo = open(folder, true);
    if (!repo)
        return repo;
    // Compare real paths: the workspace may have been opened through a symbolic link.
    const QString root = QFileInfo(repo->workdir()).canonicalFilePath();
    const QString here = QFileInfo(folder).canonicalFilePath();
    if (!root.isEmpty() && !here.isEmpty())
        repo->setScope(QDir(root).relativeFilePath(here));
    return repo;
}

void GitRepository::setScope(const QString &folder)
{
    QString clean = QDir::cleanPath(QDir::fromNativeSeparators(folder));
    if (clean == QStringLiteral(".") || clean.startsWith(QStringLiteral("../")) || clean == QStringLiteral("..")
        || QDir::isAbsolutePath(clean))
        clean.clear();
    m_scope = clean;
}

bool GitRepository::inScope(const QString &path) const
{
    if (m_scope.isEmpty())
        return true;
    return path == m_scope || (path.startsWith(m_scope) && path.size() > m_scope.size()
                               && path.at(m_scope.size()) == QLatin1Char('/'));
}

bool GitRepository::touchesScope(const git_commit *commit) const
{
    const QByteArray folder = m_scope.toUtf8();
    // The scope folder's tree id in a commit: equal ids mean nothing under it changed.
    const auto folderId = [&folder](const git_commit *c) -> std::optional<git_oid> {
        git_tree *rawTree = nullptr;
        if (git_commit_tree(&rawTree, c) != 0)
            return std::nullopt;
        const git::Tree tree(rawTree);
        git_tree_entry *rawEntry = nullptr;
        if (git_tree_entry_bypath(&rawEntry, tree.get(), folder.constData()) != 0)
            return std::nullopt;
        const git::TreeEntry entry(rawEntry);
        return *git_tree_entry_id(entry.get());
    };
    const std::optional<git_oid> now = folderId(commit);
    if (git_commit_parentcount(commit) == 0)
        return now.has_value();
    git_commit *rawParent = nullptr;
    if (git_commit_parent(&rawParent, commit, 0) != 0)
        return true;
    const git::Commit parent(rawParent);
    const std::optional<git_oid> before = folderId(parent.get());
    if (now.has_value() != before.has_value())
        return true;
    return now && !git_oid_equal(&*now, &*before);
}

} // namespace mlops
