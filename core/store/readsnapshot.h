// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"

namespace mlops {

class Database;

/**
 * A read transaction (RAII): every query on the connection until it ends sees one
 * snapshot of the database, however other processes write meanwhile (WAL). SQLite
 * takes the snapshot at the first read after BEGIN DEFERRED, so anything read from
 * outside the database before that first query is at least as old as the snapshot.
 * Inside an open transaction it joins it and does nothing.
 */
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    bool isActive() const { return m_active; }
    const Error &beginError() const { return m_beginError; }

private:
    Database &m_db;
    bool m_owned = false;  ///< began the transaction (else joined the caller's)
    bool m_active = false;
    Error m_beginError;
};

} // namespace mlops
