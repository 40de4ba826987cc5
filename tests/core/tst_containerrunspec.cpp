// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// The docker/podman run arguments of a step container: SageMaker's mounts, the user's
// uid, no network, limits and the labels that find leftovers. No engine needed.

#include "core/runtime/buildcontext.h"
#include "core/runtime/containerengine.h"
#include "core/runtime/containerrunner.h"
#include "core/runtime/containerrunspec.h"
#include "testsupport.h"

#include <QDir>

#include <unistd.h>

using namespace mlops;

namespace {
template<typename T>
QByteArray errorOf(const Result<T> &r)
{
    return r.ok() ? QByteArray() : r.error().toString().toUtf8();
}

/** The value following `option` each time it occurs. */
QStringList valuesOf(const QStringList &args, const QString &option)
{
    QStringList values;
    for (qsizetype i = 0; i + 1 < args.size(); ++i) {
        if (args[i] == option)
            values.append(args[i + 1]);
    }
    return values;
}

ContainerRunSpec stepSpec()
{
    ContainerRunSpec spec;
    spec.image = QStringLiteral("mlops/python:3.11");
    spec.runId = QStringLiteral("0123abcd");
    spec.jobDir = QStringLiteral("/ws/.mlops/jobs/0123abcd");
    spec.workspaceDir = QStringLiteral("/ws");
    spec.helperDir = QStringLiteral("/usr/share/mlops-studio/python");
    spec.environment.insert(QStringLiteral("SM_MODEL_DIR"), QStringLiteral("/opt/ml/model"));
    spec.command = {QStringLiteral("python"), QStringLiteral("src/train.py"), QStringLiteral("--depth"),
                    QStringLiteral("4")};
    return spec;
}
} // namespace

class TestContainerRunSpec : public QObject
{
    Q_OBJECT

private slots:
    void mountsFollowTheSageMakerLayout()
    {
        const QStringList args = buildContainerRunArguments(stepSpec());
        const QStringList mounts = valuesOf(args, QStringLiteral("--mount"));
        QVERIFY(mounts.contains(QStringLiteral("type=bind,source=/ws/.mlops/jobs/0123abcd,target=/opt/ml")));
        QVERIFY(mounts.contains(QStringLiteral("type=bind,source=/ws,target=/opt/ml/code,readonly")));
        QVERIFY(mounts.contains(
            QStringLiteral("type=bind,source=/usr/share/mlops-studio/python,target=/opt/mlops/python,readonly")));
        QCOMPARE(valuesOf(args, QStringLiteral("--workdir")), QStringList{QStringLiteral("/opt/ml/code")});
        const QStringList env = valuesOf(args, QStringLiteral("--env"));
        QVERIFY(env.contains(QStringLiteral("PYTHONPATH=/opt/mlops/python")));
        QVERIFY(env.contains(QStringLiteral("SM_MODEL_DIR=/opt/ml/model")));
    }

    void helperGoesBeforeTheStepsOwnPythonPath()
    {
        ContainerRunSpec spec = stepSpec();
        spec.environment.insert(QStringLiteral("PYTHONPATH"), QStringLiteral("/opt/ml/code/lib"));
        const QStringList env = valuesOf(buildContainerRunArguments(spec), QStringLiteral("--env"));
        QVERIFY(env.contains(QStringLiteral("PYTHONPATH=/opt/mlops/python:/opt/ml/code/lib")));
    }

    void runsAsTheUserWithoutNetwork()
    {
        const QStringList args = buildContainerRunArguments(stepSpec());
        QCOMPARE(valuesOf(args, QStringLiteral("--user")),
                 QStringList{QStringLiteral("%1:%2").arg(::getuid()).arg(::getgid())});
        QCOMPARE(valuesOf(args, QStringLiteral("--network")), QStringList{QStringLiteral("none")});
        QVERIFY(args.contains(QStringLiteral("--pull=never")));
        QVERIFY(args.contains(QStringLiteral("--rm")));

        ContainerRunSpec networked = stepSpec();
        networked.network = true;
        networked.user = QStringLiteral("1000:1000");
        const QStringList other = buildContainerRunArguments(networked);
        QVERIFY(valuesOf(other, QStringLiteral("--network")).isEmpty());
        QCOMPARE(valuesOf(other, QStringLiteral("--user")), QStringList{QStringLiteral("1000:1000")});
    }

