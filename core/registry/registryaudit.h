// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/governance/auditlog.h"

namespace mlops {

class Database;

/**
 * `mlops audit --verify`: the audit log's own check (AuditLog::verify: hashes, links,
 * head record and head file) and then the registry against the log. The registry's
 * tables carry no hashes, so a hand edit of a version's status shows only as a
 * difference from what the log says happened:
 *
 * - every model version has its `model.register` entry, with the same model hash, and
 *   every registered version is still in the registry;
 * - a version's approval status, who decided, when and with which comment match its last
 *   `model.approve`/`model.reject` entry (or the registration when none);
 * - its model card matches the last card hash the log recorded;
 * - every alias points where the last `model.alias` entry for it moved it.
 *
 * Entries written before the log recorded the decision time (`status_at`) are checked
 * against the entry's own time, within a minute.
 */
class RegistryAudit
{
public:
    explicit RegistryAudit(Database &db) : m_db(db) {}

    /** Both checks; `registryProblems` lists every difference, `problem` the first. */
    Result<AuditVerification> verify() const;

private:
    Result<QStringList> crossCheck(const QList<AuditEntry> &oldestFirst, int &versionsChecked,
                                   qint64 &firstSeq) const;
    Database &m_db;
};

} // namespace mlops
