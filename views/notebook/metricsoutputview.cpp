// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/notebook/metricsoutputview.h"

#include "core/common/lttb.h"
#include "views/common/theme.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace mlops {

namespace {
QString formatValue(double v)
{
    return QString::number(v, 'g', 4);
}

/** A 1, 2 or 5 times a power of ten near `raw`: steps people read at a glance. */
double niceStep(double raw)
{
    if (raw <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double f = raw / magnitude;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * magnitude;
}

/** Sets the axis to whole steps around [lo, hi] with about five ticks. */
void setNiceRange(QValueAxis *axis, double lo, double hi, bool integers)
{
    if (hi <= lo)
        hi = lo + 1;
    double step = niceStep((hi - lo) / 5);
    if (integers)
        step = qMax(1.0, std::round(step));
    const double first = std::floor(lo / step) * step;
    const double last = std::ceil(hi / step) * step;
    axis->setRange(first, last);
    axis->setTickCount(int(std::round((last - first) / step)) + 1);
}
} // namespace

MetricsOutputView::MetricsOutputView(QWidget *parent)
    : QFrame(parent), m_summary(new QLabel(this)), m_chartView(new QChartView(this)), m_chart(new QChart),
      m_x(new QValueAxis), m_y(new QValueAxis), m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("outputMetrics"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    m_summary->setObjectName(QStringLiteral("metricsSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->hide();
    layout->addWidget(m_summary);

    m_chart->setBackgroundVisible(false);
    m_chart->setMargins(QMargins(0, 4, 0, 0));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->legend()->setAlignment(Qt::AlignRight);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_chart->legend()->setFont(small);
    m_x->setTitleText(tr("step"));
    m_x->setLabelFormat(QStringLiteral("%d"));
    for (QValueAxis *axis : {m_x, m_y}) {
        axis->setLabelsFont(small);
        axis->setTitleFont(small);
        axis->setGridLineColor(QColor(0xe5, 0xe7, 0xeb));
        axis->setLinePenColor(QColor(0xcb, 0xd2, 0xdc));
    }
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_chartView->setObjectName(QStringLiteral("metricsChart"));
    m_chartView->setChart(m_chart);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setFixedHeight(200);
    m_chartView->hide();
    layout->addWidget(m_chartView);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(80);
    connect(m_refresh, &QTimer::timeout, this, &MetricsOutputView::refresh);
}

void MetricsOutputView::addValue(const LoggedValue &value)
{
    if (value.kind == LoggedValue::Kind::Param)
        m_params.insert(value.name, value.text);
    else
        m_metrics[value.name].insert(value.step, value.value);
    // The first value shows at once; a stream of them redraws a few times a second.
    if (!m_refresh->isActive())
        m_refresh->start(m_lines.isEmpty() && m_summary->isHidden() ? 0 : 80);
}

QStringList MetricsOutputView::chartedMetrics() const
{
    return m_lines.keys();
}

int MetricsOutputView::pointCount(const QString &metric) const
{
    return int(m_metrics.value(metric).size());
}

void MetricsOutputView::refresh()
{
    QStringList parts;
    auto chip = [](const QString &name, const QString &value) {
        return QStringLiteral("<span style='color:#6b7280'>%1</span>&nbsp;<b>%2</b>")
            .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QStringList params;
    for (auto it = m_params.cbegin(); it != m_params.cend(); ++it)
        params.append(chip(it.key(), it.value()));
    if (!params.isEmpty())
        parts.append(tr("Parameters") + QStringLiteral(": ") + params.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    QStringList scalars;
    for (auto it = m_metrics.cbegin(); it != m_metrics.cend(); ++it) {
        if (it->size() == 1)
            scalars.append(chip(it.key(), formatValue(it->first())));
    }
    if (!scalars.isEmpty())
        parts.append(tr("Metrics") + QStringLiteral(": ") + scalars.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    m_summary->setText(parts.join(QStringLiteral("<br>")));
    m_summary->setVisible(!parts.isEmpty());

    double minX = 0, maxX = 0, minY = 0, maxY = 0;
    bool any = false;
    int colour = 0;
    for (auto it = m_metrics.cbegin(); it != m_metrics.cend(); ++it, ++colour) {
        if (it->size() < 2)
            continue;
        QLineSeries *series = m_lines.value(it.key());
        if (!series) {
            series = new QLineSeries;
            series->setName(it.key());
            QPen pen(theme::seriesColor(colour));
            pen.setWidthF(2);
            series->setPen(pen);
            m_chart->addSeries(series);
            series->attachAxis(m_x);
            series->attachAxis(m_y);
            m_lines.insert(it.key(), series);
        }
        // Every point counts for the axes; the line is downsampled keeping its shape
        // (LTTB), so a spike of a diverging loss stays visible.
        QList<QPointF> points;
        points.reserve(it->size());
        for (auto p = it->cbegin(); p != it->cend(); ++p) {
            const QPointF point(double(p.key()), p.value());
            if (!any) {
                minX = maxX = point.x();
                minY = maxY = point.y();
                any = true;
            }
            minX = qMin(minX, point.x());
            maxX = qMax(maxX, point.x());
            minY = qMin(minY, point.y());
            maxY = qMax(maxY, point.y());
            points.append(point);
        }
        if (points.size() > kMaxPointsPerSeries)
            points = downsampleLttb(points, kMaxPointsPerSeries);
        series->replace(points);
    }
    if (!any) {
        m_chartView->hide();
        return;
    }
    const double padY = maxY > minY ? (maxY - minY) * 0.06 : qMax(std::abs(maxY) * 0.1, 0.1);
    // Losses and accuracies never go below zero: neither should their axis.
    const double lowY = minY >= 0 ? qMax(0.0, minY - padY) : minY - padY;
    setNiceRange(m_x, minX, maxX, true);
    setNiceRange(m_y, lowY, maxY + padY, false);
    m_chartView->show();
}

} // namespace mlops
