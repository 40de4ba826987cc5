// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// The studio against real engines (Docker and Podman, each in turn): missing images,
// BYOC builds reused by content hash, a step container that writes /opt/ml as the
// user, stop on timeout, and cleanup of containers a crashed studio left behind.
// packaging/container-engines.sh starts the engines and creates the images.

#include "core/common/datadirs.h"
#include "core/runtime/containerengine.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QUuid>

#include <sys/stat.h>
#include <unistd.h>

using namespace mlops;

namespace {
const QString kBusybox = QStringLiteral("mlops/busybox:latest");
const QString kPython = QStringLiteral("mlops/python:3.11");

template<typename T>
QByteArray errorOf(const Result<T> &r)
{
    return r.ok() ? QByteArray() : r.error().toString().toUtf8();
}

QString uniqueId()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(12);
}

uint ownerOf(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_uid : uint(-1);
}
} // namespace

class TestContainerEngine : public QObject
{
    Q_OBJECT

private:
    /** The engine named by the current data row, or a skip (a failure under CI) saying why not. */
    std::optional<ContainerEngine> m_engine;

    bool engineFromRow()
    {
        QFETCH_GLOBAL(QString, engine);
        m_engine = ContainerEngine::byName(engine);
        const EngineStatus status = m_engine->detect();
        if (!status.usable())
            return false;
        return m_engine->hasImage(kBusybox) && m_engine->hasImage(kPython);
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("docker") << QStringLiteral("docker");
        QTest::newRow("podman") << QStringLiteral("podman");
    }

    void init()
    {
        QFETCH_GLOBAL(QString, engine);
        MLOPS_REQUIRE(engineFromRow(),
                      engine + QStringLiteral(" with the images mlops/busybox and mlops/python is needed: run "
                                              "packaging/container-engines.sh as root"));
    }

    void detectsARunningEngine()
    {
        const EngineStatus status = m_engine->detect();
        QVERIFY(status.installed);
        QVERIFY(status.running);
        QVERIFY(!status.serverVersion.isEmpty());
        QVERIFY(!status.clientVersion.isEmpty());
        QVERIFY(status.problem.isEmpty());
    }

    void missingImageIsAClearError()
    {
        const QString name = QStringLiteral("mlops/does-not-exist:") + uniqueId();
        Result<ImageInfo> info = m_engine->inspectImage(name);
        QVERIFY(!info.ok());
        QVERIFY(info.error().isBadInput());
        QCOMPARE(info.error().message,
                 QStringLiteral("image not found locally: %1 — build it or import it; no registry is reachable")
                     .arg(name));

        QTemporaryDir job;
        ContainerRunSpec spec;
        spec.image = name;
        spec.runId = uniqueId();
        spec.jobDir = job.path();
        spec.command = {QStringLiteral("true")};
        Result<ContainerExit> run = m_engine->run(spec);
        QVERIFY(!run.ok());
        QVERIFY(run.error().message.contains(QStringLiteral("image not found locally: ") + name));
    }

    void imageIdIsTheContentDigest()
    {
        Result<ImageInfo> info = m_engine->inspectImage(kPython);
        QVERIFY2(info.ok(), errorOf(info).constData());
        QVERIFY(info->id.startsWith(QStringLiteral("sha256:")));
        QCOMPARE(info->id.size(), 71);
        // Docker has no registry digest for an imported image; Podman names a local one.
        QVERIFY(info->digest() == info->id || info->digest().contains(QStringLiteral("@sha256:")));
    }

