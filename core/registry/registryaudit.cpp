// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/registry/registryaudit.h"

#include "core/governance/permissions.h"
#include "core/registry/modelregistry.h"
#include "core/store/database.h"
#include "core/store/readsnapshot.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::RegistryAudit)
};

// Entries written before the log recorded the decision time carry only their own time,
// taken just after the registry row was written.
constexpr qint64 kLegacyTimeSlackMs = 60'000;

/** What the log says about one version. */
struct LoggedVersion
{
    const AuditEntry *registered = nullptr;
    const AuditEntry *decision = nullptr;  ///< the last approve/reject, else the registration
    const AuditEntry *card = nullptr;      ///< the last model card change
};

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString orNobody(const QString &who)
{
    return who.isEmpty() ? Text::tr("nobody") : who;
}

QString sha256(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString orNone(const QString &text)
{
    return text.isEmpty() ? Text::tr("none") : text;
}

QString metricsText(const QMap<QString, double> &metrics)
{
    QStringList parts;
    for (auto it = metrics.cbegin(); it != metrics.cend(); ++it)
        parts.append(QStringLiteral("%1=%2").arg(it.key(), QString::number(it.value(), 'g', 17)));
    return parts.isEmpty() ? Text::tr("none") : parts.join(QStringLiteral(", "));
}

QString inputsText(const QList<ModelInput> &inputs)
{
    QStringList parts;
    for (const ModelInput &i : inputs)
        parts.append(QStringLiteral("%1 %2 (%3)").arg(i.name, i.path, i.hash.left(12)));
    return parts.isEmpty() ? Text::tr("none") : parts.join(QStringLiteral(", "));
}

/**
 * The differences between what a version's row says about its origin (run, commit,
 * metrics snapshot, inputs, description) and its registration entry. Entries written
 * before the log recorded a field lack it; only the fields an entry has are compared.
 */
QStringList originDifferences(const ModelVersion &v, const AuditEntry &registration)
{
    QStringList out;
    const QJsonObject d = registration.detailsObject();
    const QString entry = QString::number(registration.seq);
    if (d.contains(QStringLiteral("run"))) {
        const QString run = d.value(QStringLiteral("run")).toString();
        if (run != v.runUuid)
            out.append(Text::tr("its run is %1 but the log registered run %2 (entry #%3)")
                           .arg(orNone(v.runUuid), orNone(run), entry));
        const QString pipelineRun = d.value(QStringLiteral("pipeline_run")).toString();
        if (pipelineRun != v.pipelineRunUuid)
            out.append(Text::tr("its pipeline run is %1 but the log registered %2 (entry #%3)")
                           .arg(orNone(v.pipelineRunUuid), orNone(pipelineRun), entry));
    }
    if (d.contains(QStringLiteral("git_commit"))) {
        const QString commit = d.value(QStringLiteral("git_commit")).toString();
        if (commit != v.gitCommit)
            out.append(Text::tr("its git commit is %1 but the log registered %2 (entry #%3)")
                           .arg(orNone(v.gitCommit), orNone(commit), entry));
    }
    if (d.contains(QStringLiteral("git_dirty")) && d.value(QStringLiteral("git_dirty")).toBool() != v.gitDirty)
        out.append(v.gitDirty ? Text::tr("it says its working tree was dirty but the log registered a clean "
                                         "one (entry #%1)").arg(entry)
                              : Text::tr("it says its working tree was clean but the log registered a dirty "
                                         "one (entry #%1)").arg(entry));
    if (d.contains(QStringLiteral("metrics"))) {
        QMap<QString, double> metrics;
        const QJsonObject logged = d.value(QStringLiteral("metrics")).toObject();
        for (auto it = logged.begin(); it != logged.end(); ++it)
            metrics.insert(it.key(), it.value().toDouble());
        if (metrics != v.metrics)
            out.append(Text::tr("its metrics (%1) differ from those the log registered (%2, entry #%3)")
                           .arg(metricsText(v.metrics), metricsText(metrics), entry));
    }
    if (d.contains(QStringLiteral("inputs"))) {
        QList<ModelInput> inputs;
        for (const QJsonValue &i : d.value(QStringLiteral("inputs")).toArray()) {
            const QJsonObject o = i.toObject();
            inputs.append({o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("hash")).toString(),
                           o.value(QStringLiteral("path")).toString()});
        }
        const auto same = [](const ModelInput &a, const ModelInput &b) {
            return a.name == b.name && a.hash == b.hash && a.path == b.path;
        };
        if (!std::equal(inputs.cbegin(), inputs.cend(), v.inputs.cbegin(), v.inputs.cend(), same))
            out.append(Text::tr("its input data (%1) differ from those the log registered (%2, entry #%3)")
                           .arg(inputsText(v.inputs), inputsText(inputs), entry));
    }
    // Who registered it and when: the entry's actor, and the time the registration
    // recorded (older entries: their own time, written just after the row).
    if (v.createdBy != registration.actor)
        out.append(Text::tr("it was registered by %1 but the log says %2 (entry #%3)")
                       .arg(orNobody(v.createdBy), orNobody(registration.actor), entry));
    const qint64 created = v.created.isValid() ? v.created.toMSecsSinceEpoch() : 0;
    if (d.contains(QStringLiteral("created_at"))) {
        const qint64 logged = qint64(d.value(QStringLiteral("created_at")).toDouble());
        if (created != logged)
            out.append(Text::tr("it was registered at %1 but the log says %2 (entry #%3)")
                           .arg(created ? timeText(created) : Text::tr("no time"), timeText(logged), entry));
    } else if (created == 0 || created > registration.timeMs || registration.timeMs - created > kLegacyTimeSlackMs) {
        out.append(Text::tr("it was registered at %1 but the log's entry #%2 was written at %3")
                       .arg(created ? timeText(created) : Text::tr("no time"), entry, timeText(registration.timeMs)));
    }
    if (d.contains(QStringLiteral("model_path"))) {
        const QString name = d.value(QStringLiteral("model_name")).toString();
        const QString kind = d.value(QStringLiteral("model_kind")).toString();
        const qint64 size = qint64(d.value(QStringLiteral("model_size")).toDouble());
        const QString path = d.value(QStringLiteral("model_path")).toString();
        if (name != v.modelName || kind != v.modelKind || size != v.modelSize || path != v.modelPath)
            out.append(Text::tr("its model (%1, %2, %3 bytes, %4) differs from the one the log registered "
                                "(%5, %6, %7 bytes, %8, entry #%9)")
                           .arg(orNone(v.modelName), orNone(v.modelKind), QString::number(v.modelSize),
                                orNone(v.modelPath), orNone(name), orNone(kind), QString::number(size),
                                orNone(path), entry));
    }
    if (d.contains(QStringLiteral("description_sha256"))
        && d.value(QStringLiteral("description_sha256")).toString() != sha256(v.description))
        out.append(Text::tr("its description \"%1\" differs from the one the log registered (\"%2\", entry #%3)")
                       .arg(v.description, registration.comment, entry));
    return out;
}

