// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/notebook/jupytermessage.h"
#include "core/notebook/messagesigner.h"

#include <QByteArray>
#include <QList>

#include <memory>

namespace mlops {

struct ConnectionInfo;

/**
 * The client side of a kernel's five ZeroMQ channels (cppzmq): shell, control and stdin
 * as DEALER (shell and stdin share the session's routing identity, so the kernel can
 * address input requests), iopub as SUB subscribed to everything, heartbeat as REQ.
 * ZeroMQ's C++ exceptions stop here and become Result values. Not thread-safe: one
 * thread uses the channels.
 */
class KernelChannels
{
public:
    enum Channel { Shell, Control, Stdin, IOPub, Heartbeat, ChannelCount };

    KernelChannels();
    ~KernelChannels();
    KernelChannels(const KernelChannels &) = delete;
    KernelChannels &operator=(const KernelChannels &) = delete;

    /** Connects all five channels to the kernel of `info`; `identity` is the session id. */
    Status connect(const ConnectionInfo &info, const QByteArray &identity);
    /** Closes the sockets without lingering. */
    void close();
    /**
     * Whether the kernel side of stdin and control has completed its handshake. The
     * kernel's ROUTER sockets silently drop what they send to a peer they do not know
     * yet, so an input request sent before then would be lost and the kernel would wait
     * forever; the client starts executing only after this is true.
     */
    bool peersReady();
    bool isConnected() const;

    const MessageSigner &signer() const { return m_signer; }

    Status send(Channel channel, const JupyterMessage &message);
    /** Sends raw frames (the heartbeat's ping). */
    Status sendRaw(Channel channel, const QByteArrayList &frames);

    /** What poll() found readable. */
    struct Readiness
    {
        bool channel[ChannelCount] = {};
        bool extraFd = false;
    };

    /**
     * Waits up to `timeoutMs` for any channel (or `extraFd`, when >= 0: a wake-up
     * eventfd) to become readable. An interrupted wait counts as a timeout.
     */
    Result<Readiness> poll(int timeoutMs, int extraFd = -1);

    /** The next multipart message waiting on `channel`, or an empty list when none. */
    Result<QByteArrayList> receiveRaw(Channel channel);

private:
    struct Sockets;
    std::unique_ptr<Sockets> m_sockets;
    MessageSigner m_signer;
};

} // namespace mlops
