// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/governance/auditlog.h"
#include "core/store/database.h"
#include "core/store/store.h"

#include "testsupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <sqlite3.h>

using namespace mlops;

namespace {

/** Edits the store behind the studio's back, as someone with the sqlite3 tool would. */
bool tamper(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return false;
    }
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK)
        qWarning("tamper: %s", message);
    sqlite3_free(message);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    /** A fresh store with five entries; returns its path. */
    QString storeWithEntries()
    {
        const QString path = m_dir.filePath(QStringLiteral("store%1.db").arg(++m_counter));
        Result<std::unique_ptr<Store>> store = Store::open(path);
        if (!store)
            return {};
        AuditLog log((*store)->db());
        const char *actions[] = {"model.register", "model.register", "model.approve", "model.alias",
                                 "model.reject"};
        for (int i = 0; i < 5; ++i) {
            AuditEvent event{QStringLiteral("Jane Doe <jane@example.org>"), QString::fromLatin1(actions[i]),
                             QStringLiteral("breast-cancer/%1").arg(i < 2 ? i + 1 : 2),
                             i == 2 ? QStringLiteral("accuracy 0.96 on the \"hold-out\" set\nlooks good")
                                    : QString(),
                             QJsonObject{{QStringLiteral("n"), i}}};
            if (!log.append(event))
                return {};
        }
        return path;
    }

    static AuditVerification verify(const QString &path)
    {
        Result<std::unique_ptr<Store>> store = Store::open(path);
        if (!store)
            return {};
        Result<AuditVerification> v = AuditLog((*store)->db()).verify();
        return v ? *v : AuditVerification{false, 0, -1, v.error().toString(), {}};
    }

