// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// The Jupyter client against a real IPython kernel (Debian's python3-ipykernel).

#include "core/notebook/jupytermessage.h"
#include "core/notebook/kernelclient.h"
#include "core/notebook/kernelspec.h"
#include "core/notebook/loggedvalue.h"
#include "core/notebook/messagesigner.h"
#include "core/notebook/outputaccumulator.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest/QtTest>

#include <csignal>
#include <thread>

using namespace mlops;

namespace {

bool haveIpykernel()
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import ipykernel")});
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

/** Everything one execution produced, as a front end would keep it. */
struct Collected
{
    QJsonArray outputs;
    QStringList types;
    QString text() const
    {
        QString all;
        for (const QJsonValue &o : outputs)
            all += o.toObject().value(QStringLiteral("text")).toString();
        return all;
    }
};

Result<ExecuteReply> run(KernelClient &kernel, const QString &code, Collected &into,
                         const KernelClient::InputHandler &onInput = {})
{
    auto accumulator = std::make_shared<OutputAccumulator>([&into](const QString &) { return &into.outputs; });
    ExecuteRequest request;
    request.code = code;
    return kernel.execute(
        request,
        [&into, accumulator](const JupyterMessage &m) {
            into.types.append(m.msgType());
            accumulator->apply(QStringLiteral("cell"), m);
        },
        onInput);
}

/**
 * Runs `code` right after an error or an interrupt. ipykernel aborts the requests that
 * reach it while it still stops on that error (a short window that a loaded machine can
 * hit), as JupyterLab shows for cells queued behind a failing one; such a request is
 * sent again.
 */
Result<ExecuteReply> runAfterError(KernelClient &kernel, const QString &code, Collected &into)
{
    Result<ExecuteReply> reply = run(kernel, code, into);
    for (int attempt = 0; attempt < 5 && reply && reply->status == ExecuteReply::Status::Aborted; ++attempt) {
        QThread::msleep(200);
        into = Collected();
        reply = run(kernel, code, into);
    }
    return reply;
}

} // namespace

class TestKernelClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signsAndChecksMessages();
    void streamTextJoinsImmediateOrDeferred();
    void findsKernelspecsOnJupyterPath();
    void executesAndStreams();
    void displaysAndUpdatesDisplays();
    void reportsErrors();
    void interruptsSleepWithSignal();
    void interruptsSleepWithMessage();
    void restartsWithFreshState();
    void answersInput();
    void publishesLoggedMetrics();
    void reportsKernelKilledDuringExecution();
    void reportsKernelThatExits();
    void reportsKernelWithoutHeartbeat();
    void reportsKernelThatCannotStart();

private:
    KernelSpec m_spec;
};

void TestKernelClient::initTestCase()
{
    MLOPS_REQUIRE(haveIpykernel(), QStringLiteral("/usr/bin/python3 cannot import ipykernel (apt install python3-ipykernel)"));
    Result<KernelSpec> spec = KernelSpecs::find(QStringLiteral("python3"));
    QVERIFY2(spec, qPrintable(spec ? QString() : spec.error().message));
    m_spec = *spec;
}

void TestKernelClient::streamTextJoinsImmediateOrDeferred()
{
    const auto stream = [](const char *name, const char *text) {
        return JupyterMessage::create(QStringLiteral("stream"),
                                      QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                                                  {QStringLiteral("text"), QLatin1String(text)}},
                                      QStringLiteral("s"));
    };
    for (const bool deferred : {false, true}) {
        QJsonArray outputs;
        OutputAccumulator acc([&outputs](const QString &) { return &outputs; });
        acc.setDeferStreams(deferred);
        acc.apply(QStringLiteral("c"), stream("stdout", "a\n"));
        const QList<OutputChange> joined = acc.apply(QStringLiteral("c"), stream("stdout", "b\n"));
        QCOMPARE(joined.size(), 1);
        QCOMPARE(joined.first().kind, OutputChange::Kind::Updated);
        // Immediate: the output has the text at once; deferred: after flush (or the next other output).
        QCOMPARE(outputs.at(0).toObject().value(QStringLiteral("text")).toString(),
                 deferred ? QStringLiteral("a\n") : QStringLiteral("a\nb\n"));
        acc.apply(QStringLiteral("c"), stream("stderr", "e\n"));
        acc.apply(QStringLiteral("c"), stream("stderr", "f\n"));
        acc.apply(QStringLiteral("c"), stream("stdout", "c\n"));
        acc.flush();
        QCOMPARE(outputs.size(), 3);
        QCOMPARE(outputs.at(0).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("a\nb\n"));
        QCOMPARE(outputs.at(1).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("e\nf\n"));
        QCOMPARE(outputs.at(2).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("c\n"));
    }
}

