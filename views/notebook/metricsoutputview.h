// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/notebook/loggedvalue.h"

#include <QFrame>
#include <QMap>

class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QTimer;
class QValueAxis;

namespace mlops {

/**
 * What a cell logged with `mlops_studio`, in one place instead of one line per call:
 * parameters and single values as a compact summary, metrics with several steps as a
 * live line chart (QtCharts) that grows while the cell runs. Redraws are coalesced.
 */
class MetricsOutputView : public QFrame
{
    Q_OBJECT

public:
    explicit MetricsOutputView(QWidget *parent = nullptr);

    void addValue(const LoggedValue &value);

    /** Metrics drawn as lines (two or more steps). */
    QStringList chartedMetrics() const;
    int pointCount(const QString &metric) const;
    QChartView *chartView() const { return m_chartView; }

    /** Points drawn per series at most; longer series are thinned evenly. */
    static constexpr int kMaxPointsPerSeries = 2000;

private:
    void refresh();

    QLabel *m_summary;
    QChartView *m_chartView;
    QChart *m_chart;
    QValueAxis *m_x;
    QValueAxis *m_y;
    QTimer *m_refresh;
    QMap<QString, QMap<qint64, double>> m_metrics;
    QMap<QString, QString> m_params;
    QMap<QString, QLineSeries *> m_lines;
};

} // namespace mlops
