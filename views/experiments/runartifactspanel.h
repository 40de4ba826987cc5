// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/tracking/runrecord.h"
#include "core/workspace/workspace.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace mlops {

/**
 * The artifacts of a run (and of its step runs): role, name, content hash, size and
 * path, with buttons that open the folder holding one (in the workspace, the step's job
 * folder or the artifact cache) and the step's job folder.
 */
class RunArtifactsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RunArtifactsPanel(QWidget *parent = nullptr);

    void setWorkspace(const Workspace &workspace) { m_workspace = workspace; }
    void setRun(const RunRecord &run);
    void clear();

    int artifactCount() const;
    /** The folder "Open folder" opens for row `row` (empty when it is nowhere on disk). */
    QString folderOf(int row) const;

private:
    struct Entry
    {
        QString step;
        ArtifactRecord artifact;
        QString jobDir;
    };

    void updateButtons();

    std::optional<Workspace> m_workspace;
    QList<Entry> m_entries;
    QString m_jobDir;
    QTableWidget *m_table;
    QPushButton *m_openFolder;
    QPushButton *m_openJob;
};

} // namespace mlops
