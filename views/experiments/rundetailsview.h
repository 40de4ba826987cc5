// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/tracking/rundetails.h"
#include "core/workspace/workspace.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;

namespace mlops {

class MetricChartGrid;
class RunArtifactsPanel;
class RunLogPanel;

/**
 * The details of one run: status, times, git commit, failure reason and cache source
 * above; tabs for parameters and final metrics (and the step runs of an execution),
 * metric charts, logs, artifacts, and the commit with the uncommitted diff the run was
 * made with. While the run is going, refresh() brings new statuses, metrics and log
 * lines (the screen calls it when the store changes).
 */
class RunDetailsView : public QWidget
{
    Q_OBJECT

public:
    enum Tab { OverviewTab, MetricsTab, LogsTab, ArtifactsTab, GitTab };

    explicit RunDetailsView(QWidget *parent = nullptr);

    void setWorkspace(const Workspace &workspace);
    /** Shows the run with this row id (0 clears). */
    void showRun(qint64 runId);
    qint64 runId() const { return m_runId; }
    /** Loads the run again (statuses, metrics, logs); charts keep their zoom. */
    void refresh();
    void clear();

    bool isBusy() const;
    /** True while the run (or one of its steps) is still going. */
    bool isLive() const;
    void setCurrentTab(Tab tab);
    Tab currentTab() const;

    const std::optional<RunDetails> &details() const { return m_details; }
    MetricChartGrid *charts() const { return m_charts; }
    RunLogPanel *logs() const { return m_logs; }
    RunArtifactsPanel *artifacts() const { return m_artifacts; }
    QString diffText() const;

signals:
    /** The user followed a link to another run (a step, the execution, a cache source). */
    void openRunRequested(qint64 runId);
    void busyChanged(bool busy);
    /** Details arrived (after showRun or refresh). */
    void loaded();

private:
    void showDetails(const RunDetails &details, bool sameRun);
    void fillOverview(const RunRecord &run);
    void fillGit(const RunDetails &details);
    void setLoading(bool loading);

    std::optional<Workspace> m_workspace;
    std::optional<RunDetails> m_details;
    qint64 m_runId = 0;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_reloadPending = false;

    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_meta;
    QLabel *m_failure;
    QLabel *m_links;
    QTabWidget *m_tabs;
    QTableWidget *m_parameters;
    QTableWidget *m_metrics;
    QTableWidget *m_steps;
    QLabel *m_stepsTitle;
    MetricChartGrid *m_charts;
    RunLogPanel *m_logs;
    RunArtifactsPanel *m_artifacts;
    QLabel *m_gitSummary;
    QPlainTextEdit *m_diff;
    QLabel *m_placeholder;
};

} // namespace mlops
