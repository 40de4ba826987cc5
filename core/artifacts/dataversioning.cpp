// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/artifacts/dataversioning.h"

#include "core/artifacts/filecopy.h"
#include "core/artifacts/hasher.h"
#include "core/common/filelock.h"
#include "core/common/fileutil.h"
#include "core/common/quoting.h"
#include "core/governance/auditlog.h"
#include "core/store/database.h"
#include "core/vcs/gitignorefile.h"
#include "core/vcs/gitrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::DataVersioning)
};

const char *const kIgnoreComment = "Versioned data (mlops data add): the content is in .mlops/cache";

/**
 * Copies a cache object next to `target` (a temporary name) and hashes the copy: a
 * corrupted object, or one whose size is not the pointer's, is refused with an error
 * naming the object, and nothing is left behind. Returns the temporary file.
 */
Result<QString> stageObject(const ArtifactCache &cache, const QString &hash, qint64 size, const QString &target)
{
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return Error{Text::tr("cannot create folder"), QFileInfo(target).absolutePath()};
    const QString temp = target + QStringLiteral(".mlops-tmp-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    const QString object = cache.objectPath(hash);
    if (Status s = copyFileFast(object, temp); !s) {
        QFile::remove(temp);
        return s.error();
    }
    const Result<ContentDigest> copied = hashFile(temp);
    if (copied && copied->sha256 == hash && copied->size == size)
        return temp;
    QFile::remove(temp);
    if (!copied)
        return copied.error();
    if (copied->sha256 != hash)
        return Error{Text::tr("the cache object is corrupted: its content hashes to %1, not %2; %3 was left as it "
                              "was")
                         .arg(copied->sha256.left(12), hash.left(12), target),
                     object};
    return Error{Text::tr("the cache object has %1 bytes, but the pointer says %2; %3 was left as it was")
                     .arg(copied->size)
                     .arg(size)
                     .arg(target),
                 object};
}

/** Moves a file made by stageObject() in place at `target` (an atomic rename). */
Status placeStaged(const QString &temp, const QString &target, bool executable)
{
    QFile::Permissions p = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser
                           | QFile::ReadGroup | QFile::ReadOther;
    if (executable)
        p |= QFile::ExeOwner | QFile::ExeUser | QFile::ExeGroup | QFile::ExeOther;
    QFile::setPermissions(temp, p);
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(temp);
        return Error{Text::tr("cannot put the restored file in place"), target};
    }
    return {};
}

/**
 * Makes every folder of `relativeDir` below `root` a real folder: a symbolic link (or a
 * file) in the way is removed (never followed) and a folder made in its place.
 */
Status ensureRealFolders(const QString &root, const QString &relativeDir)
{
    if (relativeDir.isEmpty() || relativeDir == QStringLiteral("."))
        return {};
    QString current = root;
    for (const QString &part : relativeDir.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        current += QLatin1Char('/') + part;
        const QFileInfo info(current);
        if (info.isDir() && !info.isSymLink())
            continue;
        if ((info.isSymLink() || info.exists()) && !QFile::remove(current))
            return Error{Text::tr("cannot remove what is in the way of a folder"), current};
        if (!QDir().mkdir(current))
            return Error{Text::tr("cannot create folder"), current};
    }
    return {};
}

/**
 * The outermost folder on the way from `root` to `dir` (both absolute) that does not
 * exist yet, or an empty string when `dir` is there.
 */
QString firstMissingFolder(const QString &root, const QString &dir)
{
    QString missing;
    for (QString d = QDir::cleanPath(dir); d.startsWith(root + QLatin1Char('/')); d = QFileInfo(d).path()) {
        const QFileInfo info(d);
        if (info.exists() || info.isSymLink())
            break;
        missing = d;
    }
    return missing;
}

/** Removes `dir` and the folders below it as long as they hold no file (files are never removed). */
void removeEmptyFolders(const QString &dir)
{
    const QFileInfo info(dir);
    if (!info.isDir() || info.isSymLink())
        return;
    const QStringList subs = QDir(dir).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QString &sub : subs)
        removeEmptyFolders(dir + QLatin1Char('/') + sub);
    QDir().rmdir(dir);
}

} // namespace

