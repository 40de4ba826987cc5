// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/pipelinelistmodel.h"

#include "core/pipeline/pipelinevalidator.h"
#include "views/common/theme.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace mlops {

namespace {

QIcon marker(bool valid)
{
    static QIcon icons[2];
    QIcon &icon = icons[valid ? 1 : 0];
    if (icon.isNull()) {
        QPixmap pixmap(32, 32);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(valid ? theme::success() : theme::danger());
        p.drawEllipse(QRectF(4, 4, 24, 24));
        p.setPen(QPen(Qt::white, 3.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        if (valid) {
            p.drawPolyline(QPolygonF{QPointF(10, 16.5), QPointF(14.5, 21), QPointF(22, 11.5)});
        } else {
            p.drawLine(QPointF(11.5, 11.5), QPointF(20.5, 20.5));
            p.drawLine(QPointF(20.5, 11.5), QPointF(11.5, 20.5));
        }
        icon = QIcon(pixmap);
    }
    return icon;
}

} // namespace

PipelineListModel::PipelineListModel(QObject *parent) : QAbstractListModel(parent) {}

QList<PipelineEntry> PipelineListModel::scan(const Workspace &workspace)
{
    QList<PipelineEntry> entries;
    ValidationOptions options;
    options.workspaceRoot = workspace.root();
    for (const QString &file : workspace.pipelineFiles()) {
        const LoadedPipeline loaded = loadAndValidate(workspace.path(file), file, options);
        PipelineEntry e;
        e.file = file;
        e.name = loaded.parsed ? loaded.spec.name : file;
        e.description = loaded.spec.description;
        e.steps = int(loaded.spec.steps.size());
        for (const Diagnostic &d : loaded.diagnostics) {
            (d.isError() ? e.errors : e.warnings) += 1;
            if (e.firstProblem.isEmpty() && d.isError())
                e.firstProblem = d.toString();
        }
        entries.append(e);
    }
    return entries;
}

void PipelineListModel::setEntries(const QList<PipelineEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int PipelineListModel::rowOf(const QString &file) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).file == file)
            return i;
    }
    return -1;
}

int PipelineListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant PipelineListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const PipelineEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.isValid() ? tr("%1\n%n step(s)", nullptr, e.steps).arg(e.name)
                           : tr("%1\n%n error(s)", nullptr, e.errors).arg(e.name);
    case Qt::DecorationRole: return marker(e.isValid());
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b><br>%2").arg(e.file.toHtmlEscaped(), e.description.toHtmlEscaped());
        if (!e.isValid())
            tip += QStringLiteral("<br><span style='color:#fca5a5'>%1</span>").arg(e.firstProblem.toHtmlEscaped());
        return tip;
    }
    case FileRole: return e.file;
    case ValidRole: return e.isValid();
    default: return {};
    }
}

} // namespace mlops
