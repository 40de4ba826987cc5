// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/vcs/gitrepository.h"

#include "core/vcs/gitptr.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <QTimeZone>

#include <functional>
#include <mutex>
#include <pwd.h>
#include <unistd.h>

namespace mlops {

namespace git {

void ensureInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] { git_libgit2_init(); });
}

Error lastError(const QString &doing, const QString &path)
{
    const git_error *e = git_error_last();
    const QString detail = e && e->message ? QString::fromUtf8(e->message)
                                           : QCoreApplication::translate("mlops::Git",
                                                                         "unknown error");
    return Error{doing + QStringLiteral(": ") + detail, path};
}

} // namespace git

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::GitRepository)
};

GitCommit toCommit(const git_commit *c)
{
    GitCommit commit;
    char sha[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(sha, sizeof sha, git_commit_id(c));
    commit.sha = QString::fromLatin1(sha);
    commit.summary = git::fromGit(git_commit_summary(const_cast<git_commit *>(c)));
    commit.message = git::fromGit(git_commit_message(c));
    const git_signature *author = git_commit_author(c);
    commit.authorName = git::fromGit(author->name);
    commit.authorEmail = git::fromGit(author->email);
    commit.time = QDateTime::fromSecsSinceEpoch(author->when.time,
                                                QTimeZone(author->when.offset * 60));
    for (unsigned i = 0; i < git_commit_parentcount(c); ++i) {
        git_oid_tostr(sha, sizeof sha, git_commit_parent_id(c, i));
        commit.parents.append(QString::fromLatin1(sha));
    }
    return commit;
}

QString loginName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        if (const passwd *pw = ::getpwuid(::getuid()))
            user = QString::fromLocal8Bit(pw->pw_name);
    }
    return user.isEmpty() ? QStringLiteral("mlops") : user;
}

/** The repository's index as it is on disk now (`force`: even if this handle read it already). */
Result<git::Index> readIndex(git_repository *repo, const QString &where, bool force = true)
{
    git_index *raw = nullptr;
    if (git_repository_index(&raw, repo) != 0)
        return git::lastError(Text::tr("cannot open the repository index"), where);
    git::Index index(raw);
    if (git_index_read(index.get(), force ? 1 : 0) != 0)
        return git::lastError(Text::tr("cannot read the repository index"), where);
    return index;
}

} // namespace

QString GitChange::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Added: return QStringLiteral("added");
    case Kind::Modified: return QStringLiteral("modified");
    case Kind::Deleted: return QStringLiteral("deleted");
    case Kind::Renamed: return QStringLiteral("renamed");
    case Kind::TypeChanged: return QStringLiteral("typechange");
    case Kind::Untracked: return QStringLiteral("untracked");
    case Kind::Conflicted: return QStringLiteral("conflicted");
    }
    return {};
}

GitRepository::~GitRepository()
{
    if (m_repo)
        git_repository_free(m_repo);
}

GitRepository::GitRepository(GitRepository &&other) noexcept
    : m_repo(std::exchange(other.m_repo, nullptr)), m_scope(std::move(other.m_scope))
{
}

GitRepository &GitRepository::operator=(GitRepository &&other) noexcept
{
    if (this != &other) {
        if (m_repo)
            git_repository_free(m_repo);
        m_repo = std::exchange(other.m_repo, nullptr);
        m_scope = std::move(other.m_scope);
    }
    return *this;
}

Result<GitRepository> GitRepository::open(const QString &path, bool search)
{
    git::ensureInitialized();
    git_repository *repo = nullptr;
    const unsigned flags = search ? 0u : unsigned(GIT_REPOSITORY_OPEN_NO_SEARCH);
    if (git_repository_open_ext(&repo, QFile::encodeName(path).constData(), flags, nullptr) != 0)
        return git::lastError(Text::tr("cannot open the git repository"), path);
    if (git_repository_is_bare(repo)) {
        git_repository_free(repo);
        return Error{Text::tr("a bare git repository has no working tree"), path};
    }
    return GitRepository(repo);
}

