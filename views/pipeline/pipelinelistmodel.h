// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/workspace/workspace.h"

#include <QAbstractListModel>

namespace mlops {

/** A pipeline file of the workspace and what validation says about it. */
struct PipelineEntry
{
    QString file;       ///< workspace-relative
    QString name;
    QString description;
    int steps = 0;
    int errors = 0;
    int warnings = 0;
    QString firstProblem;

    bool isValid() const { return errors == 0; }
};

/**
 * The workspace's pipelines with validity markers. scan() is the blocking part (it
 * loads and validates every file); the screen runs it off the GUI thread.
 */
class PipelineListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { FileRole = Qt::UserRole, ValidRole };

    explicit PipelineListModel(QObject *parent = nullptr);

    static QList<PipelineEntry> scan(const Workspace &workspace);

    void setEntries(const QList<PipelineEntry> &entries);
    const QList<PipelineEntry> &entries() const { return m_entries; }
    int rowOf(const QString &file) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<PipelineEntry> m_entries;
};

} // namespace mlops