void TestKernelClient::signsAndChecksMessages()
{
    const MessageSigner signer(QByteArrayLiteral("secret-key"));
    JupyterMessage m = JupyterMessage::create(QStringLiteral("execute_request"),
                                              {{QStringLiteral("code"), QStringLiteral("1+1")}},
                                              QStringLiteral("session"));
    const QByteArrayList frames = m.toFrames(signer);
    Result<JupyterMessage> back = JupyterMessage::fromFrames(frames, signer);
    QVERIFY(back);
    QCOMPARE(back->msgType(), QStringLiteral("execute_request"));
    QCOMPARE(back->content.value(QStringLiteral("code")).toString(), QStringLiteral("1+1"));
    QCOMPARE(back->header.value(QStringLiteral("version")).toString(), QStringLiteral("5.3"));

    // The signature is HMAC-SHA256 of the four JSON frames, as hex (known answer from Python's hmac).
    const QByteArray digest = signer.sign({QByteArrayLiteral("{}"), QByteArrayLiteral("{}"),
                                           QByteArrayLiteral("{}"), QByteArrayLiteral("{}")});
    QCOMPARE(digest, QByteArrayLiteral("ed938433830cf3f1301eacc1147257c443a07966cfb32eda112e8d7f6fe37dd6"));

    QByteArrayList tampered = frames;
    tampered[tampered.size() - 1] = QByteArrayLiteral("{\"code\":\"import os\"}");
    QVERIFY(!JupyterMessage::fromFrames(tampered, signer));
    QVERIFY(!JupyterMessage::fromFrames(frames, MessageSigner(QByteArrayLiteral("other-key"))));
}

void TestKernelClient::findsKernelspecsOnJupyterPath()
{
    QTemporaryDir dir;
    QVERIFY(test::writeFile(dir.filePath(QStringLiteral("kernels/python3/kernel.json")),
                            R"({"argv": ["/bin/true", "{connection_file}"], "display_name": "Shadowing Python",
                                "language": "python", "interrupt_mode": "message"})"));
    QVERIFY(test::writeFile(dir.filePath(QStringLiteral("kernels/Broken/kernel.json")), "{not json"));
    qputenv("JUPYTER_PATH", dir.path().toUtf8());
    QCOMPARE(KernelSpecs::dataDirectories().first(), QDir::cleanPath(dir.path()));
    QVERIFY(KernelSpecs::dataDirectories().endsWith(QStringLiteral("/usr/share/jupyter")));
    const QList<KernelSpec> specs = KernelSpecs::discover();
    qunsetenv("JUPYTER_PATH");
    const auto python = std::find_if(specs.begin(), specs.end(),
                                     [](const KernelSpec &s) { return s.name == QStringLiteral("python3"); });
    QVERIFY(python != specs.end());
    QCOMPARE(python->displayName, QStringLiteral("Shadowing Python"));
    QCOMPARE(python->interruptMode, KernelSpec::InterruptMode::Message);
    QCOMPARE(python->commandLine(QStringLiteral("/tmp/c.json")).last(), QStringLiteral("/tmp/c.json"));
    QVERIFY(std::none_of(specs.begin(), specs.end(), [](const KernelSpec &s) { return s.name == QStringLiteral("broken"); }));

    Result<KernelSpec> missing = KernelSpecs::find(QStringLiteral("no-such-kernel"));
    QVERIFY(!missing);
    QVERIFY(missing.error().message.contains(QStringLiteral("python3")));
}