Result<GitRepository> GitRepository::init(const QString &path)
{
    git::ensureInitialized();
    git_repository_init_options options = GIT_REPOSITORY_INIT_OPTIONS_INIT;
    options.flags = GIT_REPOSITORY_INIT_MKPATH;
    // Follow init.defaultBranch when the user set it; otherwise start on "main".
    QByteArray initialHead = "main";
    git_config *rawConfig = nullptr;
    if (git_config_open_default(&rawConfig) == 0) {
        git::Config config(rawConfig);
        git::Buf value;
        if (git_config_get_string_buf(&value.buf, config.get(), "init.defaultBranch") == 0)
            initialHead = QByteArray(value.buf.ptr, qsizetype(value.buf.size));
    }
    options.initial_head = initialHead.constData();
    git_repository *repo = nullptr;
    if (git_repository_init_ext(&repo, QFile::encodeName(path).constData(), &options) != 0)
        return git::lastError(Text::tr("cannot create the git repository"), path);
    return GitRepository(repo);
}

std::optional<QString> GitRepository::discover(const QString &path)
{
    git::ensureInitialized();
    git::Buf buf;
    if (git_repository_discover(&buf.buf, QFile::encodeName(path).constData(), 0, nullptr) != 0)
        return std::nullopt;
    Result<GitRepository> repo = open(QString::fromUtf8(buf.buf.ptr));
    if (!repo)
        return std::nullopt;
    return repo->workdir();
}

QString GitRepository::workdir() const
{
    QString dir = git::fromGit(git_repository_workdir(m_repo));
    if (dir.endsWith(QLatin1Char('/')) && dir.size() > 1)
        dir.chop(1);
    return dir;
}

namespace {
/** user.name and user.email from `config` (may be null), each on its own; the rest from the login. */
GitIdentity identityFrom(git_config *config)
{
    GitIdentity who;
    if (config) {
        const auto value = [config](const char *key) {
            git::Buf buf;
            if (git_config_get_string_buf(&buf.buf, config, key) != 0)
                return QString();
            return QString::fromUtf8(buf.buf.ptr, qsizetype(buf.buf.size)).trimmed();
        };
        who.name = value("user.name");
        who.email = value("user.email");
    }
    who.nameFromConfig = !who.name.isEmpty();
    who.emailFromConfig = !who.email.isEmpty();
    const QString user = loginName();
    if (!who.nameFromConfig)
        who.name = user;
    if (!who.emailFromConfig)
        who.email = user + QStringLiteral("@localhost");
    return who;
}
} // namespace

GitIdentity GitRepository::identity() const
{
    // Each half on its own: a configured name is kept even when the e-mail is missing.
    git_config *raw = nullptr;
    if (git_repository_config_snapshot(&raw, m_repo) != 0)
        return identityFrom(nullptr);
    git::Config config(raw);
    return identityFrom(config.get());
}

GitIdentity GitRepository::defaultIdentity()
{
    // The global, XDG and system configuration, as git reads them outside a repository.
    git::ensureInitialized();
    git_config *raw = nullptr;
    if (git_config_open_default(&raw) != 0)
        return identityFrom(nullptr);
    git::Config config(raw);
    return identityFrom(config.get());
}

