// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/governance/auditlog.h"

#include "core/store/database.h"
#include "core/store/readsnapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <optional>

#include <sqlite3.h>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::AuditLog)
};

const QString kColumns = QStringLiteral(
    "seq, ts, actor, action, subject, comment, details, prev_hash, hash");

AuditEntry readEntry(const Statement &s)
{
    AuditEntry e;
    e.seq = s.int64(0);
    e.timeMs = s.int64(1);
    e.actor = s.text(2);
    e.action = s.text(3);
    e.subject = s.text(4);
    e.comment = s.text(5);
    e.details = s.text(6);
    e.previousHash = s.text(7);
    e.hash = s.text(8);
    return e;
}

Result<QList<AuditEntry>> readEntries(Statement &s)
{
    QList<AuditEntry> entries;
    if (Status rowsRead = s.forEachRow([&] {
        entries.append(readEntry(s));
    }); !rowsRead)
        return rowsRead.error();
    return entries;
}

/** The head file's record: "<seq> <hash>". seq 0: present but not in that form. */
struct HeadRecord
{
    qint64 seq = 0;
    QString hash;
};

std::optional<HeadRecord> readHeadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QStringList fields = QString::fromLatin1(file.read(256)).trimmed().split(QLatin1Char(' '));
    HeadRecord head;
    bool ok = false;
    if (fields.size() == 2)
        head.seq = fields.first().toLongLong(&ok);
    head.hash = fields.value(1);
    if (!ok || head.seq <= 0 || head.hash.size() != 64)
        return HeadRecord{};
    return head;
}

// Records the last committed entry, never moving the record backwards (another process may
// have committed a later entry meanwhile). Best effort: the store remains the record.
void writeHeadFile(const QString &path, qint64 seq, const QString &hash)
{
    if (std::optional<HeadRecord> existing = readHeadFile(path); existing && existing->seq > seq)
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QStringLiteral("%1 %2\n").arg(QString::number(seq), hash).toLatin1());
    (void)file.commit();
}

QString describe(const AuditEntry &e)
{
    return Text::tr("#%1 (%2 %3 by %4 at %5)")
        .arg(QString::number(e.seq), e.action, e.subject, e.actor, e.time().toString(Qt::ISODate));
}
/** Compares the head file's record, read before the snapshot of `entries`, with them. */
void checkHeadFile(const HeadRecord &head, const QString &name, const QList<AuditEntry> &entries,
                   AuditVerification &v)
{
    auto fail = [&v](qint64 seq, const QString &problem) {
        v.intact = false;
        v.firstBadSeq = seq;
        v.problem = problem;
    };
    const qint64 lastSeq = entries.isEmpty() ? 0 : entries.last().seq;
    if (head.seq == 0) {
        fail(1, Text::tr("the audit log's head file %1 was not written by the studio: the log "
                         "cannot be shown to be complete")
                    .arg(name));
    } else if (head.seq > lastSeq) {
        // The file was read before the snapshot was taken, so it cannot be ahead of it.
        fail(lastSeq + 1,
             lastSeq == 0
                 ? Text::tr("the audit log is empty, but its head file %1 records %2 entries written")
                       .arg(name, QString::number(head.seq))
             : head.seq == lastSeq + 1
                 ? Text::tr("audit entry #%1 is missing: the head file %2 records it as the last "
                            "entry written")
                       .arg(QString::number(head.seq), name)
                 : Text::tr("audit entries #%1 to #%2 are missing: the head file %3 records #%2 as "
                            "the last entry written")
                       .arg(QString::number(lastSeq + 1), QString::number(head.seq), name));
    } else if (entries.at(head.seq - 1).hash != head.hash) {
        fail(head.seq, Text::tr("audit entry %1 does not match the hash in the head file %2: "
                                "entries were replaced outside the studio")
                           .arg(describe(entries.at(head.seq - 1)), name));
    }
    // A head file behind the log is no evidence of tampering: a writer updates it only after
    // its commit, and may stop in between. The entries after it still chain from the entry
    // it names, which the loop in verify() has checked.
}
} // namespace

QJsonObject AuditVerification::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("intact"), intact);
    o.insert(QStringLiteral("checked"), checked);
    o.insert(QStringLiteral("first_bad_seq"), firstBadSeq > 0 ? QJsonValue(firstBadSeq) : QJsonValue());
    o.insert(QStringLiteral("problem"), problem.isEmpty() ? QJsonValue() : QJsonValue(problem));
    o.insert(QStringLiteral("head_hash"), headHash);
    o.insert(QStringLiteral("versions_checked"), versionsChecked);
    o.insert(QStringLiteral("registry_problems"), QJsonArray::fromStringList(registryProblems));
    return o;
}

