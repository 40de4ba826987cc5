// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/experiments/rundetailsview.h"

#include "core/common/duration.h"
#include "core/store/database.h"
#include "views/common/async.h"
#include "views/common/diffhighlighter.h"
#include "views/common/theme.h"
#include "views/experiments/metricchartgrid.h"
#include "views/experiments/runartifactspanel.h"
#include "views/experiments/runlogpanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStackedLayout>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mlops {

namespace {

QTableWidget *makeTable(const QStringList &headers, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

QWidget *titled(const QString &title, QWidget *content, QWidget *parent, QLabel **titleLabel = nullptr)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *label = new QLabel(title, box);
    label->setObjectName(QStringLiteral("cardTitle"));
    layout->addWidget(label);
    layout->addWidget(content, 1);
    if (titleLabel)
        *titleLabel = label;
    return box;
}

QString kindText(const RunRecord &run)
{
    if (run.kind == QStringLiteral("pipeline"))
        return RunDetailsView::tr("pipeline execution");
    if (run.kind == QStringLiteral("notebook"))
        return RunDetailsView::tr("notebook run");
    if (run.kind == QStringLiteral("step"))
        return run.stepType.isEmpty() ? RunDetailsView::tr("step run") : RunDetailsView::tr("%1 step").arg(run.stepType);
    return run.kind;
}

QString statusStyle(RunStatus status)
{
    const QColor c = theme::statusColor(runStatusName(status));
    return QStringLiteral("QLabel { color: %1; background: rgba(%2, %3, %4, 36); border-radius: 10px;"
                          " padding: 2px 10px; font-weight: 600; }")
        .arg(c.darker(110).name())
        .arg(c.red())
        .arg(c.green())
        .arg(c.blue());
}

QTableWidgetItem *item(const QString &text, const QString &tooltip = {})
{
    auto *i = new QTableWidgetItem(text);
    if (!tooltip.isEmpty())
        i->setToolTip(tooltip);
    return i;
}

QString runLink(qint64 rowId, const QString &text)
{
    return QStringLiteral("<a href=\"run:%1\">%2</a>").arg(rowId).arg(text.toHtmlEscaped());
}

} // namespace