Result<QList<GitChange>> GitRepository::changes(bool includeUntracked) const
{
    git_status_options options = GIT_STATUS_OPTIONS_INIT;
    options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    options.flags = GIT_STATUS_OPT_RENAMES_HEAD_TO_INDEX | GIT_STATUS_OPT_SORT_CASE_SENSITIVELY;
    if (includeUntracked)
        options.flags |= GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS;
    // The scope as a pathspec spares walking the rest of a big repository; inScope()
    // below decides, so a folder name with glob characters is no pattern.
    const git::PathSpec spec(m_scope);
    options.pathspec = spec.array;
    git_status_list *raw = nullptr;
    if (git_status_list_new(&raw, m_repo, &options) != 0)
        return git::lastError(Text::tr("cannot read the git status"), workdir());
    git::StatusList list(raw);

    QList<GitChange> result;
    const size_t count = git_status_list_entrycount(list.get());
    for (size_t i = 0; i < count; ++i) {
        const git_status_entry *e = git_status_byindex(list.get(), i);
        const unsigned s = e->status;
        if (s == GIT_STATUS_CURRENT || (s & GIT_STATUS_IGNORED))
            continue;
        GitChange change;
        const git_diff_delta *delta = e->index_to_workdir ? e->index_to_workdir
                                                          : e->head_to_index;
        change.path = git::fromGit(delta->new_file.path ? delta->new_file.path
                                                        : delta->old_file.path);
        if (!inScope(change.path))
            continue;
        change.staged = s & (GIT_STATUS_INDEX_NEW | GIT_STATUS_INDEX_MODIFIED
                             | GIT_STATUS_INDEX_DELETED | GIT_STATUS_INDEX_RENAMED
                             | GIT_STATUS_INDEX_TYPECHANGE);
        if (s & GIT_STATUS_CONFLICTED)
            change.kind = GitChange::Kind::Conflicted;
        else if (s & GIT_STATUS_WT_NEW)
            change.kind = GitChange::Kind::Untracked;
        else if (s & (GIT_STATUS_INDEX_NEW))
            change.kind = GitChange::Kind::Added;
        else if (s & (GIT_STATUS_INDEX_DELETED | GIT_STATUS_WT_DELETED))
            change.kind = GitChange::Kind::Deleted;
        else if (s & (GIT_STATUS_INDEX_RENAMED | GIT_STATUS_WT_RENAMED))
            change.kind = GitChange::Kind::Renamed;
        else if (s & (GIT_STATUS_INDEX_TYPECHANGE | GIT_STATUS_WT_TYPECHANGE))
            change.kind = GitChange::Kind::TypeChanged;
        else
            change.kind = GitChange::Kind::Modified;
        result.append(change);
    }
    return result;
}

Result<std::optional<GitCommit>> GitRepository::head() const
{
    git_reference *rawRef = nullptr;
    const int rc = git_repository_head(&rawRef, m_repo);
    if (rc == GIT_EUNBORNBRANCH || rc == GIT_ENOTFOUND)
        return std::optional<GitCommit>();
    if (rc != 0)
        return git::lastError(Text::tr("cannot read HEAD"), workdir());
    git::Reference ref(rawRef);
    git_commit *rawCommit = nullptr;
    if (git_commit_lookup(&rawCommit, m_repo, git_reference_target(ref.get())) != 0)
        return git::lastError(Text::tr("cannot read the HEAD commit"), workdir());
    git::Commit commit(rawCommit);
    return std::optional<GitCommit>(toCommit(commit.get()));
}

Result<GitState> GitRepository::state(bool includeUntracked) const
{
    GitState state;
    state.detached = git_repository_head_detached(m_repo) == 1;
    if (!state.detached) {
        git_reference *rawRef = nullptr;
        if (git_reference_lookup(&rawRef, m_repo, "HEAD") == 0) {
            git::Reference ref(rawRef);
            const char *target = git_reference_symbolic_target(ref.get());
            QString branch = git::fromGit(target);
            if (branch.startsWith(QStringLiteral("refs/heads/")))
                branch = branch.mid(11);
            state.branch = branch;
        }
    }
    Result<std::optional<GitCommit>> head = this->head();
    if (!head)
        return head.error();
    state.head = *head;
    Result<QList<GitChange>> changes = this->changes(includeUntracked);
    if (!changes)
        return changes.error();
    state.changes = *changes;
    return state;
}

Result<QList<GitCommit>> GitRepository::log(int maxCount, const std::function<bool(const QString &)> &keep) const
{
    QList<GitCommit> commits;
    git_revwalk *rawWalk = nullptr;
    if (git_revwalk_new(&rawWalk, m_repo) != 0)
        return git::lastError(Text::tr("cannot read the history"), workdir());
    git::Revwalk walk(rawWalk);
    // Children before parents, then newest first: commits of the same second keep
    // their real order.
    git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
    if (git_repository_head_unborn(m_repo) == 1)
        return commits;
    const int pushed = git_revwalk_push_head(walk.get());
    if (pushed == GIT_ENOTFOUND || pushed == GIT_EUNBORNBRANCH)
        return commits;
    if (pushed != 0)
        return git::lastError(Text::tr("cannot read the history"), workdir());
    git_oid oid;
    while ((maxCount <= 0 || commits.size() < maxCount) && git_revwalk_next(&oid, walk.get()) == 0) {
        git_commit *raw = nullptr;
        if (git_commit_lookup(&raw, m_repo, &oid) != 0)
            return git::lastError(Text::tr("cannot read a commit"), workdir());
        git::Commit commit(raw);
        if (m_scope.isEmpty() || touchesScope(commit.get())) {
            commits.append(toCommit(commit.get()));
            continue;
        }
        char sha[GIT_OID_HEXSZ + 1] = {};
        git_oid_tostr(sha, sizeof sha, &oid);
        if (keep && keep(QString::fromLatin1(sha)))
            commits.append(toCommit(commit.get()));
    }
    return commits;
}

