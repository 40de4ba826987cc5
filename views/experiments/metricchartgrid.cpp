// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/experiments/metricchartgrid.h"

#include "core/store/database.h"
#include "views/common/async.h"
#include "views/common/metricchartview.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QGridLayout>
#include <QLabel>
#include <QMap>
#include <QScrollArea>
#include <QThread>
#include <QVBoxLayout>

#include <cmath>
#include <memory>
#include <limits>

namespace mlops {

namespace {

struct SeriesLoad
{
    Result<QList<MetricSeries>> series = Error{};
    qint64 elapsedMs = 0;
};

} // namespace

MetricChartGrid::MetricChartGrid(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(2);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 4, 8, 0);
    m_log = new QCheckBox(tr("Logarithmic scale"), this);
    m_log->setObjectName(QStringLiteral("chartsLogScale"));
    m_log->setToolTip(tr("Show values on a logarithmic axis (series with only positive values)"));
    auto *hint = new QLabel(tr("Drag across a chart to zoom into steps; right-click to zoom out"), this);
    hint->setProperty("role", QStringLiteral("muted"));
    hint->setWordWrap(true);   // a long translation wraps rather than running into the box
    bar->setSpacing(16);
    bar->addWidget(hint, 1);
    bar->addWidget(m_log, 0, Qt::AlignTop);
    outer->addLayout(bar);
    connect(m_log, &QCheckBox::toggled, this, &MetricChartGrid::setLogScale);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("chartGridContent"));
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(4, 4, 4, 4);
    m_empty = new QLabel(content);
    m_empty->setProperty("role", QStringLiteral("muted"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMinimumHeight(80);
    contentLayout->addWidget(m_empty);
    m_grid = new QGridLayout;
    m_grid->setSpacing(10);
    contentLayout->addLayout(m_grid, 1);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    setEmptyText(tr("No metric series yet. Metrics logged at several steps (a loss per "
                    "iteration, an accuracy per epoch) are charted here."));
}

void MetricChartGrid::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

void MetricChartGrid::setLogScale(bool on)
{
    if (m_log->isChecked() != on) {
        m_log->setChecked(on);   // comes back here through toggled()
        return;
    }
    for (MetricChartView *chart : std::as_const(m_charts))
        chart->setLogScale(on);
}

bool MetricChartGrid::isLogScale() const
{
    return m_log->isChecked();
}

QStringList MetricChartGrid::keys() const
{
    QStringList k = m_charts.keys();
    k.sort();
    return k;
}

void MetricChartGrid::setRuns(const QList<ChartRun> &runs)
{
    const bool sameRuns = [&] {
        if (runs.size() != m_runs.size())
            return false;
        for (int i = 0; i < runs.size(); ++i) {
            if (runs.at(i).id != m_runs.at(i).id)
                return false;
        }
        return true;
    }();
    m_runs = runs;
    if (!sameRuns) {
        // Other runs: start from the whole range with fresh charts.
        for (MetricChartView *chart : std::as_const(m_charts))
            chart->deleteLater();
        m_charts.clear();
        m_keyGeneration.clear();
        m_empty->setVisible(true);
    }
    ++m_generation;
    if (m_runs.isEmpty() || m_storePath.isEmpty()) {
        relayout();
        return;
    }
    load({}, -std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity(), true);
}

void MetricChartGrid::reload()
{
    if (m_runs.isEmpty() || m_storePath.isEmpty() || m_pending > 0)
        return;
    load({}, -std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity());
    for (auto it = m_charts.cbegin(); it != m_charts.cend(); ++it) {
        if ((*it)->isZoomed())
            load(it.key(), (*it)->rangeFrom(), (*it)->rangeTo());
    }
}

void MetricChartGrid::load(const QString &key, double from, double to, bool preview)
{
    const QString path = m_storePath;
    const quint64 generation = m_generation;
    const quint64 keyGeneration = key.isEmpty() ? 0 : ++m_keyGeneration[key];
    // Several runs read in parallel, one connection each: reading a million points is
    // most of the wait before the first chart.
    const int jobs = int(std::clamp<qsizetype>(m_runs.size(), 1, std::max(1, QThread::idealThreadCount())));
    struct Gather
    {
        int remaining = 0;
        QList<MetricSeries> series;
        Error error;
        qint64 elapsedMs = 0;
    };
    auto gather = std::make_shared<Gather>();
    gather->remaining = jobs;
    setPending(+1);
    for (int job = 0; job < jobs; ++job) {
        MetricSeriesRequest request;
        for (int i = job; i < m_runs.size(); i += jobs)
            request.runIds.append(m_runs.at(i).id);
        if (!key.isEmpty())
            request.keys = {key};
        request.fromStep = from;
        request.toStep = to;
        request.maxPoints = m_maxPoints;
        request.preview = preview;
        runAsync(
            this,
            [path, request] {
                SeriesLoad load;
                QElapsedTimer clock;
                clock.start();
                Result<std::unique_ptr<Database>> db = Database::open(path, false);
                // Reading through a memory map saves a copy per page; the
                // preview's seeks each land on a page of their own.
                if (db)
                    (void)(*db)->exec(QStringLiteral("PRAGMA mmap_size=1073741824"));
                if (!db)
                    load.series = db.error();
                else
                    load.series = loadMetricSeries(**db, request);
                load.elapsedMs = clock.elapsed();
                return load;
            },
            [this, key, from, to, preview, generation, keyGeneration, gather](const SeriesLoad &result) {
                if (result.series)
                    gather->series += *result.series;
                else
                    gather->error = result.series.error();
                gather->elapsedMs = std::max(gather->elapsedMs, result.elapsedMs);
                if (--gather->remaining > 0)
                    return;
                if (generation != m_generation) {
                    setPending(-1);
                    return;
                }
                const bool partial = preview && gather->error.message.isEmpty()
                                     && std::any_of(gather->series.cbegin(), gather->series.cend(),
                                                    [](const MetricSeries &s) { return s.preview; });
                if (partial) {
                    // Show the preview now; the full series follow (still busy until then).
                    m_lastLoadMs = gather->elapsedMs;
                    apply(gather->series, key);
                    emit firstDrawn();
                    load(key, from, to, false);
                    setPending(-1);
                    return;
                }
                setPending(-1);
                if (!key.isEmpty() && keyGeneration != m_keyGeneration.value(key))
                    return;  // a newer zoom of this chart is on its way
                if (!gather->error.message.isEmpty()) {
                    m_empty->setText(gather->error.toString());
                    m_empty->setVisible(true);
                    return;
                }
                if (key.isEmpty())
                    m_lastLoadMs = gather->elapsedMs;
                apply(gather->series, key);
                emit loaded();
            });
    }
}

QList<ChartSeriesData> MetricChartGrid::toChartData(const QList<MetricSeries> &series) const
{
    QList<ChartSeriesData> out;
    for (const ChartRun &run : m_runs) {
        for (const MetricSeries &s : series) {
            if (s.runId != run.id)
                continue;
            out.append(ChartSeriesData{m_runs.size() == 1 ? s.key : run.label, run.color, s.points, s.totalPoints});
        }
    }
    return out;
}

void MetricChartGrid::apply(const QList<MetricSeries> &series, const QString &onlyKey)
{
    QMap<QString, QList<MetricSeries>> byKey;
    for (const MetricSeries &s : series)
        byKey[s.key].append(s);

    if (!onlyKey.isEmpty()) {
        if (MetricChartView *chart = m_charts.value(onlyKey))
            chart->setSeries(toChartData(byKey.value(onlyKey)));
        return;
    }
    bool changed = false;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        // A single value (accuracy of an evaluation) is a number, not a chart.
        const bool isSeries = std::any_of(it->cbegin(), it->cend(),
                                          [](const MetricSeries &s) { return s.totalPoints > 1; });
        if (!isSeries)
            continue;
        MetricChartView *chart = m_charts.value(it.key());
        if (!chart) {
            chart = new MetricChartView(this);
            chart->setObjectName(QStringLiteral("metricChart"));
            chart->setTitle(it.key());
            chart->setMinimumHeight(230);
            chart->setLogScale(m_log->isChecked());
            const QString key = it.key();
            connect(chart, &MetricChartView::rangeRequested, this,
                    [this, key](double from, double to) { load(key, from, to); });
            connect(chart, &MetricChartView::zoomReset, this, [this, key] {
                load(key, -std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity());
            });
            m_charts.insert(it.key(), chart);
            changed = true;
        }
        if (!chart->isZoomed())
            chart->setSeries(toChartData(*it));
    }
    if (changed)
        relayout();
    m_empty->setVisible(m_charts.isEmpty());
}

void MetricChartGrid::relayout()
{
    while (m_grid->count() > 0)
        delete m_grid->takeAt(0);
    const QStringList sorted = keys();
    // One chart takes the whole width; more share it, m_columns to a row.
    const int columns = sorted.size() <= 1 ? 1 : m_columns;
    for (int i = 0; i < sorted.size(); ++i)
        m_grid->addWidget(m_charts.value(sorted.at(i)), i / columns, i % columns);
    for (int c = 0; c < m_columns; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    m_empty->setVisible(m_charts.isEmpty());
}

void MetricChartGrid::setPending(int delta)
{
    const bool was = m_pending > 0;
    m_pending += delta;
    if (was != (m_pending > 0))
        emit busyChanged(m_pending > 0);
}

} // namespace mlops