/** The differences between a version's row and what its log entries say. */
QStringList differences(const ModelVersion &v, const LoggedVersion &logged)
{
    QStringList out;
    const QJsonObject registered = logged.registered->detailsObject();
    const QString hash = registered.value(QStringLiteral("model_hash")).toString();
    if (!hash.isEmpty() && hash != v.modelHash)
        out.append(Text::tr("its model hash is %1 but the log registered %2").arg(v.modelHash, hash));
    out.append(originDifferences(v, *logged.registered));

    const AuditEntry &decision = *logged.decision;
    const QJsonObject details = decision.detailsObject();
    const bool isRegistration = &decision == logged.registered;
    ApprovalStatus expected = ApprovalStatus::PendingManualApproval;
    if (decision.action == actions::modelApprove())
        expected = ApprovalStatus::Approved;
    else if (decision.action == actions::modelReject())
        expected = ApprovalStatus::Rejected;
    else
        expected = parseApprovalStatus(details.value(QStringLiteral("status")).toString())
                       .value_or(ApprovalStatus::PendingManualApproval);
    const bool decided = expected != ApprovalStatus::PendingManualApproval;
    if (v.status != expected)
        out.append(Text::tr("its status is %1 but the log says %2 (entry #%3)")
                       .arg(approvalStatusName(v.status), approvalStatusName(expected),
                            QString::number(decision.seq)));
    const QString expectedBy = decided ? decision.actor : QString();
    if (v.statusBy != expectedBy)
        out.append(Text::tr("it was decided by %1 but the log says %2 (entry #%3)")
                       .arg(orNobody(v.statusBy), orNobody(expectedBy), QString::number(decision.seq)));
    const qint64 at = v.statusAt.isValid() ? v.statusAt.toMSecsSinceEpoch() : 0;
    if (!decided) {
        if (at != 0)
            out.append(Text::tr("it has a decision time (%1) but the log records no decision")
                           .arg(timeText(at)));
    } else if (details.contains(QStringLiteral("status_at"))) {
        const qint64 logged = qint64(details.value(QStringLiteral("status_at")).toDouble());
        if (at != logged)
            out.append(Text::tr("it was decided at %1 but the log says %2 (entry #%3)")
                           .arg(at ? timeText(at) : Text::tr("no time"), timeText(logged),
                                QString::number(decision.seq)));
    } else if (at == 0 || at > decision.timeMs || decision.timeMs - at > kLegacyTimeSlackMs) {
        out.append(Text::tr("it was decided at %1 but the log's entry #%2 was written at %3")
                       .arg(at ? timeText(at) : Text::tr("no time"), QString::number(decision.seq),
                            timeText(decision.timeMs)));
    }
    const QString expectedComment = decided && !isRegistration ? decision.comment : QString();
    if (v.statusComment != expectedComment)
        out.append(Text::tr("its approval comment \"%1\" differs from the log's \"%2\" (entry #%3)")
                       .arg(v.statusComment, expectedComment, QString::number(decision.seq)));

    const AuditEntry *card = logged.card ? logged.card : logged.registered;
    const QJsonObject cardDetails = card->detailsObject();
    const QString cardHash = cardDetails.value(card == logged.registered ? QStringLiteral("model_card_sha256")
                                                                         : QStringLiteral("sha256"))
                                 .toString();
    if (!cardHash.isEmpty() && cardHash != sha256(v.modelCard))
        out.append(Text::tr("its model card differs from the one the log recorded (entry #%1)")
                       .arg(card->seq));
    return out;
}
} // namespace