QString DataStatus::stateName(DataState state)
{
    switch (state) {
    case DataState::Unchanged: return QStringLiteral("unchanged");
    case DataState::Modified: return QStringLiteral("modified");
    case DataState::Missing: return QStringLiteral("missing");
    case DataState::Unreadable: return QStringLiteral("unreadable");
    }
    return {};
}

DataVersioning::DataVersioning(Workspace workspace, Database &db, GovernanceContext actor)
    : m_workspace(std::move(workspace)), m_db(db), m_actor(std::move(actor)), m_cache(m_workspace.cacheDir()),
      m_index(db)
{
}

Result<QString> DataVersioning::normalize(const QString &argument, const QString &currentDir) const
{
    QString absolute = QDir::cleanPath(QDir(currentDir).absoluteFilePath(argument));
    if (DataPointer::isPointerFile(absolute))
        absolute.chop(DataPointer::suffix().size());
    const QString relative = QDir(m_workspace.root()).relativeFilePath(absolute);
    if (relative.isEmpty() || relative == QStringLiteral("."))
        return QStringLiteral(".");
    if (!isSafeRelativePath(relative))
        return Error::badInput(Text::tr("%1 is not inside the workspace %2").arg(argument, m_workspace.root()));
    return QDir::cleanPath(relative);
}

Result<QStringList> DataVersioning::expandTargets(const QStringList &paths) const
{
    QStringList targets;
    std::optional<QStringList> all;
    for (const QString &path : paths) {
        const bool workspace = path == QStringLiteral(".");
        if (!workspace && (QFileInfo::exists(m_workspace.path(path + DataPointer::suffix()))
                           || !QFileInfo(m_workspace.path(path)).isDir())) {
            targets.append(path);   // versioned, or not a folder: status says which
            continue;
        }
        if (!all)
            all = versionedPaths();
        const QStringList inside = workspace ? *all
                                             : all->filter(QRegularExpression(
                                                   QStringLiteral("^") + QRegularExpression::escape(path + QLatin1Char('/'))));
        const QStringList parts = path.split(QLatin1Char('/'));
        for (int i = 1; inside.isEmpty() && !workspace && i < parts.size(); ++i) {
            const QString ancestor = parts.mid(0, i).join(QLatin1Char('/'));
            if (QFileInfo::exists(m_workspace.path(ancestor + DataPointer::suffix())))
                return Error::badInput(Text::tr("%1 is inside the versioned folder %2, which is versioned as a whole; "
                                                "name %2 instead")
                                           .arg(path, ancestor));
        }
        if (inside.isEmpty() && !workspace)
            return Error::badInput(Text::tr("%1 is a folder without versioned data: neither it nor anything in it has "
                                            "a .mlops pointer")
                                       .arg(path));
        targets.append(inside);
    }
    targets.removeDuplicates();
    return targets;
}

QStringList DataVersioning::versionedPaths() const
{
    QStringList found;
    const QDir root(m_workspace.root());
    std::function<void(const QString &)> walk = [&](const QString &relative) {
        const QDir dir(relative.isEmpty() ? root.path() : root.filePath(relative));
        const QFileInfoList entries =
            dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
        QSet<QString> pointed;
        for (const QFileInfo &e : entries) {
            if (e.isFile() && DataPointer::isPointerFile(e.fileName()))
                pointed.insert(e.fileName().chopped(DataPointer::suffix().size()));
        }
        for (const QFileInfo &e : entries) {
            const QString rel = relative.isEmpty() ? e.fileName() : relative + QLatin1Char('/') + e.fileName();
            if (e.isDir() && !e.isSymLink()) {
                // State folders, hidden folders (.git, .venv) and versioned folders hold no pointers.
                if (e.fileName().startsWith(QLatin1Char('.')) || pointed.contains(e.fileName()))
                    continue;
                walk(rel);
            } else if (e.isFile() && DataPointer::isPointerFile(e.fileName())) {
                found.append(rel.chopped(DataPointer::suffix().size()));
            }
        }
    };
    walk(QString());
    found.sort();
    return found;
}

