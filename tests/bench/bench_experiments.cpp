// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// Benchmarks of the Experiments screen (DESIGN.md §7), printing `name value unit` lines:
//   charts   10 runs × 100,000 points: first draw downsampled (LTTB) against raw points
//   table    100,000 runs: open, page fetches, scrolling, sorting and filtering
//   ingest   1,000,000 metric points from a helper's metrics file against a raw sqlite3
//            bulk insert of the same rows into the same schema
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench/bench_experiments [charts|table|ingest]…

#include "core/common/lttb.h"
#include "core/store/store.h"
#include "core/tracking/metricseries.h"
#include "core/tracking/metricsfile.h"
#include "core/tracking/runquery.h"
#include "core/tracking/runtracker.h"
#include "runfixture.h"
#include "views/common/metricchartview.h"
#include "views/common/theme.h"
#include "views/experiments/metricchartgrid.h"
#include "views/experiments/runtablemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

#include <sqlite3.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <ctime>

using namespace mlops;

namespace {

QTextStream out(stdout);

void report(const char *name, double value, const char *unit)
{
    out << name << ' ' << QString::number(value, 'f', value < 10 ? 2 : 1) << ' ' << unit << Qt::endl;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

/** CPU time of the calling thread. */
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

/** The longest gap between the ticks of a 1 ms timer on the GUI thread: how long it was busy. */
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            m_worst = std::max(m_worst, ms(m_clock));
            m_clock.restart();
        });
        m_clock.start();
        m_timer.start();
    }
    double worstMs() const { return m_worst; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_worst = 0;
};

// --smoke (the ctest entry) proves the benchmarks work on small data, not how fast.
bool g_smoke = false;

constexpr int kChartRuns = 10;
int kChartPoints = 100000;

/** 10 notebook runs with a 100,000-point "loss" each, written with plain SQL. */
QList<qint64> makeChartStore(Database &db)
{
    QList<qint64> runs;
    (void)db.exec(QStringLiteral("BEGIN"));
    (void)db.exec(QStringLiteral("INSERT INTO metric_keys(name) VALUES('loss')"));
    const qint64 key = db.lastInsertId();
    Result<Statement> run = db.prepare(QStringLiteral(
        "INSERT INTO runs(uuid, kind, name, status, created_at) VALUES(?, 'notebook', ?, 'Completed', ?)"));
    Result<Statement> metric = db.prepare(QStringLiteral("INSERT INTO metrics VALUES(?, ?, ?, ?, 0)"));
    Result<Statement> latest = db.prepare(QStringLiteral("INSERT INTO latest_metrics VALUES(?, ?, ?, ?, 0)"));
    for (int r = 0; r < kChartRuns; ++r) {
        run->bind(1, QStringLiteral("%1").arg(r, 32, 16, QLatin1Char('0'))).bind(2, QStringLiteral("notebooks/n%1.ipynb").arg(r));
        run->bind(3, qint64(r));
        (void)run->exec();
        const qint64 id = db.lastInsertId();
        runs.append(id);
        double value = 0;
        for (int s = 0; s < kChartPoints; ++s) {
            value = std::exp(-s / 20000.0) * (1.0 + 0.1 * r) + 0.05 * std::sin(s * 0.01 + r) + 0.01 * std::sin(s * 1.3);
            metric->bind(1, id).bind(2, key).bind(3, qint64(s)).bind(4, value);
            (void)metric->exec();
        }
        latest->bind(1, id).bind(2, key).bind(3, qint64(kChartPoints - 1)).bind(4, value);
        (void)latest->exec();
    }
    (void)db.exec(QStringLiteral("COMMIT"));
    // Runs write their metrics in batches, and SQLite's automatic checkpoint moves the
    // pages into the database file as the WAL grows; this one big transaction would
    // instead leave all of them in the WAL, which no store that runs wrote looks like.
    (void)db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return runs;
}

