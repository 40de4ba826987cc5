// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "pipelinetestsupport.h"
#include "testsupport.h"

#include "core/pipeline/pipelineexecution.h"
#include "core/pipeline/pipelinevalidator.h"
#include "core/runtime/childprocess.h"
#include "core/runtime/processrunner.h"
#include "core/tracking/runstore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <unistd.h>

using namespace mlops;
using namespace mlops::test;


class TestPipelineExecution : public QObject
{
    Q_OBJECT

private slots:
    void sagemakerContract_data()
    {
        QTest::addColumn<QString>("runner");
        QTest::newRow("process") << QStringLiteral("process");
        QTest::newRow("sandbox") << QStringLiteral("sandbox");
    }

    void sagemakerContract()
    {
        QFETCH(QString, runner);
        if (runner == QStringLiteral("sandbox"))
            MLOPS_REQUIRE(!SandboxRunner::bwrapPath().isEmpty(), QStringLiteral("bubblewrap (bwrap) is not installed"));
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QVERIFY(copyData(ws, QStringLiteral("src/make.py"), QStringLiteral("make.py")));
        QVERIFY(copyData(ws, QStringLiteral("src/contract.py"), QStringLiteral("contract.py")));
        QVERIFY(copyData(ws, QStringLiteral("pipelines/contract.yaml"), QStringLiteral("contract.yaml")));
        ExecutionOptions options;
        options.runner = runner;
        const Outcome out = runPipeline(ws, QStringLiteral("pipelines/contract.yaml"), options);
        QVERIFY2(out.status == RunStatus::Completed, qPrintable(out.reason));

        const StepEvent train = out.steps.value(QStringLiteral("train"));
        const QJsonObject report = QJsonDocument::fromJson(
            readFile(ws.path(QStringLiteral(".mlops/jobs/%1/model/report.json").arg(train.runId)))).object();
        QVERIFY(!report.isEmpty());
        // hyperparameters.json holds strings, as SageMaker writes it; SM_HPS decodes them.
        const QJsonObject hps = report.value(QStringLiteral("hps")).toObject();
        QCOMPARE(hps.value(QStringLiteral("epochs")).toString(), QStringLiteral("3"));
        QCOMPARE(hps.value(QStringLiteral("name")).toString(), QStringLiteral("abc"));
        const QJsonObject env = report.value(QStringLiteral("env")).toObject();
        const QJsonObject smHps = QJsonDocument::fromJson(env.value(QStringLiteral("SM_HPS")).toString().toUtf8()).object();
        QCOMPARE(smHps.value(QStringLiteral("epochs")).toInt(), 3);
        QCOMPARE(smHps.value(QStringLiteral("rate")).toDouble(), 0.5);
        QCOMPARE(env.value(QStringLiteral("SM_HP_EPOCHS")).toString(), QStringLiteral("3"));
        QCOMPARE(report.value(QStringLiteral("idc")).toObject().value(QStringLiteral("train")).toObject()
                     .value(QStringLiteral("TrainingInputMode")).toString(),
                 QStringLiteral("File"));
        QCOMPARE(report.value(QStringLiteral("rc")).toObject().value(QStringLiteral("current_host")).toString(),
                 QStringLiteral("algo-1"));
        QCOMPARE(env.value(QStringLiteral("SM_CHANNELS")).toString(), QStringLiteral("[\"train\"]"));
        QCOMPARE(env.value(QStringLiteral("SM_CURRENT_HOST")).toString(), QStringLiteral("algo-1"));
        QCOMPARE(env.value(QStringLiteral("SM_HOSTS")).toString(), QStringLiteral("[\"algo-1\"]"));
        QVERIFY(env.value(QStringLiteral("TRAINING_JOB_NAME")).toString().startsWith(QStringLiteral("contract-train-")));
        QCOMPARE(env.value(QStringLiteral("MLOPS_RUN_ID")).toString(), train.runId);
        QCOMPARE(report.value(QStringLiteral("channel_files")).toArray(), QJsonArray({QStringLiteral("data.csv")}));
        // The hyperparameters as the toolkit's command-line arguments, sorted by name.
        QCOMPARE(env.value(QStringLiteral("SM_USER_ARGS")).toString(),
                 QStringLiteral("[\"--epochs\",\"3\",\"--name\",\"abc\",\"--rate\",\"0.5\",\"-v\",\"True\"]"));
        const QJsonObject training =
            QJsonDocument::fromJson(env.value(QStringLiteral("SM_TRAINING_ENV")).toString().toUtf8()).object();
        QCOMPARE(training.value(QStringLiteral("user_args")).toArray().size(), 8);
        QCOMPARE(training.value(QStringLiteral("module_dir")).toString(), env.value(QStringLiteral("SM_MODULE_DIR")).toString());
        QCOMPARE(training.value(QStringLiteral("output_intermediate_dir")).toString(),
                 env.value(QStringLiteral("SM_OUTPUT_INTERMEDIATE_DIR")).toString());
        QVERIFY(report.value(QStringLiteral("intermediate_dir_exists")).toBool());
        // Input channels are read-only while the step runs (root is only held back by the sandbox).
        QCOMPARE(report.value(QStringLiteral("channel_modes")).toObject().value(QStringLiteral("dir")).toString(),
                 QStringLiteral("0o555"));
        QCOMPARE(report.value(QStringLiteral("channel_modes")).toObject().value(QStringLiteral("file")).toString(),
                 QStringLiteral("0o444"));
        if (runner == QStringLiteral("sandbox") || ::geteuid() != 0) {
            const QString refused = runner == QStringLiteral("sandbox") ? QStringLiteral("EROFS") : QStringLiteral("EACCES");
            QCOMPARE(report.value(QStringLiteral("channel_create")).toString(), refused);
            QCOMPARE(report.value(QStringLiteral("channel_append")).toString(), refused);
        }
        // Afterwards the job folder can be removed again; the completed step's copy of its
        // input is gone already (the data is in the artifact cache).
        const QFileInfo channel(ws.path(QStringLiteral(".mlops/jobs/%1/input/data/train").arg(train.runId)));
        QVERIFY(channel.permissions().testFlag(QFileDevice::WriteOwner));
        QVERIFY(channel.isDir() && QDir(channel.filePath()).isEmpty());
        const QString modelDir = env.value(QStringLiteral("SM_MODEL_DIR")).toString();
        if (runner == QStringLiteral("sandbox")) {
            QCOMPARE(modelDir, QStringLiteral("/opt/ml/model"));
            QCOMPARE(env.value(QStringLiteral("SM_CHANNEL_TRAIN")).toString(), QStringLiteral("/opt/ml/input/data/train"));
            QVERIFY(report.value(QStringLiteral("opt_ml_model_exists")).toBool());
        } else {
            QCOMPARE(modelDir, ws.path(QStringLiteral(".mlops/jobs/%1/model").arg(train.runId)));
        }

        // Metrics from the regex and from the helper's file; the helper's parameter too.
        Result<std::unique_ptr<Store>> store = Store::open(ws.path(QStringLiteral(".mlops/store.db")));
        RunStore runs((*store)->db());
        Result<RunRecord> record = runs.find(train.runId);
        QVERIFY(record.ok());
        QCOMPARE(record->metrics.value(QStringLiteral("acc")), 0.75);
        // NaN and infinity after 1.5 stopped nothing and reached neither the store nor the log as errors.
        QCOMPARE(record->metrics.value(QStringLiteral("helper_metric")), 1.5);
        const QByteArray stderrLog = readFile(ws.path(QStringLiteral(".mlops/logs/%1/stderr.log").arg(train.runId)));
        QVERIFY2(stderrLog.contains("mlops_studio: warning: metric 'helper_metric' is nan at step 1"), stderrLog.constData());
        QVERIFY(!stderrLog.contains("metrics file ignored"));
        QCOMPARE(record->parameters.value(QStringLiteral("from_helper")), QStringLiteral("yes"));
        QCOMPARE(record->hyperparameters.value(QStringLiteral("rate")), QStringLiteral("0.5"));
        bool hasModel = false;
        for (const ArtifactRecord &a : record->artifacts)
            hasModel = hasModel || (a.role == QStringLiteral("model") && a.hash.size() == 64);
        QVERIFY(hasModel);
    }

