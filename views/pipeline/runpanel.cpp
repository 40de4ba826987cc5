// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/runpanel.h"

#include "core/common/duration.h"
#include "views/common/async.h"
#include "views/common/theme.h"
#include "views/pipeline/executioncontroller.h"
#include "views/pipeline/executionmodel.h"
#include "views/pipeline/runhistory.h"
#include "views/pipeline/steptypestyle.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace mlops {

namespace {
constexpr int kDurationColumnMinTableWidth = 400;
} // namespace

RunPanel::RunPanel(QWidget *parent)
    : QWidget(parent), m_model(new ExecutionModel(this)), m_header(new QLabel(this)),
      m_stop(new QPushButton(QIcon(QStringLiteral(":/icons/editor-stop.svg")), tr("Stop"), this)),
      m_table(new QTableView(this)), m_stepTitle(new QLabel(this)), m_reason(new QLabel(this)),
      m_metrics(new QTableWidget(this)), m_log(new QPlainTextEdit(this)), m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("runPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 10);
    layout->setSpacing(6);
    auto *top = new QHBoxLayout;
    m_header->setObjectName(QStringLiteral("runHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stop->setObjectName(QStringLiteral("runStop"));
    m_stop->setProperty("role", QStringLiteral("danger"));
    m_stop->hide();
    top->addWidget(m_header, 1);
    top->addWidget(m_stop);
    layout->addLayout(top);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("runNotice"));
    m_notice->setProperty("role", QStringLiteral("muted"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    layout->addWidget(m_notice);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_table->setObjectName(QStringLiteral("runSteps"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ExecutionModel::Note, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ExecutionModel::Cache, QHeaderView::Fixed);
    m_table->horizontalHeader()->resizeSection(ExecutionModel::Cache, 54);
    m_table->horizontalHeader()->setMinimumSectionSize(36);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setIconSize(QSize(16, 16));
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    split->addWidget(m_table);
    // Columns that say nothing for this run (no cache hit, no retry) give their room to
    // the note; the note's full text is in its tooltip.
    connect(m_model, &QAbstractItemModel::modelReset, this, &RunPanel::updateColumns);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RunPanel::updateColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RunPanel::updateColumns);

    auto *details = new QWidget(split);
    auto *dl = new QVBoxLayout(details);
    dl->setContentsMargins(0, 4, 0, 0);
    dl->setSpacing(4);
    m_stepTitle->setObjectName(QStringLiteral("runStepTitle"));
    m_stepTitle->setProperty("role", QStringLiteral("fieldTitle"));
    m_reason->setObjectName(QStringLiteral("runStepReason"));
    m_reason->setProperty("role", QStringLiteral("error"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_metrics->setObjectName(QStringLiteral("runStepMetrics"));
    m_metrics->setColumnCount(2);
    m_metrics->setHorizontalHeaderLabels({tr("Metric"), tr("Latest value")});
    m_metrics->horizontalHeader()->setStretchLastSection(true);
    m_metrics->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_metrics->verticalHeader()->hide();
    m_metrics->verticalHeader()->setDefaultSectionSize(22);
    m_metrics->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_metrics->setMaximumHeight(150);
    m_log->setObjectName(QStringLiteral("runStepLog"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setMaximumBlockCount(2000);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(std::max(7.5, font().pointSizeF() * 0.9));
    m_log->setFont(mono);
    m_log->setPlaceholderText(tr("The step's output appears here."));
    dl->addWidget(m_stepTitle);
    dl->addWidget(m_reason);
    dl->addWidget(m_metrics);
    dl->addWidget(m_log, 1);
    split->addWidget(details);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    connect(m_stop, &QPushButton::clicked, this, &RunPanel::stopRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const QString name = current.isValid() ? m_model->step(current.row()).step : QString();
        if (name == m_selected)
            return;
        m_selected = name;
        showDetails();
        emit stepSelected(name);
    });
    m_poll->setInterval(1500);
    connect(m_poll, &QTimer::timeout, this, &RunPanel::loadDetails);
    clear();
}

void RunPanel::setController(ExecutionController *controller)
{
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (!controller)
        return;
    connect(controller, &ExecutionController::started, this, [this](const QString &runId, const QList<StepEvent> &steps) {
        m_runId = runId;
        m_runStatus = RunStatus::Running;
        m_previous = false;
        m_model->setSteps(steps);
        m_log->clear();
        m_stop->show();
        m_stop->setEnabled(true);
        m_stop->setText(tr("Stop"));
        updateHeader();
        if (!m_selected.isEmpty())
            selectStep(m_selected);
        showDetails();
    });
    connect(controller, &ExecutionController::stepChanged, this, [this](const StepEvent &e) {
        m_model->updateStep(e);
        if (e.step == m_selected)
            showDetails();
        updateHeader();
    });
    connect(controller, &ExecutionController::outputReceived, this, [this](const QString &step, const QStringList &lines) {
        if (step != m_selected)
            return;
        QScrollBar *bar = m_log->verticalScrollBar();
        const bool atEnd = bar->value() >= bar->maximum() - 4;
        for (const QString &line : lines)
            m_log->appendPlainText(line);
        if (atEnd)
            bar->setValue(bar->maximum());
    });
    connect(controller, &ExecutionController::stopping, this, [this] {
        m_stop->setEnabled(false);
        m_stop->setText(tr("Stopping…"));
        updateHeader();
    });
    connect(controller, &ExecutionController::finished, this, [this](RunStatus status, const QString &reason) {
        m_stop->setText(tr("Stop"));
        m_runStatus = status;
        m_runReason = reason;
        m_stop->hide();
        updateHeader();
        showDetails();
    });
    connect(controller, &ExecutionController::failedToStart, this, [this](const QString &message) {
        m_stop->hide();
        m_header->setText(QStringLiteral("<span style='color:#b91c1c'>%1</span>")
                              .arg(tr("The run did not start: %1").arg(message).toHtmlEscaped()));
    });
}

void RunPanel::clear()
{
    m_runId.clear();
    m_model->clear();
    m_selected.clear();
    m_stop->hide();
    m_header->setText(tr("No run yet. Press Run (F5) to run the pipeline; each step's status, duration, cache hit "
                         "and log show here and on the canvas."));
    m_header->setProperty("role", QStringLiteral("muted"));
    showDetails();
}

void RunPanel::showController()
{
    if (!m_controller || m_controller->runId().isEmpty())
        return;  // not started yet: the started signal shows it
    m_runId = m_controller->runId();
    m_runStatus = m_controller->isRunning() ? RunStatus::Running : m_controller->status();
    m_runReason = m_controller->isRunning() ? QString() : m_controller->reason();
    m_runDurationMs = -1;
    m_previous = false;
    m_model->setSteps(m_controller->steps());
    m_stop->setVisible(m_controller->isRunning());
    m_stop->setEnabled(!m_controller->isStopping());
    m_stop->setText(m_controller->isStopping() ? tr("Stopping…") : tr("Stop"));
    updateHeader();
    showDetails();
}

void RunPanel::updateColumns()
{
    bool cached = false;
    bool retried = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const StepEvent &e = m_model->step(row);
        cached = cached || e.cached;
        retried = retried || e.attempt > 1;
    }
    m_table->setColumnHidden(ExecutionModel::Cache, !cached);
    m_table->setColumnHidden(ExecutionModel::Attempt, !retried);
    // Narrow, the durations (also on the nodes and above the log) give way to the notes.
    m_table->setColumnHidden(ExecutionModel::Duration, m_table->width() < kDurationColumnMinTableWidth);
}

void RunPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateColumns();
}

void RunPanel::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QString RunPanel::notice() const
{
    return m_notice->text();
}

void RunPanel::showRun(const QString &runId, RunStatus status, qint64 durationMs, const QString &reason,
                       const QList<StepEvent> &steps, bool previous)
{
    m_runId = runId;
    m_runStatus = status;
    m_runDurationMs = durationMs;
    m_runReason = reason;
    m_previous = previous;
    m_model->setSteps(steps);
    m_stop->hide();
    updateHeader();
    if (!m_selected.isEmpty())
        selectStep(m_selected);
    showDetails();
}

void RunPanel::updateHeader()
{
    if (m_runId.isEmpty())
        return;
    int done = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        done += isFinalStatus(m_model->step(row).status);
    const bool stopping = !m_previous && m_runStatus == RunStatus::Running && m_controller && m_controller->isStopping();
    const QColor color = stopping ? theme::warning() : steptypestyle::statusColor(m_runStatus);
    QString text = (m_previous ? tr("Last run %1") : tr("Run %1")).arg(m_runId.left(8));
    text = QStringLiteral("<b>%1</b> · <span style='color:%2'>%3</span>")
               .arg(text.toHtmlEscaped(), color.name(),
                    (stopping ? tr("Stopping…") : runStatusDisplayName(m_runStatus)).toHtmlEscaped());
    if (m_runStatus == RunStatus::Running)
        text += QStringLiteral(" · ") + tr("%1 of %2 steps done").arg(done).arg(m_model->rowCount());
    else if (m_runDurationMs >= 0 && m_previous)
        text += QStringLiteral(" · ") + formatDuration(m_runDurationMs);
    if (!m_runReason.isEmpty() && m_runStatus != RunStatus::Running)
        text += QStringLiteral("<br><span style='color:#b91c1c'>%1</span>").arg(m_runReason.toHtmlEscaped());
    m_header->setProperty("role", QString());
    m_header->setText(text);
}

void RunPanel::selectStep(const QString &name)
{
    const int row = m_model->rowOf(name);
    m_selected = name;
    if (row >= 0) {
        QSignalBlocker block(m_table->selectionModel());
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    } else {
        m_table->clearSelection();
    }
    showDetails();
}

StepEvent RunPanel::selectedEvent() const
{
    const int row = m_model->rowOf(m_selected);
    return row >= 0 ? m_model->step(row) : StepEvent();
}

void RunPanel::showDetails()
{
    const StepEvent e = selectedEvent();
    const bool has = !e.step.isEmpty();
    m_metrics->setVisible(has && m_metrics->rowCount() > 0);
    m_reason->setVisible(false);
    m_poll->stop();
    if (!has) {
        m_stepTitle->setText(m_model->rowCount() > 0 ? tr("Select a step to see its log and metrics") : QString());
        m_log->clear();
        m_metrics->setRowCount(0);
        m_metrics->hide();
        return;
    }
    QString title = QStringLiteral("%1 — %2").arg(e.step, steptypestyle::statusText(e.status, e.cached));
    if (e.cached)
        title += QLatin1Char(' ') + tr("(results of run %1)").arg(e.cachedFrom.left(8));
    else if (e.durationMs >= 0 && isFinalStatus(e.status) && e.status != RunStatus::Skipped)
        title += QStringLiteral(" · ") + formatDuration(e.durationMs);
    if (e.attempt > 1)
        title += QStringLiteral(" · ") + tr("attempt %1").arg(e.attempt);
    m_stepTitle->setText(title);
    if (!e.reason.isEmpty()) {
        m_reason->setProperty("role", e.status == RunStatus::Failed ? QStringLiteral("error") : QStringLiteral("muted"));
        m_reason->style()->unpolish(m_reason);
        m_reason->style()->polish(m_reason);
        m_reason->setText(e.status == RunStatus::Failed ? tr("Failed: %1").arg(e.reason) : e.reason);
        m_reason->show();
    }
    const bool live = m_controller && m_controller->isRunning() && m_controller->runId() == m_runId;
    if (live && e.status == RunStatus::Running) {
        // Lines so far from the controller; more arrive through outputReceived.
        m_log->setPlainText(m_controller->output(e.step).join(QLatin1Char('\n')));
        m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
        m_poll->start();
        loadDetails();
        return;
    }
    if (e.status == RunStatus::Pending || (e.status == RunStatus::Skipped && !e.cached)) {
        m_log->clear();
        m_metrics->setRowCount(0);
        m_metrics->hide();
        return;
    }
    loadDetails();
}

void RunPanel::loadDetails()
{
    const StepEvent e = selectedEvent();
    if (!m_workspace || e.runId.isEmpty())
        return;
    const bool live = e.status == RunStatus::Running;
    const int generation = ++m_detailsGeneration;
    m_loadingDetails = true;
    const Workspace workspace = *m_workspace;
    const QString runId = e.runId;
    runAsync(this, [workspace, runId] { return runhistory::stepDetails(workspace, runId); },
             [this, generation, live](const runhistory::StepDetails &d) {
                 if (generation != m_detailsGeneration)
                     return;
                 m_loadingDetails = false;
                 m_metrics->setRowCount(int(d.metrics.size()));
                 int row = 0;
                 for (auto it = d.metrics.cbegin(); it != d.metrics.cend(); ++it, ++row) {
                     m_metrics->setItem(row, 0, new QTableWidgetItem(it.key()));
                     m_metrics->setItem(row, 1, new QTableWidgetItem(QString::number(it.value(), 'g', 6)));
                 }
                 m_metrics->setVisible(!d.metrics.isEmpty());
                 if (live)
                     return;  // the log comes line by line while the step runs
                 if (!d.error.isEmpty() && d.log.isEmpty()) {
                     m_log->setPlainText(d.error);
                     return;
                 }
                 m_log->setPlainText(d.log.isEmpty() ? tr("(no output)") : d.log);
                 m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
             });
}

} // namespace mlops
