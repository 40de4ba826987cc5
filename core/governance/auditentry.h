// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace mlops {

/** What happened, as the caller reports it; the log adds the time and the chain. */
struct AuditEvent
{
    QString actor;       ///< "Name <email>", the git identity
    QString action;      ///< e.g. "model.approve", "model.alias", "data.add"
    QString subject;     ///< what it happened to, e.g. "breast-cancer/3"
    QString comment;     ///< why, in the actor's words (may be empty)
    QJsonObject details; ///< machine-readable facts (from/to status, hashes…)
};

/**
 * One entry of the audit log. `hash` is SHA-256 (hex) over canonicalForm(), which
 * includes `previousHash`, so every entry seals the whole history before it.
 */
struct AuditEntry
{
    qint64 seq = 0;          ///< 1, 2, 3… without gaps
    qint64 timeMs = 0;       ///< milliseconds since the epoch, UTC
    QString actor;
    QString action;
    QString subject;
    QString comment;
    QString details;         ///< compact JSON object, exactly as stored and hashed
    QString previousHash;    ///< the hash of entry seq-1; genesisHash() for the first
    QString hash;

    QDateTime time() const { return QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC); }
    QJsonObject detailsObject() const;

    /**
     * The bytes the hash covers: the UTF-8 compact JSON array
     * `["mlops-audit/1", "<seq>", "<time ms>", actor, action, subject, comment, details,
     * previous hash]`, every element a string, escaped exactly as Python's
     * `json.dumps(fields, ensure_ascii=False, separators=(",", ":"))` does — so anyone
     * can re-check the chain without the studio.
     */
    QByteArray canonicalForm() const;
    /** SHA-256 of canonicalForm(), lowercase hex. */
    QString computeHash() const;

    /** The stable JSON form of `mlops audit --json`. */
    QJsonObject toJson() const;

    /** The previous hash of the first entry: 64 zeros. */
    static QString genesisHash();
};

} // namespace mlops