    void literalOptMlPathsRunUnchangedInTheSandbox()
    {
        MLOPS_REQUIRE(!SandboxRunner::bwrapPath().isEmpty(), QStringLiteral("bubblewrap (bwrap) is not installed"));
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(copyData(ws, QStringLiteral("src/sm.py"), QStringLiteral("sm.py")));
        QVERIFY(copyData(ws, QStringLiteral("pipelines/sm.yaml"), QStringLiteral("sm.yaml")));
        QVERIFY(writeFile(ws.path(QStringLiteral("data/input.csv")), "a\n1\n2\n"));
        const Outcome out = runPipeline(ws, QStringLiteral("pipelines/sm.yaml"));
        QVERIFY2(out.status == RunStatus::Completed, qPrintable(out.reason));
        const QString model = ws.path(QStringLiteral(".mlops/jobs/%1/model/model.txt")
                                          .arg(out.steps.value(QStringLiteral("train")).runId));
        QCOMPARE(readFile(model), QByteArray("3 rows, depth 4"));
    }

    void failureReasonComesFromOutputFailure()
    {
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(copyData(ws, QStringLiteral("src/fail.py"), QStringLiteral("fail.py")));
        QVERIFY(copyData(ws, QStringLiteral("pipelines/p.yaml"), QStringLiteral("failure.yaml")));
        const Outcome out = runPipeline(ws, QStringLiteral("pipelines/p.yaml"));
        QCOMPARE(out.status, RunStatus::Failed);
        const StepEvent broken = out.steps.value(QStringLiteral("broken"));
        QCOMPARE(broken.status, RunStatus::Failed);
        QVERIFY(broken.reason.startsWith(QStringLiteral("bad data: 42 rows have no label")));
        QCOMPARE(broken.reason.size(), 1024);
        QCOMPARE(out.steps.value(QStringLiteral("after")).status, RunStatus::Skipped);
        QCOMPARE(out.steps.value(QStringLiteral("after")).reason, QStringLiteral("upstream step 'broken' did not complete"));
        QCOMPARE(out.steps.value(QStringLiteral("independent")).status, RunStatus::Completed);
        QVERIFY(out.reason.contains(QStringLiteral("broken")));

        Result<std::unique_ptr<Store>> store = Store::open(ws.path(QStringLiteral(".mlops/store.db")));
        RunStore runs((*store)->db());
        Result<RunRecord> record = runs.find(broken.runId);
        QCOMPARE(record->exitCode.value_or(-1), 3);
        QCOMPARE(record->failureReason.size(), 1024);
    }

