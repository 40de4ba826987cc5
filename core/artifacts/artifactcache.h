// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"

#include <QList>
#include <QString>

namespace mlops {

/** One file of a stored folder. */
struct TreeEntry
{
    QString path;       ///< relative, '/'-separated
    QString hash;       ///< sha256 of the file
    qint64 size = 0;
    bool executable = false;
};

/** An artifact in the cache: a file, or a folder (a tree of files). */
struct StoredArtifact
{
    QString hash;                     ///< file: its sha256; tree: sha256 of its manifest
    QString kind = QStringLiteral("file");  ///< file | tree
    qint64 size = 0;                  ///< bytes of content (all files of a tree)
    int files = 1;

    bool isTree() const { return kind == QStringLiteral("tree"); }
};

/**
 * The workspace's content-addressed store (`.mlops/cache`, DESIGN.md §3). A file lives
 * at `ab/cdef…` (its sha256 split after two characters), read-only; a folder is a
 * manifest `ab/cdef….dir` (canonical JSON listing each file's path, hash, size and
 * mode; the folder's hash is the manifest's sha256) over file objects. Objects are
 * written to a temporary name and renamed, so concurrent writers and crashes never
 * leave a partial object. Safe to use from several threads and processes.
 */
class ArtifactCache
{
public:
    explicit ArtifactCache(QString dir);

    const QString &dir() const { return m_dir; }
    QString objectPath(const QString &hash) const;
    QString manifestPath(const QString &hash) const;
    bool hasFile(const QString &hash) const;
    bool hasTree(const QString &hash) const;
    /** The object exists, and for a tree every file it lists exists too. */
    bool contains(const StoredArtifact &artifact) const;

    /** Stores a file or a folder (recursively). Symlinks leading out of it are refused. */
    Result<StoredArtifact> store(const QString &path);
    Result<StoredArtifact> storeFile(const QString &path);
    Result<StoredArtifact> storeTree(const QString &dir);
    Result<StoredArtifact> storeBytes(const QByteArray &data);

    /**
     * Copies a file whose hash is already known into the cache (nothing when the object
     * is there). For callers that hash through the HashIndex, so nothing is hashed twice.
     */
    Status putFile(const QString &sourcePath, const QString &hash);
    /** Writes the manifest of a folder whose files are in the cache; entries in any order. */
    Result<StoredArtifact> putTree(QList<TreeEntry> entries);
    /** The canonical manifest of a folder (entries sorted by path): its sha256 is the tree hash. */
    static QByteArray manifestBytes(const QList<TreeEntry> &sortedEntries);

    /** A fresh name for a file written into the cache before its hash is known. */
    QString newTempPath() const;
    /** Moves a file written at newTempPath() in place as object `hash`; drops it if present. */
    Status adoptObject(const QString &tempPath, const QString &hash);

    Result<QList<TreeEntry>> readTree(const QString &hash) const;
    /** The hash of the file at `relativePath` inside a stored folder. */
    Result<QString> fileInTree(const QString &treeHash, const QString &relativePath) const;

    /**
     * Copies an artifact out of the cache: a file to `destination` (a file path), a tree
     * into the folder `destination` (created; existing files with the same names are
     * replaced). The copies are writable; the cache stays untouched.
     */
    Status materialize(const StoredArtifact &artifact, const QString &destination) const;

private:
    Status putObject(const QString &sourcePath, const QString &hash);
    Status putBytes(const QString &target, const QByteArray &data);

    QString m_dir;
};

} // namespace mlops
