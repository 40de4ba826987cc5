// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/serving/modelserver.h"

#include "core/runtime/childprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <csignal>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::ModelServer)
};

/** Why a request got no HTTP answer, in words (Qt's "Operation canceled" is a timeout here). */
QString transportError(const QNetworkReply &reply, const QUrl &url, int timeoutMs, bool *timedOut)
{
    const QString where = QStringLiteral("%1:%2").arg(url.host()).arg(url.port(80));
    switch (reply.error()) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        *timedOut = true;
        return Text::tr("timed out after %1 s without an answer").arg(QString::number(timeoutMs / 1000.0, 'g', 3));
    case QNetworkReply::ConnectionRefusedError:
        return Text::tr("connection refused: nothing listens on %1").arg(where);
    case QNetworkReply::RemoteHostClosedError:
        return Text::tr("the server at %1 closed the connection without an answer").arg(where);
    case QNetworkReply::HostNotFoundError:
        return Text::tr("host not found: %1").arg(url.host());
    default:
        return reply.errorString();
    }
}
} // namespace

HttpReply httpRequest(const QUrl &url, const QByteArray &method, const QByteArray &body,
                      const QString &contentType, const QString &accept, int timeoutMs)
{
    HttpReply result;
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!accept.isEmpty())
        request.setRawHeader("Accept", accept.toUtf8());
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    if (reply->isReadable())
        result.body = reply->readAll();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    result.headers = reply->rawHeaderPairs();
    if (result.status == 0)
        result.error = transportError(*reply, url, timeoutMs, &result.timedOut);
    reply->deleteLater();
    return result;
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ModelServer::ModelServer(ServeSpec spec) : m_spec(std::move(spec)) {}

ModelServer::~ModelServer()
{
    stop();
}

QUrl ModelServer::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    const QString host = m_spec.host == QStringLiteral("0.0.0.0") ? QStringLiteral("127.0.0.1") : m_spec.host;
    u.setHost(host);
    u.setPort(m_spec.port);
    return u;
}

bool ModelServer::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

Status ModelServer::start(const QString &logFile)
{
    if (isRunning())
        return {};
    // A server whose `mlops serve` died (kill -9, a closed terminal) may still hold the
    // port: its container goes first, so the port check sees only living owners.
    if (const std::optional<ContainerEngine> engine = ContainerEngine::byName(m_spec.runner)) {
        // An engine that is down is said as `mlops run` says it, not as a failed `ps`.
        if (const EngineStatus status = engine->detect(); !status.usable())
            return Error{status.explanation()};
        if (Result<QStringList> leftovers = engine->cleanupLeftovers(); !leftovers)
            return leftovers.error();
    }
    if (m_spec.port == 0)
        m_spec.port = pickFreePort(m_spec.host);
    else if (!isPortFree(m_spec.host, m_spec.port))
        return portInUse();
    // A new identity per start: the container's name and the id /ping answers with.
    m_spec.instance = QUuid::createUuid().toString(QUuid::Id128).left(8);
    m_spec.environment.insert(kServerIdVariable, m_spec.instance);
    Result<ServeLaunch> launch = ServeRunnerRegistry::instance().launch(m_spec);
    if (!launch)
        return launch.error();
    m_launch = *launch;
    m_logFile = logFile;
    m_starts = 0;
    return startProcess();
}

Status ModelServer::startProcess()
{
    ++m_starts;
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(m_launch.program);
    QStringList arguments = m_launch.arguments;
    m_process->setProcessEnvironment(m_launch.environment);
    if (!m_launch.workingDirectory.isEmpty())
        m_process->setWorkingDirectory(m_launch.workingDirectory);
    m_process->setStandardInputFile(QProcess::nullDevice());
    if (m_logFile.isEmpty()) {
        m_process->setProcessChannelMode(QProcess::ForwardedChannels);
    } else {
        m_process->setStandardOutputFile(m_logFile, QIODevice::Append);
        m_process->setStandardErrorFile(m_logFile, QIODevice::Append);
    }
    if (m_launch.bubblewrap) {
        m_bwrapStatus = std::make_unique<BwrapStatus>();
        arguments = m_bwrapStatus->arguments() + arguments;
        m_bwrapStatus->prepare(*m_process);
    } else {
        startInOwnProcessGroup(*m_process);
    }
    m_process->setArguments(arguments);
    m_process->start();
    const bool started = m_process->waitForStarted(30000);
    if (m_bwrapStatus)
        m_bwrapStatus->closeWriteEnd();
    if (!started) {
        const QString reason = m_process->errorString();
        m_process.reset();
        return Error{Text::tr("cannot start the model server (%1): %2").arg(m_launch.program, reason)};
    }
    return {};
}

