// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/registry/modelversion.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;

namespace mlops {

/**
 * One metric across a model group's versions: a line through every version, each point
 * coloured by its approval status, the selected version ringed. A combo box picks the
 * metric (accuracy first when there is one).
 */
class MetricsHistoryChart : public QWidget
{
    Q_OBJECT

public:
    explicit MetricsHistoryChart(QWidget *parent = nullptr);

    void setVersions(const QList<ModelVersion> &versions, int selectedVersion);
    QString metric() const;
    void setMetric(const QString &name);
    /** Versions that have a value for the current metric (for tests). */
    int pointCount() const { return m_points; }

private:
    void rebuild();

    QComboBox *m_metric;
    QChartView *m_view;
    QChart *m_chart;
    QLabel *m_empty;
    QList<ModelVersion> m_versions;
    int m_selected = 0;
    int m_points = 0;
};

} // namespace mlops