    void buildOnceThenReuseByContextHash()
    {
        QTemporaryDir context;
        const QString nonce = uniqueId();
        QVERIFY(test::writeFile(context.filePath(QStringLiteral("Dockerfile")),
                                "FROM mlops/busybox:latest\nCOPY greeting.txt /greeting.txt\n"
                                "CMD [\"cat\", \"/greeting.txt\"]\n"));
        QVERIFY(test::writeFile(context.filePath(QStringLiteral("greeting.txt")), nonce.toUtf8()));
        ImageBuildSpec spec{context.path(), QStringLiteral("Dockerfile"), QStringLiteral("Greeter Step"), {}};

        Result<ImageInfo> first = m_engine->buildImage(spec);
        QVERIFY2(first.ok(), errorOf(first).constData());
        QVERIFY(first->built);
        QVERIFY(first->reference.startsWith(QStringLiteral("mlops-build/greeter-step:")));

        Result<ImageInfo> second = m_engine->buildImage(spec);
        QVERIFY2(second.ok(), errorOf(second).constData());
        QVERIFY(!second->built);
        QCOMPARE(second->id, first->id);
        QCOMPARE(second->reference, first->reference);

        // The image works, and without network.
        QTemporaryDir job;
        ContainerRunSpec run;
        run.image = first->reference;
        run.runId = uniqueId();
        run.jobDir = job.path();
        run.command = {QStringLiteral("cat"), QStringLiteral("/greeting.txt")};
        Result<ContainerExit> exit = m_engine->run(run);
        QVERIFY2(exit.ok(), errorOf(exit).constData());
        QCOMPARE(exit->exitCode, 0);
        QCOMPARE(QString::fromUtf8(exit->output).trimmed(), nonce);

        // A changed context is another image.
        QVERIFY(test::writeFile(context.filePath(QStringLiteral("greeting.txt")), "changed"));
        Result<ImageInfo> third = m_engine->buildImage(spec);
        QVERIFY2(third.ok(), errorOf(third).constData());
        QVERIFY(third->built);
        QVERIFY(third->reference != first->reference);

        for (const QString &ref : {first->reference, third->reference})
            QVERIFY(m_engine->client({QStringLiteral("rmi"), QStringLiteral("-f"), ref}).ok());
    }

    void buildNeedsALocalBaseImage()
    {
        QTemporaryDir context;
        const QString base = QStringLiteral("mlops/no-such-base:") + uniqueId();
        QVERIFY(test::writeFile(context.filePath(QStringLiteral("Dockerfile")), (QStringLiteral("FROM ") + base + QLatin1Char('\n')).toUtf8()));
        Result<ImageInfo> built = m_engine->buildImage({context.path(), {}, QStringLiteral("x"), {}});
        QVERIFY(!built.ok());
        QVERIFY(built.error().message.contains(QStringLiteral("image not found locally: ") + base));
    }