    void rootlessEngineRunsAsItsRootWhichIsTheUser()
    {
        // Rootless Podman or Docker: the container's root is the calling user on the host,
        // and the user's own uid inside maps to a subordinate id (or to none at all).
        ContainerRunSpec spec = stepSpec();
        spec.rootless = true;
        QCOMPARE(valuesOf(buildContainerRunArguments(spec), QStringLiteral("--user")),
                 QStringList{QStringLiteral("0:0")});
        QCOMPARE(spec.effectiveUser(), QStringLiteral("0:0"));
        // A user the caller names is kept as it is.
        spec.user = QStringLiteral("1000:1000");
        QCOMPARE(valuesOf(buildContainerRunArguments(spec), QStringLiteral("--user")),
                 QStringList{QStringLiteral("1000:1000")});
    }

    void commandRunsUnderAnInitThatPassesSignalsOn()
    {
        ContainerRunSpec spec = stepSpec();
        QVERIFY(!buildContainerRunArguments(spec).contains(QStringLiteral("--init")));
        spec.init = true;
        QStringList args = buildContainerRunArguments(spec);
        QVERIFY(args.contains(QStringLiteral("--init")));
        QVERIFY(valuesOf(args, QStringLiteral("--init-path")).isEmpty());
        // Before the image: an option, not the command.
        QVERIFY(args.indexOf(QStringLiteral("--init")) < args.indexOf(spec.image));
        spec.initPath = QStringLiteral("/usr/bin/tini-static");
        args = buildContainerRunArguments(spec);
        QCOMPARE(valuesOf(args, QStringLiteral("--init-path")), QStringList{QStringLiteral("/usr/bin/tini-static")});
    }

    void initsExecFailureIsSaidAsTheEngineSaysIt()
    {
        QCOMPARE(initExecFailure(QStringLiteral("[FATAL tini (7)] exec no-such-program failed: No such file or directory\n"),
                                 QStringLiteral("no-such-program")),
                 QStringLiteral("exec: \"no-such-program\": No such file or directory"));
        QCOMPARE(initExecFailure(QStringLiteral("catatonit: failed to exec pid1: Permission denied"),
                                 QStringLiteral("./run.sh")),
                 QStringLiteral("exec: \"./run.sh\": Permission denied"));
        // The step's own output is never taken for it.
        QCOMPARE(initExecFailure(QStringLiteral("Traceback …\nValueError: bad"), QStringLiteral("python3")), QString());
        QCOMPARE(initExecFailure(QStringLiteral("[FATAL tini (7)] exec x failed: gone\nmore output"),
                                 QStringLiteral("x")),
                 QString());
    }

    void mountPathsWithCommasAndQuotesAreQuoted()
    {
        // Both engines read --mount as a CSV line: an unquoted comma splits the path.
        ContainerRunSpec spec = stepSpec();
        spec.workspaceDir = QStringLiteral("/home/me/Projects, 2026/demo");
        spec.jobDir = QStringLiteral("/home/me/say \"hi\"/.mlops/jobs/1");
        const QStringList mounts = valuesOf(buildContainerRunArguments(spec), QStringLiteral("--mount"));
        QVERIFY(mounts.contains(
            QStringLiteral("type=bind,\"source=/home/me/Projects, 2026/demo\",target=/opt/ml/code,readonly")));
        QVERIFY(mounts.contains(
            QStringLiteral("type=bind,\"source=/home/me/say \"\"hi\"\"/.mlops/jobs/1\",target=/opt/ml")));
        QCOMPARE(mountField(QStringLiteral("source=/plain path")), QStringLiteral("source=/plain path"));
    }

