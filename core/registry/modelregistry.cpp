// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/registry/modelregistry.h"

#include "core/governance/auditlog.h"
#include "core/governance/permissions.h"
#include "core/registry/modelcard.h"
#include "core/registry/modelsource.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::ModelRegistry)
};

const QString kVersionColumns = QStringLiteral(
    "v.id, g.name, v.version, v.run_uuid, v.pipeline_run_uuid, v.run_name, v.git_commit,"
    " v.git_dirty, v.model_name, v.model_hash, v.model_kind, v.model_size, v.model_path,"
    " v.description, v.model_card, v.metrics, v.inputs, v.status, v.status_by, v.status_at,"
    " v.status_comment, v.created_at, v.created_by, v.group_id");

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QDateTime timeOf(const Statement &s, int column)
{
    return s.isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(s.int64(column), Qt::UTC);
}

ModelVersion readVersion(const Statement &s)
{
    ModelVersion v;
    v.id = s.int64(0);
    v.group = s.text(1);
    v.version = int(s.int64(2));
    v.runUuid = s.text(3);
    v.pipelineRunUuid = s.text(4);
    v.runName = s.text(5);
    v.gitCommit = s.text(6);
    v.gitDirty = s.int64(7) != 0;
    v.modelName = s.text(8);
    v.modelHash = s.text(9);
    v.modelKind = s.text(10);
    v.modelSize = s.int64(11);
    v.modelPath = s.text(12);
    v.description = s.text(13);
    v.modelCard = s.text(14);
    const QJsonObject metrics = QJsonDocument::fromJson(s.text(15).toUtf8()).object();
    for (auto it = metrics.begin(); it != metrics.end(); ++it)
        v.metrics.insert(it.key(), it.value().toDouble());
    const QJsonArray inputs = QJsonDocument::fromJson(s.text(16).toUtf8()).array();
    for (const QJsonValue &i : inputs) {
        const QJsonObject o = i.toObject();
        v.inputs.append(ModelInput{o.value(QStringLiteral("name")).toString(),
                                   o.value(QStringLiteral("hash")).toString(),
                                   o.value(QStringLiteral("path")).toString()});
    }
    v.status = parseApprovalStatus(s.text(17)).value_or(ApprovalStatus::PendingManualApproval);
    v.statusBy = s.text(18);
    v.statusAt = timeOf(s, 19);
    v.statusComment = s.text(20);
    v.created = timeOf(s, 21);
    v.createdBy = s.text(22);
    return v;
}

QString sha256(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compactJson(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}
} // namespace

// --- Reading -----------------------------------------------------------------------------

Result<QList<ModelVersion>> ModelRegistry::loadVersions(const QString &where,
                                                        const QVariantList &binds) const
{
    Result<Statement> s = m_db.prepare(
        QStringLiteral("SELECT ") + kVersionColumns
        + QStringLiteral(" FROM model_versions v JOIN model_groups g ON g.id = v.group_id ") + where
        + QStringLiteral(" ORDER BY g.name, v.version"));
    if (!s)
        return s.error();
    for (int i = 0; i < binds.size(); ++i)
        s->bindVariant(i + 1, binds.at(i));
    QList<ModelVersion> versions;
    if (Status rowsRead = s->forEachRow([&] {
        versions.append(readVersion(*s));
    }); !rowsRead)
        return rowsRead.error();
    if (versions.isEmpty())
        return versions;

    // Aliases of the versions just read.
    Result<Statement> a = m_db.prepare(QStringLiteral(
        "SELECT a.version_id, a.alias FROM model_aliases a JOIN model_versions v ON v.id = a.version_id"
        " JOIN model_groups g ON g.id = v.group_id ") + where + QStringLiteral(" ORDER BY a.alias"));
    if (!a)
        return a.error();
    for (int i = 0; i < binds.size(); ++i)
        a->bindVariant(i + 1, binds.at(i));
    QHash<qint64, QStringList> aliases;
    if (Status rowsRead = a->forEachRow([&] {
        aliases[a->int64(0)].append(a->text(1));
    }); !rowsRead)
        return rowsRead.error();
    for (ModelVersion &v : versions)
        v.aliases = aliases.value(v.id);
    return versions;
}

