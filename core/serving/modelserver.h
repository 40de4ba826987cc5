// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/serving/servelaunch.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QProcess;

namespace mlops {

class BwrapStatus;

/**
 * One running model server (SageMaker's inference contract, DESIGN.md §5): starts it
 * with a serve runner, waits until `GET /ping` answers, stops it cleanly (SIGTERM, then
 * SIGKILL after a grace period; a container is stopped and removed). The building block
 * of `mlops serve` and of local deployments. Blocking calls: use from the CLI or a
 * worker thread. The server is stopped when this object is destroyed.
 */
class ModelServer
{
public:
    /** SageMaker gives a container four minutes to answer /ping after its start. */
    static constexpr int kStartupLimitMs = 4 * 60 * 1000;

    explicit ModelServer(ServeSpec spec);
    ~ModelServer();
    ModelServer(const ModelServer &) = delete;
    ModelServer &operator=(const ModelServer &) = delete;

    /**
     * Starts the server. Its output goes to `logFile` when given (appended), else to this
     * program's stdout and stderr. A port another program listens on is an error before
     * anything starts.
     */
    Status start(const QString &logFile = {});
    /**
     * Polls /ping (2 s per ping) until this server answers 200, the server exits,
     * `timeoutMs` passes or `cancelled` returns true. A 200 from another program on the
     * port (the stock server says who it is in a header; a BYOC server must still be
     * running after it answered) is the error "port N is in use".
     */
    Status waitUntilHealthy(int timeoutMs = kStartupLimitMs, const std::function<bool()> &cancelled = {});
    /** Stops the server and, for containers, removes the container. Idempotent. */
    void stop(int graceMs = 10000);

    bool isRunning() const;
    /** The base URL, e.g. http://127.0.0.1:8080 */
    QUrl url() const;
    const ServeSpec &spec() const { return m_spec; }
    QString containerName() const { return m_launch.containerName; }
    /** The server process (the container client for container runners); null before start(). */
    QProcess *process() const { return m_process.get(); }

private:
    /** True when the container of this name is the one this server started. */
    bool ownsContainer() const;
    Error portInUse() const;
    /** Starts the launch's process (again, after a sandbox that could not be set up). */
    Status startProcess();
    /** Whether the server that just exited was a sandbox whose set-up failed. */
    bool setUpFailed();

    ServeSpec m_spec;
    ServeLaunch m_launch;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<BwrapStatus> m_bwrapStatus;
    int m_starts = 0;
    QString m_logFile;
};

/** One GET or POST against a server, for health checks and `mlops invoke`. */
struct HttpReply
{
    int status = 0;          ///< 0 when there was no HTTP answer
    QString reason;          ///< the reason phrase (Not Found, Unsupported Media Type…)
    QByteArray body;
    QString contentType;
    QString error;           ///< transport error (refused, reset, timed out), in words
    bool timedOut = false;   ///< no complete answer within the timeout
    QList<QPair<QByteArray, QByteArray>> headers;  ///< the answer's headers, as sent

    /** A header's value (case-insensitive name); empty when absent. */
    QByteArray header(const QByteArray &name) const;
};

/** Blocking HTTP request with a timeout; runs a local event loop. */
HttpReply httpRequest(const QUrl &url, const QByteArray &method, const QByteArray &body = {},
                      const QString &contentType = {}, const QString &accept = {}, int timeoutMs = 60000);

} // namespace mlops