void benchCharts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.db"));
    Result<std::unique_ptr<Store>> store = Store::open(path);
    const QList<qint64> runs = makeChartStore((*store)->db());

    // Raw points, as a chart would get them without downsampling.
    MetricSeriesRequest all;
    all.runIds = runs;
    all.maxPoints = 0;
    QElapsedTimer readClock;
    readClock.start();
    Result<QList<MetricSeries>> raw = loadMetricSeries((*store)->db(), all);
    report("chart_store_read_1M_points_ms", ms(readClock), "ms");

    auto draw = [](const QList<MetricSeries> &series) {
        QList<ChartSeriesData> data;
        for (int i = 0; i < series.size(); ++i)
            data.append({QStringLiteral("run %1").arg(i), theme::seriesColor(i), series.at(i).points,
                         series.at(i).totalPoints});
        MetricChartView view;
        view.resize(900, 420);
        view.show();
        QApplication::processEvents();
        QElapsedTimer clock;
        clock.start();
        view.setSeries(data);
        const QPixmap shot = view.grab();   // lays out and paints every series once
        const double elapsed = ms(clock);
        Q_UNUSED(shot);
        return elapsed;
    };

    // One small chart first, so neither measurement pays for loading fonts and styles.
    {
        MetricSeries warm;
        warm.points = {QPointF(0, 1), QPointF(1, 2), QPointF(2, 1.5)};
        draw({warm});
    }
    // Downsampled: LTTB to 2,000 points a series (in memory), then drawn.
    QElapsedTimer lttbClock;
    lttbClock.start();
    QList<MetricSeries> reduced = *raw;
    for (MetricSeries &s : reduced)
        s.points = downsampleLttb(s.points, 2000);
    const double lttbMs = ms(lttbClock);
    report("chart_lttb_10x100k_to_2000_ms", lttbMs, "ms");
    const double lttbDraw = draw(reduced);
    report("chart_first_draw_downsampled_ms", lttbMs + lttbDraw, "ms");
    report("chart_first_draw_raw_ms", draw(*raw), "ms");

    // End to end as the screen does it: the grid reads the store off the GUI thread,
    // downsamples, builds the chart and paints.
    {
        MetricChartGrid grid;
        grid.setStorePath(path);
        grid.setMaxPoints(2000);
        grid.resize(1000, 500);
        grid.show();
        QApplication::processEvents();
        QList<ChartRun> chartRuns;
        for (int i = 0; i < runs.size(); ++i)
            chartRuns.append({runs.at(i), QStringLiteral("run %1").arg(i), theme::seriesColor(i)});
        QSignalSpy loaded(&grid, &MetricChartGrid::loaded);
        QElapsedTimer clock;
        clock.start();
        double firstMs = 0;
        // The preview (sampled steps) is drawn first; the full LTTB series replace it.
        QObject::connect(&grid, &MetricChartGrid::firstDrawn, &grid, [&] {
            const QPixmap preview = grid.grab();
            Q_UNUSED(preview);
            firstMs = ms(clock);
            report("chart_end_to_end_preview_query_ms", double(grid.lastLoadMs()), "ms");
        });
        grid.setRuns(chartRuns);
        loaded.wait(60000);
        const QPixmap shot = grid.grab();
        Q_UNUSED(shot);
        report("chart_end_to_end_first_draw_ms", firstMs, "ms");
        report("chart_end_to_end_full_lttb_ms", ms(clock), "ms");
        report("chart_end_to_end_store_query_ms", double(grid.lastLoadMs()), "ms");
        // Zoom into 1% of the steps: the store is asked again, the detail comes back.
        MetricChartView *chart = grid.chart(QStringLiteral("loss"));
        QSignalSpy refined(&grid, &MetricChartGrid::loaded);
        clock.restart();
        chart->zoomToRange(50000, 51000);
        refined.wait(60000);
        const QPixmap zoomed = grid.grab();
        Q_UNUSED(zoomed);
        report("chart_zoom_refine_ms", ms(clock), "ms");
    }
}

