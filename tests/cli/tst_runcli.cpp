// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "testsupport.h"

#include "core/runtime/childprocess.h"
#include "core/runtime/containerengine.h"
#include "core/runtime/containerrunspec.h"
#include "core/store/database.h"
#include "core/store/store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest/QTest>

#include <csignal>

using namespace mlops;
using namespace mlops::test;

namespace {

bool sklearnAvailable()
{
    return runProgram(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import sklearn, pandas")})
               .exitCode
           == 0;
}

QJsonArray runsJson(const QString &root)
{
    const CommandResult r = runCli({QStringLiteral("-C"), root, QStringLiteral("runs"), QStringLiteral("--json")});
    return QJsonDocument::fromJson(r.out).array();
}

} // namespace

class TestRunCli : public QObject
{
    Q_OBJECT

private slots:
    void demoPipelineRunsAndIsTracked()
    {
        MLOPS_REQUIRE(sklearnAvailable(), QStringLiteral("/usr/bin/python3 cannot import scikit-learn and pandas "
                                                         "(apt install python3-sklearn python3-pandas)"));
        TempWorkspace ws(QStringLiteral("demo"));
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));

        const CommandResult first = runCli({QStringLiteral("run"), QStringLiteral("pipelines/breast-cancer.yaml")}, ws.root());
        QVERIFY2(first.exitCode == 0, QByteArray(first.out + first.err).constData());
        QVERIFY(first.outText().contains(QStringLiteral("✓ train")));
        QVERIFY(first.outText().contains(QStringLiteral("condition 'gate' was true")));