Result<QString> GitRepository::commitPaths(const QStringList &paths, const QString &message)
{
    GitCommitRequest request;
    request.paths = paths;
    request.message = message;
    Result<GitCommitResult> made = commitFiles(request);
    if (!made)
        return made.error();
    return made->sha;
}

Result<GitCommitResult> GitRepository::commitFiles(const GitCommitRequest &request)
{
    const QString root = workdir();
    const QDir rootDir(root);
    // Expand folders into the files they hold, skipping .git and (unless forced) what
    // git ignores.
    QStringList files;
    std::function<void(const QString &)> collect = [&](const QString &rel) {
        if (rel == QStringLiteral(".git") || rel.endsWith(QStringLiteral("/.git")))
            return;
        const QFileInfo info(rootDir.filePath(rel));
        int ignored = 0;
        const QByteArray relUtf8 = (info.isDir() ? rel + QLatin1Char('/') : rel).toUtf8();
        if (!request.includeIgnored
            && git_ignore_path_is_ignored(&ignored, m_repo, relUtf8.constData()) == 0 && ignored)
            return;
        if (!info.isDir() || info.isSymLink()) {
            files.append(rel);
            return;
        }
        const QDir dir(info.absoluteFilePath());
        for (const QString &entry :
             dir.entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System
                               | QDir::NoDotAndDotDot,
                           QDir::Name))
            collect(rel + QLatin1Char('/') + entry);
    };
    QStringList missing;  // gone from the disk: committed as deletions if HEAD has them
    for (const QString &path : request.paths) {
        const QString rel = QDir::cleanPath(path);
        if (!QFileInfo::exists(rootDir.filePath(rel)) && !QFileInfo(rootDir.filePath(rel)).isSymLink())
            missing.append(rel);
        else
            collect(rel);
    }

    // A private index built from HEAD's tree, so the user's staged work stays out.
    git_index *rawIndex = nullptr;
    if (git_index_new(&rawIndex) != 0)
        return git::lastError(Text::tr("cannot create an index"), root);
    git::Index index(rawIndex);
    Result<std::optional<GitCommit>> headCommit = head();
    if (!headCommit)
        return headCommit.error();
    git::Commit parent;
    git::Tree headTree;
    if (*headCommit) {
        git_object *rawObj = nullptr;
        if (git_revparse_single(&rawObj, m_repo, "HEAD^{commit}") != 0)
            return git::lastError(Text::tr("cannot read HEAD"), root);
        parent.reset(reinterpret_cast<git_commit *>(rawObj));
        git_tree *rawTree = nullptr;
        if (git_commit_tree(&rawTree, parent.get()) != 0)
            return git::lastError(Text::tr("cannot read HEAD's tree"), root);
        headTree.reset(rawTree);
        if (git_index_read_tree(index.get(), headTree.get()) != 0)
            return git::lastError(Text::tr("cannot read HEAD's tree"), root);
    }

    // The index may have changed on disk since this handle read it (`git add` in a
    // terminal): start from what is there now, so the user's staged work survives.
    Result<git::Index> readRepoIndex = readIndex(m_repo, root);
    if (!readRepoIndex)
        return readRepoIndex.error();
    git::Index repoIndex = std::move(*readRepoIndex);
    // The index as it is, written back if HEAD cannot move after the index was written.
    git_index *rawSaved = nullptr;
    if (git_index_open(&rawSaved, git_index_path(repoIndex.get())) != 0)
        return git::lastError(Text::tr("cannot read the repository index"), root);
    git::Index savedIndex(rawSaved);

    const auto headEntry = [&headTree](const QByteArray &rel) {
        git_tree_entry *raw = nullptr;
        if (headTree && git_tree_entry_bypath(&raw, headTree.get(), rel.constData()) == 0)
            return git::TreeEntry(raw);
        return git::TreeEntry();
    };
    const auto inHeadTree = [&headEntry](const QString &rel) { return bool(headEntry(rel.toUtf8())); };
    // Deletions: files that HEAD has and the disk no longer does; and a file that is
    // still on disk but ignored and already taken out of the index (`git rm --cached`,
    // as `mlops data add` does for data git tracked) — what is committed is its removal.
    QStringList deleted;
    for (const QString &rel : std::as_const(missing)) {
        if (!inHeadTree(rel))
            return Error{Text::tr("cannot commit a file that does not exist"), rootDir.filePath(rel)};
        deleted.append(rel);
    }
    for (const QString &path : request.paths) {
        const QString rel = QDir::cleanPath(path);
        if (missing.contains(rel) || files.contains(rel) || QFileInfo(rootDir.filePath(rel)).isDir())
            continue;
        if (inHeadTree(rel) && !git_index_get_bypath(repoIndex.get(), rel.toUtf8().constData(), 0))
            deleted.append(rel);
    }
    if (files.isEmpty() && deleted.isEmpty())
        return Error{Text::tr("nothing to commit"), root};

    const auto blobContent = [this](const git_oid *id) -> std::optional<QByteArray> {
        git_blob *raw = nullptr;
        if (git_blob_lookup(&raw, m_repo, id) != 0)
            return std::nullopt;
        git::Blob blob(raw);
        return QByteArray(static_cast<const char *>(git_blob_rawcontent(blob.get())),
                          qsizetype(git_blob_rawsize(blob.get())));
    };

    QStringList changed;
    for (const QString &file : std::as_const(files)) {
        const QByteArray rel = file.toUtf8();
        const QFileInfo info(rootDir.filePath(file));
        const git::TreeEntry inHead = headEntry(rel);
        git_index_entry entry = {};
        entry.path = rel.constData();
        entry.mode = info.isSymLink() ? GIT_FILEMODE_LINK
                     : info.isExecutable() ? GIT_FILEMODE_BLOB_EXECUTABLE
                                           : GIT_FILEMODE_BLOB;
        if (const auto merge = request.merged.constFind(file); merge != request.merged.cend()) {
            // The commit gets HEAD's version merged, the index its own version merged.
            const QByteArray committed =
                (*merge)(inHead ? blobContent(git_tree_entry_id(inHead.get())) : std::nullopt);
            const git_index_entry *staged = git_index_get_bypath(repoIndex.get(), rel.constData(), 0);
            const QByteArray indexed = (*merge)(staged ? blobContent(&staged->id) : std::nullopt);
            if (git_blob_create_from_buffer(&entry.id, m_repo, committed.constData(), size_t(committed.size())) != 0)
                return git::lastError(Text::tr("cannot store a file in git"), rootDir.filePath(file));
            entry.file_size = uint32_t(committed.size());
            if (git_index_add(index.get(), &entry) != 0)
                return git::lastError(Text::tr("cannot add a file to the commit"), file);
            git_index_entry stagedEntry = entry;
            if (git_blob_create_from_buffer(&stagedEntry.id, m_repo, indexed.constData(), size_t(indexed.size())) != 0)
                return git::lastError(Text::tr("cannot store a file in git"), rootDir.filePath(file));
            stagedEntry.file_size = uint32_t(indexed.size());
            if (git_index_add(repoIndex.get(), &stagedEntry) != 0)
                return git::lastError(Text::tr("cannot add a file to the index"), file);
        } else {
            if (git_blob_create_from_workdir(&entry.id, m_repo, rel.constData()) != 0)
                return git::lastError(Text::tr("cannot store a file in git"), rootDir.filePath(file));
            entry.file_size = uint32_t(info.size());
            if (git_index_add(index.get(), &entry) != 0)
                return git::lastError(Text::tr("cannot add a file to the commit"), file);
            // Keep the user's index in step for these paths only, so `git status` is clean.
            if (git_index_add_bypath(repoIndex.get(), rel.constData()) != 0)
                return git::lastError(Text::tr("cannot add a file to the index"), file);
        }
        if (!inHead || !git_oid_equal(git_tree_entry_id(inHead.get()), &entry.id)
            || git_tree_entry_filemode(inHead.get()) != git_filemode_t(entry.mode))
            changed.append(file);
    }

    for (const QString &file : std::as_const(deleted)) {
        const QByteArray rel = file.toUtf8();
        // A folder HEAD has goes as a whole; a file by itself.
        size_t at = 0;
        const QByteArray prefix = rel + '/';
        const bool folder = git_index_find_prefix(&at, index.get(), prefix.constData()) == 0;
        const int removed = folder ? git_index_remove_directory(index.get(), rel.constData(), 0)
                                   : git_index_remove_bypath(index.get(), rel.constData());
        if (removed != 0)
            return git::lastError(Text::tr("cannot remove a file from the commit"), file);
        const int unstaged = folder ? git_index_remove_directory(repoIndex.get(), rel.constData(), 0)
                                    : git_index_remove_bypath(repoIndex.get(), rel.constData());
        if (unstaged != 0)
            return git::lastError(Text::tr("cannot remove a file from the index"), file);
        changed.append(file);
    }

    git_oid treeId;
    if (git_index_write_tree_to(&treeId, index.get(), m_repo) != 0)
        return git::lastError(Text::tr("cannot write the commit tree"), root);
    git_tree *rawTree = nullptr;
    if (git_tree_lookup(&rawTree, m_repo, &treeId) != 0)
        return git::lastError(Text::tr("cannot write the commit tree"), root);
    git::Tree tree(rawTree);

    const GitIdentity who = identity();
    git_signature *rawSig = nullptr;
    if (git_signature_now(&rawSig, who.name.toUtf8().constData(), who.email.toUtf8().constData())
        != 0)
        return git::lastError(Text::tr("cannot make a commit signature"), root);
    git::Signature sig(rawSig);

    // The commit object first, without moving any branch: until HEAD moves, a failure
    // leaves nothing the user can see.
    const git_commit *parents[] = {parent.get()};
    git_oid commitId;
    const QByteArray messageUtf8 = request.message.toUtf8();
    if (git_commit_create(&commitId, m_repo, nullptr, sig.get(), sig.get(), "UTF-8",
                          messageUtf8.constData(), tree.get(), parent ? 1 : 0, parents)
        != 0)
        return git::lastError(Text::tr("cannot create the commit"), root);
    // Then the index (it fails while another program holds index.lock)…
    if (git_index_write(repoIndex.get()) != 0)
        return git::lastError(Text::tr("cannot write the repository index"), root);
    // …and last HEAD's branch (or a detached HEAD), only if nobody moved it meanwhile.
    QByteArray refName = "HEAD";
    git_reference *rawHead = nullptr;
    if (git_reference_lookup(&rawHead, m_repo, "HEAD") == 0) {
        git::Reference headRef(rawHead);
        if (git_reference_type(headRef.get()) == GIT_REFERENCE_SYMBOLIC)
            refName = git_reference_symbolic_target(headRef.get());
    }
    const QString summary = request.message.section(QLatin1Char('\n'), 0, 0);
    const QByteArray reflog = (parent ? QStringLiteral("commit: ") : QStringLiteral("commit (initial): "))
                                  .toUtf8()
                              + summary.toUtf8();
    git_reference *rawMoved = nullptr;
    if (git_reference_create_matching(&rawMoved, m_repo, refName.constData(), &commitId, 1,
                                      parent ? git_commit_id(parent.get()) : nullptr,
                                      reflog.constData())
        != 0) {
        const Error error = git::lastError(Text::tr("cannot move HEAD to the new commit"), root);
        (void)git_index_write(savedIndex.get());
        return error;
    }
    git::Reference moved(rawMoved);

    char sha[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(sha, sizeof sha, &commitId);
    return GitCommitResult{QString::fromLatin1(sha), changed};
}

