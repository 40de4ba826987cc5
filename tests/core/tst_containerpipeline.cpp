// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// Pipelines whose steps run in Docker and Podman containers, against the real engines
// that packaging/container-engines.sh starts (with the mlops/python and mlops/busybox
// images). Without an engine these tests skip — and fail under CI=true.
#include "pipelinetestsupport.h"
#include "testsupport.h"

#include "core/runtime/containerengine.h"
#include "core/runtime/processrunner.h"
#include "core/store/store.h"
#include "core/tracking/runstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <QtTest/QTest>

#include <unistd.h>

using namespace mlops;
using namespace mlops::test;

namespace {

const QString kPython = QStringLiteral("mlops/python:3.11");
const QString kBusybox = QStringLiteral("mlops/busybox:latest");

QString engineProblem(const QString &name, const QString &image)
{
    const std::optional<ContainerEngine> engine = ContainerEngine::byName(name);
    const EngineStatus status = engine->detect();
    if (!status.usable())
        return QStringLiteral("%1 is not usable: %2 (run packaging/container-engines.sh as root)").arg(name, status.problem);
    if (!engine->hasImage(image))
        return QStringLiteral("%1 has no image %2 (run packaging/container-engines.sh as root)").arg(name, image);
    return {};
}

RunRecord stepRecord(const TempWorkspace &ws, const QString &runId)
{
    Result<std::unique_ptr<Store>> store = Store::open(ws.path(QStringLiteral(".mlops/store.db")));
    RunStore runs((*store)->db());
    Result<RunRecord> record = runs.find(runId);
    return record ? *record : RunRecord();
}

QString artifactHash(const RunRecord &run, const QString &role, const QString &name)
{
    for (const ArtifactRecord &a : run.artifacts) {
        if (a.role == role && a.name == name)
            return a.hash;
    }
    return {};
}

/** Processes whose command line contains `text` (a build's RUN runs on this machine). */
QStringList processesRunning(const QByteArray &text)
{
    QStringList found;
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (pid.toLongLong() > 0 && cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(text))
            found.append(pid);
    }
    return found;
}

/**
 * Containers of an image build: Podman's builder "working containers", and any container
 * running the instruction that contains `marker` (Docker's intermediate containers).
 */
QStringList buildContainers(const QString &engine, const QByteArray &marker)
{
    QStringList ps{QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--no-trunc"), QStringLiteral("--format"),
                   QStringLiteral("{{.ID}} {{.Names}} {{.Command}}")};
    if (engine == QStringLiteral("podman"))
        ps << QStringLiteral("--external");
    Result<QByteArray> out = ContainerEngine::byName(engine)->client(ps);
    QStringList ids;
    for (const QString &line : QString::fromUtf8(out.ok() ? *out : QByteArray()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.section(QLatin1Char(' '), 1, 1).contains(QStringLiteral("-working-container"))
            || line.contains(QString::fromUtf8(marker)))
            ids.append(line.section(QLatin1Char(' '), 0, 0));
    }
    return ids;
}

} // namespace

