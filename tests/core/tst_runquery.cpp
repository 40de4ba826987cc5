// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/store/store.h"
#include "core/tracking/runfilter.h"
#include "core/tracking/runquery.h"
#include "core/tracking/runtracker.h"
#include "runfixture.h"

#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace mlops;

class TestRunQuery : public QObject
{
    Q_OBJECT

    static constexpr int kRuns = 3000;

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    test::RunFixture m_fixture;

    Database &db() { return m_store->db(); }

    int expectedCount(const std::function<bool(int)> &keep) const
    {
        int n = 0;
        for (int i = 0; i < kRuns; ++i)
            n += keep(i) ? 1 : 0;
        return n;
    }

    QList<qint64> ids(const RunListQuery &query)
    {
        Result<RunIdList> result = runquery::listRunIds(db(), query);
        if (!result)
            qWarning() << result.error().toString();
        if (result && result->hasSteps.size() != result->ids.size())
            return {-2};
        return result ? result->ids : QList<qint64>{-1};
    }

    QList<qint64> ids(const QString &filter)
    {
        RunListQuery q;
        q.filter = filter;
        return ids(q);
    }

private slots:
    void initTestCase()
    {
        Result<std::unique_ptr<Store>> store = Store::open(m_dir.filePath(QStringLiteral("store.db")));
        QVERIFY(store.ok());
        m_store = std::move(*store);
        QVERIFY(test::populateRuns(db(), kRuns, &m_fixture));
    }

    void listsTheTopLevelNewestFirst()
    {
        const QList<qint64> all = ids(RunListQuery{});
        QCOMPARE(all.size(), kRuns);
        Result<QList<RunRow>> rows = runquery::fetchRows(db(), all.mid(0, 2), {}, {});
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 2);
        QVERIFY(rows->at(0).createdMs > rows->at(1).createdMs);
        QVERIFY(rows->at(0).parentId == 0 && rows->at(1).parentId == 0);

        Result<RunIdList> list = runquery::listRunIds(db(), RunListQuery{});
        QVERIFY(list.ok());
        QCOMPARE(int(std::count(list->hasSteps.cbegin(), list->hasSteps.cend(), true)), m_fixture.executions);