Result<QByteArray> GitRepository::diffHead(qint64 maxUntrackedBytes) const
{
    git::Tree tree;
    git_object *rawObj = nullptr;
    if (git_revparse_single(&rawObj, m_repo, "HEAD^{tree}") == 0)
        tree.reset(reinterpret_cast<git_tree *>(rawObj));
    // Untracked files as new files (`git add -N` then `git diff HEAD`), binary changes
    // as binary patches: HEAD plus this patch is the working tree.
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.flags = GIT_DIFF_INCLUDE_UNTRACKED | GIT_DIFF_RECURSE_UNTRACKED_DIRS | GIT_DIFF_SHOW_UNTRACKED_CONTENT
                    | GIT_DIFF_SHOW_BINARY;
    const git::PathSpec spec(m_scope);
    options.pathspec = spec.array;
    git_diff *rawDiff = nullptr;
    if (git_diff_tree_to_workdir_with_index(&rawDiff, m_repo, tree.get(), &options) != 0)
        return git::lastError(Text::tr("cannot compute the diff"), workdir());
    git::Diff diff(rawDiff);
    const QDir root(workdir());
    QByteArray patches;
    QStringList leftOut;
    const size_t count = git_diff_num_deltas(diff.get());
    for (size_t i = 0; i < count; ++i) {
        const git_diff_delta *delta = git_diff_get_delta(diff.get(), i);
        if (!inScope(git::fromGit(delta->new_file.path)) && !inScope(git::fromGit(delta->old_file.path)))
            continue;
        if (delta->status == GIT_DELTA_UNTRACKED) {
            const QString path = git::fromGit(delta->new_file.path);
            const QFileInfo info(root.filePath(path));
            if (info.isDir() && !info.isSymLink()) {
                leftOut.append(Text::tr("%1 (a folder git does not look into, such as another repository)").arg(path));
                continue;
            }
            if (maxUntrackedBytes >= 0 && !info.isSymLink() && info.size() > maxUntrackedBytes) {
                leftOut.append(Text::tr("%1 (%2 bytes)").arg(path).arg(info.size()));
                continue;
            }
        }
        git_patch *rawPatch = nullptr;
        if (git_patch_from_diff(&rawPatch, diff.get(), i) != 0)
            return git::lastError(Text::tr("cannot compute the diff"), workdir());
        if (!rawPatch)
            continue;
        git::Patch patch(rawPatch);
        git::Buf buf;
        if (git_patch_to_buf(&buf.buf, patch.get()) != 0)
            return git::lastError(Text::tr("cannot format the diff"), workdir());
        patches.append(buf.buf.ptr, qsizetype(buf.buf.size));
    }
    if (leftOut.isEmpty())
        return patches;
    // Text before the first `diff --git` line is ignored by `git apply`.
    QByteArray note = Text::tr("# Untracked files left out of this diff (more than %1 bytes, or folders):")
                          .arg(maxUntrackedBytes)
                          .toUtf8()
                      + '\n';
    for (const QString &path : std::as_const(leftOut))
        note += "#   " + path.toUtf8() + '\n';
    return note + patches;
}

