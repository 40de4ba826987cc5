// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/store/store.h"
#include "core/tracking/metricsfile.h"
#include "core/tracking/runstore.h"
#include "core/tracking/runtracker.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace mlops;

class TestMetricsIngest : public QObject
{
    Q_OBJECT

    static qint64 scalar(Database &db, const QString &sql)
    {
        Result<QVariant> v = db.scalar(sql);
        return v ? v->toLongLong() : -1;
    }

private slots:
    void ingestsALargeHelperFileAcrossReadChunks()
    {
        // ~10 MB: lines fall across the reader's 4 MB chunks; the last has no newline.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("metrics.jsonl"));
        QByteArray data;
        constexpr int kLines = 120000;
        for (int i = 0; i < kLines; ++i) {
            const char *name = i % 3 == 0 ? "loss" : i % 3 == 1 ? "accuracy" : "val/loss";
            data += "{\"type\":\"metric\",\"name\":\"" + QByteArray(name) + "\",\"value\":"
                    + QByteArray::number(1.0 / (i + 1), 'g', 17) + ",\"step\":" + QByteArray::number(i / 3)
                    + ",\"timestamp\":1700000000000}";
            if (i + 1 < kLines)
                data += '\n';
            if (i == 500)
                data += "{\"type\":\"param\",\"name\":\"optimizer\",\"value\":\"adam\",\"timestamp\":1}\n";
            if (i == 700)
                data += "not json at all\n\n";
            if (i == 900)  // not the helper's exact layout: the general parser takes it
                data += "{\"name\": \"lr\", \"value\": 0.01, \"step\": 3}\n";
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
        f.close();
        QVERIFY(data.size() > 9 * 1024 * 1024);

        Result<std::unique_ptr<Store>> store = Store::open(dir.filePath(QStringLiteral("store.db")));
        QVERIFY(store.ok());
        Database &db = (*store)->db();
        RunTracker tracker(db);
        Result<RunRef> run = tracker.createRun({QStringLiteral("notebook"), QStringLiteral("n.ipynb")});
        QVERIFY(run.ok());
        Result<qint64> stored = ingestMetricsFile(path, tracker, run->id);
        QVERIFY2(stored.ok(), stored ? "" : qPrintable(stored.error().toString()));
        QCOMPARE(*stored, qint64(kLines + 1));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM metrics")), qint64(kLines + 1));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM metric_keys")), 4);
        QCOMPARE(scalar(db, QStringLiteral("SELECT max(step) FROM metrics m JOIN metric_keys k ON k.id = m.key_id"
                                           " WHERE k.name = 'val/loss'")),
                 qint64((kLines - 1) / 3));
        RunStore runs(db);
        Result<RunRecord> record = runs.get(run->id);
        QVERIFY(record.ok());
        QCOMPARE(record->parameters.value(QStringLiteral("optimizer")), QStringLiteral("adam"));
        QCOMPARE(record->metrics.value(QStringLiteral("lr")), 0.01);
        QCOMPARE(record->metrics.value(QStringLiteral("loss")), 1.0 / (kLines - 2));  // line kLines - 3 is the last loss
    }

    void notFiniteValuesNeitherCrashTheScriptNorReachTheStore()
    {
        // The real helper: a diverging loss must not stop a training script.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("metrics.jsonl"));
        QProcess python;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PYTHONPATH"), QStringLiteral(MLOPS_SOURCE_DIR "/resources/python"));
        env.insert(QStringLiteral("MLOPS_METRICS_FILE"), path);
        python.setProcessEnvironment(env);
        python.start(QStringLiteral("python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import mlops_studio as m\n"
                                     "for v in (0.5, float('nan'), float('inf'), -float('inf'), 0.25):\n"
                                     "    m.log_metric('loss', v)\n"
                                     "m.log_metrics({'acc': float('nan')}, step=7)\n"
                                     "print('survived')\n")});
        QVERIFY(python.waitForFinished(30000));
        const QByteArray err = python.readAllStandardError();
        QCOMPARE(python.exitCode(), 0);
        QCOMPARE(python.readAllStandardOutput(), QByteArray("survived\n"));
        QCOMPARE(err.count("warning: metric 'loss'"), 1);
        QVERIFY2(err.contains("mlops_studio: warning: metric 'loss' is nan at step 1"), err.constData());
        QVERIFY(err.contains("metric 'acc' is nan at step 7"));

        MetricsFileTail tail(path);
        const MetricsFileTail::Batch batch = tail.readNew();
        QCOMPARE(batch.metrics.size(), 2);
        QCOMPARE(batch.notFinite, 4);
        QCOMPARE(batch.invalidLines, 0);

        Result<std::unique_ptr<Store>> store = Store::open(dir.filePath(QStringLiteral("store.db")));
        QVERIFY(store.ok());
        Database &db = (*store)->db();
        RunTracker tracker(db);
        Result<RunRef> run = tracker.createRun({QStringLiteral("notebook"), QStringLiteral("n.ipynb")});
        QVERIFY(run.ok());
        Result<qint64> stored = ingestMetricsFile(path, tracker, run->id);
        QVERIFY(stored.ok());
        QCOMPARE(*stored, qint64(2));
        QCOMPARE(RunStore(db).get(run->id)->metrics.value(QStringLiteral("loss")), 0.25);
        QCOMPARE(scalar(db, QStringLiteral("SELECT max(step) FROM metrics")), qint64(4));
        // Handed a NaN directly, the tracker keeps the rest of the batch.
        QVERIFY(tracker.logMetrics(run->id, {{QStringLiteral("x"), qQNaN(), 0}, {QStringLiteral("x"), 2.0, 1}}).ok());
        QCOMPARE(RunStore(db).get(run->id)->metrics.value(QStringLiteral("x")), 2.0);
    }

    void aStepThatIsNotAWholeNumberIsRefusedByTheHelper()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("metrics.jsonl"));
        QProcess python;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PYTHONPATH"), QStringLiteral(MLOPS_SOURCE_DIR "/resources/python"));
        env.insert(QStringLiteral("MLOPS_METRICS_FILE"), path);
        python.setProcessEnvironment(env);
        python.start(QStringLiteral("python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import mlops_studio as m\n"
                                     "m.log_metric('loss', 0.5, step=3.0)\n"
                                     "for bad in (1.5, '2', float('nan'), 2**70):\n"
                                     "    try:\n"
                                     "        m.log_metric('loss', 0.4, step=bad)\n"
                                     "    except TypeError as e:\n"
                                     "        print(e)\n"
                                     "m.log_metric('loss', 0.3)\n")});
        QVERIFY(python.waitForFinished(30000));
        QCOMPARE(python.exitCode(), 0);
        // Each mistake is said to the script, not rounded (1.5 became step 1) or written
        // as a line the studio cannot read (a step past 64 bits).
        QCOMPARE(python.readAllStandardOutput(),
                 QByteArray("step of metric 'loss' must be a whole number, not 1.5\n"
                            "step of metric 'loss' must be a whole number, not '2'\n"
                            "step of metric 'loss' must be a whole number, not nan\n"
                            "step of metric 'loss' must be a whole number, not 1180591620717411303424\n"));
        MetricsFileTail tail(path);
        const MetricsFileTail::Batch batch = tail.readNew();
        QCOMPARE(batch.invalidLines, 0);
        QCOMPARE(batch.metrics.size(), 2);
        QCOMPARE(batch.metrics.at(0).step, qint64(3));
        QCOMPARE(batch.metrics.at(1).step, qint64(4));
        QCOMPARE(batch.metrics.at(1).value, 0.3);
    }

    void automaticStepsContinueAfterExplicitOnes()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<Store>> store = Store::open(dir.filePath(QStringLiteral("store.db")));
        QVERIFY(store.ok());
        Database &db = (*store)->db();
        RunTracker tracker(db);
        Result<RunRef> run = tracker.createRun({QStringLiteral("notebook"), QStringLiteral("n.ipynb")});
        QVERIFY(tracker.logMetrics(run->id, {{QStringLiteral("a"), 1.0, 10}, {QStringLiteral("b"), 1.0}}).ok());
        // a continues after 10; b after its own 0; within one batch too.
        QVERIFY(tracker.logMetrics(run->id, {{QStringLiteral("a"), 2.0}, {QStringLiteral("a"), 3.0, 4},
                                             {QStringLiteral("a"), 4.0}, {QStringLiteral("b"), 2.0}}).ok());
        Result<QVariant> a = db.scalar(QStringLiteral("SELECT group_concat(step) FROM (SELECT step FROM metrics m"
                                                      " JOIN metric_keys k ON k.id = m.key_id WHERE k.name = 'a' ORDER BY step)"));
        QCOMPARE(a->toString(), QStringLiteral("4,10,11,12"));
        Result<QVariant> b = db.scalar(QStringLiteral("SELECT group_concat(step) FROM (SELECT step FROM metrics m"
                                                      " JOIN metric_keys k ON k.id = m.key_id WHERE k.name = 'b' ORDER BY step)"));
        QCOMPARE(b->toString(), QStringLiteral("0,1"));
        // The latest value is the one at the highest step.
        RunStore runs(db);
        QCOMPARE(runs.get(run->id)->metrics.value(QStringLiteral("a")), 4.0);
        // A second tracker (another writer) continues after what is stored.
        RunTracker other(db);
        QVERIFY(other.logMetrics(run->id, {{QStringLiteral("a"), 5.0}}).ok());
        Result<QVariant> again = db.scalar(QStringLiteral("SELECT max(step) FROM metrics m JOIN metric_keys k"
                                                          " ON k.id = m.key_id WHERE k.name = 'a'"));
        QCOMPARE(again->toLongLong(), 13);
    }
};

QTEST_GUILESS_MAIN(TestMetricsIngest)
#include "tst_metricsingest.moc"