Result<QList<ModelGroup>> ModelRegistry::groups() const
{
    Result<Statement> s = m_db.prepare(QStringLiteral(
        "SELECT id, name, description, created_at, created_by FROM model_groups ORDER BY name"));
    if (!s)
        return s.error();
    QList<ModelGroup> groups;
    if (Status rowsRead = s->forEachRow([&] {
        ModelGroup g;
        g.id = s->int64(0);
        g.name = s->text(1);
        g.description = s->text(2);
        g.created = timeOf(*s, 3);
        g.createdBy = s->text(4);
        groups.append(g);
    }); !rowsRead)
        return rowsRead.error();
    Result<QList<ModelVersion>> versions = loadVersions(QString(), {});
    if (!versions)
        return versions.error();
    for (ModelGroup &g : groups) {
        for (const ModelVersion &v : std::as_const(*versions)) {
            if (v.group != g.name)
                continue;
            g.versions.append(v);
            for (const QString &alias : v.aliases)
                g.aliases.insert(alias, v.version);
        }
    }
    return groups;
}

Result<ModelGroup> ModelRegistry::group(const QString &name) const
{
    Result<QList<ModelGroup>> all = groups();
    if (!all)
        return all.error();
    QStringList names;
    for (const ModelGroup &g : std::as_const(*all)) {
        if (g.name == name)
            return g;
        names.append(g.name);
    }
    return Error::badInput(names.isEmpty()
                               ? Text::tr("no model group '%1': the registry is empty").arg(name)
                               : Text::tr("no model group '%1' (there are: %2)")
                                     .arg(name, names.join(QStringLiteral(", "))));
}

Result<ModelVersion> ModelRegistry::version(const QString &ref) const
{
    Result<ModelVersionRef> parsed = ModelVersionRef::parse(ref);
    if (!parsed)
        return parsed.error();
    return version(*parsed);
}

Result<ModelVersion> ModelRegistry::version(const ModelVersionRef &ref) const
{
    Result<ModelGroup> g = group(ref.group);
    if (!g)
        return g.error();
    if (g->versions.isEmpty())
        return Error::badInput(Text::tr("model group '%1' has no versions").arg(ref.group));
    int number = ref.version;
    if (ref.alias == QStringLiteral("latest")) {
        number = g->versions.last().version;
    } else if (!ref.alias.isEmpty()) {
        if (!g->aliases.contains(ref.alias))
            return Error::badInput(
                g->aliases.isEmpty()
                    ? Text::tr("model group '%1' has no alias '%2' (it has no aliases)").arg(ref.group, ref.alias)
                    : Text::tr("model group '%1' has no alias '%2' (it has: %3)")
                          .arg(ref.group, ref.alias, g->aliases.keys().join(QStringLiteral(", "))));
        number = g->aliases.value(ref.alias);
    }
    for (const ModelVersion &v : std::as_const(g->versions)) {
        if (v.version == number)
            return v;
    }
    return Error::badInput(Text::tr("model group '%1' has no version %2 (it has versions 1 to %3)")
                               .arg(ref.group, QString::number(number),
                                    QString::number(g->versions.last().version)));
}

Result<qint64> ModelRegistry::groupId(const QString &name) const
{
    Result<Statement> s = m_db.prepare(QStringLiteral("SELECT id FROM model_groups WHERE name = ?"));
    if (!s)
        return s.error();
    s->bind(1, name);
    Result<bool> row = s->step();
    if (!row)
        return row.error();
    return *row ? s->int64(0) : qint64(0);
}

// --- Changing ----------------------------------------------------------------------------

