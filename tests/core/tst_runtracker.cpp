// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/store/store.h"
#include "core/tracking/runstore.h"
#include "core/tracking/runtracker.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace mlops;

class TestRunTracker : public QObject
{
    Q_OBJECT

private slots:
    void recordsARunWithStepsParamsAndMetrics()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<Store>> store = Store::open(dir.filePath(QStringLiteral("store.db")));
        QVERIFY(store.ok());
        RunTracker tracker((*store)->db());

        NewRun pipeline{QStringLiteral("pipeline"), QStringLiteral("demo"),
                        QStringLiteral("pipelines/demo.yaml"), {}, QStringLiteral("process")};
        pipeline.gitCommit = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
        pipeline.gitBranch = QStringLiteral("main");
        Result<RunRef> parent = tracker.createRun(pipeline);
        QVERIFY(parent.ok());
        QCOMPARE(parent->uuid.size(), 32);
        QVERIFY(tracker.start(parent->id).ok());
        QVERIFY(tracker.setParams(parent->id, {{QStringLiteral("test_size"), QStringLiteral("0.2")}}).ok());

        NewRun step{QStringLiteral("step"), QStringLiteral("train"), pipeline.pipeline,
                    QStringLiteral("training"), QStringLiteral("process"), parent->id};
        Result<RunRef> child = tracker.createRun(step);
        QVERIFY(child.ok());
        QVERIFY(tracker.start(child->id, 4242).ok());
        QVERIFY(tracker.setParams(child->id, {{QStringLiteral("max_depth"), QStringLiteral("4")}},
                                  QStringLiteral("hyperparameter")).ok());
        // Automatic steps continue per metric; explicit steps are kept.
        QVERIFY(tracker.logMetrics(child->id, {{QStringLiteral("loss"), 0.9}, {QStringLiteral("loss"), 0.5},
                                               {QStringLiteral("acc"), 0.7, 10}}).ok());
        QVERIFY(tracker.logMetrics(child->id, {{QStringLiteral("loss"), 0.25}}).ok());
        QVERIFY(tracker.finish(child->id, RunStatus::Failed, 3, QString(2000, QLatin1Char('x'))).ok());
        QVERIFY(tracker.finish(parent->id, RunStatus::Failed).ok());

        RunStore runs((*store)->db());
        Result<QList<RunRecord>> list = runs.list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);  // top level only
        const RunRecord &p = list->first();
        QCOMPARE(p.status, RunStatus::Failed);
        QCOMPARE(p.parameters.value(QStringLiteral("test_size")), QStringLiteral("0.2"));
        QCOMPARE(p.children.size(), 1);
        const RunRecord &c = p.children.first();
        QCOMPARE(c.name, QStringLiteral("train"));
        QCOMPARE(c.hyperparameters.value(QStringLiteral("max_depth")), QStringLiteral("4"));
        QCOMPARE(c.metrics.value(QStringLiteral("loss")), 0.25);
        QCOMPARE(c.metrics.value(QStringLiteral("acc")), 0.7);
        QCOMPARE(c.exitCode.value_or(-1), 3);
        QCOMPARE(c.failureReason.size(), 1024);
        QVERIFY(c.started.isValid() && c.ended.isValid());

        Result<QVariant> steps = (*store)->db().scalar(QStringLiteral(
            "SELECT group_concat(step) FROM (SELECT m.step FROM metrics m JOIN metric_keys k"
            " ON k.id = m.key_id WHERE k.name = 'loss' ORDER BY m.step)"));
        QCOMPARE(steps->toString(), QStringLiteral("0,1,2"));

        const QJsonObject json = p.toJson();
        QCOMPARE(json.value(QStringLiteral("id")).toString(), parent->uuid);
        QCOMPARE(json.value(QStringLiteral("steps")).toArray().size(), 1);
        QCOMPARE(json.value(QStringLiteral("git")).toObject().value(QStringLiteral("branch")).toString(),
                 QStringLiteral("main"));

        Result<RunRecord> found = runs.find(parent->uuid.left(6));
        QVERIFY(found.ok());
        QCOMPARE(found->uuid, parent->uuid);
        QVERIFY(!runs.find(QStringLiteral("zz")).ok());
    }

    void anAmbiguousPrefixNamesTheRunsItCouldBe()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<Store>> store = Store::open(dir.filePath(QStringLiteral("store.db")));
        QVERIFY(store.ok());
        RunTracker tracker((*store)->db());
        Result<RunRef> pipeline = tracker.createRun({QStringLiteral("pipeline"), QStringLiteral("demo"),
                                                     QStringLiteral("pipelines/demo.yaml"), {}, QStringLiteral("process")});
        QVERIFY(pipeline.ok());
        Result<RunRef> step = tracker.createRun({QStringLiteral("step"), QStringLiteral("train"),
                                                 QStringLiteral("pipelines/demo.yaml"), QStringLiteral("training"),
                                                 QStringLiteral("process"), pipeline->id});
        QVERIFY(step.ok());
        // Two ids that share their first 10 digits.
        QVERIFY((*store)->db().exec(QStringLiteral(
            "UPDATE runs SET uuid = 'abcdef0123' || substr(uuid, 11) WHERE id IN (%1, %2);"
            "UPDATE runs SET uuid = substr(uuid, 1, 10) || '4' || substr(uuid, 12) WHERE id = %1;"
            "UPDATE runs SET uuid = substr(uuid, 1, 10) || '5' || substr(uuid, 12) WHERE id = %2")
                                        .arg(pipeline->id)
                                        .arg(step->id)).ok());
        RunStore runs((*store)->db());
        const Result<RunRecord> found = runs.find(QStringLiteral("abcd"));
        QVERIFY(!found.ok());
        QVERIFY(found.error().isBadInput());
        // Each candidate with enough digits to tell it apart, and what it is.
        QCOMPARE(found.error().message,
                 QStringLiteral("run id 'abcd' is ambiguous: it could be abcdef01234 (pipeline demo), "
                                "abcdef01235 (step train); give more characters"));
        QVERIFY(runs.find(QStringLiteral("abcdef01235")).ok());
    }
};

QTEST_GUILESS_MAIN(TestRunTracker)
#include "tst_runtracker.moc"