    void timeoutTerminatesTheStep()
    {
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(copyData(ws, QStringLiteral("pipelines/p.yaml"), QStringLiteral("timeout.yaml")));
        const Outcome out = runPipeline(ws, QStringLiteral("pipelines/p.yaml"));
        QCOMPARE(out.status, RunStatus::Failed);
        const StepEvent slow = out.steps.value(QStringLiteral("slow"));
        QCOMPARE(slow.reason, QStringLiteral("timed out after 1.00 s"));
        const qint64 pgid = processGroupOf(ws, slow.runId);
        QVERIFY(pgid > 1);
        QVERIFY(!processGroupExists(pgid));
    }

    void retriesWithBackoffUntilItWorks()
    {
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QTemporaryDir scratch;
        qputenv("MLOPS_TEST_SCRATCH", scratch.path().toUtf8());
        QVERIFY(copyData(ws, QStringLiteral("src/flaky.py"), QStringLiteral("flaky.py")));
        QVERIFY(copyData(ws, QStringLiteral("pipelines/p.yaml"), QStringLiteral("retries.yaml")));
        const Outcome out = runPipeline(ws, QStringLiteral("pipelines/p.yaml"));
        QVERIFY2(out.status == RunStatus::Completed, qPrintable(out.reason));
        QCOMPARE(out.steps.value(QStringLiteral("flaky")).attempt, 3);
        QCOMPARE(readFile(scratch.filePath(QStringLiteral("n"))), QByteArray("3"));
        // All three attempts are in the step's log.
        const QString log = QString::fromUtf8(readFile(ws.path(QStringLiteral(".mlops/logs/%1/stderr.log")
                                                                   .arg(out.steps.value(QStringLiteral("flaky")).runId))));
        QVERIFY(log.contains(QStringLiteral("attempt 3")));
    }

