// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/governance/auditentry.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace mlops {

class Database;

/** What verify() found. */
struct AuditVerification
{
    bool intact = true;
    int checked = 0;          ///< entries read
    qint64 firstBadSeq = 0;   ///< the first entry that fails (0 when intact)
    QString problem;          ///< what is wrong with it, naming the entry
    QString headHash;         ///< the hash of the last entry (the genesis hash when empty)
    int versionsChecked = 0;  ///< model versions cross-checked against the log (RegistryAudit)
    QStringList registryProblems;  ///< where the registry differs from the log (RegistryAudit)

    /** The stable JSON form of `mlops audit --verify --json`. */
    QJsonObject toJson() const;
};

/**
 * The workspace's governance audit log (table `audit_log` in the store): who did what
 * to which subject, when and why. Append-only — triggers refuse UPDATE and DELETE — and
 * hash-chained: each entry's hash covers its content and the hash of the entry before
 * it, and `audit_head` keeps the last hash. verify() therefore finds an entry edited by
 * hand, removed (also from the end) or moved, and names the first one that fails.
 *
 * The last sequence number and hash are also kept outside the database, in the head
 * file next to it (headFilePath()), written after each commit. verify() compares it,
 * so cutting entries off the end and rewinding `audit_head` (or emptying both tables)
 * is found too. That the registry matches the log is RegistryAudit's check.
 */
class AuditLog
{
public:
    explicit AuditLog(Database &db) : m_db(db) {}

    /**
     * Appends an entry. Joins the caller's transaction when one is open (so a state
     * change and its entry commit together), else runs in its own.
     */
    Result<AuditEntry> append(const AuditEvent &event);

    /** Newest first; `limit` 0 = all. */
    Result<QList<AuditEntry>> recent(int limit = 0) const;
    /** Entries about one subject (e.g. "breast-cancer/3"), oldest first. */
    Result<QList<AuditEntry>> forSubject(const QString &subject) const;
    Result<qint64> count() const;

    /**
     * Re-computes every hash and link, oldest first, and checks the head and head file,
     * all from one snapshot of the store (other processes may write meanwhile). Inside a
     * caller's ReadSnapshot, call it before any other query of that snapshot: the head
     * file is read before the snapshot is taken.
     */
    Result<AuditVerification> verify() const;

    /** The head file of the store at `storePath`: "<store>.audit-head". */
    static QString headFilePath(const QString &storePath);

private:
    Result<AuditEntry> appendLocked(const AuditEvent &event);
    Database &m_db;
};

} // namespace mlops