void TestKernelClient::executesAndStreams()
{
    KernelClient kernel(m_spec);
    QVERIFY2(kernel.start(), qPrintable(kernel.deathReason()));
    QCOMPARE(kernel.state(), KernelState::Idle);
    QCOMPARE(kernel.kernelInfo().value(QStringLiteral("language_info")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("python"));

    Collected c;
    Result<ExecuteReply> reply = run(kernel, QStringLiteral("import sys\nprint('hello')\nprint('world')\n"
                                                            "print('oops', file=sys.stderr)\n6 * 7"), c);
    QVERIFY2(reply, qPrintable(reply ? QString() : reply.error().message));
    QCOMPARE(reply->status, ExecuteReply::Status::Ok);
    QCOMPARE(reply->executionCount, 1);
    QVERIFY(c.types.contains(QStringLiteral("stream")));
    QVERIFY(c.types.contains(QStringLiteral("execute_result")));
    // stdout lines join into one output; stderr is another.
    const QJsonObject first = c.outputs.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("stdout"));
    QCOMPARE(first.value(QStringLiteral("text")).toString(), QStringLiteral("hello\nworld\n"));
    bool sawStderr = false;
    QString result;
    for (const QJsonValue &o : c.outputs) {
        sawStderr |= o.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("stderr");
        if (o.toObject().value(QStringLiteral("output_type")).toString() == QStringLiteral("execute_result"))
            result = o.toObject().value(QStringLiteral("data")).toObject().value(QStringLiteral("text/plain")).toString();
    }
    QVERIFY(sawStderr);
    QCOMPARE(result, QStringLiteral("42"));

    Collected second;
    reply = run(kernel, QStringLiteral("x = 1"), second);
    QVERIFY(reply);
    QCOMPARE(reply->executionCount, 2);
    QVERIFY(second.outputs.isEmpty());
    QVERIFY(kernel.shutdown());
    QCOMPARE(kernel.state(), KernelState::Stopped);
}

void TestKernelClient::displaysAndUpdatesDisplays()
{
    KernelClient kernel(m_spec);
    QVERIFY(kernel.start());
    Collected c;
    Result<ExecuteReply> reply = run(kernel, QStringLiteral(
        "from IPython.display import display, clear_output, HTML\n"
        "h = display('first', display_id=True)\n"
        "display(HTML('<b>bold</b>'))\n"
        "h.update('second')\n"), c);
    QVERIFY(reply);
    QVERIFY(c.types.contains(QStringLiteral("update_display_data")));
    QCOMPARE(c.outputs.size(), 2);
    QCOMPARE(c.outputs.at(0).toObject().value(QStringLiteral("data")).toObject().value(QStringLiteral("text/plain")).toString(),
             QStringLiteral("'second'"));
    QCOMPARE(c.outputs.at(1).toObject().value(QStringLiteral("data")).toObject().value(QStringLiteral("text/html")).toString(),
             QStringLiteral("<b>bold</b>"));

    Collected cleared;
    reply = run(kernel, QStringLiteral("print('gone')\nclear_output()\nprint('kept')\n"
                                       "clear_output(wait=True)\nprint('last')"), cleared);
    QVERIFY(reply);
    QVERIFY(cleared.types.contains(QStringLiteral("clear_output")));
    QCOMPARE(cleared.text(), QStringLiteral("last\n"));
}

void TestKernelClient::reportsErrors()
{
    KernelClient kernel(m_spec);
    QVERIFY(kernel.start());
    Collected c;
    Result<ExecuteReply> reply = run(kernel, QStringLiteral("def f():\n    return 1 / 0\nf()"), c);
    QVERIFY(reply);
    QCOMPARE(reply->status, ExecuteReply::Status::Error);
    QCOMPARE(reply->ename, QStringLiteral("ZeroDivisionError"));
    QVERIFY(!reply->traceback.isEmpty());
    QVERIFY(c.types.contains(QStringLiteral("error")));
    const QJsonObject error = c.outputs.last().toObject();
    QCOMPARE(error.value(QStringLiteral("output_type")).toString(), QStringLiteral("error"));
    QVERIFY(error.value(QStringLiteral("traceback")).toArray().size() >= 2);
    // The kernel lives on.
    Collected after;
    Result<ExecuteReply> next = runAfterError(kernel, QStringLiteral("print(2)"), after);
    QVERIFY(next);
    QCOMPARE(next->status, ExecuteReply::Status::Ok);
    QCOMPARE(after.text(), QStringLiteral("2\n"));
}

