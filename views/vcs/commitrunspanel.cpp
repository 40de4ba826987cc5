// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/vcs/commitrunspanel.h"

#include "views/common/statusbadge.h"
#include "views/common/theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mlops {

namespace {

constexpr int kRunRole = Qt::UserRole + 1;

QString number(const std::optional<double> &v)
{
    return v ? QLocale().toString(*v, 'g', 6) : QStringLiteral("–");
}

QString metricsSummary(const QMap<QString, double> &metrics)
{
    QStringList parts;
    for (auto it = metrics.cbegin(); it != metrics.cend() && parts.size() < 4; ++it)
        parts.append(it.key() + QLatin1Char('=') + QLocale().toString(it.value(), 'g', 4));
    return parts.join(QStringLiteral("  "));
}

} // namespace

CommitRunsPanel::CommitRunsPanel(QWidget *parent)
    : QWidget(parent), m_content(new QWidget(this)), m_placeholder(new QLabel(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 10, 12, 10);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setProperty("role", QStringLiteral("muted"));
    outer->addWidget(m_placeholder, 1);
    outer->addWidget(m_content, 1);

    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_summary = new QLabel(m_content);
    m_summary->setObjectName(QStringLiteral("commitSummary"));
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("font-size: 12pt; font-weight: 600;"));
    layout->addWidget(m_summary);
    m_meta = new QLabel(m_content);
    m_meta->setProperty("role", QStringLiteral("muted"));
    m_meta->setWordWrap(true);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_meta);

    m_runs = new QTreeWidget(m_content);
    m_runs->setObjectName(QStringLiteral("commitRuns"));
    m_runs->setHeaderLabels({tr("Run"), tr("Pipeline or notebook"), tr("Status"), tr("Started"), tr("Metrics")});
    m_runs->setRootIsDecorated(false);
    m_runs->setUniformRowHeights(true);
    // Id, status and start time always show in full; the pipeline's name takes up to
    // 180 px and the metrics the rest (both elided, in full in their tooltips).
    m_runs->header()->setStretchLastSection(true);
    m_runs->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_runs->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_runs->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_runs->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_runs, 2);

    auto *buttons = new QHBoxLayout;
    m_reproduce = new QPushButton(tr("Reproduce run"), m_content);
    m_reproduce->setObjectName(QStringLiteral("reproduceButton"));
    m_reproduce->setProperty("role", QStringLiteral("primary"));
    m_cancel = new QPushButton(tr("Cancel"), m_content);
    m_cancel->setObjectName(QStringLiteral("cancelReproduceButton"));
    m_cancel->setToolTip(tr("Stop the reproduction and remove its worktree"));
    m_cancel->hide();
    m_lineage = new QPushButton(tr("Show lineage"), m_content);
    buttons->addWidget(m_reproduce);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_lineage);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_reproductionTitle = new QLabel(tr("Reproduction"), m_content);
    m_reproductionTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    layout->addWidget(m_reproductionTitle);
    m_progress = new QPlainTextEdit(m_content);
    m_progress->setObjectName(QStringLiteral("reproduceProgress"));
    m_progress->setReadOnly(true);
    m_progress->setMaximumHeight(86);
    m_progress->setPlaceholderText(tr("Select a pipeline run and press Reproduce run."));
    layout->addWidget(m_progress);
    m_comparison = new QTreeWidget(m_content);
    m_comparison->setObjectName(QStringLiteral("reproduceComparison"));
    m_comparison->setHeaderLabels({tr("Step / metric or data"), tr("Original"), tr("Reproduced"), QString()});
    m_comparison->setRootIsDecorated(true);
    m_comparison->setUniformRowHeights(true);
    m_comparison->header()->resizeSection(0, m_comparison->fontMetrics().horizontalAdvance(
                                                  m_comparison->headerItem()->text(0)) + 28);
    layout->addWidget(m_comparison, 2);
    m_verdict = new QLabel(m_content);
    m_verdict->setObjectName(QStringLiteral("reproduceVerdict"));
    m_verdict->setWordWrap(true);
    layout->addWidget(m_verdict);

    connect(m_runs, &QTreeWidget::currentItemChanged, this, &CommitRunsPanel::updateButtons);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        appendProgress(tr("Cancelling…"));
        emit cancelRequested();
    });
    connect(m_reproduce, &QPushButton::clicked, this, [this] {
        if (!selectedRun().isEmpty())
            emit reproduceRequested(selectedRun());
    });
    connect(m_lineage, &QPushButton::clicked, this, [this] {
        if (!selectedRun().isEmpty())
            emit lineageRequested(selectedRun());
    });
    showPlaceholder(tr("Select a commit to see the runs recorded at it."));
}

