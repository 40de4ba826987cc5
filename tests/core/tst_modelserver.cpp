// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// The stock model server (SageMaker's inference contract) with the demo's inference.py
// and a breast-cancer model, under each runner: /ping, /invocations with CSV and JSON
// rows (predictions equal the model's own), 415/400/500 with messages, a clean stop.

#include "core/common/processinfo.h"
#include "core/runtime/containerengine.h"
#include "core/serving/modelserver.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>

using namespace mlops;

namespace {
const QString kImage = QStringLiteral("mlops/python:3.11");

QString demoInference()
{
    return QStringLiteral(MLOPS_SOURCE_DIR) + QStringLiteral("/resources/templates/demo/files/src/inference.py");
}

QJsonObject jsonOf(const QByteArray &data)
{
    return QJsonDocument::fromJson(data).object();
}

QList<int> intsOf(const QJsonArray &array)
{
    QList<int> values;
    for (const QJsonValue &v : array)
        values.append(v.toInt(-1));
    return values;
}

bool portAnswers(const QUrl &url)
{
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port()));
    return socket.waitForConnected(1000);
}
} // namespace

class TestModelServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_model;
    QByteArray m_rowsCsv;          ///< header + 20 rows
    QList<int> m_expected;         ///< the model's own predictions for them
    QStringList m_features;
    QList<QList<double>> m_rows;

    std::unique_ptr<ModelServer> startServer(const QString &runner, const QString &program)
    {
        ServeSpec spec;
        spec.modelDir = m_model;
        spec.runner = runner;
        spec.port = 0;
        spec.program = program;
        spec.image = kImage;
        spec.name = QStringLiteral("test-") + runner;
        auto server = std::make_unique<ModelServer>(spec);
        const QString log = m_dir.filePath(runner + QStringLiteral(".log"));
        Status started = server->start(log);
        if (!started)
            qWarning("%s", qPrintable(started.error().toString()));
        Status healthy = started ? server->waitUntilHealthy(ModelServer::kStartupLimitMs) : started;
        if (!healthy) {
            qWarning("%s\n%s", qPrintable(healthy.error().toString()), test::readFile(log).constData());
            return nullptr;
        }
        return server;
    }

    HttpReply invoke(const ModelServer &server, const QByteArray &body, const QString &type,
                     const QString &accept = {})
    {
        QUrl url = server.url();
        url.setPath(QStringLiteral("/invocations"));
        return httpRequest(url, "POST", body, type, accept, 60000);
    }

    void requireRunner(const QString &runner)
    {
        if (runner == QStringLiteral("docker") || runner == QStringLiteral("podman")) {
            const ContainerEngine engine = *ContainerEngine::byName(runner);
            MLOPS_REQUIRE(engine.detect().usable() && engine.hasImage(kImage),
                          runner + QStringLiteral(" with mlops/python:3.11 is needed: run "
                                                  "packaging/container-engines.sh as root"));
        }
        if (runner == QStringLiteral("sandbox"))
            MLOPS_REQUIRE(QFileInfo::exists(QStringLiteral("/usr/bin/bwrap")),
                          QStringLiteral("bubblewrap is needed: apt-get install bubblewrap"));
    }