Result<QStringList> GitRepository::trackedFiles(const QString &folder) const
{
    Result<git::Index> read = readIndex(m_repo, workdir(), false);
    if (!read)
        return read.error();
    const git::Index index = std::move(*read);
    QString prefix = QDir::cleanPath(folder);
    if (prefix == QStringLiteral(".") || prefix.isEmpty())
        prefix.clear();
    else if (!prefix.endsWith(QLatin1Char('/')))
        prefix += QLatin1Char('/');
    QStringList files;
    const size_t count = git_index_entrycount(index.get());
    for (size_t i = 0; i < count; ++i) {
        const git_index_entry *e = git_index_get_byindex(index.get(), i);
        const QString path = QString::fromUtf8(e->path);
        if (prefix.isEmpty() || path.startsWith(prefix))
            files.append(path);
    }
    files.sort();
    return files;
}

QString GitRepository::relativePath(const QString &absolutePath) const
{
    return QDir(workdir()).relativeFilePath(QFileInfo(absolutePath).absoluteFilePath());
}

Result<bool> GitRepository::isTracked(const QString &path) const
{
    Result<QStringList> files = trackedFiles();
    if (!files)
        return files.error();
    const QString clean = QDir::cleanPath(path);
    const QString prefix = clean + QLatin1Char('/');
    for (const QString &f : std::as_const(*files)) {
        if (f == clean || f.startsWith(prefix))
            return true;
    }
    return false;
}

