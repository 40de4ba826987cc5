// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QChartView>
#include <QColor>
#include <QList>
#include <QPointF>

class QLineSeries;
class QLogValueAxis;
class QTimer;
class QValueAxis;

namespace mlops {

/** One line of a metric chart. */
struct ChartSeriesData
{
    QString name;
    QColor color;
    QList<QPointF> points;
    qint64 totalPoints = 0;   ///< before downsampling (for the tooltip)
};

/**
 * A line chart of metric series over steps (QtCharts). Drag horizontally to zoom into a
 * step range, scroll to zoom around the pointer, right-click or double-click to see
 * everything again. Zooming emits rangeRequested() so the owner can load that range in
 * full detail (the series it shows are downsampled) and hand it back with setSeries().
 */
class MetricChartView : public QChartView
{
    Q_OBJECT

public:
    explicit MetricChartView(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;

    /**
     * Shows these series (reusing the lines already there). While zoomed, the x range
     * stays and y fits what is visible; otherwise both axes fit all points.
     */
    void setSeries(const QList<ChartSeriesData> &series);

    int seriesCount() const { return int(m_lines.size()); }
    /** The points the chart draws for series `i`. */
    QList<QPointF> points(int i) const;
    int totalDrawnPoints() const;

    bool isZoomed() const { return m_zoomed; }
    double rangeFrom() const;
    double rangeTo() const;
    /** Zooms to a step range, as a drag would. */
    void zoomToRange(double from, double to);
    void resetZoom();

    /**
     * A logarithmic y axis, for losses that fall by orders of magnitude. Shown only while
     * every value is positive; otherwise the axis stays linear.
     */
    void setLogScale(bool on);
    bool isLogScale() const { return m_logActive; }
    /** Why a logarithmic scale that was asked for is not shown (the value axis' title); empty otherwise. */
    QString scaleNote() const;

signals:
    /** The user zoomed to [from, to]: load that range in detail. */
    void rangeRequested(double from, double to);
    /** The user went back to the whole range. */
    void zoomReset();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitAxes();
    void fitAxesTo(const QList<QList<QPointF>> &lines);
    void useLogAxis(bool log);
    void onRangeChanged();

    QValueAxis *m_x;
    QValueAxis *m_y;
    QLogValueAxis *m_logY;
    QList<QLineSeries *> m_lines;
    QList<qint64> m_totals;
    QTimer *m_rangeSettled;
    double m_fullFrom = 0;   ///< the x range of everything, from the last unzoomed fit
    double m_fullTo = 1;
    bool m_zoomed = false;
    bool m_settingRange = false;
    bool m_userZoom = false;
    bool m_logWanted = false;
    QString m_baseToolTip;   ///< how to zoom; a note on the scale joins it
    bool m_logActive = false;
};

} // namespace mlops
