// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// `mlops serve`, `mlops invoke` and `mlops doctor` through the real binary: a model
// served under a runner answers invocations, Ctrl-C (SIGINT) stops it and nothing stays
// behind; a run's model artifact is served by its run id.

#include "core/runtime/containerengine.h"
#include "core/runtime/toolrunner.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <csignal>

using namespace mlops;

namespace {
QString demoInference()
{
    return QStringLiteral(MLOPS_SOURCE_DIR) + QStringLiteral("/resources/templates/demo/files/src/inference.py");
}

/** A running `mlops serve`, stopped with SIGINT like Ctrl-C. */
struct ServeProcess
{
    QProcess process;
    QString url;
    QByteArray out;

    bool start(const QStringList &args, const QString &workingDir = {})
    {
        process.setProgram(test::cliPath());
        process.setArguments(QStringList{QStringLiteral("serve")} + args);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        if (!workingDir.isEmpty())
            process.setWorkingDirectory(workingDir);
        process.start();
        if (!process.waitForStarted())
            return false;
        static const QRegularExpression serving(QStringLiteral("Serving .* at (http://\\S+)"));
        // Waits for the line the command prints once /ping answers (or for its end).
        while (process.state() == QProcess::Running || process.bytesAvailable() > 0) {
            process.waitForReadyRead(1000);
            out += process.readAllStandardOutput();
            const QRegularExpressionMatch m = serving.match(QString::fromUtf8(out));
            if (m.hasMatch()) {
                url = m.captured(1);
                return true;
            }
            if (process.state() == QProcess::NotRunning)
                break;
        }
        return false;
    }