        RunListQuery steps;
        steps.kinds = {QStringLiteral("step")};
        QCOMPARE(ids(steps).size(), m_fixture.executions * 3);
        RunListQuery notebooks;
        notebooks.kinds = {QStringLiteral("notebook")};
        QCOMPARE(ids(notebooks).size(), m_fixture.notebooks);
    }

    void pagesCarryParametersAndFinalMetricsOfStepRuns()
    {
        RunListQuery q;
        q.sort.descending = false;  // oldest first: top-level run i is row i
        const QList<qint64> all = ids(q);
        const QStringList params{QStringLiteral("seed"), QStringLiteral("n_estimators")};
        const QStringList metrics{QStringLiteral("accuracy"), QStringLiteral("train:log_loss")};
        Result<QList<RunRow>> page = runquery::fetchRows(db(), all.mid(100, 100), params, metrics);
        QVERIFY(page.ok());
        QCOMPARE(page->size(), 100);
        for (int k = 0; k < 100; ++k) {
            const int i = 100 + k;
            const RunRow &row = page->at(k);
            QCOMPARE(row.id, all.at(i));
            QCOMPARE(row.parameters.value(QStringLiteral("seed")), QString::number(i));
            // n_estimators is a hyperparameter of the train step: it shows on the execution.
            QCOMPARE(row.parameters.value(QStringLiteral("n_estimators")),
                     QString::number(i % 3 == 0 ? 50 : i % 3 == 1 ? 100 : 200));
            if (test::RunFixture::isNotebook(i)) {
                QCOMPARE(row.kind, QStringLiteral("notebook"));
                QCOMPARE(row.childCount, 0);
            } else {
                QCOMPARE(row.kind, QStringLiteral("pipeline"));
                QCOMPARE(row.childCount, 3);
            }
            if (test::RunFixture::isFailed(i)) {
                QCOMPARE(row.status, RunStatus::Failed);
                QVERIFY(!row.metrics.contains(QStringLiteral("accuracy")));
            } else {
                QCOMPARE(row.metrics.value(QStringLiteral("accuracy")), test::RunFixture::accuracy(i));
            }
            QVERIFY(row.metrics.contains(QStringLiteral("train:log_loss")));
            QCOMPARE(row.durationMs(0), test::RunFixture::isNotebook(i) ? 4000 : 30000);
        }

        Result<QList<RunRow>> children = runquery::fetchChildRows(db(), all.at(100), params, metrics);
        QVERIFY(children.ok());
        QCOMPARE(children->size(), 3);
        QCOMPARE(children->at(1).name, QStringLiteral("train"));
        QCOMPARE(children->at(1).parameters.value(QStringLiteral("n_estimators")), QStringLiteral("100"));
        QCOMPARE(children->at(2).metrics.value(QStringLiteral("accuracy")), test::RunFixture::accuracy(100));
        QVERIFY(!children->at(0).metrics.contains(QStringLiteral("accuracy")));
    }

    void filtersByMetricConditions()
    {
        QCOMPARE(ids(QStringLiteral("accuracy > 0.9")).size(),
                 expectedCount([](int i) { return !test::RunFixture::isFailed(i) && i % 20 > 10; }));
        QCOMPARE(ids(QStringLiteral("accuracy >= 0.9")).size(),
                 expectedCount([](int i) { return !test::RunFixture::isFailed(i) && i % 20 >= 10; }));
        QCOMPARE(ids(QStringLiteral("metrics.accuracy < 0.81")).size(),
                 expectedCount([](int i) { return !test::RunFixture::isFailed(i) && i % 20 == 0; }));
        // A bare metric name: the runs that have it.
        QCOMPARE(ids(QStringLiteral("accuracy")).size(),
                 expectedCount([](int i) { return !test::RunFixture::isFailed(i); }));
        QCOMPARE(ids(QStringLiteral("not accuracy")).size(),
                 expectedCount([](int i) { return test::RunFixture::isFailed(i); }));
    }

    void filtersByParametersFieldsAndCombinations()
    {
        QCOMPARE(ids(QStringLiteral("n_estimators = 200")).size(), expectedCount([](int i) { return i % 3 == 2; }));
        QCOMPARE(ids(QStringLiteral("n_estimators >= 100")).size(), expectedCount([](int i) { return i % 3 != 0; }));
        // Numbers compare as numbers, not as text ("1000" > "200" as text is false).
        QCOMPARE(ids(QStringLiteral("seed > 999")).size(), kRuns - 1000);
        QCOMPARE(ids(QStringLiteral("status = failed")).size(),
                 expectedCount([](int i) { return test::RunFixture::isFailed(i); }));
        QCOMPARE(ids(QStringLiteral("kind = notebook")).size(), m_fixture.notebooks);
        QCOMPARE(ids(QStringLiteral("pipeline = wine")).size(),
                 expectedCount([](int i) { return !test::RunFixture::isNotebook(i) && i % 3 == 2; }));
        QCOMPARE(ids(QStringLiteral("accuracy > 0.9 and (kind = notebook or n_estimators = 50)")).size(),
                 expectedCount([](int i) {
                     return !test::RunFixture::isFailed(i) && i % 20 > 10
                            && (test::RunFixture::isNotebook(i) || i % 3 == 0);
                 }));
        QCOMPARE(ids(QStringLiteral("status != Failed, kind = pipeline")).size(),
                 expectedCount([](int i) { return !test::RunFixture::isNotebook(i) && !test::RunFixture::isFailed(i); }));
        QCOMPARE(ids(QStringLiteral("failure ~ ValueError")).size(),
                 expectedCount([](int i) { return test::RunFixture::isFailed(i); }));
        QCOMPARE(ids(QStringLiteral("duration > 10s")).size(), m_fixture.executions);
        QCOMPARE(ids(QStringLiteral("cached")).size(),
                 (m_fixture.executions + 1) / 5);

        RunListQuery combined;
        combined.statuses = {QStringLiteral("Completed")};
        combined.pipelines = {QStringLiteral("pipelines/breast-cancer.yaml")};
        combined.filter = QStringLiteral("accuracy >= 0.99");
        QCOMPARE(ids(combined).size(), expectedCount([](int i) {
                     return !test::RunFixture::isNotebook(i) && !test::RunFixture::isFailed(i) && i % 3 != 2
                            && i % 20 == 19;
                 }));
    }

    void searchesNamesAndIds()
    {
        RunListQuery q;
        q.search = QStringLiteral("explore");
        QCOMPARE(ids(q).size(), m_fixture.notebooks);
        const QList<qint64> all = ids(RunListQuery{});
        Result<QList<RunRow>> one = runquery::fetchRows(db(), {all.at(42)}, {}, {});
        QVERIFY(one.ok());
        q.search = one->first().uuid.left(10).toUpper();
        QCOMPARE(ids(q), QList<qint64>{all.at(42)});
        q.search = QStringLiteral("wine Failed");
        QCOMPARE(ids(q).size(), expectedCount([](int i) {
                     return !test::RunFixture::isNotebook(i) && i % 3 == 2 && test::RunFixture::isFailed(i);
                 }));
    }

    void sortsByMetricAndParameterWithMissingValuesLast()
    {
        RunListQuery q;
        q.sort = {RunSort::Field::Metric, QStringLiteral("accuracy"), true};
        const QList<qint64> byAccuracy = ids(q);
        QCOMPARE(byAccuracy.size(), kRuns);
        Result<QList<RunRow>> first = runquery::fetchRows(db(), byAccuracy.mid(0, 5), {}, {QStringLiteral("accuracy")});
        QVERIFY(first.ok());
        for (const RunRow &row : *first)
            QCOMPARE(row.metrics.value(QStringLiteral("accuracy")), 0.99);
        Result<QList<RunRow>> last = runquery::fetchRows(db(), byAccuracy.mid(kRuns - 5), {}, {QStringLiteral("accuracy")});
        QVERIFY(last.ok());
        for (const RunRow &row : *last)
            QVERIFY(!row.metrics.contains(QStringLiteral("accuracy")));  // failed runs: no value, last

        q.sort = {RunSort::Field::Parameter, QStringLiteral("seed"), false};
        const QList<qint64> bySeed = ids(q);
        Result<QList<RunRow>> seeds = runquery::fetchRows(db(), bySeed.mid(0, 12), {QStringLiteral("seed")}, {});
        QVERIFY(seeds.ok());
        for (int k = 0; k < 12; ++k)
            QCOMPARE(seeds->at(k).parameters.value(QStringLiteral("seed")), QString::number(k));

        q.sort = {RunSort::Field::Name, {}, false};
        Result<QList<RunRow>> names = runquery::fetchRows(db(), ids(q).mid(0, 1), {}, {});
        QCOMPARE(names->first().name, QStringLiteral("breast-cancer"));
        q.sort = {RunSort::Field::Duration, {}, true};
        Result<QList<RunRow>> longest = runquery::fetchRows(db(), ids(q).mid(0, 1), {}, {});
        QCOMPARE(longest->first().durationMs(0), 30000);
    }

    void rejectsBadFiltersWithAClearMessage_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("column");
        QTest::newRow("misspelt metric") << QStringLiteral("acuracy > 0.9")
                                         << QStringLiteral("'acuracy' is not a metric, a parameter or a run field "
                                                           "(did you mean 'accuracy'?)")
                                         << 1;
        QTest::newRow("no value") << QStringLiteral("accuracy >") << QStringLiteral("expected a value after '>' at column 10") << 11;
        QTest::newRow("text for a metric") << QStringLiteral("accuracy > high")
                                           << QStringLiteral("'accuracy' is a metric: compare it with a number, not 'high'") << 1;
        QTest::newRow("unclosed") << QStringLiteral("(accuracy > 0.9 or seed = 3")
                                  << QStringLiteral("the '(' at column 1 is never closed") << 28;
        QTest::newRow("stray paren") << QStringLiteral("accuracy > 0.9)") << QStringLiteral("')' at column 15 has no matching '('") << 15;
        QTest::newRow("missing and") << QStringLiteral("accuracy > 0.9 seed = 3")
                                     << QStringLiteral("unexpected 'seed' at column 16: join conditions with 'and' or 'or'") << 16;
        QTest::newRow("open string") << QStringLiteral("status = 'Failed") << QStringLiteral("the text starting at column 10 has no closing '") << 10;
        QTest::newRow("ends early") << QStringLiteral("accuracy > 0.9 and") << QStringLiteral("a condition is missing after 'and'") << 19;
        QTest::newRow("ordering text") << QStringLiteral("status > Failed") << QStringLiteral("'status' is text") << 1;
        QTest::newRow("bad character") << QStringLiteral("accuracy > 0.9 ; drop table runs")
                                       << QStringLiteral("unexpected ';' at column 16") << 16;
        QTest::newRow("unknown metric prefix") << QStringLiteral("metrics.seed > 1")
                                               << QStringLiteral("no run has a metric named 'seed'") << 1;
    }
    void rejectsBadFiltersWithAClearMessage()
    {
        QFETCH(QString, filter);
        QFETCH(QString, message);
        QFETCH(int, column);
        RunListQuery q;
        q.filter = filter;
        Result<RunIdList> result = runquery::listRunIds(db(), q);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
        QVERIFY(result.error().isBadInput());
        QCOMPARE(result.error().column, column);
        QVERIFY(!runquery::checkFilter(db(), filter).ok());
        // The store is untouched by whatever the filter said.
        QCOMPARE(ids(RunListQuery{}).size(), kRuns);
    }

    void quotedNamesAndStrings()
    {
        QVERIFY(RunFilter::parse(QStringLiteral("`train:log_loss` < 1 && name = \"breast-cancer\"")).ok());
        QCOMPARE(ids(QStringLiteral("train:log_loss < 1 and name = 'breast-cancer'")).size(),
                 expectedCount([](int i) { return !test::RunFixture::isNotebook(i) && i % 3 != 2; }));
        QCOMPARE(ids(QStringLiteral("")).size(), kRuns);
        QCOMPARE(ids(QStringLiteral("   ")).size(), kRuns);
    }

    void offersColumnsAndPipelines()
    {
        Result<RunColumnChoices> choices = runquery::columnChoices(db());
        QVERIFY(choices.ok());
        QCOMPARE(choices->metrics, (QStringList{QStringLiteral("accuracy"), QStringLiteral("roc_auc"),
                                                QStringLiteral("train:log_loss")}));
        QVERIFY(choices->parameters.contains(QStringLiteral("n_estimators")));
        QVERIFY(choices->parameters.contains(QStringLiteral("seed")));
        QCOMPARE(choices->pipelines, (QStringList{QStringLiteral("pipelines/breast-cancer.yaml"),
                                                  QStringLiteral("pipelines/wine.yaml")}));
    }

    void stampChangesWhenRunsComeAndFinish()
    {
        Result<RunsStamp> before = runquery::readStamp(db());
        QVERIFY(before.ok());
        QVERIFY(!before->hasActiveRuns());
        RunTracker tracker(db());
        Result<RunRef> run = tracker.createRun({QStringLiteral("notebook"), QStringLiteral("notebooks/new.ipynb")});
        QVERIFY(run.ok());
        Result<RunsStamp> created = runquery::readStamp(db());
        QVERIFY(!(*created == *before));
        QVERIFY(created->hasActiveRuns());
        QVERIFY(tracker.start(run->id).ok());
        Result<RunsStamp> started = runquery::readStamp(db());
        QVERIFY(!(*started == *created));
        QCOMPARE(*runquery::readStamp(db()), *started);  // nothing changed, same stamp
        QVERIFY(tracker.logMetrics(run->id, {{QStringLiteral("loss"), 0.5, 0, 1'800'000'000'000}}).ok());
        Result<RunsStamp> logged = runquery::readStamp(db());
        QVERIFY(!(*logged == *started));
        QVERIFY(tracker.finish(run->id, RunStatus::Completed, 0).ok());
        Result<RunsStamp> finished = runquery::readStamp(db());
        QVERIFY(!(*finished == *logged));
        QVERIFY(!finished->hasActiveRuns());
        // Leave the store as the other tests expect it.
        QVERIFY(db().exec(QStringLiteral("DELETE FROM runs WHERE id = %1").arg(run->id)).ok());
    }
};

QTEST_GUILESS_MAIN(TestRunQuery)
#include "tst_runquery.moc"