void TestKernelClient::interruptsSleepWithSignal()
{
    KernelClient kernel(m_spec);
    QVERIFY(kernel.start());
    Collected c;
    ExecuteRequest request;
    request.code = QStringLiteral("import time\nprint('sleeping', flush=True)\ntime.sleep(120)\nprint('woke up')");
    std::thread interrupter;
    Result<ExecuteReply> reply = kernel.execute(request, [&](const JupyterMessage &m) {
        c.types.append(m.msgType());
        if (m.msgType() == QStringLiteral("stream") && !interrupter.joinable()) {
            // From another thread, as the studio's Interrupt button does.
            interrupter = std::thread([&kernel] { kernel.interrupt(); });
        }
    });
    interrupter.join();
    QVERIFY(reply);
    QCOMPARE(reply->status, ExecuteReply::Status::Error);
    QCOMPARE(reply->ename, QStringLiteral("KeyboardInterrupt"));
    // The kernel lives on and computes. (An expression's result, not print(): right after
    // a SIGINT, ipykernel 6.17's buffered stdout can reach iopub after the idle status.)
    Collected after;
    Result<ExecuteReply> next = runAfterError(kernel, QStringLiteral("6 * 7"), after);
    QVERIFY(next);
    QCOMPARE(next->status, ExecuteReply::Status::Ok);
    QCOMPARE(after.outputs.last().toObject().value(QStringLiteral("data")).toObject()
                 .value(QStringLiteral("text/plain")).toString(), QStringLiteral("42"));
}

void TestKernelClient::interruptsSleepWithMessage()
{
    KernelSpec spec = m_spec;
    spec.interruptMode = KernelSpec::InterruptMode::Message;
    KernelClient kernel(spec);
    QVERIFY(kernel.start());
    ExecuteRequest request;
    request.code = QStringLiteral("import time\nprint('sleeping', flush=True)\ntime.sleep(120)");
    bool asked = false;
    Result<ExecuteReply> reply = kernel.execute(request, [&](const JupyterMessage &m) {
        if (m.msgType() == QStringLiteral("stream") && !asked) {
            asked = true;
            kernel.interrupt();
        }
    });
    QVERIFY(reply);
    QCOMPARE(reply->ename, QStringLiteral("KeyboardInterrupt"));
}

void TestKernelClient::restartsWithFreshState()
{
    KernelClient kernel(m_spec);
    QVERIFY(kernel.start());
    Collected c;
    QVERIFY(run(kernel, QStringLiteral("secret = 41"), c));
    const qint64 firstPid = kernel.pid();
    QVERIFY(kernel.restart());
    QCOMPARE(kernel.state(), KernelState::Idle);
    QVERIFY(kernel.pid() != firstPid);
    Collected after;
    Result<ExecuteReply> reply = run(kernel, QStringLiteral("secret"), after);
    QVERIFY(reply);
    QCOMPARE(reply->ename, QStringLiteral("NameError"));
    QCOMPARE(reply->executionCount, 1);
}

void TestKernelClient::answersInput()
{
    KernelClient kernel(m_spec);
    QVERIFY(kernel.start());
    Collected c;
    QString prompt;
    Result<ExecuteReply> reply = run(kernel, QStringLiteral("name = input('Your name? ')\nprint('Hello,', name)"), c,
                                     [&](const InputRequest &request) {
                                         prompt = request.prompt;
                                         kernel.sendInput(QStringLiteral("Ada"));
                                     });
    QVERIFY(reply);
    QCOMPARE(reply->status, ExecuteReply::Status::Ok);
    QCOMPARE(prompt, QStringLiteral("Your name? "));
    QVERIFY2(c.text().contains(QStringLiteral("Hello, Ada")), qPrintable(c.text()));

    // Without anyone to answer, input() fails in the kernel instead of blocking it.
    Collected headless;
    ExecuteRequest request;
    request.code = QStringLiteral("input('?')");
    request.allowStdin = false;
    reply = kernel.execute(request, {});
    QVERIFY(reply);
    QCOMPARE(reply->status, ExecuteReply::Status::Error);
}