RunDetailsView::RunDetailsView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("runDetails"));
    auto *stack = new QStackedLayout(this);
    m_placeholder = new QLabel(tr("Select a run to see its details, or several runs to compare them."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setProperty("role", QStringLiteral("muted"));
    m_placeholder->setWordWrap(true);
    stack->addWidget(m_placeholder);

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(6);
    auto *header = new QHBoxLayout;
    header->setSpacing(10);
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("runTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: 600; color: #111827;"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("runStatus"));
    header->addWidget(m_title);
    header->addWidget(m_status);
    header->addStretch(1);
    layout->addLayout(header);
    m_meta = new QLabel(page);
    m_meta->setObjectName(QStringLiteral("runMeta"));
    m_meta->setProperty("role", QStringLiteral("muted"));
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setWordWrap(true);
    layout->addWidget(m_meta);
    m_links = new QLabel(page);
    m_links->setObjectName(QStringLiteral("runLinks"));
    m_links->setTextFormat(Qt::RichText);
    m_links->setWordWrap(true);
    connect(m_links, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QStringLiteral("run:")))
            emit openRunRequested(link.mid(4).toLongLong());
    });
    layout->addWidget(m_links);
    m_failure = new QLabel(page);
    m_failure->setObjectName(QStringLiteral("runFailure"));
    m_failure->setWordWrap(true);
    m_failure->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failure->setStyleSheet(QStringLiteral("QLabel { color: #991b1b; background: #fef2f2; border: 1px solid #fecaca;"
                                            " border-radius: 6px; padding: 6px 8px; }"));
    layout->addWidget(m_failure);

    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("runTabs"));
    m_tabs->setDocumentMode(true);

    auto *overview = new QWidget(m_tabs);
    auto *overviewLayout = new QHBoxLayout(overview);
    overviewLayout->setContentsMargins(8, 8, 8, 8);
    overviewLayout->setSpacing(12);
    m_parameters = makeTable({tr("Name"), tr("Value"), tr("Kind")}, QStringLiteral("parametersTable"), overview);
    m_metrics = makeTable({tr("Metric"), tr("Final value"), tr("Logged by")}, QStringLiteral("finalMetricsTable"), overview);
    m_steps = makeTable({tr("Step"), tr("Type"), tr("Status"), tr("Duration"), tr("Cache")},
                        QStringLiteral("stepsTable"), overview);
    m_steps->setToolTip(tr("Double-click a step to open its run"));
    connect(m_steps, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (m_details && row >= 0 && row < m_details->run.children.size())
            emit openRunRequested(m_details->run.children.at(row).id);
    });
    overviewLayout->addWidget(titled(tr("Parameters"), m_parameters, overview), 4);
    overviewLayout->addWidget(titled(tr("Final metrics"), m_metrics, overview), 4);
    overviewLayout->addWidget(titled(tr("Steps"), m_steps, overview, &m_stepsTitle), 5);
    m_tabs->addTab(overview, tr("Overview"));

    m_charts = new MetricChartGrid(m_tabs);
    m_charts->setObjectName(QStringLiteral("detailsCharts"));
    m_tabs->addTab(m_charts, tr("Metrics"));
    m_logs = new RunLogPanel(m_tabs);
    m_tabs->addTab(m_logs, tr("Logs"));
    m_artifacts = new RunArtifactsPanel(m_tabs);
    m_tabs->addTab(m_artifacts, tr("Artifacts"));

    auto *git = new QWidget(m_tabs);
    auto *gitLayout = new QVBoxLayout(git);
    gitLayout->setContentsMargins(8, 8, 8, 8);
    m_gitSummary = new QLabel(git);
    m_gitSummary->setObjectName(QStringLiteral("gitSummary"));
    m_gitSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_gitSummary->setWordWrap(true);
    gitLayout->addWidget(m_gitSummary);
    m_diff = new QPlainTextEdit(git);
    m_diff->setObjectName(QStringLiteral("diffText"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(9);
    m_diff->setFont(mono);
    new DiffHighlighter(m_diff->document());
    gitLayout->addWidget(m_diff, 1);
    m_tabs->addTab(git, tr("Git"));
    layout->addWidget(m_tabs, 1);
    stack->addWidget(page);

    connect(m_charts, &MetricChartGrid::busyChanged, this, [this] { emit busyChanged(isBusy()); });
}

void RunDetailsView::setWorkspace(const Workspace &workspace)
{
    m_workspace = workspace;
    m_charts->setStorePath(workspace.storePath());
    m_logs->setWorkspaceRoot(workspace.root());
    m_artifacts->setWorkspace(workspace);
}

bool RunDetailsView::isBusy() const
{
    return m_loading || m_charts->isBusy();
}

bool RunDetailsView::isLive() const
{
    if (!m_details)
        return false;
    if (!isFinalStatus(m_details->run.status))
        return true;
    return std::any_of(m_details->run.children.cbegin(), m_details->run.children.cend(),
                       [](const RunRecord &c) { return !isFinalStatus(c.status); });
}

void RunDetailsView::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

RunDetailsView::Tab RunDetailsView::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

QString RunDetailsView::diffText() const
{
    return m_diff->toPlainText();
}

void RunDetailsView::clear()
{
    ++m_generation;
    m_runId = 0;
    m_details.reset();
    m_charts->setRuns({});
    m_logs->clear();
    m_artifacts->clear();
    static_cast<QStackedLayout *>(layout())->setCurrentIndex(0);
    setLoading(false);
}

void RunDetailsView::showRun(qint64 runId)
{
    if (runId == 0 || !m_workspace) {
        clear();
        return;
    }
    if (runId == m_runId) {
        refresh();
        return;
    }
    m_runId = runId;
    m_reloadPending = false;
    ++m_generation;
    m_loading = false;
    refresh();
}

void RunDetailsView::refresh()
{
    if (!m_runId || !m_workspace)
        return;
    if (m_loading) {
        m_reloadPending = true;
        return;
    }
    setLoading(true);
    const Workspace workspace = *m_workspace;
    const qint64 runId = m_runId;
    const quint64 generation = m_generation;
    runAsync(
        this,
        [workspace, runId]() -> Result<RunDetails> {
            Result<std::unique_ptr<Database>> db = Database::open(workspace.storePath(), false);
            if (!db)
                return db.error();
            return loadRunDetails(**db, workspace, runId);
        },
        [this, generation, runId](const Result<RunDetails> &details) {
            if (generation != m_generation)
                return;
            setLoading(false);
            if (!details) {
                static_cast<QStackedLayout *>(layout())->setCurrentIndex(0);
                m_placeholder->setText(details.error().toString());
            } else {
                const bool sameRun = m_details && m_details->run.id == runId;
                showDetails(*details, sameRun);
            }
            if (m_reloadPending) {
                m_reloadPending = false;
                refresh();
            }
            emit loaded();
        });
}

void RunDetailsView::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit busyChanged(isBusy());
}

