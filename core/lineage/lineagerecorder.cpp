// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/lineage/lineagerecorder.h"

#include "core/store/database.h"
#include "core/tracking/runtags.h"
#include "core/vcs/gitrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::LineageRecorder)
};

QString isoTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

void insertIfSet(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

} // namespace

struct LineageRecorder::RunRow
{
    qint64 id = 0;
    QString uuid;
    qint64 parentId = 0;
    QString kind;
    QString name;
    QString pipeline;
    QString stepType;
    QString status;
    QString runner;
    QString commit;
    QString branch;
    bool dirty = false;
    qint64 cachedFrom = 0;
    qint64 started = 0;
    qint64 ended = 0;
    QString failure;
    qint64 attempts = 0;
    QString cachedFromUuid;
};

LineageRecorder::LineageRecorder(Database &db, QString workspaceRoot)
    : m_db(db), m_workspaceRoot(std::move(workspaceRoot))
{
}

LineageRecorder::~LineageRecorder() = default;

Result<std::optional<qint64>> LineageRecorder::entityId(const QString &key)
{
    if (const auto it = m_known.constFind(key); it != m_known.cend())
        return std::optional<qint64>(*it);
    return findLineageEntity(m_db, key);
}

Result<qint64> LineageRecorder::upsert(const LineageEntity &e, bool replaceProperties)
{
    // Artifacts keep the name and kind they were first seen with (their producer's);
    // runs and contexts take the newest name and properties (status, approval).
    Result<Statement> s = m_db.prepare(QStringLiteral(
        "INSERT INTO lineage_entities(key, category, kind, name, hash, uri, size, run_id, properties, created_at)"
        " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, (SELECT id FROM runs WHERE uuid = ?8), ?9, ?10)"
        " ON CONFLICT(key) DO UPDATE SET"
        "  name = CASE WHEN ?11 THEN excluded.name ELSE name END,"
        "  properties = CASE WHEN ?11 THEN excluded.properties ELSE properties END,"
        "  size = coalesce(size, excluded.size), uri = coalesce(uri, excluded.uri),"
        "  run_id = coalesce(run_id, excluded.run_id)"
        " RETURNING id"));
    if (!s)
        return s.error();
    s->bind(1, e.key).bind(2, categoryName(e.category())).bind(3, entityKindName(e.kind)).bind(4, e.name);
    if (e.hash.isEmpty())
        s->bindNull(5);
    else
        s->bind(5, e.hash);
    if (e.uri.isEmpty())
        s->bindNull(6);
    else
        s->bind(6, e.uri);
    if (e.size >= 0)
        s->bind(7, e.size);
    else
        s->bindNull(7);
    s->bind(8, e.runUuid);
    s->bind(9, QString::fromUtf8(QJsonDocument(e.properties).toJson(QJsonDocument::Compact)));
    s->bind(10, e.created.isValid() ? e.created.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch());
    s->bind(11, qint64(replaceProperties ? 1 : 0));
    Result<bool> row = s->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{Text::tr("cannot record the lineage entity %1").arg(e.key), m_db.path()};
    const qint64 id = s->int64(0);
    s->reset();
    return id;
}

Status LineageRecorder::link(qint64 source, qint64 destination, Association type)
{
    if (source == destination)
        return {};
    Result<Statement> s = m_db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO lineage_edges(source, destination, type, created_at) VALUES(?, ?, ?, ?)"));
    if (!s)
        return s.error();
    s->bind(1, source).bind(2, destination).bind(3, associationName(type)).bind(4, QDateTime::currentMSecsSinceEpoch());
    return s->exec();
}

