// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/tracking/runquery.h"

#include "core/common/duration.h"
#include "core/common/suggest.h"
#include "core/store/database.h"
#include "core/tracking/runfilter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QVariant>

#include <optional>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::RunQuery)
};

/** SQL text with numbered parameters, so pieces can be built in any order. */
struct Sql
{
    QString text;
    QVariantList binds;

    QString bind(const QVariant &value)
    {
        binds.append(value);
        return QStringLiteral("?%1").arg(binds.size());
    }
    QString bind(const QString &text) { return bind(QVariant(text)); }
};

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

/** SQL that is true when the text expression `v` holds a number. */
QString isNumericSql(const QString &v)
{
    return QStringLiteral("(%1 GLOB '*[0-9]*' AND %1 NOT GLOB '*[^0-9.eE+-]*')").arg(v);
}

QString likeEscape(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return text;
}

QString sqlOp(RunFilterNode::Op op)
{
    switch (op) {
    case RunFilterNode::Op::Eq: return QStringLiteral("=");
    case RunFilterNode::Op::Ne: return QStringLiteral("!=");
    case RunFilterNode::Op::Lt: return QStringLiteral("<");
    case RunFilterNode::Op::Le: return QStringLiteral("<=");
    case RunFilterNode::Op::Gt: return QStringLiteral(">");
    case RunFilterNode::Op::Ge: return QStringLiteral(">=");
    case RunFilterNode::Op::Contains:
    case RunFilterNode::Op::IsTrue: break;
    }
    return QStringLiteral("=");
}

bool isOrdering(RunFilterNode::Op op)
{
    return op == RunFilterNode::Op::Lt || op == RunFilterNode::Op::Le || op == RunFilterNode::Op::Gt
           || op == RunFilterNode::Op::Ge;
}

std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.toLower();
    if (t == QStringLiteral("true") || t == QStringLiteral("yes") || t == QStringLiteral("1"))
        return true;
    if (t == QStringLiteral("false") || t == QStringLiteral("no") || t == QStringLiteral("0"))
        return false;
    return std::nullopt;
}

/** A run's own value of `key`, else its newest step run's: the row's effective value. */
QString ownOrChildSql(const QString &table, const QString &keyCondition, const QString &valueColumn)
{
    return QStringLiteral("coalesce((SELECT x.%3 FROM %1 x WHERE x.run_id = r.id AND %2),"
                          " (SELECT x.%3 FROM runs c JOIN %1 x ON x.run_id = c.id WHERE c.parent_id = r.id AND %2"
                          " ORDER BY c.id DESC LIMIT 1))")
        .arg(table, keyCondition, valueColumn);
}

/** True when the run, or one of its step runs, has a row of `table` matching `condition`. */
QString ownOrChildHasSql(const QString &table, const QString &condition)
{
    return QStringLiteral("(r.id IN (SELECT x.run_id FROM %1 x WHERE %2) OR r.id IN"
                          " (SELECT c.parent_id FROM %1 x JOIN runs c ON c.id = x.run_id WHERE %2))")
        .arg(table, condition);
}

const QStringList &builtinFields()
{
    static const QStringList fields{
        QStringLiteral("id"),     QStringLiteral("kind"),   QStringLiteral("name"),
        QStringLiteral("pipeline"), QStringLiteral("status"), QStringLiteral("type"),
        QStringLiteral("runner"), QStringLiteral("branch"), QStringLiteral("commit"),
        QStringLiteral("dirty"),  QStringLiteral("cached"), QStringLiteral("duration"),
        QStringLiteral("failure"), QStringLiteral("exit_code"), QStringLiteral("attempts")};
    return fields;
}

class FilterCompiler
{
public:
    FilterCompiler(Database &db, Sql &sql) : m_db(db), m_sql(sql) {}

    Result<QString> compile(const RunFilterNode &node)
    {
        switch (node.kind) {
        case RunFilterNode::Kind::And:
        case RunFilterNode::Kind::Or: {
            QStringList parts;
            for (const RunFilterNode &child : node.children) {
                Result<QString> part = compile(child);
                if (!part)
                    return part;
                parts.append(*part);
            }
            return QLatin1Char('(')
                   + parts.join(node.kind == RunFilterNode::Kind::And ? QStringLiteral(" AND ")
                                                                       : QStringLiteral(" OR "))
                   + QLatin1Char(')');
        }
        case RunFilterNode::Kind::Not: {
            Result<QString> inner = compile(node.children.front());
            if (!inner)
                return inner;
            return QStringLiteral("(NOT coalesce(%1, 0))").arg(*inner);
        }
        case RunFilterNode::Kind::Compare:
            break;
        }
        return compare(node);
    }

private:
    Error bad(const RunFilterNode &node, const QString &message) const
    {
        return Error{message, {}, 1, node.column, Error::Kind::BadInput};
    }

