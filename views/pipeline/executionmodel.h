// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/pipeline/pipelineexecution.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>

class QTimer;

namespace mlops {

/**
 * The steps of one execution as a table: status, duration (ticking while running),
 * cache hit, attempt and the failure, skip or condition note.
 */
class ExecutionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Step, Status, Duration, Cache, Attempt, Note, ColumnCount };

    explicit ExecutionModel(QObject *parent = nullptr);

    void setSteps(const QList<StepEvent> &steps);
    void updateStep(const StepEvent &event);
    void clear();
    StepEvent step(int row) const { return m_steps.value(row); }
    int rowOf(const QString &step) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    qint64 durationOf(int row) const;

    QList<StepEvent> m_steps;
    QHash<QString, QElapsedTimer> m_since;
    QTimer *m_tick;
};

} // namespace mlops