        const QJsonArray runs = runsJson(ws.root());
        QCOMPARE(runs.size(), 1);
        const QJsonObject pipeline = runs.first().toObject();
        QCOMPARE(pipeline.value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
        QCOMPARE(pipeline.value(QStringLiteral("name")).toString(), QStringLiteral("breast-cancer"));
        const QString commit = pipeline.value(QStringLiteral("git")).toObject().value(QStringLiteral("commit")).toString();
        QCOMPARE(commit.size(), 40);
        QCOMPARE(pipeline.value(QStringLiteral("git")).toObject().value(QStringLiteral("dirty")).toBool(), false);
        QCOMPARE(pipeline.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("min_accuracy")).toString(),
                 QStringLiteral("0.9"));
        const QJsonArray steps = pipeline.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 6);
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue &v : steps)
            byName.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
        const QJsonObject train = byName.value(QStringLiteral("train"));
        QCOMPARE(train.value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
        QCOMPARE(train.value(QStringLiteral("git")).toObject().value(QStringLiteral("commit")).toString(), commit);
        QCOMPARE(train.value(QStringLiteral("hyperparameters")).toObject().value(QStringLiteral("n_estimators")).toString(),
                 QStringLiteral("200"));
        QCOMPARE(train.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("test_size")).toString(),
                 QStringLiteral("0.2"));
        QVERIFY(train.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("train:accuracy")).toDouble() > 0.9);
        QVERIFY(train.value(QStringLiteral("metrics")).toObject().contains(QStringLiteral("train:log_loss")));
        const double accuracy = byName.value(QStringLiteral("evaluate")).value(QStringLiteral("metrics")).toObject()
                                    .value(QStringLiteral("accuracy")).toDouble();
        QVERIFY(accuracy > 0.9 && accuracy <= 1.0);
        QCOMPARE(byName.value(QStringLiteral("stop")).value(QStringLiteral("status")).toString(), QStringLiteral("Skipped"));

        // The gate passed, so the model is registered, waiting for approval.
        QCOMPARE(byName.value(QStringLiteral("register")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("Completed"));
        const CommandResult registry = runCli({QStringLiteral("registry"), QStringLiteral("show"),
                                               QStringLiteral("breast-cancer/1"), QStringLiteral("--json")},
                                              ws.root());
        QCOMPARE(registry.exitCode, 0);
        const QJsonObject version = QJsonDocument::fromJson(registry.out).object();
        QCOMPARE(version.value(QStringLiteral("status")).toString(), QStringLiteral("PendingManualApproval"));
        QCOMPARE(version.value(QStringLiteral("run")).toObject().value(QStringLiteral("id")).toString(),
                 train.value(QStringLiteral("id")).toString());

        // An unchanged rerun reuses every step.
        const CommandResult second = runCli({QStringLiteral("run"), QStringLiteral("breast-cancer")}, ws.root());
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.outText().count(QStringLiteral("↺")), 3);
        const QJsonArray after = runsJson(ws.root());
        QCOMPARE(after.size(), 2);
        for (const QJsonValue &v : after.first().toObject().value(QStringLiteral("steps")).toArray()) {
            const QJsonObject s = v.toObject();
            if (s.value(QStringLiteral("type")).toString() == QStringLiteral("training"))
                QVERIFY(s.value(QStringLiteral("cached")).toBool());
        }

        // A gate that fails: exit 1 and the fail step's message.
        const CommandResult gated = runCli({QStringLiteral("run"), QStringLiteral("breast-cancer"), QStringLiteral("--param"),
                                            QStringLiteral("min_accuracy=1.01")},
                                           ws.root());
        QCOMPARE(gated.exitCode, 1);
        QVERIFY(gated.errText().contains(QStringLiteral("accuracy below 1.01")));

        const CommandResult show = runCli({QStringLiteral("show"), pipeline.value(QStringLiteral("id")).toString().left(8)},
                                          ws.root());
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.outText().contains(QStringLiteral("Steps")));
        QVERIFY(show.outText().contains(commit));
    }

    void badInputExitsTwoAndRunsNothing()
    {
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(writeFile(ws.path(QStringLiteral("pipelines/bad.yaml")),
                          readFile(QStringLiteral(MLOPS_TEST_DATA_DIR "/pipelines/broken/10-unknown-output.yaml"))));
        CommandResult r = runCli({QStringLiteral("validate"), QStringLiteral("pipelines/bad.yaml")}, ws.root());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(QStringLiteral("pipelines/bad.yaml:10:22: error: step 'prepare' has no output 'tran'")));
        r = runCli({QStringLiteral("run"), QStringLiteral("pipelines/bad.yaml")}, ws.root());
        QCOMPARE(r.exitCode, 2);
        r = runCli({QStringLiteral("run"), QStringLiteral("pipelines/missing.yaml")}, ws.root());
        QCOMPARE(r.exitCode, 2);
        r = runCli({QStringLiteral("show"), QStringLiteral("zz")}, ws.root());
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(runsJson(ws.root()).size(), 0);
        QVERIFY(!QFileInfo::exists(ws.path(QStringLiteral(".mlops/jobs"))));
    }

    void validateChecksEveryPipelineOfAFolder()
    {
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(writeFile(ws.path(QStringLiteral("pipelines/bad.yaml")),
                          readFile(QStringLiteral(MLOPS_TEST_DATA_DIR "/pipelines/broken/10-unknown-output.yaml"))));
        QVERIFY(writeFile(ws.path(QStringLiteral("pipelines/good.yml")),
                          "name: good\nsteps:\n  a: {type: processing, command: [\"true\"]}\n"));
        QVERIFY(QDir().mkpath(ws.path(QStringLiteral("src"))));
        // From the workspace, and from a folder inside it (found in the workspace).
        for (const QString &from : {ws.root(), ws.path(QStringLiteral("src"))}) {
            const CommandResult r = runCli({QStringLiteral("validate"), QStringLiteral("pipelines")}, from);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.errText().contains(QStringLiteral("pipelines/bad.yaml:10:22: error: step 'prepare' has no output 'tran'")),
                     qPrintable(r.errText()));
            QVERIFY2(r.outText().contains(QStringLiteral("pipelines/good.yml: valid (1 step)")), qPrintable(r.outText()));
        }
    }

    void aFolderNamedLikeAPipelineIsNotThePipeline()
    {
        // byoc/ (a build context) next to pipelines/byoc.yaml: `byoc` still names the pipeline.
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(writeFile(ws.path(QStringLiteral("pipelines/byoc.yaml")),
                          "name: byoc\nsteps:\n  hello:\n    type: processing\n    command: [\"true\"]\n"));
        QVERIFY(QDir().mkpath(ws.path(QStringLiteral("byoc"))));
        QVERIFY(QDir().mkpath(ws.path(QStringLiteral("pipelines/byoc"))));
        CommandResult r = runCli({QStringLiteral("validate"), QStringLiteral("byoc")}, ws.root());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runCli({QStringLiteral("fmt"), QStringLiteral("--check"), QStringLiteral("byoc")}, ws.root());
        QVERIFY2(!r.errText().contains(QStringLiteral("directory")), r.err.constData());
        r = runCli({QStringLiteral("run"), QStringLiteral("byoc")}, ws.root());
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QCOMPARE(runsJson(ws.root()).size(), 1);
    }

    void runArgumentMistakesAreRefusedWithAHint()
    {
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(writeFile(ws.path(QStringLiteral("pipelines/breast-cancer.yaml")),
                          "name: breast-cancer\nparameters: {seed: 42, rate: 0.5}\n"
                          "steps:\n  hello:\n    type: processing\n    command: [\"true\"]\n"));
        const auto run = [&](const QStringList &args) {
            return runCli(QStringList{QStringLiteral("run")} + args, ws.root());
        };
        for (const QString &value : {QStringLiteral("nan"), QStringLiteral("inf"), QStringLiteral("-inf")}) {
            const CommandResult r = run({QStringLiteral("breast-cancer"), QStringLiteral("--param"),
                                         QStringLiteral("rate=") + value});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.errText().contains(QStringLiteral("parameter 'rate' needs a finite number (its default is 0.5), "
                                                         "not '%1'").arg(value)),
                     r.err.constData());
        }
        // seed's default is a whole number: a fraction is refused before any step runs.
        for (const QString &flag : {QStringLiteral("--param"), QStringLiteral("-p")}) {
            const CommandResult r = run({QStringLiteral("breast-cancer"), flag, QStringLiteral("seed=1.5")});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.errText().contains(QStringLiteral("parameter 'seed' needs a whole number (its default is 42), "
                                                         "not '1.5'")),
                     r.err.constData());
            QVERIFY2(!r.outText().contains(QStringLiteral("hello")), r.out.constData());
        }
        QCOMPARE(runsJson(ws.root()).size(), 0);
        CommandResult r = run({QStringLiteral("breast-cancer"), QStringLiteral("--param"), QStringLiteral("seed=42"),
                               QStringLiteral("--param"), QStringLiteral("seed=43")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("--param seed given twice (42 and 43)")), r.err.constData());
        r = run({QStringLiteral("breast-cancer"), QStringLiteral("--runner"), QStringLiteral("dockr")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("runner 'dockr' is not available")), r.err.constData());
        QVERIFY2(r.errText().contains(QStringLiteral("(did you mean 'docker'?)")), r.err.constData());
        r = run({QStringLiteral("breast-cancr")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("pipeline 'breast-cancr' not found")), r.err.constData());
        QVERIFY2(r.errText().contains(QStringLiteral("(did you mean 'breast-cancer'?)")), r.err.constData());
        QVERIFY(!r.errText().contains(QStringLiteral("not valid")));

        // Two pipelines named alike: neither runs by that name, and both are invalid.
        const QByteArray dup = "name: dup\nsteps:\n  hello:\n    type: processing\n    command: [\"true\"]\n";
        QVERIFY(writeFile(ws.path(QStringLiteral("pipelines/a.yaml")), dup));
        QVERIFY(writeFile(ws.path(QStringLiteral("pipelines/b.yaml")), dup));
        r = run({QStringLiteral("dup")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("pipeline name 'dup' is used by pipelines/a.yaml and pipelines/b.yaml")),
                 r.err.constData());
        r = runCli({QStringLiteral("validate"), QStringLiteral("pipelines/a.yaml")}, ws.root());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("pipelines/a.yaml:1:7: error: pipeline name 'dup' is also used by "
                                                     "pipelines/b.yaml")),
                 r.err.constData());
        r = run({QStringLiteral("pipelines/b.yaml")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(runsJson(ws.root()).size(), 0);
    }

    void everyFailedStepIsReportedAndTheRunnerRecorded()
    {
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(writeFile(ws.path(QStringLiteral("pipelines/two.yaml")),
                          "name: two\nsteps:\n"
                          "  a:\n    type: processing\n    command: [sh, -c, \"echo boom-a >&2; exit 3\"]\n"
                          "  b:\n    type: processing\n    command: [sh, -c, \"echo boom-b >&2; exit 4\"]\n"));
        const CommandResult r = runCli({QStringLiteral("run"), QStringLiteral("two"), QStringLiteral("--json")}, ws.root());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("mlops: step 'a' failed: exited with code 3: boom-a")), r.err.constData());
        QVERIFY2(r.errText().contains(QStringLiteral("mlops: step 'b' failed: exited with code 4: boom-b")), r.err.constData());
        // Without --runner, the run records the runner it used by default (mlops.yaml's).
        const QJsonObject run = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(run.value(QStringLiteral("runner")).toString(), QStringLiteral("process"));
        QCOMPARE(run.value(QStringLiteral("failure_reason")).toString().left(16), QStringLiteral("step 'a' failed:"));
    }

    void aNewScriptNobodyCommittedIsInTheRunsDiff()
    {
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(writeFile(ws.path(QStringLiteral("src/hello.py")), "print('hello from a new script')\n"));
        QVERIFY(writeFile(ws.path(QStringLiteral("pipelines/hello.yaml")),
                          "name: hello\nsteps:\n  hello:\n    type: processing\n    command: [python, src/hello.py]\n"));
        const CommandResult r = runCli({QStringLiteral("run"), QStringLiteral("hello"), QStringLiteral("--json")}, ws.root());
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        const QJsonObject run = QJsonDocument::fromJson(r.out).object();
        QVERIFY(run.value(QStringLiteral("git")).toObject().value(QStringLiteral("dirty")).toBool());
        QString hash;
        for (const QJsonValue &a : run.value(QStringLiteral("artifacts")).toArray()) {
            if (a.toObject().value(QStringLiteral("role")).toString() == QStringLiteral("diff"))
                hash = a.toObject().value(QStringLiteral("hash")).toString();
        }
        QVERIFY2(!hash.isEmpty(), r.out.constData());
        const QByteArray diff = readFile(ws.path(QStringLiteral(".mlops/cache/%1/%2").arg(hash.left(2), hash.mid(2))));
        QVERIFY2(diff.contains("diff --git a/src/hello.py b/src/hello.py\nnew file mode 100644"), diff.constData());
        QVERIFY(diff.contains("+print('hello from a new script')"));
        QVERIFY(diff.contains("+++ b/pipelines/hello.yaml"));
        QVERIFY(!diff.contains(".mlops/"));
    }

    void killNineLeavesAConsistentStoreAndNoProcesses()
    {
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(writeFile(ws.path(QStringLiteral("pipelines/sleep.yaml")),
                          readFile(QStringLiteral(MLOPS_TEST_DATA_DIR "/exec/sleep.yaml"))));
        QProcess run;
        run.setProgram(cliPath());
        run.setArguments({QStringLiteral("-C"), ws.root(), QStringLiteral("run"), QStringLiteral("sleeper")});
        run.start();
        QVERIFY(run.waitForStarted());

        // Wait until the step runs (its process group is recorded).
        qint64 pgid = 0;
        QString stepId;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                Result<std::unique_ptr<Store>> store = Store::open(ws.path(QStringLiteral(".mlops/store.db")));
                if (!store)
                    return false;
                Result<QVariant> g = (*store)->db().scalar(
                    QStringLiteral("SELECT pgid FROM runs WHERE name = 'slow' AND status = 'Running'"));
                pgid = g ? g->toLongLong() : 0;
                Result<QVariant> id = (*store)->db().scalar(QStringLiteral("SELECT uuid FROM runs WHERE name = 'slow'"));
                stepId = id ? id->toString() : QString();
                return pgid > 1;
            }(),
            20000);
        // Give the step a moment to start its own child too.
        QTest::qWait(500);
        const QDateTime killedAt = QDateTime::currentDateTimeUtc();
        ::kill(pid_t(run.processId()), SIGKILL);
        QVERIFY(run.waitForFinished(10000));

        // At once, without anyone running another command: the run's companion process
        // marks it Interrupted and ends what the step left running.
        const QString storePath = ws.path(QStringLiteral(".mlops/store.db"));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                Result<std::unique_ptr<Database>> db = Database::open(storePath, false);
                if (!db)
                    return false;
                Result<QVariant> status = (*db)->scalar(QStringLiteral("SELECT status FROM runs WHERE kind = 'pipeline'"));
                return status && status->toString() == QStringLiteral("Interrupted");
            }(),
            10000);
        QTRY_VERIFY_WITH_TIMEOUT(!processGroupExists(pgid), 5000);
        QTest::qWait(300);

        // The step died with its parent (parent-death signal) and its own children with the
        // recovery; every later program sees the same consistent store.
        const QJsonArray runs = runsJson(ws.root());
        QCOMPARE(runs.size(), 1);
        const QJsonObject pipeline = runs.first().toObject();
        QCOMPARE(pipeline.value(QStringLiteral("status")).toString(), QStringLiteral("Interrupted"));
        QHash<QString, QString> statuses;
        for (const QJsonValue &v : pipeline.value(QStringLiteral("steps")).toArray())
            statuses.insert(v.toObject().value(QStringLiteral("name")).toString(),
                            v.toObject().value(QStringLiteral("status")).toString());
        QCOMPARE(statuses.value(QStringLiteral("slow")), QStringLiteral("Interrupted"));
        QCOMPARE(statuses.value(QStringLiteral("make")), QStringLiteral("Completed"));
        // A step that never started did not fail: it is skipped with the run.
        QCOMPARE(statuses.value(QStringLiteral("after")), QStringLiteral("Skipped"));
        // The companion saw the program die: the run and its running step worked until
        // then, although the step wrote nothing after it started (not a duration that
        // stops at the step's start).
        const QDateTime ended = QDateTime::fromString(pipeline.value(QStringLiteral("ended")).toString(), Qt::ISODateWithMs);
        QVERIFY(ended.isValid());
        QVERIFY2(ended <= killedAt.addMSecs(1000), qPrintable(ended.toString(Qt::ISODateWithMs)));
        QVERIFY2(ended >= killedAt.addMSecs(-100), qPrintable(ended.toString(Qt::ISODateWithMs)));
        for (const QJsonValue &v : pipeline.value(QStringLiteral("steps")).toArray()) {
            const QJsonObject step = v.toObject();
            if (step.value(QStringLiteral("name")).toString() != QStringLiteral("slow"))
                continue;
            const QDateTime stepEnded = QDateTime::fromString(step.value(QStringLiteral("ended")).toString(), Qt::ISODateWithMs);
            QVERIFY2(stepEnded >= killedAt.addMSecs(-100), qPrintable(stepEnded.toString(Qt::ISODateWithMs)));
            QVERIFY2(step.value(QStringLiteral("duration_ms")).toInteger() >= 400,
                     qPrintable(QString::number(step.value(QStringLiteral("duration_ms")).toInteger())));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!processGroupExists(pgid), 5000);
        const CommandResult ps = runProgram(QStringLiteral("/bin/sh"),
                                            {QStringLiteral("-c"), QStringLiteral("grep -l MLOPS_RUN_ID=%1 /proc/[0-9]*/environ 2>/dev/null | wc -l").arg(stepId)});
        QCOMPARE(ps.outText().trimmed(), QStringLiteral("0"));

        // The step's read-only input channel is writable again, so its job folder can be
        // removed without root.
        const QString input = ws.path(QStringLiteral(".mlops/jobs/%1/processing/input/rows").arg(stepId));
        QVERIFY2(QFileInfo(input + QStringLiteral("/rows.csv")).exists(), qPrintable(input));
        QVERIFY(QFileInfo(input).permissions().testFlag(QFileDevice::WriteOwner));
        QVERIFY(QFileInfo(input + QStringLiteral("/rows.csv")).permissions().testFlag(QFileDevice::WriteOwner));

        Result<std::unique_ptr<Store>> store = Store::open(ws.path(QStringLiteral(".mlops/store.db")));
        QCOMPARE((*store)->db().scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
    }
    void secondCtrlCKillsStepsAndStillRecordsTheStop()
    {
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        // A step that ignores SIGTERM: the first Ctrl-C alone would wait the grace period.
        QVERIFY(writeFile(ws.path(QStringLiteral("pipelines/stubborn.yaml")),
                          "name: stubborn\n"
                          "steps:\n"
                          "  deaf:\n"
                          "    type: processing\n"
                          "    command: [python, -c, \"import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
                          "print('ready', flush=True); time.sleep(300)\"]\n"
                          "  after:\n"
                          "    type: processing\n"
                          "    command: [\"true\"]\n"
                          "    depends_on: [deaf]\n"));
        QProcess run;
        run.setProgram(cliPath());
        run.setArguments({QStringLiteral("-C"), ws.root(), QStringLiteral("run"), QStringLiteral("stubborn")});
        run.start();
        QVERIFY(run.waitForStarted());
        QString stepId;
        qint64 pgid = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                Result<std::unique_ptr<Database>> db = Database::open(ws.path(QStringLiteral(".mlops/store.db")), false);
                if (!db)
                    return false;
                Result<QVariant> id = (*db)->scalar(QStringLiteral("SELECT uuid FROM runs WHERE name = 'deaf' AND status = 'Running'"));
                stepId = id ? id->toString() : QString();
                Result<QVariant> g = (*db)->scalar(QStringLiteral("SELECT pgid FROM runs WHERE name = 'deaf'"));
                pgid = g ? g->toLongLong() : 0;
                return !stepId.isEmpty()
                       && readFile(ws.path(QStringLiteral(".mlops/logs/%1/stdout.log").arg(stepId))).contains("ready");
            }(),
            20000);

        QElapsedTimer clock;
        clock.start();
        ::kill(pid_t(run.processId()), SIGINT);
        QTest::qWait(1000);
        QCOMPARE(run.state(), QProcess::Running);   // still waiting for the deaf step
        ::kill(pid_t(run.processId()), SIGINT);
        // Well before the 10 s grace period is over.
        QVERIFY(run.waitForFinished(5000));
        QVERIFY2(clock.elapsed() < 6000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(run.exitCode(), 1);
        QVERIFY(!processGroupExists(pgid));
        const QByteArray out = run.readAllStandardOutput();
        QVERIFY2(out.contains("Stopping now: killing running steps"), out.constData());

        // Finalised by mlops run itself: Stopped, not left Running for a recovery to find
        // Interrupted.
        const QJsonArray runs = runsJson(ws.root());
        QCOMPARE(runs.size(), 1);
        const QJsonObject pipeline = runs.first().toObject();
        QCOMPARE(pipeline.value(QStringLiteral("status")).toString(), QStringLiteral("Stopped"));
        QHash<QString, QString> statuses;
        for (const QJsonValue &v : pipeline.value(QStringLiteral("steps")).toArray())
            statuses.insert(v.toObject().value(QStringLiteral("name")).toString(),
                            v.toObject().value(QStringLiteral("status")).toString());
        QCOMPARE(statuses.value(QStringLiteral("deaf")), QStringLiteral("Stopped"));
        QCOMPARE(statuses.value(QStringLiteral("after")), QStringLiteral("Skipped"));
    }

    void ctrlCWithTheOutputsReaderGoneStillStopsCleanly()
    {
        // `mlops run … | tee log`, then Ctrl-C: tee ends too, and the next line mlops
        // writes ("Stopping…") meets a pipe without reader. The run must still stop its
        // steps (SIGTERM, so their handlers run) and be recorded Stopped, not die of
        // SIGPIPE and be found Interrupted.
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(writeFile(ws.path(QStringLiteral("pipelines/teed.yaml")),
                          "name: teed\n"
                          "steps:\n"
                          "  polite:\n"
                          "    type: processing\n"
                          "    command: [python, -c, \"import signal, sys, time\\n"
                          "def bye(*_):\\n"
                          "    open('terminated', 'w').write('yes'); sys.exit(143)\\n"
                          "signal.signal(signal.SIGTERM, bye); print('ready', flush=True); time.sleep(300)\"]\n"));
        // mlops run … | head -c 1: the reader leaves after the first byte.
        QProcess run;
        QProcess reader;
        run.setStandardOutputProcess(&reader);
        reader.start(QStringLiteral("head"), {QStringLiteral("-c"), QStringLiteral("1")});
        run.setProgram(cliPath());
        run.setArguments({QStringLiteral("-C"), ws.root(), QStringLiteral("run"), QStringLiteral("teed")});
        run.start();
        QVERIFY(run.waitForStarted());
        QVERIFY(reader.waitForFinished(20000));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                Result<std::unique_ptr<Database>> db = Database::open(ws.path(QStringLiteral(".mlops/store.db")), false);
                if (!db)
                    return false;
                Result<QVariant> id = (*db)->scalar(QStringLiteral("SELECT uuid FROM runs WHERE name = 'polite' AND status = 'Running'"));
                return id && !id->toString().isEmpty()
                       && readFile(ws.path(QStringLiteral(".mlops/logs/%1/stdout.log").arg(id->toString()))).contains("ready");
            }(),
            20000);
        ::kill(pid_t(run.processId()), SIGINT);
        QVERIFY(run.waitForFinished(20000));
        QCOMPARE(run.exitStatus(), QProcess::NormalExit);
        QCOMPARE(run.exitCode(), 1);
        QCOMPARE(readFile(ws.path(QStringLiteral("terminated"))), QByteArray("yes"));
        const QJsonArray runs = runsJson(ws.root());
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("Stopped"));
    }

    void killNineRemovesTheStepsContainer()
    {
        const ContainerEngine docker = ContainerEngine::docker();
        const EngineStatus status = docker.detect();
        MLOPS_REQUIRE(status.usable(), QStringLiteral("docker is not usable: %1 (run packaging/container-engines.sh as root)").arg(status.problem));
        MLOPS_REQUIRE(docker.hasImage(QStringLiteral("mlops/busybox:latest")),
                      QStringLiteral("docker has no image mlops/busybox:latest (run packaging/container-engines.sh as root)"));
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(writeFile(ws.path(QStringLiteral("pipelines/sleep.yaml")),
                          readFile(QStringLiteral(MLOPS_TEST_DATA_DIR "/exec/container-sleep.yaml"))));
        QProcess run;
        run.setProgram(cliPath());
        run.setArguments({QStringLiteral("-C"), ws.root(), QStringLiteral("run"), QStringLiteral("sleeper")});
        run.start();
        QVERIFY(run.waitForStarted());

        // Wait until the step's container runs.
        QString stepId;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                Result<std::unique_ptr<Database>> db = Database::open(ws.path(QStringLiteral(".mlops/store.db")), false);
                if (!db)
                    return false;
                Result<QVariant> id = (*db)->scalar(QStringLiteral("SELECT uuid FROM runs WHERE name = 'slow' AND status = 'Running'"));
                stepId = id ? id->toString() : QString();
                if (stepId.isEmpty())
                    return false;
                Result<QStringList> running = docker.listManagedContainers(ContainerRunSpec::runIdLabel() + QLatin1Char('=') + stepId);
                return running && !running->isEmpty();
            }(),
            30000);
        ::kill(pid_t(run.processId()), SIGKILL);
        QVERIFY(run.waitForFinished(10000));

        // Without another command: the run is Interrupted and its container is gone within
        // seconds (its companion removes it; without that it lingered for about 20 s).
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                Result<QStringList> left = docker.listManagedContainers(ContainerRunSpec::runIdLabel() + QLatin1Char('=') + stepId);
                return left && left->isEmpty();
            }(),
            10000);
        const QJsonArray runs = runsJson(ws.root());
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("Interrupted"));
    }
};

QTEST_GUILESS_MAIN(TestRunCli)
#include "tst_runcli.moc"
