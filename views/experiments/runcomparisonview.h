// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/tracking/runcomparison.h"

#include <QWidget>

class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace mlops {

class MetricChartGrid;

/**
 * Several runs side by side: their metric series overlaid (one colour per run,
 * downsampled with LTTB, zoom loads the detail) next to the parameters that differ and
 * the final metrics (best value in bold); the whole parameters table with the differing
 * rows highlighted; and a parameter-versus-metric scatter plot. Pipeline executions, step
 * runs and notebook runs compare alike: only the runs, params and metrics tables count.
 */
class RunComparisonView : public QWidget
{
    Q_OBJECT

public:
    enum Tab { OverviewTab, ParametersTab, ScatterTab };
    /** Item data role on the parameters table: true on the rows whose values differ. */
    static constexpr int DiffersRole = Qt::UserRole + 1;
    /** Item data role on the metric names of the final-metrics table: the MetricDirection (int). */
    static constexpr int DirectionRole = Qt::UserRole + 2;

    explicit RunComparisonView(QWidget *parent = nullptr);

    void setStorePath(const QString &path);
    /** Compares these runs (row ids, in column order). */
    void compare(const QList<qint64> &runIds);
    const QList<qint64> &runIds() const { return m_runIds; }
    /** Loads the runs again (new metrics of running runs), keeping zooms and choices. */
    void refresh();
    void clear();

    bool isBusy() const;
    void setCurrentTab(Tab tab);
    const RunComparison &comparison() const { return m_comparison; }
    MetricChartGrid *charts() const { return m_charts; }
    QTableWidget *parametersTable() const { return m_parameters; }
    QTableWidget *metricsTable() const { return m_metrics; }
    /** The overview's table of the parameters that differ. */
    QTableWidget *differencesTable() const { return m_differences; }
    QChartView *scatterView() const { return m_scatter; }
    /** Picks the scatter's axes (a parameter and a metric). */
    void setScatterAxes(const QString &parameter, const QString &metric);
    /** Points in the scatter (one per run that has both values). */
    int scatterPointCount() const;

signals:
    void openRunRequested(qint64 runId);
    void busyChanged(bool busy);
    void loaded();

private:
    void showComparison(const RunComparison &comparison);
    void fillParameters();
    void fillParameterTable(QTableWidget *table, bool onlyDiffering, bool compact);
    void fillMetrics();
    void fillScatterChoices();
    void updateScatter();
    void setLoading(bool loading);

    QString m_storePath;
    QList<qint64> m_runIds;
    RunComparison m_comparison;
    quint64 m_generation = 0;
    bool m_loading = false;
    /** Other runs than shown before: a scatter parameter that draws nothing is picked again
     *  (a refresh of the same runs keeps what the user chose). */
    bool m_newRuns = true;

    QLabel *m_title;
    QLabel *m_legend;
    QTabWidget *m_tabs;
    MetricChartGrid *m_charts;
    QTableWidget *m_parameters;
    QTableWidget *m_differences;
    QCheckBox *m_onlyDifferences;
    QTableWidget *m_metrics;
    QComboBox *m_scatterX;
    QComboBox *m_scatterY;
    QChartView *m_scatter;
};

} // namespace mlops