bool ModelServer::setUpFailed()
{
    if (!m_bwrapStatus || m_process->exitStatus() != QProcess::NormalExit || m_process->exitCode() != 1
        || m_bwrapStatus->commandRan())
        return false;
    // With a log, bwrap's own words tell a set-up that failed ("bwrap: Can't bind mount…")
    // from a server program it could not execute ("bwrap: execvp…"), which stays missing.
    if (m_logFile.isEmpty())
        return true;
    QFile log(m_logFile);
    if (!log.open(QIODevice::ReadOnly))
        return true;
    if (log.size() > 4096)
        log.seek(log.size() - 4096);
    return log.readAll().contains("bwrap: Can't ");
}

Status ModelServer::waitUntilHealthy(int timeoutMs, const std::function<bool()> &cancelled)
{
    if (!m_process)
        return Error{Text::tr("the model server was not started")};
    QUrl ping = url();
    ping.setPath(QStringLiteral("/ping"));
    QElapsedTimer clock;
    clock.start();
    QString last;
    for (;;) {
        if (m_process->state() == QProcess::NotRunning || m_process->waitForFinished(0)) {
            // A container engine's mount that came or went while bubblewrap copied the
            // mount tree: the same start again, a moment later.
            if (m_starts < BwrapStatus::kAttempts && setUpFailed()) {
                QThread::msleep(200);
                if (Status s = startProcess(); !s)
                    return s;
                continue;
            }
            return Error{Text::tr("the model server exited (code %1) before it answered %2%3")
                             .arg(m_process->exitCode())
                             .arg(ping.toString(),
                                  m_logFile.isEmpty() ? QString() : Text::tr("; see %1").arg(m_logFile))};
        }
        if (cancelled && cancelled())
            return Error{Text::tr("cancelled while waiting for the model server")};
        // SageMaker's health check: each ping must answer within 2 seconds.
        const HttpReply reply = httpRequest(ping, "GET", {}, {}, {}, 2000);
        if (reply.status == 200) {
            const QByteArray id = reply.header(kServerIdHeader);
            // The stock server names itself; a BYOC server cannot, so it must still be
            // running a moment after the answer (one that could not bind has exited).
            if (!m_spec.imageServes && id != m_spec.instance.toUtf8())
                return portInUse();
            if (m_spec.imageServes && m_process->waitForFinished(1000))
                return portInUse();
            return {};
        }
        last = reply.status ? QStringLiteral("HTTP %1").arg(reply.status) : reply.error;
        if (clock.elapsed() > timeoutMs) {
            return Error{Text::tr("the model server did not answer %1 within %2 s (last: %3)")
                             .arg(ping.toString())
                             .arg(timeoutMs / 1000)
                             .arg(last)};
        }
        m_process->waitForFinished(200);
    }
}

Error ModelServer::portInUse() const
{
    return Error{Text::tr("port %1 is in use on %2: another program listens there; choose another port "
                          "(0 picks a free one)")
                     .arg(m_spec.port)
                     .arg(m_spec.host)};
}

bool ModelServer::ownsContainer() const
{
    const Result<QByteArray> label = m_launch.engine->client(
        {QStringLiteral("container"), QStringLiteral("inspect"), QStringLiteral("--format"),
         QStringLiteral("{{index .Config.Labels \"%1\"}}").arg(ContainerRunSpec::instanceLabel()),
         m_launch.containerName},
        60000);
    return label && !m_spec.instance.isEmpty() && label->trimmed() == m_spec.instance.toUtf8();
}

void ModelServer::stop(int graceMs)
{
    if (!m_process)
        return;
    // Only a container this server started is stopped and removed: one of the same name
    // belongs to someone else (the start then failed on the name).
    if (m_launch.engine && !m_launch.containerName.isEmpty() && ownsContainer()) {
        // The engine delivers SIGTERM to the server and SIGKILL after the grace period.
        static_cast<void>(m_launch.engine->stop(m_launch.containerName, (graceMs + 999) / 1000));
        if (!m_process->waitForFinished(30000))
            signalProcessGroup(m_process->processId(), SIGKILL);
        m_process->waitForFinished(5000);
        static_cast<void>(m_launch.engine->remove(m_launch.containerName));
    } else if (isRunning()) {
        // The process runners, and the client of a container that never started.
        const qint64 pgid = m_process->processId();
        signalProcessGroup(pgid, SIGTERM);
        if (!m_process->waitForFinished(graceMs))
            signalProcessGroup(pgid, SIGKILL);
        m_process->waitForFinished(5000);
        // Whatever the server left in its group (a sandbox's inner processes) goes too,
        // and is gone before stop() returns: the port is free afterwards.
        QElapsedTimer clock;
        clock.start();
        while (processGroupExists(pgid) && clock.elapsed() < 5000) {
            signalProcessGroup(pgid, SIGKILL);
            QThread::msleep(20);
        }
    }
    m_process.reset();
}

} // namespace mlops
