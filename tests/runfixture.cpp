// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "runfixture.h"

#include <QUuid>

#include <cmath>

namespace mlops::test {

namespace {
QString uuid()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}
} // namespace

bool populateRuns(Database &db, int topLevel, RunFixture *fixture, int lossPoints)
{
    RunFixture f;
    f.lossPoints = lossPoints;
    if (!db.exec(QStringLiteral("BEGIN IMMEDIATE")).ok())
        return false;
    auto keyId = [&db](const QString &name) -> qint64 {
        Result<Statement> s = db.prepare(QStringLiteral(
            "INSERT INTO metric_keys(name) VALUES(?) ON CONFLICT(name) DO UPDATE SET name = name RETURNING id"));
        if (!s)
            return 0;
        s->bind(1, name);
        Result<bool> row = s->step();
        const qint64 id = row && *row ? s->int64(0) : 0;
        s->reset();
        return id;
    };
    const qint64 lossKey = keyId(QStringLiteral("train:log_loss"));
    const qint64 accuracyKey = keyId(QStringLiteral("accuracy"));
    const qint64 aucKey = keyId(QStringLiteral("roc_auc"));

    Result<Statement> run = db.prepare(QStringLiteral(
        "INSERT INTO runs(uuid, parent_id, kind, name, pipeline, step_type, status, runner, created_at,"
        " started_at, ended_at, git_commit, git_branch, git_dirty, failure_reason, cached_from)"
        " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, 'process', ?8, ?8, ?9, ?10, 'main', ?11, ?12, ?13)"));
    Result<Statement> param = db.prepare(QStringLiteral("INSERT INTO params(run_id, kind, key, value) VALUES(?, ?, ?, ?)"));
    Result<Statement> metric = db.prepare(QStringLiteral(
        "INSERT INTO metrics(run_id, key_id, step, value, ts) VALUES(?, ?, ?, ?, ?)"));
    Result<Statement> latest = db.prepare(QStringLiteral(
        "INSERT INTO latest_metrics(run_id, key_id, step, value, ts) VALUES(?, ?, ?, ?, ?)"));
    if (!run || !param || !metric || !latest)
        return false;

    qint64 lastTrain = 0;
    auto addRun = [&](qint64 parent, const QString &kind, const QString &name, const QString &pipeline,
                      const QString &type, const QString &status, qint64 created, qint64 duration, int i,
                      qint64 cachedFrom) -> qint64 {
        run->bind(1, uuid());
        if (parent)
            run->bind(2, parent);
        else
            run->bindNull(2);
        run->bind(3, kind).bind(4, name);
        if (pipeline.isEmpty())
            run->bindNull(5);
        else
            run->bind(5, pipeline);
        run->bind(6, type).bind(7, status).bind(8, created).bind(9, created + duration);
        run->bind(10, QStringLiteral("%1").arg(qint64(0x1234567) + i / 10, 40, 16, QLatin1Char('0')));
        run->bind(11, qint64(i % 4 == 3 ? 1 : 0));
        if (status == QStringLiteral("Failed"))
            run->bind(12, QStringLiteral("exit code 1: ValueError in step %1").arg(name));
        else
            run->bindNull(12);
        if (cachedFrom)
            run->bind(13, cachedFrom);
        else
            run->bindNull(13);
        if (!run->exec().ok())
            return 0;
        return db.lastInsertId();
    };
    auto addParam = [&](qint64 id, const QString &kind, const QString &key, const QString &value) {
        param->bind(1, id).bind(2, kind).bind(3, key).bind(4, value);
        return param->exec().ok();
    };
    auto addMetric = [&](qint64 id, qint64 key, qint64 step, double value, qint64 ts, bool isLatest) {
        metric->bind(1, id).bind(2, key).bind(3, step).bind(4, value).bind(5, ts);
        if (!metric->exec().ok())
            return false;
        if (isLatest) {
            latest->bind(1, id).bind(2, key).bind(3, step).bind(4, value).bind(5, ts);
            return latest->exec().ok();
        }
        return true;
    };

    for (int i = 0; i < topLevel; ++i) {
        const qint64 created = f.firstCreatedMs + qint64(i) * 60'000;
        const double accuracy = RunFixture::accuracy(i);
        const QString estimators = QString::number(i % 3 == 0 ? 50 : i % 3 == 1 ? 100 : 200);
        if (RunFixture::isNotebook(i)) {
            const qint64 id = addRun(0, QStringLiteral("notebook"), QStringLiteral("notebooks/explore.ipynb"), {}, {},
                                     QStringLiteral("Completed"), created, 4000, i, 0);
            if (!id || !addParam(id, QStringLiteral("parameter"), QStringLiteral("seed"), QString::number(i))
                || !addParam(id, QStringLiteral("parameter"), QStringLiteral("n_estimators"), estimators)
                || !addMetric(id, accuracyKey, 0, accuracy, created + 3000, true))
                return false;
            for (int s = 0; s < f.lossPoints; ++s) {
                if (!addMetric(id, lossKey, s, 0.7 * std::exp(-0.05 * s) + 0.002 * (i % 5), created + s,
                               s == f.lossPoints - 1))
                    return false;
            }
            ++f.notebooks;
            continue;
        }
        const bool failed = RunFixture::isFailed(i);
        const QString pipeline = i % 3 != 2 ? QStringLiteral("pipelines/breast-cancer.yaml") : QStringLiteral("pipelines/wine.yaml");
        const QString pipelineName = i % 3 != 2 ? QStringLiteral("breast-cancer") : QStringLiteral("wine");
        const QString status = failed ? QStringLiteral("Failed") : QStringLiteral("Completed");
        const qint64 exec = addRun(0, QStringLiteral("pipeline"), pipelineName, pipeline, {}, status, created, 30000, i, 0);
        if (!exec || !addParam(exec, QStringLiteral("parameter"), QStringLiteral("seed"), QString::number(i))
            || !addParam(exec, QStringLiteral("parameter"), QStringLiteral("test_size"), QStringLiteral("0.2")))
            return false;
        const qint64 prepare = addRun(exec, QStringLiteral("step"), QStringLiteral("prepare"), pipeline,
                                      QStringLiteral("processing"), QStringLiteral("Completed"), created + 10, 5000, i, 0);
        const bool cached = f.executions % 5 == 4 && lastTrain != 0;
        const qint64 train = addRun(exec, QStringLiteral("step"), QStringLiteral("train"), pipeline,
                                    QStringLiteral("training"), QStringLiteral("Completed"), created + 20, 10000, i,
                                    cached ? lastTrain : 0);
        if (!prepare || !train)
            return false;
        if (!addParam(train, QStringLiteral("hyperparameter"), QStringLiteral("n_estimators"), estimators)
            || !addParam(train, QStringLiteral("hyperparameter"), QStringLiteral("max_depth"), QString::number(2 + i % 3)))
            return false;
        for (int s = 0; s < f.lossPoints; ++s) {
            if (!addMetric(train, lossKey, s, 0.7 * std::exp(-0.05 * s) + 0.002 * (i % 5), created + s,
                           s == f.lossPoints - 1))
                return false;
        }
        lastTrain = train;
        const qint64 evaluate = addRun(exec, QStringLiteral("step"), QStringLiteral("evaluate"), pipeline,
                                       QStringLiteral("processing"), status, created + 30, 3000, i, 0);
        if (!evaluate)
            return false;
        if (!failed) {
            if (!addMetric(evaluate, accuracyKey, 0, accuracy, created + 3000, true)
                || !addMetric(evaluate, aucKey, 0, std::min(1.0, accuracy + 0.05), created + 3000, true))
                return false;
        }
        ++f.executions;
    }
    if (!db.exec(QStringLiteral("COMMIT")).ok())
        return false;
    if (fixture)
        *fixture = f;
    return true;
}

} // namespace mlops::test
