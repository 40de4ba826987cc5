// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/notebook/messagesigner.h"

#include <QMessageAuthenticationCode>

namespace mlops {

QByteArray MessageSigner::sign(const QByteArrayList &frames) const
{
    if (!isEnabled())
        return {};
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, m_key);
    for (const QByteArray &frame : frames)
        mac.addData(frame);
    return mac.result().toHex();
}

bool MessageSigner::verify(const QByteArray &signature, const QByteArrayList &frames) const
{
    if (!isEnabled())
        return true;
    const QByteArray expected = sign(frames);
    if (signature.size() != expected.size())
        return false;
    // Constant time: do not tell an attacker how many leading characters matched.
    unsigned char diff = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= static_cast<unsigned char>(expected.at(i) ^ signature.at(i));
    return diff == 0;
}

} // namespace mlops