private slots:
    void initTestCase()
    {
        MLOPS_REQUIRE(QFileInfo::exists(QStringLiteral("/usr/bin/python3")),
                      QStringLiteral("/usr/bin/python3 with scikit-learn is needed"));
        m_model = m_dir.filePath(QStringLiteral("model"));
        const test::CommandResult made = test::runProgram(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral(MLOPS_TEST_DATA_DIR) + QStringLiteral("/make_breast_cancer_model.py"), m_model});
        MLOPS_REQUIRE(made.exitCode == 0, QStringLiteral("making the test model failed (python3-sklearn?): ")
                                              + made.errText());
        m_rowsCsv = test::readFile(m_dir.filePath(QStringLiteral("rows.csv")));
        m_expected = intsOf(jsonOf(test::readFile(m_dir.filePath(QStringLiteral("expected.json"))))
                                .value(QStringLiteral("predictions"))
                                .toArray());
        QCOMPARE(m_expected.size(), 20);
        QVERIFY(m_expected.contains(0) && m_expected.contains(1));
        const QList<QByteArray> lines = m_rowsCsv.trimmed().split('\n');
        for (const QByteArray &name : lines.first().split(','))
            m_features.append(QString::fromUtf8(name));
        QCOMPARE(m_features.size(), 30);
        for (const QByteArray &line : lines.mid(1)) {
            QList<double> row;
            for (const QByteArray &v : line.split(','))
                row.append(v.toDouble());
            m_rows.append(row);
        }
    }

    void serves_data()
    {
        QTest::addColumn<QString>("runner");
        for (const QString &r : {QStringLiteral("process"), QStringLiteral("sandbox"), QStringLiteral("docker"),
                                 QStringLiteral("podman")})
            QTest::newRow(qPrintable(r)) << r;
    }

    void serves()
    {
        QFETCH(QString, runner);
        requireRunner(runner);
        std::unique_ptr<ModelServer> server = startServer(runner, demoInference());
        QVERIFY(server);

        QUrl ping = server->url();
        ping.setPath(QStringLiteral("/ping"));
        const HttpReply pong = httpRequest(ping, "GET");
        QCOMPARE(pong.status, 200);
        QVERIFY(pong.body.isEmpty());

        // CSV with its header, predictions as JSON.
        HttpReply reply = invoke(*server, m_rowsCsv, QStringLiteral("text/csv"), QStringLiteral("application/json"));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.contentType.startsWith(QStringLiteral("application/json")));
        QJsonObject answer = jsonOf(reply.body);
        QCOMPARE(intsOf(answer.value(QStringLiteral("predictions")).toArray()), m_expected);
        QCOMPARE(answer.value(QStringLiteral("probabilities")).toArray().size(), 20);
        QCOMPARE(answer.value(QStringLiteral("labels")).toArray().first().toString(), QStringLiteral("malignant"));

        // CSV without a header, CSV back: one line per row, the label first.
        const QByteArray headerless = m_rowsCsv.mid(m_rowsCsv.indexOf('\n') + 1);
        reply = invoke(*server, headerless, QStringLiteral("text/csv"), QStringLiteral("text/csv"));
        QCOMPARE(reply.status, 200);
        QList<int> csvLabels;
        for (const QByteArray &line : reply.body.trimmed().split('\n'))
            csvLabels.append(line.split(',').first().toInt());
        QCOMPARE(csvLabels, m_expected);

        // JSON instances, and a list of objects keyed by feature name.
        QJsonArray instances;
        QJsonArray objects;
        for (const QList<double> &row : m_rows) {
            QJsonArray values;
            QJsonObject named;
            for (qsizetype i = 0; i < row.size(); ++i) {
                values.append(row[i]);
                named.insert(m_features[i], row[i]);
            }
            instances.append(values);
            objects.append(named);
        }
        reply = invoke(*server, QJsonDocument(QJsonObject{{QStringLiteral("instances"), instances}}).toJson(),
                       QStringLiteral("application/json"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(intsOf(jsonOf(reply.body).value(QStringLiteral("predictions")).toArray()), m_expected);
        reply = invoke(*server, QJsonDocument(objects).toJson(), QStringLiteral("application/json; charset=utf-8"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(intsOf(jsonOf(reply.body).value(QStringLiteral("predictions")).toArray()), m_expected);

        // Bad requests.
        reply = invoke(*server, "<rows/>", QStringLiteral("application/xml"));
        QCOMPARE(reply.status, 415);
        QVERIFY(reply.body.contains("unsupported content type 'application/xml'"));
        reply = invoke(*server, "{not json", QStringLiteral("application/json"));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.body.contains("invalid JSON"));
        reply = invoke(*server, "1,2,3\n", QStringLiteral("text/csv"));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.body.contains("each row needs 30 feature values, got 3"));
        reply = invoke(*server, headerless, QStringLiteral("text/csv"), QStringLiteral("application/x-npy"));
        QCOMPARE(reply.status, 406);

        const QUrl url = server->url();
        const QString container = server->containerName();
        server->stop();
        QVERIFY(!server->isRunning());
        QVERIFY(!portAnswers(url));
        if (!container.isEmpty())
            QVERIFY(!ContainerEngine::byName(runner)->containerExists(container));
    }

    void handlerErrorIs500WithItsMessage()
    {
        QTemporaryDir code;
        QVERIFY(test::writeFile(code.filePath(QStringLiteral("inference.py")),
                                "import json\n"
                                "def model_fn(model_dir):\n"
                                "    return 'model'\n"
                                "def input_fn(body, content_type):\n"
                                "    return json.loads(body)\n"
                                "def predict_fn(data, model):\n"
                                "    raise RuntimeError('the model exploded on %d rows' % len(data))\n"));
        std::unique_ptr<ModelServer> server = startServer(QStringLiteral("process"),
                                                          code.filePath(QStringLiteral("inference.py")));
        QVERIFY(server);
        const HttpReply reply = invoke(*server, "[[1, 2], [3, 4]]", QStringLiteral("application/json"));
        QCOMPARE(reply.status, 500);
        QCOMPARE(reply.body, QByteArray("the model exploded on 2 rows"));
        // The input stage maps ValueError to 400.
        const HttpReply bad = invoke(*server, "[", QStringLiteral("application/json"));
        QCOMPARE(bad.status, 400);
    }

    void defaultHandlersServeAJoblibModel()
    {
        // Bring your own model without code: model.joblib, CSV rows in, JSON out.
        std::unique_ptr<ModelServer> server = startServer(QStringLiteral("process"), QString());
        QVERIFY(server);
        const QByteArray headerless = m_rowsCsv.mid(m_rowsCsv.indexOf('\n') + 1);
        const HttpReply reply = invoke(*server, headerless, QStringLiteral("text/csv"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(intsOf(jsonOf(reply.body).value(QStringLiteral("predictions")).toArray()), m_expected);
        QCOMPARE(invoke(*server, "x", QStringLiteral("image/png")).status, 415);
    }

    void failingModelFnIsReportedAtStart()
    {
        QTemporaryDir code;
        QVERIFY(test::writeFile(code.filePath(QStringLiteral("inference.py")),
                                "def model_fn(model_dir):\n    raise IOError('weights are corrupt')\n"));
        ServeSpec spec;
        spec.modelDir = m_model;
        spec.port = 0;
        spec.program = code.filePath(QStringLiteral("inference.py"));
        ModelServer server(spec);
        const QString log = m_dir.filePath(QStringLiteral("failing.log"));
        QVERIFY(server.start(log).ok());
        Status healthy = server.waitUntilHealthy(60000);
        QVERIFY(!healthy.ok());
        QVERIFY(healthy.error().message.contains(QStringLiteral("exited")));
        QVERIFY(test::readFile(log).contains("weights are corrupt"));
    }

    void secondServerOfOneModelLeavesTheFirstAlone_data()
    {
        QTest::addColumn<QString>("runner");
        for (const QString &r : {QStringLiteral("process"), QStringLiteral("docker"), QStringLiteral("podman")})
            QTest::newRow(qPrintable(r)) << r;
    }

    void secondServerOfOneModelLeavesTheFirstAlone()
    {
        QFETCH(QString, runner);
        requireRunner(runner);
        // Two servers of one model (one run id): each container has its own name.
        std::unique_ptr<ModelServer> first = startServer(runner, demoInference());
        QVERIFY(first);
        std::unique_ptr<ModelServer> second = startServer(runner, demoInference());
        QVERIFY(second);
        QVERIFY(first->url() != second->url());
        QCOMPARE(first->containerName().isEmpty(), runner == QStringLiteral("process"));
        if (!first->containerName().isEmpty())
            QVERIFY(first->containerName() != second->containerName());
        second->stop();

        // A third on the first one's port fails before starting anything, and its stop()
        // touches nothing of the first.
        ServeSpec spec = first->spec();
        ModelServer third(spec);
        const Status started = third.start(m_dir.filePath(QStringLiteral("third.log")));
        QVERIFY(!started.ok());
        QCOMPARE(started.error().message,
                 QStringLiteral("port %1 is in use on 127.0.0.1: another program listens there; choose another "
                                "port (0 picks a free one)")
                     .arg(spec.port));
        QVERIFY(!started.error().isBadInput());
        third.stop();

        QUrl ping = first->url();
        ping.setPath(QStringLiteral("/ping"));
        const HttpReply pong = httpRequest(ping, "GET");
        QCOMPARE(pong.status, 200);
        QVERIFY(!pong.header("x-mlops-server-id").isEmpty());
        if (!first->containerName().isEmpty())
            QVERIFY(ContainerEngine::byName(runner)->containerExists(first->containerName()));
        first->stop();
    }

    void orphanedServerOnThePortIsRemovedFirst_data()
    {
        QTest::addColumn<QString>("runner");
        for (const QString &r : {QStringLiteral("docker"), QStringLiteral("podman")})
            QTest::newRow(qPrintable(r)) << r;
    }

    void orphanedServerOnThePortIsRemovedFirst()
    {
        QFETCH(QString, runner);
        requireRunner(runner);
        const ContainerEngine engine = *ContainerEngine::byName(runner);
        // A server container whose `mlops serve` was killed outright still holds the port.
        ServeSpec spec;
        spec.modelDir = m_model;
        spec.runner = runner;
        spec.port = pickFreePort(spec.host);
        spec.image = kImage;
        spec.program = demoInference();
        spec.name = QStringLiteral("orphan-") + runner;
        spec.instance = QStringLiteral("orphan");
        Result<ServeLaunch> orphan = ServeRunnerRegistry::instance().launch(spec);
        QVERIFY2(orphan.ok(), orphan.ok() ? "" : qPrintable(orphan.error().toString()));
        QStringList args = orphan->arguments;
        const qsizetype owner = args.indexOf(QStringLiteral("org.mlopsstudio.owner=") + currentOwnerLabel());
        QVERIFY(owner > 0);
        // Its owner lives until the port is taken, so no other program's cleanup removes
        // it before this test has seen it hold the port; then the owner dies.
        QProcess ownerProcess;
        ownerProcess.start(QStringLiteral("sleep"), {QStringLiteral("300")});
        QVERIFY(ownerProcess.waitForStarted());
        const qint64 ownerPid = ownerProcess.processId();
        args[owner] = QStringLiteral("org.mlopsstudio.owner=%1:%2").arg(ownerPid).arg(processStartTime(ownerPid));
        args.insert(1, QStringLiteral("-d"));
        QVERIFY(engine.client(args).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!isPortFree(spec.host, spec.port), 30000);
        ownerProcess.kill();
        QVERIFY(ownerProcess.waitForFinished(5000));

        // A new server on that port removes it first and serves.
        ServeSpec next = spec;
        next.name = QStringLiteral("test-") + runner;
        next.instance.clear();
        ModelServer server(next);
        Status started = server.start(m_dir.filePath(QStringLiteral("orphan-%1.log").arg(runner)));
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().toString()));
        Status healthy = server.waitUntilHealthy(ModelServer::kStartupLimitMs);
        QVERIFY2(healthy.ok(), healthy.ok() ? "" : qPrintable(healthy.error().toString()));
        QVERIFY(!engine.containerExists(orphan->containerName));
        server.stop();
    }

    void imageServerOnPort8080IsPublished_data()
    {
        orphanedServerOnThePortIsRemovedFirst_data();
    }

    void imageServerOnPort8080IsPublished()
    {
        QFETCH(QString, runner);
        requireRunner(runner);
        const ContainerEngine engine = *ContainerEngine::byName(runner);
        // SageMaker's contract: the server listens on 8080 in the container, whatever
        // SAGEMAKER_BIND_TO_PORT says; the host's port is published to it.
        QTemporaryDir context;
        QVERIFY(test::writeFile(context.filePath(QStringLiteral("Dockerfile")),
                                "FROM mlops/busybox:latest\n"
                                "RUN mkdir -p /www && echo ok > /www/ping && printf '#!/bin/sh\\nexec httpd -f -p "
                                "0.0.0.0:8080 -h /www\\n' > /bin/serve && chmod +x /bin/serve\n"));
        Result<ImageInfo> image = engine.buildImage({context.path(), {}, QStringLiteral("serve-8080"), {}});
        QVERIFY2(image.ok(), image.ok() ? "" : qPrintable(image.error().toString()));
        ServeSpec spec;
        spec.modelDir = m_model;
        spec.runner = runner;
        spec.port = 0;
        spec.image = image->reference;
        spec.imageServes = true;
        spec.name = QStringLiteral("byoc-") + runner;
        ModelServer server(spec);
        Status started = server.start(m_dir.filePath(QStringLiteral("byoc-%1.log").arg(runner)));
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().toString()));
        Status healthy = server.waitUntilHealthy(60000);
        QVERIFY2(healthy.ok(), healthy.ok() ? ""
                                            : qPrintable(healthy.error().toString() + QLatin1Char('\n')
                                                         + QString::fromUtf8(test::readFile(m_dir.filePath(
                                                             QStringLiteral("byoc-%1.log").arg(runner))))));
        QVERIFY(server.url().toString().startsWith(QStringLiteral("http://127.0.0.1:")));
        server.stop();
        QVERIFY(!portAnswers(server.url()));
    }

    void requestEdgeCases()
    {
        std::unique_ptr<ModelServer> server = startServer(QStringLiteral("process"), demoInference());
        QVERIFY(server);
        const QByteArray headerless = m_rowsCsv.mid(m_rowsCsv.indexOf('\n') + 1);

        // Accept lists with q-values: the best supported type.
        HttpReply reply = invoke(*server, headerless, QStringLiteral("text/csv"),
                                 QStringLiteral("application/json, text/csv;q=0.5"));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.contentType.startsWith(QStringLiteral("application/json")));
        reply = invoke(*server, headerless, QStringLiteral("text/csv"),
                       QStringLiteral("application/json;q=0.2, text/csv;q=0.9"));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.contentType.startsWith(QStringLiteral("text/csv")));
        reply = invoke(*server, headerless, QStringLiteral("text/csv"), QStringLiteral("text/*"));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.contentType.startsWith(QStringLiteral("text/csv")));

        // Over the 6 MB limit: 413 with the reason, not a reset connection.
        reply = invoke(*server, QByteArray(7 * 1024 * 1024, '1'), QStringLiteral("text/csv"));
        QCOMPARE(reply.status, 413);
        QCOMPARE(reply.body, QByteArray("payload larger than 6 MB"));
        // The server lives on.
        QCOMPARE(invoke(*server, headerless, QStringLiteral("text/csv")).status, 200);

        // A chunked body is decoded.
        QTcpSocket socket;
        socket.connectToHost(server->url().host(), quint16(server->url().port()));
        QVERIFY(socket.waitForConnected(5000));
        QByteArray request = "POST /invocations HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n"
                             "Accept: text/csv\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
        const qsizetype half = headerless.size() / 2;
        for (const QByteArray &chunk : {headerless.left(half), headerless.mid(half)})
            request += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
        request += "0\r\n\r\n";
        socket.write(request);
        QByteArray answer;
        while (socket.waitForReadyRead(10000))
            answer += socket.readAll();
        answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(200).constData());
        const QByteArray csv = answer.mid(answer.indexOf("\r\n\r\n") + 4);
        QCOMPARE(csv.trimmed().split('\n').size(), 20);
    }

    void transportErrorsAreNamed()
    {
        // A server that never answers: the timeout is said as such.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QUrl url(QStringLiteral("http://127.0.0.1/invocations"));
        url.setPort(silent.serverPort());
        HttpReply reply = httpRequest(url, "POST", "1", QStringLiteral("text/csv"), {}, 1000);
        QCOMPARE(reply.status, 0);
        QVERIFY(reply.timedOut);
        QCOMPARE(reply.error, QStringLiteral("timed out after 1 s without an answer"));

        // One that closes the connection without a word.
        QTcpServer rude;
        QVERIFY(rude.listen(QHostAddress::LocalHost));
        connect(&rude, &QTcpServer::newConnection, &rude, [&rude] {
            while (QTcpSocket *s = rude.nextPendingConnection()) {
                s->waitForReadyRead(1000);
                s->abort();
                s->deleteLater();
            }
        });
        url.setPort(rude.serverPort());
        reply = httpRequest(url, "POST", "1", QStringLiteral("text/csv"), {}, 5000);
        QCOMPARE(reply.status, 0);
        QVERIFY(!reply.timedOut);
        QVERIFY2(reply.error.contains(QStringLiteral("closed the connection without an answer")),
                 qPrintable(reply.error));
        const quint16 closedPort = rude.serverPort();
        rude.close();
        url.setPort(closedPort);
        reply = httpRequest(url, "POST", "1", QStringLiteral("text/csv"), {}, 5000);
        QCOMPARE(reply.error, QStringLiteral("connection refused: nothing listens on 127.0.0.1:%1").arg(closedPort));
    }

    void sandboxThatCouldNotBeSetUpStartsAgain()
    {
        requireRunner(QStringLiteral("sandbox"));
        const QString bwrap = m_dir.filePath(QStringLiteral("flaky/bwrap"));
        QVERIFY(test::writeFlakyBwrap(bwrap, 2));
        qputenv("MLOPS_BWRAP", QFile::encodeName(bwrap));
        const auto restore = qScopeGuard([] { qunsetenv("MLOPS_BWRAP"); });
        std::unique_ptr<ModelServer> server = startServer(QStringLiteral("sandbox"), demoInference());
        QVERIFY(server);
        // Two set-ups lost to a mount that changed, then the server that answers.
        QCOMPARE(test::flakyBwrapCalls(bwrap), 3);
        HttpReply reply = invoke(*server, m_rowsCsv, QStringLiteral("text/csv"), QStringLiteral("application/json"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(intsOf(jsonOf(reply.body).value(QStringLiteral("predictions")).toArray()), m_expected);
        server->stop();
        QVERIFY(!server->isRunning());
    }

    void unknownRunnerAndMissingModelAreBadInput()
    {
        ServeSpec spec;
        spec.modelDir = m_model;
        spec.runner = QStringLiteral("kubernetes");
        Result<ServeLaunch> launch = ServeRunnerRegistry::instance().launch(spec);
        QVERIFY(!launch.ok());
        QVERIFY(launch.error().isBadInput());
        spec.runner = QStringLiteral("process");
        spec.modelDir = m_dir.filePath(QStringLiteral("nope"));
        launch = ServeRunnerRegistry::instance().launch(spec);
        QVERIFY(!launch.ok());
        QVERIFY(launch.error().message.contains(QStringLiteral("model folder not found")));
    }
};

QTEST_GUILESS_MAIN(TestModelServer)
#include "tst_modelserver.moc"
