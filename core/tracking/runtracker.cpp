// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/tracking/runtracker.h"

#include "core/common/processinfo.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::RunTracker)
};

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

Result<RunRef> RunTracker::createRun(const NewRun &run, RunStatus status)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();

    qint64 experimentId = 0;
    const QString experiment = run.experiment.isEmpty() ? run.name : run.experiment;
    if (!experiment.isEmpty() && run.parentId == 0) {
        Result<Statement> insert = m_db.prepare(QStringLiteral(
            "INSERT INTO experiments(name, created_at) VALUES(?, ?) ON CONFLICT(name) DO NOTHING"));
        if (!insert)
            return insert.error();
        insert->bind(1, experiment).bind(2, now());
        if (Status s = insert->exec(); !s)
            return s.error();
        Result<Statement> find = m_db.prepare(QStringLiteral("SELECT id FROM experiments WHERE name = ?"));
        if (!find)
            return find.error();
        find->bind(1, experiment);
        Result<bool> row = find->step();
        if (!row)
            return row.error();
        experimentId = *row ? find->int64(0) : 0;
    }

    RunRef ref;
    ref.uuid = QUuid::createUuid().toString(QUuid::Id128);
    const ProcessIdentity owner = ProcessIdentity::current();
    Result<Statement> s = m_db.prepare(QStringLiteral(
        "INSERT INTO runs(uuid, experiment_id, parent_id, kind, name, pipeline, step_type, status,"
        " runner, created_at, git_commit, git_branch, git_dirty, owner_pid, owner_start)"
        " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!s)
        return s.error();
    s->bind(1, ref.uuid);
    if (experimentId)
        s->bind(2, experimentId);
    else
        s->bindNull(2);
    if (run.parentId)
        s->bind(3, run.parentId);
    else
        s->bindNull(3);
    s->bind(4, run.kind).bind(5, run.name).bind(6, run.pipeline).bind(7, run.stepType);
    s->bind(8, runStatusName(status)).bind(9, run.runner).bind(10, now());
    s->bind(11, run.gitCommit).bind(12, run.gitBranch).bind(13, qint64(run.gitDirty ? 1 : 0));
    s->bind(14, owner.pid).bind(15, owner.startTime);
    if (Status st = s->exec(); !st)
        return st.error();
    ref.id = m_db.lastInsertId();
    if (Status st = tx.commit(); !st)
        return st.error();
    return ref;
}

Status RunTracker::start(qint64 runId, qint64 processGroup)
{
    const ProcessIdentity owner = ProcessIdentity::current();
    Result<Statement> s = m_db.prepare(QStringLiteral(
        "UPDATE runs SET status = 'Running', started_at = coalesce(started_at, ?),"
        " owner_pid = ?, owner_start = ?, pgid = ? WHERE id = ?"));
    if (!s)
        return s.error();
    s->bind(1, now()).bind(2, owner.pid).bind(3, owner.startTime);
    if (processGroup > 0)
        s->bind(4, processGroup);
    else
        s->bindNull(4);
    s->bind(5, runId);
    return s->exec();
}

Status RunTracker::startAttempt(qint64 runId, int attempt, const QString &jobDir)
{
    const ProcessIdentity owner = ProcessIdentity::current();
    Result<Statement> s = m_db.prepare(QStringLiteral(
        "UPDATE runs SET status = 'Running', started_at = coalesce(started_at, ?), owner_pid = ?,"
        " owner_start = ?, attempts = ?, job_dir = ? WHERE id = ?"));
    if (!s)
        return s.error();
    s->bind(1, now()).bind(2, owner.pid).bind(3, owner.startTime).bind(4, qint64(attempt)).bind(5, jobDir);
    s->bind(6, runId);
    return s->exec();
}

Status RunTracker::setProcessGroup(qint64 runId, qint64 processGroup)
{
    Result<Statement> s = m_db.prepare(QStringLiteral("UPDATE runs SET pgid = ? WHERE id = ?"));
    if (!s)
        return s.error();
    s->bind(1, processGroup).bind(2, runId);
    return s->exec();
}

namespace {

/** Binds status, ended_at, exit_code, failure_reason and started_at (1–5) of a finishing run. */
void bindOutcome(Statement &s, RunStatus status, qint64 t, std::optional<int> exitCode, const QString &failureReason)
{
    s.bind(1, runStatusName(status)).bind(2, t);
    if (exitCode)
        s.bind(3, qint64(*exitCode));
    else
        s.bindNull(3);
    if (failureReason.isEmpty())
        s.bindNull(4);
    else
        s.bind(4, failureReason.left(1024));
    s.bind(5, t);
}

} // namespace

Status RunTracker::finish(qint64 runId, RunStatus status, std::optional<int> exitCode,
                          const QString &failureReason)
{
    Result<Statement> s = m_db.prepare(QStringLiteral(
        "UPDATE runs SET status = ?, ended_at = ?, exit_code = ?, failure_reason = ?,"
        " started_at = coalesce(started_at, ?) WHERE id = ?"));
    if (!s)
        return s.error();
    bindOutcome(*s, status, now(), exitCode, failureReason);
    s->bind(6, runId);
    return s->exec();
}

Status RunTracker::finishWithCache(qint64 runId, RunStatus status, std::optional<int> exitCode,
                                   const QString &failureReason, const QString &cacheKey, qint64 cachedFrom)
{
    Result<Statement> s = m_db.prepare(QStringLiteral(
        "UPDATE runs SET status = ?, ended_at = ?, exit_code = ?, failure_reason = ?,"
        " started_at = coalesce(started_at, ?), cache_key = ?, cached_from = ? WHERE id = ?"));
    if (!s)
        return s.error();
    bindOutcome(*s, status, now(), exitCode, failureReason);
    if (cacheKey.isEmpty())
        s->bindNull(6);
    else
        s->bind(6, cacheKey);
    if (cachedFrom)
        s->bind(7, cachedFrom);
    else
        s->bindNull(7);
    s->bind(8, runId);
    return s->exec();
}

Status RunTracker::setStatus(qint64 runId, RunStatus status)
{
    Result<Statement> s = m_db.prepare(QStringLiteral("UPDATE runs SET status = ? WHERE id = ?"));
    if (!s)
        return s.error();
    s->bind(1, runStatusName(status)).bind(2, runId);
    return s->exec();
}

Status RunTracker::setAttempts(qint64 runId, int attempts)
{
    Result<Statement> s = m_db.prepare(QStringLiteral("UPDATE runs SET attempts = ? WHERE id = ?"));
    if (!s)
        return s.error();
    s->bind(1, qint64(attempts)).bind(2, runId);
    return s->exec();
}

Status RunTracker::setJobDir(qint64 runId, const QString &jobDir)
{
    Result<Statement> s = m_db.prepare(QStringLiteral("UPDATE runs SET job_dir = ? WHERE id = ?"));
    if (!s)
        return s.error();
    s->bind(1, jobDir).bind(2, runId);
    return s->exec();
}

Status RunTracker::setCache(qint64 runId, const QString &cacheKey, qint64 cachedFrom)
{
    Result<Statement> s = m_db.prepare(
        QStringLiteral("UPDATE runs SET cache_key = ?, cached_from = ? WHERE id = ?"));
    if (!s)
        return s.error();
    s->bind(1, cacheKey);
    if (cachedFrom)
        s->bind(2, cachedFrom);
    else
        s->bindNull(2);
    s->bind(3, runId);
    return s->exec();
}

Status RunTracker::setParams(qint64 runId, const QMap<QString, QString> &params, const QString &kind)
{
    if (params.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    Result<Statement> s = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO params(run_id, kind, key, value) VALUES(?, ?, ?, ?)"));
    if (!s)
        return s.error();
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        s->bind(1, runId).bind(2, kind).bind(3, it.key()).bind(4, it.value());
        if (Status st = s->exec(); !st)
            return st;
    }
    return tx.commit();
}

Status RunTracker::setTag(qint64 runId, const QString &key, const QString &value)
{
    Result<Statement> s = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO tags(run_id, key, value) VALUES(?, ?, ?)"));
    if (!s)
        return s.error();
    s->bind(1, runId).bind(2, key).bind(3, value);
    return s->exec();
}

Result<qint64> RunTracker::metricKeyId(const QString &name)
{
    if (const auto it = m_keyIds.constFind(name); it != m_keyIds.cend())
        return *it;
    Result<Statement> insert = m_db.prepare(
        QStringLiteral("INSERT INTO metric_keys(name) VALUES(?) ON CONFLICT(name) DO NOTHING"));
    if (!insert)
        return insert.error();
    insert->bind(1, name);
    if (Status s = insert->exec(); !s)
        return s.error();
    Result<Statement> find = m_db.prepare(QStringLiteral("SELECT id FROM metric_keys WHERE name = ?"));
    if (!find)
        return find.error();
    find->bind(1, name);
    Result<bool> row = find->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{Text::tr("cannot register the metric '%1'").arg(name), m_db.path()};
    const qint64 id = find->int64(0);
    m_keyIds.insert(name, id);
    return id;
}

Status RunTracker::logMetrics(qint64 runId, const QList<MetricValue> &values)
{
    if (values.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    Result<Statement> insert = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO metrics(run_id, key_id, step, value, ts) VALUES(?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();

    // What this batch knows per metric. Values of a batch name few metrics, often in
    // turn: a short list searched from the last one used beats hashing every name.
    struct Key
    {
        QString name;
        qint64 id = 0;
        qint64 base = -1;         ///< where automatic steps continue, -1 until needed
        qint64 seen = 0;          ///< one past the highest step of this batch
        qint64 latestStep = -1;
        double latestValue = 0;
        qint64 latestTs = 0;
    };
    std::vector<Key> keys;
    size_t last = 0;
    auto keyFor = [&](const QString &name) -> Result<Key *> {
        if (last < keys.size() && keys[last].name == name)
            return &keys[last];
        for (size_t i = 0; i < keys.size(); ++i) {
            if (keys[i].name == name) {
                last = i;
                return &keys[i];
            }
        }
        Result<qint64> id = metricKeyId(name);
        if (!id)
            return id.error();
        keys.push_back(Key{name, *id});
        last = keys.size() - 1;
        return &keys[last];
    };

    const qint64 t = now();
    for (const MetricValue &v : values) {
        // SQLite stores NaN as NULL, which the table refuses: such a value would lose the batch.
        if (!std::isfinite(v.value))
            continue;
        Result<Key *> found = keyFor(v.name);
        if (!found)
            return found.error();
        Key &key = **found;
        qint64 step = v.step;
        if (step < 0) {
            if (key.base < 0) {
                const QPair<qint64, qint64> runKey(runId, key.id);
                auto it = m_nextStep.constFind(runKey);
                if (it != m_nextStep.cend()) {
                    key.base = *it;
                } else {
                    // Continue after whatever an earlier writer of this run logged.
                    Result<Statement> max = m_db.prepare(QStringLiteral(
                        "SELECT max(step) FROM metrics WHERE run_id = ? AND key_id = ?"));
                    if (!max)
                        return max.error();
                    max->bind(1, runId).bind(2, key.id);
                    Result<bool> row = max->step();
                    if (!row)
                        return row.error();
                    key.base = *row && !max->isNull(0) ? max->int64(0) + 1 : 0;
                }
            }
            step = std::max(key.base, key.seen);
        }
        key.seen = std::max(key.seen, step + 1);
        const qint64 ts = v.timestampMs > 0 ? v.timestampMs : t;
        insert->bind(1, runId).bind(2, key.id).bind(3, step).bind(4, v.value).bind(5, ts);
        if (Status st = insert->exec(); !st)
            return st;
        if (step >= key.latestStep) {
            key.latestStep = step;
            key.latestValue = v.value;
            key.latestTs = ts;
        }
    }
    Result<Statement> upsert = m_db.prepare(QStringLiteral(
        "INSERT INTO latest_metrics(run_id, key_id, step, value, ts) VALUES(?1, ?2, ?3, ?4, ?5)"
        " ON CONFLICT(run_id, key_id) DO UPDATE SET step = ?3, value = ?4, ts = ?5"
        " WHERE excluded.step >= latest_metrics.step"));
    if (!upsert)
        return upsert.error();
    for (const Key &key : keys) {
        upsert->bind(1, runId).bind(2, key.id).bind(3, key.latestStep).bind(4, key.latestValue).bind(5, key.latestTs);
        if (Status st = upsert->exec(); !st)
            return st;
    }
    if (Status st = tx.commit(); !st)
        return st;
    // Only a committed batch moves the automatic steps on.
    for (const Key &key : keys) {
        qint64 &next = m_nextStep[qMakePair(runId, key.id)];
        next = std::max({next, key.seen, key.base});
    }
    return {};
}

Status RunTracker::addArtifacts(qint64 runId, const QList<ArtifactRecord> &artifacts)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    for (const ArtifactRecord &a : artifacts) {
        if (Result<qint64> id = addArtifact(runId, a); !id)
            return id.error();
    }
    return tx.commit();
}

Result<qint64> RunTracker::addArtifact(qint64 runId, const ArtifactRecord &a)
{
    Result<Statement> s = m_db.prepare(QStringLiteral(
        "INSERT INTO artifacts(run_id, role, name, hash, kind, size, path, created_at)"
        " VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!s)
        return s.error();
    s->bind(1, runId).bind(2, a.role).bind(3, a.name).bind(4, a.hash);
    s->bind(5, a.kind.isEmpty() ? QStringLiteral("file") : a.kind).bind(6, a.size).bind(7, a.path);
    s->bind(8, now());
    if (Status st = s->exec(); !st)
        return st.error();
    return m_db.lastInsertId();
}

} // namespace mlops
