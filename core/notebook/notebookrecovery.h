// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/workspace/workspace.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace mlops {

/** A snapshot of unsaved notebook edits, left behind by a studio that did not close cleanly. */
struct RecoverySnapshot
{
    QString path;        ///< the snapshot file
    QDateTime modified;
    QByteArray content;
};

/**
 * Crash recovery for notebooks: while a notebook has unsaved edits the studio keeps a
 * snapshot of it in `.mlops/recovery/<notebook path>` (written atomically, a few seconds
 * after each change). Saving or discarding removes it; if the studio crashes, the next
 * open finds it and offers to restore it.
 */
class NotebookRecovery
{
public:
    NotebookRecovery(Workspace workspace, const QString &notebookPath);

    QString snapshotPath() const { return m_snapshotPath; }

    Status save(const QByteArray &content) const;
    /** Removes the snapshot (after a save, or when the user discards it). */
    void discard() const;
    /** The snapshot, when there is one that differs from the notebook file. */
    std::optional<RecoverySnapshot> find() const;

private:
    QString m_notebookPath;
    QString m_snapshotPath;
};

} // namespace mlops