Status ModelRegistry::recordDenial(const QString &action, const QString &subject,
                                   const QString &comment, const Error &refusal)
{
    const Permission *permission = Permissions::instance().find(action);
    QJsonObject details;
    details.insert(QStringLiteral("outcome"), QStringLiteral("denied"));
    details.insert(QStringLiteral("reason"), refusal.message);
    if (permission)
        details.insert(QStringLiteral("missing_role"), permission->role);
    AuditLog log(m_db);
    Result<AuditEntry> entry = log.append(
        {m_governance.actorName(), action + QStringLiteral(".denied"), subject, comment, details});
    if (!entry)
        return entry.error();
    return {};
}

Status ModelRegistry::checkInitialApproval(ApprovalStatus status)
{
    if (status == ApprovalStatus::Rejected)
        return Error::badInput(Text::tr("a new version starts as PendingManualApproval or Approved, not "
                                        "Rejected: reject it after review with `mlops registry reject`"));
    return {};
}

Result<Registration> ModelRegistry::registerModel(const ModelRegistration &r)
{
    if (Status s = ModelVersionRef::checkGroupName(r.group); !s)
        return s.error();
    if (Status s = checkInitialApproval(r.approval); !s)
        return s.error();
    Result<ModelSource> source = findModelSource(m_db, r.runId, r.modelHash);
    if (!source)
        return source.error();
    if (r.approval != ApprovalStatus::PendingManualApproval) {
        const QString action = r.approval == ApprovalStatus::Approved ? actions::modelApprove()
                                                                      : actions::modelReject();
        if (Status allowed = m_governance.authorize(action, r.group); !allowed) {
            if (Status logged = recordDenial(action, r.group, r.description, allowed.error()); !logged)
                return logged.error();
            return allowed.error();
        }
    }

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const qint64 t = now();
    const QString actor = m_governance.actorName();
    Result<qint64> gid = groupId(r.group);
    if (!gid)
        return gid.error();
    bool newGroup = false;
    if (*gid == 0) {
        Result<Statement> insert = m_db.prepare(QStringLiteral(
            "INSERT INTO model_groups(name, description, created_at, created_by) VALUES(?, '', ?, ?)"));
        if (!insert)
            return insert.error();
        insert->bind(1, r.group).bind(2, t).bind(3, actor);
        if (Status s = insert->exec(); !s)
            return s.error();
        *gid = m_db.lastInsertId();
        newGroup = true;
    }

    // The same model again (a cache hit re-running the register step): nothing to do.
    Result<Statement> same = m_db.prepare(QStringLiteral(
        "SELECT version FROM model_versions WHERE group_id = ? AND model_hash = ? ORDER BY version LIMIT 1"));
    if (!same)
        return same.error();
    same->bind(1, *gid).bind(2, source->model.hash);
    Result<bool> existing = same->step();
    if (!existing)
        return existing.error();
    if (*existing) {
        const int number = int(same->int64(0));
        same->reset();
        if (Status s = tx.commit(); !s)
            return s.error();
        Result<ModelVersion> v = version(ModelVersionRef{r.group, number, {}});
        if (!v)
            return v.error();
        return Registration{*v, false};
    }

    Result<QVariant> max = m_db.scalar(
        QStringLiteral("SELECT coalesce(max(version), 0) FROM model_versions WHERE group_id = %1").arg(*gid));
    if (!max)
        return max.error();
    const int number = max->toInt() + 1;

    QJsonObject metrics;
    for (auto it = source->metrics.cbegin(); it != source->metrics.cend(); ++it)
        metrics.insert(it.key(), it.value());
    QJsonArray inputs;
    for (const ModelInput &i : std::as_const(source->inputs))
        inputs.append(QJsonObject{{QStringLiteral("name"), i.name},
                                  {QStringLiteral("hash"), i.hash},
                                  {QStringLiteral("path"), i.path}});
    const QString card = r.modelCard.isEmpty()
                             ? defaultModelCard(r.group, number, r.description, *source)
                             : r.modelCard;
    const bool decided = r.approval != ApprovalStatus::PendingManualApproval;

    Result<Statement> insert = m_db.prepare(QStringLiteral(
        "INSERT INTO model_versions(group_id, version, run_id, run_uuid, pipeline_run_uuid, run_name,"
        " git_commit, git_dirty, model_name, model_hash, model_kind, model_size, model_path,"
        " description, model_card, metrics, inputs, status, status_by, status_at, status_comment,"
        " created_at, created_by)"
        " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    const RunRecord &run = source->run;
    insert->bind(1, *gid).bind(2, number).bind(3, run.id).bind(4, run.uuid);
    insert->bind(5, source->pipelineRunUuid).bind(6, run.name).bind(7, run.gitCommit);
    insert->bind(8, qint64(run.gitDirty ? 1 : 0)).bind(9, source->model.name);
    insert->bind(10, source->model.hash).bind(11, source->model.kind).bind(12, source->model.size);
    insert->bind(13, source->model.path).bind(14, r.description.isNull() ? QStringLiteral("") : r.description);
    insert->bind(15, card).bind(16, compactJson(metrics)).bind(17, compactJson(inputs));
    insert->bind(18, approvalStatusName(r.approval));
    if (decided)
        insert->bind(19, actor).bind(20, t).bindNull(21);
    else
        insert->bindNull(19).bindNull(20).bindNull(21);
    insert->bind(22, t).bind(23, actor);
    if (Status s = insert->exec(); !s)
        return s.error();

    QJsonObject details;
    details.insert(QStringLiteral("run"), run.uuid);
    if (!source->pipelineRunUuid.isEmpty())
        details.insert(QStringLiteral("pipeline_run"), source->pipelineRunUuid);
    details.insert(QStringLiteral("model_hash"), source->model.hash);
    details.insert(QStringLiteral("status"), approvalStatusName(r.approval));
    if (decided)
        details.insert(QStringLiteral("status_at"), t);
    details.insert(QStringLiteral("model_card_sha256"), sha256(card));
    // What the version row records about its origin, so `mlops audit --verify` finds a
    // hand edit of any of it (the row itself carries no hash).
    details.insert(QStringLiteral("git_commit"), run.gitCommit);
    details.insert(QStringLiteral("git_dirty"), run.gitDirty);
    details.insert(QStringLiteral("metrics"), metrics);
    details.insert(QStringLiteral("inputs"), inputs);
    details.insert(QStringLiteral("created_at"), t);
    details.insert(QStringLiteral("model_name"), source->model.name);
    details.insert(QStringLiteral("model_kind"), source->model.kind);
    details.insert(QStringLiteral("model_size"), source->model.size);
    details.insert(QStringLiteral("model_path"), source->model.path);
    details.insert(QStringLiteral("description_sha256"),
                   sha256(r.description.isNull() ? QStringLiteral("") : r.description));
    if (newGroup)
        details.insert(QStringLiteral("new_group"), true);
    const QString subject = r.group + QLatin1Char('/') + QString::number(number);
    AuditLog log(m_db);
    if (Result<AuditEntry> e = log.append({actor, actions::modelRegister(), subject, r.description, details}); !e)
        return e.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Result<ModelVersion> v = version(ModelVersionRef{r.group, number, {}});
    if (!v)
        return v.error();
    return Registration{*v, true};
}

Result<ApprovalChange> ModelRegistry::setApproval(const QString &ref, ApprovalStatus status,
                                                  const QString &comment)
{
    if (status == ApprovalStatus::PendingManualApproval)
        return Error::badInput(Text::tr("a decision is Approved or Rejected; a version cannot go back "
                                        "to pending approval"));
    Result<ModelVersion> named = version(ref);
    if (!named)
        return named.error();
    const QString action = status == ApprovalStatus::Approved ? actions::modelApprove()
                                                              : actions::modelReject();
    if (Status allowed = m_governance.authorize(action, named->group); !allowed) {
        if (Status logged = recordDenial(action, named->ref(), comment, allowed.error()); !logged)
            return logged.error();
        return allowed.error();
    }

    // The state the decision starts from is read under the write lock: another process may
    // have decided (or moved an alias) since the version was looked up.
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    Result<ModelVersion> current = version(ModelVersionRef{named->group, named->version, {}});
    if (!current)
        return current.error();
    if (current->status == status)
        return ApprovalChange{*current, false, {}};  // already decided so: nothing to record
    Result<Statement> update = m_db.prepare(QStringLiteral(
        "UPDATE model_versions SET status = ?, status_by = ?, status_at = ?, status_comment = ?"
        " WHERE id = ?"));
    if (!update)
        return update.error();
    const qint64 t = now();
    update->bind(1, approvalStatusName(status)).bind(2, m_governance.actorName()).bind(3, t);
    if (comment.isEmpty())
        update->bindNull(4);
    else
        update->bind(4, comment);
    update->bind(5, current->id);
    if (Status s = update->exec(); !s)
        return s.error();
    QJsonObject details;
    details.insert(QStringLiteral("from"), approvalStatusName(current->status));
    details.insert(QStringLiteral("to"), approvalStatusName(status));
    details.insert(QStringLiteral("model_hash"), current->modelHash);
    details.insert(QStringLiteral("run"), current->runUuid);
    details.insert(QStringLiteral("status_at"), t);  // lets `mlops audit --verify` check the row
    AuditLog log(m_db);
    if (Result<AuditEntry> e = log.append({m_governance.actorName(), action, current->ref(), comment, details}); !e)
        return e.error();
    // A rejected version serves nobody: the aliases that named it (champion…) stop naming it.
    if (status == ApprovalStatus::Rejected) {
        for (const QString &alias : std::as_const(current->aliases)) {
            if (Status s = removeAlias(*current, alias, Text::tr("%1 was rejected").arg(current->ref())); !s)
                return s.error();
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    Result<ModelVersion> updated = version(ModelVersionRef{current->group, current->version, {}});
    if (!updated)
        return updated.error();
    return ApprovalChange{*updated, true, status == ApprovalStatus::Rejected ? current->aliases : QStringList()};
}

Status ModelRegistry::removeAlias(const ModelVersion &from, const QString &alias, const QString &comment)
{
    Result<Statement> remove = m_db.prepare(QStringLiteral(
        "DELETE FROM model_aliases WHERE alias = ? AND version_id = ?"));
    if (!remove)
        return remove.error();
    remove->bind(1, alias).bind(2, from.id);
    if (Status s = remove->exec(); !s)
        return s;
    QJsonObject details;
    details.insert(QStringLiteral("alias"), alias);
    details.insert(QStringLiteral("from"), from.version);
    details.insert(QStringLiteral("to"), QJsonValue());  // removed: it points nowhere
    AuditLog log(m_db);
    if (Result<AuditEntry> e = log.append({m_governance.actorName(), actions::modelAlias(), from.ref(), comment, details}); !e)
        return e.error();
    return {};
}

/** Why an alias may not point at `v`, or OK. */
static Status checkAliasTarget(const ModelVersion &v, const QString &alias)
{
    if (v.status == ApprovalStatus::Rejected)
        return Error::badInput(Text::tr("%1 was rejected, so alias '%2' cannot point at it: approve it first, or "
                                        "point the alias at another version")
                                   .arg(v.ref(), alias));
    return {};
}

Result<AliasChange> ModelRegistry::setAlias(const QString &ref, const QString &alias, const QString &comment)
{
    if (Status s = ModelVersionRef::checkAlias(alias); !s)
        return s.error();
    Result<ModelVersion> named = version(ref);
    if (!named)
        return named.error();
    if (Status s = checkAliasTarget(*named, alias); !s)
        return s.error();
    if (named->aliases.contains(alias))
        return AliasChange{*named, named->version, false};
    if (Status allowed = m_governance.authorize(actions::modelAlias(), named->group); !allowed) {
        if (Status logged = recordDenial(actions::modelAlias(), named->ref(), comment, allowed.error()); !logged)
            return logged.error();
        return allowed.error();
    }

    // Where the alias points, and the target's status, are read under the write lock, so the
    // audit entry's "from" is what this change really moved it from.
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    Result<ModelGroup> g = group(named->group);
    if (!g)
        return g.error();
    const auto target = std::find_if(g->versions.cbegin(), g->versions.cend(),
                                     [&](const ModelVersion &v) { return v.version == named->version; });
    if (target == g->versions.cend())
        return Error::badInput(Text::tr("model group '%1' has no version %2").arg(named->group).arg(named->version));
    if (Status s = checkAliasTarget(*target, alias); !s)
        return s.error();
    AliasChange change;
    change.previousVersion = g->aliases.value(alias, 0);
    if (change.previousVersion == target->version) {
        change.version = *target;
        change.changed = false;
        return change;
    }
    Result<Statement> upsert = m_db.prepare(QStringLiteral(
        "INSERT INTO model_aliases(group_id, alias, version_id, set_at, set_by) VALUES(?1, ?2, ?3, ?4, ?5)"
        " ON CONFLICT(group_id, alias) DO UPDATE SET version_id = ?3, set_at = ?4, set_by = ?5"));
    if (!upsert)
        return upsert.error();
    upsert->bind(1, g->id).bind(2, alias).bind(3, target->id).bind(4, now());
    upsert->bind(5, m_governance.actorName());
    if (Status s = upsert->exec(); !s)
        return s.error();
    QJsonObject details;
    details.insert(QStringLiteral("alias"), alias);
    details.insert(QStringLiteral("from"),
                   change.previousVersion > 0 ? QJsonValue(change.previousVersion) : QJsonValue());
    details.insert(QStringLiteral("to"), target->version);
    AuditLog log(m_db);
    if (Result<AuditEntry> e = log.append({m_governance.actorName(), actions::modelAlias(),
                                           target->ref(), comment, details});
        !e)
        return e.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Result<ModelVersion> updated = version(ModelVersionRef{target->group, target->version, {}});
    if (!updated)
        return updated.error();
    change.version = *updated;
    return change;
}

Result<ModelVersion> ModelRegistry::setModelCard(const QString &ref, const QString &markdown)
{
    Result<ModelVersion> named = version(ref);
    if (!named)
        return named.error();
    if (named->modelCard == markdown)
        return named;
    if (Status allowed = m_governance.authorize(actions::modelCard(), named->group); !allowed) {
        if (Status logged = recordDenial(actions::modelCard(), named->ref(), {}, allowed.error()); !logged)
            return logged.error();
        return allowed.error();
    }
    // The card this save replaces is read under the write lock: another save (another
    // connection of the studio, or another process) may have replaced the card since it
    // was looked up, and the entry's previous_sha256 must name the card really replaced.
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    Result<ModelVersion> current = version(ModelVersionRef{named->group, named->version, {}});
    if (!current)
        return current.error();
    if (current->modelCard == markdown)
        return current;   // another save wrote this very card: nothing to record
    Result<Statement> update = m_db.prepare(QStringLiteral("UPDATE model_versions SET model_card = ? WHERE id = ?"));
    if (!update)
        return update.error();
    update->bind(1, markdown).bind(2, current->id);
    if (Status s = update->exec(); !s)
        return s.error();
    QJsonObject details;
    details.insert(QStringLiteral("previous_sha256"), sha256(current->modelCard));
    details.insert(QStringLiteral("sha256"), sha256(markdown));
    details.insert(QStringLiteral("length"), markdown.size());
    AuditLog log(m_db);
    if (Result<AuditEntry> e = log.append({m_governance.actorName(), actions::modelCard(), current->ref(), {}, details}); !e)
        return e.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return version(ModelVersionRef{current->group, current->version, {}});
}

} // namespace mlops