void RunDetailsView::showDetails(const RunDetails &details, bool sameRun)
{
    m_details = details;
    const RunRecord &run = details.run;
    static_cast<QStackedLayout *>(layout())->setCurrentIndex(1);
    const QLocale locale;
    m_title->setText(run.kind == QStringLiteral("step") && !details.parentName.isEmpty()
                         ? tr("%1 · %2").arg(details.parentName, run.name)
                         : run.name);
    m_status->setText(runStatusDisplayName(run.status));
    m_status->setStyleSheet(statusStyle(run.status));

    QStringList meta;
    meta << tr("Run %1").arg(run.uuid.left(8)) << kindText(run);
    const QDateTime started = run.started.isValid() ? run.started : run.created;
    meta << tr("started %1").arg(locale.toString(started.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    if (const qint64 ms = run.durationMs(); ms >= 0)
        meta << (isFinalStatus(run.status) ? tr("took %1") : tr("running for %1")).arg(formatDuration(ms));
    if (!run.runner.isEmpty())
        meta << tr("runner %1").arg(run.runner);
    if (!run.gitCommit.isEmpty())
        meta << (run.gitDirty ? tr("commit %1 on %2, with uncommitted changes")
                              : tr("commit %1 on %2")).arg(run.gitCommit.left(8), run.gitBranch);
    m_meta->setText(meta.join(QStringLiteral("  ·  ")));

    QStringList links;
    if (details.parentRowId)
        links << tr("Step of %1").arg(runLink(details.parentRowId, tr("%1 · %2").arg(details.parentName,
                                                                                   details.parentUuid.left(8))));
    if (run.cachedFrom)
        links << tr("Cache hit: reused the result of run %1").arg(runLink(run.cachedFrom, run.cachedFromUuid.left(8)));
    m_links->setText(links.join(QStringLiteral("   ·   ")));
    m_links->setVisible(!links.isEmpty());
    QString failure = run.failureReason;
    if (failure.isEmpty() && run.kind == QStringLiteral("pipeline")) {
        for (const RunRecord &child : run.children) {
            if (child.status == RunStatus::Failed && !child.failureReason.isEmpty()) {
                failure = tr("%1: %2").arg(child.name, child.failureReason);
                break;
            }
        }
    }
    m_failure->setText(failure.isEmpty() ? QString() : tr("Failure: %1").arg(failure));
    m_failure->setVisible(!failure.isEmpty());

    fillOverview(run);
    m_artifacts->setRun(run);
    m_logs->setRun(run);
    fillGit(details);
    if (sameRun)
        m_charts->reload();
    else
        m_charts->setRuns({ChartRun{run.id, run.name, theme::seriesColor(0)}});
}

void RunDetailsView::fillOverview(const RunRecord &run)
{
    struct Param
    {
        QString name;
        QString value;
        QString kind;
    };
    QList<Param> params;
    for (auto it = run.parameters.cbegin(); it != run.parameters.cend(); ++it)
        params.append({it.key(), it.value(), tr("parameter")});
    for (auto it = run.hyperparameters.cbegin(); it != run.hyperparameters.cend(); ++it)
        params.append({it.key(), it.value(), tr("hyperparameter")});
    for (const RunRecord &child : run.children) {
        for (auto it = child.hyperparameters.cbegin(); it != child.hyperparameters.cend(); ++it)
            params.append({it.key(), it.value(), tr("hyperparameter · %1").arg(child.name)});
    }
    m_parameters->setRowCount(int(params.size()));
    for (int i = 0; i < params.size(); ++i) {
        m_parameters->setItem(i, 0, item(params.at(i).name));
        m_parameters->setItem(i, 1, item(params.at(i).value, params.at(i).value));
        m_parameters->setItem(i, 2, item(params.at(i).kind));
    }
    m_parameters->resizeColumnsToContents();

    struct Metric
    {
        QString name;
        double value;
        QString source;
    };
    QList<Metric> metrics;
    for (auto it = run.metrics.cbegin(); it != run.metrics.cend(); ++it)
        metrics.append({it.key(), it.value(), run.kind == QStringLiteral("step") ? run.name : QString()});
    for (const RunRecord &child : run.children) {
        for (auto it = child.metrics.cbegin(); it != child.metrics.cend(); ++it)
            metrics.append({it.key(), it.value(), child.name});
    }
    const QLocale locale;
    m_metrics->setRowCount(int(metrics.size()));
    for (int i = 0; i < metrics.size(); ++i) {
        m_metrics->setItem(i, 0, item(metrics.at(i).name));
        auto *value = item(locale.toString(metrics.at(i).value, 'g', 6),
                           QString::number(metrics.at(i).value, 'g', 17));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_metrics->setItem(i, 1, value);
        m_metrics->setItem(i, 2, item(metrics.at(i).source));
    }
    m_metrics->resizeColumnsToContents();

    const bool hasSteps = !run.children.isEmpty();
    m_steps->parentWidget()->setVisible(hasSteps);
    m_steps->setRowCount(int(run.children.size()));
    for (int i = 0; i < run.children.size(); ++i) {
        const RunRecord &c = run.children.at(i);
        m_steps->setItem(i, 0, item(c.name));
        m_steps->setItem(i, 1, item(c.stepType));
        auto *status = item(runStatusDisplayName(c.status), c.failureReason);
        status->setForeground(theme::statusColor(runStatusName(c.status)));
        m_steps->setItem(i, 2, status);
        const qint64 ms = c.durationMs();
        m_steps->setItem(i, 3, item(ms >= 0 && c.status != RunStatus::Skipped ? formatDuration(ms) : QString()));
        m_steps->setItem(i, 4, item(c.isCacheHit() ? tr("hit (from %1)").arg(c.cachedFromUuid.left(8)) : QString()));
    }
    m_steps->resizeColumnsToContents();
}

void RunDetailsView::fillGit(const RunDetails &details)
{
    const RunRecord &run = details.run;
    QString summary;
    if (run.gitCommit.isEmpty()) {
        summary = tr("This run was not made in a git repository.");
    } else {
        summary = tr("<b>Commit</b> <code>%1</code> on branch <b>%2</b>")
                      .arg(run.gitCommit.toHtmlEscaped(), run.gitBranch.toHtmlEscaped());
        if (!run.gitDirty)
            summary += QStringLiteral("<br>") + tr("The working tree was clean: checking out this commit reproduces the run.");
        else if (!details.diff.isEmpty())
            summary += QStringLiteral("<br>") + tr("The working tree had uncommitted changes; they are recorded below.");
        else if (!details.diffError.isEmpty())
            summary += QStringLiteral("<br>") + details.diffError.toHtmlEscaped();
        else
            summary += QStringLiteral("<br>") + tr("The working tree had uncommitted changes (only untracked files).");
    }
    m_gitSummary->setText(summary);
    const QString diff = details.diffTruncated ? details.diff + QLatin1Char('\n') + tr("[… the diff is longer; shown up to 2 MB]")
                                               : details.diff;
    if (m_diff->toPlainText() != diff)
        m_diff->setPlainText(diff);
    m_diff->setVisible(!details.diff.isEmpty());
}

} // namespace mlops
