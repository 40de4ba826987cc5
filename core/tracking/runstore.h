// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/tracking/runrecord.h"

#include <QList>
#include <QString>

namespace mlops {

class Database;

/** Which runs to list. */
struct RunQuery
{
    int limit = 0;               ///< 0 = all
    int offset = 0;
    bool topLevelOnly = true;    ///< pipeline executions and notebook runs, not steps
    bool withDetails = true;     ///< parameters, metrics, artifacts and step runs too
};

/**
 * Reads runs from the store: listing, lookup by id prefix, details. Writing runs is the
 * RunTracker's job. Works on a connection the caller owns (one per thread).
 */
class RunStore
{
public:
    explicit RunStore(Database &db) : m_db(db) {}

    /** Newest first. */
    Result<QList<RunRecord>> list(const RunQuery &query = {});
    Result<int> count(bool topLevelOnly = true);
    /** A run by its full id or a unique prefix of it (at least 4 characters). */
    Result<RunRecord> find(const QString &idOrPrefix, bool withDetails = true);
    Result<RunRecord> get(qint64 rowId, bool withDetails = true);

    /** Fills parameters, latest metrics, artifacts and (for executions) the step runs. */
    Status loadDetails(RunRecord &run);

private:
    Database &m_db;
};

} // namespace mlops