void benchTable()
{
    const int kRuns = g_smoke ? 2000 : 100000;
    QTemporaryDir dir;
    // MLOPS_BENCH_STORE=path keeps the 100,000-run store (and reuses it on the next run).
    const QString kept = qEnvironmentVariable("MLOPS_BENCH_STORE");
    const QString path = kept.isEmpty() ? dir.filePath(QStringLiteral("store.db")) : kept;
    if (kept.isEmpty() || !QFile::exists(kept)) {
        Result<std::unique_ptr<Store>> store = Store::open(path);
        QElapsedTimer fill;
        fill.start();
        test::populateRuns((*store)->db(), kRuns);
        report("table_fixture_write_s", ms(fill) / 1000.0, "s");
    }

    RunTableModel model;
    model.setDynamicColumns({QStringLiteral("n_estimators"), QStringLiteral("seed")},
                            {QStringLiteral("accuracy"), QStringLiteral("roc_auc")});
    QTreeView view;
    view.setUniformRowHeights(true);
    view.setModel(&model);
    view.resize(1100, 640);
    view.show();
    QApplication::processEvents();
    QList<double> pageTimes;
    QObject::connect(&model, &RunTableModel::pageLoaded, &model, [&] { pageTimes.append(double(model.lastPageMs())); });
    auto settle = [&] {
        QTest::qWait(0);
        (void)QTest::qWaitFor([&] { return !model.isLoading(); }, 60000);
    };

    QSignalSpy listed(&model, &RunTableModel::listLoaded);
    QElapsedTimer clock;
    clock.start();
    model.setStorePath(path);
    listed.wait(60000);
    const double listMs = ms(clock);
    view.viewport()->repaint();
    settle();
    view.viewport()->repaint();
    report("table_rows", model.rowCount(), "runs");
    report("table_id_list_query_ms", double(model.lastListMs()), "ms");
    report("table_open_to_list_ms", listMs, "ms");
    report("table_open_to_first_page_painted_ms", ms(clock), "ms");

    // Scroll through: 100 jumps from top to bottom. The GUI thread only paints (rows not
    // yet fetched show "Loading…"); pages arrive from the store in the background.
    QScrollBar *bar = view.verticalScrollBar();
    double worstGui = 0;
    double totalGui = 0;
    double worstFilled = 0;
    constexpr int kSteps = 100;
    QElapsedTimer all;
    all.start();
    for (int i = 1; i <= kSteps; ++i) {
        QElapsedTimer gui;
        gui.start();
        bar->setValue(int(qint64(bar->maximum()) * i / kSteps));
        view.viewport()->repaint();
        const double g = ms(gui);
        worstGui = std::max(worstGui, g);
        totalGui += g;
        settle();
        view.viewport()->repaint();
        worstFilled = std::max(worstFilled, ms(gui));
    }
    report("table_scroll_steps", kSteps, "jumps");
    report("table_scroll_gui_blocked_max_ms", worstGui, "ms");
    report("table_scroll_gui_blocked_mean_ms", totalGui / kSteps, "ms");
    report("table_scroll_until_rows_shown_max_ms", worstFilled, "ms");
    report("table_scroll_through_total_ms", ms(all), "ms");
    if (!pageTimes.isEmpty()) {
        std::sort(pageTimes.begin(), pageTimes.end());
        double sum = 0;
        for (double t : pageTimes)
            sum += t;
        report("table_page_fetches", double(pageTimes.size()), "pages");
        report("table_page_fetch_mean_ms", sum / double(pageTimes.size()), "ms");
        report("table_page_fetch_p95_ms", pageTimes.at(int(double(pageTimes.size() - 1) * 0.95)), "ms");
    }

    // Live refreshes (the screen polls once a second while runs go): the longest the GUI
    // thread went without running its event loop, measured by a 1 ms timer.
    {
        StallProbe probe;
        for (int i = 0; i < 5; ++i) {
            QSignalSpy again(&model, &RunTableModel::listLoaded);
            model.refresh();
            again.wait(60000);
            settle();
        }
        report("table_live_refresh_max_gui_stall_ms", probe.worstMs(), "ms");
    }

    auto timeQuery = [&](const char *name, const RunListQuery &q) {
        QSignalSpy again(&model, &RunTableModel::listLoaded);
        model.setQuery(q);
        again.wait(120000);
        report(name, double(model.lastListMs()), "ms");
    };
    RunListQuery q;
    q.sort = {RunSort::Field::Metric, QStringLiteral("accuracy"), true};
    timeQuery("table_sort_by_metric_ms", q);
    q.sort = {RunSort::Field::Parameter, QStringLiteral("seed"), false};
    timeQuery("table_sort_by_parameter_ms", q);
    q = {};
    q.filter = QStringLiteral("accuracy > 0.9");
    timeQuery("table_filter_metric_ms", q);
    q.filter = QStringLiteral("n_estimators = 200 and status = Completed");
    timeQuery("table_filter_parameter_ms", q);
    q.filter.clear();
    q.search = QStringLiteral("explore");
    timeQuery("table_search_ms", q);
    Result<std::unique_ptr<Database>> db = Database::open(path, false);
    clock.restart();
    for (int i = 0; i < 20; ++i)
        (void)runquery::readStamp(**db);
    report("table_poll_stamp_ms", ms(clock) / 20, "ms");
}

/** One line as the mlops_studio helper writes it (json.dumps, compact separators). */
void appendMetricLine(QByteArray &out, const char *name, double value, qint64 step, qint64 ts)
{
    char buffer[64];
    out += "{\"type\":\"metric\",\"name\":\"";
    out += name;
    out += "\",\"value\":";
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);   // shortest, as Python's repr
    Q_UNUSED(ec);
    QByteArray number(buffer, end - buffer);
    if (!number.contains('.') && !number.contains('e'))
        number += ".0";
    out += number;
    out += ",\"step\":";
    out += QByteArray::number(step);
    out += ",\"timestamp\":";
    out += QByteArray::number(ts);
    out += "}\n";
}

