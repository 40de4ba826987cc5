// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/notebook/notebookrecovery.h"

#include "core/common/fileutil.h"

#include <QFile>
#include <QFileInfo>

namespace mlops {

NotebookRecovery::NotebookRecovery(Workspace workspace, const QString &notebookPath)
    : m_notebookPath(QFileInfo(notebookPath).absoluteFilePath())
{
    QString relative = workspace.relativePath(m_notebookPath);
    if (!isSafeRelativePath(relative))
        relative = QStringLiteral("outside/") + QFileInfo(m_notebookPath).fileName();
    m_snapshotPath = workspace.path(QStringLiteral(".mlops/recovery/") + relative);
}

Status NotebookRecovery::save(const QByteArray &content) const
{
    return writeFileAtomically(m_snapshotPath, content);
}

void NotebookRecovery::discard() const
{
    QFile::remove(m_snapshotPath);
}

std::optional<RecoverySnapshot> NotebookRecovery::find() const
{
    QFile file(m_snapshotPath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    RecoverySnapshot snapshot{m_snapshotPath, QFileInfo(m_snapshotPath).lastModified(), file.readAll()};
    QFile original(m_notebookPath);
    if (original.open(QIODevice::ReadOnly) && original.readAll() == snapshot.content) {
        discard();
        return std::nullopt;
    }
    return snapshot;
}

} // namespace mlops