void CommitRunsPanel::showPlaceholder(const QString &text)
{
    m_placeholder->setText(text);
    m_placeholder->show();
    m_content->hide();
}

void CommitRunsPanel::showCommit(const GitCommit &commit, const QList<CommitRun> &runs)
{
    m_placeholder->hide();
    m_content->show();
    m_summary->setText(commit.summary);
    m_meta->setText(tr("%1 · %2 · %3").arg(commit.sha, commit.authorName,
                                          QLocale().toString(commit.time.toLocalTime(), QLocale::ShortFormat)));
    const QString keep = selectedRun();
    m_runs->clear();
    QStringList ids;
    for (const CommitRun &run : runs) {
        auto *item = new QTreeWidgetItem(m_runs, {run.uuid.left(8), run.name + (run.dirty ? tr(" (uncommitted changes)") : QString()),
                                                  runStatusDisplayName(run.status),
                                                  run.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), QString()});
        item->setToolTip(1, item->text(1));
        item->setToolTip(3, QLocale().toString(run.created.toLocalTime(), QLocale::LongFormat));
        item->setIcon(2, StatusBadge::dotIcon(runStatusName(run.status)));
        item->setData(0, kRunRole, run.uuid);
        item->setData(1, kRunRole, run.kind);
        item->setToolTip(0, run.uuid);
        ids.append(run.uuid);
        if (run.uuid == keep)
            m_runs->setCurrentItem(item);
    }
    if (!m_runs->currentItem() && m_runs->topLevelItemCount() > 0)
        m_runs->setCurrentItem(m_runs->topLevelItem(0));
    m_runs->resizeColumnToContents(1);
    m_runs->setColumnWidth(1, std::min(m_runs->columnWidth(1), 180));
    updateButtons();
    if (runs.isEmpty())
        m_runs->setHeaderHidden(false);
    if (!ids.isEmpty())
        emit metricsWanted(ids);
}

void CommitRunsPanel::updateButtons()
{
    const QTreeWidgetItem *current = m_runs->currentItem();
    const bool pipeline = current && current->data(1, kRunRole).toString() == QStringLiteral("pipeline");
    m_reproduce->setEnabled(pipeline && !m_busy);
    if (current && !pipeline)
        m_reproduce->setToolTip(tr("Only pipeline executions can be reproduced; this is a %1 run")
                                    .arg(current->data(1, kRunRole).toString()));
    else
        m_reproduce->setToolTip(tr("Run it again in a git worktree at this commit, with the same parameters and "
                                   "data, and compare the metrics"));
    m_lineage->setEnabled(current != nullptr);
}

void CommitRunsPanel::setMetrics(const QHash<QString, QMap<QString, double>> &metrics)
{
    for (int i = 0; i < m_runs->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_runs->topLevelItem(i);
        const QString id = item->data(0, kRunRole).toString();
        if (metrics.contains(id)) {
            item->setText(4, metricsSummary(metrics.value(id)));
            item->setToolTip(4, metricsSummary(metrics.value(id)));
        }
    }
}

QString CommitRunsPanel::selectedRun() const
{
    return m_runs->currentItem() ? m_runs->currentItem()->data(0, kRunRole).toString() : QString();
}

bool CommitRunsPanel::selectRun(const QString &uuid)
{
    for (int i = 0; i < m_runs->topLevelItemCount(); ++i) {
        if (m_runs->topLevelItem(i)->data(0, kRunRole).toString() == uuid) {
            m_runs->setCurrentItem(m_runs->topLevelItem(i));
            return true;
        }
    }
    return false;
}

