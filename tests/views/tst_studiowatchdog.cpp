// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// The studio killed (kill -9) while a pipeline runs a container: its companion removes
// the container at once. The test starts the studio's run path (ExecutionController) in
// a child process — this program again, whose main() answers the companion's command as
// mlops-studio's does — and kills it.
#include "testsupport.h"

#include "core/pipeline/pipelinevalidator.h"
#include "core/runtime/containerengine.h"
#include "core/runtime/watchdog.h"
#include "views/pipeline/executioncontroller.h"

#include <QCoreApplication>
#include <QProcess>
#include <QtTest/QTest>

#include <csignal>

using namespace mlops;

namespace {

const char kChildVariable[] = "MLOPS_TEST_STUDIO_WORKSPACE";

/** The studio's containers whose owner label names process `pid`. */
QStringList containersOwnedBy(const ContainerEngine &engine, qint64 pid)
{
    Result<QByteArray> out = engine.client(
        {QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--filter"),
         QStringLiteral("label=") + ContainerRunSpec::managedLabel() + QStringLiteral("=true"), QStringLiteral("--format"),
         QStringLiteral("{{.Names}}\t{{.Label \"%1\"}}").arg(ContainerRunSpec::ownerLabel())});
    QStringList names;
    for (const QString &line : QString::fromUtf8(out.ok() ? *out : QByteArray()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.section(QLatin1Char('\t'), 1).startsWith(QString::number(pid) + QLatin1Char(':')))
            names.append(line.section(QLatin1Char('\t'), 0, 0));
    }
    return names;
}

} // namespace

class TestStudioWatchdog : public QObject
{
    Q_OBJECT

private slots:
    void killedStudioLeavesNoContainer()
    {
        const ContainerEngine docker = ContainerEngine::docker();
        MLOPS_REQUIRE(docker.detect().usable() && docker.hasImage(QStringLiteral("mlops/busybox:latest")),
                      QStringLiteral("docker with mlops/busybox:latest is needed: run packaging/container-engines.sh "
                                     "as root"));
        test::TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(test::writeFile(ws.path(QStringLiteral("pipelines/p.yaml")),
                                "name: crash\n"
                                "steps:\n"
                                "  slow:\n"
                                "    type: processing\n"
                                "    runner: docker\n"
                                "    image: mlops/busybox:latest\n"
                                "    command: [sleep, \"300\"]\n"));
        QProcess studio;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildVariable), ws.root());
        studio.setProcessEnvironment(env);
        studio.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        studio.start(QCoreApplication::applicationFilePath(), {QStringLiteral("runsThePipelineUntilKilled")});
        QVERIFY(studio.waitForStarted());
        const qint64 pid = studio.processId();
        QTRY_VERIFY_WITH_TIMEOUT(!containersOwnedBy(docker, pid).isEmpty(), 60000);

        ::kill(pid_t(pid), SIGKILL);
        QVERIFY(studio.waitForFinished(5000));
        // Gone within seconds, without anyone running anything in that engine again.
        QTRY_VERIFY_WITH_TIMEOUT(containersOwnedBy(docker, pid).isEmpty(), 15000);
    }

    void runsThePipelineUntilKilled()
    {
        const QString root = qEnvironmentVariable(kChildVariable);
        if (root.isEmpty())
            QSKIP("the studio that killedStudioLeavesNoContainer starts and kills");
        Result<Workspace> workspace = Workspace::open(root);
        QVERIFY(workspace.ok());
        ValidationOptions validation;
        validation.workspaceRoot = root;
        const QString file = QStringLiteral("pipelines/p.yaml");
        const LoadedPipeline loaded = loadAndValidate(workspace->path(file), file, validation);
        QVERIFY(loaded.ok());
        ExecutionController controller;
        controller.start(*workspace, loaded.spec, file, ExecutionOptions());
        QTest::qWait(300000);   // killed meanwhile
    }
};

int main(int argc, char *argv[])
{
    // As mlops-studio's main(): the companion's command first.
    if (argc > 1 && watchdogCommand() == QLatin1String(argv[1])) {
        QCoreApplication app(argc, argv);
        return watchdogMain(app.arguments().mid(1));
    }
    QCoreApplication app(argc, argv);
    TestStudioWatchdog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_studiowatchdog.moc"