    Result<QString> compare(const RunFilterNode &node)
    {
        QString field = node.field;
        enum class Want { Any, Metric, Parameter } want = Want::Any;
        for (const auto &[prefix, kind] : {std::pair{QStringLiteral("metrics."), Want::Metric},
                                           std::pair{QStringLiteral("metric."), Want::Metric},
                                           std::pair{QStringLiteral("params."), Want::Parameter},
                                           std::pair{QStringLiteral("param."), Want::Parameter}}) {
            if (field.startsWith(prefix, Qt::CaseInsensitive) && field.size() > prefix.size()) {
                field = field.mid(prefix.size());
                want = kind;
                break;
            }
        }
        if (want == Want::Any && builtinFields().contains(field.toLower()))
            return builtin(node, field.toLower());
        if (want != Want::Parameter) {
            Result<qint64> key = metricKey(field);
            if (!key)
                return key.error();
            if (*key > 0)
                return metric(node, field, *key);
        }
        if (want != Want::Metric) {
            Result<bool> known = parameterExists(field);
            if (!known)
                return known.error();
            if (*known)
                return parameter(node, field);
        }
        Result<QStringList> candidates = names(want != Want::Parameter, want != Want::Metric);
        if (!candidates)
            return candidates.error();
        if (want == Want::Any)
            candidates->append(builtinFields());
        const QString hint = didYouMean(field, *candidates);
        switch (want) {
        case Want::Metric:
            return bad(node, Text::tr("no run has a metric named '%1'%2").arg(field, hint));
        case Want::Parameter:
            return bad(node, Text::tr("no run has a parameter named '%1'%2").arg(field, hint));
        case Want::Any:
            break;
        }
        return bad(node, Text::tr("'%1' is not a metric, a parameter or a run field%2; run fields are: %3")
                             .arg(field, hint, builtinFields().join(QStringLiteral(", "))));
    }

    Result<QString> textCondition(const RunFilterNode &node, const QString &column, bool prefix)
    {
        if (node.op == RunFilterNode::Op::IsTrue)
            return bad(node, Text::tr("'%1' needs a comparison, e.g. %1 = value").arg(node.field));
        if (isOrdering(node.op))
            return bad(node, Text::tr("'%1' is text: compare it with =, != or ~ (contains), not %2")
                                 .arg(node.field, RunFilter::opText(node.op)));
        if (node.op == RunFilterNode::Op::Contains)
            return QStringLiteral("(%1 LIKE %2 ESCAPE '\\')")
                .arg(column, m_sql.bind(QStringLiteral("%") + likeEscape(node.value) + QStringLiteral("%")));
        const QString match = prefix ? QStringLiteral("(%1 LIKE %2 ESCAPE '\\')")
                                           .arg(column, m_sql.bind(likeEscape(node.value) + QStringLiteral("%")))
                                     : QStringLiteral("(%1 = %2 COLLATE NOCASE)").arg(column, m_sql.bind(node.value));
        if (node.op == RunFilterNode::Op::Ne)
            return QStringLiteral("(%1 IS NULL OR NOT %2)").arg(column, match);
        return match;
    }

    Result<QString> numberCondition(const RunFilterNode &node, const QString &expression, double number)
    {
        if (node.op == RunFilterNode::Op::Contains || node.op == RunFilterNode::Op::IsTrue)
            return bad(node, Text::tr("'%1' is a number: compare it with =, !=, <, <=, > or >=").arg(node.field));
        return QStringLiteral("(%1 %2 %3)").arg(expression, sqlOp(node.op), m_sql.bind(number));
    }