void benchIngest()
{
    const int kPoints = g_smoke ? 20000 : 1000000;
    const char *names[] = {"loss", "accuracy", "learning_rate", "grad_norm"};
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("metrics.jsonl"));
    struct Row
    {
        int key;
        qint64 step;
        double value;
        qint64 ts;
    };
    std::vector<Row> rows;
    rows.reserve(kPoints);
    {
        QByteArray data;
        data.reserve(qsizetype(kPoints) * 90);
        for (int i = 0; i < kPoints; ++i) {
            const int key = i % 4;
            const qint64 step = i / 4;
            const double value = std::exp(-double(step) / 50000.0) + 0.001 * double(i % 97);
            const qint64 ts = 1'700'000'000'000 + i / 10;
            appendMetricLine(data, names[key], value, step, ts);
            rows.push_back({key, step, value, ts});
        }
        QFile f(file);
        (void)f.open(QIODevice::WriteOnly);
        f.write(data);
        report("ingest_file_mb", double(data.size()) / 1e6, "MB");
    }

    // Three rounds of each, alternating, on fresh stores; the medians count (the machine
    // is shared, single runs vary).
    // Through the studio: parse the helper's file, write through the RunTracker.
    auto ingestOnce = [&](int round) {
        Result<std::unique_ptr<Store>> store = Store::open(dir.filePath(QStringLiteral("ingest%1.db").arg(round)));
        RunTracker tracker((*store)->db());
        Result<RunRef> run = tracker.createRun({QStringLiteral("notebook"), QStringLiteral("bench.ipynb")});
        QElapsedTimer clock;
        clock.start();
        const double cpu0 = cpuMs();
        Result<qint64> stored = ingestMetricsFile(file, tracker, run->id);
        const Timing timing{ms(clock), cpuMs() - cpu0};
        if (!stored || *stored != kPoints)
            out << "ingest failed: " << (stored ? QString::number(*stored) : stored.error().toString()) << Qt::endl;
        return timing;
    };
    // Raw: one prepared statement, one transaction, the same rows and schema.
    auto rawOnce = [&](int round) {
        Result<std::unique_ptr<Store>> store = Store::open(dir.filePath(QStringLiteral("raw%1.db").arg(round)));
        sqlite3 *db = (*store)->db().handle();
        sqlite3_exec(db, "INSERT INTO metric_keys(name) VALUES('loss'),('accuracy'),('learning_rate'),('grad_norm');"
                         "INSERT INTO runs(uuid, kind, name, status, created_at) VALUES('r', 'notebook', 'n', 'Running', 0)",
                     nullptr, nullptr, nullptr);
        QElapsedTimer clock;
        clock.start();
        const double cpu0 = cpuMs();
        sqlite3_stmt *stmt = nullptr;
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        sqlite3_prepare_v2(db, "INSERT INTO metrics(run_id, key_id, step, value, ts) VALUES(1, ?, ?, ?, ?)", -1, &stmt,
                           nullptr);
        for (const Row &r : rows) {
            sqlite3_bind_int64(stmt, 1, r.key + 1);
            sqlite3_bind_int64(stmt, 2, r.step);
            sqlite3_bind_double(stmt, 3, r.value);
            sqlite3_bind_int64(stmt, 4, r.ts);
            sqlite3_step(stmt);
            sqlite3_reset(stmt);
        }
        sqlite3_finalize(stmt);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        return Timing{ms(clock), cpuMs() - cpu0};
    };
    auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    QList<double> ingest, raw, ratios, cpuRatios;
    for (int round = 0; round < 3; ++round) {
        const Timing r = rawOnce(round);
        const Timing i = ingestOnce(round);
        raw.append(r.wallMs);
        ingest.append(i.wallMs);
        ratios.append(r.wallMs / i.wallMs);
        cpuRatios.append(r.cpuMs / i.cpuMs);
    }
    const double ingestMs = median(ingest);
    const double rawMs = median(raw);
    report("ingest_studio_ms", ingestMs, "ms");
    report("ingest_studio_rows_per_s", kPoints / (ingestMs / 1000.0), "rows/s");
    report("ingest_raw_sqlite_ms", rawMs, "ms");
    report("ingest_raw_sqlite_rows_per_s", kPoints / (rawMs / 1000.0), "rows/s");
    // Speed of the studio's path over the raw insert's: wall clock, and CPU time of the
    // thread (steadier on a busy machine).
    report("ingest_ratio_studio_vs_raw", median(ratios), "x");
    report("ingest_ratio_worst_round", *std::min_element(ratios.cbegin(), ratios.cend()), "x");
    report("ingest_ratio_cpu_time", median(cpuRatios), "x");
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    applyStudioTheme(app);
    QStringList which = app.arguments().mid(1);
    g_smoke = which.removeAll(QStringLiteral("--smoke")) > 0;
    if (g_smoke)
        kChartPoints = 2000;
    if (which.isEmpty())
        which = {QStringLiteral("ingest"), QStringLiteral("charts"), QStringLiteral("table")};
    for (const QString &name : which) {
        if (name == QStringLiteral("charts"))
            benchCharts();
        else if (name == QStringLiteral("table"))
            benchTable();
        else if (name == QStringLiteral("ingest"))
            benchIngest();
    }
    return 0;
}
