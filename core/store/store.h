// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/processinfo.h"
#include "core/common/result.h"
#include "core/store/database.h"

#include <QString>

#include <memory>

namespace mlops {

/** What opening the store did besides opening it. */
struct StoreOpenReport
{
    int appliedMigrations = 0;   ///< migrations run by this open
    int interruptedRuns = 0;     ///< runs found "Running" under a dead owner, now "Interrupted"
};

/**
 * A program's death that someone saw happen: the run's companion process reads the end
 * of its pipe the moment the program dies, so that program's runs worked until then.
 */
struct WitnessedDeath
{
    ProcessIdentity owner;
    qint64 atMs = 0;   ///< when it died, ms since the epoch
};

/**
 * The workspace's SQLite store (`.mlops/store.db`): WAL mode, forward migrations, and
 * crash recovery. Opening it brings the schema up to date and marks runs whose owning
 * process died as Interrupted, so every later reader sees a consistent picture.
 */
class Store
{
public:
    /** The schema version this program writes: the number of migrations it knows. */
    static int latestSchemaVersion();

    /**
     * Opens or creates the store at `path`. Refuses a store written by a newer program
     * (a migration it does not know) rather than risk damaging it.
     */
    static Result<std::unique_ptr<Store>> open(const QString &path);
    /**
     * The same, for the companion of a program that was seen dying: its interrupted runs
     * end at `death.atMs` (a run found dead later ends when it was last seen working).
     */
    static Result<std::unique_ptr<Store>> open(const QString &path, const WitnessedDeath &death);

    Database &db() { return *m_db; }
    int schemaVersion() const { return m_schemaVersion; }
    const StoreOpenReport &openReport() const { return m_report; }
    QString journalMode();

    /**
     * Marks Running/Pending runs whose owner process is gone as Interrupted, ended when
     * they were last seen working, or when `death` says their owner died.
     */
    Result<int> recoverInterruptedRuns(const WitnessedDeath *death = nullptr);

private:
    static Result<std::unique_ptr<Store>> open(const QString &path, const WitnessedDeath *death);
    Store(std::unique_ptr<Database> db) : m_db(std::move(db)) {}
    Status migrate();

    std::unique_ptr<Database> m_db;
    int m_schemaVersion = 0;
    StoreOpenReport m_report;
};

} // namespace mlops
