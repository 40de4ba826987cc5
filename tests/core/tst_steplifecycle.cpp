// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
//
// How a step ends and what it leaves: SIGTERM reaching a step inside the sandbox,
// daemonised children ended with the step, the sandbox's SageMaker layout, logged
// parameters beside the pipeline's, job folders without copies of the data, training
// steps without a model, a sandbox whose set-up failed started again.
#include "pipelinetestsupport.h"
#include "testsupport.h"

#include "core/runtime/processrunner.h"
#include "core/store/store.h"
#include "core/tracking/runstore.h"

#include <QDir>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace mlops;
using namespace mlops::test;

namespace {

const QString kPipeline = QStringLiteral("pipelines/p.yaml");

QByteArray logOf(const TempWorkspace &ws, const QString &runId, const QString &stream)
{
    return readFile(ws.path(QStringLiteral(".mlops/logs/%1/%2.log").arg(runId, stream)));
}

/** Processes whose environment marks them as the step run's (MLOPS_RUN_ID). */
int processesMarked(const QString &runId)
{
    const CommandResult r = runProgram(
        QStringLiteral("/bin/sh"),
        {QStringLiteral("-c"),
         QStringLiteral("grep -lsx -z MLOPS_RUN_ID=%1 /proc/[0-9]*/environ 2>/dev/null | wc -l").arg(runId)});
    return r.outText().trimmed().toInt();
}

bool folderIsEmpty(const QString &path)
{
    return QDir(path).exists() && QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty();
}

// Prints "got TERM" from its SIGTERM handler, then ends; sleeps until then.
const char kTermScript[] = "import signal, sys, time\n"
                           "def on_term(*_):\n"
                           "    print('got TERM', flush=True)\n"
                           "    sys.exit(0)\n"
                           "signal.signal(signal.SIGTERM, on_term)\n"
                           "print('ready', flush=True)\n"
                           "time.sleep(120)\n";

} // namespace

class TestStepLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void aSandboxStepHearsSigtermOnTimeoutAndStop()
    {
        MLOPS_REQUIRE(!SandboxRunner::bwrapPath().isEmpty(), QStringLiteral("bubblewrap (bwrap) is not installed"));
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(writeFile(ws.path(QStringLiteral("src/term.py")), kTermScript));
        QVERIFY(writeFile(ws.path(kPipeline), "name: p\n"
                                              "defaults: {runner: sandbox}\n"
                                              "steps:\n"
                                              "  slow:\n"
                                              "    type: processing\n"
                                              "    command: [python, src/term.py]\n"
                                              "    timeout: 2s\n"));
        const Outcome timedOut = runPipeline(ws, kPipeline);
        QCOMPARE(timedOut.status, RunStatus::Failed);
        const StepEvent slow = timedOut.steps.value(QStringLiteral("slow"));
        QVERIFY2(slow.reason.startsWith(QStringLiteral("timed out")), qPrintable(slow.reason));
        QVERIFY2(logOf(ws, slow.runId, QStringLiteral("stdout")).contains("got TERM"),
                 logOf(ws, slow.runId, QStringLiteral("stdout")).constData());

        // Stopped by the user, the same: SIGTERM first, inside the sandbox.
        QVERIFY(writeFile(ws.path(kPipeline), readFile(ws.path(kPipeline)).replace("timeout: 2s", "timeout: 5m")));
        ExecutionOptions options;
        options.noCache = true;
        const Outcome stopped = runPipeline(ws, kPipeline, options, [&](PipelineExecution &e) {
            QTRY_VERIFY_WITH_TIMEOUT(e.steps().first().status == RunStatus::Running
                                         && logOf(ws, e.steps().first().runId, QStringLiteral("stdout")).contains("ready"),
                                     20000);
            e.stop();
        });
        QCOMPARE(stopped.status, RunStatus::Stopped);
        const QString id = stopped.steps.value(QStringLiteral("slow")).runId;
        QVERIFY2(logOf(ws, id, QStringLiteral("stdout")).contains("got TERM"), logOf(ws, id, QStringLiteral("stdout")).constData());
    }

    void aSandboxThatCouldNotBeSetUpStartsAgain_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("calls");
        // Set-up lost twice to a container engine's mount: the third start runs it.
        QTest::newRow("third start runs") << 2 << QStringLiteral("[sh, -c, \"echo ran\"]")
                                          << int(RunStatus::Completed) << 3;
        // Lost every time: four starts in all, then the step fails with bwrap's words.
        QTest::newRow("gives up after four") << 100 << QStringLiteral("[sh, -c, \"echo ran\"]")
                                             << int(RunStatus::Failed) << 4;
        // The command itself fails with exit code 1 — even saying what bwrap says on a
        // failed set-up: it ran, so it is not started again.
        QTest::newRow("failed command runs once")
            << 0 << QStringLiteral("[sh, -c, \"echo \\\"bwrap: Can't bind mount\\\" >&2; exit 1\"]")
            << int(RunStatus::Failed) << 1;
        // A program that is not there: bwrap cannot execute it, and never will.
        QTest::newRow("missing program runs once")
            << 0 << QStringLiteral("[/no/such/program]") << int(RunStatus::Failed) << 1;
    }

    void aSandboxThatCouldNotBeSetUpStartsAgain()
    {
        QFETCH(int, failures);
        QFETCH(QString, command);
        QFETCH(int, status);
        QFETCH(int, calls);
        MLOPS_REQUIRE(QFileInfo::exists(QStringLiteral("/usr/bin/bwrap")), QStringLiteral("bubblewrap is not installed"));
        QTemporaryDir tools;
        const QString bwrap = tools.filePath(QStringLiteral("bwrap"));
        QVERIFY(writeFlakyBwrap(bwrap, failures));
        qputenv("MLOPS_BWRAP", QFile::encodeName(bwrap));
        const auto restore = qScopeGuard([] { qunsetenv("MLOPS_BWRAP"); });
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(writeFile(ws.path(kPipeline), "name: p\n"
                                              "steps:\n"
                                              "  s:\n"
                                              "    type: processing\n"
                                              "    runner: sandbox\n"
                                              "    command: " + command.toUtf8() + "\n"));
        const Outcome out = runPipeline(ws, kPipeline);
        const StepEvent step = out.steps.value(QStringLiteral("s"));
        QCOMPARE(int(step.status), status);
        QCOMPARE(flakyBwrapCalls(bwrap), calls);
        const QByteArray err = logOf(ws, step.runId, QStringLiteral("stderr"));
        // Each new start is said in the step's log, with the try it is.
        QCOMPARE(int(err.count("the sandbox could not be set up")), calls - 1);
        if (calls > 1)
            QVERIFY2(err.contains(QByteArrayLiteral("(attempt %1 of 4)").replace("%1", QByteArray::number(calls))),
                     err.constData());
        if (status == int(RunStatus::Completed))
            QCOMPARE(logOf(ws, step.runId, QStringLiteral("stdout")), QByteArray("ran\n"));
    }

    void daemonisedChildrenEndWithTheStep()
    {
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        // `setsid` leaves the step's process group: only the run id still marks it.
        QVERIFY(writeFile(ws.path(kPipeline), "name: p\n"
                                              "steps:\n"
                                              "  done:\n"
                                              "    type: processing\n"
                                              "    command: [sh, -c, \"setsid sleep 48 & echo started\"]\n"
                                              "  late:\n"
                                              "    type: processing\n"
                                              "    command: [sh, -c, \"setsid sleep 49 & sleep 100\"]\n"
                                              "    timeout: 1s\n"));
        const Outcome out = runPipeline(ws, kPipeline);
        QCOMPARE(out.steps.value(QStringLiteral("done")).status, RunStatus::Completed);
        QCOMPARE(out.steps.value(QStringLiteral("late")).status, RunStatus::Failed);
        for (const QString &step : {QStringLiteral("done"), QStringLiteral("late")}) {
            const QString id = out.steps.value(step).runId;
            QVERIFY(!id.isEmpty());
            QTRY_COMPARE_WITH_TIMEOUT(processesMarked(id), 0, 3000);
        }
    }

    void theSandboxLaysOutTheCodeAndHomeAsContainersDo()
    {
        MLOPS_REQUIRE(!SandboxRunner::bwrapPath().isEmpty(), QStringLiteral("bubblewrap (bwrap) is not installed"));
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(writeFile(ws.path(QStringLiteral("src/settings.txt")), "depth=4\n"));
        QVERIFY(writeFile(ws.path(QStringLiteral("src/layout.py")),
                          "import os\n"
                          "print('cwd=' + os.getcwd())\n"
                          "print('settings=' + open('/opt/ml/code/src/settings.txt').read().strip())\n"
                          "cache = os.path.expanduser('~/.cache/joblib')\n"
                          "os.makedirs(cache, exist_ok=True)\n"
                          "open(os.path.join(cache, 'x'), 'w').write('x')\n"
                          "print('cache=ok')\n"
                          "open(os.path.join(os.environ['SM_MODEL_DIR'], 'm.txt'), 'w').write('m')\n"));
        QVERIFY(writeFile(ws.path(kPipeline), "name: p\n"
                                              "steps:\n"
                                              "  train:\n"
                                              "    type: training\n"
                                              "    runner: sandbox\n"
                                              "    command: [python, /opt/ml/code/src/layout.py]\n"));
        const Outcome out = runPipeline(ws, kPipeline);
        QVERIFY2(out.status == RunStatus::Completed, qPrintable(out.reason));
        const QByteArray log = logOf(ws, out.steps.value(QStringLiteral("train")).runId, QStringLiteral("stdout"));
        QVERIFY2(log.contains("cwd=/opt/ml/code\n"), log.constData());
        QVERIFY2(log.contains("settings=depth=4\n"), log.constData());
        QVERIFY2(log.contains("cache=ok\n"), log.constData());
        // Nothing reached the workspace or the real home.
        QVERIFY(!QFileInfo::exists(ws.path(QStringLiteral(".cache"))));
    }

    void logParamKeepsThePipelineParameter()
    {
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(writeFile(ws.path(QStringLiteral("src/log.py")),
                          "import mlops_studio\n"
                          "mlops_studio.log_param('lr', 0.5)\n"
                          "mlops_studio.log_param('optimizer', 'adam')\n"));
        QVERIFY(writeFile(ws.path(kPipeline), "name: p\n"
                                              "parameters: {lr: 0.1}\n"
                                              "steps:\n"
                                              "  fit:\n"
                                              "    type: processing\n"
                                              "    command: [python, src/log.py, \"${parameters.lr}\"]\n"));
        const Outcome out = runPipeline(ws, kPipeline);
        QVERIFY2(out.status == RunStatus::Completed, qPrintable(out.reason));
        const QString id = out.steps.value(QStringLiteral("fit")).runId;
        Result<std::unique_ptr<Store>> store = Store::open(ws.path(QStringLiteral(".mlops/store.db")));
        QVERIFY(store);
        RunStore runs((*store)->db());
        Result<RunRecord> step = runs.find(id);
        QVERIFY(step);
        QCOMPARE(step->parameters.value(QStringLiteral("lr")), QStringLiteral("0.1"));
        QCOMPARE(step->parameters.value(QStringLiteral("optimizer")), QStringLiteral("adam"));
        const QByteArray err = logOf(ws, id, QStringLiteral("stderr"));
        QVERIFY2(err.contains("log_param('lr', 0.5) ignored: 'lr' is a parameter of the pipeline, and the step ran "
                              "with lr = 0.1"),
                 err.constData());
    }

    void aCompletedStepsJobFolderKeepsNoCopiesOfTheData()
    {
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(writeFile(ws.path(kPipeline),
                          "name: p\n"
                          "steps:\n"
                          "  make:\n"
                          "    type: processing\n"
                          "    command: [python, -c, \"import os; open(os.path.join(os.environ['MLOPS_OUTPUT_DATA'], "
                          "'rows.csv'), 'w').write('x' * 100000)\"]\n"
                          "    outputs: [data]\n"
                          "  use:\n"
                          "    type: processing\n"
                          "    command: [python, -c, \"import os; n = len(open(os.path.join(os.environ['MLOPS_INPUT_ROWS'], "
                          "'rows.csv')).read()); print(n); raise SystemExit(0 if n == 100000 else 1)\"]\n"
                          "    inputs: {rows: \"${steps.make.outputs.data}\"}\n"
                          "  broken:\n"
                          "    type: processing\n"
                          "    command: [python, -c, \"raise SystemExit(2)\"]\n"
                          "    inputs: {rows: \"${steps.make.outputs.data}\"}\n"));
        const Outcome out = runPipeline(ws, kPipeline);
        QCOMPARE(out.steps.value(QStringLiteral("make")).status, RunStatus::Completed);
        QCOMPARE(out.steps.value(QStringLiteral("use")).status, RunStatus::Completed);
        QCOMPARE(out.steps.value(QStringLiteral("broken")).status, RunStatus::Failed);
        const QString jobs = ws.path(QStringLiteral(".mlops/jobs/"));
        const QString make = jobs + out.steps.value(QStringLiteral("make")).runId;
        const QString use = jobs + out.steps.value(QStringLiteral("use")).runId;
        const QString broken = jobs + out.steps.value(QStringLiteral("broken")).runId;
        QVERIFY(folderIsEmpty(make + QStringLiteral("/processing/output/data")));
        QVERIFY(folderIsEmpty(use + QStringLiteral("/processing/input/rows")));
        // The job's configuration and the logs stay; so does all of a failed step's folder.
        QVERIFY(QFileInfo::exists(use + QStringLiteral("/input/config/inputdataconfig.json")));
        QVERIFY(logOf(ws, out.steps.value(QStringLiteral("use")).runId, QStringLiteral("stdout")).contains("100000"));
        QCOMPARE(QFileInfo(broken + QStringLiteral("/processing/input/rows/rows.csv")).size(), 100000);

        // The outputs are in the cache: the next step reads them from there.
        ExecutionOptions options;
        options.noCache = true;
        const Outcome again = runPipeline(ws, kPipeline, options);
        QCOMPARE(again.steps.value(QStringLiteral("use")).status, RunStatus::Completed);
        Result<std::unique_ptr<Store>> store = Store::open(ws.path(QStringLiteral(".mlops/store.db")));
        RunStore runs((*store)->db());
        Result<RunRecord> record = runs.find(out.steps.value(QStringLiteral("make")).runId);
        QVERIFY(record);
        bool hasOutput = false;
        for (const ArtifactRecord &a : record->artifacts)
            hasOutput |= a.role == QStringLiteral("output") && a.size == 100000;
        QVERIFY(hasOutput);
    }

    void aTrainingStepWithoutAModelCompletesWithAWarning()
    {
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(writeFile(ws.path(kPipeline), "name: p\n"
                                              "steps:\n"
                                              "  train:\n"
                                              "    type: training\n"
                                              "    command: [\"true\"]\n"));
        const Outcome out = runPipeline(ws, kPipeline);
        QVERIFY2(out.status == RunStatus::Completed, qPrintable(out.reason));
        const QByteArray err = logOf(ws, out.steps.value(QStringLiteral("train")).runId, QStringLiteral("stderr"));
        QVERIFY2(err.contains("warning: the training step wrote no model"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestStepLifecycle)
#include "tst_steplifecycle.moc"
