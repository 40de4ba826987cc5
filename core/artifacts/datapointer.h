// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/artifacts/artifactcache.h"
#include "core/common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace mlops {

/**
 * A pointer file `PATH.mlops`: the small, git-tracked stand-in for versioned data at
 * PATH (a file or a folder) whose content lives in the workspace's cache. It holds the
 * content hash and size and, for a folder, every file with its hash and size, so a
 * checkout can restore exactly this version and `data status` can say which files
 * changed. YAML, written in one canonical form so the git diff of a new version shows
 * just what changed:
 *
 * @code
 * # MLOps Studio data pointer (mlops data add). The data is in .mlops/cache, not in git;
 * # restore it with: mlops data checkout data/images
 * mlops-data: 1
 * path: images
 * kind: folder
 * hash: 5be0…          # sha256 of the file, or of the folder's manifest
 * size: 123456         # bytes
 * files: 2
 * entries:
 *   - {path: a.png, hash: 0f1e…, size: 100000}
 *   - {path: run.sh, hash: 9a8b…, size: 23456, executable: true}
 * @endcode
 */
struct DataPointer
{
    QString path;        ///< the data's name, next to the pointer (the pointer's name minus ".mlops")
    bool folder = false;
    QString hash;
    qint64 size = 0;
    QList<TreeEntry> entries;   ///< folders only, sorted by path

    /** The pointer file's suffix. */
    static QString suffix() { return QStringLiteral(".mlops"); }
    static bool isPointerFile(const QString &path) { return path.endsWith(suffix()); }

    /** The content as the cache knows it. */
    StoredArtifact artifact() const;
    static DataPointer fromContent(const QString &name, const StoredArtifact &artifact,
                                   const QList<TreeEntry> &entries);

    /** The canonical YAML text; `shownPath` (workspace-relative) goes into the comment. */
    QByteArray toYaml(const QString &shownPath) const;
    /**
     * Parses a pointer file. Bad input — not YAML, unknown keys, a missing or malformed
     * hash, a negative size, an entry path with `..` or an absolute path — is a BadInput
     * error naming the file, line and column.
     */
    static Result<DataPointer> parse(const QString &file, const QByteArray &text);
    /** Reads and parses a pointer file; checks that it names the data next to it. */
    static Result<DataPointer> load(const QString &pointerFile);

private:
    /** `canonical`: the entries, already read from their canonical lines (not in `text`). */
    static Result<DataPointer> parse(const QString &file, const QByteArray &text,
                                     std::optional<QList<TreeEntry>> canonical, qint64 canonicalTotal);
};

} // namespace mlops
