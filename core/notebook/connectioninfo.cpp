// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/notebook/connectioninfo.h"

#include "core/common/fileutil.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpServer>

#include <array>
#include <memory>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::ConnectionInfo)
};

QByteArray randomKey()
{
    // 32 random bytes as hex, from the system's CSPRNG.
    std::array<quint32, 8> words;
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.data()), int(sizeof(words))).toHex();
}
} // namespace

Result<ConnectionInfo> ConnectionInfo::allocate()
{
    ConnectionInfo info;
    // Hold all five listeners open at once so the same port is never handed out twice;
    // the kernel binds them a moment later, as jupyter_client does.
    std::array<std::unique_ptr<QTcpServer>, 5> servers;
    std::array<int *, 5> ports = {&info.shellPort, &info.iopubPort, &info.stdinPort,
                                  &info.controlPort, &info.hbPort};
    for (size_t i = 0; i < servers.size(); ++i) {
        servers[i] = std::make_unique<QTcpServer>();
        if (!servers[i]->listen(QHostAddress::LocalHost, 0))
            return Error{Text::tr("cannot find a free port for the kernel: %1")
                             .arg(servers[i]->errorString())};
        *ports[i] = servers[i]->serverPort();
    }
    info.key = randomKey();
    return info;
}

QString ConnectionInfo::endpoint(int port) const
{
    return transport + QStringLiteral("://") + ip + QLatin1Char(':') + QString::number(port);
}

QJsonObject ConnectionInfo::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("transport"), transport);
    o.insert(QStringLiteral("ip"), ip);
    o.insert(QStringLiteral("shell_port"), shellPort);
    o.insert(QStringLiteral("iopub_port"), iopubPort);
    o.insert(QStringLiteral("stdin_port"), stdinPort);
    o.insert(QStringLiteral("control_port"), controlPort);
    o.insert(QStringLiteral("hb_port"), hbPort);
    o.insert(QStringLiteral("key"), QString::fromLatin1(key));
    o.insert(QStringLiteral("signature_scheme"), signatureScheme);
    o.insert(QStringLiteral("kernel_name"), kernelName);
    return o;
}

Result<ConnectionInfo> ConnectionInfo::fromJson(const QJsonObject &o)
{
    ConnectionInfo info;
    info.transport = o.value(QStringLiteral("transport")).toString(QStringLiteral("tcp"));
    info.ip = o.value(QStringLiteral("ip")).toString(QStringLiteral("127.0.0.1"));
    info.shellPort = o.value(QStringLiteral("shell_port")).toInt();
    info.iopubPort = o.value(QStringLiteral("iopub_port")).toInt();
    info.stdinPort = o.value(QStringLiteral("stdin_port")).toInt();
    info.controlPort = o.value(QStringLiteral("control_port")).toInt();
    info.hbPort = o.value(QStringLiteral("hb_port")).toInt();
    info.key = o.value(QStringLiteral("key")).toString().toUtf8();
    info.signatureScheme = o.value(QStringLiteral("signature_scheme")).toString(QStringLiteral("hmac-sha256"));
    info.kernelName = o.value(QStringLiteral("kernel_name")).toString();
    if (!info.shellPort || !info.iopubPort || !info.stdinPort || !info.controlPort || !info.hbPort)
        return Error::badInput(Text::tr("the connection file lacks a port"));
    return info;
}

Status ConnectionInfo::write(const QString &path) const
{
    if (Status s = writeFileAtomically(path, QJsonDocument(toJson()).toJson()); !s)
        return s;
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace mlops
