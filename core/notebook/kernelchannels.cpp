// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/notebook/kernelchannels.h"

#include "core/notebook/connectioninfo.h"

#include <QCoreApplication>

#include <zmq.hpp>
#include <zmq_addon.hpp>

#include <cerrno>
#include <cstring>
#include <string>
#include <optional>
#include <vector>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::KernelChannels)
};

Error zmqError(const zmq::error_t &e)
{
    return Error{Text::tr("ZeroMQ: %1").arg(QString::fromLocal8Bit(e.what()))};
}
} // namespace

struct KernelChannels::Sockets
{
    zmq::context_t context{1};
    std::optional<zmq::socket_t> sockets[ChannelCount];
    // Handshake events of the channels the kernel writes to through a ROUTER.
    std::optional<zmq::socket_t> monitors[ChannelCount];
    bool handshaken[ChannelCount] = {};
};

KernelChannels::KernelChannels() = default;

KernelChannels::~KernelChannels()
{
    close();
}

Status KernelChannels::connect(const ConnectionInfo &info, const QByteArray &identity)
{
    close();
    m_signer = MessageSigner(info.key);
    try {
        auto sockets = std::make_unique<Sockets>();
        const zmq::socket_type types[ChannelCount] = {zmq::socket_type::dealer, zmq::socket_type::dealer,
                                                      zmq::socket_type::dealer, zmq::socket_type::sub,
                                                      zmq::socket_type::req};
        const int ports[ChannelCount] = {info.shellPort, info.controlPort, info.stdinPort,
                                         info.iopubPort, info.hbPort};
        for (int i = 0; i < ChannelCount; ++i) {
            zmq::socket_t &s = sockets->sockets[i].emplace(sockets->context, types[i]);
            s.set(zmq::sockopt::linger, 0);
            if (i == Shell || i == Stdin)
                s.set(zmq::sockopt::routing_id, zmq::const_buffer(identity.constData(), size_t(identity.size())));
            if (i == IOPub)
                s.set(zmq::sockopt::subscribe, "");
            if (i == Stdin || i == Control) {
                const std::string address = "inproc://handshake-" + std::to_string(i);
                if (zmq_socket_monitor(s.handle(), address.c_str(), ZMQ_EVENT_HANDSHAKE_SUCCEEDED) != 0)
                    throw zmq::error_t();
                zmq::socket_t &monitor = sockets->monitors[i].emplace(sockets->context, zmq::socket_type::pair);
                monitor.set(zmq::sockopt::linger, 0);
                monitor.connect(address);
            } else {
                sockets->handshaken[i] = true;
            }
            s.connect(info.endpoint(ports[i]).toStdString());
        }
        m_sockets = std::move(sockets);
    } catch (const zmq::error_t &e) {
        return zmqError(e);
    }
    return {};
}

void KernelChannels::close()
{
    // linger 0: closing never waits for unsent messages to a dead kernel.
    m_sockets.reset();
}

bool KernelChannels::peersReady()
{
    if (!m_sockets)
        return false;
    bool all = true;
    for (int i = 0; i < ChannelCount; ++i) {
        if (m_sockets->handshaken[i] || !m_sockets->monitors[i])
            continue;
        try {
            std::vector<zmq::message_t> event;
            while (zmq::recv_multipart(*m_sockets->monitors[i], std::back_inserter(event), zmq::recv_flags::dontwait)) {
                quint16 id = 0;
                if (!event.empty() && event.front().size() >= sizeof id)
                    memcpy(&id, event.front().data(), sizeof id);
                if (id == ZMQ_EVENT_HANDSHAKE_SUCCEEDED)
                    m_sockets->handshaken[i] = true;
                event.clear();
            }
        } catch (const zmq::error_t &) {
            // An interrupted read: ask again on the next call.
        }
        all = all && m_sockets->handshaken[i];
    }
    return all;
}

bool KernelChannels::isConnected() const
{
    return m_sockets != nullptr;
}

Status KernelChannels::send(Channel channel, const JupyterMessage &message)
{
    return sendRaw(channel, message.toFrames(m_signer));
}

Status KernelChannels::sendRaw(Channel channel, const QByteArrayList &frames)
{
    if (!m_sockets)
        return Error{Text::tr("not connected to a kernel")};
    try {
        zmq::socket_t &s = *m_sockets->sockets[channel];
        for (qsizetype i = 0; i < frames.size(); ++i) {
            const QByteArray &f = frames.at(i);
            const auto flags = i + 1 < frames.size() ? zmq::send_flags::sndmore : zmq::send_flags::none;
            s.send(zmq::const_buffer(f.constData(), size_t(f.size())), flags);
        }
    } catch (const zmq::error_t &e) {
        return zmqError(e);
    }
    return {};
}

Result<KernelChannels::Readiness> KernelChannels::poll(int timeoutMs, int extraFd)
{
    Readiness ready;
    if (!m_sockets)
        return Error{Text::tr("not connected to a kernel")};
    std::vector<zmq::pollitem_t> items;
    items.reserve(ChannelCount + 1);
    for (int i = 0; i < ChannelCount; ++i)
        items.push_back({m_sockets->sockets[i]->handle(), 0, ZMQ_POLLIN, 0});
    if (extraFd >= 0)
        items.push_back({nullptr, extraFd, ZMQ_POLLIN, 0});
    try {
        zmq::poll(items, std::chrono::milliseconds(timeoutMs));
    } catch (const zmq::error_t &e) {
        if (e.num() == EINTR)
            return ready;
        return zmqError(e);
    }
    for (int i = 0; i < ChannelCount; ++i)
        ready.channel[i] = (items[size_t(i)].revents & ZMQ_POLLIN) != 0;
    if (extraFd >= 0)
        ready.extraFd = (items.back().revents & ZMQ_POLLIN) != 0;
    return ready;
}

Result<QByteArrayList> KernelChannels::receiveRaw(Channel channel)
{
    if (!m_sockets)
        return Error{Text::tr("not connected to a kernel")};
    std::vector<zmq::message_t> parts;
    try {
        if (!zmq::recv_multipart(*m_sockets->sockets[channel], std::back_inserter(parts),
                                 zmq::recv_flags::dontwait))
            return QByteArrayList{};
    } catch (const zmq::error_t &e) {
        if (e.num() == EINTR || e.num() == EAGAIN)
            return QByteArrayList{};
        return zmqError(e);
    }
    QByteArrayList frames;
    frames.reserve(qsizetype(parts.size()));
    for (const zmq::message_t &part : parts)
        frames.append(QByteArray(part.data<char>(), qsizetype(part.size())));
    return frames;
}

} // namespace mlops
