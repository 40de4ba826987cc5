// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/store/store.h"

#include "core/common/fileutil.h"
#include "core/common/processinfo.h"
#include "core/store/migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>


namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::Store)
};
} // namespace

int Store::latestSchemaVersion()
{
    return int(storeMigrations().size());
}

Result<std::unique_ptr<Store>> Store::open(const QString &path)
{
    return open(path, nullptr);
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, const WitnessedDeath &death)
{
    return open(path, &death);
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, const WitnessedDeath *death)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{Text::tr("cannot create the folder of the store"), path};
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db)
        return db.error();
    std::unique_ptr<Store> store(new Store(std::move(*db)));
    Database &d = store->db();
    // WAL keeps readers and the writer apart and, with synchronous=NORMAL, stays
    // consistent through a crash at any moment (only the last commits may be lost).
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                               "PRAGMA foreign_keys=ON", "PRAGMA temp_store=MEMORY"}) {
        if (Status s = d.exec(QString::fromLatin1(pragma)); !s)
            return s.error();
    }
    if (Status s = store->migrate(); !s)
        return s.error();
    Result<int> interrupted = store->recoverInterruptedRuns(death);
    if (!interrupted)
        return interrupted.error();
    store->m_report.interruptedRuns = *interrupted;
    return store;
}

QString Store::journalMode()
{
    Result<QVariant> mode = m_db->scalar(QStringLiteral("PRAGMA journal_mode"));
    return mode ? mode->toString() : QString();
}

Status Store::migrate()
{
    Database &d = *m_db;
    if (Status s = d.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " id TEXT PRIMARY KEY, applied_at INTEGER NOT NULL) WITHOUT ROWID"));
        !s)
        return s;

    Result<Statement> applied = d.prepare(QStringLiteral("SELECT id FROM schema_migrations"));
    if (!applied)
        return applied.error();
    QSet<QString> done;
    if (Status rowsRead = applied->forEachRow([&] {
        done.insert(applied->text(0));
    }); !rowsRead)
        return rowsRead.error();

    QSet<QString> known;
    for (const Migration &m : storeMigrations())
        known.insert(m.id);
    for (const QString &id : std::as_const(done)) {
        if (!known.contains(id))
            return Error{Text::tr("this store was written by a newer MLOps Studio (schema migration "
                            "'%1' is unknown to this version); upgrade the studio")
                             .arg(id),
                         d.path()};
    }

    for (const Migration &m : storeMigrations()) {
        if (done.contains(m.id))
            continue;
        Transaction tx(d);
        if (!tx.isActive())
            return tx.beginError();
        if (Status s = d.exec(m.sql); !s)
            return Error{Text::tr("schema migration %1 failed: %2").arg(m.id, s.error().message),
                         d.path()};
        Result<Statement> record = d.prepare(
            QStringLiteral("INSERT INTO schema_migrations(id, applied_at) VALUES(?, ?)"));
        if (!record)
            return record.error();
        record->bind(1, m.id).bind(2, QDateTime::currentMSecsSinceEpoch());
        if (Status s = record->exec(); !s)
            return s;
        if (Status s = d.exec(QStringLiteral("PRAGMA user_version=%1").arg(done.size() + 1)); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
        done.insert(m.id);
        ++m_report.appliedMigrations;
    }
    m_schemaVersion = int(done.size());
    return {};
}