void CommitRunsPanel::setReproducing(bool busy)
{
    m_busy = busy;
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(busy);
    updateButtons();
    if (busy) {
        // Nothing of the previous reproduction stays to be mistaken for this one's.
        m_reproductionTitle->setText(tr("Reproduction"));
        m_progress->clear();
        m_comparison->clear();
        m_verdict->clear();
    }
}

void CommitRunsPanel::appendProgress(const QString &line)
{
    m_progress->appendPlainText(line);
}

QString CommitRunsPanel::verdict() const
{
    return m_verdict->text();
}

QString CommitRunsPanel::reproductionTitle() const
{
    return m_reproductionTitle->text();
}

void CommitRunsPanel::showReproductionError(const QString &message)
{
    m_verdict->setStyleSheet(QStringLiteral("color: %1;").arg(theme::danger().name()));
    m_verdict->setText(tr("Could not reproduce the run: %1").arg(message));
}

void CommitRunsPanel::showReproduction(const Reproduction &r)
{
    m_comparison->clear();
    // A run made with uncommitted changes ran again at its commit with those changes applied.
    m_reproductionTitle->setText(r.appliedDiff ? tr("Reproduction of %1 as %2, at commit %3 with the run's uncommitted "
                                                    "changes")
                                                     .arg(r.original.uuid.left(8), r.reproduced.uuid.left(8), r.commit.left(8))
                                               : tr("Reproduction of %1 as %2, at commit %3")
                                                     .arg(r.original.uuid.left(8), r.reproduced.uuid.left(8), r.commit.left(8)));
    const QColor same = theme::success();
    const QColor different = theme::danger();
    if (!r.data.isEmpty()) {
        auto *group = new QTreeWidgetItem(m_comparison, {tr("Data")});
        for (const DataComparison &d : r.data) {
            const bool equal = d.originalHash == d.reproducedHash;
            auto *item = new QTreeWidgetItem(group, {d.path, d.originalHash.left(12),
                                                     d.reproducedHash.isEmpty() ? QStringLiteral("–") : d.reproducedHash.left(12),
                                                     equal ? tr("same") : tr("different")});
            item->setForeground(3, equal ? same : different);
        }
        group->setExpanded(true);
    }
    QString currentStep = QStringLiteral("\x01");
    QTreeWidgetItem *group = nullptr;
    for (const MetricComparison &m : r.metrics) {
        if (m.step != currentStep) {
            currentStep = m.step;
            group = new QTreeWidgetItem(m_comparison, {m.step.isEmpty() ? tr("Pipeline") : m.step});
            group->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(group, {m.metric, number(m.original), number(m.reproduced),
                                                 m.same() ? tr("same") : tr("different")});
        item->setForeground(3, m.same() ? same : different);
    }
    for (int c = 0; c < 4; ++c)
        m_comparison->resizeColumnToContents(c);
    const QString status = runStatusDisplayName(r.reproduced.status);
    if (!r.succeeded()) {
        m_verdict->setStyleSheet(QStringLiteral("color: %1;").arg(different.name()));
        m_verdict->setText(tr("The reproduction ended %1: %2").arg(status, r.reproduced.failureReason));
    } else if (r.identical()) {
        m_verdict->setStyleSheet(QStringLiteral("color: %1;").arg(same.name()));
        m_verdict->setText(r.appliedDiff ? tr("Reproduced: the same data and the same metrics, at commit %1 with the "
                                              "run's uncommitted changes applied.")
                                               .arg(r.commit.left(8))
                                         : tr("Reproduced: the same data and the same metrics, at commit %1.")
                                               .arg(r.commit.left(8)));
    } else {
        m_verdict->setStyleSheet(QStringLiteral("color: %1;").arg(theme::warning().name()));
        m_verdict->setText(tr("The reproduction ran, but some data or metrics differ (marked above)."));
    }
}

} // namespace mlops
