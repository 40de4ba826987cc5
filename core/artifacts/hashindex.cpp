// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/artifacts/hashindex.h"

#include "core/store/database.h"

#include <QDateTime>
#include <QFile>

#include <sys/stat.h>

namespace mlops {

std::optional<FileStamp> HashIndex::stampOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return std::nullopt;
    FileStamp stamp;
    stamp.size = qint64(st.st_size);
    stamp.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000LL + qint64(st.st_mtim.tv_nsec);
    stamp.inode = qint64(st.st_ino);
    stamp.executable = (st.st_mode & S_IXUSR) != 0;
    return stamp;
}

std::optional<QString> HashIndex::lookup(const QString &path, const FileStamp &stamp)
{
    Result<Statement> s = m_db.prepare(QStringLiteral(
        "SELECT hash FROM file_index WHERE path = ? AND size = ? AND mtime_ns = ? AND inode = ?"));
    if (!s)
        return std::nullopt;
    s->bind(1, path).bind(2, stamp.size).bind(3, stamp.mtimeNs).bind(4, stamp.inode);
    Result<bool> row = s->step();
    if (!row || !*row)
        return std::nullopt;
    return s->text(0);
}

QHash<QString, IndexedFile> HashIndex::entriesUnder(const QString &folder)
{
    QHash<QString, IndexedFile> entries;
    Result<Statement> s = m_db.prepare(QStringLiteral(
        "SELECT path, size, mtime_ns, inode, hash FROM file_index WHERE path >= ?1 AND path < ?2"));
    if (!s)
        return entries;
    // Every path that starts with "folder/": the range ["folder/", "folder0").
    s->bind(1, folder + QLatin1Char('/')).bind(2, folder + QLatin1Char('0'));
    while (true) {
        Result<bool> row = s->step();
        if (!row || !*row)
            break;
        IndexedFile f;
        f.path = s->text(0);
        f.stamp.size = s->int64(1);
        f.stamp.mtimeNs = s->int64(2);
        f.stamp.inode = s->int64(3);
        f.hash = s->text(4);
        entries.insert(f.path, f);
    }
    return entries;
}

std::optional<QString> HashIndex::lookupIn(const QHash<QString, IndexedFile> &entries, const QString &path,
                                           const FileStamp &stamp)
{
    const auto it = entries.constFind(path);
    if (it == entries.cend() || !(it->stamp == stamp))
        return std::nullopt;
    return it->hash;
}

Status HashIndex::remember(const QList<IndexedFile> &files)
{
    if (files.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    Result<Statement> s = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO file_index(path, size, mtime_ns, inode, hash, checked_at)"
        " VALUES(?, ?, ?, ?, ?, ?)"));
    if (!s)
        return s.error();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const IndexedFile &f : files) {
        s->bind(1, f.path).bind(2, f.stamp.size).bind(3, f.stamp.mtimeNs).bind(4, f.stamp.inode);
        s->bind(5, f.hash).bind(6, now);
        if (Status st = s->exec(); !st)
            return st;
    }
    return tx.commit();
}

Status HashIndex::forget(const QString &folder)
{
    Result<Statement> s = m_db.prepare(QStringLiteral(
        "DELETE FROM file_index WHERE path = ?1 OR (path >= ?2 AND path < ?3)"));
    if (!s)
        return s.error();
    // Every path that starts with "folder/": the range ["folder/", "folder0").
    s->bind(1, folder).bind(2, folder + QLatin1Char('/')).bind(3, folder + QLatin1Char('0'));
    return s->exec();
}

} // namespace mlops
