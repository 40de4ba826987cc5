// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/common/metricchartview.h"

#include "views/common/niceaxis.h"
#include "views/common/theme.h"

#include <QLineSeries>
#include <QLogValueAxis>
#include <QLocale>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QScopedValueRollback>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>
#include <limits>

namespace mlops {

namespace {

constexpr int kMarkersBelow = 40;   ///< series this short show their points

void styleAxis(QValueAxis *axis)
{
    axis->setLabelsColor(QColor(0x4b, 0x55, 0x63));
    axis->setGridLineColor(QColor(0xe5, 0xe7, 0xeb));
    axis->setLinePenColor(QColor(0xd1, 0xd5, 0xdb));
    axis->setMinorGridLineVisible(false);
    QFont font = axis->labelsFont();
    font.setPointSizeF(8);
    axis->setLabelsFont(font);
}

std::pair<double, double> padded(double lo, double hi, double share)
{
    if (!std::isfinite(lo) || !std::isfinite(hi))
        return {0, 1};
    if (lo == hi) {
        const double pad = lo == 0 ? 0.5 : std::abs(lo) * 0.1;
        return {lo - pad, hi + pad};
    }
    const double pad = (hi - lo) * share;
    return {lo - pad, hi + pad};
}

} // namespace

MetricChartView::MetricChartView(QWidget *parent)
    : QChartView(parent), m_x(new QValueAxis(this)), m_y(new QValueAxis(this)), m_logY(new QLogValueAxis(this)),
      m_rangeSettled(new QTimer(this))
{
    auto *chart = new QChart;
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 4, 10, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(QColor(0x37, 0x41, 0x51));
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(8);
    chart->legend()->setFont(legendFont);
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(9.5);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(QColor(0x11, 0x18, 0x27));
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    styleAxis(m_x);
    styleAxis(m_y);
    m_x->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setLabelFormat(QStringLiteral("%.4g"));
    m_logY->setBase(10);
    m_logY->setLabelFormat(QStringLiteral("%.3g"));
    m_logY->setMinorTickCount(8);
    m_logY->setLabelsColor(m_y->labelsColor());
    m_logY->setGridLineColor(m_y->gridLineColor());
    m_logY->setMinorGridLineColor(QColor(0xf3, 0xf4, 0xf6));
    m_logY->setLinePenColor(m_y->linePenColor());
    m_logY->setLabelsFont(m_y->labelsFont());
    m_x->setTitleText(tr("step"));
    QFont axisTitle = m_x->titleFont();
    axisTitle.setPointSizeF(8);
    axisTitle.setBold(false);
    m_x->setTitleFont(axisTitle);
    m_x->setTitleBrush(QColor(0x6b, 0x72, 0x80));
    m_y->setTitleFont(axisTitle);
    m_y->setTitleBrush(QColor(0x6b, 0x72, 0x80));
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    setMinimumHeight(200);
    m_baseToolTip = tr("Drag to zoom into steps, scroll to zoom, right-click or double-click to see all");
    setToolTip(m_baseToolTip);

    m_rangeSettled->setSingleShot(true);
    m_rangeSettled->setInterval(120);
    connect(m_rangeSettled, &QTimer::timeout, this, [this] {
        if (m_zoomed)
            emit rangeRequested(m_x->min(), m_x->max());
    });
    connect(m_x, &QValueAxis::rangeChanged, this, &MetricChartView::onRangeChanged);
}

void MetricChartView::setTitle(const QString &title)
{
    chart()->setTitle(title);
}

QString MetricChartView::title() const
{
    return chart()->title();
}

void MetricChartView::setSeries(const QList<ChartSeriesData> &series)
{
    // Attaching lines to axes moves the axes too: that is not the user zooming.
    const QScopedValueRollback guard(m_settingRange, true);
    // Axes first, points after: QtCharts lays every line out again whenever a range
    // changes, so ranges set before the points arrive save passes over all of them.
    QList<QList<QPointF>> points;
    points.reserve(series.size());
    for (const ChartSeriesData &data : series)
        points.append(data.points);
    fitAxesTo(points);
    if (series.size() != m_lines.size()) {
        for (QLineSeries *line : std::as_const(m_lines)) {
            chart()->removeSeries(line);
            delete line;
        }
        m_lines.clear();
        for (int i = 0; i < series.size(); ++i) {
            auto *line = new QLineSeries;
            chart()->addSeries(line);
            line->attachAxis(m_x);
            line->attachAxis(m_logActive ? static_cast<QAbstractAxis *>(m_logY) : m_y);
            connect(line, &QLineSeries::hovered, this, [this, line](const QPointF &point, bool state) {
                if (!state)
                    return;
                const QLocale locale;
                QToolTip::showText(QCursor::pos(), tr("%1\nstep %2: %3")
                                                       .arg(line->name(), locale.toString(qint64(std::llround(point.x()))),
                                                            locale.toString(point.y(), 'g', 6)),
                                   this);
            });
            m_lines.append(line);
        }
    }
    m_totals.clear();
    for (int i = 0; i < series.size(); ++i) {
        QLineSeries *line = m_lines.at(i);
        const ChartSeriesData &data = series.at(i);
        line->setName(data.name);
        QPen pen(data.color);
        pen.setWidthF(1.6);
        line->setPen(pen);
        line->setColor(data.color);
        line->setPointsVisible(data.points.size() < kMarkersBelow);
        line->replace(data.points);
        m_totals.append(data.totalPoints);
    }
    chart()->legend()->setVisible(series.size() > 1);
}

QList<QPointF> MetricChartView::points(int i) const
{
    return i >= 0 && i < m_lines.size() ? m_lines.at(i)->points() : QList<QPointF>();
}

int MetricChartView::totalDrawnPoints() const
{
    int n = 0;
    for (const QLineSeries *line : m_lines)
        n += line->count();
    return n;
}

double MetricChartView::rangeFrom() const
{
    return m_x->min();
}

double MetricChartView::rangeTo() const
{
    return m_x->max();
}

void MetricChartView::fitAxes()
{
    QList<QList<QPointF>> points;
    points.reserve(m_lines.size());
    for (const QLineSeries *line : std::as_const(m_lines))
        points.append(line->points());
    fitAxesTo(points);
}

void MetricChartView::fitAxesTo(const QList<QList<QPointF>> &lines)
{
    double minX = std::numeric_limits<double>::infinity();
    double maxX = -minX;
    for (const QList<QPointF> &pts : lines) {
        if (pts.isEmpty())
            continue;
        minX = std::min(minX, pts.first().x());   // series come sorted by step
        maxX = std::max(maxX, pts.last().x());
    }
    const double fromX = m_zoomed ? m_x->min() : minX;
    const double toX = m_zoomed ? m_x->max() : maxX;
    double minY = std::numeric_limits<double>::infinity();
    double maxY = -minY;
    double minAll = minY;
    for (const QList<QPointF> &pts : lines) {
        for (const QPointF &p : pts) {
            minAll = std::min(minAll, p.y());
            if (p.x() < fromX || p.x() > toX)
                continue;
            minY = std::min(minY, p.y());
            maxY = std::max(maxY, p.y());
        }
    }
    const bool wasSetting = m_settingRange;
    m_settingRange = true;
    if (!m_zoomed) {
        if (!std::isfinite(minX) || !std::isfinite(maxX)) {
            m_x->setRange(0, 1);
        } else if (maxX - minX >= 4) {
            // Steps 0, 50, 100… rather than 0, 49.75, 99.5…
            const NiceRange nice = niceRange(minX, maxX);
            m_x->setTickCount(nice.ticks);
            m_x->setRange(nice.from, nice.to);
        } else {
            const auto [x0, x1] = minX == maxX ? padded(minX, maxX, 0) : std::pair{minX, maxX};
            m_x->setTickCount(5);
            m_x->setRange(x0, x1);
        }
        m_fullFrom = m_x->min();
        m_fullTo = m_x->max();
    }
    // A log axis needs positive values, and data spanning a decade at least: within
    // less, it would show one label or none (0.1 for 0.09–0.3) where a linear axis shows five.
    const bool positive = minAll > 0 && std::isfinite(minY);
    useLogAxis(m_logWanted && positive && maxY >= 10 * minY);
    // Say why a logarithmic scale that was asked for is not shown: briefly on the axis,
    // whose title a small chart cuts at about a dozen characters, in full in the tooltip.
    // (Qt Charts reads axis titles as rich text: escaped, "<10×" is not taken for a tag.)
    m_y->setTitleText(!m_logWanted || m_logActive
                          ? QString()
                          : (positive ? tr("linear (<10×)", "axis title: data spans less than a decade")
                                      : tr("linear (≤ 0)", "axis title: data has values ≤ 0"))
                                .toHtmlEscaped());
    setToolTip(!m_logWanted || m_logActive
                   ? m_baseToolTip
                   : m_baseToolTip + QLatin1Char('\n')
                         + (positive ? tr("Linear scale: the values span less than a factor of 10")
                                     : tr("Linear scale: a logarithmic one cannot show values ≤ 0")));
    if (m_logActive) {
        m_logY->setRange(minY / 1.6, maxY * 1.6);
    } else {
        auto [y0, y1] = padded(minY, maxY, 0.04);
        if (minY >= 0 && y0 < 0)
            y0 = 0;  // losses and accuracies never go below zero: no axis there either
        const NiceRange nice = niceRange(y0, y1);
        m_y->setTickCount(nice.ticks);
        m_y->setRange(nice.from, nice.to);
    }
    m_settingRange = wasSetting;
}

QString MetricChartView::scaleNote() const
{
    return QTextDocumentFragment::fromHtml(m_y->titleText()).toPlainText();   // as the axis shows it
}

void MetricChartView::setLogScale(bool on)
{
    m_logWanted = on;
    const QScopedValueRollback guard(m_settingRange, true);
    fitAxes();
}

void MetricChartView::useLogAxis(bool log)
{
    if (log == m_logActive)
        return;
    QAbstractAxis *from = m_logActive ? static_cast<QAbstractAxis *>(m_logY) : m_y;
    QAbstractAxis *to = log ? static_cast<QAbstractAxis *>(m_logY) : m_y;
    for (QLineSeries *line : std::as_const(m_lines))
        line->detachAxis(from);
    chart()->removeAxis(from);
    from->setParent(this);   // removeAxis gives the axis back: keep it for the next switch
    chart()->addAxis(to, Qt::AlignLeft);
    for (QLineSeries *line : std::as_const(m_lines))
        line->attachAxis(to);
    m_logActive = log;
}

void MetricChartView::onRangeChanged()
{
    if (m_settingRange || !m_userZoom)
        return;
    m_zoomed = true;
    m_rangeSettled->start();
}

void MetricChartView::zoomToRange(double from, double to)
{
    if (!(to > from))
        return;
    m_zoomed = true;
    m_settingRange = true;
    m_x->setRange(from, to);
    m_settingRange = false;
    fitAxes();
    m_rangeSettled->start();
}

void MetricChartView::resetZoom()
{
    const bool was = m_zoomed;
    m_zoomed = false;
    m_rangeSettled->stop();
    fitAxes();
    if (was)
        emit zoomReset();
}

void MetricChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        resetZoom();
        event->accept();
        return;
    }
    // A rubber band ending here zooms the chart: the one range change that is the user's.
    const QScopedValueRollback user(m_userZoom, event->button() == Qt::LeftButton);
    QChartView::mouseReleaseEvent(event);
}

void MetricChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    resetZoom();
    event->accept();
}

void MetricChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    // QtCharts 6.4 keeps the axis labels it laid out while the chart was too small to
    // show them (a chart filled before its widget got its place shows "…" for every
    // label) until an axis range changes: nudge the ranges so it lays them out anew.
    if (event->size().width() > event->oldSize().width() || event->size().height() > event->oldSize().height()) {
        const QScopedValueRollback guard(m_settingRange, true);
        for (QValueAxis *axis : {m_x, m_y}) {
            const double min = axis->min();
            const double max = axis->max();
            axis->setRange(min, max + (max - min) * 1e-9 + 1e-12);
            axis->setRange(min, max);
        }
        if (m_logActive) {
            const double min = m_logY->min();
            const double max = m_logY->max();
            m_logY->setRange(min, max * (1 + 1e-9));
            m_logY->setRange(min, max);
        }
    }
}

void MetricChartView::wheelEvent(QWheelEvent *event)
{
    const QRectF area = chart()->plotArea();
    if (area.width() <= 0 || event->angleDelta().y() == 0) {
        event->ignore();
        return;
    }
    // Zoom the step axis around the pointer.
    const double share = std::clamp((event->position().x() - area.left()) / area.width(), 0.0, 1.0);
    const double min = m_x->min();
    const double max = m_x->max();
    const double pivot = min + (max - min) * share;
    const double factor = event->angleDelta().y() > 0 ? 0.8 : 1.25;
    double from = pivot - (pivot - min) * factor;
    double to = pivot + (max - pivot) * factor;
    if (to - from < 2)
        return;
    if (from <= m_fullFrom && to >= m_fullTo) {
        resetZoom();
        event->accept();
        return;
    }
    zoomToRange(from, to);
    event->accept();
}

} // namespace mlops
