// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/tracking/runquery.h"

#include "core/store/database.h"
#include "core/tracking/runfilter.h"
#include "core/tracking/runfiltersql.h"

#include <QDateTime>
#include <QSet>
#include <QVariant>


namespace mlops {

namespace {

void bindAll(Statement &s, const QVariantList &binds)
{
    for (int i = 0; i < binds.size(); ++i)
        s.bindVariant(i + 1, binds.at(i));
}

QString idList(const QList<qint64> &ids)
{
    QString out;
    out.reserve(ids.size() * 7);
    for (qint64 id : ids) {
        if (!out.isEmpty())
            out += QLatin1Char(',');
        out += QString::number(id);
    }
    return out;
}

/** The WHERE clause of a run list (over `runs r`). */
Result<QString> whereClause(Database &db, const RunListQuery &query, SqlParams &sql)
{
    QStringList conditions;
    auto inList = [&](const QString &column, const QStringList &values) {
        QStringList marks;
        for (const QString &v : values)
            marks.append(sql.bind(v));
        conditions.append(QStringLiteral("%1 IN (%2)").arg(column, marks.join(QLatin1Char(','))));
    };
    if (query.kinds.isEmpty())
        conditions.append(QStringLiteral("r.parent_id IS NULL"));
    else
        inList(QStringLiteral("r.kind"), query.kinds);
    if (!query.pipelines.isEmpty())
        inList(QStringLiteral("r.pipeline"), query.pipelines);
    if (!query.statuses.isEmpty())
        inList(QStringLiteral("r.status"), query.statuses);

    const QStringList words = query.search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QString anywhere = sql.bind(QStringLiteral("%") + runsql::likeEscape(word) + QStringLiteral("%"));
        const QString start = sql.bind(runsql::likeEscape(word.toLower()) + QStringLiteral("%"));
        conditions.append(QStringLiteral(
                              "(r.name LIKE %1 ESCAPE '\\' OR r.pipeline LIKE %1 ESCAPE '\\' OR r.uuid LIKE %2 ESCAPE '\\'"
                              " OR r.git_commit LIKE %2 ESCAPE '\\' OR r.git_branch LIKE %1 ESCAPE '\\'"
                              " OR r.status LIKE %1 ESCAPE '\\' OR r.failure_reason LIKE %1 ESCAPE '\\')")
                              .arg(anywhere, start));
    }

    Result<RunFilter> filter = RunFilter::parse(query.filter);
    if (!filter)
        return filter.error();
    if (!filter->isEmpty()) {
        Result<QString> compiled = runsql::compileFilter(db, filter->root(), sql);
        if (!compiled)
            return compiled.error();
        conditions.append(*compiled);
    }
    return conditions.join(QStringLiteral(" AND "));
}

Result<QString> sortExpression(Database &db, const RunSort &sort, SqlParams &sql)
{
    switch (sort.field) {
    case RunSort::Field::Created: return QStringLiteral("r.created_at");
    case RunSort::Field::Id: return QStringLiteral("r.uuid");
    case RunSort::Field::Kind: return QStringLiteral("r.kind");
    case RunSort::Field::Name: return QStringLiteral("r.name COLLATE NOCASE");
    case RunSort::Field::Status: return QStringLiteral("r.status");
    case RunSort::Field::Duration:
        return QStringLiteral("(coalesce(r.ended_at, %1) - r.started_at)")
            .arg(sql.bind(QDateTime::currentMSecsSinceEpoch()));
    case RunSort::Field::Commit: return QStringLiteral("r.git_commit");
    case RunSort::Field::Cache:
        return QStringLiteral("((r.cached_from IS NOT NULL) + (SELECT count(*) FROM runs c"
                              " WHERE c.parent_id = r.id AND c.cached_from IS NOT NULL))");
    case RunSort::Field::Parameter:
        return runsql::ownOrChildValue(QStringLiteral("params"), QStringLiteral("+x.key = %1").arg(sql.bind(sort.key)),
                             QStringLiteral("value"));
    case RunSort::Field::Metric: {
        Result<QVariant> key = [&]() -> Result<QVariant> {
            Result<Statement> s = db.prepare(QStringLiteral("SELECT id FROM metric_keys WHERE name = ?"));
            if (!s)
                return s.error();
            s->bind(1, sort.key);
            Result<bool> row = s->step();
            if (!row)
                return row.error();
            return *row ? QVariant(s->int64(0)) : QVariant(qint64(-1));
        }();
        if (!key)
            return key.error();
        return runsql::ownOrChildValue(QStringLiteral("latest_metrics"), QStringLiteral("+x.key_id = %1").arg(sql.bind(*key)),
                             QStringLiteral("value"));
    }
    }
    return QStringLiteral("r.created_at");
}

template<typename F>
Status forEachRow(Statement &s, F &&f)
{
    for (;;) {
        Result<bool> row = s.step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        f(s);
    }
}

} // namespace

