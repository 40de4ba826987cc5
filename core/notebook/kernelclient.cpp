// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/notebook/kernelclient.h"

#include "core/notebook/connectioninfo.h"
#include "core/notebook/kernelchannels.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMutexLocker>
#include <QUuid>

#include <chrono>
#include <sys/eventfd.h>
#include <unistd.h>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::KernelClient)
};

constexpr int kPollSliceMs = 100;         // longest wait before liveness is checked again
constexpr int kAliveCheckEveryMs = 50;
constexpr int kIdleAfterReplyMs = 3000;   // iopub may trail the reply; nbclient waits as long
constexpr int kKernelInfoRetryMs = 500;   // resend until iopub is connected (slow joiner)

qint64 nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

Error cancelledError()
{
    return Error{Text::tr("cancelled")};
}

ExecuteReply parseExecuteReply(const QJsonObject &content)
{
    ExecuteReply reply;
    reply.content = content;
    const QString status = content.value(QStringLiteral("status")).toString();
    reply.status = status == QStringLiteral("ok")      ? ExecuteReply::Status::Ok
                   : status == QStringLiteral("error") ? ExecuteReply::Status::Error
                                                       : ExecuteReply::Status::Aborted;
    reply.executionCount = content.value(QStringLiteral("execution_count")).toInt();
    reply.ename = content.value(QStringLiteral("ename")).toString();
    reply.evalue = content.value(QStringLiteral("evalue")).toString();
    for (const QJsonValue &line : content.value(QStringLiteral("traceback")).toArray())
        reply.traceback.append(line.toString());
    return reply;
}
} // namespace