    int interrupt(int signal = SIGINT)
    {
        ::kill(pid_t(process.processId()), signal);
        if (!process.waitForFinished(120000))
            return -100;
        out += process.readAllStandardOutput();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
};

bool portAnswers(const QString &url)
{
    const QUrl u(url);
    QTcpSocket socket;
    socket.connectToHost(u.host(), quint16(u.port()));
    return socket.waitForConnected(1000);
}

void addContainerRunnerRows()
{
    QTest::addColumn<QString>("runner");
    for (const QString &r : {QStringLiteral("docker"), QStringLiteral("podman")})
        QTest::newRow(qPrintable(r)) << r;
}

/** The studio's server containers of `runner` published on the port of `url`. */
QStringList serveContainersOn(const QString &runner, const QString &url)
{
    Result<QStringList> all = ContainerEngine::byName(runner)->listManagedContainers(
        QStringLiteral("org.mlopsstudio.kind=serve"));
    QStringList mine;
    const QString port = QStringLiteral("-%1-").arg(QUrl(url).port());
    for (const QString &name : all ? *all : QStringList()) {
        if (name.contains(port))
            mine.append(name);
    }
    return mine;
}
} // namespace

class TestServeCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_model;
    std::unique_ptr<test::TempWorkspace> m_demo;   ///< the demo workspace with one pipeline run
    QString m_demoRun;

private slots:
    void initTestCase()
    {
        m_model = m_dir.filePath(QStringLiteral("model"));
        const test::CommandResult made = test::runProgram(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral(MLOPS_TEST_DATA_DIR) + QStringLiteral("/make_breast_cancer_model.py"), m_model});
        MLOPS_REQUIRE(made.exitCode == 0, QStringLiteral("making the test model failed: ") + made.errText());
        // Bring your own model with its code inside, as SageMaker lays it out.
        QVERIFY(QFile::copy(demoInference(), m_model + QStringLiteral("/code/inference.py"))
                || (QDir().mkpath(m_model + QStringLiteral("/code"))
                    && QFile::copy(demoInference(), m_model + QStringLiteral("/code/inference.py"))));
    }

    void serveAndInvoke_data()
    {
        QTest::addColumn<QString>("runner");
        for (const QString &r : {QStringLiteral("process"), QStringLiteral("docker"), QStringLiteral("podman")})
            QTest::newRow(qPrintable(r)) << r;
    }

    void serveAndInvoke()
    {
        QFETCH(QString, runner);
        if (runner != QStringLiteral("process")) {
            const ContainerEngine engine = *ContainerEngine::byName(runner);
            MLOPS_REQUIRE(engine.detect().usable() && engine.hasImage(QStringLiteral("mlops/python:3.11")),
                          runner + QStringLiteral(" with mlops/python:3.11 is needed: run "
                                                  "packaging/container-engines.sh as root"));
        }
        ServeProcess serve;
        QVERIFY2(serve.start({m_model, QStringLiteral("--runner"), runner, QStringLiteral("--port"), QStringLiteral("0")}),
                 serve.out.constData());
        QVERIFY(serve.url.startsWith(QStringLiteral("http://127.0.0.1:")));

        const test::CommandResult ok = test::runCli(
            {QStringLiteral("invoke"), serve.url + QStringLiteral("/invocations"), QStringLiteral("--content-type"),
             QStringLiteral("text/csv"), QStringLiteral("--file"), m_dir.filePath(QStringLiteral("rows.csv"))});
        QCOMPARE(ok.exitCode, 0);
        const QJsonObject answer = QJsonDocument::fromJson(ok.out).object();
        const QJsonObject expected =
            QJsonDocument::fromJson(test::readFile(m_dir.filePath(QStringLiteral("expected.json")))).object();
        QCOMPARE(answer.value(QStringLiteral("predictions")).toArray(),
                 expected.value(QStringLiteral("predictions")).toArray());

        // The base URL means /invocations; --accept picks CSV.
        const QByteArray firstRow = test::readFile(m_dir.filePath(QStringLiteral("rows.csv"))).split('\n').at(1);
        const test::CommandResult csv = test::runCli(
            {QStringLiteral("invoke"), serve.url, QStringLiteral("-t"), QStringLiteral("text/csv"),
             QStringLiteral("--accept"), QStringLiteral("text/csv"), QStringLiteral("--body"), QString::fromUtf8(firstRow)});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("0,"));

        const test::CommandResult unsupported = test::runCli(
            {QStringLiteral("invoke"), serve.url, QStringLiteral("--content-type"), QStringLiteral("text/plain"),
             QStringLiteral("--body"), QStringLiteral("hello")});
        QCOMPARE(unsupported.exitCode, 1);
        QVERIFY(unsupported.errText().contains(QStringLiteral("HTTP 415")));
        QVERIFY(unsupported.errText().contains(QStringLiteral("unsupported content type 'text/plain'")));

        const test::CommandResult bad = test::runCli(
            {QStringLiteral("invoke"), serve.url, QStringLiteral("--content-type"), QStringLiteral("text/csv"),
             QStringLiteral("--body"), QStringLiteral("1,2")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.errText().contains(QStringLiteral("HTTP 400")));

        QCOMPARE(serve.interrupt(), 0);
        QVERIFY(serve.out.contains("Stopped."));
        QVERIFY(!portAnswers(serve.url));
        if (runner != QStringLiteral("process")) {
            Result<QStringList> left = ContainerEngine::byName(runner)->listManagedContainers(
                QStringLiteral("org.mlopsstudio.kind=serve"));
            QVERIFY(left.ok());
            QVERIFY2(left->isEmpty(), qPrintable(left->join(QLatin1Char(' '))));
        }
    }

    void hangupStopsTheServer_data()
    {
        addContainerRunnerRows();
    }

    void hangupStopsTheServer()
    {
        // A closed terminal (SIGHUP) stops the server as Ctrl-C does: its container goes.
        QFETCH(QString, runner);
        const ContainerEngine engine = *ContainerEngine::byName(runner);
        MLOPS_REQUIRE(engine.detect().usable() && engine.hasImage(QStringLiteral("mlops/python:3.11")),
                      runner + QStringLiteral(" with mlops/python:3.11 is needed: run "
                                              "packaging/container-engines.sh as root"));
        ServeProcess serve;
        QVERIFY2(serve.start({m_model, QStringLiteral("--runner"), runner, QStringLiteral("--port"), QStringLiteral("0")}),
                 serve.out.constData());
        QCOMPARE(serveContainersOn(runner, serve.url).size(), 1);
        QCOMPARE(serve.interrupt(SIGHUP), 0);
        QVERIFY(serve.out.contains("Stopped."));
        QVERIFY(!portAnswers(serve.url));
        QVERIFY(serveContainersOn(runner, serve.url).isEmpty());
    }

    void killedServeFreesItsPort_data()
    {
        addContainerRunnerRows();
    }

    void killedServeFreesItsPort()
    {
        // `mlops serve` killed outright: its companion removes the container, and the port
        // can be served again.
        QFETCH(QString, runner);
        const ContainerEngine engine = *ContainerEngine::byName(runner);
        MLOPS_REQUIRE(engine.detect().usable() && engine.hasImage(QStringLiteral("mlops/python:3.11")),
                      runner + QStringLiteral(" with mlops/python:3.11 is needed: run "
                                              "packaging/container-engines.sh as root"));
        ServeProcess first;
        QVERIFY2(first.start({m_model, QStringLiteral("--runner"), runner, QStringLiteral("--port"), QStringLiteral("0")}),
                 first.out.constData());
        const QString port = QString::number(QUrl(first.url).port());
        QCOMPARE(first.interrupt(SIGKILL), -1);
        QTRY_VERIFY_WITH_TIMEOUT(serveContainersOn(runner, first.url).isEmpty() && !portAnswers(first.url), 60000);

        ServeProcess second;
        QVERIFY2(second.start({m_model, QStringLiteral("--runner"), runner, QStringLiteral("--port"), port}),
                 second.out.constData());
        QCOMPARE(second.url, first.url);
        QCOMPARE(second.interrupt(), 0);
    }

    void imageServesNamesNoInferenceCode()
    {
        // The image's own server runs without the studio's code: the start line says so.
        const test::CommandResult r = test::runCli(
            {QStringLiteral("serve"), m_model, QStringLiteral("--runner"), QStringLiteral("docker"),
             QStringLiteral("--image-serves"), QStringLiteral("--image"), QStringLiteral("mlops/no-such-image:1"),
             QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.errText().contains(QStringLiteral("(runner docker, the image's own server)")), r.err.constData());
        QVERIFY2(!r.errText().contains(QStringLiteral("code:")), r.err.constData());
        QVERIFY2(!r.errText().contains(QStringLiteral("inference.py")), r.err.constData());
    }

    void missingFolderIsNamed()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("nonexist"));
        const test::CommandResult absolute = test::runCli({QStringLiteral("serve"), missing});
        QCOMPARE(absolute.exitCode, 2);
        QVERIFY2(absolute.errText().contains(QStringLiteral("no such folder: ") + missing), absolute.err.constData());
        QVERIFY2(!absolute.errText().contains(QStringLiteral("version")), absolute.err.constData());
        const test::CommandResult relative = test::runCli({QStringLiteral("serve"), QStringLiteral("./models/3")},
                                                          dir.path());
        QCOMPARE(relative.exitCode, 2);
        QVERIFY2(relative.errText().contains(QStringLiteral("no such folder: ") + dir.filePath(QStringLiteral("models/3"))),
                 relative.err.constData());
    }

    void servingOnABusyPortFails()
    {
        // Another model server holds the port: a clear error, exit 1, no "Serving" line,
        // and the first server keeps answering.
        ServeProcess first;
        QVERIFY2(first.start({m_model, QStringLiteral("--port"), QStringLiteral("0")}), first.out.constData());
        const QString port = QString::number(QUrl(first.url).port());
        const test::CommandResult second = test::runCli({QStringLiteral("serve"), m_model, QStringLiteral("--port"), port});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.errText().contains(QStringLiteral("port %1 is in use").arg(port)), second.err.constData());
        QVERIFY(!second.outText().contains(QStringLiteral("Serving")));
        const test::CommandResult ping = test::runCli(
            {QStringLiteral("invoke"), first.url, QStringLiteral("-t"), QStringLiteral("text/csv"), QStringLiteral("--file"),
             m_dir.filePath(QStringLiteral("rows.csv"))});
        QCOMPARE(ping.exitCode, 0);
        QCOMPARE(first.interrupt(), 0);
    }

    void invokeTimeoutSaysSo()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const test::CommandResult r = test::runCli(
            {QStringLiteral("invoke"), QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()), QStringLiteral("-t"),
             QStringLiteral("text/csv"), QStringLiteral("--body"), QStringLiteral("1"), QStringLiteral("--timeout"),
             QStringLiteral("2")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("timed out after 2 s without an answer")), r.err.constData());
    }

    void servesTheDemoPipelinesModel_data()
    {
        QTest::addColumn<QString>("runner");
        QTest::newRow("process") << QStringLiteral("process");
        QTest::newRow("docker") << QStringLiteral("docker");
    }

    void servesTheDemoPipelinesModel()
    {
        QFETCH(QString, runner);
        if (runner != QStringLiteral("process")) {
            const ContainerEngine engine = *ContainerEngine::byName(runner);
            MLOPS_REQUIRE(engine.detect().usable() && engine.hasImage(QStringLiteral("mlops/python:3.11")),
                          runner + QStringLiteral(" with mlops/python:3.11 is needed: run "
                                                  "packaging/container-engines.sh as root"));
        }
        if (!m_demo) {
            m_demo = std::make_unique<test::TempWorkspace>(QStringLiteral("demo"));
            QVERIFY2(m_demo->isValid(), qPrintable(m_demo->error()));
            const test::CommandResult run = test::runCli(
                {QStringLiteral("run"), QStringLiteral("pipelines/breast-cancer.yaml")}, m_demo->root(),
                QProcessEnvironment::systemEnvironment(), 600000);
            QVERIFY2(run.exitCode == 0, run.out.constData());
            const test::CommandResult runs = test::runCli({QStringLiteral("runs"), QStringLiteral("--json")},
                                                          m_demo->root());
            m_demoRun = QJsonDocument::fromJson(runs.out).array().first().toObject().value(QStringLiteral("id")).toString();
            QVERIFY(!m_demoRun.isEmpty());
        }
        // The pipeline execution's id prefix: its training step's model, from the cache,
        // answered by the workspace's src/inference.py.
        ServeProcess serve;
        QVERIFY2(serve.start({m_demoRun.left(8), QStringLiteral("--runner"), runner, QStringLiteral("--port"),
                              QStringLiteral("0")},
                             m_demo->root()),
                 serve.out.constData());
        const QList<QByteArray> lines = test::readFile(m_demo->path(QStringLiteral("data/breast_cancer.csv"))).split('\n');
        QByteArray rows;
        QList<int> targets;
        for (const QByteArray &line : lines.mid(1, 10)) {
            const QList<QByteArray> cells = line.split(',');
            rows += cells.mid(0, 30).join(',') + '\n';
            targets.append(cells.last().toInt());
        }
        const test::CommandResult ok = test::runCli({QStringLiteral("invoke"), serve.url, QStringLiteral("--content-type"),
                                                     QStringLiteral("text/csv"), QStringLiteral("--body"),
                                                     QString::fromUtf8(rows)});
        QCOMPARE(ok.exitCode, 0);
        const QJsonObject answer = QJsonDocument::fromJson(ok.out).object();
        const QJsonArray predictions = answer.value(QStringLiteral("predictions")).toArray();
        QCOMPARE(predictions.size(), 10);
        int right = 0;
        for (qsizetype i = 0; i < predictions.size(); ++i) {
            QVERIFY(predictions[i].toInt(-1) == 0 || predictions[i].toInt(-1) == 1);
            right += predictions[i].toInt() == targets[i] ? 1 : 0;
        }
        QVERIFY2(right >= 8, qPrintable(QString::number(right)));
        QCOMPARE(serve.interrupt(), 0);
        QVERIFY(!portAnswers(serve.url));

        const test::CommandResult unknown = test::runCli({QStringLiteral("serve"), QStringLiteral("ffffffff")},
                                                         m_demo->root());
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.errText().contains(QStringLiteral("neither a model folder nor a run")));
    }

    void usageErrors()
    {
        QCOMPARE(test::runCli({QStringLiteral("serve")}).exitCode, 2);
        QCOMPARE(test::runCli({QStringLiteral("serve"), m_model, QStringLiteral("--runner"), QStringLiteral("k8s")}).exitCode, 2);
        QCOMPARE(test::runCli({QStringLiteral("serve"), m_model, QStringLiteral("--port"), QStringLiteral("http")}).exitCode, 2);
        // Image options mean nothing to a process or sandbox server: refused, not ignored.
        for (const QString &runner : {QStringLiteral("process"), QStringLiteral("sandbox")}) {
            for (const QStringList &option : {QStringList{QStringLiteral("--image"), QStringLiteral("mlops/python:3.11")},
                                              QStringList{QStringLiteral("--image-serves")}}) {
                const test::CommandResult refused = test::runCli(
                    QStringList{QStringLiteral("serve"), m_model, QStringLiteral("--runner"), runner} + option);
                QCOMPARE(refused.exitCode, 2);
                QVERIFY2(refused.errText().contains(QStringLiteral("--image and --image-serves need the docker or "
                                                                   "podman runner; the %1 runner runs no image")
                                                        .arg(runner)),
                         refused.err.constData());
            }
        }
        QCOMPARE(test::runCli({QStringLiteral("invoke"), QStringLiteral("http://127.0.0.1:9")}).exitCode, 2);
        QCOMPARE(test::runCli({QStringLiteral("invoke"), QStringLiteral("http://127.0.0.1:9"), QStringLiteral("-t"),
                               QStringLiteral("text/csv")}).exitCode, 2);
        const test::CommandResult refused = test::runCli(
            {QStringLiteral("invoke"), QStringLiteral("http://127.0.0.1:9"), QStringLiteral("-t"),
             QStringLiteral("text/csv"), QStringLiteral("--body"), QStringLiteral("1")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.errText().contains(QStringLiteral("no answer from")));
    }

    void engineDownIsSaidAsRunSaysIt()
    {
        // No daemon behind DOCKER_HOST: the runner, the problem and the fix — not a failed `docker ps`.
        if (findProgram(QStringLiteral("docker")).isEmpty())
            QSKIP("the docker client is not installed");
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix://") + dir.filePath(QStringLiteral("none.sock")));
        const test::CommandResult down = test::runCli(
            {QStringLiteral("serve"), m_model, QStringLiteral("--runner"), QStringLiteral("docker"),
             QStringLiteral("--port"), QStringLiteral("0")},
            {}, env, 60000);
        QCOMPARE(down.exitCode, 1);
        const QString err = down.errText();
        QVERIFY2(err.contains(QStringLiteral("the docker runner cannot run containers: ")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Start the Docker engine: run ")), qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("docker ps")), qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("?.")), qPrintable(err));
        QVERIFY2(QFileInfo::exists(err.section(QStringLiteral("Start the Docker engine: run "), 1).section(QLatin1Char(' '), 0, 0)),
                 qPrintable(err));
    }

    void invokeFileIsRelativeToDashC()
    {
        // -C DIR: relative paths on the command line are relative to DIR, --file too.
        QTemporaryDir started;
        QTemporaryDir other;
        QVERIFY(test::writeFile(other.filePath(QStringLiteral("rows.csv")), "1,2\n"));
        const QStringList invoke{QStringLiteral("invoke"), QStringLiteral("http://127.0.0.1:9"), QStringLiteral("-t"),
                                 QStringLiteral("text/csv"), QStringLiteral("--file"), QStringLiteral("rows.csv")};
        const test::CommandResult inDir = test::runCli(QStringList{QStringLiteral("-C"), other.path()} + invoke,
                                                       started.path());
        QCOMPARE(inDir.exitCode, 1);
        QVERIFY2(inDir.errText().contains(QStringLiteral("connection refused")), inDir.err.constData());
        const test::CommandResult here = test::runCli(invoke, started.path());
        QCOMPARE(here.exitCode, 2);
        QVERIFY2(here.errText().contains(QStringLiteral("cannot read rows.csv")), here.err.constData());
    }

    void doctorReportsEveryCheck()
    {
        const test::CommandResult text = test::runCli({QStringLiteral("doctor")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.outText().contains(QStringLiteral("Workspace Python")));
        QVERIFY(text.outText().contains(QStringLiteral("Docker engine")));

        const test::CommandResult json = test::runCli({QStringLiteral("doctor"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(json.out).object();
        QVERIFY(report.value(QStringLiteral("usable")).toBool());
        QStringList ids;
        for (const QJsonValue &c : report.value(QStringLiteral("checks")).toArray()) {
            const QJsonObject check = c.toObject();
            ids << check.value(QStringLiteral("id")).toString();
            if (check.value(QStringLiteral("state")).toString() != QStringLiteral("ok"))
                QVERIFY2(!check.value(QStringLiteral("fix")).toString().isEmpty(), qPrintable(ids.last()));
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("docker"), QStringLiteral("podman"), QStringLiteral("bubblewrap"),
                                   QStringLiteral("python"), QStringLiteral("python-packages"),
                                   QStringLiteral("jupyter-kernels")}));
        QCOMPARE(report.value(QStringLiteral("engines")).toArray().size(), 2);
        if (test::isCi()) {
            // CI starts both engines (packaging/container-engines.sh).
            for (const QJsonValue &e : report.value(QStringLiteral("engines")).toArray())
                QVERIFY2(e.toObject().value(QStringLiteral("running")).toBool(),
                         qPrintable(e.toObject().value(QStringLiteral("problem")).toString()));
        }

        // A missing interpreter is the one thing that makes the studio unusable.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MLOPS_PYTHON"), QStringLiteral("/nonexistent/python3"));
        const test::CommandResult broken = test::runCli({QStringLiteral("doctor")}, m_dir.path(), env);
        QCOMPARE(broken.exitCode, 1);
        QVERIFY(broken.outText().contains(QStringLiteral("fix:")));
    }

    void doctorSaysWhenTheDefaultImageIsMissing()
    {
        const ContainerEngine podman = ContainerEngine::podman();
        MLOPS_REQUIRE(podman.detect().usable() && podman.hasImage(ContainerRunSpec::defaultImage()),
                      QStringLiteral("podman with mlops/python:3.11 is needed: run packaging/container-engines.sh"));
        auto podmanCheck = [](const test::CommandResult &result) {
            for (const QJsonValue &c : QJsonDocument::fromJson(result.out).object().value(QStringLiteral("checks")).toArray()) {
                if (c.toObject().value(QStringLiteral("id")).toString() == QStringLiteral("podman"))
                    return c.toObject();
            }
            return QJsonObject();
        };
        const QJsonObject present = podmanCheck(test::runCli({QStringLiteral("doctor"), QStringLiteral("--json")}));
        QCOMPARE(present.value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
        QVERIFY2(present.value(QStringLiteral("detail")).toString().contains(QStringLiteral("image mlops/python:3.11 present")),
                 qPrintable(present.value(QStringLiteral("detail")).toString()));

        // The same engine with an empty image store: running, but the demo cannot run in it.
        QTemporaryDir storage;
        QVERIFY(test::writeFile(storage.filePath(QStringLiteral("storage.conf")),
                                QStringLiteral("[storage]\ndriver = \"vfs\"\ngraphroot = \"%1/graph\"\n"
                                               "runroot = \"%1/run\"\n")
                                    .arg(storage.path())
                                    .toUtf8()));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CONTAINERS_STORAGE_CONF"), storage.filePath(QStringLiteral("storage.conf")));
        const test::CommandResult empty = test::runCli({QStringLiteral("doctor"), QStringLiteral("--json")}, m_dir.path(), env);
        // And a server in it says what is missing and what creates it; nothing is served.
        const test::CommandResult serve = test::runCli({QStringLiteral("serve"), m_model, QStringLiteral("--runner"),
                                                        QStringLiteral("podman"), QStringLiteral("--port"),
                                                        QStringLiteral("0")},
                                                       m_dir.path(), env);
        QCOMPARE(serve.exitCode, 2);
        QVERIFY2(serve.errText().contains(QStringLiteral("image not found locally: mlops/python:3.11")),
                 serve.err.constData());
        QVERIFY2(serve.errText().contains(QStringLiteral("container-engines.sh, run as root, creates it")),
                 serve.err.constData());
        QVERIFY2(!serve.outText().contains(QStringLiteral("Serving")), serve.out.constData());
        QCOMPARE(empty.exitCode, 0);   // the process runner still works
        const QJsonObject missing = podmanCheck(empty);
        QCOMPARE(missing.value(QStringLiteral("state")).toString(), QStringLiteral("warning"));
        QVERIFY2(missing.value(QStringLiteral("detail")).toString().contains(QStringLiteral("no image mlops/python:3.11")),
                 qPrintable(missing.value(QStringLiteral("detail")).toString()));
        QVERIFY2(missing.value(QStringLiteral("fix")).toString().contains(QStringLiteral("container-engines.sh")),
                 qPrintable(missing.value(QStringLiteral("fix")).toString()));
    }
};

QTEST_GUILESS_MAIN(TestServeCli)
#include "tst_servecli.moc"
