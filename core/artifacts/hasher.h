// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

namespace mlops {

/** A content hash: lowercase hex SHA-256, and the number of bytes hashed. */
struct ContentDigest
{
    QString sha256;
    qint64 size = 0;
};

/**
 * SHA-256 of a file through OpenSSL's EVP interface (which uses the CPU's SHA
 * extensions where present), reading in large blocks. The error names the file.
 */
Result<ContentDigest> hashFile(const QString &path);

/** SHA-256 (lowercase hex) of bytes in memory. */
QString sha256Hex(const QByteArray &data);

/** True for a 64-character lowercase hex string. */
bool isSha256Hex(const QString &text);

} // namespace mlops