    void limitsAndPorts()
    {
        ContainerRunSpec spec = stepSpec();
        spec.cpus = 1.5;
        spec.memoryBytes = 512LL * 1024 * 1024;
        spec.network = true;
        spec.networkName = QStringLiteral("mlops-serve");
        spec.ports.append(PortMapping{QStringLiteral("127.0.0.1"), 18080, 8080});
        const QStringList args = buildContainerRunArguments(spec);
        QCOMPARE(valuesOf(args, QStringLiteral("--cpus")), QStringList{QStringLiteral("1.5")});
        QCOMPARE(valuesOf(args, QStringLiteral("--memory")), QStringList{QStringLiteral("536870912")});
        QCOMPARE(valuesOf(args, QStringLiteral("-p")), QStringList{QStringLiteral("127.0.0.1:18080:8080")});
        QCOMPARE(valuesOf(args, QStringLiteral("--network")), QStringList{QStringLiteral("mlops-serve")});
    }

    void namesAndLabelsFindLeftovers()
    {
        const QStringList args = buildContainerRunArguments(stepSpec());
        QCOMPARE(valuesOf(args, QStringLiteral("--name")), QStringList{QStringLiteral("mlops-step-0123abcd")});
        const QStringList labels = valuesOf(args, QStringLiteral("--label"));
        QVERIFY(labels.contains(QStringLiteral("org.mlopsstudio.managed=true")));
        QVERIFY(labels.contains(QStringLiteral("org.mlopsstudio.run-id=0123abcd")));
        QVERIFY(labels.contains(QStringLiteral("org.mlopsstudio.kind=step")));
        QVERIFY(labels.contains(QStringLiteral("org.mlopsstudio.owner=") + currentOwnerLabel()));
        QVERIFY(isOwnerAlive(currentOwnerLabel()));
        QVERIFY(!isOwnerAlive(QStringLiteral("999999999:1")));
        QVERIFY(!isOwnerAlive(QStringLiteral("garbage")));
        QCOMPARE(sanitizeContainerName(QStringLiteral("-my step/ü 1")), QStringLiteral("my-step---1"));
    }

    void commandComesLastWithPythonMapped()
    {
        const QStringList args = buildContainerRunArguments(stepSpec());
        const qsizetype image = args.indexOf(QStringLiteral("mlops/python:3.11"));
        QVERIFY(image > 0);
        QCOMPARE(args.mid(image + 1), (QStringList{QStringLiteral("python3"), QStringLiteral("src/train.py"),
                                                   QStringLiteral("--depth"), QStringLiteral("4")}));
        QCOMPARE(mapCommandForImage({QStringLiteral("/usr/bin/python3.11"), QStringLiteral("x.py")}),
                 (QStringList{QStringLiteral("python3"), QStringLiteral("x.py")}));
        QCOMPARE(mapCommandForImage({QStringLiteral("pythonic")}), QStringList{QStringLiteral("pythonic")});
        QCOMPARE(mapCommandForImage({QStringLiteral("sh"), QStringLiteral("python")}),
                 (QStringList{QStringLiteral("sh"), QStringLiteral("python")}));
    }