Result<qint64> LineageRecorder::commitEntity(const QString &sha)
{
    const QString key = QStringLiteral("commit:") + sha;
    Result<std::optional<qint64>> known = entityId(key);
    if (!known)
        return known.error();
    if (*known)
        return **known;
    LineageEntity e;
    e.key = key;
    e.kind = EntityKind::CodeCommit;
    e.hash = sha;
    e.name = sha.left(8);
    if (!m_repoTried && !m_workspaceRoot.isEmpty()) {
        m_repoTried = true;
        if (Result<GitRepository> repo = GitRepository::open(m_workspaceRoot, true); repo)
            m_repo = std::make_unique<GitRepository>(std::move(*repo));
    }
    if (m_repo) {
        if (Result<GitCommit> c = m_repo->commit(sha); c) {
            e.name = c->summary.isEmpty() ? sha.left(8) : c->summary;
            e.properties.insert(QStringLiteral("summary"), c->summary);
            e.properties.insert(QStringLiteral("author"),
                                QString(c->authorName + QStringLiteral(" <") + c->authorEmail + QLatin1Char('>')));
            e.properties.insert(QStringLiteral("time"), c->time.toUTC().toString(Qt::ISODate));
            e.created = c->time;
        }
    }
    Result<qint64> id = upsert(e, false);
    if (id)
        m_known.insert(key, *id);
    return id;
}

Result<qint64> LineageRecorder::artifactEntity(EntityKind kind, const QString &name, const QString &hash,
                                               const QString &uri, qint64 size, const QString &fileKind)
{
    LineageEntity e;
    e.key = QStringLiteral("artifact:") + hash;
    e.kind = kind;
    e.name = name;
    e.hash = hash;
    e.uri = uri;
    e.size = size;
    e.properties.insert(QStringLiteral("kind"), fileKind.isEmpty() ? QStringLiteral("file") : fileKind);
    return upsert(e, false);
}

Result<qint64> LineageRecorder::packageEntity(const QString &versionRef)
{
    Result<Statement> s = m_db.prepare(QStringLiteral(
        "SELECT g.name, v.version, v.status, v.description, v.model_hash, v.model_kind, v.model_size, v.run_name,"
        " v.run_id, v.created_at, v.created_by, v.status_by FROM model_versions v JOIN model_groups g ON g.id = v.group_id"
        " WHERE g.name || '/' || v.version = ?"));
    if (!s)
        return s.error();
    s->bind(1, versionRef);
    Result<bool> row = s->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::badInput(Text::tr("there is no model version %1 in the registry").arg(versionRef));
    const QString group = s->text(0);
    const qint64 version = s->int64(1);
    const QString modelHash = s->text(4);
    const QString modelKind = s->text(5);
    const qint64 modelSize = s->isNull(6) ? -1 : s->int64(6);
    const QString runName = s->text(7);
    const qint64 runId = s->isNull(8) ? 0 : s->int64(8);
    LineageEntity e;
    e.key = QStringLiteral("model-package:") + versionRef;
    e.kind = EntityKind::ModelPackage;
    e.name = versionRef;
    e.uri = versionRef;
    e.created = QDateTime::fromMSecsSinceEpoch(s->int64(9), Qt::UTC);
    e.properties.insert(QStringLiteral("group"), group);
    e.properties.insert(QStringLiteral("version"), version);
    e.properties.insert(QStringLiteral("status"), s->text(2));
    insertIfSet(e.properties, QStringLiteral("description"), s->text(3));
    insertIfSet(e.properties, QStringLiteral("created_by"), s->text(10));
    insertIfSet(e.properties, QStringLiteral("status_by"), s->text(11));
    e.properties.insert(QStringLiteral("model_hash"), modelHash);
    s->reset();
    // The model's producer first, so the model keeps the name its run gave it.
    if (runId) {
        if (Result<qint64> r = recordRunLocked(runId); !r)
            return r.error();
    }
    Result<qint64> package = upsert(e, true);
    if (!package)
        return package.error();
    Result<qint64> model = artifactEntity(EntityKind::Model, (runName.isEmpty() ? group : runName) + QStringLiteral("/model"),
                                          modelHash, QString(), modelSize, modelKind);
    if (!model)
        return model.error();
    if (Status st = link(*model, *package, Association::ContributedTo); !st)
        return st.error();
    return *package;
}