Status GitRepository::stage(const QStringList &paths)
{
    return updateIndex(paths, {});
}

Status GitRepository::untrack(const QStringList &paths)
{
    return updateIndex({}, paths);
}

Status GitRepository::updateIndex(const QStringList &add, const QStringList &remove)
{
    Result<git::Index> read = readIndex(m_repo, workdir());
    if (!read)
        return read.error();
    const git::Index index = std::move(*read);
    for (const QString &path : remove) {
        const QByteArray rel = QDir::cleanPath(path).toUtf8();
        size_t at = 0;
        const int rc = git_index_find(&at, index.get(), rel.constData()) == 0
                           ? git_index_remove(index.get(), rel.constData(), 0)
                           : git_index_remove_directory(index.get(), rel.constData(), 0);
        if (rc != 0)
            return git::lastError(Text::tr("cannot remove a path from the index"), path);
    }
    for (const QString &path : add) {
        const QByteArray rel = QDir::cleanPath(path).toUtf8();
        if (git_index_add_bypath(index.get(), rel.constData()) != 0)
            return git::lastError(Text::tr("cannot add a file to the index"), path);
    }
    // Another git program may hold index.lock for a moment: wait a little for it.
    const QDeadlineTimer deadline(5000);
    int rc = 0;
    while ((rc = git_index_write(index.get())) == GIT_ELOCKED && !deadline.hasExpired())
        QThread::msleep(20);
    if (rc != 0)
        return git::lastError(Text::tr("cannot write the repository index"), workdir());
    return {};
}

