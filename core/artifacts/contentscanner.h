// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/artifacts/artifactcache.h"
#include "core/common/result.h"

#include <QList>
#include <QString>

namespace mlops {

class HashIndex;

/** A file or folder as hashed: its artifact, and for a folder every file in it. */
struct ScannedContent
{
    StoredArtifact artifact;
    QList<TreeEntry> entries;   ///< folders only: every file, sorted by path
    int hashedFiles = 0;        ///< files whose content was read
    int unchangedFiles = 0;     ///< files whose hash the index vouched for (not read)
};

/**
 * Hashes files and folders the way the ArtifactCache names them (the same file and
 * tree hashes), fast: files the HashIndex knows as unchanged are not read, the files of
 * a folder are hashed in parallel (QtConcurrent), and a single large file is copied into
 * the cache while it is being hashed, so adding it costs about one read, not two.
 */
class ContentScanner
{
public:
    /** `index` may be null (then everything is hashed); `cache` is needed to store. */
    ContentScanner(ArtifactCache *cache, HashIndex *index) : m_cache(cache), m_index(index) {}

    /**
     * Versioned data (`data add`) records regular files only: with `refuseLinks` a folder
     * holding symbolic links is refused, with `refuseEmptyFolders` one holding empty
     * folders, or empty itself, too — each with a BadInput error naming them, rather than
     * dropping them or storing a link as a copy of its target.
     */
    void setRefuseLinks(bool refuse) { m_refuseLinks = refuse; }
    void setRefuseEmptyFolders(bool refuse) { m_refuseEmptyFolders = refuse; }
    void setStrict(bool strict) { m_refuseLinks = m_refuseEmptyFolders = strict; }

    /** Hashes a file or folder; with `store`, also puts its content into the cache. */
    Result<ScannedContent> scan(const QString &path, bool store);

private:
    Result<ScannedContent> scanFile(const QString &path, bool store);
    Result<ScannedContent> scanTree(const QString &path, bool store);

    ArtifactCache *m_cache;
    HashIndex *m_index;
    bool m_refuseLinks = false;
    bool m_refuseEmptyFolders = false;
};

} // namespace mlops