    void inputChannelsAreReadOnlyInStepContainers()
    {
        StepLaunch launch;
        launch.layout.root = QStringLiteral("/ws/.mlops/jobs/0123abcd");
        launch.layout.runId = QStringLiteral("0123abcd");
        launch.layout.inputRoot = QStringLiteral("input/data");
        launch.layout.inputs = {QStringLiteral("train"), QStringLiteral("test")};
        launch.layout.outputs = {QStringLiteral("report")};
        launch.workspaceRoot = QStringLiteral("/ws");
        launch.image = QStringLiteral("mlops/python:3.11");
        launch.command = {QStringLiteral("python"), QStringLiteral("src/train.py")};
        const ContainerRunner runner(ContainerEngine::docker());
        const QStringList mounts = valuesOf(buildContainerRunArguments(runner.specFor(launch)), QStringLiteral("--mount"));
        for (const QString &channel : {QStringLiteral("train"), QStringLiteral("test")}) {
            QVERIFY2(mounts.contains(QStringLiteral("type=bind,source=/ws/.mlops/jobs/0123abcd/input/data/%1,"
                                                    "target=/opt/ml/input/data/%1,readonly")
                                         .arg(channel)),
                     qPrintable(mounts.join(QLatin1Char('\n'))));
        }
        // The job folder itself stays writable (model, outputs, failure).
        QVERIFY(mounts.contains(QStringLiteral("type=bind,source=/ws/.mlops/jobs/0123abcd,target=/opt/ml")));
        // The channels are mounted after the job folder, or the job folder would hide them.
        QVERIFY(mounts.indexOf(QStringLiteral("type=bind,source=/ws/.mlops/jobs/0123abcd,target=/opt/ml"))
                < mounts.indexOf(QStringLiteral("type=bind,source=/ws/.mlops/jobs/0123abcd/input/data/train,"
                                                "target=/opt/ml/input/data/train,readonly")));
    }

    void engineErrorsKeepTheRealMessage()
    {
        // Docker's usage hint after its error is not the reason, nor is its prefix.
        QCOMPARE(engineErrorMessage(QStringLiteral(
                     "docker: Error response from daemon: Range of CPUs is from 0.01 to 2.00, as there are only 2 "
                     "CPUs available\n\nRun 'docker run --help' for more information\n")),
                 QStringLiteral("Range of CPUs is from 0.01 to 2.00, as there are only 2 CPUs available"));
        QCOMPARE(engineErrorMessage(QStringLiteral("docker: invalid reference format.\nSee 'docker run --help'.")),
                 QStringLiteral("invalid reference format."));
        // The OCI runtime's wrapping around a missing program, from both engines.
        const QString missing = QStringLiteral("exec: \"no-such-program\": executable file not found in $PATH");
        QCOMPARE(engineErrorMessage(QStringLiteral(
                     "docker: Error response from daemon: failed to create shim task: OCI runtime create failed: runc "
                     "create failed: unable to start container process: exec: \"no-such-program\": executable file "
                     "not found in $PATH: unknown\n\nRun 'docker run --help' for more information")),
                 missing);
        QCOMPARE(engineErrorMessage(QStringLiteral(
                     "Error: runc: runc create failed: unable to start container process: exec: \"no-such-program\": "
                     "executable file not found in $PATH: OCI runtime attempted to invoke a command that was not "
                     "found\n")),
                 missing);
        QCOMPARE(engineErrorMessage(QStringLiteral("Error: statfs /nonexist: no such file or directory")),
                 QStringLiteral("statfs /nonexist: no such file or directory"));
        QVERIFY(isEngineUsageHint(QStringLiteral("Run 'docker run --help' for more information")));
        QVERIFY(isEngineUsageHint(QStringLiteral("See 'podman run --help'.")));
        QVERIFY(!isEngineUsageHint(QStringLiteral("Run the tests again")));
    }