Result<qint64> LineageRecorder::runEntity(const RunRow &run)
{
    LineageEntity e;
    e.key = QStringLiteral("run:") + run.uuid;
    e.kind = run.kind == QStringLiteral("pipeline") ? EntityKind::PipelineExecution
             : run.kind == QStringLiteral("notebook") ? EntityKind::NotebookRun
                                                      : EntityKind::StepRun;
    e.name = run.name;
    e.uri = run.pipeline;
    e.runUuid = run.uuid;
    e.created = QDateTime::fromMSecsSinceEpoch(run.started > 0 ? run.started : QDateTime::currentMSecsSinceEpoch(),
                                               Qt::UTC);
    QJsonObject &p = e.properties;
    p.insert(QStringLiteral("status"), run.status);
    insertIfSet(p, QStringLiteral("pipeline"), run.pipeline);
    insertIfSet(p, QStringLiteral("type"), run.stepType);
    insertIfSet(p, QStringLiteral("runner"), run.runner);
    insertIfSet(p, QStringLiteral("commit"), run.commit);
    insertIfSet(p, QStringLiteral("branch"), run.branch);
    p.insert(QStringLiteral("dirty"), run.dirty);
    insertIfSet(p, QStringLiteral("started"), isoTime(run.started));
    insertIfSet(p, QStringLiteral("ended"), isoTime(run.ended));
    if (run.started > 0 && run.ended >= run.started)
        p.insert(QStringLiteral("duration_ms"), run.ended - run.started);
    insertIfSet(p, QStringLiteral("failure_reason"), run.failure);
    if (run.attempts > 1)
        p.insert(QStringLiteral("attempts"), run.attempts);
    insertIfSet(p, QStringLiteral("cached_from"), run.cachedFromUuid);

    // Parameters by kind (parameter, hyperparameter, condition), latest metrics, tags.
    Result<Statement> params = m_db.prepare(QStringLiteral("SELECT kind, key, value FROM params WHERE run_id = ? ORDER BY key"));
    if (!params)
        return params.error();
    params->bind(1, run.id);
    QJsonObject parameters, hyperparameters, condition;
    if (Status rowsRead = params->forEachRow([&] {
        const QString kind = params->text(0);
        QJsonObject &target = kind == QStringLiteral("hyperparameter") ? hyperparameters
                              : kind == QStringLiteral("condition")    ? condition
                                                                        : parameters;
        target.insert(params->text(1), params->text(2));
    }); !rowsRead)
        return rowsRead.error();
    if (!parameters.isEmpty())
        p.insert(QStringLiteral("parameters"), parameters);
    if (!hyperparameters.isEmpty())
        p.insert(QStringLiteral("hyperparameters"), hyperparameters);
    if (!condition.isEmpty())
        p.insert(QStringLiteral("condition"), condition);
    Result<Statement> metrics = m_db.prepare(QStringLiteral(
        "SELECT k.name, l.value FROM latest_metrics l JOIN metric_keys k ON k.id = l.key_id WHERE l.run_id = ?"
        " ORDER BY k.name"));
    if (!metrics)
        return metrics.error();
    metrics->bind(1, run.id);
    QJsonObject metricValues;
    if (Status rowsRead = metrics->forEachRow([&] {
        metricValues.insert(metrics->text(0), metrics->real(1));
    }); !rowsRead)
        return rowsRead.error();
    if (!metricValues.isEmpty())
        p.insert(QStringLiteral("metrics"), metricValues);
    return upsert(e, true);
}