QString DataVersioning::versionedFolderOf(const QString &path) const
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (int i = 1; i < parts.size(); ++i) {
        const QString ancestor = parts.mid(0, i).join(QLatin1Char('/'));
        if (QFileInfo(m_workspace.path(ancestor + DataPointer::suffix())).isFile())
            return ancestor;
    }
    return {};
}

Result<std::optional<DataPointer>> DataVersioning::pointerOf(const QString &path) const
{
    const QString file = m_workspace.path(path + DataPointer::suffix());
    if (!QFileInfo(file).isFile())
        return std::optional<DataPointer>();
    Result<DataPointer> pointer = DataPointer::load(file);
    if (!pointer)
        return pointer.error();
    return std::optional<DataPointer>(*pointer);
}

Result<ScannedContent> DataVersioning::hashNow(const QString &path)
{
    ContentScanner scanner(&m_cache, &m_index);
    scanner.setRefuseLinks(true);
    return scanner.scan(m_workspace.path(path), false);
}

Result<StoredArtifact> DataVersioning::inputArtifact(const QString &path)
{
    const QString full = m_workspace.path(path);
    Result<std::optional<DataPointer>> pointer = pointerOf(path);
    if (!pointer)
        return pointer.error();
    if (!*pointer) {
        if (!QFileInfo::exists(full))
            return Error::badInput(Text::tr("%1 does not exist").arg(path));
        ContentScanner scanner(&m_cache, &m_index);
        Result<ScannedContent> content = scanner.scan(full, true);
        if (!content)
            return content.error();
        return content->artifact;
    }
    const StoredArtifact artifact = (*pointer)->artifact();
    if (!QFileInfo::exists(full)) {
        if (!m_cache.contains(artifact))
            return Error{Text::tr("%1 is versioned data that is not checked out, and its content (%2) is not in this "
                                  "workspace's cache")
                             .arg(path, artifact.hash.left(12)),
                         m_cache.dir()};
        return artifact;
    }
    Result<ScannedContent> now = hashNow(path);
    if (!now)
        return now.error();
    if (now->artifact.hash != artifact.hash)
        return Error::badInput(Text::tr("%1 changed since 'mlops data add' (%2 on disk, %3 in %1.mlops); run 'mlops "
                                        "data add %1' to version the change, or 'mlops data checkout --force %1' to "
                                        "undo it")
                                   .arg(path, now->artifact.hash.left(12), artifact.hash.left(12)));
    if (!m_cache.contains(artifact)) {
        ContentScanner scanner(&m_cache, &m_index);
        if (Result<ScannedContent> stored = scanner.scan(full, true); !stored)
            return stored.error();
    }
    return artifact;
}

