// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/artifacts/contentscanner.h"

#include "core/artifacts/filecopy.h"
#include "core/artifacts/hasher.h"
#include "core/artifacts/hashindex.h"
#include "core/common/fileutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::ContentScanner)
};

/** One file of a folder on its way through the scanner. */
struct Item
{
    QString relative;
    QString absolute;
    FileStamp stamp;
    bool executable = false;
    QString hash;        ///< known (from the index) or computed
    bool hashed = false; ///< computed here
    QString error;
};

/** The error for a file whose size, time or inode changed while it was read and copied. */
Error changedWhileRead(const QString &path)
{
    return Error::badInput(Text::tr("the file changed while it was being read (is something still writing it?); "
                                    "nothing of it was stored: try again when it is complete"),
                           path);
}

} // namespace

Result<ScannedContent> ContentScanner::scan(const QString &path, bool store)
{
    if (store && !m_cache)
        return Error{Text::tr("no artifact cache to store into"), path};
    const QFileInfo info(path);
    if (info.isDir())
        return scanTree(path, store);
    if (info.isFile())
        return scanFile(path, store);
    return Error{Text::tr("no such file or folder"), path};
}

Result<ScannedContent> ContentScanner::scanFile(const QString &path, bool store)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const std::optional<FileStamp> stamp = HashIndex::stampOf(absolute);
    if (!stamp)
        return Error{Text::tr("no such file"), path};
    ScannedContent content;
    content.artifact.kind = QStringLiteral("file");
    content.artifact.size = stamp->size;
    content.artifact.files = 1;
    if (m_index) {
        if (std::optional<QString> known = m_index->lookup(absolute, *stamp)) {
            content.artifact.hash = *known;
            content.unchangedFiles = 1;
            if (store && !m_cache->hasFile(*known)) {
                if (Status s = m_cache->putFile(absolute, *known); !s)
                    return s.error();
            }
            return content;
        }
    }
    Result<ContentDigest> digest = Error{};
    if (store) {
        // Copy while hashing: the copy runs in the kernel on another core, and both read
        // the same pages, so storing costs about as much as hashing alone.
        const QString temp = m_cache->newTempPath();
        QFuture<Status> copy = QtConcurrent::run([absolute, temp] { return copyFileFast(absolute, temp); });
        digest = hashFile(absolute);
        copy.waitForFinished();
        const Status copied = copy.result();
        if (!digest || !copied) {
            QFile::remove(temp);
            return digest ? copied.error() : digest.error();
        }
        // The copy and the hash read the file separately: only when it stayed as it was
        // are they the same bytes (a cache object is never named by another content's hash).
        if (HashIndex::stampOf(absolute) != stamp || digest->size != stamp->size) {
            QFile::remove(temp);
            return changedWhileRead(path);
        }
        if (Status s = m_cache->adoptObject(temp, digest->sha256); !s)
            return s.error();
    } else {
        digest = hashFile(absolute);
        if (!digest)
            return digest.error();
    }
    content.artifact.hash = digest->sha256;
    content.artifact.size = digest->size;
    content.hashedFiles = 1;
    // Only a file that did not change while it was read is worth remembering.
    if (m_index && HashIndex::stampOf(absolute) == stamp)
        (void)m_index->remember({IndexedFile{absolute, *stamp, digest->sha256}});
    return content;
}

