// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/notebook/jupytermessage.h"

#include "core/notebook/messagesigner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::JupyterMessage)
};

const QByteArray kDelimiter = QByteArrayLiteral("<IDS|MSG>");

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool parseObject(const QByteArray &data, QJsonObject &out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    out = doc.object();
    return true;
}
} // namespace

JupyterMessage JupyterMessage::create(const QString &msgType, const QJsonObject &content,
                                      const QString &session, const QString &username)
{
    JupyterMessage m;
    m.header.insert(QStringLiteral("msg_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    m.header.insert(QStringLiteral("session"), session);
    m.header.insert(QStringLiteral("username"),
                    username.isEmpty() ? QStringLiteral("mlops-studio") : username);
    m.header.insert(QStringLiteral("date"), isoNow());
    m.header.insert(QStringLiteral("msg_type"), msgType);
    m.header.insert(QStringLiteral("version"), protocolVersion());
    m.content = content;
    return m;
}

JupyterMessage JupyterMessage::reply(const QString &msgType, const QJsonObject &content,
                                     const JupyterMessage &parent, const QString &session)
{
    JupyterMessage m = create(msgType, content, session);
    m.parentHeader = parent.header;
    return m;
}

QString JupyterMessage::msgType() const
{
    return header.value(QStringLiteral("msg_type")).toString();
}

QString JupyterMessage::msgId() const
{
    return header.value(QStringLiteral("msg_id")).toString();
}

QString JupyterMessage::parentId() const
{
    return parentHeader.value(QStringLiteral("msg_id")).toString();
}

QByteArrayList JupyterMessage::toFrames(const MessageSigner &signer) const
{
    const QByteArrayList json = {compact(header), compact(parentHeader), compact(metadata),
                                 compact(content)};
    QByteArrayList frames = identities;
    frames.append(kDelimiter);
    frames.append(signer.sign(json));
    frames.append(json);
    frames.append(buffers);
    return frames;
}

Result<JupyterMessage> JupyterMessage::fromFrames(const QByteArrayList &frames,
                                                  const MessageSigner &signer)
{
    const qsizetype delimiter = frames.indexOf(kDelimiter);
    if (delimiter < 0 || frames.size() < delimiter + 6)
        return Error{Text::tr("malformed Jupyter message: %n frame(s) without the <IDS|MSG> "
                              "delimiter and the four JSON parts",
                              nullptr, int(frames.size()))};
    const QByteArrayList json = frames.mid(delimiter + 2, 4);
    if (!signer.verify(frames.at(delimiter + 1), json))
        return Error{Text::tr("dropped a Jupyter message with an invalid signature")};
    JupyterMessage m;
    m.identities = frames.mid(0, delimiter);
    if (!parseObject(json.at(0), m.header) || !parseObject(json.at(1), m.parentHeader)
        || !parseObject(json.at(2), m.metadata) || !parseObject(json.at(3), m.content))
        return Error{Text::tr("malformed Jupyter message: a JSON part is not an object")};
    m.buffers = frames.mid(delimiter + 6);
    return m;
}

} // namespace mlops
