// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/notebook/jupytermessage.h"
#include "core/notebook/kernelprocess.h"
#include "core/notebook/kernelspec.h"

#include <QJsonObject>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace mlops {

class KernelChannels;

/** Where a kernel is in its life. */
enum class KernelState { NotStarted, Starting, Idle, Busy, Dead, Stopped };

/** Timeouts and environment of a kernel session. */
struct KernelOptions
{
    KernelLaunchOptions launch;
    int startupTimeoutMs = 60000;     ///< until kernel_info_reply
    int heartbeatIntervalMs = 1000;
    /** No echo for this long: the kernel is declared dead. Generous, so a machine under
     *  heavy load does not lose a healthy kernel; a process that exits is noticed at once. */
    int heartbeatTimeoutMs = 30000;
    int shutdownGraceMs = 2000;       ///< after shutdown_request, before SIGKILL
};

/** What execute_request asks for (messaging protocol 5.3). */
struct ExecuteRequest
{
    QString code;
    bool silent = false;
    bool storeHistory = true;
    bool allowStdin = true;   ///< only honoured when an input handler is given
    bool stopOnError = true;
};

/** input() in the kernel: what to ask the user. Answer with KernelClient::sendInput(). */
struct InputRequest
{
    QString prompt;
    bool password = false;
};

/** The shell's execute_reply. A kernel error in user code is a reply, not an Error. */
struct ExecuteReply
{
    enum class Status { Ok, Error, Aborted };
    Status status = Status::Ok;
    int executionCount = 0;
    QString ename;
    QString evalue;
    QStringList traceback;
    QJsonObject content;
};

/**
 * A client of one Jupyter kernel: launches it from its kernelspec, speaks the messaging
 * protocol over the five ZeroMQ channels with signed messages, and watches it (process
 * exit and heartbeat): a dead kernel makes every call return an Error promptly instead
 * of hanging.
 *
 * Blocking by design (DESIGN.md §2): the CLI calls it directly; the studio owns it in a
 * worker thread that lives as long as the kernel. Every member is for that one thread,
 * except interrupt(), sendInput(), cancel(), state() and deathReason(), which any thread
 * may call while a blocking call runs.
 */
class KernelClient
{
public:
    using MessageHandler = std::function<void(const JupyterMessage &)>;
    using InputHandler = std::function<void(const InputRequest &)>;

    explicit KernelClient(KernelSpec spec, KernelOptions options = {});
    ~KernelClient();
    KernelClient(const KernelClient &) = delete;
    KernelClient &operator=(const KernelClient &) = delete;

    /** Starts the kernel and waits until it answers kernel_info and publishes on iopub. */
    Status start();

    /**
     * Runs code and returns the execute_reply once the kernel is idle again. Every iopub
     * message of this execution except status and execute_input goes to `onOutput`
     * (stream, display_data, update_display_data, execute_result, error, clear_output).
     * input() calls `onInput`; answer with sendInput(). Fails when the kernel dies or the
     * call is cancelled.
     */
    Result<ExecuteReply> execute(const ExecuteRequest &request, const MessageHandler &onOutput,
                                 const InputHandler &onInput = {});

    /** Shuts the kernel down and starts a fresh one (new process, new ports). */
    Status restart();
    /** Asks the kernel to shut down, then stops its process. */
    Status shutdown();

    /**
     * Between executions: waits up to `timeoutMs` for stray iopub messages (output from
     * background threads), hands them to `onOutput`, and checks that the kernel lives.
     */
    Status poll(int timeoutMs, const MessageHandler &onOutput);

    // --- thread-safe ---
    /** Interrupts the running code (SIGINT, or interrupt_request for message mode). */
    void interrupt();
    /** Answers the pending input_request. */
    void sendInput(const QString &value);
    /**
     * Makes the running and every later execute() return a "cancelled" Error at once
     * until start(), restart() or shutdown() is called (used before a restart).
     */
    void cancel();
    KernelState state() const { return m_state.load(); }
    /** Why the kernel is dead (exit, signal, no heartbeat), with its last log lines. */
    QString deathReason() const;

    const KernelSpec &spec() const { return m_spec; }
    /** The kernel's kernel_info_reply content (language_info, implementation…). */
    QJsonObject kernelInfo() const { return m_kernelInfo; }
    QString sessionId() const { return m_session; }
    qint64 pid() const { return m_process.pid(); }

private:
    struct Hooks
    {
        std::function<void(const JupyterMessage &)> shell;
        std::function<void(const JupyterMessage &)> iopub;
        std::function<void(const JupyterMessage &)> stdinChannel;
    };

    Status pump(int timeoutMs, const Hooks &hooks);
    Status drain(int channel, const std::function<void(const JupyterMessage &)> &hook);
    Status checkAlive();
    Status handleWake();
    Error declareDead(const QString &reason);
    void stopProcess();

    KernelSpec m_spec;
    KernelOptions m_options;
    QString m_session;
    KernelProcess m_process;
    std::unique_ptr<KernelChannels> m_channels;
    QJsonObject m_kernelInfo;
    JupyterMessage m_pendingInputRequest;
    bool m_hasInputRequest = false;

    // Heartbeat.
    bool m_heartbeatArmed = false;
    bool m_pingOutstanding = false;
    qint64 m_lastPongMs = 0;
    qint64 m_pingSentMs = 0;
    qint64 m_lastAliveCheckMs = 0;

    // Cross-thread requests, woken up through an eventfd.
    int m_wakeFd = -1;
    mutable QMutex m_mutex;
    QStringList m_inputs;
    bool m_interruptRequested = false;
    QString m_deathReason;
    std::atomic<bool> m_cancelled{false};
    std::atomic<KernelState> m_state{KernelState::NotStarted};
};

} // namespace mlops
