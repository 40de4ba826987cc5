// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/executionmodel.h"

#include "core/common/duration.h"
#include "views/pipeline/steptypestyle.h"

#include <QIcon>
#include <QTimer>

namespace mlops {

ExecutionModel::ExecutionModel(QObject *parent) : QAbstractTableModel(parent), m_tick(new QTimer(this))
{
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        for (int row = 0; row < m_steps.size(); ++row) {
            if (m_steps.at(row).status == RunStatus::Running)
                emit dataChanged(index(row, Duration), index(row, Duration));
        }
        if (m_since.isEmpty())
            m_tick->stop();
    });
}

void ExecutionModel::setSteps(const QList<StepEvent> &steps)
{
    beginResetModel();
    m_steps = steps;
    m_since.clear();
    for (const StepEvent &e : steps) {
        if (e.status == RunStatus::Running) {
            m_since[e.step].start();
            m_tick->start();
        }
    }
    endResetModel();
}

void ExecutionModel::clear()
{
    setSteps({});
}

int ExecutionModel::rowOf(const QString &step) const
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).step == step)
            return i;
    }
    return -1;
}

void ExecutionModel::updateStep(const StepEvent &event)
{
    const int row = rowOf(event.step);
    if (row < 0) {
        beginInsertRows({}, int(m_steps.size()), int(m_steps.size()));
        m_steps.append(event);
        endInsertRows();
    } else {
        m_steps[row] = event;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (event.status == RunStatus::Running) {
        m_since[event.step].start();
        m_tick->start();
    } else {
        m_since.remove(event.step);
    }
}

qint64 ExecutionModel::durationOf(int row) const
{
    const StepEvent &e = m_steps.at(row);
    if (e.status == RunStatus::Running && m_since.contains(e.step))
        return std::max<qint64>(0, e.durationMs) + m_since.value(e.step).elapsed();
    return e.durationMs;
}

int ExecutionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int ExecutionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExecutionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_steps.size())
        return {};
    const StepEvent &e = m_steps.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Step: return e.step;
        case Status: return steptypestyle::statusText(e.status, e.cached);
        case Duration: {
            const qint64 ms = durationOf(index.row());
            return e.status == RunStatus::Pending || e.status == RunStatus::Skipped || ms < 0 ? QStringLiteral("–")
                                                                                              : formatDuration(ms);
        }
        case Cache: return e.cached ? tr("hit") : QString();
        case Attempt: return e.attempt > 0 ? QString::number(e.attempt) : QString();
        case Note: return e.reason;
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Status)
        return steptypestyle::statusColor(e.status, e.cached);
    if (role == Qt::DecorationRole && index.column() == Step)
        return steptypestyle::icon(e.type);
    if (role == Qt::ToolTipRole && (index.column() == Note || index.column() == Step || index.column() == Status)
        && !e.reason.isEmpty())
        return e.reason;   // the note in full, wherever the row is pointed at
    if (role == Qt::ToolTipRole && index.column() == Cache && e.cached)
        return tr("Results reused from run %1").arg(e.cachedFrom);
    if (role == Qt::UserRole)
        return e.step;
    return {};
}

QVariant ExecutionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Step: return tr("Step");
    case Status: return tr("Status");
    case Duration: return tr("Duration");
    case Cache: return tr("Cache");
    case Attempt: return tr("Try");
    case Note: return tr("Note");
    default: return {};
    }
}

} // namespace mlops