    void conditionsChooseABranch_data()
    {
        QTest::addColumn<QString>("threshold");
        QTest::addColumn<QString>("ran");
        QTest::addColumn<QString>("skipped");
        QTest::newRow("above") << QStringLiteral("0.5") << QStringLiteral("publish") << QStringLiteral("stop");
        QTest::newRow("below") << QStringLiteral("0.99") << QStringLiteral("stop") << QStringLiteral("publish");
    }

    void conditionsChooseABranch()
    {
        QFETCH(QString, threshold);
        QFETCH(QString, ran);
        QFETCH(QString, skipped);
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(copyData(ws, QStringLiteral("src/score.py"), QStringLiteral("score.py")));
        QVERIFY(copyData(ws, QStringLiteral("pipelines/p.yaml"), QStringLiteral("conditions.yaml")));
        ExecutionOptions options;
        options.parameters.insert(QStringLiteral("threshold"), threshold);
        const Outcome out = runPipeline(ws, QStringLiteral("pipelines/p.yaml"), options);
        QCOMPARE(out.steps.value(ran).status, ran == QStringLiteral("stop") ? RunStatus::Failed : RunStatus::Completed);
        QCOMPARE(out.steps.value(skipped).status, RunStatus::Skipped);
        if (ran == QStringLiteral("stop")) {
            QCOMPARE(out.status, RunStatus::Failed);
            QCOMPARE(out.reason, QStringLiteral("accuracy below 0.99"));
            QCOMPARE(out.steps.value(QStringLiteral("publish")).reason, QStringLiteral("condition 'gate' was false"));
            QCOMPARE(out.steps.value(QStringLiteral("after_publish")).status, RunStatus::Skipped);
        } else {
            QCOMPARE(out.status, RunStatus::Completed);
            QCOMPARE(out.steps.value(QStringLiteral("after_publish")).status, RunStatus::Completed);
            QCOMPARE(out.steps.value(QStringLiteral("stop")).reason, QStringLiteral("condition 'gate' was true"));
        }
    }

    void cacheHitsAndMisses()
    {
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(copyData(ws, QStringLiteral("src/a.py"), QStringLiteral("cache-a.py")));
        QVERIFY(copyData(ws, QStringLiteral("src/b.py"), QStringLiteral("cache-b.py")));
        QVERIFY(copyData(ws, QStringLiteral("pipelines/p.yaml"), QStringLiteral("cache.yaml")));
        const QString file = QStringLiteral("pipelines/p.yaml");
        const QStringList all{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};

        const Outcome first = runPipeline(ws, file);
        QVERIFY2(first.status == RunStatus::Completed, qPrintable(first.reason));
        QCOMPARE(cacheHits(first), QStringList());

        const Outcome second = runPipeline(ws, file);
        QCOMPARE(cacheHits(second), all);  // `never` has cache: false
        QCOMPARE(second.steps.value(QStringLiteral("b")).cachedFrom, first.steps.value(QStringLiteral("b")).runId);

        // One hyperparameter changes: that step and what depends on it run again.
        QVERIFY(writeFile(ws.path(file), readFile(ws.path(file)).replace("{k: K}", "{k: L}")));
        QCOMPARE(cacheHits(runPipeline(ws, file)), QStringList({QStringLiteral("a")}));

        // The code of the first step changes: everything downstream of it runs.
        QVERIFY(writeFile(ws.path(QStringLiteral("src/a.py")),
                          readFile(ws.path(QStringLiteral("src/a.py"))).replace("write(\"a\")", "write(\"A\")")));
        QCOMPARE(cacheHits(runPipeline(ws, file)), QStringList());

        ExecutionOptions noCache;
        noCache.noCache = true;
        QCOMPARE(cacheHits(runPipeline(ws, file, noCache)), QStringList());
        QCOMPARE(cacheHits(runPipeline(ws, file)), all);
    }

    void failedRunsAreNeverReused()
    {
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(copyData(ws, QStringLiteral("pipelines/p.yaml"), QStringLiteral("fail-always.yaml")));
        QCOMPARE(runPipeline(ws, QStringLiteral("pipelines/p.yaml")).status, RunStatus::Failed);
        const Outcome again = runPipeline(ws, QStringLiteral("pipelines/p.yaml"));
        QCOMPARE(again.status, RunStatus::Failed);
        QVERIFY(!again.steps.value(QStringLiteral("f")).cached);
        QCOMPARE(again.steps.value(QStringLiteral("f")).reason, QStringLiteral("exited with code 1"));
    }

