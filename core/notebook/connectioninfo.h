// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace mlops {

/**
 * A Jupyter connection file: where the kernel's five sockets listen and the key that
 * signs every message. The studio writes one per kernel it starts.
 */
struct ConnectionInfo
{
    QString transport = QStringLiteral("tcp");
    QString ip = QStringLiteral("127.0.0.1");
    int shellPort = 0;
    int iopubPort = 0;
    int stdinPort = 0;
    int controlPort = 0;
    int hbPort = 0;
    QByteArray key;  ///< the HMAC key, as text (a random uuid-like hex string)
    QString signatureScheme = QStringLiteral("hmac-sha256");
    QString kernelName;

    /** Five free ports on 127.0.0.1 and a fresh random key. */
    static Result<ConnectionInfo> allocate();

    /** `tcp://127.0.0.1:PORT` */
    QString endpoint(int port) const;

    QJsonObject toJson() const;
    static Result<ConnectionInfo> fromJson(const QJsonObject &json);

    /** Writes the file readable by its owner only (the key is a secret). */
    Status write(const QString &path) const;
};

} // namespace mlops
