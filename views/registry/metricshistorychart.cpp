// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/registry/metricshistorychart.h"

#include "views/common/niceaxis.h"
#include "views/common/theme.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSet>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace mlops {

MetricsHistoryChart::MetricsHistoryChart(QWidget *parent)
    : QWidget(parent), m_metric(new QComboBox(this)), m_view(new QChartView(this)), m_chart(new QChart),
      m_empty(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *top = new QHBoxLayout;
    auto *caption = new QLabel(tr("Metric across versions"), this);
    caption->setProperty("role", QStringLiteral("muted"));
    top->addWidget(caption);
    top->addStretch(1);
    m_metric->setObjectName(QStringLiteral("metricChoice"));
    m_metric->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_metric->setMinimumContentsLength(12);
    top->addWidget(m_metric);
    layout->addLayout(top);

    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    // Points take the status colours of the badges and the tree; no legend needed.
    m_chart->legend()->hide();
    m_view->setChart(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(190);
    m_view->setMinimumWidth(240);
    m_view->setToolTip(tr("Each point is a version, coloured by its approval status; the ringed one is selected."));
    m_view->setObjectName(QStringLiteral("metricsChart"));
    layout->addWidget(m_view, 1);
    m_empty->setProperty("role", QStringLiteral("muted"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("No metrics were recorded for these versions."));
    m_empty->hide();
    layout->addWidget(m_empty);

    connect(m_metric, &QComboBox::currentTextChanged, this, [this] { rebuild(); });
}

QString MetricsHistoryChart::metric() const
{
    return m_metric->currentText();
}

void MetricsHistoryChart::setMetric(const QString &name)
{
    const int index = m_metric->findText(name);
    if (index >= 0)
        m_metric->setCurrentIndex(index);
}

void MetricsHistoryChart::setVersions(const QList<ModelVersion> &versions, int selectedVersion)
{
    m_versions = versions;
    m_selected = selectedVersion;
    const QString previous = m_metric->currentText();
    QStringList names;
    QSet<QString> seen;
    for (const ModelVersion &v : versions) {
        for (auto it = v.metrics.cbegin(); it != v.metrics.cend(); ++it) {
            if (!seen.contains(it.key())) {
                seen.insert(it.key());
                names.append(it.key());
            }
        }
    }
    names.sort();
    // Headline metrics first: what reviewers compare.
    for (const QString &preferred : {QStringLiteral("f1"), QStringLiteral("accuracy")}) {
        if (names.removeOne(preferred))
            names.prepend(preferred);
    }
    const QSignalBlocker block(m_metric);
    m_metric->clear();
    m_metric->addItems(names);
    if (names.contains(previous))
        m_metric->setCurrentText(previous);
    rebuild();
}

void MetricsHistoryChart::rebuild()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    const QString name = m_metric->currentText();
    auto *line = new QLineSeries;
    line->setPen(QPen(theme::muted(), 1.5));
    struct StatusSeries
    {
        ApprovalStatus status;
        QScatterSeries *series;
    };
    QList<StatusSeries> byStatus;
    for (ApprovalStatus status :
         {ApprovalStatus::Approved, ApprovalStatus::PendingManualApproval, ApprovalStatus::Rejected}) {
        auto *s = new QScatterSeries;
        s->setName(approvalStatusDisplayName(status));
        s->setColor(theme::statusColor(approvalStatusName(status)));
        s->setBorderColor(Qt::white);
        s->setMarkerSize(11);
        byStatus.append({status, s});
    }
    auto *selected = new QScatterSeries;
    selected->setName(tr("Selected"));
    selected->setColor(Qt::transparent);
    selected->setBorderColor(theme::accent());
    selected->setPen(QPen(theme::accent(), 2.5));
    selected->setMarkerSize(20);

    double low = 0;
    double high = 0;
    m_points = 0;
    int first = 0;
    int last = 0;
    for (const ModelVersion &v : std::as_const(m_versions)) {
        if (!v.metrics.contains(name))
            continue;
        const double value = v.metrics.value(name);
        if (m_points == 0) {
            low = high = value;
            first = v.version;
        }
        low = qMin(low, value);
        high = qMax(high, value);
        last = v.version;
        ++m_points;
        line->append(v.version, value);
        for (const StatusSeries &s : byStatus) {
            if (s.status == v.status)
                s.series->append(v.version, value);
        }
        if (v.version == m_selected)
            selected->append(v.version, value);
    }
    m_empty->setVisible(m_points == 0);
    m_view->setVisible(m_points > 0);
    if (m_points == 0) {
        delete line;
        delete selected;
        for (const StatusSeries &s : byStatus)
            delete s.series;
        return;
    }

    auto *x = new QValueAxis;
    x->setRange(first - 0.5, last + 0.5);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(first);
    x->setTickInterval(qMax(1.0, std::ceil((last - first + 1) / 10.0)));
    x->setLabelFormat(QStringLiteral("v%.0f"));
    x->setGridLineVisible(false);
    auto *y = new QValueAxis;
    const double pad = high > low ? (high - low) * 0.25 : qMax(std::abs(high) * 0.05, 0.01);
    // Round ticks, labelled with as many decimals as their step needs: 0.95614 and 0.95804
    // get 0.9555, 0.9560… rather than 0.956 twice.
    const NiceRange nice = niceRange(low - pad, high + pad);
    y->setRange(nice.from, nice.to);
    y->setTickCount(nice.ticks);
    y->setLabelFormat(nice.labelFormat());
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);

    QList<QAbstractSeries *> all{line};
    for (const StatusSeries &s : byStatus)
        all.append(s.series);
    all.append(selected);
    for (QAbstractSeries *s : all) {
        m_chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

} // namespace mlops