private slots:
    void appendsChainedEntriesAndVerifies()
    {
        const QString path = storeWithEntries();
        QVERIFY(!path.isEmpty());
        Result<std::unique_ptr<Store>> store = Store::open(path);
        QVERIFY(store.ok());
        AuditLog log((*store)->db());
        Result<QList<AuditEntry>> entries = log.recent();
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 5);
        QCOMPARE(entries->first().seq, 5);  // newest first
        QCOMPARE(entries->last().previousHash, AuditEntry::genesisHash());
        for (int i = 0; i + 1 < entries->size(); ++i)
            QCOMPARE(entries->at(i).previousHash, entries->at(i + 1).hash);
        QCOMPARE(entries->at(2).comment, QStringLiteral("accuracy 0.96 on the \"hold-out\" set\nlooks good"));

        Result<AuditVerification> v = log.verify();
        QVERIFY(v.ok());
        QVERIFY2(v->intact, qPrintable(v->problem));
        QCOMPARE(v->checked, 5);
        QCOMPARE(v->headHash, entries->first().hash);

        Result<QList<AuditEntry>> about = log.forSubject(QStringLiteral("breast-cancer/2"));
        QCOMPARE(about->size(), 4);
    }

    void hashIsReproducibleWithoutTheStudio()
    {
        // The documented canonical form: Python's json.dumps of the string fields.
        const QString python = QStringLiteral("/usr/bin/python3");
        MLOPS_REQUIRE(QFileInfo(python).isExecutable(), QStringLiteral("/usr/bin/python3 is missing"));
        const QString path = storeWithEntries();
        Result<std::unique_ptr<Store>> store = Store::open(path);
        Result<QList<AuditEntry>> entries = AuditLog((*store)->db()).recent();
        QJsonArray rows;
        for (const AuditEntry &e : *entries)
            rows.append(QJsonArray{QString::number(e.seq), QString::number(e.timeMs), e.actor, e.action,
                                   e.subject, e.comment, e.details, e.previousHash, e.hash});
        const QString script = QStringLiteral(
            "import hashlib, json, sys\n"
            "for r in json.load(sys.stdin):\n"
            "    fields = ['mlops-audit/1'] + r[:8]\n"
            "    h = hashlib.sha256(json.dumps(fields, ensure_ascii=False, separators=(',', ':')).encode()).hexdigest()\n"
            "    print('ok' if h == r[8] else 'bad ' + r[0])\n");
        QProcess process;
        process.start(python, {QStringLiteral("-c"), script});
        QVERIFY(process.waitForStarted());
        process.write(QJsonDocument(rows).toJson());
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished());
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
                 QStringLiteral("ok\nok\nok\nok\nok"));
    }

    void refusesUpdatesThroughTheDatabase()
    {
        const QString path = storeWithEntries();
        Result<std::unique_ptr<Store>> store = Store::open(path);
        Status update = (*store)->db().exec(QStringLiteral("UPDATE audit_log SET comment = 'x' WHERE seq = 1"));
        QVERIFY(!update.ok());
        QVERIFY2(update.error().message.contains(QStringLiteral("append-only")), qPrintable(update.error().message));
        QVERIFY(!(*store)->db().exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 1")).ok());
    }

    void detectsAnEditedEntry()
    {
        const QString path = storeWithEntries();
        QVERIFY(tamper(path, "DROP TRIGGER audit_log_no_update;"
                             "UPDATE audit_log SET comment = 'approved without review' WHERE seq = 3;"));
        const AuditVerification v = verify(path);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 3);
        QVERIFY2(v.problem.contains(QStringLiteral("#3")) && v.problem.contains(QStringLiteral("changed")),
                 qPrintable(v.problem));
        QVERIFY(v.problem.contains(QStringLiteral("model.approve")));
    }

    void detectsAnEditedActorOrTime()
    {
        const QString path = storeWithEntries();
        QVERIFY(tamper(path, "DROP TRIGGER audit_log_no_update;"
                             "UPDATE audit_log SET ts = ts - 86400000 WHERE seq = 4;"));
        QCOMPARE(verify(path).firstBadSeq, 4);
    }

    void detectsADeletedEntry()
    {
        const QString path = storeWithEntries();
        QVERIFY(tamper(path, "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 2;"));
        const AuditVerification v = verify(path);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 2);
        QVERIFY2(v.problem.contains(QStringLiteral("#2 is missing")), qPrintable(v.problem));
    }

    void detectsAnEntryCutOffTheEnd()
    {
        const QString path = storeWithEntries();
        QVERIFY(tamper(path, "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 5;"));
        const AuditVerification v = verify(path);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 5);
        QVERIFY2(v.problem.contains(QStringLiteral("#5 is missing")), qPrintable(v.problem));
    }

    void namesAnEntryAddedAtTheEndAsNotWrittenByTheLog()
    {
        // A row INSERTed after the last entry, with a made-up hash: nothing was changed, an
        // entry was added that the log never wrote.
        QString path = storeWithEntries();
        QVERIFY(tamper(path, "INSERT INTO audit_log(seq, ts, actor, action, subject, comment, details,"
                             " prev_hash, hash) SELECT 6, ts, actor, 'model.approve', subject, '', '{}',"
                             " hash, hash FROM audit_log WHERE seq = 5;"));
        AuditVerification v = verify(path);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 6);
        QVERIFY2(v.problem.contains(QStringLiteral("#6 (model.approve"))
                     && v.problem.contains(QStringLiteral("was not written by the audit log"))
                     && v.problem.contains(QStringLiteral("#5, which the log recorded as its last entry")),
                 qPrintable(v.problem));
        QVERIFY2(!v.problem.contains(QStringLiteral("changed")), qPrintable(v.problem));

        // The same with a hash computed as the studio would: the head record still tells.
        path = storeWithEntries();
        Result<std::unique_ptr<Store>> store = Store::open(path);
        AuditEntry forged = AuditLog((*store)->db()).recent(1)->first();
        store->reset();
        forged.seq = 6;
        forged.action = QStringLiteral("model.approve");
        forged.previousHash = forged.hash;
        forged.hash = forged.computeHash();
        const QByteArray sql = "INSERT INTO audit_log(seq, ts, actor, action, subject, comment, details, prev_hash,"
                               " hash) SELECT 6, ts, actor, 'model.approve', subject, comment, details, '"
                               + forged.previousHash.toUtf8() + "', '" + forged.hash.toUtf8()
                               + "' FROM audit_log WHERE seq = 5;";
        QVERIFY(tamper(path, sql.constData()));
        v = verify(path);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 6);
        QVERIFY2(v.problem.contains(QStringLiteral("was not written by the audit log")), qPrintable(v.problem));
    }

    void detectsReorderedEntries()
    {
        const QString path = storeWithEntries();
        QVERIFY(tamper(path, "DROP TRIGGER audit_log_no_update;"
                             "UPDATE audit_log SET seq = -1 WHERE seq = 3;"
                             "UPDATE audit_log SET seq = 3 WHERE seq = 4;"
                             "UPDATE audit_log SET seq = 4 WHERE seq = -1;"));
        const AuditVerification v = verify(path);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 3);
        QVERIFY2(v.problem.contains(QStringLiteral("out of order")), qPrintable(v.problem));
    }

    void detectsARecomputedHashByItsBrokenLink()
    {
        // Someone edits entry 2 and recomputes its hash: entry 3 no longer follows it.
        const QString path = storeWithEntries();
        Result<std::unique_ptr<Store>> store = Store::open(path);
        Result<QList<AuditEntry>> entries = AuditLog((*store)->db()).recent();
        AuditEntry forged = entries->at(3);
        QCOMPARE(forged.seq, 2);
        forged.subject = QStringLiteral("breast-cancer/9");
        const QByteArray sql = "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET subject = '"
                               + forged.subject.toUtf8() + "', hash = '" + forged.computeHash().toUtf8()
                               + "' WHERE seq = 2;";
        store->reset();
        QVERIFY(tamper(path, sql.constData()));
        const AuditVerification v = verify(path);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 2);
        QVERIFY2(v.problem.contains(QStringLiteral("#2")) && v.problem.contains(QStringLiteral("replaced")),
                 qPrintable(v.problem));
    }

    void headFileFollowsCommittedEntriesOnly()
    {
        const QString path = storeWithEntries();
        const QString headFile = AuditLog::headFilePath(path);
        Result<std::unique_ptr<Store>> store = Store::open(path);
        AuditLog log((*store)->db());
        const QString lastHash = log.recent(1)->first().hash;
        QCOMPARE(QString::fromLatin1(test::readFile(headFile)).trimmed(), QStringLiteral("5 ") + lastHash);
        {
            // An entry appended in a transaction that rolls back leaves the head file alone.
            Transaction tx((*store)->db());
            QVERIFY(log.append({QStringLiteral("Jane Doe <jane@example.org>"), QStringLiteral("data.add"),
                                QStringLiteral("data/x.csv"), {}, {}})
                        .ok());
        }
        QCOMPARE(QString::fromLatin1(test::readFile(headFile)).trimmed(), QStringLiteral("5 ") + lastHash);
        QVERIFY2(verify(path).intact, qPrintable(verify(path).problem));

        // A store from before the head file verifies on its chain alone.
        QVERIFY(QFile::remove(headFile));
        QVERIFY(verify(path).intact);
    }

    void detectsTheTailCutOffWithTheHeadRewound()
    {
        const QString path = storeWithEntries();
        QVERIFY(tamper(path, "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 5;"
                             "UPDATE audit_head SET seq = 4, hash = (SELECT hash FROM audit_log WHERE seq = 4);"));
        const AuditVerification v = verify(path);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 5);
        QVERIFY2(v.problem.contains(QStringLiteral("#5 is missing"))
                     && v.problem.contains(QStringLiteral("store%1.db.audit-head").arg(m_counter)),
                 qPrintable(v.problem));
    }

    void detectsTheWholeLogEmptied()
    {
        const QString path = storeWithEntries();
        QVERIFY(tamper(path, "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log; DELETE FROM audit_head;"));
        const AuditVerification v = verify(path);
        QVERIFY(!v.intact);
        QCOMPARE(v.checked, 0);
        QVERIFY2(v.problem.contains(QStringLiteral("the audit log is empty"))
                     && v.problem.contains(QStringLiteral("5 entries")),
                 qPrintable(v.problem));
    }

    void detectsAReplacedTailByTheHeadFile()
    {
        // Entry 5 replaced by a forged one with a valid link and audit_head updated: only the
        // head file still knows the original hash.
        const QString path = storeWithEntries();
        Result<std::unique_ptr<Store>> store = Store::open(path);
        AuditEntry forged = AuditLog((*store)->db()).recent(1)->first();
        forged.subject = QStringLiteral("breast-cancer/1");
        forged.hash = forged.computeHash();
        store->reset();
        const QByteArray sql = "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET subject = '"
                               + forged.subject.toUtf8() + "', hash = '" + forged.hash.toUtf8()
                               + "' WHERE seq = 5; UPDATE audit_head SET hash = '" + forged.hash.toUtf8() + "';";
        QVERIFY(tamper(path, sql.constData()));
        const AuditVerification v = verify(path);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 5);
        QVERIFY2(v.problem.contains(QStringLiteral("head file")), qPrintable(v.problem));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
