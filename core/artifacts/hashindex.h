// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace mlops {

class Database;

/** What the file system says about a file: enough to notice that it changed. */
struct FileStamp
{
    qint64 size = 0;
    qint64 mtimeNs = 0;   ///< modification time, nanoseconds since the epoch
    qint64 inode = 0;
    bool executable = false;

    bool operator==(const FileStamp &other) const
    {
        return size == other.size && mtimeNs == other.mtimeNs && inode == other.inode;
    }
};

/** A file whose content hash is known, with the stamp it had when it was hashed. */
struct IndexedFile
{
    QString path;   ///< absolute, as the index keys it
    FileStamp stamp;
    QString hash;
};

/**
 * Remembers the content hash of files by their size, modification time and inode (the
 * `file_index` table of the store), so data that did not change is never read twice:
 * `mlops data add` and `data status` of a 100 GB folder only hash the files that were
 * touched, and a pipeline input that stayed as it was costs a stat(). Keys are absolute
 * paths. One index per connection and thread, like RunTracker.
 */
class HashIndex
{
public:
    explicit HashIndex(Database &db) : m_db(db) {}

    /** The file's stamp, or nothing when it is not a regular file (or not there). */
    static std::optional<FileStamp> stampOf(const QString &path);

    /** The hash remembered for `path` when its stamp is still `stamp`. */
    std::optional<QString> lookup(const QString &path, const FileStamp &stamp);
    /**
     * Everything remembered for files under `folder` (absolute), by path, in one query:
     * a folder of 20,000 files is looked up at once rather than file by file.
     */
    QHash<QString, IndexedFile> entriesUnder(const QString &folder);
    /** The hash in `entries` for `path` when its stamp is still `stamp`. */
    static std::optional<QString> lookupIn(const QHash<QString, IndexedFile> &entries, const QString &path,
                                           const FileStamp &stamp);
    /** Remembers hashes, in one transaction. */
    Status remember(const QList<IndexedFile> &files);
    /** Forgets every path under `folder` (and `folder` itself). */
    Status forget(const QString &folder);

private:
    Database &m_db;
};

} // namespace mlops
