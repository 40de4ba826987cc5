// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/tracking/rundetails.h"

#include "core/artifacts/artifactcache.h"
#include "core/store/database.h"
#include "core/tracking/runstore.h"
#include "core/workspace/workspace.h"

#include <QCoreApplication>
#include <QFile>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::RunDetails)
};

constexpr qint64 kMaxDiffBytes = 2 * 1024 * 1024;

const ArtifactRecord *findDiff(const RunRecord &run)
{
    for (const ArtifactRecord &a : run.artifacts) {
        if (a.role == QStringLiteral("diff"))
            return &a;
    }
    return nullptr;
}

} // namespace

Result<RunDetails> loadRunDetails(Database &db, const Workspace &workspace, qint64 rowId)
{
    RunStore store(db);
    Result<RunRecord> run = store.get(rowId, true);
    if (!run)
        return run.error();
    RunDetails details;
    details.run = *run;
    const ArtifactRecord *diff = findDiff(details.run);
    RunRecord parent;
    if (details.run.parentId) {
        Result<RunRecord> p = store.get(details.run.parentId, false);
        if (p) {
            parent = *p;
            details.parentRowId = parent.id;
            details.parentUuid = parent.uuid;
            details.parentName = parent.name;
            if (!diff && details.run.gitDirty && store.loadDetails(parent))
                diff = findDiff(parent);
        }
    }
    if (diff && !diff->hash.isEmpty()) {
        QFile file(ArtifactCache(workspace.cacheDir()).objectPath(diff->hash));
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = file.read(kMaxDiffBytes);
            details.diffTruncated = !file.atEnd();
            details.diff = QString::fromUtf8(bytes);
        } else {
            details.diffError = Text::tr("the recorded diff %1 is not in the artifact cache any more")
                                    .arg(diff->hash.left(12));
        }
    }
    return details;
}

LogChunk readLogChunk(const QString &path, qint64 offset, qint64 maxBytes, bool wholeLinesOnly)
{
    LogChunk chunk;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        chunk.offset = std::max<qint64>(offset, 0);
        return chunk;
    }
    chunk.exists = true;
    const qint64 size = file.size();
    qint64 start = offset;
    if (start < 0 || start > size) {  // the end of the file; or it was truncated: start over
        start = std::max<qint64>(0, size - maxBytes);
        chunk.skippedStart = start > 0;
    }
    if (!file.seek(start)) {
        chunk.offset = start;
        return chunk;
    }
    QByteArray bytes = file.read(std::min(maxBytes, size - start));
    qint64 used = bytes.size();
    if (chunk.skippedStart) {
        // Begin at a line start, never inside a UTF-8 sequence.
        const qsizetype newline = bytes.indexOf('\n');
        if (newline >= 0 && newline + 1 < bytes.size())
            bytes.remove(0, newline + 1);
    }
    if (wholeLinesOnly) {
        const qsizetype last = bytes.lastIndexOf('\n');
        if (last < 0 && bytes.size() < maxBytes) {
            used -= bytes.size();
            bytes.clear();
        } else if (last >= 0 && last + 1 < bytes.size()) {
            used -= bytes.size() - (last + 1);
            bytes.truncate(last + 1);
        }
    }
    chunk.text = QString::fromUtf8(bytes);
    chunk.offset = start + used;
    return chunk;
}

} // namespace mlops