Result<qint64> LineageRecorder::recordRunLocked(qint64 runId)
{
    // Each run once per call: parents and cache origins are reached from several steps.
    if (m_visiting.contains(runId)) {
        if (const auto it = m_known.constFind(QStringLiteral("#run:") + QString::number(runId)); it != m_known.cend())
            return *it;
    }
    Result<Statement> s = m_db.prepare(QStringLiteral(
        "SELECT id, uuid, parent_id, kind, name, pipeline, step_type, status, runner, git_commit, git_branch,"
        " git_dirty, cached_from, started_at, ended_at, failure_reason, attempts,"
        " (SELECT o.uuid FROM runs o WHERE o.id = runs.cached_from) FROM runs WHERE id = ?"));
    if (!s)
        return s.error();
    s->bind(1, runId);
    Result<bool> found = s->step();
    if (!found)
        return found.error();
    if (!*found)
        return Error{Text::tr("there is no run with row id %1").arg(runId), m_db.path()};
    RunRow run;
    run.id = s->int64(0);
    run.uuid = s->text(1);
    run.parentId = s->isNull(2) ? 0 : s->int64(2);
    run.kind = s->text(3);
    run.name = s->text(4);
    run.pipeline = s->text(5);
    run.stepType = s->text(6);
    run.status = s->text(7);
    run.runner = s->text(8);
    run.commit = s->text(9);
    run.branch = s->text(10);
    run.dirty = s->int64(11) != 0;
    run.cachedFrom = s->isNull(12) ? 0 : s->int64(12);
    run.started = s->isNull(13) ? 0 : s->int64(13);
    run.ended = s->isNull(14) ? 0 : s->int64(14);
    run.failure = s->text(15);
    run.attempts = s->int64(16);
    run.cachedFromUuid = s->text(17);
    s->reset();
    m_visiting.insert(runId);

    Result<qint64> self = runEntity(run);
    if (!self)
        return self.error();
    m_known.insert(QStringLiteral("#run:") + QString::number(runId), *self);

    // The context it belongs to, and the code it ran.
    if (run.parentId) {
        Result<qint64> parent = recordRunLocked(run.parentId);
        if (!parent)
            return parent.error();
        if (Status st = link(*parent, *self, Association::AssociatedWith); !st)
            return st.error();
    } else if (!run.commit.isEmpty()) {
        Result<qint64> commit = commitEntity(run.commit);
        if (!commit)
            return commit.error();
        if (Status st = link(*commit, *self, Association::ContributedTo); !st)
            return st.error();
    }

    Result<Statement> tags = m_db.prepare(QStringLiteral("SELECT key, value FROM tags WHERE run_id = ?"));
    if (!tags)
        return tags.error();
    tags->bind(1, run.id);
    QList<QPair<QString, QString>> tagRows;
    if (Status rowsRead = tags->forEachRow([&] {
        tagRows.append({tags->text(0), tags->text(1)});
    }); !rowsRead)
        return rowsRead.error();
    tags->reset();
    for (const auto &[key, value] : std::as_const(tagRows)) {
        if (key == runtags::image() && !value.isEmpty()) {
            LineageEntity image;
            image.key = QStringLiteral("image:") + value;
            image.kind = EntityKind::Image;
            image.name = value;
            image.uri = value;
            Result<qint64> id = upsert(image, false);
            if (!id)
                return id.error();
            if (Status st = link(*id, *self, Association::ContributedTo); !st)
                return st.error();
        } else if (key == runtags::reproduces() && !value.isEmpty()) {
            Result<Statement> find = m_db.prepare(QStringLiteral("SELECT id FROM runs WHERE uuid = ?"));
            if (!find)
                return find.error();
            find->bind(1, value);
            Result<bool> row = find->step();
            if (!row)
                return row.error();
            if (*row) {
                const qint64 originalId = find->int64(0);
                find->reset();
                Result<qint64> original = recordRunLocked(originalId);
                if (!original)
                    return original.error();
                if (Status st = link(*original, *self, Association::DerivedFrom); !st)
                    return st.error();
            }
        }
    }

    // A cache hit: the run whose outputs it reused comes first and links to it.
    const bool cacheHit = run.cachedFrom != 0;
    if (cacheHit) {
        Result<qint64> origin = recordRunLocked(run.cachedFrom);
        if (!origin)
            return origin.error();
        if (Status st = link(*origin, *self, Association::DerivedFrom); !st)
            return st.error();
    }

    Result<Statement> arts = m_db.prepare(QStringLiteral(
        "SELECT role, name, hash, kind, size, path FROM artifacts WHERE run_id = ? AND hash IS NOT NULL AND hash <> ''"
        " ORDER BY id"));
    if (!arts)
        return arts.error();
    arts->bind(1, run.id);
    static const QRegularExpression stepRef(QStringLiteral("^\\$\\{steps\\.([^.}]+)\\.(model|outputs\\.([^.}]+))\\}$"));
    struct Row
    {
        QString role, name, hash, kind, path;
        qint64 size;
    };
    QList<Row> rows;
    if (Status rowsRead = arts->forEachRow([&] {
        rows.append(Row{arts->text(0), arts->text(1), arts->text(2), arts->text(3), arts->text(5),
                        arts->isNull(4) ? -1 : arts->int64(4)});
    }); !rowsRead)
        return rowsRead.error();
    arts->reset();
    for (const Row &a : std::as_const(rows)) {
        if (a.role == QStringLiteral("input")) {
            const QRegularExpressionMatch m = stepRef.match(a.path);
            Result<qint64> id = !m.hasMatch()
                                    ? artifactEntity(EntityKind::DataSet, a.path.isEmpty() ? a.name : a.path, a.hash,
                                                     a.path, a.size, a.kind)
                                : m.captured(2) == QStringLiteral("model")
                                    ? artifactEntity(EntityKind::Model, m.captured(1) + QStringLiteral("/model"),
                                                     a.hash, a.path, a.size, a.kind)
                                    : artifactEntity(EntityKind::Output, m.captured(1) + QLatin1Char('/') + m.captured(3),
                                                     a.hash, a.path, a.size, a.kind);
            if (!id)
                return id.error();
            if (Status st = link(*id, *self, Association::Used); !st)
                return st.error();
        } else if (a.role == QStringLiteral("output") || a.role == QStringLiteral("model")) {
            const bool model = a.role == QStringLiteral("model");
            const QString ref = model ? QStringLiteral("${steps.%1.model}").arg(run.name)
                                      : QStringLiteral("${steps.%1.outputs.%2}").arg(run.name, a.name);
            Result<qint64> id = artifactEntity(model ? EntityKind::Model : EntityKind::Output,
                                               run.name + QLatin1Char('/') + a.name, a.hash,
                                               run.kind == QStringLiteral("step") ? ref : a.path, a.size, a.kind);
            if (!id)
                return id.error();
            // The outputs keep their one producer; a cache hit delivered them again, so
            // what it fed is reachable downstream from it too.
            if (Status st = link(*self, *id, cacheHit ? Association::AssociatedWith : Association::Produced); !st)
                return st.error();
        } else if (a.role == QStringLiteral("diff")) {
            Result<qint64> id = artifactEntity(EntityKind::Diff, a.name, a.hash, a.path, a.size, a.kind);
            if (!id)
                return id.error();
            if (Status st = link(*id, *self, Association::ContributedTo); !st)
                return st.error();
        }
    }

    // A registration: the model was used, the version is its package.
    if (run.stepType == QStringLiteral("register-model")) {
        Result<Statement> version = m_db.prepare(QStringLiteral(
            "SELECT value FROM params WHERE run_id = ? AND key = 'model_version'"));
        if (!version)
            return version.error();
        version->bind(1, run.id);
        Result<bool> row = version->step();
        if (!row)
            return row.error();
        const QString ref = *row ? version->text(0) : QString();
        version->reset();
        if (!ref.isEmpty()) {
            Result<qint64> package = packageEntity(ref);
            if (!package)
                return package.error();
            if (Status st = link(*self, *package, Association::AssociatedWith); !st)
                return st.error();
            Result<Statement> model = m_db.prepare(QStringLiteral(
                "SELECT e.id FROM lineage_edges l JOIN lineage_entities e ON e.id = l.source"
                " WHERE l.destination = ? AND l.type = 'ContributedTo' AND e.kind = 'model'"));
            if (!model)
                return model.error();
            model->bind(1, *package);
            if (Result<bool> m = model->step(); m && *m) {
                const qint64 modelId = model->int64(0);
                model->reset();
                if (Status st = link(modelId, *self, Association::Used); !st)
                    return st.error();
            }
        }
    }

    Result<Statement> done = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO lineage_recorded(run_id, status) VALUES(?, ?)"));
    if (!done)
        return done.error();
    done->bind(1, run.id).bind(2, run.status);
    if (Status st = done->exec(); !st)
        return st.error();
    return *self;
}

