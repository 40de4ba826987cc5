// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/governance/auditlog.h"

#include "core/store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>

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

QString describe(const AuditEntry &e)
{
    return Text::tr("#%1 (%2 %3 by %4 at %5)")
        .arg(QString::number(e.seq), e.action, e.subject, e.actor, e.time().toString(Qt::ISODate));
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
    return e;
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
    Result<Statement> head = m_db.prepare(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
    if (!head)
        return head.error();
    Result<bool> row = head->step();
    if (!row)
        return row.error();
    const qint64 lastSeq = expectedSeq - 1;
    if (!*row) {
        if (lastSeq > 0)
            fail(1, Text::tr("the audit log's head record is missing: the log cannot be shown to "
                             "be complete"));
        return v;
    }
    const qint64 headSeq = head->int64(0);
    if (headSeq > lastSeq) {
        fail(lastSeq + 1, headSeq == lastSeq + 1
                              ? Text::tr("audit entry #%1 is missing: it was the last entry written")
                                    .arg(headSeq)
                              : Text::tr("audit entries #%1 to #%2 are missing: they were the last "
                                         "entries written")
                                    .arg(QString::number(lastSeq + 1), QString::number(headSeq)));
    } else if (headSeq < lastSeq || head->text(1) != expectedPrevious) {
        fail(headSeq > 0 ? headSeq : 1,
             Text::tr("the audit log's head record does not match entry #%1: entries were added "
                      "or replaced outside the studio")
                 .arg(lastSeq));
    }
    return v;
}

} // namespace mlops
