// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/tracking/runstore.h"

#include "core/store/database.h"

#include <QCoreApplication>

#include <algorithm>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::RunStore)
};

const QString kRunColumns = QStringLiteral(
    "r.id, r.uuid, r.parent_id, r.kind, r.name, r.pipeline, r.step_type, r.status, r.runner,"
    " r.created_at, r.started_at, r.ended_at, r.git_commit, r.git_branch, r.git_dirty,"
    " r.failure_reason, r.exit_code, r.attempts, r.cache_key, r.cached_from, c.uuid, r.job_dir");

QDateTime timeOf(const Statement &s, int column)
{
    return s.isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(s.int64(column), Qt::UTC);
}

RunRecord readRun(const Statement &s)
{
    RunRecord r;
    r.id = s.int64(0);
    r.uuid = s.text(1);
    r.parentId = s.isNull(2) ? 0 : s.int64(2);
    r.kind = s.text(3);
    r.name = s.text(4);
    r.pipeline = s.text(5);
    r.stepType = s.text(6);
    r.status = parseRunStatus(s.text(7)).value_or(RunStatus::Pending);
    r.runner = s.text(8);
    r.created = timeOf(s, 9);
    r.started = timeOf(s, 10);
    r.ended = timeOf(s, 11);
    r.gitCommit = s.text(12);
    r.gitBranch = s.text(13);
    r.gitDirty = !s.isNull(14) && s.int64(14) != 0;
    r.failureReason = s.text(15);
    if (!s.isNull(16))
        r.exitCode = int(s.int64(16));
    r.attempts = int(s.int64(17));
    r.cacheKey = s.text(18);
    r.cachedFrom = s.isNull(19) ? 0 : s.int64(19);
    r.cachedFromUuid = s.text(20);
    r.jobDir = s.text(21);
    return r;
}

Result<QList<RunRecord>> readRuns(Statement &s)
{
    QList<RunRecord> runs;
    if (Status rowsRead = s.forEachRow([&] {
        runs.append(readRun(s));
    }); !rowsRead)
        return rowsRead.error();
    return runs;
}

} // namespace