Status DataVersioning::checkAddable(const QString &path) const
{
    if (path == QStringLiteral("."))
        return Error::badInput(Text::tr("the workspace itself cannot be versioned data; name the files or folders in "
                                        "it to add"));
    const QString first = path.section(QLatin1Char('/'), 0, 0);
    if (first == QStringLiteral(".mlops") || first == QStringLiteral(".git"))
        return Error::badInput(Text::tr("%1 belongs to the workspace's own state and cannot be versioned").arg(path));
    // A .gitignore line cannot hold a line break, nor the pointer's comment: such a
    // name would ignore other files and leave a pointer no one can read.
    if (std::any_of(path.cbegin(), path.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return Error::badInput(Text::tr("%1: the name holds a line break or another control character, which "
                                        ".gitignore cannot express; rename it first")
                                   .arg(shellQuoted(path)));
    const QString full = m_workspace.path(path);
    const QFileInfo info(full);
    if (!info.exists())
        return Error::badInput(Text::tr("%1: no such file or folder").arg(path));
    // A checkout writes real files and folders: data reached through a symbolic link
    // would come back as a copy in place of the link, so links are refused by name.
    const QStringList linkParts = path.split(QLatin1Char('/'));
    for (int i = 1; i < linkParts.size(); ++i) {
        const QString ancestor = linkParts.mid(0, i).join(QLatin1Char('/'));
        const QFileInfo link(m_workspace.path(ancestor));
        if (link.isSymLink())
            return Error::badInput(Text::tr("%1 is reached through the symbolic link %2 (to %3); add the data "
                                            "where the link points instead")
                                       .arg(path, ancestor, link.symLinkTarget()));
    }
    if (info.isSymLink())
        return Error::badInput(Text::tr("%1 is a symbolic link (to %2); add its target instead")
                                   .arg(path, info.symLinkTarget()));
    if (!isPathInside(m_workspace.root(), full))
        return Error::badInput(Text::tr("%1 leads out of the workspace (a symbolic link?)").arg(path));
    if (path == Workspace::manifestFileName() || path == QStringLiteral(".gitignore"))
        return Error::badInput(Text::tr("%1 is a workspace file that git must track itself").arg(path));
    const QStringList parts = path.split(QLatin1Char('/'));
    for (int i = 1; i < parts.size(); ++i) {
        const QString ancestor = parts.mid(0, i).join(QLatin1Char('/'));
        if (QFileInfo::exists(m_workspace.path(ancestor + DataPointer::suffix())))
            return Error::badInput(Text::tr("%1 is inside the versioned folder %2; run 'mlops data add %2' to "
                                            "version the folder as it is now")
                                       .arg(path, ancestor));
    }
    if (info.isDir()) {
        QDirIterator it(full, {QStringLiteral("*.mlops")}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        if (it.hasNext())
            return Error::badInput(Text::tr("%1 holds versioned data of its own (%2); version its parts or the "
                                            "whole folder, not both")
                                       .arg(path, m_workspace.relativePath(it.next())));
    }
    return {};
}

Status DataVersioning::checkAddableTogether(const QStringList &paths) const
{
    for (const QString &path : paths) {
        if (Status s = checkAddable(path); !s)
            return s;
    }
    // One command must not version a folder and something inside it either.
    for (const QString &outer : paths) {
        for (const QString &inner : paths) {
            if (inner.startsWith(outer + QLatin1Char('/')))
                return Error::badInput(Text::tr("%1 is inside the folder %2, which this command versions too; version "
                                                "its parts or the whole folder, not both")
                                           .arg(inner, outer));
        }
    }
    return {};
}

Result<QList<DataAddResult>> DataVersioning::add(const QStringList &paths)
{
    if (paths.isEmpty())
        return Error::badInput(Text::tr("name at least one file or folder to add"));
    if (Status s = checkAddableTogether(paths); !s)
        return s.error();
    // Everything is hashed (and cached) first, so a path that cannot be read stops the
    // command before any pointer, .gitignore line or git index entry is written.
    QList<DataAddResult> results;
    for (const QString &path : paths) {
        Result<DataAddResult> r = scanForAdd(path);
        if (!r)
            return r.error();
        results.append(*r);
    }
    // The workspace files are changed by one command at a time (concurrent adds would
    // lose each other's .gitignore lines); what another one did meanwhile is looked at again.
    Result<FileLock> lock = FileLock::acquire(m_workspace.stateDir() + QStringLiteral("/locks/data.lock"), 60000);
    if (!lock)
        return lock.error();
    if (Status s = checkAddableTogether(paths); !s)
        return s.error();
    for (DataAddResult &r : results) {
        r.previousHash.clear();
        if (Result<std::optional<DataPointer>> old = pointerOf(r.path); old && *old)
            r.previousHash = (*old)->hash;
        r.changed = r.previousHash != r.pointer.hash;
    }
    if (Status s = record(results); !s)
        return s.error();
    return results;
}

Result<DataAddResult> DataVersioning::scanForAdd(const QString &path)
{
    DataAddResult result;
    result.path = path;
    ContentScanner scanner(&m_cache, &m_index);
    scanner.setStrict(true);
    Result<ScannedContent> content = scanner.scan(m_workspace.path(path), true);
    if (!content)
        return content.error();
    result.hashedFiles = content->hashedFiles;
    result.unchangedFiles = content->unchangedFiles;
    result.pointer = DataPointer::fromContent(QFileInfo(path).fileName(), content->artifact, content->entries);
    return result;
}

Status DataVersioning::record(QList<DataAddResult> &results)
{
    // What the files were before, to put back when a later stage fails.
    struct Saved
    {
        QString file;
        std::optional<QByteArray> text;
    };
    QList<Saved> saved;
    const auto save = [&saved](const QString &file) {
        if (std::any_of(saved.cbegin(), saved.cend(), [&file](const Saved &s) { return s.file == file; }))
            return;
        Result<QByteArray> text = readFile(file);
        saved.append(Saved{file, QFileInfo::exists(file) && text ? std::optional<QByteArray>(*text) : std::nullopt});
    };
    const auto rollBack = [&saved](const Error &error) -> Status {
        for (const Saved &s : std::as_const(saved)) {
            if (s.text)
                (void)writeFileAtomically(s.file, *s.text);
            else
                QFile::remove(s.file);
        }
        return error;
    };
    const QString ignoreFile = m_workspace.path(QStringLiteral(".gitignore"));
    save(ignoreFile);
    for (DataAddResult &result : results) {
        const QString pointerFile = m_workspace.path(result.path + DataPointer::suffix());
        save(pointerFile);
        const QByteArray text = result.pointer.toYaml(result.path);
        Result<QByteArray> existing = readFile(pointerFile);
        if (!existing || *existing != text) {
            if (Status s = writeFileAtomically(pointerFile, text); !s)
                return rollBack(s.error());
        }
        Result<bool> ignored = addGitIgnoreEntry(ignoreFile, gitIgnorePatternFor(result.path),
                                                 QString::fromLatin1(kIgnoreComment));
        if (!ignored)
            return rollBack(ignored.error());
        result.ignoreAdded = *ignored;
    }
    if (Status s = updateGit(results); !s)
        return rollBack(s.error());

    for (const DataAddResult &result : std::as_const(results)) {
        if (!result.changed)
            continue;
        QJsonObject details;
        details.insert(QStringLiteral("hash"), result.pointer.hash);
        details.insert(QStringLiteral("kind"), result.pointer.folder ? QStringLiteral("folder") : QStringLiteral("file"));
        details.insert(QStringLiteral("size"), result.pointer.size);
        details.insert(QStringLiteral("files"), result.pointer.folder ? int(result.pointer.entries.size()) : 1);
        if (!result.previousHash.isEmpty())
            details.insert(QStringLiteral("previous_hash"), result.previousHash);
        if (m_actor.actor().name.isEmpty())
            m_actor = GovernanceContext::forWorkspace(m_workspace);
        AuditLog log(m_db);
        Result<AuditEntry> entry = log.append(
            AuditEvent{m_actor.actorName(), QStringLiteral("data.add"), result.path, QString(), details});
        if (!entry)
            return entry.error();
    }
    return {};
}

Status DataVersioning::updateGit(QList<DataAddResult> &results)
{
    Result<GitRepository> repo = GitRepository::open(m_workspace.root(), true);
    if (!repo)
        return {};  // not a git repository: the pointers are all there is to write
    QStringList untrack;
    QStringList stage{repo->relativePath(m_workspace.path(QStringLiteral(".gitignore")))};
    for (DataAddResult &result : results) {
        const QString data = repo->relativePath(m_workspace.path(result.path));
        Result<bool> tracked = repo->isTracked(data);
        if (!tracked)
            return tracked.error();
        result.untracked = *tracked;
        if (*tracked)
            untrack.append(data);
        stage.append(data + DataPointer::suffix());
    }
    // One write of the index: either all of it is staged or none.
    return repo->updateIndex(stage, untrack);
}

Result<QList<DataStatus>> DataVersioning::status(const QStringList &paths)
{
    Result<QStringList> expanded = expandTargets(paths);
    if (!expanded)
        return expanded.error();
    const QStringList targets = paths.isEmpty() ? versionedPaths() : *expanded;
    QList<DataStatus> statuses;
    for (const QString &path : targets) {
        Result<DataStatus> s = statusOf(path);
        if (s) {
            statuses.append(*s);
            continue;
        }
        // One unreadable entry is reported as such; the others are still looked at.
        if (!s.error().isBadInput() || (!paths.isEmpty() && !QFileInfo::exists(m_workspace.path(path + DataPointer::suffix()))))
            return s.error();
        DataStatus broken;
        broken.path = path;
        broken.state = DataState::Unreadable;
        broken.problem = s.error().toString();
        if (Result<std::optional<DataPointer>> pointer = pointerOf(path); pointer && *pointer) {
            broken.pointer = **pointer;
            broken.notInCache = missingObjects(path, broken.pointer);
            broken.inCache = broken.notInCache.isEmpty();
        } else {
            broken.inCache = false;
        }
        statuses.append(broken);
    }
    return statuses;
}

Result<DataStatus> DataVersioning::statusOf(const QString &path)
{
    Result<std::optional<DataPointer>> pointer = pointerOf(path);
    if (!pointer)
        return pointer.error();
    if (!*pointer)
        return Error::badInput(Text::tr("%1 is not versioned data (there is no %1.mlops); add it with 'mlops data "
                                        "add %1'")
                                   .arg(path));
    DataStatus st;
    st.path = path;
    st.pointer = **pointer;
    st.notInCache = missingObjects(path, st.pointer);
    st.inCache = st.notInCache.isEmpty();
    const QFileInfo info(m_workspace.path(path));
    if (!info.exists()) {
        st.state = DataState::Missing;
        return st;
    }
    // A file where the pointer has a folder, or the other way round (as after a git
    // checkout of a pointer from before the data became a folder), is hashed too: it
    // may well be another version in the cache.
    const bool folderNow = info.isDir();
    Result<ScannedContent> now = hashNow(path);
    if (!now)
        return now.error();
    st.currentHash = now->artifact.hash;
    if (st.currentHash == st.pointer.hash) {
        // Same content, other size: the pointer itself was edited and cannot be trusted.
        if (now->artifact.size != st.pointer.size)
            return Error::badInput(Text::tr("%1.mlops says %2 bytes, but the content with its hash has %3; the "
                                            "pointer file was changed by hand")
                                       .arg(path)
                                       .arg(st.pointer.size)
                                       .arg(now->artifact.size),
                                   m_workspace.path(path + DataPointer::suffix()));
        return st;
    }
    st.state = DataState::Modified;
    st.kindChanged = folderNow != st.pointer.folder;
    // Content that is in the cache (another version of this data, as after a git
    // checkout of an older pointer) is not lost when checkout replaces it.
    // A folder counts as a whole: every file's bytes in the cache is not enough (a copy
    // of a file, an empty file), the folder as it is must have been stored as a version.
    st.currentInCache = !folderNow || m_cache.hasTree(st.currentHash);
    for (const TreeEntry &e : std::as_const(now->entries))
        st.currentInCache = st.currentInCache && m_cache.hasFile(e.hash);
    if (!folderNow)
        st.currentInCache = m_cache.hasFile(st.currentHash);
    if (st.pointer.folder && folderNow) {
        QHash<QString, QString> before;
        for (const TreeEntry &e : std::as_const(st.pointer.entries))
            before.insert(e.path, e.hash);
        QSet<QString> seen;
        for (const TreeEntry &e : std::as_const(now->entries)) {
            seen.insert(e.path);
            const auto it = before.constFind(e.path);
            if (it == before.cend())
                st.added.append(e.path);
            else if (*it != e.hash)
                st.modified.append(e.path);
        }
        for (const TreeEntry &e : std::as_const(st.pointer.entries)) {
            if (!seen.contains(e.path))
                st.removed.append(e.path);
        }
    }
    return st;
}

QStringList DataVersioning::missingObjects(const QString &path, const DataPointer &pointer) const
{
    QStringList missing;
    const auto named = [](const QString &file, const QString &hash) {
        return QStringLiteral("%1 (%2)").arg(file, hash.left(12));
    };
    if (!pointer.folder) {
        if (!m_cache.hasFile(pointer.hash))
            missing.append(named(path, pointer.hash));
        return missing;
    }
    for (const TreeEntry &e : pointer.entries) {
        if (!m_cache.hasFile(e.hash))
            missing.append(named(path + QLatin1Char('/') + e.path, e.hash));
    }
    return missing;
}

Result<QList<DataCheckoutResult>> DataVersioning::checkout(const QStringList &paths, bool force)
{
    Result<QList<DataStatus>> statuses = status(paths);
    if (!statuses)
        return statuses.error();
    QStringList modified;
    QStringList notCached;
    QStringList missing;
    for (const DataStatus &st : std::as_const(*statuses)) {
        if (st.state == DataState::Unreadable && st.pointer.hash.isEmpty())
            return Error::badInput(st.problem);
        const bool wouldLose = (st.state == DataState::Modified && !st.currentInCache) || st.state == DataState::Unreadable;
        if (wouldLose && !force)
            modified.append(st.path);
        else if (st.state != DataState::Unchanged && !st.inCache) {
            notCached.append(st.path);
            missing.append(st.notInCache);
        }
    }
    if (!modified.isEmpty())
        return Error::badInput(Text::tr("%1 changed since it was added, and the change is in no version; use --force to "
                                        "replace it, or 'mlops data add' to keep it as a new version")
                                   .arg(modified.join(QStringLiteral(", "))));
    if (!notCached.isEmpty()) {
        const qsizetype total = missing.size();
        if (total > 5)
            missing = missing.mid(0, 5) << Text::tr("and %n more", nullptr, int(total - 5));
        return Error{Text::tr("the content of %1 is not in this workspace's cache (it was added on another machine, "
                              "or the cache was cleared); missing: %2; nothing was restored")
                         .arg(notCached.join(QStringLiteral(", ")), missing.join(QStringLiteral(", "))),
                     m_cache.dir()};
    }
    QList<DataCheckoutResult> results;
    for (const DataStatus &st : std::as_const(*statuses)) {
        if (st.state == DataState::Unchanged) {
            results.append(DataCheckoutResult{st.path, false, 0, 0, 0});
            continue;
        }
        Result<DataCheckoutResult> r = restore(st);
        if (!r)
            return r.error();
        results.append(*r);
    }
    return results;
}

Result<DataCheckoutResult> DataVersioning::restore(const DataStatus &st)
{
    DataCheckoutResult result{st.path, true, 0, 0, 0};
    const QString full = m_workspace.path(st.path);
    // Folders made on the way are taken away again when the restore fails, so missing
    // data stays missing rather than turning into an empty (modified) folder.
    QStringList made;
    const auto note = [&made, this](const QString &dir) {
        const QString first = firstMissingFolder(QDir::cleanPath(m_workspace.root()), dir);
        if (!first.isEmpty() && !made.contains(first))
            made.append(first);
    };
    const auto failed = [&made](const Error &error) -> Error {
        for (const QString &dir : std::as_const(made))
            removeEmptyFolders(dir);
        return error;
    };
    note(st.pointer.folder ? full : QFileInfo(full).absolutePath());
    // Never write through a symbolic link: the folders above the data must be the
    // workspace's own, and links inside the data are replaced by what the version holds.
    if (Status s = ensureRealFolders(m_workspace.root(), QFileInfo(st.path).path()); !s)
        return failed(s.error());
    if (QFileInfo(full).isSymLink() && !QFile::remove(full))
        return Error{Text::tr("cannot remove the symbolic link in the way"), full};
    const QFileInfo info(full);
    QList<IndexedFile> learned;
    auto learn = [&learned](const QString &file, const QString &hash) {
        if (std::optional<FileStamp> stamp = HashIndex::stampOf(file))
            learned.append(IndexedFile{QFileInfo(file).absoluteFilePath(), *stamp, hash});
    };
    if (!st.pointer.folder) {
        // Verified first, so a corrupted object leaves what is there untouched.
        Result<QString> staged = stageObject(m_cache, st.pointer.hash, st.pointer.size, full);
        if (!staged)
            return failed(staged.error());
        if (info.isDir() && !info.isSymLink() && !QDir(full).removeRecursively()) {
            QFile::remove(*staged);
            return Error{Text::tr("cannot remove the folder in the way"), full};
        }
        if (Status s = placeStaged(*staged, full, false); !s)
            return s.error();
        learn(full, st.pointer.hash);
        result.restoredFiles = 1;
        result.restoredBytes = st.pointer.size;
        (void)m_index.remember(learned);
        return result;
    }
    if (info.exists() && !info.isDir() && !QFile::remove(full))
        return Error{Text::tr("cannot remove the file in the way"), full};
    if (!QDir().mkpath(full))
        return failed(Error{Text::tr("cannot create folder"), full});
    // What is there already and right stays; the rest is restored in parallel.
    QHash<QString, QString> current;
    if (Result<ScannedContent> now = hashNow(st.path); now) {
        for (const TreeEntry &e : std::as_const(now->entries))
            current.insert(e.path, e.hash);
    }
    QList<TreeEntry> wanted;
    QSet<QString> inPointer;
    for (const TreeEntry &e : st.pointer.entries) {
        inPointer.insert(e.path);
        if (current.value(e.path) != e.hash)
            wanted.append(e);
    }
    const QDir root(full);
    QSet<QString> folders;
    for (const TreeEntry &e : std::as_const(wanted))
        folders.insert(QFileInfo(e.path).path());
    for (const QString &folder : std::as_const(folders))
        note(root.filePath(folder));
    for (const QString &folder : std::as_const(folders)) {
        if (Status s = ensureRealFolders(full, folder); !s)
            return failed(s.error());
    }
    // Every file is copied next to its place and verified first; only when all of them
    // are good do they go in place, so a corrupted object changes nothing.
    struct Staged
    {
        QString temp;
        QString error;
    };
    const QList<Staged> staged = QtConcurrent::blockingMapped<QList<Staged>>(
        wanted, [this, &root](const TreeEntry &e) -> Staged {
            Result<QString> temp = stageObject(m_cache, e.hash, e.size, root.filePath(e.path));
            return temp ? Staged{*temp, QString()} : Staged{QString(), temp.error().toString()};
        });
    QString firstError;
    for (const Staged &one : staged) {
        if (firstError.isEmpty() && !one.error.isEmpty())
            firstError = one.error;
    }
    if (!firstError.isEmpty()) {
        for (const Staged &one : staged) {
            if (!one.temp.isEmpty())
                QFile::remove(one.temp);
        }
        return failed(Error{firstError});
    }
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        if (Status s = placeStaged(staged.at(i).temp, root.filePath(wanted.at(i).path), wanted.at(i).executable); !s)
            return s.error();
    }
    for (const TreeEntry &e : std::as_const(wanted)) {
        learn(root.filePath(e.path), e.hash);
        ++result.restoredFiles;
        result.restoredBytes += e.size;
    }
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        if (inPointer.contains(it.key()))
            continue;
        if (QFile::remove(root.filePath(it.key()))) {
            ++result.removedFiles;
            // Folders left empty go too, up to the data's own folder.
            QString dir = QFileInfo(it.key()).path();
            while (dir != QStringLiteral(".") && !dir.isEmpty() && root.rmdir(dir))
                dir = QFileInfo(dir).path();
        }
    }
    (void)m_index.remember(learned);
    return result;
}

} // namespace mlops
