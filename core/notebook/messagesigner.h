// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QByteArray>
#include <QByteArrayList>

namespace mlops {

/**
 * Signs and checks Jupyter messages: HMAC-SHA256 over the header, parent header,
 * metadata and content frames, as lowercase hex. An empty key disables signing (the
 * protocol's "no authentication"), and then every signature is accepted.
 */
class MessageSigner
{
public:
    MessageSigner() = default;
    explicit MessageSigner(QByteArray key) : m_key(std::move(key)) {}

    bool isEnabled() const { return !m_key.isEmpty(); }

    /** The hex digest of the four JSON frames, in order. */
    QByteArray sign(const QByteArrayList &frames) const;

    /** True when `signature` is the digest of `frames` (compared in constant time). */
    bool verify(const QByteArray &signature, const QByteArrayList &frames) const;

private:
    QByteArray m_key;
};

} // namespace mlops