qint64 RunRow::durationMs(qint64 nowMs) const
{
    if (startedMs <= 0)
        return -1;
    return std::max<qint64>(0, (endedMs > 0 ? endedMs : nowMs) - startedMs);
}

namespace runquery {

QStringList filterFields()
{
    return runsql::filterFields();
}

Result<RunIdList> listRunIds(Database &db, const RunListQuery &query)
{
    SqlParams sql;
    Result<QString> where = whereClause(db, query, sql);
    if (!where)
        return where.error();
    Result<QString> order = sortExpression(db, query.sort, sql);
    if (!order)
        return order.error();
    const QString dir = query.sort.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QString text;
    if (query.sort.field == RunSort::Field::Parameter) {
        // Numbers in numeric order before text; runs without the value last.
        text = QStringLiteral("SELECT id FROM (SELECT r.id AS id, %1 AS v FROM runs r WHERE %2)"
                              " ORDER BY v IS NULL, %3 DESC, CASE WHEN %3 THEN CAST(v AS REAL) END %4, v %4, id %4")
                   .arg(*order, *where, runsql::isNumeric(QStringLiteral("v")), dir);
    } else if (query.sort.field == RunSort::Field::Metric || query.sort.field == RunSort::Field::Duration
               || query.sort.field == RunSort::Field::Commit) {
        text = QStringLiteral("SELECT id FROM (SELECT r.id AS id, %1 AS v FROM runs r WHERE %2)"
                              " ORDER BY v IS NULL, v %3, id %3")
                   .arg(*order, *where, dir);
    } else {
        text = QStringLiteral("SELECT r.id FROM runs r WHERE %1 ORDER BY %2 %3, r.id %3").arg(*where, *order, dir);
    }
    Result<Statement> s = db.prepare(text);
    if (!s)
        return s.error();
    bindAll(*s, sql.binds);
    RunIdList list;
    if (Status st = forEachRow(*s, [&](Statement &row) { list.ids.append(row.int64(0)); }); !st)
        return st.error();
    // Which rows expand: one pass over the parent index beats a lookup per row.
    Result<Statement> parents = db.prepare(
        QStringLiteral("SELECT DISTINCT parent_id FROM runs WHERE parent_id IS NOT NULL"));
    if (!parents)
        return parents.error();
    QSet<qint64> withSteps;
    if (Status st = forEachRow(*parents, [&](Statement &row) { withSteps.insert(row.int64(0)); }); !st)
        return st.error();
    list.hasSteps.reserve(list.ids.size());
    for (qint64 id : std::as_const(list.ids))
        list.hasSteps.append(withSteps.contains(id));
    return list;
}

Result<QList<RunRow>> fetchRows(Database &db, const QList<qint64> &ids, const QStringList &parameterKeys,
                                const QStringList &metricKeys)
{
    if (ids.isEmpty())
        return QList<RunRow>();
    const QString list = idList(ids);
    Result<Statement> s = db.prepare(QStringLiteral(
        "SELECT r.id, r.uuid, r.parent_id, r.kind, r.name, r.pipeline, r.step_type, r.status, r.created_at,"
        " r.started_at, r.ended_at, r.git_commit, r.git_dirty, r.cached_from, r.failure_reason,"
        " (SELECT count(*) FROM runs c WHERE c.parent_id = r.id),"
        " (SELECT count(*) FROM runs c WHERE c.parent_id = r.id AND c.cached_from IS NOT NULL)"
        " FROM runs r WHERE r.id IN (%1)")
                                         .arg(list));
    if (!s)
        return s.error();
    QHash<qint64, RunRow> rows;
    rows.reserve(ids.size());
    Status st = forEachRow(*s, [&](Statement &q) {
        RunRow r;
        r.id = q.int64(0);
        r.uuid = q.text(1);
        r.parentId = q.isNull(2) ? 0 : q.int64(2);
        r.kind = q.text(3);
        r.name = q.text(4);
        r.pipeline = q.text(5);
        r.stepType = q.text(6);
        r.status = parseRunStatus(q.text(7)).value_or(RunStatus::Pending);
        r.createdMs = q.int64(8);
        r.startedMs = q.isNull(9) ? 0 : q.int64(9);
        r.endedMs = q.isNull(10) ? 0 : q.int64(10);
        r.gitCommit = q.text(11);
        r.gitDirty = !q.isNull(12) && q.int64(12) != 0;
        r.cachedFrom = q.isNull(13) ? 0 : q.int64(13);
        r.failureReason = q.text(14);
        r.childCount = int(q.int64(15));
        r.cachedChildren = int(q.int64(16));
        rows.insert(r.id, r);
    });
    if (!st)
        return st.error();

    if (!parameterKeys.isEmpty() || !metricKeys.isEmpty()) {
        // Values of the runs and of their step runs; a run's own value wins, then the
        // newest step run's (rows come ordered by run id).
        QHash<qint64, qint64> ownerOf;   // run or step run → table row
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            ownerOf.insert(it.key(), it.key());
        Result<Statement> children = db.prepare(
            QStringLiteral("SELECT id, parent_id FROM runs WHERE parent_id IN (%1)").arg(list));
        if (!children)
            return children.error();
        if (Status c = forEachRow(*children, [&](Statement &q) { ownerOf.insert(q.int64(0), q.int64(1)); }); !c)
            return c.error();
        const QString all = idList(ownerOf.keys());
        auto assign = [&](qint64 runId, auto apply) {
            const qint64 owner = ownerOf.value(runId);
            auto row = rows.find(owner);
            if (row != rows.end())
                apply(*row, runId == owner);
        };

        if (!parameterKeys.isEmpty()) {
            SqlParams sql;
            QStringList marks;
            for (const QString &k : parameterKeys)
                marks.append(sql.bind(k));
            Result<Statement> p = db.prepare(QStringLiteral("SELECT run_id, key, value FROM params WHERE run_id IN (%1)"
                                                            " AND +key IN (%2) ORDER BY run_id")
                                                 .arg(all, marks.join(QLatin1Char(','))));
            if (!p)
                return p.error();
            bindAll(*p, sql.binds);
            QSet<QPair<qint64, QString>> own;
            Status ps = forEachRow(*p, [&](Statement &q) {
                const QString key = q.text(1);
                const QString value = q.text(2);
                assign(q.int64(0), [&](RunRow &row, bool isOwn) {
                    if (isOwn)
                        own.insert({row.id, key});
                    else if (own.contains({row.id, key}))
                        return;
                    row.parameters.insert(key, value);
                });
            });
            if (!ps)
                return ps.error();
        }
        if (!metricKeys.isEmpty()) {
            SqlParams sql;
            QStringList marks;
            for (const QString &k : metricKeys)
                marks.append(sql.bind(k));
            Result<Statement> m = db.prepare(
                QStringLiteral("SELECT l.run_id, k.name, l.value FROM latest_metrics l JOIN metric_keys k ON k.id = l.key_id"
                               " WHERE l.run_id IN (%1) AND +k.name IN (%2) ORDER BY l.run_id")
                    .arg(all, marks.join(QLatin1Char(','))));
            if (!m)
                return m.error();
            bindAll(*m, sql.binds);
            QSet<QPair<qint64, QString>> own;
            Status ms = forEachRow(*m, [&](Statement &q) {
                const QString key = q.text(1);
                const double value = q.real(2);
                assign(q.int64(0), [&](RunRow &row, bool isOwn) {
                    if (isOwn)
                        own.insert({row.id, key});
                    else if (own.contains({row.id, key}))
                        return;
                    row.metrics.insert(key, value);
                });
            });
            if (!ms)
                return ms.error();
        }
    }

    QList<RunRow> out;
    out.reserve(ids.size());
    for (qint64 id : ids) {
        if (auto it = rows.constFind(id); it != rows.cend())
            out.append(*it);
    }
    return out;
}

Result<QList<RunRow>> fetchChildRows(Database &db, qint64 parentId, const QStringList &parameterKeys,
                                     const QStringList &metricKeys)
{
    Result<Statement> s = db.prepare(QStringLiteral("SELECT id FROM runs WHERE parent_id = ? ORDER BY id"));
    if (!s)
        return s.error();
    s->bind(1, parentId);
    QList<qint64> ids;
    if (Status st = forEachRow(*s, [&](Statement &q) { ids.append(q.int64(0)); }); !st)
        return st.error();
    return fetchRows(db, ids, parameterKeys, metricKeys);
}

Result<RunColumnChoices> columnChoices(Database &db)
{
    RunColumnChoices choices;
    struct Q
    {
        QString sql;
        QStringList *out;
    };
    for (const Q &q : {Q{QStringLiteral("SELECT DISTINCT key FROM params ORDER BY key"), &choices.parameters},
                       Q{QStringLiteral("SELECT name FROM metric_keys k WHERE EXISTS"
                                        " (SELECT 1 FROM latest_metrics l WHERE l.key_id = k.id) ORDER BY name"),
                         &choices.metrics},
                       Q{QStringLiteral("SELECT DISTINCT pipeline FROM runs WHERE pipeline IS NOT NULL"
                                        " AND pipeline != '' ORDER BY pipeline"),
                         &choices.pipelines}}) {
        Result<Statement> s = db.prepare(q.sql);
        if (!s)
            return s.error();
        if (Status st = forEachRow(*s, [&](Statement &row) { q.out->append(row.text(0)); }); !st)
            return st.error();
    }
    return choices;
}

Result<RunsStamp> readStamp(Database &db)
{
    RunsStamp stamp;
    Result<Statement> s = db.prepare(QStringLiteral(
        "SELECT (SELECT max(id) FROM runs),"
        " (SELECT group_concat(id || ':' || status, ',') FROM (SELECT id, status FROM runs"
        "   WHERE status IN ('Pending', 'Running') ORDER BY id)),"
        " (SELECT max(ts) FROM latest_metrics WHERE run_id IN"
        "   (SELECT id FROM runs WHERE status IN ('Pending', 'Running')))"));
    if (!s)
        return s.error();
    Result<bool> row = s->step();
    if (!row)
        return row.error();
    if (*row) {
        stamp.maxId = s->isNull(0) ? 0 : s->int64(0);
        stamp.active = s->text(1);
        stamp.latestMetricMs = s->isNull(2) ? 0 : s->int64(2);
    }
    return stamp;
}

Status checkFilter(Database &db, const QString &filter)
{
    Result<RunFilter> parsed = RunFilter::parse(filter);
    if (!parsed)
        return parsed.error();
    if (parsed->isEmpty())
        return {};
    SqlParams sql;
    Result<QString> compiled = runsql::compileFilter(db, parsed->root(), sql);
    if (!compiled)
        return compiled.error();
    return {};
}

} // namespace runquery

} // namespace mlops