Result<ScannedContent> ContentScanner::scanTree(const QString &dirPath, bool store)
{
    const QDir root(dirPath);
    const QString canonicalRoot = QFileInfo(dirPath).canonicalFilePath();
    QList<Item> items;
    // Folders are listed too, so that a symbolic link to a folder outside is seen (and
    // refused) rather than silently left out.
    QDirIterator it(dirPath, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    QStringList links;
    QStringList emptyFolders;
    // What the index knows about the folder, in one query (not one per file).
    const QHash<QString, IndexedFile> indexed =
        m_index ? m_index->entriesUnder(QFileInfo(dirPath).absoluteFilePath()) : QHash<QString, IndexedFile>();
    while (it.hasNext()) {
        const QString file = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink()) {
            const QString target = info.canonicalFilePath();
            if (target.isEmpty())
                return Error::badInput(Text::tr("a symbolic link leads to nothing (%1); remove it or make it point at "
                                                "a file in the folder")
                                           .arg(info.symLinkTarget()),
                                       file);
            if (!target.startsWith(canonicalRoot + QLatin1Char('/')))
                return Error::badInput(Text::tr("a symbolic link leads out of the folder (to %1); refusing to store "
                                                "it")
                                           .arg(target),
                                       file);
        }
        if (info.isSymLink()) {
            links.append(root.relativeFilePath(file));
            if (m_refuseLinks)
                continue;
        } else if (info.isDir() && m_refuseEmptyFolders && isEmptyDirectory(file)) {
            emptyFolders.append(root.relativeFilePath(file));
        }
        if (!info.isFile())
            continue;
        Item item;
        item.relative = root.relativeFilePath(file);
        item.absolute = QFileInfo(file).absoluteFilePath();
        const std::optional<FileStamp> stamp = HashIndex::stampOf(item.absolute);
        if (!stamp)
            continue;
        item.stamp = *stamp;
        item.executable = item.stamp.executable;   // from the stat above (QFileInfo would call access())
        if (std::optional<QString> known = HashIndex::lookupIn(indexed, item.absolute, item.stamp))
            item.hash = *known;
        items.append(item);
    }
    const auto listed = [](QStringList names) {
        names.sort();
        const qsizetype total = names.size();
        if (total > 5)
            names = names.mid(0, 5) << Text::tr("and %n more", nullptr, int(total - 5));
        return names.join(QStringLiteral(", "));
    };
    if (m_refuseLinks && !links.isEmpty())
        return Error::badInput(Text::tr("the folder holds symbolic links, which versioned data cannot record: %1; "
                                        "replace them with the files they point at, or remove them")
                                   .arg(listed(links)),
                               dirPath);
    if (m_refuseEmptyFolders && !emptyFolders.isEmpty())
        return Error::badInput(Text::tr("the folder holds empty folders, which versioned data cannot record: %1; "
                                        "remove them, or put a file in them")
                                   .arg(listed(emptyFolders)),
                               dirPath);
    // An empty folder has nothing to version (and its pointer would restore nothing).
    if (m_refuseEmptyFolders && items.isEmpty() && links.isEmpty())
        return Error::badInput(Text::tr("the folder is empty: there is nothing to version; put the data in it "
                                        "first"),
                               dirPath);

    ArtifactCache *cache = store ? m_cache : nullptr;
    QtConcurrent::blockingMap(items, [cache](Item &item) {
        bool read = false;
        if (item.hash.isEmpty()) {
            Result<ContentDigest> digest = hashFile(item.absolute);
            if (!digest) {
                item.error = digest.error().toString();
                return;
            }
            item.hash = digest->sha256;
            item.hashed = true;
            read = true;
        }
        bool put = false;
        if (cache && !cache->hasFile(item.hash)) {
            if (Status s = cache->putFile(item.absolute, item.hash); !s) {
                item.error = s.error().toString();
                return;
            }
            put = read = true;
        }
        // A file written while it was hashed or copied has no one content: refused, and
        // the copy it left in the cache (named by a hash it may not have) taken out.
        if (cache && read && HashIndex::stampOf(item.absolute) != item.stamp) {
            if (put)
                QFile::remove(cache->objectPath(item.hash));
            item.error = changedWhileRead(item.absolute).toString();
        }
    });

    ScannedContent content;
    QList<IndexedFile> learned;
    for (const Item &item : std::as_const(items)) {
        if (!item.error.isEmpty())
            return Error{item.error};
        content.entries.append(TreeEntry{item.relative, item.hash, item.stamp.size, item.executable});
        if (item.hashed) {
            ++content.hashedFiles;
            learned.append(IndexedFile{item.absolute, item.stamp, item.hash});
        } else {
            ++content.unchangedFiles;
        }
    }
    if (m_index)
        (void)m_index->remember(learned);
    std::sort(content.entries.begin(), content.entries.end(),
              [](const TreeEntry &a, const TreeEntry &b) { return a.path < b.path; });
    if (cache) {
        Result<StoredArtifact> tree = cache->putTree(content.entries);
        if (!tree)
            return tree.error();
        content.artifact = *tree;
    } else {
        content.artifact.hash = sha256Hex(ArtifactCache::manifestBytes(content.entries));
        content.artifact.kind = QStringLiteral("tree");
        content.artifact.files = int(content.entries.size());
        for (const TreeEntry &e : std::as_const(content.entries))
            content.artifact.size += e.size;
    }
    return content;
}

} // namespace mlops