    void buildContextHashFollowsContent()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("Dockerfile")), "FROM mlops/busybox:latest\n"));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("app/main.py")), "print('hi')\n"));
        const QString df = dir.filePath(QStringLiteral("Dockerfile"));
        Result<QString> first = hashBuildContext(dir.path(), df);
        QVERIFY2(first.ok(), errorOf(first).constData());
        QCOMPARE(first->size(), 64);
        Result<QString> again = hashBuildContext(dir.path(), df);
        QVERIFY2(again.ok(), errorOf(again).constData());
        QCOMPARE(*again, *first);
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral(".git/HEAD")), "ref: x\n"));
        Result<QString> withGit = hashBuildContext(dir.path(), df);
        QVERIFY2(withGit.ok(), errorOf(withGit).constData());
        QCOMPARE(*withGit, *first);
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("app/main.py")), "print('bye')\n"));
        QVERIFY(*hashBuildContext(dir.path(), df) != *first);
        QVERIFY(!hashBuildContext(dir.filePath(QStringLiteral("missing")), df).ok());
    }

    void dockerignoreMatchesAsDocker()
    {
        const DockerIgnore ignore = DockerIgnore::parse("# a comment\n"
                                                        "*.log\n"
                                                        "!keep.log\n"
                                                        "data/\n"
                                                        "**/__pycache__\n"
                                                        "/build/*.o\n"
                                                        "docs/**/*.md\n"
                                                        "!docs/**/README.md\n"
                                                        "tmp?\n");
        QVERIFY(ignore.excludes(QStringLiteral("run.log")));
        QVERIFY(!ignore.excludes(QStringLiteral("keep.log")));
        QVERIFY(!ignore.excludes(QStringLiteral("sub/run.log")));   // `*` stays in its folder
        QVERIFY(ignore.excludes(QStringLiteral("data/a/b.csv")));   // a folder excludes what is under it
        QVERIFY(ignore.excludes(QStringLiteral("src/pkg/__pycache__/m.pyc")));
        QVERIFY(ignore.excludes(QStringLiteral("__pycache__/m.pyc")));
        QVERIFY(ignore.excludes(QStringLiteral("build/main.o")));
        QVERIFY(!ignore.excludes(QStringLiteral("build/sub/main.o")));
        QVERIFY(ignore.excludes(QStringLiteral("docs/a/b/guide.md")));
        QVERIFY(ignore.excludes(QStringLiteral("docs/guide.md")));
        QVERIFY(!ignore.excludes(QStringLiteral("docs/a/README.md")));
        QVERIFY(ignore.excludes(QStringLiteral("tmp1")));
        QVERIFY(!ignore.excludes(QStringLiteral("tmp12")));
        QVERIFY(!ignore.excludes(QStringLiteral("src/main.py")));
        QVERIFY(!DockerIgnore::parse("").excludes(QStringLiteral("x")));
    }

    void buildContextHashLeavesOutTheStudioAndIgnoredFiles()
    {
        // A workspace as context: the store and job folders change with every run.
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("Dockerfile")), "FROM mlops/busybox:latest\n"));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("src/train.py")), "print('hi')\n"));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral(".dockerignore")), "notes/\n*.tmp\n!important.tmp\n"));
        const QString df = dir.filePath(QStringLiteral("Dockerfile"));
        const QString first = *hashBuildContext(dir.path(), df);
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral(".mlops/store.db")), "changed"));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral(".mlops/jobs/abc/output.txt")), "x"));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("notes/today.txt")), "x"));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("scratch.tmp")), "x"));
        QCOMPARE(*hashBuildContext(dir.path(), df), first);
        // An exception is part of the context again.
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("important.tmp")), "x"));
        QVERIFY(*hashBuildContext(dir.path(), df) != first);
    }

    void dockerfileBaseImagesSkipStagesAndScratch()
    {
        const QByteArray dockerfile = "ARG BASE=x\n"
                                      "FROM mlops/python:3.11 AS build\n"
                                      "RUN true\n"
                                      "from --platform=linux/amd64 mlops/busybox:latest\n"
                                      "FROM build\n"
                                      "FROM scratch\n"
                                      "FROM ${BASE}\n";
        QCOMPARE(dockerfileBaseImages(dockerfile),
                 (QStringList{QStringLiteral("mlops/python:3.11"), QStringLiteral("mlops/busybox:latest")}));
    }
};

QTEST_GUILESS_MAIN(TestContainerRunSpec)
#include "tst_containerrunspec.moc"