    void aCommandThatCannotStartSaysWhatToChange()
    {
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(writeFile(ws.path(QStringLiteral("src/job.sh")), "#!/bin/sh\necho hi\n"));   // no x bit
        QVERIFY(writeFile(ws.path(QStringLiteral("pipelines/p.yaml")),
                          "name: p\n"
                          "steps:\n"
                          "  unknown: {type: processing, command: [no-such-program-here, x]}\n"
                          "  script: {type: processing, command: [src/job.sh]}\n"
                          "  missing: {type: processing, command: [src/nothing.sh]}\n"));
        const Outcome out = runPipeline(ws, QStringLiteral("pipelines/p.yaml"));
        QCOMPARE(out.status, RunStatus::Failed);
        QCOMPARE(out.steps.value(QStringLiteral("unknown")).reason,
                 QStringLiteral("cannot start 'no-such-program-here': there is no program of that name on PATH"));
        QCOMPARE(out.steps.value(QStringLiteral("script")).reason,
                 QStringLiteral("cannot start 'src/job.sh': the file is not executable (start it through its "
                                "interpreter, as in [python, src/job.sh], or make it executable with chmod +x)"));
        QCOMPARE(out.steps.value(QStringLiteral("missing")).reason,
                 QStringLiteral("cannot start 'src/nothing.sh': no such file"));
    }

    void stopWhileWaitingToRetrySaysWhatFailed()
    {
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(writeFile(ws.path(QStringLiteral("pipelines/p.yaml")),
                          "name: p\n"
                          "steps:\n"
                          "  flaky:\n"
                          "    type: processing\n"
                          "    command: [sh, -c, \"echo broken >&2; exit 3\"]\n"
                          "    retries: {max_attempts: 3, interval: 30s}\n"));
        bool waiting = false;
        const Outcome out = runPipeline(ws, QStringLiteral("pipelines/p.yaml"), {}, [&](PipelineExecution &e) {
            connect(&e, &PipelineExecution::stepOutput, this, [&waiting](const QString &, const QString &line, bool) {
                waiting |= line.contains(QStringLiteral("retrying in"));
            });
            // The first attempt failed; the step waits 30 s for the second.
            QTRY_VERIFY_WITH_TIMEOUT(waiting, 10000);
            e.stop();
        });
        QCOMPARE(out.status, RunStatus::Stopped);
        const StepEvent flaky = out.steps.value(QStringLiteral("flaky"));
        QCOMPARE(flaky.status, RunStatus::Stopped);
        // It did start: the reason is the wait and the failure, not "before it started".
        QCOMPARE(flaky.reason,
                 QStringLiteral("stopped while waiting to retry; attempt 1 of 3 failed: exited with code 3: broken"));
        QCOMPARE(flaky.attempt, 1);
    }

    void aLineWithoutEndComesInBoundedPieces()
    {
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        // 3 MB of two-byte characters without a line break (a progress bar that never
        // ends its line), then a metric on a line of its own.
        QVERIFY(writeFile(ws.path(QStringLiteral("pipelines/p.yaml")),
                          "name: p\n"
                          "steps:\n"
                          "  long:\n"
                          "    type: processing\n"
                          "    command: [/usr/bin/python3, -c, \"import sys; sys.stdout.write('\\u00e9' * 1500000); "
                          "sys.stdout.write('\\\\nloss=0.25\\\\n')\"]\n"
                          "    metrics: [{name: loss, regex: \"loss=([0-9.]+)\"}]\n"));
        qsizetype longest = 0;
        qsizetype characters = 0;
        bool brokenCharacter = false;
        const Outcome out = runPipeline(ws, QStringLiteral("pipelines/p.yaml"), {}, [&](PipelineExecution &e) {
            connect(&e, &PipelineExecution::stepOutput, this, [&](const QString &, const QString &line, bool) {
                if (line.startsWith(QChar(0xE9))) {
                    longest = std::max(longest, line.toUtf8().size());
                    characters += line.size();
                    brokenCharacter |= line.contains(QChar::ReplacementCharacter);
                }
            });
        });
        QVERIFY2(out.status == RunStatus::Completed, qPrintable(out.reason));
        // The engine reads it in pieces of at most 64 KiB, never cutting a character;
        // the log keeps every byte, and the metric after it is found.
        QVERIFY2(longest > 0 && longest <= 64 * 1024, qPrintable(QString::number(longest)));
        QCOMPARE(characters, 1500000);
        QVERIFY(!brokenCharacter);
        const QString runId = out.steps.value(QStringLiteral("long")).runId;
        QCOMPARE(QFileInfo(ws.path(QStringLiteral(".mlops/logs/%1/stdout.log").arg(runId))).size(), 3000000 + 11);
        Result<std::unique_ptr<Store>> store = Store::open(ws.path(QStringLiteral(".mlops/store.db")));
        QVERIFY(store.ok());
        QCOMPARE((*store)->db().scalar(QStringLiteral("SELECT l.value FROM latest_metrics l JOIN runs r ON r.id = l.run_id"
                                                      " WHERE r.uuid = '%1'").arg(runId))->toDouble(),
                 0.25);
    }

