// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/tracking/metricseries.h"
#include "views/common/metricchartview.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;

namespace mlops {


/** A run whose metrics a chart grid draws, with its legend label and colour. */
struct ChartRun
{
    qint64 id = 0;
    QString label;
    QColor color;
};

/**
 * One chart per metric that has a series (two or more steps), each with a line per run:
 * the live charts of a run's details and the overlaid charts of a comparison. Series
 * come from the store off the GUI thread, downsampled with LTTB to `maxPoints`; zooming
 * a chart loads its step range again in full detail. reload() follows running runs and
 * keeps every chart's zoom.
 */
class MetricChartGrid : public QWidget
{
    Q_OBJECT

public:
    explicit MetricChartGrid(QWidget *parent = nullptr);

    void setStorePath(const QString &path) { m_storePath = path; }
    /** Shows these runs' metrics (loads them); an empty list clears the grid. */
    void setRuns(const QList<ChartRun> &runs);
    const QList<ChartRun> &runs() const { return m_runs; }
    /** Reads the series again (new points of running runs), keeping zooms. */
    void reload();

    void setMaxPoints(int points) { m_maxPoints = points; }
    void setColumns(int columns) { m_columns = std::max(1, columns); }
    void setEmptyText(const QString &text);

    /** Logarithmic y axes on every chart (those with positive values). */
    void setLogScale(bool on);
    bool isLogScale() const;

    bool isBusy() const { return m_pending > 0; }
    /** The metrics charted, sorted. */
    QStringList keys() const;
    MetricChartView *chart(const QString &key) const { return m_charts.value(key); }
    /** Milliseconds the last full load took in the store (query and downsampling). */
    qint64 lastLoadMs() const { return m_lastLoadMs; }

signals:
    void busyChanged(bool busy);
    /** Series arrived and the charts show them. */
    void loaded();
    /**
     * The first charts of new runs are on screen: a quick preview of long series
     * (sampled steps), before the full read and LTTB replace it (then loaded()).
     */
    void firstDrawn();

private:
    void load(const QString &key, double from, double to, bool preview = false);
    void apply(const QList<MetricSeries> &series, const QString &onlyKey);
    QList<ChartSeriesData> toChartData(const QList<MetricSeries> &series) const;
    void relayout();
    void setPending(int delta);

    QString m_storePath;
    QList<ChartRun> m_runs;
    QHash<QString, MetricChartView *> m_charts;
    QHash<QString, quint64> m_keyGeneration;
    quint64 m_generation = 0;
    QGridLayout *m_grid;
    QLabel *m_empty;
    QCheckBox *m_log;
    int m_maxPoints = 1500;
    int m_columns = 2;
    int m_pending = 0;
    qint64 m_lastLoadMs = 0;
};

} // namespace mlops