Result<int> Store::recoverInterruptedRuns(const WitnessedDeath *death)
{
    Database &d = *m_db;
    Result<Statement> query = d.prepare(QStringLiteral(
        "SELECT id, owner_pid, owner_start, pgid, uuid, kind, status, parent_id,"
        " coalesce(started_at, created_at) FROM runs WHERE status IN ('Running', 'Pending')"));
    if (!query)
        return query.error();
    struct Orphan
    {
        qint64 id;
        qint64 pgid;
        QString uuid;
        QString kind;
        bool started;
        qint64 parentId;
        qint64 lastAlive;
        bool witnessed;   ///< its owner's death was seen: it worked until then
    };
    QList<Orphan> orphans;
    if (Status rowsRead = query->forEachRow([&] {
        const ProcessIdentity owner{query->int64(1), query->int64(2)};
        if (!owner.isAlive())
            orphans.append({query->int64(0), query->isNull(3) ? 0 : query->int64(3), query->text(4),
                            query->text(5), query->text(6) != QStringLiteral("Pending"),
                            query->isNull(7) ? 0 : query->int64(7), query->int64(8),
                            death && death->owner.pid == owner.pid && death->owner.startTime == owner.startTime});
    }); !rowsRead)
        return rowsRead.error();
    if (orphans.isEmpty())
        return 0;
    // A step's own children may have outlived the program that ran it: stop them.
    for (const Orphan &orphan : std::as_const(orphans)) {
        if (orphan.kind == QStringLiteral("step") && orphan.pgid > 0)
            killProcessesMarked(QByteArrayLiteral("MLOPS_RUN_ID=") + orphan.uuid.toLatin1());
    }
    // A step's input channels are read-only while it runs; the program that would have
    // opened them again is gone, so the job folder could not be removed: open them here
    // (best effort, as the program itself does when a step ends).
    const QString jobsDir = QFileInfo(d.path()).absolutePath() + QStringLiteral("/jobs/");
    for (const Orphan &orphan : std::as_const(orphans)) {
        if (orphan.kind != QStringLiteral("step") || orphan.uuid.isEmpty())
            continue;
        for (const char *inputRoot : {"input/data", "processing/input"}) {
            const QString inputs = jobsDir + orphan.uuid + QLatin1Char('/') + QLatin1String(inputRoot);
            if (QFileInfo(inputs).isDir())
                (void)setTreeReadOnly(inputs, false);
        }
    }

    // The run ended when its program was last seen working, not now: the latest of its
    // start, its steps' starts and ends, its metrics and its log writes.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Result<Statement> evidence = d.prepare(QStringLiteral(
        "SELECT max(coalesce((SELECT max(max(coalesce(started_at, 0), coalesce(ended_at, 0)))"
        "                      FROM runs WHERE parent_id = ?1), 0),"
        "           coalesce((SELECT max(ts) FROM metrics WHERE run_id = ?1"
        "                      OR run_id IN (SELECT id FROM runs WHERE parent_id = ?1)), 0))"));
    if (!evidence)
        return evidence.error();
    const QString logsDir = QFileInfo(d.path()).absolutePath() + QStringLiteral("/logs/");
    const auto lastLogWrite = [&logsDir](const QString &uuid) {
        qint64 latest = 0;
        const QFileInfoList logs = QDir(logsDir + uuid).entryInfoList({QStringLiteral("*.log")}, QDir::Files);
        for (const QFileInfo &log : logs)
            latest = std::max(latest, log.lastModified().toMSecsSinceEpoch());
        return latest;
    };
    QHash<qint64, qint64> lastAliveById;
    for (Orphan &orphan : orphans) {
        evidence->reset();
        evidence->bind(1, orphan.id);
        if (Result<bool> row = evidence->step(); row && *row)
            orphan.lastAlive = std::max(orphan.lastAlive, evidence->int64(0));
        orphan.lastAlive = std::max(orphan.lastAlive, lastLogWrite(orphan.uuid));
        // A started run whose owner was seen dying worked until that moment, even when
        // it wrote nothing (a step computing silently).
        if (orphan.witnessed && orphan.started)
            orphan.lastAlive = std::max(orphan.lastAlive, death->atMs);
        lastAliveById.insert(orphan.id, orphan.lastAlive);
    }
    // A statement left on a row keeps a read transaction open, and SQLite does not wait
    // for another writer (the busy timeout) when a reader asks to write: end both reads.
    evidence->reset();
    query->reset();
    // A pipeline was alive as long as any of its steps; a step never started ends with it.
    for (const Orphan &orphan : std::as_const(orphans)) {
        if (orphan.parentId && lastAliveById.contains(orphan.parentId))
            lastAliveById[orphan.parentId] = std::max(lastAliveById.value(orphan.parentId), orphan.lastAlive);
    }
    for (Orphan &orphan : orphans) {
        orphan.lastAlive = lastAliveById.value(orphan.id);
        if (!orphan.started && orphan.parentId && lastAliveById.contains(orphan.parentId))
            orphan.lastAlive = lastAliveById.value(orphan.parentId);
        orphan.lastAlive = std::min(orphan.lastAlive, now);
    }

    Transaction tx(d);
    if (!tx.isActive())
        return tx.beginError();
    Result<Statement> mark = d.prepare(QStringLiteral(
        "UPDATE runs SET status = ?, ended_at = coalesce(ended_at, ?),"
        " failure_reason = coalesce(failure_reason, ?) WHERE id = ?"));
    if (!mark)
        return mark.error();
    const QString interrupted = Text::tr("the program running it stopped unexpectedly");
    const QString notStarted = Text::tr("not started: the program running the pipeline stopped unexpectedly");
    for (const Orphan &orphan : std::as_const(orphans)) {
        // Never-started steps did not fail; they were skipped with the rest of the run.
        const bool skipped = !orphan.started && orphan.kind == QStringLiteral("step");
        mark->reset();
        mark->bind(1, skipped ? QStringLiteral("Skipped") : QStringLiteral("Interrupted"))
            .bind(2, orphan.lastAlive)
            .bind(3, skipped ? notStarted : interrupted)
            .bind(4, orphan.id);
        if (Status s = mark->exec(); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return int(orphans.size());
}

} // namespace mlops