    void stopTerminatesRunningSteps()
    {
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(copyData(ws, QStringLiteral("pipelines/p.yaml"), QStringLiteral("stop.yaml")));
        QString slowId;
        bool metricWhileRunning = false;
        const Outcome out = runPipeline(ws, QStringLiteral("pipelines/p.yaml"), {}, [&](PipelineExecution &e) {
            QTRY_VERIFY_WITH_TIMEOUT(e.steps().first().status == RunStatus::Running, 10000);
            slowId = e.steps().first().runId;
            // Metrics reach the store while the step is still running.
            Result<std::unique_ptr<Store>> store = Store::open(ws.path(QStringLiteral(".mlops/store.db")));
            const QString sql = QStringLiteral("SELECT count(*) FROM latest_metrics l JOIN runs r ON r.id = l.run_id"
                                               " WHERE r.uuid = '%1'")
                                    .arg(slowId);
            QTRY_VERIFY_WITH_TIMEOUT((*store)->db().scalar(sql)->toInt() == 1, 10000);
            metricWhileRunning = e.steps().first().status == RunStatus::Running;
            e.stop();
        });
        QVERIFY(metricWhileRunning);
        QCOMPARE(out.status, RunStatus::Stopped);
        QCOMPARE(out.steps.value(QStringLiteral("slow")).status, RunStatus::Stopped);
        QCOMPARE(out.steps.value(QStringLiteral("next")).status, RunStatus::Skipped);
        QVERIFY(!processGroupExists(processGroupOf(ws, slowId)));
        Result<std::unique_ptr<Store>> store = Store::open(ws.path(QStringLiteral(".mlops/store.db")));
        QCOMPARE((*store)->db().scalar(QStringLiteral("SELECT status FROM runs WHERE id = %1").arg(out.run.id))->toString(),
                 QStringLiteral("Stopped"));
    }

    void parallelStepsRespectMaxParallel()
    {
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QTemporaryDir scratch;
        qputenv("MLOPS_TEST_SCRATCH", scratch.path().toUtf8());
        QVERIFY(copyData(ws, QStringLiteral("src/probe.py"), QStringLiteral("probe.py")));
        QVERIFY(copyData(ws, QStringLiteral("pipelines/p.yaml"), QStringLiteral("fan.yaml")));
        ExecutionOptions options;
        options.maxParallel = 2;
        const Outcome out = runPipeline(ws, QStringLiteral("pipelines/p.yaml"), options);
        QVERIFY2(out.status == RunStatus::Completed, qPrintable(out.reason));
        QCOMPARE(readFile(scratch.filePath(QStringLiteral("peak"))), QByteArray("2"));
    }

    void parameterValuesAreReadAsTheirType()
    {
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(copyData(ws, QStringLiteral("pipelines/p.yaml"), QStringLiteral("params.yaml")));
        ExecutionOptions options;
        options.parameters = {{QStringLiteral("size"), QStringLiteral(" 0.3 ")}, {QStringLiteral("flag"), QStringLiteral("FALSE")}};
        const Outcome out = runPipeline(ws, QStringLiteral("pipelines/p.yaml"), options);
        QVERIFY2(out.status == RunStatus::Completed, qPrintable(out.reason));
        // Recorded (and handed to the steps) as the values they are, as a default would be.
        Result<std::unique_ptr<Store>> store = Store::open(ws.path(QStringLiteral(".mlops/store.db")));
        QVERIFY(store.ok());
        Result<RunRecord> run = RunStore((*store)->db()).get(out.run.id);
        QVERIFY(run.ok());
        QCOMPARE(run->parameters.value(QStringLiteral("size")), QStringLiteral("0.3"));
        QCOMPARE(run->parameters.value(QStringLiteral("flag")), QStringLiteral("false"));
    }

