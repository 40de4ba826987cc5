// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/store/readsnapshot.h"

#include "core/store/database.h"

namespace mlops {

ReadSnapshot::ReadSnapshot(Database &db) : m_db(db)
{
    if (m_db.inTransaction()) {
        m_active = true;
        return;
    }
    Status begun = m_db.exec(QStringLiteral("BEGIN DEFERRED"));
    m_active = m_owned = begun.ok();
    if (!begun)
        m_beginError = begun.error();
}

ReadSnapshot::~ReadSnapshot()
{
    // Nothing was written through it: ending it only releases the snapshot.
    if (m_owned && m_db.inTransaction())
        (void)m_db.exec(QStringLiteral("COMMIT"));
}

} // namespace mlops