    void stepContainerWritesModelAsTheUser_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("current user") << QString();
        QTest::newRow("uid 4321") << QStringLiteral("4321:4321");
    }

    void stepContainerWritesModelAsTheUser()
    {
        QFETCH(QString, user);
        QTemporaryDir workspace;
        QTemporaryDir job;
        QVERIFY(test::writeFile(workspace.filePath(QStringLiteral("src/train.py")),
                                "import json, os, sys\n"
                                "import mlops_studio\n"
                                "model = os.environ['SM_MODEL_DIR']\n"
                                "with open(os.path.join(model, 'model.json'), 'w') as f:\n"
                                "    json.dump({'cwd': os.getcwd(), 'uid': os.getuid(),\n"
                                "               'net': sorted(os.listdir('/sys/class/net'))}, f)\n"
                                "mlops_studio.log_metric('train:accuracy', 0.97)\n"
                                "try:\n"
                                "    open('/opt/ml/code/x', 'w')\n"
                                "    print('workspace is writable', file=sys.stderr); sys.exit(3)\n"
                                "except OSError:\n"
                                "    pass\n"));
        // The workspace and job directory belong to the user; here the other uid may read them.
        const auto readable = QFileDevice::Permissions(0x7755);
        QFile::setPermissions(workspace.path(), readable);
        QFile::setPermissions(job.path(), readable);
        for (const QString &sub : {QStringLiteral("model"), QStringLiteral("output")}) {
            QVERIFY(QDir(job.path()).mkpath(sub));
            // Another uid must be able to write its outputs in this test's folder.
            QFile::setPermissions(job.filePath(sub), QFileDevice::Permissions(0x7777));
        }
        ContainerRunSpec spec;
        spec.image = kPython;
        spec.runId = uniqueId();
        spec.jobDir = job.path();
        spec.workspaceDir = workspace.path();
        spec.helperDir = pythonHelperDir();
        spec.user = user;
        spec.cpus = 1;
        spec.memoryBytes = 512LL * 1024 * 1024;
        spec.environment = {{QStringLiteral("SM_MODEL_DIR"), QStringLiteral("/opt/ml/model")},
                            {QStringLiteral("MLOPS_METRICS_FILE"), QStringLiteral("/opt/ml/output/metrics.jsonl")}};
        spec.command = {QStringLiteral("python"), QStringLiteral("src/train.py")};
        Result<ContainerExit> exit = m_engine->run(spec);
        QVERIFY2(exit.ok(), errorOf(exit).constData());
        QVERIFY2(exit->exitCode == 0, exit->output.constData());

        const QString model = job.filePath(QStringLiteral("model/model.json"));
        QVERIFY(QFileInfo::exists(model));
        const uint expectedUid = user.isEmpty() ? ::getuid() : 4321;
        QCOMPARE(ownerOf(model), expectedUid);
        const QJsonObject facts = QJsonDocument::fromJson(test::readFile(model)).object();
        QCOMPARE(facts.value(QStringLiteral("cwd")).toString(), QStringLiteral("/opt/ml/code"));
        QCOMPARE(uint(facts.value(QStringLiteral("uid")).toInt()), expectedUid);
        QCOMPARE(facts.value(QStringLiteral("net")).toArray(), QJsonArray{QStringLiteral("lo")});
        QVERIFY(test::readFile(job.filePath(QStringLiteral("output/metrics.jsonl"))).contains("train:accuracy"));
        QVERIFY(!m_engine->containerExists(spec.containerName()));
    }

    void foldersWithACommaOrAQuoteAreMounted()
    {
        // A workspace such as "~/Projects, 2026/demo": --mount reads its value as CSV.
        QTemporaryDir root;
        const QString workspace = root.filePath(QStringLiteral("Projects, 2026/say \"hi\""));
        const QString job = workspace + QStringLiteral("/.mlops/jobs/1");
        QVERIFY(test::writeFile(workspace + QStringLiteral("/src/in.txt"), "from the workspace\n"));
        QVERIFY(QDir().mkpath(job + QStringLiteral("/model")));
        ContainerRunSpec spec;
        spec.image = kBusybox;
        spec.runId = uniqueId();
        spec.jobDir = job;
        spec.workspaceDir = workspace;
        spec.command = {QStringLiteral("sh"), QStringLiteral("-c"),
                        QStringLiteral("cat src/in.txt && echo written > /opt/ml/model/m.txt")};
        Result<ContainerExit> exit = m_engine->run(spec);
        QVERIFY2(exit.ok(), errorOf(exit).constData());
        QVERIFY2(exit->exitCode == 0, exit->output.constData());
        QVERIFY(exit->output.contains("from the workspace"));
        QCOMPARE(test::readFile(job + QStringLiteral("/model/m.txt")), QByteArray("written\n"));
        QCOMPARE(ownerOf(job + QStringLiteral("/model/m.txt")), uint(::getuid()));
    }

    void stopOnTimeoutSendsTermThenRemoves()
    {
        QTemporaryDir job;
        QVERIFY(QDir(job.path()).mkpath(QStringLiteral("output")));
        ContainerRunSpec spec;
        spec.image = kBusybox;
        spec.runId = uniqueId();
        spec.jobDir = job.path();
        // A step that notes SIGTERM, then ignores it: the engine must kill it after the grace period.
        spec.command = {QStringLiteral("sh"), QStringLiteral("-c"),
                        QStringLiteral("trap 'echo term > /opt/ml/output/term' TERM; echo started; "
                                       "while true; do sleep 1; done")};
        ContainerRunOptions options;
        options.timeoutMs = 3000;
        options.stopGraceSeconds = 2;
        Result<ContainerExit> exit = m_engine->run(spec, options);
        QVERIFY2(exit.ok(), errorOf(exit).constData());
        QVERIFY(exit->timedOut);
        QVERIFY(exit->stopped);
        QVERIFY(exit->exitCode != 0);
        QVERIFY(exit->output.contains("started"));
        QCOMPARE(test::readFile(job.filePath(QStringLiteral("output/term"))).trimmed(), QByteArray("term"));
        QVERIFY(!m_engine->containerExists(spec.containerName()));
    }

    void cancelStopsTheContainer()
    {
        QTemporaryDir job;
        ContainerRunSpec spec;
        spec.image = kBusybox;
        spec.runId = uniqueId();
        spec.jobDir = job.path();
        spec.command = {QStringLiteral("sleep"), QStringLiteral("300")};
        ContainerRunOptions options;
        options.stopGraceSeconds = 1;
        bool sawOutput = false;
        int polls = 0;
        options.cancelRequested = [&] { return ++polls > 20; };
        options.onOutput = [&](const QByteArray &) { sawOutput = true; };
        Result<ContainerExit> exit = m_engine->run(spec, options);
        QVERIFY2(exit.ok(), errorOf(exit).constData());
        QVERIFY(exit->stopped);
        QVERIFY(!exit->timedOut);
        QVERIFY(!sawOutput);
        QVERIFY(!m_engine->containerExists(spec.containerName()));
    }

    void engineFailureSaysWhatTheEngineSaid_data()
    {
        QTest::addColumn<bool>("keep");
        QTest::newRow("--rm") << false;
        QTest::newRow("kept") << true;
    }

    void engineFailureSaysWhatTheEngineSaid()
    {
        QFETCH(bool, keep);
        QTemporaryDir job;
        const QString missing = job.filePath(QStringLiteral("no-such-folder"));
        ContainerRunSpec spec;
        spec.image = kBusybox;
        spec.runId = uniqueId();
        spec.removeOnExit = !keep;
        spec.mounts.append(ContainerMount{missing, QStringLiteral("/data"), true});
        spec.command = {QStringLiteral("true")};
        Result<ContainerExit> run = m_engine->run(spec);
        QVERIFY(!run.ok());
        const QString message = run.error().message;
        QVERIFY2(message.startsWith(m_engine->name() + QStringLiteral(" could not start the container: ")),
                 qPrintable(message));
        // The engine's own words, naming the folder; not its usage hint nor its prefix.
        QVERIFY2(message.contains(missing), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("--help")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("Error response from daemon")), qPrintable(message));
        QVERIFY(!m_engine->containerExists(spec.containerName()));
    }

    void stepsOwnExitCode125IsNotAnEngineFailure_data()
    {
        engineFailureSaysWhatTheEngineSaid_data();
    }

    void stepsOwnExitCode125IsNotAnEngineFailure()
    {
        QFETCH(bool, keep);
        ContainerRunSpec spec;
        spec.image = kBusybox;
        spec.runId = uniqueId();
        spec.removeOnExit = !keep;
        spec.command = {QStringLiteral("sh"), QStringLiteral("-c"),
                        QStringLiteral("echo 'Error: my own failure' >&2; exit 125")};
        Result<ContainerExit> run = m_engine->run(spec);
        QVERIFY2(run.ok(), errorOf(run).constData());
        QCOMPARE(run->exitCode, 125);
        QVERIFY(run->output.contains("my own failure"));
        QVERIFY(!m_engine->containerExists(spec.containerName()));
    }

    void removeKillsWithoutAGracePeriod()
    {
        // A container that ignores SIGTERM: `podman rm -f` alone waits 10 s for it.
        ContainerRunSpec spec;
        spec.image = kBusybox;
        spec.runId = uniqueId();
        spec.command = {QStringLiteral("sh"), QStringLiteral("-c"),
                        QStringLiteral("trap '' TERM; while true; do sleep 1; done")};
        QStringList args = buildContainerRunArguments(spec);
        args.insert(1, QStringLiteral("-d"));
        QVERIFY(m_engine->client(args).ok());
        QElapsedTimer clock;
        clock.start();
        QVERIFY(m_engine->remove(spec.containerName()).ok());
        const qint64 elapsed = clock.elapsed();
        QVERIFY(!m_engine->containerExists(spec.containerName()));
        QVERIFY2(elapsed < 8000, qPrintable(QStringLiteral("remove took %1 ms").arg(elapsed)));
    }

    void buildFailureIsTheFailingInstruction()
    {
        QTemporaryDir context;
        const QByteArray marker = uniqueId().toUtf8();
        QVERIFY(test::writeFile(context.filePath(QStringLiteral("Dockerfile")),
                                ("FROM mlops/busybox:latest\nRUN echo " + marker + " && exit 7\n")));
        Result<ImageInfo> built = m_engine->buildImage({context.path(), {}, QStringLiteral("failing"), {}});
        QVERIFY(!built.ok());
        const QString message = built.error().message;
        // Docker's legacy builder opens its error output with a deprecation banner.
        QVERIFY2(!message.contains(QStringLiteral("DEPRECATED")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("BuildKit")), qPrintable(message));
        const QString reason = message.section(QStringLiteral(" failed: "), 1);
        if (m_engine->kind() == ContainerEngine::Kind::Docker)
            QVERIFY2(reason.startsWith(QStringLiteral("The command '/bin/sh -c echo")) && reason.endsWith(QStringLiteral("returned a non-zero code: 7")),
                     qPrintable(message));
        else
            QVERIFY2(reason.contains(QStringLiteral("exit status 7")), qPrintable(message));

        // The failed instruction's container is not left behind (stopped, "Exited (7)").
        QStringList ps{QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--no-trunc"),
                       QStringLiteral("--format"), QStringLiteral("{{.Command}}")};
        if (m_engine->kind() == ContainerEngine::Kind::Podman)
            ps << QStringLiteral("--external");   // the builder's containers too
        Result<QByteArray> containers = m_engine->client(ps);
        QVERIFY2(containers.ok(), errorOf(containers).constData());
        QVERIFY2(!containers->contains(marker), containers->constData());
    }

    void leftoversOfADeadStudioAreRemoved()
    {
        const QString batch = uniqueId();
        const QString filter = QStringLiteral("org.mlopsstudio.batch=") + batch;
        auto startDetached = [&](const QString &owner) {
            ContainerRunSpec spec;
            spec.image = kBusybox;
            spec.runId = uniqueId();
            spec.owner = owner;
            spec.labels.insert(QStringLiteral("org.mlopsstudio.batch"), batch);
            spec.command = {QStringLiteral("sleep"), QStringLiteral("300")};
            QStringList args = buildContainerRunArguments(spec);
            args.insert(1, QStringLiteral("-d"));
            Result<QByteArray> started = m_engine->client(args);
            return started.ok() ? spec.containerName() : QString();
        };
        // A studio that died (kill -9) left one; this program owns the other.
        const QString orphan = startDetached(QStringLiteral("999999999:12345"));
        const QString mine = startDetached(currentOwnerLabel());
        QVERIFY(!orphan.isEmpty());
        QVERIFY(!mine.isEmpty());

        Result<QStringList> listed = m_engine->listManagedContainers(filter);
        QVERIFY2(listed.ok(), errorOf(listed).constData());
        QVERIFY(listed->contains(mine));
        // Another program's cleanup (a killed run's companion in a test running beside
        // this one) may have removed the orphan already; it never touches `mine`.
        const bool orphanListed = listed->contains(orphan);
        QCOMPARE(listed->size(), orphanListed ? 2 : 1);

        Result<QStringList> removed = m_engine->cleanupLeftovers(filter);
        QVERIFY2(removed.ok(), errorOf(removed).constData());
        if (orphanListed && !removed->isEmpty())
            QCOMPARE(*removed, QStringList{orphan});
        QVERIFY(!removed->contains(mine));
        QVERIFY(!m_engine->containerExists(orphan));
        QVERIFY(m_engine->containerExists(mine));

        QVERIFY(m_engine->remove(mine).ok());
        QVERIFY(!m_engine->containerExists(mine));
        QVERIFY(m_engine->remove(mine).ok());  // removing what is gone is fine
    }
};

QTEST_GUILESS_MAIN(TestContainerEngine)
#include "tst_containerengine.moc"
