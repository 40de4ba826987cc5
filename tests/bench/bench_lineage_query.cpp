// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// Lineage queries over a store with 100,000 entities (issue 7), printing `name value unit`:
// upstream closures (a model at the end of 50 chained pipeline executions, with and
// without a depth limit, and one at the end of 2,000), a downstream closure, a shortest
// path and resolving a hash prefix. The store is filled as LineageRecorder fills it: one
// entity per key, edges pointing downstream.

#include "core/lineage/lineagequery.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace mlops;

namespace {

void print(const QString &name, double value, const QString &unit)
{
    QTextStream(stdout) << name << ' ' << QString::number(value, 'f', 3) << ' ' << unit << Qt::endl;
}

struct Family
{
    qint64 root = 0;        ///< the data set the first execution read
    qint64 lastModel = 0;   ///< the model of the last execution
};

class Filler
{
public:
    explicit Filler(Database &db) : m_db(db)
    {
        m_entity = m_db.prepare(QStringLiteral(
            "INSERT INTO lineage_entities(key, category, kind, name, hash, uri, size, properties, created_at)"
            " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)")).value();
        m_edge = m_db.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO lineage_edges(source, destination, type, created_at) VALUES(?, ?, ?, 0)")).value();
    }

    qint64 entity(EntityKind kind, const QString &name)
    {
        const qint64 n = ++m_count;
        const QString hash = QStringLiteral("%1").arg(n * 2654435761ULL % 0xFFFFFFFFFFFFULL, 64, 16, QLatin1Char('0'));
        m_entity.bind(1, QStringLiteral("k:%1").arg(n)).bind(2, categoryName(categoryOf(kind))).bind(3, entityKindName(kind));
        m_entity.bind(4, name).bind(5, hash).bind(6, name).bind(7, n * 10).bind(8, QStringLiteral("{\"status\":\"Completed\"}"));
        m_entity.bind(9, n);
        (void)m_entity.exec();
        return m_db.lastInsertId();
    }
    void edge(qint64 a, qint64 b, Association type)
    {
        m_edge.bind(1, a).bind(2, b).bind(3, associationName(type));
        (void)m_edge.exec();
    }
    qint64 count() const { return m_count; }

    /** `executions` chained pipeline executions: each reads the training data of the one before. */
    Family family(int executions)
    {
        Family f;
        qint64 data = entity(EntityKind::DataSet, QStringLiteral("data/raw.csv"));
        f.root = data;
        qint64 commit = 0;
        for (int p = 0; p < executions; ++p) {
            if (p % 5 == 0)
                commit = entity(EntityKind::CodeCommit, QStringLiteral("commit"));
            const qint64 pipeline = entity(EntityKind::PipelineExecution, QStringLiteral("breast-cancer"));
            edge(commit, pipeline, Association::ContributedTo);
            const qint64 prepare = entity(EntityKind::StepRun, QStringLiteral("prepare"));
            const qint64 train = entity(EntityKind::Output, QStringLiteral("prepare/train"));
            const qint64 test = entity(EntityKind::Output, QStringLiteral("prepare/test"));
            const qint64 fit = entity(EntityKind::StepRun, QStringLiteral("train"));
            const qint64 model = entity(EntityKind::Model, QStringLiteral("train/model"));
            const qint64 evaluate = entity(EntityKind::StepRun, QStringLiteral("evaluate"));
            const qint64 report = entity(EntityKind::Output, QStringLiteral("evaluate/evaluation"));
            for (qint64 run : {prepare, fit, evaluate})
                edge(pipeline, run, Association::AssociatedWith);
            edge(data, prepare, Association::Used);
            edge(prepare, train, Association::Produced);
            edge(prepare, test, Association::Produced);
            edge(train, fit, Association::Used);
            edge(fit, model, Association::Produced);
            edge(model, evaluate, Association::Used);
            edge(test, evaluate, Association::Used);
            edge(evaluate, report, Association::Produced);
            f.lastModel = model;
            data = train;   // the next execution reads this one's training data
        }
        return f;
    }

private:
    Database &m_db;
    Statement m_entity;
    Statement m_edge;
    qint64 m_count = 0;
};

template<typename F>
double medianMs(F &&f, int repeat = 5)
{
    QList<double> times;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool smoke = app.arguments().contains(QStringLiteral("--smoke"));
    const int target = smoke ? 2000 : 100000;
    QTemporaryDir dir;
    Result<std::unique_ptr<Store>> store = Store::open(dir.filePath(QStringLiteral("store.db")));
    if (!store)
        return 1;
    Database &db = (*store)->db();
    QElapsedTimer build;
    build.start();
    Filler fill(db);
    Family deep, typical;
    {
        Transaction tx(db);
        deep = fill.family(smoke ? 40 : 2000);
        while (fill.count() < target)
            typical = fill.family(50);
        if (!tx.commit())
            return 1;
    }
    LineageQuery query(db);
    const int entities = *query.entityCount();
    print(QStringLiteral("lineage_store_entities"), entities, QStringLiteral("entities"));
    print(QStringLiteral("lineage_store_fill"), double(build.nsecsElapsed()) / 1e6, QStringLiteral("ms"));

    int size = 0;
    const double upstream = medianMs([&] {
        size = int(query.closure(typical.lastModel, LineageDirection::Upstream)->entities.size());
    });
    print(QStringLiteral("lineage_upstream_query_%1_entities").arg(size), upstream, QStringLiteral("ms"));
    const double limited = medianMs([&] {
        size = int(query.closure(typical.lastModel, LineageDirection::Upstream, 5)->entities.size());
    });
    print(QStringLiteral("lineage_upstream_query_depth5_%1_entities").arg(size), limited, QStringLiteral("ms"));
    const double downstream = medianMs([&] {
        size = int(query.closure(typical.root, LineageDirection::Downstream)->entities.size());
    });
    print(QStringLiteral("lineage_downstream_query_%1_entities").arg(size), downstream, QStringLiteral("ms"));
    const double deepUp = medianMs([&] {
        size = int(query.closure(deep.lastModel, LineageDirection::Upstream)->entities.size());
    }, 3);
    print(QStringLiteral("lineage_upstream_query_deep_%1_entities").arg(size), deepUp, QStringLiteral("ms"));
    const double path = medianMs([&] { size = int(query.shortestPath(typical.root, typical.lastModel)->order.size()); });
    print(QStringLiteral("lineage_shortest_path_%1_hops").arg(size - 1), path, QStringLiteral("ms"));
    const QString prefix = query.entity(typical.lastModel)->hash.left(10);
    const double resolve = medianMs([&] { (void)query.resolve(prefix); });
    print(QStringLiteral("lineage_resolve_hash_prefix"), resolve, QStringLiteral("ms"));
    return entities >= target ? 0 : 1;
}
