// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/common/processinfo.h"
#include "core/store/migrations.h"
#include "core/store/store.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <QElapsedTimer>

#include <thread>

using namespace mlops;

class TestStore : public QObject
{
    Q_OBJECT

private:
    /** A process that has exited: its identity can never be alive again. */
    static ProcessIdentity deadProcess()
    {
        QProcess child;
        child.start(QStringLiteral("/bin/true"));
        child.waitForStarted();
        const ProcessIdentity identity{child.processId(), processStartTime(child.processId())};
        child.waitForFinished();
        return identity;
    }

    static qint64 insertRun(Database &db, const QString &uuid, const QString &status,
                            const ProcessIdentity &owner)
    {
        Result<Statement> s = db.prepare(QStringLiteral(
            "INSERT INTO runs(uuid, kind, name, status, created_at, owner_pid, owner_start)"
            " VALUES(?, 'pipeline', 'p', ?, ?, ?, ?)"));
        if (!s)
            return -1;
        s->bind(1, uuid).bind(2, status).bind(3, QDateTime::currentMSecsSinceEpoch());
        s->bind(4, owner.pid).bind(5, owner.startTime);
        if (!s->exec())
            return -1;
        return db.lastInsertId();
    }

    static QString statusOf(Database &db, const QString &uuid)
    {
        Result<Statement> s = db.prepare(QStringLiteral("SELECT status FROM runs WHERE uuid = ?"));
        s->bind(1, uuid);
        Result<bool> row = s->step();
        return row && *row ? s->text(0) : QString();
    }

private slots:
    void createsSchemaInWalMode()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<Store>> store = Store::open(dir.filePath(QStringLiteral("s/store.db")));
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
        QCOMPARE((*store)->journalMode(), QStringLiteral("wal"));
        QCOMPARE((*store)->schemaVersion(), Store::latestSchemaVersion());
        QCOMPARE((*store)->openReport().appliedMigrations, Store::latestSchemaVersion());
        Result<QVariant> version = (*store)->db().scalar(QStringLiteral("PRAGMA user_version"));
        QCOMPARE(version->toInt(), Store::latestSchemaVersion());
        for (const char *table : {"runs", "params", "metrics", "metric_keys", "tags", "artifacts"}) {
            Result<QVariant> n = (*store)->db().scalar(
                QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='%1'")
                    .arg(QLatin1String(table)));
            QCOMPARE(n->toInt(), 1);
        }
    }

    void reopeningAppliesNothingTwice()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        { QVERIFY(Store::open(path).ok()); }
        Result<std::unique_ptr<Store>> again = Store::open(path);
        QVERIFY(again.ok());
        QCOMPARE((*again)->openReport().appliedMigrations, 0);
        QCOMPARE((*again)->schemaVersion(), Store::latestSchemaVersion());
    }

    void migratesAnOlderStoreForward()
    {
        // A store that has only the first migration gets the rest on open, and keeps its data.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        {
            Result<std::unique_ptr<Database>> db = Database::open(path);
            QVERIFY(db.ok());
            const Migration &first = storeMigrations().first();
            QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE schema_migrations(id TEXT PRIMARY "
                                               "KEY, applied_at INTEGER NOT NULL) WITHOUT ROWID"))
                        .ok());
            QVERIFY((*db)->exec(first.sql).ok());
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO schema_migrations VALUES('%1', 0)")
                                    .arg(first.id))
                        .ok());
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO experiments(name, created_at) VALUES('kept', 1)")).ok());
        }
        Result<std::unique_ptr<Store>> store = Store::open(path);
        QVERIFY(store.ok());
        QCOMPARE((*store)->openReport().appliedMigrations, Store::latestSchemaVersion() - 1);
        QCOMPARE((*store)->db().scalar(QStringLiteral("SELECT name FROM experiments"))->toString(),
                 QStringLiteral("kept"));
    }

    void refusesAStoreFromANewerProgram()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        {
            Result<std::unique_ptr<Store>> store = Store::open(path);
            QVERIFY(store.ok());
            QVERIFY((*store)->db().exec(QStringLiteral(
                "INSERT INTO schema_migrations VALUES('9999_from_the_future', 0)")).ok());
        }
        Result<std::unique_ptr<Store>> store = Store::open(path);
        QVERIFY(!store.ok());
        QVERIFY2(store.error().message.contains(QStringLiteral("9999_from_the_future")),
                 qPrintable(store.error().toString()));
        QCOMPARE(store.error().file, path);
    }

    void marksRunsOfADeadProgramInterrupted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        const ProcessIdentity dead = deadProcess();
        QVERIFY(!dead.isAlive());
        {
            Result<std::unique_ptr<Store>> store = Store::open(path);
            QVERIFY(store.ok());
            Database &db = (*store)->db();
            QVERIFY(insertRun(db, QStringLiteral("aaaa0001"), QStringLiteral("Running"), dead) > 0);
            QVERIFY(insertRun(db, QStringLiteral("aaaa0002"), QStringLiteral("Running"),
                              ProcessIdentity::current()) > 0);
            QVERIFY(insertRun(db, QStringLiteral("aaaa0003"), QStringLiteral("Completed"), dead) > 0);
        }
        Result<std::unique_ptr<Store>> store = Store::open(path);
        QVERIFY(store.ok());
        QCOMPARE((*store)->openReport().interruptedRuns, 1);
        Database &db = (*store)->db();
        QCOMPARE(statusOf(db, QStringLiteral("aaaa0001")), QStringLiteral("Interrupted"));
        QCOMPARE(statusOf(db, QStringLiteral("aaaa0002")), QStringLiteral("Running"));  // we are alive
        QCOMPARE(statusOf(db, QStringLiteral("aaaa0003")), QStringLiteral("Completed"));
        Result<QVariant> reason = db.scalar(
            QStringLiteral("SELECT failure_reason FROM runs WHERE uuid = 'aaaa0001'"));
        QVERIFY(!reason->toString().isEmpty());
    }

    void recoveryWaitsForAnotherWriter()
    {
        // Another program (`mlops run` starting a step) holds the write lock for a second
        // while the studio opens a store with a run to recover: opening waits, as the busy
        // timeout promises, instead of failing with "database is locked".
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        const ProcessIdentity dead = deadProcess();
        {
            Result<std::unique_ptr<Store>> store = Store::open(path);
            QVERIFY(store.ok());
            QVERIFY(insertRun((*store)->db(), QStringLiteral("bbbb0001"), QStringLiteral("Running"), dead) > 0);
        }
        Result<std::unique_ptr<Database>> other = Database::open(path, false);
        QVERIFY(other.ok());
        QVERIFY((*other)->exec(QStringLiteral("BEGIN IMMEDIATE")).ok());
        QElapsedTimer held;
        held.start();
        std::thread writer([&other] {
            std::this_thread::sleep_for(std::chrono::milliseconds(1000));
            (void)(*other)->exec(QStringLiteral("COMMIT"));
        });
        Result<std::unique_ptr<Store>> store = Store::open(path);
        const qint64 waited = held.elapsed();
        writer.join();
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
        QVERIFY2(waited >= 900, qPrintable(QStringLiteral("opened after %1 ms").arg(waited)));
        QCOMPARE((*store)->openReport().interruptedRuns, 1);
        QCOMPARE(statusOf((*store)->db(), QStringLiteral("bbbb0001")), QStringLiteral("Interrupted"));
    }

    void interruptedRunsEndWhenLastSeenAndUnstartedStepsAreSkipped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        const ProcessIdentity dead = deadProcess();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 metricAt = now - 5000;
        const qint64 logAt = now - 3000;
        {
            Result<std::unique_ptr<Store>> store = Store::open(path);
            QVERIFY(store.ok());
            Database &db = (*store)->db();
            QVERIFY(db.exec(QStringLiteral(
                "INSERT INTO runs(id, uuid, kind, name, status, created_at, started_at, owner_pid, owner_start)"
                " VALUES(1, 'pipe0001', 'pipeline', 'p', 'Running', %1, %1, %3, %4),"
                "       (2, 'step0001', 'step', 'train', 'Running', %2, %2, %3, %4),"
                "       (3, 'step0002', 'step', 'eval', 'Pending', %2, NULL, %3, %4),"
                "       (4, 'step0003', 'step', 'logs', 'Running', %2, %2, %3, %4);"
                "UPDATE runs SET parent_id = 1 WHERE id > 1;"
                "INSERT INTO metric_keys(id, name) VALUES(1, 'loss');"
                "INSERT INTO metrics(run_id, key_id, step, value, ts) VALUES(2, 1, 0, 0.5, %5);")
                                .arg(now - 10000)
                                .arg(now - 8000)
                                .arg(dead.pid)
                                .arg(dead.startTime)
                                .arg(metricAt)).ok());
        }
        // The third step wrote its log last.
        const QString log = dir.filePath(QStringLiteral("logs/step0003/stdout.log"));
        QVERIFY(QDir().mkpath(QFileInfo(log).absolutePath()));
        QFile file(log);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("working\n");
        file.close();
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::fromMSecsSinceEpoch(logAt), QFileDevice::FileModificationTime));
        file.close();

        Result<std::unique_ptr<Store>> store = Store::open(path);
        QVERIFY(store.ok());
        Database &db = (*store)->db();
        const auto endedAt = [&db](const QString &uuid) {
            return db.scalar(QStringLiteral("SELECT ended_at FROM runs WHERE uuid = '%1'").arg(uuid))->toLongLong();
        };
        QCOMPARE(statusOf(db, QStringLiteral("pipe0001")), QStringLiteral("Interrupted"));
        QCOMPARE(statusOf(db, QStringLiteral("step0001")), QStringLiteral("Interrupted"));
        QCOMPARE(statusOf(db, QStringLiteral("step0002")), QStringLiteral("Skipped"));
        QCOMPARE(statusOf(db, QStringLiteral("step0003")), QStringLiteral("Interrupted"));
        QCOMPARE(endedAt(QStringLiteral("step0001")), metricAt);
        QCOMPARE(endedAt(QStringLiteral("step0003")), logAt);
        QCOMPARE(endedAt(QStringLiteral("pipe0001")), logAt);
        QCOMPARE(endedAt(QStringLiteral("step0002")), logAt);
        QCOMPARE(db.scalar(QStringLiteral("SELECT failure_reason FROM runs WHERE uuid = 'step0002'"))->toString(),
                 QStringLiteral("not started: the program running the pipeline stopped unexpectedly"));
    }

    void runsOfAWitnessedDeathEndWhenTheirProgramDied()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        const ProcessIdentity dead = deadProcess();
        const ProcessIdentity other = deadProcess();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 stepStart = now - 8000;
        {
            Result<std::unique_ptr<Store>> store = Store::open(path);
            QVERIFY(store.ok());
            // A step computing silently since its start (no metric, no log), a step that
            // never started, and a run of another dead program nobody saw die.
            QVERIFY((*store)->db().exec(QStringLiteral(
                "INSERT INTO runs(id, uuid, kind, name, status, created_at, started_at, owner_pid, owner_start)"
                " VALUES(1, 'pipe0001', 'pipeline', 'p', 'Running', %1, %1, %3, %4),"
                "       (2, 'step0001', 'step', 'train', 'Running', %2, %2, %3, %4),"
                "       (3, 'step0002', 'step', 'eval', 'Pending', %2, NULL, %3, %4),"
                "       (4, 'pipe0002', 'pipeline', 'q', 'Running', %2, %2, %5, %6);"
                "UPDATE runs SET parent_id = 1 WHERE id IN (2, 3);")
                                          .arg(now - 10000)
                                          .arg(stepStart)
                                          .arg(dead.pid)
                                          .arg(dead.startTime)
                                          .arg(other.pid)
                                          .arg(other.startTime)).ok());
        }
        const qint64 diedAt = now - 1000;
        Result<std::unique_ptr<Store>> store = Store::open(path, WitnessedDeath{dead, diedAt});
        QVERIFY(store.ok());
        Database &db = (*store)->db();
        const auto endedAt = [&db](const QString &uuid) {
            return db.scalar(QStringLiteral("SELECT ended_at FROM runs WHERE uuid = '%1'").arg(uuid))->toLongLong();
        };
        QCOMPARE(statusOf(db, QStringLiteral("step0001")), QStringLiteral("Interrupted"));
        QCOMPARE(endedAt(QStringLiteral("step0001")), diedAt);
        QCOMPARE(endedAt(QStringLiteral("pipe0001")), diedAt);
        QCOMPARE(statusOf(db, QStringLiteral("step0002")), QStringLiteral("Skipped"));
        QCOMPARE(endedAt(QStringLiteral("step0002")), diedAt);
        // Another program's run still ends when it was last seen working.
        QCOMPARE(statusOf(db, QStringLiteral("pipe0002")), QStringLiteral("Interrupted"));
        QCOMPARE(endedAt(QStringLiteral("pipe0002")), stepStart);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
