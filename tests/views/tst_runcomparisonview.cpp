// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/store/store.h"
#include "core/tracking/metricdirection.h"
#include "core/tracking/runquery.h"
#include "runfixture.h"
#include "views/common/metricchartview.h"
#include "views/experiments/metricchartgrid.h"
#include "views/experiments/runcomparisonview.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFontMetrics>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace mlops;

class TestRunComparisonView : public QObject
{
    Q_OBJECT

    static constexpr int kRuns = 30;
    static constexpr int kLossPoints = 20000;

    QTemporaryDir m_dir;
    QString m_path;
    QList<qint64> m_topLevel;    ///< top-level run i at index i
    std::unique_ptr<Store> m_store;

    bool settle(RunComparisonView &view)
    {
        QTest::qWait(0);
        return QTest::qWaitFor([&] { return !view.isBusy(); }, 20000);
    }

    /** Shows the view on the test store comparing `runs`, loaded and drawn. */
    bool compareShown(RunComparisonView &view, const QList<qint64> &runs)
    {
        view.setStorePath(m_path);
        view.resize(1100, 700);
        view.show();
        QSignalSpy loaded(&view, &RunComparisonView::loaded);
        view.compare(runs);
        return loaded.wait(20000) && settle(view);
    }

    int rowOf(QTableWidget *table, const QString &key)
    {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0) && table->item(row, 0)->text() == key)
                return row;
        }
        return -1;
    }

    qint64 childNamed(qint64 parent, const QString &name)
    {
        Result<Statement> s = m_store->db().prepare(QStringLiteral("SELECT id FROM runs WHERE parent_id = ? AND name = ?"));
        s->bind(1, parent).bind(2, name);
        Result<bool> row = s->step();
        return row && *row ? s->int64(0) : 0;
    }

    /** A notebook run without parameters or metrics (a fresh uuid each). */
    qint64 addNotebookRun(const QString &status)
    {
        static int n = 0;
        Result<Statement> insert = m_store->db().prepare(QStringLiteral(
            "INSERT INTO runs(uuid, kind, name, status, runner, created_at, started_at, ended_at)"
            " VALUES(?, 'notebook', 'notebooks/try.ipynb', ?, 'python3', 1800000000000, 1800000000000,"
            " 1800000001000) RETURNING id"));
        if (!insert)
            return 0;
        insert->bind(1, QStringLiteral("0123456789abcdef0123456789abc%1").arg(++n, 3, 10, QLatin1Char('0')));
        insert->bind(2, status);
        Result<bool> row = insert->step();
        return row && *row ? insert->int64(0) : 0;
    }

    /** Sets a run's final value of a metric (as the last point it logged). */
    bool setFinalMetric(qint64 run, const QString &name, double value)
    {
        Result<Statement> key = m_store->db().prepare(QStringLiteral(
            "INSERT INTO metric_keys(name) VALUES(?) ON CONFLICT(name) DO UPDATE SET name = name RETURNING id"));
        if (!key)
            return false;
        key->bind(1, name);
        Result<bool> row = key->step();
        if (!row || !*row)
            return false;
        const qint64 keyId = key->int64(0);
        Result<Statement> latest = m_store->db().prepare(QStringLiteral(
            "INSERT OR REPLACE INTO latest_metrics(run_id, key_id, step, value, ts) VALUES(?, ?, 0, ?, 1800000000000)"));
        if (!latest)
            return false;
        latest->bind(1, run).bind(2, keyId).bind(3, value);
        return latest->exec().ok();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFontMetrics(QFont()).inFont(QLatin1Char('T')), "no fonts: install fonts-dejavu-core");
        m_path = m_dir.filePath(QStringLiteral("store.db"));
        Result<std::unique_ptr<Store>> store = Store::open(m_path);
        QVERIFY(store.ok());
        m_store = std::move(*store);
        QVERIFY(test::populateRuns(m_store->db(), kRuns, nullptr, kLossPoints));
        RunListQuery q;
        q.sort.descending = false;
        Result<RunIdList> ids = runquery::listRunIds(m_store->db(), q);
        QVERIFY(ids.ok());
        m_topLevel = ids->ids;
        QCOMPARE(m_topLevel.size(), kRuns);
    }

    void highlightsTheParametersThatDiffer()
    {
        // Executions 0 and 3: other seeds, the same test size and n_estimators (50).
        RunComparisonView view;
        QVERIFY(compareShown(view, {m_topLevel.at(0), m_topLevel.at(3)}));

        const RunComparison &c = view.comparison();
        QCOMPARE(c.runs.size(), 2);
        QVERIFY(c.parameterDiffers(QStringLiteral("seed")));
        QVERIFY(!c.parameterDiffers(QStringLiteral("test_size")));
        QVERIFY(!c.parameterDiffers(QStringLiteral("n_estimators")));   // a hyperparameter of their train steps
        QTableWidget *params = view.parametersTable();
        const int seed = rowOf(params, QStringLiteral("seed"));
        const int testSize = rowOf(params, QStringLiteral("test_size"));
        QVERIFY(seed >= 0 && testSize >= 0);
        QCOMPARE(params->item(seed, 0)->data(RunComparisonView::DiffersRole).toBool(), true);
        QCOMPARE(params->item(seed, 1)->text(), QStringLiteral("0"));
        QCOMPARE(params->item(seed, 2)->text(), QStringLiteral("3"));
        QVERIFY(params->item(seed, 1)->background().color() != params->item(testSize, 1)->background().color());
        QCOMPARE(params->item(testSize, 0)->data(RunComparisonView::DiffersRole).toBool(), false);
        QVERIFY(params->item(seed, 0)->font().bold());
        // The overview lists only what differs.
        QTableWidget *differences = view.differencesTable();
        QVERIFY(rowOf(differences, QStringLiteral("seed")) >= 0);
        QCOMPARE(rowOf(differences, QStringLiteral("test_size")), -1);

        // Final metrics: the better accuracy in bold.
        QTableWidget *metrics = view.metricsTable();
        const int accuracy = rowOf(metrics, QStringLiteral("accuracy"));
        QVERIFY(accuracy >= 0);
        QCOMPARE(metrics->item(accuracy, 1)->text(), QLocale().toString(test::RunFixture::accuracy(0), 'g', 6));
        QCOMPARE(metrics->item(accuracy, 2)->text(), QLocale().toString(test::RunFixture::accuracy(3), 'g', 6));
        QVERIFY(metrics->item(accuracy, 2)->font().bold());
        QVERIFY(!metrics->item(accuracy, 1)->font().bold());
    }

    void marksTheBestValueOnlyWhereADirectionIsKnown()
    {
        // Counts such as rows_test have no better end: neither run's value is in bold. A loss
        // is best low, an F1 score high, and scikit-learn's neg_ errors high too.
        const qint64 a = addNotebookRun(QStringLiteral("Completed")), b = addNotebookRun(QStringLiteral("Completed"));
        QVERIFY(a > 0 && b > 0);
        QVERIFY(setFinalMetric(a, QStringLiteral("rows_test"), 114));
        QVERIFY(setFinalMetric(b, QStringLiteral("rows_test"), 143));
        QVERIFY(setFinalMetric(a, QStringLiteral("val_loss"), 0.31));
        QVERIFY(setFinalMetric(b, QStringLiteral("val_loss"), 0.27));
        QVERIFY(setFinalMetric(a, QStringLiteral("f1_score"), 0.91));
        QVERIFY(setFinalMetric(b, QStringLiteral("f1_score"), 0.88));
        QVERIFY(setFinalMetric(a, QStringLiteral("neg_mean_squared_error"), -4.0));
        QVERIFY(setFinalMetric(b, QStringLiteral("neg_mean_squared_error"), -2.5));
        RunComparisonView view;
        QVERIFY(compareShown(view, {a, b}));

        QTableWidget *metrics = view.metricsTable();
        const int rows = rowOf(metrics, QStringLiteral("rows_test"));
        QVERIFY(rows >= 0);
        QVERIFY(!metrics->item(rows, 1)->font().bold());
        QVERIFY(!metrics->item(rows, 2)->font().bold());
        QCOMPARE(metrics->item(rows, 0)->data(RunComparisonView::DirectionRole).toInt(), int(MetricDirection::Unknown));
        QVERIFY2(metrics->item(rows, 0)->toolTip().contains(QStringLiteral("no value is marked best")),
                 qPrintable(metrics->item(rows, 0)->toolTip()));

        const int loss = rowOf(metrics, QStringLiteral("val_loss"));
        QVERIFY(loss >= 0);
        QVERIFY(!metrics->item(loss, 1)->font().bold());
        QVERIFY(metrics->item(loss, 2)->font().bold());
        QVERIFY(metrics->item(loss, 0)->toolTip().contains(QStringLiteral("lower is better")));

        const int f1 = rowOf(metrics, QStringLiteral("f1_score"));
        QVERIFY(f1 >= 0);
        QVERIFY(metrics->item(f1, 1)->font().bold());
        QVERIFY(!metrics->item(f1, 2)->font().bold());
        QVERIFY(metrics->item(f1, 0)->toolTip().contains(QStringLiteral("higher is better")));

        const int negMse = rowOf(metrics, QStringLiteral("neg_mean_squared_error"));
        QVERIFY(negMse >= 0);
        QVERIFY(!metrics->item(negMse, 1)->font().bold());
        QVERIFY(metrics->item(negMse, 2)->font().bold());
        QVERIFY(metrics->toolTip().contains(QStringLiteral("not ranked")));
    }

    void overlaysDownsampledSeriesAndRefinesOnZoom()
    {
        RunComparisonView view;
        view.setStorePath(m_path);
        view.resize(1100, 700);
        view.show();
        QSignalSpy loaded(&view, &RunComparisonView::loaded);
        QSignalSpy preview(view.charts(), &MetricChartGrid::firstDrawn);
        view.compare({m_topLevel.at(0), m_topLevel.at(1), m_topLevel.at(3)});
        QVERIFY(loaded.wait(20000));
        QVERIFY(settle(view));
        // Long series show a sampled preview first, then the full LTTB reduction.
        QCOMPARE(preview.size(), 1);
        MetricChartView *chart = view.charts()->chart(QStringLiteral("train:log_loss"));
        QVERIFY(chart);
        QCOMPARE(chart->seriesCount(), 3);
        for (int i = 0; i < 3; ++i) {
            const QList<QPointF> points = chart->points(i);
            QCOMPARE(points.size(), 1500);            // LTTB to the point budget
            QCOMPARE(points.first().x(), 0.0);
            QCOMPARE(points.last().x(), double(kLossPoints - 1));
        }
        // Zooming asks the store again for that range, in full detail.
        chart->zoomToRange(1000, 1100);
        QVERIFY(QTest::qWaitFor([&] { return chart->points(0).size() < 1500; }, 20000));
        QVERIFY(settle(view));
        for (int i = 0; i < 3; ++i) {
            const QList<QPointF> points = chart->points(i);
            QCOMPARE(points.size(), 103);             // steps 999…1101: every one
            QCOMPARE(points.first().x(), 999.0);
            QCOMPARE(points.last().x(), 1101.0);
        }
        QVERIFY(chart->isZoomed());
        chart->resetZoom();
        QVERIFY(QTest::qWaitFor([&] { return chart->points(0).size() == 1500; }, 20000));
        // Only series of several steps are charted: accuracy is one value per run.
        QVERIFY(!view.charts()->chart(QStringLiteral("accuracy")));
        // Log scale for losses, while every value is positive: run 0's loss reaches 0.0.
        view.charts()->setLogScale(true);
        QVERIFY(!chart->isLogScale());
        // The chart says why it stays linear.
        QVERIFY2(chart->scaleNote().contains(QStringLiteral("≤ 0")), qPrintable(chart->scaleNote()));
        view.compare({m_topLevel.at(1), m_topLevel.at(3)});
        QVERIFY(loaded.wait(20000));
        QVERIFY(settle(view));
        MetricChartView *positive = view.charts()->chart(QStringLiteral("train:log_loss"));
        QVERIFY(positive);
        QCOMPARE(positive->seriesCount(), 2);
        QVERIFY(positive->isLogScale());
        QVERIFY(positive->scaleNote().isEmpty());
    }

    void comparesANotebookRunWithAStepRun()
    {
        // Top-level run 6 is a notebook run; compare it with the train step of execution 5.
        QVERIFY(test::RunFixture::isNotebook(6));
        const qint64 train = childNamed(m_topLevel.at(5), QStringLiteral("train"));
        QVERIFY(train > 0);
        RunComparisonView view;
        QVERIFY(compareShown(view, {m_topLevel.at(6), train}));
        const RunComparison &c = view.comparison();
        QCOMPARE(c.runs.at(0).kind, QStringLiteral("notebook"));
        QCOMPARE(c.runs.at(1).kind, QStringLiteral("step"));
        QCOMPARE(c.runs.at(0).label(), QStringLiteral("explore.ipynb · ") + c.runs.at(0).uuid.left(8));
        QCOMPARE(c.runs.at(1).label(), QStringLiteral("train · ") + c.runs.at(1).uuid.left(8));
        // n_estimators: 50 for run 6 (6 % 3 == 0), 200 for run 5.
        QVERIFY(c.parameterDiffers(QStringLiteral("n_estimators")));
        QVERIFY(c.parameterDiffers(QStringLiteral("seed")));       // the step run has none
        QCOMPARE(c.runs.at(0).parameters.value(QStringLiteral("n_estimators")), QStringLiteral("50"));
        QCOMPARE(c.runs.at(1).parameters.value(QStringLiteral("n_estimators")), QStringLiteral("200"));
        MetricChartView *chart = view.charts()->chart(QStringLiteral("train:log_loss"));
        QVERIFY(chart);
        QCOMPARE(chart->seriesCount(), 2);
        QVERIFY(chart->points(0).size() > 2 && chart->points(1).size() > 2);
        // The scatter: n_estimators against the final log loss, one point per run.
        view.setScatterAxes(QStringLiteral("n_estimators"), QStringLiteral("train:log_loss"));
        QCOMPARE(view.scatterPointCount(), 2);
        view.setScatterAxes(QStringLiteral("n_estimators"), QStringLiteral("accuracy"));
        QCOMPARE(view.scatterPointCount(), 1);   // the train step has no accuracy
    }

    void picksScatterAxesThatDrawPoints()
    {
        // A notebook run that only set a parameter ("alpha", first in the list, a number that
        // differs) and logged no metric, compared with two executions that have accuracies.
        const qint64 notebook = addNotebookRun(QStringLiteral("Completed"));
        QVERIFY(notebook > 0);
        QVERIFY(m_store->db().exec(QStringLiteral("INSERT INTO params(run_id, kind, key, value) VALUES(%1, 'param', "
                                                  "'alpha', '0.5')").arg(notebook)).ok());
        RunComparisonView view;
        view.setStorePath(m_path);
        view.resize(1100, 700);
        view.show();
        QSignalSpy loaded(&view, &RunComparisonView::loaded);
        view.compare({notebook, m_topLevel.at(0), m_topLevel.at(3)});
        QVERIFY(loaded.wait(20000));
        QVERIFY(settle(view));
        QVERIFY(view.comparison().parameterDiffers(QStringLiteral("alpha")));
        view.setCurrentTab(RunComparisonView::ScatterTab);
        auto *x = view.findChild<QComboBox *>(QStringLiteral("scatterParameter"));
        auto *y = view.findChild<QComboBox *>(QStringLiteral("scatterMetric"));
        QVERIFY(x && y);
        QCOMPARE(y->currentText(), QStringLiteral("accuracy"));
        // Not alpha, which no run with an accuracy has: seed, which varies between the two.
        QCOMPARE(x->currentText(), QStringLiteral("seed"));
        QCOMPARE(view.scatterPointCount(), 2);
        QCOMPARE(view.scatterView()->chart()->title(), QStringLiteral("accuracy by seed"));
        // What the user picks stays when the same runs are loaded again, even if it draws nothing.
        view.setScatterAxes(QStringLiteral("alpha"), QStringLiteral("accuracy"));
        QCOMPARE(view.scatterPointCount(), 0);
        view.refresh();
        QVERIFY(loaded.wait(20000));
        QVERIFY(settle(view));
        QCOMPARE(x->currentText(), QStringLiteral("alpha"));
    }

    void marksRunsThatDidNotCompleteAndSaysWhenNoneHasMetrics()
    {
        // Notebook runs that ended before logging anything.
        const qint64 failed = addNotebookRun(QStringLiteral("Failed"));
        const qint64 stopped = addNotebookRun(QStringLiteral("Stopped"));
        QVERIFY(failed > 0 && stopped > 0);
        RunComparisonView view;
        view.setStorePath(m_path);
        view.resize(1100, 700);
        view.show();
        QSignalSpy loaded(&view, &RunComparisonView::loaded);
        view.compare({failed, stopped});
        QVERIFY(loaded.wait(20000));
        QVERIFY(settle(view));
        QVERIFY(view.comparison().metricKeys.isEmpty());
        QTableWidget *metrics = view.metricsTable();
        QCOMPARE(metrics->rowCount(), 1);
        QVERIFY(metrics->item(0, 0)->text().contains(QStringLiteral("logged a metric")));
        auto *legend = view.findChild<QLabel *>(QStringLiteral("comparisonLegend"));
        QVERIFY(legend);
        QCOMPARE(legend->text().count(QStringLiteral("(Failed)")), 1);
        QCOMPARE(legend->text().count(QStringLiteral("(Stopped)")), 1);

        // A completed run with them: its metrics are listed, and it is not marked.
        view.compare({m_topLevel.at(0), failed});
        QVERIFY(loaded.wait(20000));
        QVERIFY(settle(view));
        QVERIFY(rowOf(metrics, QStringLiteral("accuracy")) >= 0);
        QCOMPARE(metrics->columnSpan(0, 0), 1);
        QCOMPARE(legend->text().count(QStringLiteral("(Failed)")), 1);
        QVERIFY(!legend->text().contains(QStringLiteral("Completed")));
    }

    void flagsWrittenByYamlAndPythonAreTheSame()
    {
        // A pipeline's hyperparameter writes YAML's true and null; a notebook's parameters
        // cell Python's True and None. Only the seed differs between these two runs.
        const qint64 a = addNotebookRun(QStringLiteral("Completed"));
        const qint64 b = addNotebookRun(QStringLiteral("Completed"));
        QVERIFY(a > 0 && b > 0);
        const QList<std::tuple<qint64, const char *, const char *>> values{
            {a, "shuffle", "true"}, {b, "shuffle", "True"},  {a, "class_weight", "null"}, {b, "class_weight", "None"},
            {a, "warm", "False"},   {b, "warm", "false"},    {a, "rate", "0.10"},         {b, "rate", "0.1"},
            {a, "seed", "1"},       {b, "seed", "2"},        {a, "mode", "true"},         {b, "mode", "1"}};
        for (const auto &[run, key, value] : values)
            QVERIFY(m_store->db().exec(QStringLiteral("INSERT INTO params(run_id, kind, key, value) VALUES(%1, 'param', "
                                                      "'%2', '%3')").arg(run).arg(QLatin1String(key), QLatin1String(value))).ok());
        RunComparisonView view;
        QVERIFY(compareShown(view, {a, b}));
        QCOMPARE(view.comparison().differingParameters(), (QStringList{QStringLiteral("mode"), QStringLiteral("seed")}));
        QTableWidget *params = view.parametersTable();
        const int shuffle = rowOf(params, QStringLiteral("shuffle"));
        QVERIFY(shuffle >= 0);
        QCOMPARE(params->item(shuffle, 0)->data(RunComparisonView::DiffersRole).toBool(), false);
        QCOMPARE(rowOf(view.differencesTable(), QStringLiteral("shuffle")), -1);
        QCOMPARE(rowOf(view.differencesTable(), QStringLiteral("class_weight")), -1);
        QVERIFY(rowOf(view.differencesTable(), QStringLiteral("seed")) >= 0);
    }
};

QTEST_MAIN(TestRunComparisonView)
#include "tst_runcomparisonview.moc"
