// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/store/store.h"
#include "core/tracking/runtracker.h"
#include "runfixture.h"
#include "views/experiments/runtablemodel.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest/QTest>

using namespace mlops;

class TestRunTableModel : public QObject
{
    Q_OBJECT

    static constexpr int kRuns = 5000;

    QTemporaryDir m_dir;
    QString m_path;
    test::RunFixture m_fixture;

    /** Waits until the model has nothing in flight. */
    static bool settle(RunTableModel &model)
    {
        QTest::qWait(0);
        return QTest::qWaitFor([&] { return !model.isLoading(); }, 20000);
    }

    static RunListQuery withFilter(const QString &filter)
    {
        RunListQuery q;
        q.filter = filter;
        return q;
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("store.db"));
        Result<std::unique_ptr<Store>> store = Store::open(m_path);
        QVERIFY(store.ok());
        QVERIFY(test::populateRuns((*store)->db(), kRuns, &m_fixture));
    }

    void listsEveryRunAndFetchesOnlyThePagesAskedFor()
    {
        RunTableModel model;
        QSignalSpy listed(&model, &RunTableModel::listLoaded);
        model.setStorePath(m_path);
        QVERIFY(listed.wait(20000));
        QCOMPARE(model.rowCount(), kRuns);
        QCOMPARE(model.totalRuns(), kRuns);

        // Nothing is fetched until asked for; asking for a row fetches its page.
        const QModelIndex far = model.index(4321, RunTableModel::NameColumn);
        QVERIFY(model.rowAt(far) == nullptr);
        QCOMPARE(model.data(far).toString(), QStringLiteral("Loading…"));
        QVERIFY(settle(model));
        QVERIFY(model.rowAt(far) != nullptr);
        QCOMPARE(model.data(far, RunTableModel::LoadedRole).toBool(), true);
        QVERIFY(!model.data(far).toString().isEmpty());
        // The same page, not its neighbours.
        QVERIFY(model.rowAt(model.index(4300, 0)) != nullptr);
        QVERIFY(model.rowAt(model.index(4399, 0)) != nullptr);
        QVERIFY(model.rowAt(model.index(4400, 0)) == nullptr);
        QVERIFY(model.rowAt(model.index(0, 0)) == nullptr);
        // Newest first: row 0 is the last run created.
        QCOMPARE(model.data(model.index(0, RunTableModel::NameColumn)).toString(), QStringLiteral("Loading…"));
        QVERIFY(settle(model));
        const RunRow *newest = model.rowAt(model.index(0, 0));
        QVERIFY(newest);
        QCOMPARE(newest->createdMs, m_fixture.firstCreatedMs + qint64(kRuns - 1) * 60'000);
    }

    void showsParameterAndMetricColumns()
    {
        RunTableModel model;
        model.setDynamicColumns({QStringLiteral("n_estimators"), QStringLiteral("seed")},
                                {QStringLiteral("accuracy")});
        QSignalSpy listed(&model, &RunTableModel::listLoaded);
        model.setStorePath(m_path);
        QVERIFY(listed.wait(20000));
        QCOMPARE(model.columnCount(), RunTableModel::LeadingColumnCount + 3 + RunTableModel::kTrailingColumns);
        const int accuracy = model.metricColumn(QStringLiteral("accuracy"));
        const int seed = model.parameterColumn(QStringLiteral("seed"));
        QCOMPARE(model.headerData(accuracy, Qt::Horizontal).toString(), QStringLiteral("accuracy"));
        QCOMPARE(model.headerData(seed, Qt::Horizontal).toString(), QStringLiteral("seed"));
        QCOMPARE(model.headerData(model.columnOf(RunTableModel::StartedField), Qt::Horizontal).toString(),
                 QStringLiteral("Started"));
        // Row k is top-level run kRuns - 1 - k (newest first).
        const int row = 3;
        const int i = kRuns - 1 - row;
        model.data(model.index(row, 0));
        QVERIFY(settle(model));
        QCOMPARE(model.data(model.index(row, seed)).toString(), QString::number(i));
        if (!test::RunFixture::isFailed(i))
            QCOMPARE(model.data(model.index(row, accuracy)).toString(),
                     QLocale().toString(test::RunFixture::accuracy(i), 'g', 5));
        QCOMPARE(model.data(model.index(row, RunTableModel::StatusColumn), RunTableModel::StatusNameRole).toString(),
                 test::RunFixture::isFailed(i) ? QStringLiteral("Failed") : QStringLiteral("Completed"));
    }

    void sortsAndFilters()
    {
        RunTableModel model;
        model.setDynamicColumns({}, {QStringLiteral("accuracy")});
        QSignalSpy listed(&model, &RunTableModel::listLoaded);
        model.setStorePath(m_path);
        QVERIFY(listed.wait(20000));

        model.sort(model.metricColumn(QStringLiteral("accuracy")), Qt::DescendingOrder);
        QVERIFY(listed.wait(20000));
        model.data(model.index(0, 0));
        model.data(model.index(kRuns - 1, 0));
        QVERIFY(settle(model));
        QCOMPARE(model.rowAt(model.index(0, 0))->metrics.value(QStringLiteral("accuracy")), 0.99);
        QVERIFY(!model.rowAt(model.index(kRuns - 1, 0))->metrics.contains(QStringLiteral("accuracy")));
        const auto [column, order] = model.columnForSort(model.query().sort);
        QCOMPARE(column, model.metricColumn(QStringLiteral("accuracy")));
        QCOMPARE(order, Qt::DescendingOrder);

        int expected = 0;
        for (int i = 0; i < kRuns; ++i)
            expected += !test::RunFixture::isFailed(i) && i % 20 > 10 && test::RunFixture::isNotebook(i) ? 1 : 0;
        RunListQuery q = withFilter(QStringLiteral("accuracy > 0.9 and kind = notebook"));
        q.sort = model.query().sort;
        model.setQuery(q);
        QVERIFY(listed.wait(20000));
        QCOMPARE(model.rowCount(), expected);
        QVERIFY(!model.hasError());
    }

    void reportsABadFilterAndKeepsWorking()
    {
        RunTableModel model;
        QSignalSpy listed(&model, &RunTableModel::listLoaded);
        QSignalSpy failed(&model, &RunTableModel::listFailed);
        model.setStorePath(m_path);
        QVERIFY(listed.wait(20000));
        model.setQuery(withFilter(QStringLiteral("accuracy >> 0.9")));
        QVERIFY(failed.wait(20000));
        QVERIFY(model.hasError());
        QCOMPARE(model.lastError().message, QStringLiteral("expected a value after '>' at column 10, not '>'"));
        QCOMPARE(model.lastError().column, 11);
        QCOMPARE(model.rowCount(), 0);
        model.setQuery(withFilter(QStringLiteral("status = Failed")));
        QVERIFY(listed.wait(20000));
        QVERIFY(!model.hasError());
        int failedRuns = 0;
        for (int i = 0; i < kRuns; ++i)
            failedRuns += test::RunFixture::isFailed(i) ? 1 : 0;
        QCOMPARE(model.rowCount(), failedRuns);
    }

    void expandsExecutionsToTheirSteps()
    {
        RunTableModel model;
        model.setDynamicColumns({QStringLiteral("n_estimators")}, {QStringLiteral("accuracy")});
        QSignalSpy listed(&model, &RunTableModel::listLoaded);
        model.setStorePath(m_path);
        QVERIFY(listed.wait(20000));
        // Row 0 is the newest run: top-level run kRuns - 1.
        int row = 0;
        while (test::RunFixture::isNotebook(kRuns - 1 - row))
            ++row;
        const QModelIndex execution = model.index(row, 0);
        QVERIFY(model.hasChildren(execution));
        QVERIFY(model.canFetchMore(execution));
        QCOMPARE(model.rowCount(execution), 0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore(execution);
        QVERIFY(inserted.wait(20000));
        QCOMPARE(model.rowCount(execution), 3);
        QVERIFY(!model.canFetchMore(execution));
        const QModelIndex train = model.index(1, 0, execution);
        QCOMPARE(model.data(train).toString(), QStringLiteral("train"));
        QCOMPARE(model.parent(train), execution);
        QCOMPARE(model.data(model.index(1, model.parameterColumn(QStringLiteral("n_estimators")), execution)).toString(),
                 QString::number((kRuns - 1 - row) % 3 == 0 ? 50 : (kRuns - 1 - row) % 3 == 1 ? 100 : 200));
        QCOMPARE(model.indexOfRun(model.runIdAt(train)), train);
        QVERIFY(!model.hasChildren(train));
        // A notebook run has no steps to expand.
        int notebook = 0;
        while (!test::RunFixture::isNotebook(kRuns - 1 - notebook))
            ++notebook;
        QVERIFY(!model.hasChildren(model.index(notebook, 0)));
    }

    void refreshesWhenARunIsAdded()
    {
        RunTableModel model;
        QSignalSpy listed(&model, &RunTableModel::listLoaded);
        model.setStorePath(m_path);
        QVERIFY(listed.wait(20000));
        model.data(model.index(0, 0));
        QVERIFY(settle(model));
        const qint64 previousTop = model.runIdAt(model.index(0, 0));

        Result<std::unique_ptr<Store>> store = Store::open(m_path);
        QVERIFY(store.ok());
        RunTracker tracker((*store)->db());
        NewRun run{QStringLiteral("notebook"), QStringLiteral("notebooks/live.ipynb")};
        Result<RunRef> added = tracker.createRun(run, RunStatus::Running);
        QVERIFY(added.ok());

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.refresh();
        QVERIFY(listed.wait(20000));
        QCOMPARE(model.rowCount(), kRuns + 1);
        // Inserted on top, not a reset: what the user sees below stays.
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.runIdAt(model.index(0, 0)), added->id);
        QCOMPARE(model.runIdAt(model.index(1, 0)), previousTop);
        QVERIFY(model.rowAt(model.index(1, 0)) != nullptr);  // still shown while it refreshes
        model.data(model.index(0, 0));
        QVERIFY(settle(model));
        QCOMPARE(model.data(model.index(0, RunTableModel::NameColumn)).toString(), QStringLiteral("notebooks/live.ipynb"));
        QCOMPARE(model.data(model.index(0, RunTableModel::StatusColumn), RunTableModel::StatusNameRole).toString(),
                 QStringLiteral("Running"));

        // A status change refreshes the row in place.
        QVERIFY(tracker.finish(added->id, RunStatus::Completed, 0).ok());
        model.refresh();
        QVERIFY(listed.wait(20000));
        model.data(model.index(0, 0));
        QVERIFY(settle(model));
        QCOMPARE(model.data(model.index(0, RunTableModel::StatusColumn), RunTableModel::StatusNameRole).toString(),
                 QStringLiteral("Completed"));
        QVERIFY((*store)->db().exec(QStringLiteral("DELETE FROM runs WHERE id = %1").arg(added->id)).ok());
    }

    void scrollsThroughInAView()
    {
        RunTableModel model;
        QTreeView view;
        view.setUniformRowHeights(true);
        view.setModel(&model);
        view.resize(900, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy listed(&model, &RunTableModel::listLoaded);
        model.setStorePath(m_path);
        QVERIFY(listed.wait(20000));
        // Jump to the end, then the middle: the rows in view get their data.
        for (const double share : {1.0, 0.5}) {
            QScrollBar *bar = view.verticalScrollBar();
            bar->setValue(int(bar->maximum() * share));
            QTest::qWait(50);
            QVERIFY(settle(model));
            const QModelIndex top = view.indexAt(QPoint(5, 5));
            QVERIFY(top.isValid());
            QVERIFY2(model.rowAt(top) != nullptr, qPrintable(QString::number(top.row())));
            QVERIFY(model.data(top).toString() != QStringLiteral("Loading…"));
        }
    }
};

QTEST_MAIN(TestRunTableModel)
#include "tst_runtablemodel.moc"
