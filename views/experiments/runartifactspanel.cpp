// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/experiments/runartifactspanel.h"

#include "core/artifacts/artifactcache.h"
#include "core/common/datasize.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace mlops {

RunArtifactsPanel::RunArtifactsPanel(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(this)), m_openFolder(new QPushButton(tr("Open folder"), this)),
      m_openJob(new QPushButton(tr("Open job folder"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_table->setObjectName(QStringLiteral("artifactsTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Step"), tr("Role"), tr("Name"), tr("Hash"), tr("Size"), tr("Path")});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_openFolder->setToolTip(tr("Open the folder that holds the selected artifact"));
    m_openJob->setToolTip(tr("Open the step's job folder (laid out as SageMaker's /opt/ml)"));
    buttons->addWidget(m_openJob);
    buttons->addWidget(m_openFolder);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RunArtifactsPanel::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const QString folder = folderOf(row);
        if (!folder.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    });
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        const QString folder = folderOf(m_table->currentRow());
        if (!folder.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    });
    connect(m_openJob, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        const QString job = row >= 0 && row < m_entries.size() && !m_entries.at(row).jobDir.isEmpty()
                                ? m_entries.at(row).jobDir
                                : m_jobDir;
        if (m_workspace && !job.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(QDir(m_workspace->root()).absoluteFilePath(job)));
    });
    updateButtons();
}

void RunArtifactsPanel::clear()
{
    m_entries.clear();
    m_jobDir.clear();
    m_table->setRowCount(0);
    updateButtons();
}

int RunArtifactsPanel::artifactCount() const
{
    return int(m_entries.size());
}

void RunArtifactsPanel::setRun(const RunRecord &run)
{
    const int selected = m_table->currentRow();
    m_entries.clear();
    m_jobDir = run.jobDir;
    for (const ArtifactRecord &a : run.artifacts)
        m_entries.append(Entry{run.kind == QStringLiteral("step") ? run.name : QString(), a, run.jobDir});
    for (const RunRecord &child : run.children) {
        for (const ArtifactRecord &a : child.artifacts)
            m_entries.append(Entry{child.name, a, child.jobDir});
    }
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const Entry &e = m_entries.at(row);
        const ArtifactRecord &a = e.artifact;
        auto *hash = new QTableWidgetItem(a.hash.left(12));
        hash->setToolTip(a.hash);
        hash->setFont(QFont(QStringLiteral("monospace")));
        auto *size = new QTableWidgetItem(a.size > 0 || a.kind == QStringLiteral("tree")
                                              ? formatDataSize(a.size)
                                              : QString());
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *path = new QTableWidgetItem(a.path);
        path->setToolTip(a.path);
        QString role = a.role;
        if (a.kind == QStringLiteral("tree"))
            role = tr("%1 (folder)").arg(a.role);
        m_table->setItem(row, 0, new QTableWidgetItem(e.step));
        m_table->setItem(row, 1, new QTableWidgetItem(role));
        m_table->setItem(row, 2, new QTableWidgetItem(a.name));
        m_table->setItem(row, 3, hash);
        m_table->setItem(row, 4, size);
        m_table->setItem(row, 5, path);
    }
    m_table->setColumnHidden(0, run.children.isEmpty());
    m_table->resizeColumnsToContents();
    if (selected >= 0 && selected < m_entries.size())
        m_table->selectRow(selected);
    updateButtons();
}

QString RunArtifactsPanel::folderOf(int row) const
{
    if (!m_workspace || row < 0 || row >= m_entries.size())
        return {};
    const Entry &e = m_entries.at(row);
    const ArtifactRecord &a = e.artifact;
    const QDir root(m_workspace->root());
    auto folder = [](const QString &path) -> QString {
        const QFileInfo info(path);
        if (!info.exists())
            return {};
        return info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    };
    // Where the step left it, then the workspace, then the content-addressed cache.
    if (!a.path.isEmpty() && !a.path.contains(QStringLiteral("${"))) {
        if (!e.jobDir.isEmpty()) {
            if (QString f = folder(QDir(root.absoluteFilePath(e.jobDir)).absoluteFilePath(a.path)); !f.isEmpty())
                return f;
        }
        if (QString f = folder(root.absoluteFilePath(a.path)); !f.isEmpty())
            return f;
    }
    if (!a.hash.isEmpty()) {
        const ArtifactCache cache(m_workspace->cacheDir());
        const QString object = a.kind == QStringLiteral("tree") ? cache.manifestPath(a.hash) : cache.objectPath(a.hash);
        if (QString f = folder(object); !f.isEmpty())
            return f;
    }
    return {};
}

void RunArtifactsPanel::updateButtons()
{
    const int row = m_table->currentRow();
    m_openFolder->setEnabled(!folderOf(row).isEmpty());
    const bool hasJob = (row >= 0 && row < m_entries.size() && !m_entries.at(row).jobDir.isEmpty()) || !m_jobDir.isEmpty();
    m_openJob->setEnabled(hasJob);
}

} // namespace mlops
