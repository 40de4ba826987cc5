// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/tracking/runfiltersql.h"

#include "core/common/duration.h"
#include "core/common/suggest.h"
#include "core/store/database.h"
#include "core/tracking/runfilter.h"
#include "core/tracking/runquery.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace mlops {

QString SqlParams::bind(const QVariant &value)
{
    binds.append(value);
    return QStringLiteral("?%1").arg(binds.size());
}

QString SqlParams::bind(const QString &text)
{
    return bind(QVariant(text));
}

namespace runsql {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::RunQuery)
};

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
    FilterCompiler(Database &db, SqlParams &sql) : m_db(db), m_sql(sql) {}

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
                            .arg(match, isNumeric(QStringLiteral("x.value")), m_sql.bind(number));
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
                            .arg(isNumeric(QStringLiteral("x.value")), sqlOp(node.op), m_sql.bind(number));
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
    SqlParams &m_sql;
};

} // namespace

/** SQL that is true when the text expression `v` holds a number. */
QString isNumeric(const QString &v)
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

/** A run's own value of `key`, else its newest step run's: the row's effective value. */
QString ownOrChildValue(const QString &table, const QString &keyCondition, const QString &valueColumn)
{
    return QStringLiteral("coalesce((SELECT x.%3 FROM %1 x WHERE x.run_id = r.id AND %2),"
                          " (SELECT x.%3 FROM runs c JOIN %1 x ON x.run_id = c.id WHERE c.parent_id = r.id AND %2"
                          " ORDER BY c.id DESC LIMIT 1))")
        .arg(table, keyCondition, valueColumn);
}

QStringList filterFields()
{
    return builtinFields();
}

Result<QString> compileFilter(Database &db, const RunFilterNode &root, SqlParams &sql)
{
    return FilterCompiler(db, sql).compile(root);
}

} // namespace runsql

} // namespace mlops