Result<AuditEntry> AuditLog::append(const AuditEvent &event)
{
    if (sqlite3_get_autocommit(m_db.handle()) == 0)
        return appendLocked(event);  // inside the caller's transaction
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    Result<AuditEntry> entry = appendLocked(event);
    if (!entry)
        return entry;
    if (Status s = tx.commit(); !s)
        return s.error();
    return entry;
}

Result<AuditEntry> AuditLog::appendLocked(const AuditEvent &event)
{
    AuditEntry e;
    Result<Statement> last = m_db.prepare(
        QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!last)
        return last.error();
    Result<bool> row = last->step();
    if (!row)
        return row.error();
    e.seq = *row ? last->int64(0) + 1 : 1;
    e.previousHash = *row ? last->text(1) : AuditEntry::genesisHash();
    e.timeMs = QDateTime::currentMSecsSinceEpoch();
    e.actor = event.actor;
    e.action = event.action;
    e.subject = event.subject;
    e.comment = event.comment;
    e.details = QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact));
    e.hash = e.computeHash();

    Result<Statement> insert = m_db.prepare(QStringLiteral("INSERT INTO audit_log(") + kColumns
                                            + QStringLiteral(") VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, e.seq).bind(2, e.timeMs).bind(3, e.actor).bind(4, e.action).bind(5, e.subject);
    insert->bind(6, e.comment.isNull() ? QStringLiteral("") : e.comment).bind(7, e.details);
    insert->bind(8, e.previousHash).bind(9, e.hash);
    if (Status s = insert->exec(); !s)
        return s.error();
    Result<Statement> head = m_db.prepare(QStringLiteral(
        "INSERT INTO audit_head(id, seq, hash) VALUES(1, ?1, ?2)"
        " ON CONFLICT(id) DO UPDATE SET seq = ?1, hash = ?2"));
    if (!head)
        return head.error();
    head->bind(1, e.seq).bind(2, e.hash);
    if (Status s = head->exec(); !s)
        return s.error();
    if (QFileInfo(m_db.path()).isAbsolute()) {
        const QString file = headFilePath(m_db.path());
        m_db.runAfterCommit([file, seq = e.seq, hash = e.hash] { writeHeadFile(file, seq, hash); });
    }
    return e;
}

QString AuditLog::headFilePath(const QString &storePath)
{
    return storePath + QStringLiteral(".audit-head");
}

Result<QList<AuditEntry>> AuditLog::recent(int limit) const
{
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log ORDER BY seq DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    Result<Statement> s = m_db.prepare(sql);
    if (!s)
        return s.error();
    return readEntries(*s);
}

Result<QList<AuditEntry>> AuditLog::forSubject(const QString &subject) const
{
    Result<Statement> s = m_db.prepare(QStringLiteral("SELECT ") + kColumns
                                       + QStringLiteral(" FROM audit_log WHERE subject = ? ORDER BY seq"));
    if (!s)
        return s.error();
    s->bind(1, subject);
    return readEntries(*s);
}

Result<qint64> AuditLog::count() const
{
    Result<QVariant> n = m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<AuditVerification> AuditLog::verify() const
{
    // The head file first, then one snapshot of the store: whatever the file records was
    // committed before it was written, so the snapshot holds it. A file ahead of the
    // snapshot therefore means entries were removed, never that a writer was just busy.
    const bool withHeadFile = QFileInfo(m_db.path()).isAbsolute();
    const std::optional<HeadRecord> headFile =
        withHeadFile ? readHeadFile(headFilePath(m_db.path())) : std::nullopt;
    const QString headFileName = QFileInfo(headFilePath(m_db.path())).fileName();
    ReadSnapshot snapshot(m_db);
    if (!snapshot.isActive())
        return snapshot.beginError();

    Result<Statement> head = m_db.prepare(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
    if (!head)
        return head.error();
    Result<bool> headRow = head->step();
    if (!headRow)
        return headRow.error();
    const bool hasHead = *headRow;
    const qint64 headSeq = hasHead ? head->int64(0) : 0;
    const QString headHash = hasHead ? head->text(1) : QString();
    head->reset();

    Result<Statement> s = m_db.prepare(QStringLiteral("SELECT ") + kColumns
                                       + QStringLiteral(" FROM audit_log ORDER BY seq"));
    if (!s)
        return s.error();
    Result<QList<AuditEntry>> entries = readEntries(*s);
    if (!entries)
        return entries.error();

    AuditVerification v;
    v.checked = int(entries->size());
    v.headHash = AuditEntry::genesisHash();
    auto fail = [&v](qint64 seq, const QString &problem) {
        v.intact = false;
        v.firstBadSeq = seq;
        v.problem = problem;
    };

    // Stored hash → entry, to tell a moved entry from an edited one.
    QHash<QString, qint64> seqOfHash;
    for (const AuditEntry &e : std::as_const(*entries))
        seqOfHash.insert(e.hash, e.seq);

    QString expectedPrevious = AuditEntry::genesisHash();
    qint64 expectedSeq = 1;
    const AuditEntry *previous = nullptr;
    for (const AuditEntry &e : std::as_const(*entries)) {
        if (e.seq > expectedSeq) {
            const QString previous = QString::number(expectedSeq - 1);
            fail(expectedSeq, expectedSeq + 1 == e.seq
                                  ? Text::tr("audit entry #%1 is missing: entry %2 follows entry #%3")
                                        .arg(QString::number(expectedSeq), describe(e), previous)
                                  : Text::tr("audit entries #%1 to #%2 are missing: entry %3 follows "
                                             "entry #%4")
                                        .arg(QString::number(expectedSeq), QString::number(e.seq - 1),
                                             describe(e), previous));
            return v;
        }
        if (hasHead && e.seq > headSeq && headSeq == expectedSeq - 1 && headHash == expectedPrevious) {
            // The log moves its head record with every entry it writes, in the same
            // transaction: an entry past the head was put there by something else.
            fail(e.seq, Text::tr("audit entry %1 was not written by the audit log: it follows entry "
                                 "#%2, which the log recorded as its last entry")
                            .arg(describe(e), QString::number(headSeq)));
            return v;
        }
        if (e.computeHash() != e.hash) {
            const qint64 linkedTo = seqOfHash.value(e.previousHash, 0);
            if (e.previousHash != expectedPrevious && linkedTo > 0 && linkedTo != e.seq - 1)
                fail(e.seq, Text::tr("audit entry %1 is out of order: it was written after entry "
                                     "#%2 (entries were reordered)")
                                .arg(describe(e), QString::number(linkedTo)));
            else
                fail(e.seq, Text::tr("audit entry %1 was changed after it was written: its content "
                                     "no longer matches its hash")
                                .arg(describe(e)));
            return v;
        }
        if (e.previousHash != expectedPrevious) {
            // This entry is intact but was chained to something else: what came before it
            // was replaced (content and hash re-computed), or inserted.
            if (previous)
                fail(previous->seq, Text::tr("audit entry %1 was replaced after it was written: the "
                                             "chain of hashes breaks at entry #%2, which was written "
                                             "after a different entry")
                                        .arg(describe(*previous), QString::number(e.seq)));
            else
                fail(e.seq, Text::tr("audit entry %1 is not the first entry written: the chain of "
                                     "hashes is broken before it")
                                .arg(describe(e)));
            return v;
        }
        previous = &e;
        expectedPrevious = e.hash;
        expectedSeq = e.seq + 1;
    }
    v.headHash = expectedPrevious;

    // The head record catches entries cut off the end of the log.
    const qint64 lastSeq = expectedSeq - 1;
    if (!hasHead) {
        if (lastSeq > 0)
            fail(1, Text::tr("the audit log's head record is missing: the log cannot be shown to "
                             "be complete"));
        else if (headFile)
            checkHeadFile(*headFile, headFileName, *entries, v);
        return v;
    }
    if (headSeq > lastSeq) {
        fail(lastSeq + 1, headSeq == lastSeq + 1
                              ? Text::tr("audit entry #%1 is missing: it was the last entry written")
                                    .arg(headSeq)
                              : Text::tr("audit entries #%1 to #%2 are missing: they were the last "
                                         "entries written")
                                    .arg(QString::number(lastSeq + 1), QString::number(headSeq)));
    } else if (headSeq < lastSeq || headHash != expectedPrevious) {
        fail(headSeq > 0 ? headSeq : 1,
             Text::tr("the audit log's head record does not match entry #%1: entries were added "
                      "or replaced outside the studio")
                 .arg(lastSeq));
    }
    if (v.intact && headFile)
        checkHeadFile(*headFile, headFileName, *entries, v);
    return v;
}

} // namespace mlops
