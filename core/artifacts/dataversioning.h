// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/artifacts/artifactcache.h"
#include "core/artifacts/contentscanner.h"
#include "core/artifacts/datapointer.h"
#include "core/artifacts/hashindex.h"
#include "core/common/result.h"
#include "core/governance/governancecontext.h"
#include "core/workspace/workspace.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mlops {

class Database;

/** What `data add` did to one path. */
struct DataAddResult
{
    QString path;            ///< workspace-relative
    DataPointer pointer;
    QString previousHash;    ///< the version the pointer named before; empty for new data
    bool changed = false;    ///< a new pointer or a new version (audited)
    bool untracked = false;  ///< git tracked the data itself; it was removed from the index
    bool ignoreAdded = false;
    int hashedFiles = 0;
    int unchangedFiles = 0;
};

/** How versioned data on disk compares with its pointer. */
enum class DataState { Unchanged, Modified, Missing, Unreadable };

/** `data status` of one versioned path. */
struct DataStatus
{
    QString path;            ///< workspace-relative
    DataPointer pointer;
    DataState state = DataState::Unchanged;
    bool inCache = true;     ///< the pointer's content is in the cache, so checkout can restore it
    QStringList notInCache;  ///< files of the pointer's version missing from the cache, with their hash (`a.csv (0f1e2d3c4b5a)`)
    QString currentHash;     ///< of the data as it is (empty when missing)
    bool currentInCache = false; ///< modified: the data as it is now is a version in the cache (a folder as a whole, not only its files' bytes)
    bool kindChanged = false; ///< modified: a file where the pointer has a folder, or a folder where it has a file
    QString problem;         ///< unreadable: why (a broken pointer, a symbolic link out of the folder…)
    QStringList added;       ///< folders: files that are new on disk (relative to the folder)
    QStringList removed;     ///< folders: files of the pointer that are gone
    QStringList modified;    ///< folders: files whose content changed

    static QString stateName(DataState state);
};

/** What `data checkout` did to one path. */
struct DataCheckoutResult
{
    QString path;
    bool restored = false;   ///< false: it was already as the pointer says
    int restoredFiles = 0;
    qint64 restoredBytes = 0;
    int removedFiles = 0;    ///< files not in the pointer's folder, removed (with force)
};

/**
 * Data versioning (DESIGN.md §3): large files and folders tracked by pointer files that
 * git tracks, with the content in the workspace's cache — `mlops data add|status|checkout`
 * and the studio's equivalents. Hashes through the HashIndex (unchanged files are never
 * re-read) and the ContentScanner (folders in parallel).
 *
 * `add` writes the pointer, puts the data in the cache, adds it to .gitignore, removes
 * it from git's index if git tracked it, stages the pointer and .gitignore, and appends
 * `data.add` to the audit log when a version is new. Concurrent adds (other processes
 * too) take turns through a lock file under .mlops/locks, and a failed add puts the
 * pointers and .gitignore back as they were. Blocking; one instance per thread.
 */
class DataVersioning
{
public:
    /** `actor` is who `add` audits; by default the workspace's git identity. */
    DataVersioning(Workspace workspace, Database &db, GovernanceContext actor = {});

    /**
     * The workspace-relative data path for a user's argument (absolute, or relative to
     * `currentDir`); a pointer file's name stands for its data, and "." for the workspace
     * itself (which status and checkout take as all of its data, and add refuses).
     * BadInput outside the workspace.
     */
    Result<QString> normalize(const QString &argument, const QString &currentDir) const;

    Result<QList<DataAddResult>> add(const QStringList &paths);
    /**
     * Every versioned path when `paths` is empty; a path that is a folder holding
     * versioned data (not versioned itself) stands for the versioned data in it, as in
     * `mlops data status data/`.
     */
    Result<QList<DataStatus>> status(const QStringList &paths = {});
    /**
     * Restores data from the cache as its pointer says (the paths as status() takes
     * them). Modified data is only replaced with `force`; without it the call is a
     * BadInput error naming it, and changes nothing.
     */
    Result<QList<DataCheckoutResult>> checkout(const QStringList &paths = {}, bool force = false);

    /** Workspace-relative paths of every versioned file or folder (by their pointers), sorted. */
    QStringList versionedPaths() const;
    /** The versioned folder `path` (workspace-relative) is inside, or an empty string. */
    QString versionedFolderOf(const QString &path) const;
    /** The pointer of `path` (workspace-relative), or nothing when it is not versioned. */
    Result<std::optional<DataPointer>> pointerOf(const QString &path) const;
    /** Hashes `path` (workspace-relative) as it is on disk now, through the index. */
    Result<ScannedContent> hashNow(const QString &path);

    /**
     * What a pipeline reads when an input names `path` (workspace-relative), by content.
     * Versioned data counts by its pointer's hash: when it is not checked out the run
     * gets it from the cache; when it is, it must match the pointer (a BadInput error
     * says to add or check out the change). Other files and folders are hashed (through
     * the index) and stored in the cache.
     */
    Result<StoredArtifact> inputArtifact(const QString &path);

    ArtifactCache &cache() { return m_cache; }

private:
    Status checkAddable(const QString &path) const;
    /** The versioned paths `paths` stand for (see status()); BadInput for a folder without any. */
    Result<QStringList> expandTargets(const QStringList &paths) const;
    Status checkAddableTogether(const QStringList &paths) const;
    Result<DataAddResult> scanForAdd(const QString &path);
    /** Writes pointers, .gitignore and git's index for `results`; puts them back as they were on failure. */
    Status record(QList<DataAddResult> &results);
    Result<DataStatus> statusOf(const QString &path);
    Result<DataCheckoutResult> restore(const DataStatus &status);
    /**
     * The files of `pointer`'s version whose objects the cache lacks, each as its path
     * (the data's path for a file, path/file for a folder) and hash prefix. A folder is
     * restored from its pointer's entries, so its manifest in the cache does not count.
     */
    QStringList missingObjects(const QString &path, const DataPointer &pointer) const;
    Status updateGit(QList<DataAddResult> &results);

    Workspace m_workspace;
    Database &m_db;
    GovernanceContext m_actor;
    ArtifactCache m_cache;
    HashIndex m_index;
};

} // namespace mlops