    Result<QString> builtin(const RunFilterNode &node, const QString &field)
    {
        if (field == QStringLiteral("id"))
            return textCondition(node, QStringLiteral("r.uuid"), true);
        if (field == QStringLiteral("commit"))
            return textCondition(node, QStringLiteral("r.git_commit"), true);
        static const QHash<QString, QString> textColumns{
            {QStringLiteral("kind"), QStringLiteral("r.kind")},
            {QStringLiteral("name"), QStringLiteral("r.name")},
            {QStringLiteral("pipeline"), QStringLiteral("r.pipeline")},
            {QStringLiteral("status"), QStringLiteral("r.status")},
            {QStringLiteral("type"), QStringLiteral("r.step_type")},
            {QStringLiteral("runner"), QStringLiteral("r.runner")},
            {QStringLiteral("branch"), QStringLiteral("r.git_branch")},
            {QStringLiteral("failure"), QStringLiteral("r.failure_reason")}};
        if (const auto it = textColumns.constFind(field); it != textColumns.cend()) {
            if (field == QStringLiteral("pipeline") && node.op != RunFilterNode::Op::Contains
                && node.op != RunFilterNode::Op::IsTrue && !isOrdering(node.op)) {
                // `pipeline = breast-cancer` means the pipeline's name as well as its file.
                const QString file = m_sql.bind(node.value);
                const QString name = m_sql.bind(QStringLiteral("%/") + likeEscape(node.value) + QStringLiteral(".y%ml"));
                const QString match = QStringLiteral("(r.pipeline = %1 COLLATE NOCASE OR r.pipeline LIKE %2 ESCAPE '\\')")
                                          .arg(file, name);
                return node.op == RunFilterNode::Op::Ne ? QStringLiteral("(r.pipeline IS NULL OR NOT %1)").arg(match)
                                                        : match;
            }
            return textCondition(node, *it, false);
        }
        if (field == QStringLiteral("dirty") || field == QStringLiteral("cached")) {
            bool wanted = true;
            if (node.op != RunFilterNode::Op::IsTrue) {
                const std::optional<bool> b = parseBool(node.value);
                if (!b || (node.op != RunFilterNode::Op::Eq && node.op != RunFilterNode::Op::Ne))
                    return bad(node, Text::tr("'%1' is true or false: write '%1', 'not %1' or '%1 = false'").arg(field));
                wanted = *b == (node.op == RunFilterNode::Op::Eq);
            }
            const QString test = field == QStringLiteral("dirty")
                                     ? QStringLiteral("coalesce(r.git_dirty, 0) != 0")
                                     : QStringLiteral("(r.cached_from IS NOT NULL OR EXISTS (SELECT 1 FROM runs c"
                                                      " WHERE c.parent_id = r.id AND c.cached_from IS NOT NULL))");
            return wanted ? test : QStringLiteral("(NOT %1)").arg(test);
        }
        if (field == QStringLiteral("duration")) {
            std::optional<qint64> ms = node.quoted ? std::nullopt : parseDuration(node.value);
            if (node.op == RunFilterNode::Op::IsTrue || !ms)
                return bad(node, Text::tr("'duration' compares with a time, e.g. duration > 5m or duration < 30s"));
            const QString expr = QStringLiteral("(coalesce(r.ended_at, %1) - r.started_at)")
                                     .arg(m_sql.bind(QDateTime::currentMSecsSinceEpoch()));
            return numberCondition(node, expr, double(*ms));
        }
        // exit_code, attempts
        double number = 0;
        if (!node.isNumber(&number))
            return bad(node, Text::tr("'%1' is a number: compare it with a number, not '%2'").arg(field, node.value));
        return numberCondition(node, field == QStringLiteral("exit_code") ? QStringLiteral("r.exit_code")
                                                                          : QStringLiteral("r.attempts"),
                               number);
    }

    Result<QString> metric(const RunFilterNode &node, const QString &name, qint64 keyId)
    {
        const QString key = m_sql.bind(keyId);
        if (node.op == RunFilterNode::Op::IsTrue)
            return ownOrChildHasSql(QStringLiteral("latest_metrics"), QStringLiteral("x.key_id = %1").arg(key));
        double number = 0;
        if (!node.isNumber(&number))
            return bad(node, Text::tr("'%1' is a metric: compare it with a number, not '%2'").arg(name, node.value));
        if (node.op == RunFilterNode::Op::Contains)
            return bad(node, Text::tr("'%1' is a metric: compare it with =, !=, <, <=, > or >=").arg(name));
        return ownOrChildHasSql(QStringLiteral("latest_metrics"),
                                QStringLiteral("x.key_id = %1 AND x.value %2 %3")
                                    .arg(key, sqlOp(node.op), m_sql.bind(number)));
    }