KernelClient::KernelClient(KernelSpec spec, KernelOptions options)
    : m_spec(std::move(spec)), m_options(std::move(options)),
      m_session(QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_channels(std::make_unique<KernelChannels>())
{
    m_wakeFd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
}

KernelClient::~KernelClient()
{
    const KernelState s = m_state.load();
    if (s == KernelState::Idle || s == KernelState::Busy)
        (void)shutdown();
    stopProcess();
    if (m_wakeFd >= 0)
        ::close(m_wakeFd);
}

QString KernelClient::deathReason() const
{
    QMutexLocker lock(&m_mutex);
    return m_deathReason;
}

void KernelClient::interrupt()
{
    if (m_spec.interruptMode == KernelSpec::InterruptMode::Signal) {
        m_process.interrupt();
        return;
    }
    QMutexLocker lock(&m_mutex);
    m_interruptRequested = true;
    const quint64 one = 1;
    (void)::write(m_wakeFd, &one, sizeof one);
}

void KernelClient::sendInput(const QString &value)
{
    QMutexLocker lock(&m_mutex);
    m_inputs.append(value);
    const quint64 one = 1;
    (void)::write(m_wakeFd, &one, sizeof one);
}

void KernelClient::cancel()
{
    m_cancelled = true;
    const quint64 one = 1;
    (void)::write(m_wakeFd, &one, sizeof one);
}

Status KernelClient::start()
{
    m_cancelled = false;
    {
        QMutexLocker lock(&m_mutex);
        m_deathReason.clear();
        m_inputs.clear();
        m_interruptRequested = false;
    }
    m_hasInputRequest = false;
    m_heartbeatArmed = false;
    m_pingOutstanding = false;
    stopProcess();
    m_state = KernelState::Starting;

    Result<ConnectionInfo> info = ConnectionInfo::allocate();
    if (!info)
        return declareDead(info.error().message);
    info->kernelName = m_spec.name;
    if (Status s = m_process.start(m_spec, *info, m_options.launch); !s)
        return declareDead(s.error().message);
    if (Status s = m_channels->connect(*info, m_session.toUtf8()); !s)
        return declareDead(s.error().message);

    // kernel_info until the shell answers, iopub carries a message for one of them and
    // stdin and control have shaken hands (see KernelChannels::peersReady):
    // a SUB socket only receives what is published after it has connected.
    QStringList ids;
    bool replied = false;
    bool published = false;
    auto requestInfo = [&]() -> Status {
        const JupyterMessage request = JupyterMessage::create(QStringLiteral("kernel_info_request"), {}, m_session);
        ids.append(request.msgId());
        return m_channels->send(KernelChannels::Shell, request);
    };
    Hooks hooks;
    hooks.shell = [&](const JupyterMessage &m) {
        if (m.msgType() == QStringLiteral("kernel_info_reply") && ids.contains(m.parentId())) {
            replied = true;
            m_kernelInfo = m.content;
        }
    };
    hooks.iopub = [&](const JupyterMessage &m) {
        if (ids.contains(m.parentId()))
            published = true;
    };
    if (Status s = requestInfo(); !s)
        return declareDead(s.error().message);
    const qint64 started = nowMs();
    qint64 lastRequest = started;
    while (!(replied && published && m_channels->peersReady())) {
        const qint64 now = nowMs();
        if (now - started > m_options.startupTimeoutMs) {
            return declareDead(Text::tr("The kernel '%1' did not answer within %2 s of starting.")
                                   .arg(m_spec.name)
                                   .arg(m_options.startupTimeoutMs / 1000));
        }
        if (replied && now - lastRequest > kKernelInfoRetryMs) {
            if (Status s = requestInfo(); !s)
                return declareDead(s.error().message);
            lastRequest = now;
        }
        if (Status s = pump(kPollSliceMs, hooks); !s)
            return s.error();
    }
    m_heartbeatArmed = true;
    m_pingOutstanding = false;
    m_pingSentMs = 0;
    m_state = KernelState::Idle;
    return {};
}

Result<ExecuteReply> KernelClient::execute(const ExecuteRequest &request, const MessageHandler &onOutput,
                                           const InputHandler &onInput)
{
    if (m_cancelled)
        return cancelledError();
    const KernelState state = m_state.load();
    if (state == KernelState::Dead)
        return Error{deathReason()};
    if (state != KernelState::Idle && state != KernelState::Busy)
        return Error{Text::tr("the kernel is not running")};

    QJsonObject content;
    content.insert(QStringLiteral("code"), request.code);
    content.insert(QStringLiteral("silent"), request.silent);
    content.insert(QStringLiteral("store_history"), request.storeHistory);
    content.insert(QStringLiteral("user_expressions"), QJsonObject());
    content.insert(QStringLiteral("allow_stdin"), request.allowStdin && bool(onInput));
    content.insert(QStringLiteral("stop_on_error"), request.stopOnError);
    const JupyterMessage message = JupyterMessage::create(QStringLiteral("execute_request"), content, m_session);
    const QString id = message.msgId();
    if (Status s = m_channels->send(KernelChannels::Shell, message); !s)
        return s.error();
    m_state = KernelState::Busy;

    bool replied = false;
    bool idle = false;
    qint64 lastActivity = 0;
    ExecuteReply reply;
    Hooks hooks;
    hooks.shell = [&](const JupyterMessage &m) {
        if (m.parentId() == id && m.msgType() == QStringLiteral("execute_reply")) {
            reply = parseExecuteReply(m.content);
            replied = true;
            lastActivity = nowMs();
        }
    };
    hooks.iopub = [&](const JupyterMessage &m) {
        if (m.parentId() != id)
            return;
        lastActivity = nowMs();
        const QString type = m.msgType();
        if (type == QStringLiteral("status")) {
            if (m.content.value(QStringLiteral("execution_state")).toString() == QStringLiteral("idle"))
                idle = true;
            return;
        }
        if (type == QStringLiteral("execute_input"))
            return;
        if (onOutput)
            onOutput(m);
    };
    hooks.stdinChannel = [&](const JupyterMessage &m) {
        if (m.msgType() != QStringLiteral("input_request"))
            return;
        if (!onInput) {
            sendInput(QString());
            return;
        }
        onInput(InputRequest{m.content.value(QStringLiteral("prompt")).toString(),
                             m.content.value(QStringLiteral("password")).toBool()});
    };

    while (!(replied && idle)) {
        // The reply came but the idle status got lost: do not wait forever for it.
        if (replied && nowMs() - lastActivity > kIdleAfterReplyMs)
            break;
        if (Status s = pump(kPollSliceMs, hooks); !s)
            return s.error();
    }
    m_state = KernelState::Idle;
    return reply;
}

Status KernelClient::poll(int timeoutMs, const MessageHandler &onOutput)
{
    const KernelState state = m_state.load();
    if (state == KernelState::Dead)
        return Error{deathReason()};
    if (state != KernelState::Idle && state != KernelState::Busy)
        return {};
    Hooks hooks;
    hooks.iopub = [&](const JupyterMessage &m) {
        const QString type = m.msgType();
        if (type != QStringLiteral("status") && type != QStringLiteral("execute_input") && onOutput)
            onOutput(m);
    };
    const qint64 until = nowMs() + timeoutMs;
    do {
        const int slice = int(qBound(qint64(0), until - nowMs(), qint64(kPollSliceMs)));
        if (Status s = pump(slice, hooks); !s)
            return s;
    } while (nowMs() < until);
    return {};
}

Status KernelClient::restart()
{
    if (Status s = shutdown(); !s)
        return s;
    return start();
}

Status KernelClient::shutdown()
{
    m_cancelled = false;
    m_heartbeatArmed = false;
    if (m_channels->isConnected() && m_process.isRunning()) {
        QJsonObject content;
        content.insert(QStringLiteral("restart"), false);
        const JupyterMessage request = JupyterMessage::create(QStringLiteral("shutdown_request"), content, m_session);
        if (m_channels->send(KernelChannels::Control, request)) {
            const qint64 until = nowMs() + m_options.shutdownGraceMs;
            bool answered = false;
            while (!answered && m_process.isRunning() && nowMs() < until) {
                Result<KernelChannels::Readiness> ready = m_channels->poll(20);
                if (!ready)
                    break;
                if (ready->channel[KernelChannels::Control]) {
                    (void)drain(KernelChannels::Control, [&](const JupyterMessage &m) {
                        answered = answered || (m.parentId() == request.msgId());
                    });
                }
            }
            // After its reply the kernel exits by itself; give it the rest of the grace.
            m_process.waitForExit(int(qMax<qint64>(0, until - nowMs())));
        }
    }
    stopProcess();
    {
        QMutexLocker lock(&m_mutex);
        m_deathReason.clear();
    }
    m_state = KernelState::Stopped;
    return {};
}

void KernelClient::stopProcess()
{
    m_channels->close();
    m_process.stop(0);
}

Status KernelClient::pump(int timeoutMs, const Hooks &hooks)
{
    if (m_cancelled)
        return cancelledError();
    Result<KernelChannels::Readiness> ready = m_channels->poll(qMax(0, timeoutMs), m_wakeFd);
    if (!ready)
        return declareDead(ready.error().message);
    const qint64 now = nowMs();
    if (ready->channel[KernelChannels::Shell]) {
        if (Status s = drain(KernelChannels::Shell, hooks.shell); !s)
            return s;
    }
    if (ready->channel[KernelChannels::IOPub]) {
        if (Status s = drain(KernelChannels::IOPub, hooks.iopub); !s)
            return s;
    }
    if (ready->channel[KernelChannels::Stdin]) {
        if (Status s = drain(KernelChannels::Stdin, hooks.stdinChannel); !s)
            return s;
    }
    if (ready->channel[KernelChannels::Control]) {
        if (Status s = drain(KernelChannels::Control, {}); !s)
            return s;
    }
    if (ready->channel[KernelChannels::Heartbeat]) {
        Result<QByteArrayList> pong = m_channels->receiveRaw(KernelChannels::Heartbeat);
        if (pong && !pong->isEmpty())
            m_pingOutstanding = false;
    }
    if (ready->extraFd) {
        if (Status s = handleWake(); !s)
            return s;
    }
    if (m_cancelled)
        return cancelledError();

    if (m_heartbeatArmed) {
        if (!m_pingOutstanding && now - m_pingSentMs >= m_options.heartbeatIntervalMs) {
            if (m_channels->sendRaw(KernelChannels::Heartbeat, {QByteArrayLiteral("ping")})) {
                m_pingOutstanding = true;
                m_pingSentMs = now;
            }
        } else if (m_pingOutstanding && now - m_pingSentMs > m_options.heartbeatTimeoutMs) {
            return declareDead(Text::tr("The kernel '%1' stopped responding (no heartbeat for %2 s) "
                                        "and was stopped.")
                                   .arg(m_spec.name)
                                   .arg(m_options.heartbeatTimeoutMs / 1000));
        }
    }
    if (now - m_lastAliveCheckMs >= kAliveCheckEveryMs) {
        m_lastAliveCheckMs = now;
        return checkAlive();
    }
    return {};
}

Status KernelClient::drain(int channel, const std::function<void(const JupyterMessage &)> &hook)
{
    const auto ch = KernelChannels::Channel(channel);
    for (;;) {
        Result<QByteArrayList> frames = m_channels->receiveRaw(ch);
        if (!frames)
            return declareDead(frames.error().message);
        if (frames->isEmpty())
            return {};
        Result<JupyterMessage> message = JupyterMessage::fromFrames(*frames, m_channels->signer());
        if (!message)
            continue;  // unsigned or malformed: dropped, as the protocol asks
        if (ch == KernelChannels::Stdin && message->msgType() == QStringLiteral("input_request")) {
            m_pendingInputRequest = *message;
            m_hasInputRequest = true;
        }
        if (hook)
            hook(*message);
        else if (ch == KernelChannels::Stdin && m_hasInputRequest)
            sendInput(QString());  // nobody can answer: an empty line beats a kernel stuck forever
    }
}

Status KernelClient::handleWake()
{
    quint64 count = 0;
    (void)::read(m_wakeFd, &count, sizeof count);
    QStringList inputs;
    bool interrupt = false;
    {
        QMutexLocker lock(&m_mutex);
        inputs.swap(m_inputs);
        interrupt = std::exchange(m_interruptRequested, false);
    }
    for (const QString &value : std::as_const(inputs)) {
        if (!m_hasInputRequest)
            continue;
        QJsonObject content;
        content.insert(QStringLiteral("value"), value);
        const JupyterMessage reply =
            JupyterMessage::reply(QStringLiteral("input_reply"), content, m_pendingInputRequest, m_session);
        m_hasInputRequest = false;
        if (Status s = m_channels->send(KernelChannels::Stdin, reply); !s)
            return s;
    }
    if (interrupt) {
        const JupyterMessage request = JupyterMessage::create(QStringLiteral("interrupt_request"), {}, m_session);
        if (Status s = m_channels->send(KernelChannels::Control, request); !s)
            return s;
    }
    return {};
}

Status KernelClient::checkAlive()
{
    if (m_process.isRunning())
        return {};
    return declareDead(Text::tr("The kernel '%1' died: it %2.").arg(m_spec.name, m_process.exitDescription()));
}

Error KernelClient::declareDead(const QString &reason)
{
    m_heartbeatArmed = false;
    QString full = reason;
    const QString tail = m_process.logTail();
    if (!tail.isEmpty())
        full += QLatin1Char('\n') + Text::tr("The kernel's last output:") + QLatin1Char('\n') + tail;
    {
        QMutexLocker lock(&m_mutex);
        m_deathReason = full;
    }
    m_state = KernelState::Dead;
    m_process.kill();
    return Error{full};
}

} // namespace mlops