class TestContainerPipeline : public QObject
{
    Q_OBJECT

private slots:
    void sagemakerContractInAContainer_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("docker") << QStringLiteral("docker");
        QTest::newRow("podman") << QStringLiteral("podman");
    }

    void sagemakerContractInAContainer()
    {
        QFETCH(QString, engine);
        const QString problem = engineProblem(engine, kPython);
        MLOPS_REQUIRE(problem.isEmpty(), problem);
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(copyData(ws, QStringLiteral("src/make.py"), QStringLiteral("make.py")));
        QVERIFY(copyData(ws, QStringLiteral("src/contract.py"), QStringLiteral("contract.py")));
        QVERIFY(copyData(ws, QStringLiteral("pipelines/contract.yaml"), QStringLiteral("contract.yaml")));
        QVERIFY(writeFile(ws.path(QStringLiteral("pipelines/contract.yaml")),
                          readFile(ws.path(QStringLiteral("pipelines/contract.yaml")))
                              .replace("steps:", "defaults: {image: \"mlops/python:3.11\"}\nsteps:")));
        ExecutionOptions options;
        options.runner = engine;
        const Outcome out = runPipeline(ws, QStringLiteral("pipelines/contract.yaml"), options);
        QVERIFY2(out.status == RunStatus::Completed, qPrintable(out.reason));

        const StepEvent train = out.steps.value(QStringLiteral("train"));
        const QString reportPath = ws.path(QStringLiteral(".mlops/jobs/%1/model/report.json").arg(train.runId));
        const QJsonObject report = QJsonDocument::fromJson(readFile(reportPath)).object();
        const QJsonObject env = report.value(QStringLiteral("env")).toObject();
        QCOMPARE(env.value(QStringLiteral("SM_MODEL_DIR")).toString(), QStringLiteral("/opt/ml/model"));
        QCOMPARE(env.value(QStringLiteral("SM_CHANNEL_TRAIN")).toString(), QStringLiteral("/opt/ml/input/data/train"));
        QCOMPARE(report.value(QStringLiteral("hps")).toObject().value(QStringLiteral("epochs")).toString(), QStringLiteral("3"));
        QCOMPARE(report.value(QStringLiteral("channel_files")).toArray().first().toString(), QStringLiteral("data.csv"));
        // The same contract as the other runners: arguments, and read-only input channels.
        QCOMPARE(env.value(QStringLiteral("SM_USER_ARGS")).toString(),
                 QStringLiteral("[\"--epochs\",\"3\",\"--name\",\"abc\",\"--rate\",\"0.5\",\"-v\",\"True\"]"));
        QCOMPARE(env.value(QStringLiteral("SM_MODULE_DIR")).toString(), QStringLiteral("/opt/ml/code"));
        QVERIFY(report.value(QStringLiteral("intermediate_dir_exists")).toBool());
        QCOMPARE(report.value(QStringLiteral("channel_create")).toString(), QStringLiteral("EROFS"));
        QCOMPARE(report.value(QStringLiteral("channel_append")).toString(), QStringLiteral("EROFS"));
        QCOMPARE(report.value(QStringLiteral("channel_writable")).toBool(true), false);
        // Written by the container as the user, not as root of the image.
        QCOMPARE(uint(QFileInfo(reportPath).ownerId()), uint(::getuid()));

        // The image is recorded on the run, and the helper's metrics arrived.
        const RunRecord record = stepRecord(ws, train.runId);
        QVERIFY(!artifactHash(record, QStringLiteral("image"), kPython).isEmpty());
        QCOMPARE(record.metrics.value(QStringLiteral("acc")), 0.75);
        QCOMPARE(record.metrics.value(QStringLiteral("helper_metric")), 1.5);
        QCOMPARE(record.runner, engine);

        // Nothing is left running.
        Result<QStringList> left = ContainerEngine::byName(engine)->listManagedContainers(
            ContainerRunSpec::runIdLabel() + QLatin1Char('=') + train.runId);
        QVERIFY(left.ok());
        QVERIFY2(left->isEmpty(), qPrintable(left->join(QLatin1Char(' '))));
    }

    void everyRunnerMakesTheSameOutputs()
    {
        QStringList runners{QStringLiteral("process")};
        if (!SandboxRunner::bwrapPath().isEmpty())
            runners.append(QStringLiteral("sandbox"));
        for (const QString &engine : ContainerEngine::names()) {
            const QString problem = engineProblem(engine, kPython);
            MLOPS_REQUIRE(problem.isEmpty(), problem);
            runners.append(engine);
        }
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(copyData(ws, QStringLiteral("src/a.py"), QStringLiteral("cache-a.py")));
        QVERIFY(copyData(ws, QStringLiteral("src/b.py"), QStringLiteral("cache-b.py")));
        QVERIFY(copyData(ws, QStringLiteral("pipelines/p.yaml"), QStringLiteral("cache.yaml")));
        QVERIFY(writeFile(ws.path(QStringLiteral("pipelines/p.yaml")),
                          readFile(ws.path(QStringLiteral("pipelines/p.yaml")))
                              .replace("steps:", "defaults: {image: \"mlops/python:3.11\"}\nsteps:")));
        QHash<QString, QString> models;
        for (const QString &runner : std::as_const(runners)) {
            ExecutionOptions options;
            options.runner = runner;
            options.noCache = true;
            const Outcome out = runPipeline(ws, QStringLiteral("pipelines/p.yaml"), options);
            QVERIFY2(out.status == RunStatus::Completed, qPrintable(runner + QStringLiteral(": ") + out.reason));
            models.insert(runner, artifactHash(stepRecord(ws, out.steps.value(QStringLiteral("b")).runId),
                                               QStringLiteral("model"), QStringLiteral("model")));
        }
        for (const QString &runner : std::as_const(runners)) {
            QVERIFY(!models.value(runner).isEmpty());
            QCOMPARE(models.value(runner), models.value(QStringLiteral("process")));
        }
    }

    void byocImageIsBuiltOnceAndCached()
    {
        const QString problem = engineProblem(QStringLiteral("docker"), kBusybox);
        MLOPS_REQUIRE(problem.isEmpty(), problem);
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(copyData(ws, QStringLiteral("byoc/Dockerfile"), QStringLiteral("byoc/Dockerfile")));
        QVERIFY(copyData(ws, QStringLiteral("byoc/train.sh"), QStringLiteral("byoc/train.sh")));
        QVERIFY(copyData(ws, QStringLiteral("pipelines/byoc.yaml"), QStringLiteral("byoc.yaml")));
        const Outcome first = runPipeline(ws, QStringLiteral("pipelines/byoc.yaml"));
        QVERIFY2(first.status == RunStatus::Completed, qPrintable(first.reason));
        const StepEvent train = first.steps.value(QStringLiteral("train"));
        QCOMPARE(readFile(ws.path(QStringLiteral(".mlops/jobs/%1/model/model.txt").arg(train.runId))).trimmed(),
                 QByteArray("trained with {\"depth\":\"2\"}"));
        const RunRecord record = stepRecord(ws, train.runId);
        QCOMPARE(record.metrics.value(QStringLiteral("acc")), 0.5);
        QString imageName;
        for (const ArtifactRecord &a : record.artifacts) {
            if (a.role == QStringLiteral("image"))
                imageName = a.name;
        }
        QVERIFY2(imageName.startsWith(QStringLiteral("mlops-build/")), qPrintable(imageName));

        // Unchanged: the image is reused and the step is a cache hit.
        const Outcome second = runPipeline(ws, QStringLiteral("pipelines/byoc.yaml"));
        QCOMPARE(second.status, RunStatus::Completed);
        QCOMPARE(cacheHits(second), QStringList({QStringLiteral("train")}));

        // A changed build context is a new image, so the step runs again.
        QVERIFY(writeFile(ws.path(QStringLiteral("byoc/train.sh")),
                          readFile(ws.path(QStringLiteral("byoc/train.sh"))).replace("trained with", "trained by")));
        const Outcome third = runPipeline(ws, QStringLiteral("pipelines/byoc.yaml"));
        QCOMPARE(third.status, RunStatus::Completed);
        QCOMPARE(cacheHits(third), QStringList());
    }

    void byocFromTheWorkspaceRootIsCached()
    {
        // The workspace as build context: the studio's store and job folders change with
        // every run, and what .dockerignore leaves out is not part of the image.
        const QString problem = engineProblem(QStringLiteral("docker"), kBusybox);
        MLOPS_REQUIRE(problem.isEmpty(), problem);
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(writeFile(ws.path(QStringLiteral("byoc/Dockerfile")),
                          "FROM mlops/busybox:latest\nCOPY byoc/train.sh /usr/local/bin/train.sh\n"));
        QVERIFY(copyData(ws, QStringLiteral("byoc/train.sh"), QStringLiteral("byoc/train.sh")));
        QVERIFY(writeFile(ws.path(QStringLiteral(".dockerignore")), "scratch/\n"));
        // Ignored by git too, or the new file would be code the step could read (tst_stepcache).
        QVERIFY(writeFile(ws.path(QStringLiteral(".gitignore")),
                          readFile(ws.path(QStringLiteral(".gitignore"))) + "scratch/\n"));
        QVERIFY(copyData(ws, QStringLiteral("pipelines/p.yaml"), QStringLiteral("byoc-root.yaml")));
        const Outcome first = runPipeline(ws, QStringLiteral("pipelines/p.yaml"));
        QVERIFY2(first.status == RunStatus::Completed, qPrintable(first.reason));
        QVERIFY(writeFile(ws.path(QStringLiteral("scratch/notes.txt")), "not in the image"));
        const Outcome second = runPipeline(ws, QStringLiteral("pipelines/p.yaml"));
        QVERIFY2(second.status == RunStatus::Completed, qPrintable(second.reason));
        QCOMPARE(cacheHits(second), QStringList({QStringLiteral("train")}));
    }

    void networkGivesAStepAnInterface()
    {
        // Docker here runs with --bridge=none: `network: true` needs a network of the studio's.
        const QString problem = engineProblem(QStringLiteral("docker"), kBusybox);
        MLOPS_REQUIRE(problem.isEmpty(), problem);
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(copyData(ws, QStringLiteral("pipelines/p.yaml"), QStringLiteral("container-network.yaml")));
        ExecutionOptions options;
        options.runner = QStringLiteral("docker");
        const Outcome out = runPipeline(ws, QStringLiteral("pipelines/p.yaml"), options);
        QVERIFY2(out.status == RunStatus::Completed, qPrintable(out.reason));
        auto interfaces = [&](const QString &step) {
            const QString log = QString::fromUtf8(readFile(ws.path(
                QStringLiteral(".mlops/logs/%1/stdout.log").arg(out.steps.value(step).runId))));
            QStringList names = log.section(QStringLiteral("interfaces:"), 1).simplified().split(QLatin1Char(' '),
                                                                                              Qt::SkipEmptyParts);
            names.sort();
            return names;
        };
        QCOMPARE(interfaces(QStringLiteral("offline")), QStringList({QStringLiteral("lo")}));
        const QStringList online = interfaces(QStringLiteral("online"));
        QVERIFY2(online.size() > 1 && online.contains(QStringLiteral("lo")), qPrintable(online.join(QLatin1Char(' '))));
    }

    void slowBuildIsPartOfTheStep_data()
    {
        sagemakerContractInAContainer_data();
    }

    void slowBuildIsPartOfTheStep()
    {
        // A long image build runs as part of its step: its output in the step's log, the
        // independent step runs meanwhile, and Stop ends the build within seconds.
        QFETCH(QString, engine);
        const QString problem = engineProblem(engine, kBusybox);
        MLOPS_REQUIRE(problem.isEmpty(), problem);
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        const QByteArray marker = "building-" + QUuid::createUuid().toString(QUuid::Id128).left(12).toUtf8();
        QVERIFY(writeFile(ws.path(QStringLiteral("slow/Dockerfile")),
                          "FROM mlops/busybox:latest\nRUN echo " + marker + " && sleep 60\n"));
        QVERIFY(copyData(ws, QStringLiteral("pipelines/p.yaml"), QStringLiteral("byoc-slow.yaml")));
        const QStringList containersBefore = buildContainers(engine, marker);
        ExecutionOptions options;
        options.runner = engine;
        QStringList buildLines;
        QElapsedTimer stopClock;
        const Outcome out = runPipeline(ws, QStringLiteral("pipelines/p.yaml"), options, [&](PipelineExecution &e) {
            QObject::connect(&e, &PipelineExecution::stepOutput, &e,
                             [&](const QString &step, const QString &line, bool) {
                                 if (step == QStringLiteral("b"))
                                     buildLines.append(line);
                             });
            auto statusOf = [&e](const QString &step) {
                for (const StepEvent &s : e.steps()) {
                    if (s.step == step)
                        return s.status;
                }
                return RunStatus::Pending;
            };
            // The build's output arrives while it runs, and the other step does not wait for it.
            QTRY_VERIFY_WITH_TIMEOUT(buildLines.join(QLatin1Char('\n')).contains(QString::fromUtf8(marker)), 60000);
            QTRY_COMPARE_WITH_TIMEOUT(statusOf(QStringLiteral("other")), RunStatus::Completed, 60000);
            QCOMPARE(statusOf(QStringLiteral("b")), RunStatus::Running);
            stopClock.start();
            e.stop();
        });
        const qint64 stopMs = stopClock.elapsed();
        QCOMPARE(out.status, RunStatus::Stopped);
        QVERIFY2(stopMs < 10000, qPrintable(QStringLiteral("stopping took %1 ms").arg(stopMs)));
        const StepEvent b = out.steps.value(QStringLiteral("b"));
        QCOMPARE(b.status, RunStatus::Stopped);
        QCOMPARE(out.steps.value(QStringLiteral("other")).status, RunStatus::Completed);
        // The build's output is kept in the step's log.
        QVERIFY(readFile(ws.path(QStringLiteral(".mlops/logs/%1/stdout.log").arg(b.runId))).contains(marker));
        // The build is gone: no process runs its instruction any more, and no container of
        // the build (Podman's builder keeps a "working container") is left.
        QTRY_VERIFY_WITH_TIMEOUT(processesRunning(marker).isEmpty(), 10000);
        auto leftBehind = [&] {
            QStringList ids;
            for (const QString &id : buildContainers(engine, marker)) {
                if (!containersBefore.contains(id))
                    ids.append(id);
            }
            return ids;
        };
        QTRY_COMPARE_WITH_TIMEOUT(leftBehind(), QStringList(), 15000);
    }

    void slowBuildIsBoundedByTheTimeout()
    {
        const QString problem = engineProblem(QStringLiteral("docker"), kBusybox);
        MLOPS_REQUIRE(problem.isEmpty(), problem);
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        const QByteArray marker = "building-" + QUuid::createUuid().toString(QUuid::Id128).left(12).toUtf8();
        QVERIFY(writeFile(ws.path(QStringLiteral("slow/Dockerfile")),
                          "FROM mlops/busybox:latest\nRUN echo " + marker + " && sleep 60\n"));
        QVERIFY(copyData(ws, QStringLiteral("pipelines/p.yaml"), QStringLiteral("byoc-slow.yaml")));
        QVERIFY(writeFile(ws.path(QStringLiteral("pipelines/p.yaml")),
                          readFile(ws.path(QStringLiteral("pipelines/p.yaml")))
                              .replace("build: {context: slow}", "build: {context: slow}\n    timeout: 3s")));
        ExecutionOptions options;
        options.runner = QStringLiteral("docker");
        QElapsedTimer clock;
        clock.start();
        const Outcome out = runPipeline(ws, QStringLiteral("pipelines/p.yaml"), options);
        QCOMPARE(out.status, RunStatus::Failed);
        QCOMPARE(out.steps.value(QStringLiteral("b")).reason,
                 QStringLiteral("timed out after 3.00 s while building the image"));
        QVERIFY2(clock.elapsed() < 30000, qPrintable(QString::number(clock.elapsed())));
    }

    void missingImageIsAClearError()
    {
        const QString problem = engineProblem(QStringLiteral("docker"), kBusybox);
        MLOPS_REQUIRE(problem.isEmpty(), problem);
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(copyData(ws, QStringLiteral("pipelines/p.yaml"), QStringLiteral("missing-image.yaml")));
        ExecutionOptions options;
        options.runner = QStringLiteral("docker");
        const Outcome out = runPipeline(ws, QStringLiteral("pipelines/p.yaml"), options);
        QCOMPARE(out.status, RunStatus::Failed);
        QVERIFY2(out.steps.value(QStringLiteral("s")).reason.contains(
                     QStringLiteral("image not found locally: mlops/does-not-exist:1")),
                 qPrintable(out.steps.value(QStringLiteral("s")).reason));
    }

    void timeoutStopsAndRemovesTheContainer_data()
    {
        sagemakerContractInAContainer_data();
    }

    void timeoutStopsAndRemovesTheContainer()
    {
        QFETCH(QString, engine);
        const QString problem = engineProblem(engine, kBusybox);
        MLOPS_REQUIRE(problem.isEmpty(), problem);
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(copyData(ws, QStringLiteral("pipelines/p.yaml"), QStringLiteral("container-timeout.yaml")));
        ExecutionOptions options;
        options.runner = engine;
        options.stopGraceMs = 2000;
        const Outcome out = runPipeline(ws, QStringLiteral("pipelines/p.yaml"), options);
        QCOMPARE(out.status, RunStatus::Failed);
        const StepEvent slow = out.steps.value(QStringLiteral("slow"));
        QCOMPARE(slow.reason, QStringLiteral("timed out after 2.00 s"));
        Result<QStringList> left = ContainerEngine::byName(engine)->listManagedContainers(
            ContainerRunSpec::runIdLabel() + QLatin1Char('=') + slow.runId);
        QVERIFY(left.ok());
        QTRY_VERIFY_WITH_TIMEOUT(
            ContainerEngine::byName(engine)
                ->listManagedContainers(ContainerRunSpec::runIdLabel() + QLatin1Char('=') + slow.runId)
                ->isEmpty(),
            30000);
    }

    void timeoutEndsACommandWithoutASignalHandlerAtOnce_data()
    {
        sagemakerContractInAContainer_data();
    }

    void timeoutEndsACommandWithoutASignalHandlerAtOnce()
    {
        // `sleep` installs no SIGTERM handler: as a container's PID 1 it would ignore the
        // stop, and the step would end only by SIGKILL after the whole grace period.
        QFETCH(QString, engine);
        const QString problem = engineProblem(engine, kBusybox);
        MLOPS_REQUIRE(problem.isEmpty(), problem);
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(copyData(ws, QStringLiteral("pipelines/p.yaml"), QStringLiteral("container-timeout.yaml")));
        ExecutionOptions options;
        options.runner = engine;
        options.stopGraceMs = 60000;
        QElapsedTimer clock;
        clock.start();
        const Outcome out = runPipeline(ws, QStringLiteral("pipelines/p.yaml"), options);
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(out.status, RunStatus::Failed);
        QCOMPARE(out.steps.value(QStringLiteral("slow")).reason, QStringLiteral("timed out after 2.00 s"));
        QVERIFY2(elapsed < 20000, qPrintable(QStringLiteral("the run took %1 ms").arg(elapsed)));
    }

    void engineFailuresSayWhatWentWrong_data()
    {
        sagemakerContractInAContainer_data();
    }

    void engineFailuresSayWhatWentWrong()
    {
        QFETCH(QString, engine);
        const QString problem = engineProblem(engine, kBusybox);
        MLOPS_REQUIRE(problem.isEmpty(), problem);
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(copyData(ws, QStringLiteral("pipelines/p.yaml"), QStringLiteral("container-failures.yaml")));
        ExecutionOptions options;
        options.runner = engine;
        const Outcome out = runPipeline(ws, QStringLiteral("pipelines/p.yaml"), options);
        QCOMPARE(out.status, RunStatus::Failed);
        // The engine could not start the command: its reason, not its usage hint.
        // (The engine's words, or its init's when the command runs under one.)
        const QString reason = out.steps.value(QStringLiteral("missing-program")).reason;
        QVERIFY2(reason == engine + QStringLiteral(" could not start the container: exec: \"no-such-program\": "
                                                   "executable file not found in $PATH")
                     || reason == engine + QStringLiteral(" could not start the container: exec: "
                                                          "\"no-such-program\": No such file or directory"),
                 qPrintable(reason));
        // A step that exits with 125 itself failed on its own.
        QCOMPARE(out.steps.value(QStringLiteral("own-125")).reason, QStringLiteral("exited with code 125: my own reason"));
    }

    void engineRefusalIsTheReason()
    {
        // Docker refuses more CPUs than the machine has (Podman accepts them).
        const QString problem = engineProblem(QStringLiteral("docker"), kBusybox);
        MLOPS_REQUIRE(problem.isEmpty(), problem);
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(copyData(ws, QStringLiteral("pipelines/p.yaml"), QStringLiteral("container-cpus.yaml")));
        ExecutionOptions options;
        options.runner = QStringLiteral("docker");
        const Outcome out = runPipeline(ws, QStringLiteral("pipelines/p.yaml"), options);
        QCOMPARE(out.status, RunStatus::Failed);
        const QString reason = out.steps.value(QStringLiteral("greedy")).reason;
        QVERIFY2(reason.startsWith(QStringLiteral("docker could not start the container: Range of CPUs is from")),
                 qPrintable(reason));
    }

    void gpusAreRefusedBeforeAnythingRuns_data()
    {
        sagemakerContractInAContainer_data();
    }

    void gpusAreRefusedBeforeAnythingRuns()
    {
        QFETCH(QString, engine);
        const QString problem = engineProblem(engine, kBusybox);
        MLOPS_REQUIRE(problem.isEmpty(), problem);
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(copyData(ws, QStringLiteral("pipelines/p.yaml"), QStringLiteral("container-gpus.yaml")));
        ExecutionOptions options;
        options.runner = engine;
        const Outcome out = runPipeline(ws, QStringLiteral("pipelines/p.yaml"), options);
        QCOMPARE(out.status, RunStatus::Failed);
        QCOMPARE(out.steps.value(QStringLiteral("gpu")).reason,
                 QStringLiteral("step 'gpu' asks for GPUs (gpus: 1), but the %1 runner gives its steps none: remove "
                                "'gpus' from its resources, or run it with the process runner, which uses this "
                                "machine's GPUs")
                     .arg(engine));
    }

    void killAfterTheGracePeriodIsImmediate_data()
    {
        sagemakerContractInAContainer_data();
    }

    void killAfterTheGracePeriodIsImmediate()
    {
        QFETCH(QString, engine);
        const QString problem = engineProblem(engine, kBusybox);
        MLOPS_REQUIRE(problem.isEmpty(), problem);
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(copyData(ws, QStringLiteral("pipelines/p.yaml"), QStringLiteral("container-stubborn.yaml")));
        ExecutionOptions options;
        options.runner = engine;
        options.stopGraceMs = 1000;
        const Outcome out = runPipeline(ws, QStringLiteral("pipelines/p.yaml"), options);
        QCOMPARE(out.status, RunStatus::Failed);
        const StepEvent stubborn = out.steps.value(QStringLiteral("stubborn"));
        QCOMPARE(stubborn.reason, QStringLiteral("timed out after 2.00 s"));
        // 2 s, 1 s of grace, then SIGKILL: not another 10 s of the engine's own stop timeout.
        QVERIFY2(stubborn.durationMs < 10000, qPrintable(QString::number(stubborn.durationMs)));
        QVERIFY(ContainerEngine::byName(engine)
                    ->listManagedContainers(ContainerRunSpec::runIdLabel() + QLatin1Char('=') + stubborn.runId)
                    ->isEmpty());
    }

    void outOfMemoryIsTheFailureReason_data()
    {
        sagemakerContractInAContainer_data();
    }

    void outOfMemoryIsTheFailureReason()
    {
        QFETCH(QString, engine);
        const QString problem = engineProblem(engine, kBusybox);
        MLOPS_REQUIRE(problem.isEmpty(), problem);
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(copyData(ws, QStringLiteral("pipelines/p.yaml"), QStringLiteral("container-oom.yaml")));
        ExecutionOptions options;
        options.runner = engine;
        // Run from the workspace, as `mlops run` is.
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(ws.root()));
        const Outcome out = runPipeline(ws, QStringLiteral("pipelines/p.yaml"), options);
        QVERIFY(QDir::setCurrent(before));
        // Podman's conmon writes a file `oom` into its working folder: never the user's.
        QVERIFY(!QFileInfo::exists(ws.path(QStringLiteral("oom"))));
        QCOMPARE(out.status, RunStatus::Failed);
        const StepEvent hungry = out.steps.value(QStringLiteral("hungry"));
        // Docker records the OOM kill; Podman on cgroups v1 does not, so it is inferred.
        QVERIFY2(hungry.reason == QStringLiteral("killed: out of memory (limit 64m)")
                     || hungry.reason == QStringLiteral("killed (exit code 137): most likely out of memory (limit 64m)"),
                 qPrintable(hungry.reason));
        if (engine == QStringLiteral("docker"))
            QCOMPARE(hungry.reason, QStringLiteral("killed: out of memory (limit 64m)"));
        // Kept only long enough to read its state.
        QVERIFY(ContainerEngine::byName(engine)
                    ->listManagedContainers(ContainerRunSpec::runIdLabel() + QLatin1Char('=') + hungry.runId)
                    ->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestContainerPipeline)
#include "tst_containerpipeline.moc"