Status LineageRecorder::recordRun(qint64 runId)
{
    Result<QVariant> status = m_db.scalar(QStringLiteral("SELECT status FROM runs WHERE id = %1").arg(runId));
    if (!status)
        return status.error();
    const QString name = status->toString();
    if (name.isEmpty() || name == QStringLiteral("Pending") || name == QStringLiteral("Skipped"))
        return {};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    m_visiting.clear();
    if (Result<qint64> id = recordRunLocked(runId); !id)
        return id.error();
    return tx.commit();
}

Result<int> LineageRecorder::recordPending()
{
    Result<Statement> s = m_db.prepare(QStringLiteral(
        "SELECT r.id FROM runs r LEFT JOIN lineage_recorded l ON l.run_id = r.id"
        " WHERE r.status NOT IN ('Pending', 'Skipped') AND (l.run_id IS NULL OR l.status <> r.status)"
        " ORDER BY r.id"));
    if (!s)
        return s.error();
    QList<qint64> ids;
    if (Status rowsRead = s->forEachRow([&] {
        ids.append(s->int64(0));
    }); !rowsRead)
        return rowsRead.error();
    s->reset();
    if (!ids.isEmpty()) {
        Transaction tx(m_db);
        if (!tx.isActive())
            return tx.beginError();
        for (qint64 id : std::as_const(ids)) {
            m_visiting.clear();
            if (Result<qint64> e = recordRunLocked(id); !e)
                return e.error();
        }
        if (Status st = tx.commit(); !st)
            return st.error();
    }
    if (Status st = recordModelPackages(); !st)
        return st.error();
    return int(ids.size());
}