Result<QList<RunRecord>> RunStore::list(const RunQuery &query)
{
    QString sql = QStringLiteral("SELECT ") + kRunColumns
                  + QStringLiteral(" FROM runs r LEFT JOIN runs c ON c.id = r.cached_from");
    if (query.topLevelOnly)
        sql += QStringLiteral(" WHERE r.parent_id IS NULL");
    sql += QStringLiteral(" ORDER BY r.created_at DESC, r.id DESC");
    if (query.limit > 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(query.offset);
    Result<Statement> s = m_db.prepare(sql);
    if (!s)
        return s.error();
    Result<QList<RunRecord>> runs = readRuns(*s);
    if (!runs || !query.withDetails)
        return runs;
    for (RunRecord &run : *runs) {
        if (Status st = loadDetails(run); !st)
            return st.error();
    }
    return runs;
}

Result<int> RunStore::count(bool topLevelOnly)
{
    Result<QVariant> n = m_db.scalar(topLevelOnly
                                         ? QStringLiteral("SELECT count(*) FROM runs WHERE parent_id IS NULL")
                                         : QStringLiteral("SELECT count(*) FROM runs"));
    if (!n)
        return n.error();
    return n->toInt();
}

Result<RunRecord> RunStore::find(const QString &idOrPrefix, bool withDetails)
{
    const QString prefix = idOrPrefix.trimmed().toLower();
    if (prefix.size() < 4)
        return Error::badInput(Text::tr("run id '%1' is too short: give at least 4 characters").arg(idOrPrefix));
    for (const QChar c : prefix) {
        if (!c.isDigit() && !(c >= QLatin1Char('a') && c <= QLatin1Char('f')))
            return Error::badInput(Text::tr("'%1' is not a run id (run ids are hexadecimal)").arg(idOrPrefix));
    }
    Result<Statement> s = m_db.prepare(QStringLiteral("SELECT ") + kRunColumns
                                       + QStringLiteral(" FROM runs r LEFT JOIN runs c ON c.id = r.cached_from"
                                                        " WHERE r.uuid >= ?1 AND r.uuid < ?1 || 'g'"
                                                        " ORDER BY r.uuid LIMIT 6"));
    if (!s)
        return s.error();
    s->bind(1, prefix);
    Result<QList<RunRecord>> runs = readRuns(*s);
    if (!runs)
        return runs.error();
    if (runs->isEmpty())
        return Error::badInput(Text::tr("no run with id '%1'").arg(idOrPrefix));
    if (runs->size() > 1) {
        // As git names the objects a short id could mean: enough of each id to tell them apart.
        QStringList candidates;
        for (qsizetype i = 0; i < std::min<qsizetype>(runs->size(), 5); ++i) {
            const RunRecord &candidate = runs->at(i);
            qsizetype length = std::max<qsizetype>(8, prefix.size() + 1);
            for (qsizetype j = 0; j < runs->size(); ++j) {
                const RunRecord &other = runs->at(j);
                if (i == j)
                    continue;
                qsizetype common = 0;
                while (common < candidate.uuid.size() && common < other.uuid.size()
                       && candidate.uuid.at(common) == other.uuid.at(common))
                    ++common;
                length = std::max(length, common + 1);
            }
            candidates.append(Text::tr("%1 (%2 %3)").arg(candidate.uuid.left(length), candidate.kind, candidate.name));
        }
        if (runs->size() > 5)
            candidates.append(Text::tr("and more"));
        return Error::badInput(Text::tr("run id '%1' is ambiguous: it could be %2; give more characters")
                                   .arg(idOrPrefix, candidates.join(QStringLiteral(", "))));
    }
    RunRecord run = runs->first();
    if (withDetails) {
        if (Status st = loadDetails(run); !st)
            return st.error();
    }
    return run;
}

Result<RunRecord> RunStore::get(qint64 rowId, bool withDetails)
{
    Result<Statement> s = m_db.prepare(QStringLiteral("SELECT ") + kRunColumns
                                       + QStringLiteral(" FROM runs r LEFT JOIN runs c ON c.id = r.cached_from"
                                                        " WHERE r.id = ?"));
    if (!s)
        return s.error();
    s->bind(1, rowId);
    Result<QList<RunRecord>> runs = readRuns(*s);
    if (!runs)
        return runs.error();
    if (runs->isEmpty())
        return Error::badInput(Text::tr("no run with row id %1").arg(rowId));
    RunRecord run = runs->first();
    if (withDetails) {
        if (Status st = loadDetails(run); !st)
            return st.error();
    }
    return run;
}

Status RunStore::loadDetails(RunRecord &run)
{
    Result<Statement> params = m_db.prepare(
        QStringLiteral("SELECT kind, key, value FROM params WHERE run_id = ? ORDER BY key"));
    if (!params)
        return params.error();
    params->bind(1, run.id);
    if (Status rowsRead = params->forEachRow([&] {
        if (params->text(0) == QStringLiteral("hyperparameter"))
            run.hyperparameters.insert(params->text(1), params->text(2));
        else
            run.parameters.insert(params->text(1), params->text(2));
    }); !rowsRead)
        return rowsRead.error();

    Result<Statement> metrics = m_db.prepare(QStringLiteral(
        "SELECT k.name, l.value FROM latest_metrics l JOIN metric_keys k ON k.id = l.key_id"
        " WHERE l.run_id = ? ORDER BY k.name"));
    if (!metrics)
        return metrics.error();
    metrics->bind(1, run.id);
    if (Status rowsRead = metrics->forEachRow([&] {
        run.metrics.insert(metrics->text(0), metrics->real(1));
    }); !rowsRead)
        return rowsRead.error();

    Result<Statement> artifacts = m_db.prepare(QStringLiteral(
        "SELECT id, role, name, hash, kind, size, path FROM artifacts WHERE run_id = ? ORDER BY id"));
    if (!artifacts)
        return artifacts.error();
    artifacts->bind(1, run.id);
    if (Status rowsRead = artifacts->forEachRow([&] {
        run.artifacts.append(ArtifactRecord{artifacts->int64(0), artifacts->text(1),
                                            artifacts->text(2), artifacts->text(3),
                                            artifacts->text(4), artifacts->int64(5),
                                            artifacts->text(6)});
    }); !rowsRead)
        return rowsRead.error();

    if (run.kind == QStringLiteral("pipeline")) {
        Result<Statement> children = m_db.prepare(QStringLiteral("SELECT ") + kRunColumns
                                                  + QStringLiteral(" FROM runs r LEFT JOIN runs c ON c.id = r.cached_from"
                                                                   " WHERE r.parent_id = ? ORDER BY r.id"));
        if (!children)
            return children.error();
        children->bind(1, run.id);
        Result<QList<RunRecord>> steps = readRuns(*children);
        if (!steps)
            return steps.error();
        run.children = *steps;
        for (RunRecord &child : run.children) {
            if (Status st = loadDetails(child); !st)
                return st;
        }
    }
    return {};
}

} // namespace mlops
