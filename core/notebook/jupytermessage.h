// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QJsonObject>
#include <QString>

namespace mlops {

class MessageSigner;

/**
 * One message of the Jupyter messaging protocol (version 5.3). On the wire: routing
 * identities, the `<IDS|MSG>` delimiter, the HMAC signature, the header, parent header,
 * metadata and content as JSON, then optional binary buffers.
 */
struct JupyterMessage
{
    QByteArrayList identities;
    QJsonObject header;
    QJsonObject parentHeader;
    QJsonObject metadata;
    QJsonObject content;
    QByteArrayList buffers;

    /** The protocol version the studio speaks. */
    static QString protocolVersion() { return QStringLiteral("5.3"); }

    /** A new request with a fresh msg_id in `session`. */
    static JupyterMessage create(const QString &msgType, const QJsonObject &content,
                                 const QString &session, const QString &username = {});

    /** A message answering `parent` (an input_reply to an input_request): sets the parent header. */
    static JupyterMessage reply(const QString &msgType, const QJsonObject &content,
                                const JupyterMessage &parent, const QString &session);

    QString msgType() const;
    QString msgId() const;
    /** The msg_id of the request this message answers or belongs to. */
    QString parentId() const;

    /** The frames to send, signed with `signer`. */
    QByteArrayList toFrames(const MessageSigner &signer) const;

    /**
     * Parses received frames; fails on a missing delimiter, a bad signature or JSON that
     * is not an object (such messages are dropped, as the protocol requires).
     */
    static Result<JupyterMessage> fromFrames(const QByteArrayList &frames, const MessageSigner &signer);
};

} // namespace mlops