Result<QString> GitRepository::resolveCommit(const QString &revision) const
{
    git_object *raw = nullptr;
    const QByteArray spec = (revision + QStringLiteral("^{commit}")).toUtf8();
    if (git_revparse_single(&raw, m_repo, spec.constData()) != 0)
        return Error::badInput(Text::tr("'%1' is not a commit of this repository").arg(revision), workdir());
    git::Object object(raw);
    char sha[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(sha, sizeof sha, git_object_id(object.get()));
    return QString::fromLatin1(sha);
}

Result<GitCommit> GitRepository::commit(const QString &revision) const
{
    Result<QString> sha = resolveCommit(revision);
    if (!sha)
        return sha.error();
    git_oid oid;
    git_oid_fromstr(&oid, sha->toLatin1().constData());
    git_commit *raw = nullptr;
    if (git_commit_lookup(&raw, m_repo, &oid) != 0)
        return git::lastError(Text::tr("cannot read commit %1").arg(sha->left(8)), workdir());
    git::Commit commit(raw);
    return toCommit(commit.get());
}

Result<QByteArray> GitRepository::fileAt(const QString &commit, const QString &path) const
{
    git_object *raw = nullptr;
    const QByteArray spec = (commit + QLatin1Char(':') + QDir::cleanPath(path)).toUtf8();
    if (git_revparse_single(&raw, m_repo, spec.constData()) != 0)
        return Error::badInput(Text::tr("%1 does not exist at commit %2").arg(path, commit.left(8)), workdir());
    git::Object object(raw);
    if (git_object_type(object.get()) != GIT_OBJECT_BLOB)
        return Error::badInput(Text::tr("%1 is a folder at commit %2, not a file").arg(path, commit.left(8)),
                               workdir());
    const git_blob *blob = reinterpret_cast<const git_blob *>(object.get());
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(blob)), qsizetype(git_blob_rawsize(blob)));
}

Result<QList<GitCommit>> GitRepository::fileHistory(const QString &path, int maxCount) const
{
    Result<QList<GitCommit>> all = log(0);
    if (!all)
        return all.error();
    QList<GitCommit> touched;
    for (const GitCommit &c : std::as_const(*all)) {
        if (maxCount > 0 && touched.size() >= maxCount)
            break;
        Result<QByteArray> now = fileAt(c.sha, path);
        if (c.parents.isEmpty()) {
            if (now)
                touched.append(c);
            continue;
        }
        Result<QByteArray> before = fileAt(c.parents.first(), path);
        if (bool(now) != bool(before) || (now && before && *now != *before))
            touched.append(c);
    }
    return touched;
}

} // namespace mlops