Status LineageRecorder::recordModelPackages()
{
    Result<Statement> s = m_db.prepare(QStringLiteral(
        "SELECT g.name || '/' || v.version FROM model_versions v JOIN model_groups g ON g.id = v.group_id"
        " LEFT JOIN lineage_entities e ON e.key = 'model-package:' || g.name || '/' || v.version"
        " WHERE e.id IS NULL OR json_extract(e.properties, '$.status') IS NOT v.status ORDER BY v.id"));
    if (!s)
        return s.error();
    QStringList refs;
    if (Status rowsRead = s->forEachRow([&] {
        refs.append(s->text(0));
    }); !rowsRead)
        return rowsRead.error();
    s->reset();
    if (refs.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    for (const QString &ref : std::as_const(refs)) {
        m_visiting.clear();
        if (Result<qint64> id = packageEntity(ref); !id)
            return id.error();
    }
    return tx.commit();
}

Status LineageRecorder::recordDeployment(const QString &name, const QString &versionRef, const QJsonObject &properties)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    m_visiting.clear();
    Result<qint64> package = packageEntity(versionRef);
    if (!package)
        return package.error();
    LineageEntity e;
    e.key = QStringLiteral("endpoint:") + name;
    e.kind = EntityKind::Endpoint;
    e.name = name;
    e.uri = name;
    e.properties = properties;
    Result<qint64> endpoint = upsert(e, true);
    if (!endpoint)
        return endpoint.error();
    if (Status st = link(*package, *endpoint, Association::ContributedTo); !st)
        return st;
    return tx.commit();
}

} // namespace mlops