Result<AuditVerification> RegistryAudit::verify() const
{
    // One snapshot for the log and the registry, so a decision committed by another
    // process between two reads cannot look like a difference. AuditLog::verify() reads
    // the head file before the snapshot's first query.
    ReadSnapshot snapshot(m_db);
    if (!snapshot.isActive())
        return snapshot.beginError();
    AuditLog log(m_db);
    Result<AuditVerification> v = log.verify();
    if (!v || !v->intact)
        return v;
    Result<QList<AuditEntry>> entries = log.recent();
    if (!entries)
        return entries.error();
    std::reverse(entries->begin(), entries->end());
    qint64 firstSeq = 0;
    Result<QStringList> problems = crossCheck(*entries, v->versionsChecked, firstSeq);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty()) {
        v->intact = false;
        v->firstBadSeq = firstSeq;
        v->registryProblems = *problems;
        v->problem = problems->first();
        if (problems->size() > 1)
            v->problem += Text::tr(" (and %n more difference(s))", nullptr, int(problems->size() - 1));
    }
    return v;
}

Result<QStringList> RegistryAudit::crossCheck(const QList<AuditEntry> &oldestFirst, int &versionsChecked,
                                              qint64 &firstSeq) const
{
    QMap<QString, LoggedVersion> logged;       // "group/version" → its entries
    QMap<QString, const AuditEntry *> aliases; // "group\nalias" → the last move
    for (const AuditEntry &e : oldestFirst) {
        if (e.action == actions::modelRegister()) {
            logged[e.subject].registered = &e;
            logged[e.subject].decision = &e;
        } else if (e.action == actions::modelApprove() || e.action == actions::modelReject()) {
            logged[e.subject].decision = &e;
        } else if (e.action == actions::modelCard()) {
            logged[e.subject].card = &e;
        } else if (e.action == actions::modelAlias()) {
            const QString alias = e.detailsObject().value(QStringLiteral("alias")).toString();
            aliases.insert(e.subject.section(QLatin1Char('/'), 0, 0) + QLatin1Char('\n') + alias, &e);
        }
    }

    ModelRegistry registry(m_db);
    Result<QList<ModelGroup>> groups = registry.groups();
    if (!groups)
        return groups.error();
    QStringList problems;
    auto note = [&](qint64 seq, const QString &problem) {
        if (problems.isEmpty())
            firstSeq = seq;
        problems.append(problem);
    };
    QSet<QString> inRegistry;
    for (const ModelGroup &g : std::as_const(*groups)) {
        for (const ModelVersion &v : g.versions) {
            ++versionsChecked;
            inRegistry.insert(v.ref());
            const LoggedVersion entries = logged.value(v.ref());
            if (!entries.registered) {
                note(0, Text::tr("model version %1 has no model.register entry in the audit log: it "
                                 "was added to the registry outside the studio")
                            .arg(v.ref()));
                continue;
            }
            const QStringList diff = differences(v, entries);
            if (!diff.isEmpty())
                note(entries.decision->seq, Text::tr("model version %1 does not match the audit log: %2")
                                                .arg(v.ref(), diff.join(QStringLiteral("; "))));
        }
        for (auto it = g.aliases.cbegin(); it != g.aliases.cend(); ++it) {
            const AuditEntry *move = aliases.take(g.name + QLatin1Char('\n') + it.key());
            const int loggedTo = move ? move->detailsObject().value(QStringLiteral("to")).toInt() : 0;
            if (!move)
                note(0, Text::tr("alias '%1' of %2 points at version %3, but the audit log never set it")
                            .arg(it.key(), g.name, QString::number(it.value())));
            else if (loggedTo == 0)
                note(move->seq, Text::tr("alias '%1' of %2 points at version %3, but the audit log last removed "
                                         "it (entry #%4)")
                                    .arg(it.key(), g.name, QString::number(it.value()), QString::number(move->seq)));
            else if (loggedTo != it.value())
                note(move->seq, Text::tr("alias '%1' of %2 points at version %3, but the audit log last "
                                         "moved it to version %4 (entry #%5)")
                                    .arg(it.key(), g.name, QString::number(it.value()),
                                         QString::number(loggedTo), QString::number(move->seq)));
        }
    }
    for (auto it = logged.cbegin(); it != logged.cend(); ++it) {
        if (it->registered && !inRegistry.contains(it.key()))
            note(it->registered->seq, Text::tr("model version %1 was registered (audit entry #%2) but is "
                                               "missing from the registry")
                                          .arg(it.key(), QString::number(it->registered->seq)));
    }
    for (auto it = aliases.cbegin(); it != aliases.cend(); ++it) {
        if (it.value()->detailsObject().value(QStringLiteral("to")).toInt() == 0)
            continue;  // removed, and gone from the registry as the log says
        note(it.value()->seq, Text::tr("alias '%1' of %2 was moved to version %3 (audit entry #%4) but is "
                                       "missing from the registry")
                                  .arg(it.key().section(QLatin1Char('\n'), 1), it.key().section(QLatin1Char('\n'), 0, 0),
                                       QString::number(it.value()->detailsObject().value(QStringLiteral("to")).toInt()),
                                       QString::number(it.value()->seq)));
    }
    return problems;
}

} // namespace mlops