    Result<QString> parameter(const RunFilterNode &node, const QString &name)
    {
        const QString key = m_sql.bind(name);
        QString condition;
        double number = 0;
        const bool numeric = node.isNumber(&number);
        switch (node.op) {
        case RunFilterNode::Op::IsTrue:
            condition = QStringLiteral("x.value NOT IN ('', '0', 'false', 'False', 'no')");
            break;
        case RunFilterNode::Op::Contains:
            condition = QStringLiteral("x.value LIKE %1 ESCAPE '\\'")
                            .arg(m_sql.bind(QStringLiteral("%") + likeEscape(node.value) + QStringLiteral("%")));
            break;
        case RunFilterNode::Op::Eq:
        case RunFilterNode::Op::Ne: {
            QString match = QStringLiteral("x.value = %1").arg(m_sql.bind(node.value));
            if (numeric)
                match = QStringLiteral("(%1 OR (%2 AND CAST(x.value AS REAL) = %3))")
                            .arg(match, isNumericSql(QStringLiteral("x.value")), m_sql.bind(number));
            if (node.op == RunFilterNode::Op::Eq) {
                condition = match;
            } else {
                condition = QStringLiteral("NOT %1").arg(match);
            }
            break;
        }
        case RunFilterNode::Op::Lt:
        case RunFilterNode::Op::Le:
        case RunFilterNode::Op::Gt:
        case RunFilterNode::Op::Ge:
            if (!numeric)
                return bad(node, Text::tr("%1 compares numbers; '%2' is not a number")
                                     .arg(RunFilter::opText(node.op), node.value));
            condition = QStringLiteral("%1 AND CAST(x.value AS REAL) %2 %3")
                            .arg(isNumericSql(QStringLiteral("x.value")), sqlOp(node.op), m_sql.bind(number));
            break;
        }
        return ownOrChildHasSql(QStringLiteral("params"), QStringLiteral("x.key = %1 AND %2").arg(key, condition));
    }

    Result<qint64> metricKey(const QString &name)
    {
        Result<Statement> s = m_db.prepare(QStringLiteral("SELECT id FROM metric_keys WHERE name = ?"));
        if (!s)
            return s.error();
        s->bind(1, name);
        Result<bool> row = s->step();
        if (!row)
            return row.error();
        return *row ? s->int64(0) : qint64(0);
    }

    Result<bool> parameterExists(const QString &name)
    {
        Result<Statement> s = m_db.prepare(QStringLiteral("SELECT 1 FROM params WHERE key = ? LIMIT 1"));
        if (!s)
            return s.error();
        s->bind(1, name);
        Result<bool> row = s->step();
        if (!row)
            return row.error();
        return *row;
    }

    Result<QStringList> names(bool metrics, bool parameters)
    {
        Result<RunColumnChoices> choices = runquery::columnChoices(m_db);
        if (!choices)
            return choices.error();
        QStringList out;
        if (metrics)
            out += choices->metrics;
        if (parameters)
            out += choices->parameters;
        return out;
    }

    Database &m_db;
    Sql &m_sql;
};

/** The WHERE clause of a run list (over `runs r`). */
Result<QString> whereClause(Database &db, const RunListQuery &query, Sql &sql)
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
        const QString anywhere = sql.bind(QStringLiteral("%") + likeEscape(word) + QStringLiteral("%"));
        const QString start = sql.bind(likeEscape(word.toLower()) + QStringLiteral("%"));
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
        Result<QString> compiled = FilterCompiler(db, sql).compile(filter->root());
        if (!compiled)
            return compiled.error();
        conditions.append(*compiled);
    }
    return conditions.join(QStringLiteral(" AND "));
}

Result<QString> sortExpression(Database &db, const RunSort &sort, Sql &sql)
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
        return ownOrChildSql(QStringLiteral("params"), QStringLiteral("+x.key = %1").arg(sql.bind(sort.key)),
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
        return ownOrChildSql(QStringLiteral("latest_metrics"), QStringLiteral("+x.key_id = %1").arg(sql.bind(*key)),
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
    return builtinFields();
}

Result<RunIdList> listRunIds(Database &db, const RunListQuery &query)
{
    Sql sql;
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
                   .arg(*order, *where, isNumericSql(QStringLiteral("v")), dir);
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
            Sql sql;
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
            Sql sql;
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
    Sql sql;
    Result<QString> compiled = FilterCompiler(db, sql).compile(parsed->root());
    if (!compiled)
        return compiled.error();
    return {};
}

} // namespace runquery

} // namespace mlops