    void badParameterValuesAreRefused()
    {
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(copyData(ws, QStringLiteral("pipelines/p.yaml"), QStringLiteral("params.yaml")));
        Result<Workspace> workspace = Workspace::open(ws.root());
        const LoadedPipeline loaded = loadAndValidate(ws.path(QStringLiteral("pipelines/p.yaml")), QStringLiteral("p"), {});
        ExecutionOptions options;
        options.parameters.insert(QStringLiteral("size"), QStringLiteral("big"));
        PipelineExecution e(*workspace, loaded.spec, QStringLiteral("p"), options);
        Status s = e.prepare();
        QVERIFY(!s.ok());
        QVERIFY(s.error().isBadInput());
        QCOMPARE(s.error().message, QStringLiteral("parameter 'size' needs a number (its default is 0.2), not 'big'"));
        options.parameters = {{QStringLiteral("sise"), QStringLiteral("1")}};
        PipelineExecution e2(*workspace, loaded.spec, QStringLiteral("p"), options);
        s = e2.prepare();
        QVERIFY(s.error().message.contains(QStringLiteral("did you mean 'size'")));
        // Nothing was recorded for the refused runs.
        Result<std::unique_ptr<Store>> store = Store::open(ws.path(QStringLiteral(".mlops/store.db")));
        QCOMPARE((*store)->db().scalar(QStringLiteral("SELECT count(*) FROM runs"))->toInt(), 0);
    }

    void aWholeNumberParameterRefusesAFraction()
    {
        // seed: 42 is an integer in YAML; 1.5 would reach the step and fail only there.
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(writeFile(ws.path(QStringLiteral("pipelines/p.yaml")),
                          "name: p\nparameters: {seed: 42, rate: 1, size: 0.2}\n"
                          "steps:\n  s: {type: processing, command: [\"true\"]}\n"));
        Result<Workspace> workspace = Workspace::open(ws.root());
        QVERIFY(workspace.ok());
        const LoadedPipeline loaded = loadAndValidate(ws.path(QStringLiteral("pipelines/p.yaml")), QStringLiteral("p"), {});
        QVERIFY(loaded.spec.parameter(QStringLiteral("seed"))->isInteger());
        QVERIFY(!loaded.spec.parameter(QStringLiteral("size"))->isInteger());
        for (const QString &bad : {QStringLiteral("1.5"), QStringLiteral("1e3"), QStringLiteral("7.")}) {
            ExecutionOptions options;
            options.parameters.insert(QStringLiteral("seed"), bad);
            PipelineExecution e(*workspace, loaded.spec, QStringLiteral("p"), options);
            const Status s = e.prepare();
            QVERIFY2(!s.ok(), qPrintable(bad));
            QVERIFY(s.error().isBadInput());
            QCOMPARE(s.error().message,
                     QStringLiteral("parameter 'seed' needs a whole number (its default is 42), not '%1'").arg(bad));
        }
        // Whole numbers (signed, spaced) still run; a number parameter with a fraction
        // for its default takes any number.
        ExecutionOptions options;
        options.parameters = {{QStringLiteral("seed"), QStringLiteral(" -7")},
                              {QStringLiteral("size"), QStringLiteral("3")}};
        const Outcome out = runPipeline(ws, QStringLiteral("pipelines/p.yaml"), options);
        QVERIFY2(out.status == RunStatus::Completed, qPrintable(out.reason));
        Result<std::unique_ptr<Store>> store = Store::open(ws.path(QStringLiteral(".mlops/store.db")));
        QVERIFY(store.ok());
        QCOMPARE((*store)->db().scalar(QStringLiteral("SELECT count(*) FROM runs WHERE parent_id IS NULL"))->toInt(), 1);
        QCOMPARE(RunStore((*store)->db()).get(out.run.id)->parameters.value(QStringLiteral("seed")), QStringLiteral("-7"));
    }
};

QTEST_GUILESS_MAIN(TestPipelineExecution)
#include "tst_pipelineexecution.moc"