void TestKernelClient::publishesLoggedMetrics()
{
    KernelClient kernel(m_spec);
    QVERIFY(kernel.start());
    QList<LoggedValue> values;
    ExecuteRequest request;
    request.code = QStringLiteral("import mlops_studio\nmlops_studio.log_param('model', 'forest')\n"
                                  "for i in range(3):\n    mlops_studio.log_metric('loss', 1.0 / (i + 1))");
    Result<ExecuteReply> reply = kernel.execute(request, [&](const JupyterMessage &m) {
        if (auto v = LoggedValue::fromMimeBundle(m.content.value(QStringLiteral("data")).toObject()))
            values.append(*v);
    });
    QVERIFY(reply);
    QCOMPARE(reply->status, ExecuteReply::Status::Ok);
    QCOMPARE(values.size(), 4);
    QCOMPARE(values.at(0).kind, LoggedValue::Kind::Param);
    QCOMPARE(values.at(0).text, QStringLiteral("forest"));
    QCOMPARE(values.at(3).name, QStringLiteral("loss"));
    QCOMPARE(values.at(3).step, 2);
    QCOMPARE(values.at(3).value, 1.0 / 3);
}

void TestKernelClient::reportsKernelKilledDuringExecution()
{
    KernelClient kernel(m_spec);
    QVERIFY(kernel.start());
    ExecuteRequest request;
    request.code = QStringLiteral("import time\nprint('working', flush=True)\ntime.sleep(120)");
    const qint64 pid = kernel.pid();
    Result<ExecuteReply> reply = kernel.execute(request, [&](const JupyterMessage &m) {
        if (m.msgType() == QStringLiteral("stream"))
            ::kill(pid_t(pid), SIGKILL);
    });
    QVERIFY(!reply);
    QCOMPARE(kernel.state(), KernelState::Dead);
    QVERIFY2(reply.error().message.contains(QStringLiteral("died")), qPrintable(reply.error().message));
    QVERIFY2(reply.error().message.contains(QStringLiteral("signal 9")), qPrintable(reply.error().message));
    // Later calls fail at once with the same reason, and a restart brings it back.
    Collected c;
    QVERIFY(!run(kernel, QStringLiteral("1"), c));
    const Status restarted = kernel.restart();
    QVERIFY2(restarted, qPrintable(restarted ? QString() : restarted.error().message));
    QVERIFY(run(kernel, QStringLiteral("1"), c));
}

void TestKernelClient::reportsKernelThatExits()
{
    KernelClient kernel(m_spec);
    QVERIFY(kernel.start());
    Collected c;
    Result<ExecuteReply> reply = run(kernel, QStringLiteral("import os\nos._exit(3)"), c);
    QVERIFY(!reply);
    QVERIFY2(reply.error().message.contains(QStringLiteral("exited with code 3")), qPrintable(reply.error().message));
    QCOMPARE(kernel.state(), KernelState::Dead);
}

void TestKernelClient::reportsKernelWithoutHeartbeat()
{
    KernelOptions options;
    options.heartbeatIntervalMs = 200;
    options.heartbeatTimeoutMs = 1500;
    KernelClient kernel(m_spec, options);
    QVERIFY(kernel.start());
    // A frozen kernel: the process exists but answers nothing.
    ::kill(pid_t(kernel.pid()), SIGSTOP);
    Status alive = kernel.poll(30000, {});
    QVERIFY(!alive);
    QVERIFY2(alive.error().message.contains(QStringLiteral("heartbeat")), qPrintable(alive.error().message));
    QCOMPARE(kernel.state(), KernelState::Dead);
}

void TestKernelClient::reportsKernelThatCannotStart()
{
    KernelSpec failing = m_spec;
    failing.argv = {QStringLiteral("/usr/bin/python3"), QStringLiteral("-c"),
                    QStringLiteral("import sys; print('no kernel here', file=sys.stderr); sys.exit(5)")};
    KernelClient kernel(failing);
    Status started = kernel.start();
    QVERIFY(!started);
    QVERIFY2(started.error().message.contains(QStringLiteral("exited with code 5")), qPrintable(started.error().message));
    QVERIFY2(started.error().message.contains(QStringLiteral("no kernel here")), qPrintable(started.error().message));

    KernelSpec missing = m_spec;
    missing.argv = {QStringLiteral("/nonexistent/python"), QStringLiteral("{connection_file}")};
    KernelClient none(missing);
    QVERIFY(!none.start());
    QCOMPARE(none.state(), KernelState::Dead);
}

QTEST_GUILESS_MAIN(TestKernelClient)
#include "tst_kernelclient.moc"
