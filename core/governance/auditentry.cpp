// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/governance/auditentry.h"

#include "core/common/quoting.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace mlops {

QString AuditEntry::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QJsonObject AuditEntry::detailsObject() const
{
    return QJsonDocument::fromJson(details.toUtf8()).object();
}

QByteArray AuditEntry::canonicalForm() const
{
    const QString fields[] = {QStringLiteral("mlops-audit/1"), QString::number(seq),
                              QString::number(timeMs), actor, action, subject, comment, details,
                              previousHash};
    QByteArray out = "[";
    bool first = true;
    for (const QString &field : fields) {
        if (!first)
            out += ',';
        first = false;
        appendJsonString(out, field);
    }
    out += ']';
    return out;
}

QString AuditEntry::computeHash() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalForm(), QCryptographicHash::Sha256).toHex());
}

QJsonObject AuditEntry::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("seq"), seq);
    o.insert(QStringLiteral("time"), time().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("actor"), actor);
    o.insert(QStringLiteral("action"), action);
    o.insert(QStringLiteral("subject"), subject);
    o.insert(QStringLiteral("comment"), comment);
    o.insert(QStringLiteral("details"), detailsObject());
    o.insert(QStringLiteral("previous_hash"), previousHash);
    o.insert(QStringLiteral("hash"), hash);
    return o;
}

} // namespace mlops
