// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// Lineage: what the engine records for fresh runs and for cache hits, what the recorder
// adds for runs written without it, closures with depth limits, shortest paths, and how
// an ID typed by a user is found.
#include "testsupport.h"

#include "core/artifacts/hasher.h"
#include "core/lineage/lineagedot.h"
#include "core/lineage/lineagequery.h"
#include "core/lineage/lineagerecorder.h"
#include "core/pipeline/pipelineexecution.h"
#include "core/pipeline/pipelinevalidator.h"
#include "core/registry/modelregistry.h"
#include "core/store/store.h"
#include "fixtures/trainingruns.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace mlops;
using namespace mlops::test;

namespace {

const GitIdentity kJane{QStringLiteral("Jane Doe"), QStringLiteral("jane@example.org"), true};

/** The entity of `graph` whose kind and name are these. */
const LineageEntity *find(const LineageGraph &graph, EntityKind kind, const QString &name = {})
{
    for (const LineageEntity &e : graph.entities) {
        if (e.kind == kind && (name.isEmpty() || e.name == name))
            return &e;
    }
    return nullptr;
}

QList<const LineageEntity *> all(const LineageGraph &graph, EntityKind kind, const QString &name = {})
{
    QList<const LineageEntity *> list;
    for (const LineageEntity &e : graph.entities) {
        if (e.kind == kind && (name.isEmpty() || e.name == name))
            list.append(&e);
    }
    return list;
}

bool hasEdge(const LineageGraph &graph, const LineageEntity *from, const LineageEntity *to, Association type)
{
    if (!from || !to)
        return false;
    return graph.edges.contains(LineageEdge{from->id, to->id, type});
}

int edgesInto(const LineageGraph &graph, const LineageEntity *to, Association type)
{
    int n = 0;
    for (const LineageEdge &e : graph.edges)
        n += e.destination == to->id && e.type == type;
    return n;
}

QString runPipeline(const TempWorkspace &ws, const QString &file)
{
    const Workspace workspace = *Workspace::open(ws.root());
    const LoadedPipeline loaded = loadAndValidate(ws.path(file), file, {});
    if (!loaded.ok())
        return {};
    PipelineExecution execution(workspace, loaded.spec, file, {});
    if (!execution.prepare())
        return {};
    QSignalSpy finished(&execution, &PipelineExecution::finished);
    execution.start();
    if (finished.isEmpty() && !finished.wait(120000))
        return {};
    return execution.status() == RunStatus::Completed ? execution.run().uuid : QString();
}

} // namespace

class TestLineage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    Database &db() { return m_store->db(); }

private slots:
    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        m_store = Store::open(m_dir.filePath(QStringLiteral("store.db"))).value();
    }

    void recordedForFreshAndCachedRuns()
    {
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        for (const auto &[to, from] : {std::pair{"src/a.py", "cache-a.py"}, std::pair{"src/b.py", "cache-b.py"},
                                       std::pair{"pipelines/p.yaml", "cache.yaml"}})
            QVERIFY(writeFile(ws.path(QLatin1String(to)), readFile(QStringLiteral(MLOPS_TEST_DATA_DIR "/exec/") + QLatin1String(from))));
        const QString first = runPipeline(ws, QStringLiteral("pipelines/p.yaml"));
        QVERIFY(!first.isEmpty());
        const QString second = runPipeline(ws, QStringLiteral("pipelines/p.yaml"));
        QVERIFY(!second.isEmpty());

        Result<std::unique_ptr<Store>> store = Store::open(ws.path(QStringLiteral(".mlops/store.db")));
        QVERIFY(store);
        // The engine recorded everything already: nothing is left for the backfill.
        QCOMPARE(*LineageRecorder((*store)->db()).recordPending(), 0);
        LineageQuery query((*store)->db());
        Result<LineageGraph> graph = query.wholeGraph();
        QVERIFY(graph);

        const QList<const LineageEntity *> pipelines = all(*graph, EntityKind::PipelineExecution);
        QCOMPARE(pipelines.size(), 2);
        const LineageEntity *commit = find(*graph, EntityKind::CodeCommit);
        QVERIFY(commit);
        QCOMPARE(commit->name, QStringLiteral("Create MLOps Studio workspace 'ws'"));
        for (const LineageEntity *p : pipelines)
            QVERIFY(hasEdge(*graph, commit, p, Association::ContributedTo));

        // First execution: a produced out, b used it and produced the model, c used that.
        const LineageEntity *out = find(*graph, EntityKind::Output, QStringLiteral("a/out"));
        const LineageEntity *model = find(*graph, EntityKind::Model, QStringLiteral("b/model"));
        QVERIFY(out && model);
        const QList<const LineageEntity *> aRuns = all(*graph, EntityKind::StepRun, QStringLiteral("a"));
        const QList<const LineageEntity *> bRuns = all(*graph, EntityKind::StepRun, QStringLiteral("b"));
        const QList<const LineageEntity *> cRuns = all(*graph, EntityKind::StepRun, QStringLiteral("c"));
        QCOMPARE(aRuns.size(), 2);
        QCOMPARE(bRuns.size(), 2);
        const LineageEntity *a1 = aRuns.at(0)->runUuid < aRuns.at(1)->runUuid ? aRuns.at(0) : aRuns.at(1);
        auto firstOf = [&](const QList<const LineageEntity *> &runs, bool cached) -> const LineageEntity * {
            for (const LineageEntity *e : runs) {
                if (e->properties.contains(QStringLiteral("cached_from")) == cached)
                    return e;
            }
            return nullptr;
        };
        a1 = firstOf(aRuns, false);
        const LineageEntity *a2 = firstOf(aRuns, true);
        const LineageEntity *b1 = firstOf(bRuns, false);
        const LineageEntity *b2 = firstOf(bRuns, true);
        QVERIFY(a1 && a2 && b1 && b2);
        QVERIFY(hasEdge(*graph, a1, out, Association::Produced));
        QVERIFY(hasEdge(*graph, out, b1, Association::Used));
        QVERIFY(hasEdge(*graph, b1, model, Association::Produced));
        for (const LineageEntity *c : cRuns)
            QVERIFY(hasEdge(*graph, model, c, Association::Used));
        QCOMPARE(b1->properties.value(QStringLiteral("hyperparameters")).toObject().value(QStringLiteral("k")).toString(),
                 QStringLiteral("K"));
        // The cache hits point at the runs whose outputs they reused, used the same
        // inputs, and the outputs keep their one producer.
        QVERIFY(hasEdge(*graph, a1, a2, Association::DerivedFrom));
        QVERIFY(hasEdge(*graph, b1, b2, Association::DerivedFrom));
        QVERIFY(hasEdge(*graph, out, b2, Association::Used));
        QCOMPARE(b2->properties.value(QStringLiteral("cached_from")).toString(), b1->runUuid);
        QCOMPARE(edgesInto(*graph, out, Association::Produced), 1);
        QCOMPARE(edgesInto(*graph, model, Association::Produced), 1);
        // ...and what a cache hit delivered is downstream of it too.
        QVERIFY(hasEdge(*graph, b2, model, Association::AssociatedWith));
        Result<LineageGraph> fed = query.closure(b2->id, LineageDirection::Downstream);
        QVERIFY(fed);
        QVERIFY(fed->entity(model->id));
        // Each execution is the context of its own step runs.
        for (const LineageEntity *p : pipelines) {
            int steps = 0;
            for (const LineageEdge &e : graph->edges)
                steps += e.source == p->id && e.type == Association::AssociatedWith;
            QCOMPARE(steps, 4);  // a, b, c and never
        }
        // Upstream of the second execution's c: the model and the first run of b.
        Result<qint64> c2 = query.resolve(firstOf(cRuns, true) ? firstOf(cRuns, true)->runUuid : cRuns.last()->runUuid);
        QVERIFY(c2);
        Result<LineageGraph> up = query.closure(*c2, LineageDirection::Upstream);
        QVERIFY(up);
        QVERIFY(up->entity(model->id));
        QVERIFY(up->entity(b1->id));
        QVERIFY(up->entity(commit->id));

        // A run from a dirty tree: the uncommitted diff is an entity with its real size.
        QVERIFY(writeFile(ws.path(QStringLiteral(".gitignore")), readFile(ws.path(QStringLiteral(".gitignore"))) + "# local\n"));
        QVERIFY(!runPipeline(ws, QStringLiteral("pipelines/p.yaml")).isEmpty());
        Result<LineageGraph> after = query.wholeGraph();
        QVERIFY(after);
        const LineageEntity *diff = find(*after, EntityKind::Diff);
        QVERIFY(diff);
        QVERIFY2(diff->size > 0, qPrintable(QString::number(diff->size)));
    }

    void backfillClosuresAndDepth()
    {
        const TrainingRunIds ids = *addTrainingPipelineRun(db());
        ModelRegistry registry(db(), GovernanceContext(kJane, {}));
        QVERIFY(registry.registerModel({QStringLiteral("churn"), ids.train.uuid}));

        LineageRecorder recorder(db());
        Result<int> recorded = recorder.recordPending();
        QVERIFY(recorded);
        QCOMPARE(*recorded, 5);   // the execution and its four steps
        QCOMPARE(*recorder.recordPending(), 0);
        LineageQuery query(db());
        const int entities = *query.entityCount();
        QCOMPARE(*LineageRecorder(db()).recordPending(), 0);
        QCOMPARE(*query.entityCount(), entities);

        Result<qint64> model = query.resolve(ids.modelHash.left(10));
        QVERIFY2(model, qPrintable(model ? QString() : model.error().toString()));
        Result<LineageGraph> one = query.closure(*model, LineageDirection::Upstream, 1);
        QVERIFY(one);
        QCOMPARE(one->upstream().size(), 1);
        QCOMPARE(one->upstream().first()->name, QStringLiteral("train"));
        QCOMPARE(one->distance.value(one->upstream().first()->id), -1);
        Result<LineageGraph> two = query.closure(*model, LineageDirection::Upstream, 2);
        QCOMPARE(two->upstream().size(), 3);   // + the training data and the execution
        QVERIFY(find(*two, EntityKind::Output, QStringLiteral("prepare/train")));
        QVERIFY(find(*two, EntityKind::PipelineExecution));
        Result<LineageGraph> everything = query.closure(*model, LineageDirection::Upstream);
        const LineageEntity *data = find(*everything, EntityKind::DataSet);
        QVERIFY(data);
        QCOMPARE(data->name, QStringLiteral("data/breast_cancer.csv"));
        QCOMPARE(everything->distance.value(data->id), -4);
        const LineageEntity *commit = find(*everything, EntityKind::CodeCommit);
        QVERIFY(commit);
        QCOMPARE(commit->hash, TrainingRunSpec().gitCommit);
        const LineageEntity *pipeline = find(*everything, EntityKind::PipelineExecution);
        QCOMPARE(pipeline->properties.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("test_size")).toString(),
                 QStringLiteral("0.2"));

        Result<LineageGraph> down = query.closure(*model, LineageDirection::Downstream);
        QVERIFY(find(*down, EntityKind::StepRun, QStringLiteral("evaluate")));
        const LineageEntity *package = find(*down, EntityKind::ModelPackage);
        QVERIFY(package);
        QCOMPARE(package->name, QStringLiteral("churn/1"));
        QCOMPARE(package->properties.value(QStringLiteral("status")).toString(), QStringLiteral("PendingManualApproval"));
        QVERIFY(!find(*down, EntityKind::DataSet));

        // Approval reaches lineage on the next sync; a deployment hangs below the package.
        QVERIFY(ModelRegistry(db(), GovernanceContext(kJane, [] {
                    AccessPolicy p;
                    p.grant(QStringLiteral("approver"), kJane.toString());
                    return p;
                }())).approve(QStringLiteral("churn/1")));
        QVERIFY(LineageRecorder(db()).recordPending());
        QVERIFY(LineageRecorder(db()).recordDeployment(QStringLiteral("churn-prod"), QStringLiteral("churn/1")));
        down = query.closure(*model, LineageDirection::Downstream);
        QCOMPARE(find(*down, EntityKind::ModelPackage)->properties.value(QStringLiteral("status")).toString(),
                 QStringLiteral("Approved"));
        const LineageEntity *endpoint = find(*down, EntityKind::Endpoint);
        QVERIFY(endpoint);
        QCOMPARE(down->distance.value(endpoint->id), 2);

        // From the data set, everything downstream: the endpoint is at the end.
        Result<LineageGraph> fromData = query.closure(data->id, LineageDirection::Downstream);
        QVERIFY(fromData->entity(endpoint->id));
        Result<LineageGraph> limited = query.closure(data->id, LineageDirection::Downstream, 0, 3);
        QVERIFY(limited->truncated);
        QCOMPARE(limited->entities.size(), 3);

        const QString dot = lineageToDot(*everything);
        QVERIFY(dot.startsWith(QStringLiteral("digraph lineage {")));
        QVERIFY(dot.contains(QStringLiteral("shape=cylinder")));
        QVERIFY(dot.contains(QStringLiteral("shape=hexagon")));
        QVERIFY(dot.contains(QStringLiteral("[label=\"Produced\"]")));
    }

    void shortestPaths()
    {
        const TrainingRunIds ids = *addTrainingPipelineRun(db());
        TrainingRunSpec other;
        other.dataHash = QString(64, QLatin1Char('e'));
        other.seed = 7;
        other.gitCommit = QString(40, QLatin1Char('b'));
        const TrainingRunIds unrelated = *addTrainingPipelineRun(db(), other);
        QVERIFY(LineageRecorder(db()).recordPending());
        LineageQuery query(db());
        const qint64 data = *query.resolve(TrainingRunSpec().dataHash.left(8));
        const qint64 model = *query.resolve(ids.modelHash);

        // data → prepare → train output → train → model.
        Result<LineagePath> path = query.shortestPath(data, model);
        QVERIFY(path);
        QVERIFY(path->directed);
        QCOMPARE(path->order.size(), 5);
        QCOMPARE(path->order.first(), data);
        QCOMPARE(path->order.last(), model);
        QCOMPARE(path->graph.entities.at(1).name, QStringLiteral("prepare"));
        QCOMPARE(path->graph.edges.size(), 4);
        // Backwards along the edges it is still directed.
        path = query.shortestPath(model, data);
        QVERIFY(path && path->directed);
        QCOMPARE(path->order.size(), 5);
        // Two models of unrelated runs meet only against the edges' direction (here: nowhere).
        const qint64 otherModel = *query.resolve(unrelated.modelHash);
        path = query.shortestPath(model, otherModel);
        QVERIFY(!path);
        QVERIFY(path.error().isBadInput());
        // Two outputs of one step meet through it, against the edges' direction.
        Result<LineageGraph> whole = query.wholeGraph();
        const LineageEntity *train = find(*whole, EntityKind::Output, QStringLiteral("prepare/train"));
        const LineageEntity *test = find(*whole, EntityKind::Output, QStringLiteral("prepare/test"));
        QVERIFY(train && test);
        path = query.shortestPath(train->id, test->id);
        QVERIFY(path);
        QVERIFY(!path->directed);
        QCOMPARE(path->order.size(), 3);
        QCOMPARE(path->graph.entities.at(1).name, QStringLiteral("prepare"));
    }

    void resolvesWhatUsersType()
    {
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        Result<std::unique_ptr<Store>> store = Store::open(ws.path(QStringLiteral(".mlops/store.db")));
        Database &d = (*store)->db();
        const QByteArray csv = "a,b\n1,2\n";
        QVERIFY(writeFile(ws.path(QStringLiteral("data/breast_cancer.csv")), csv));
        TrainingRunSpec spec;
        spec.dataHash = sha256Hex(csv);
        const TrainingRunIds ids = *addTrainingPipelineRun(d, spec);
        QVERIFY(ModelRegistry(d, GovernanceContext(kJane, {})).registerModel({QStringLiteral("churn"), ids.train.uuid}));
        QVERIFY(LineageRecorder(d).recordPending());
        LineageQuery query(d);
        const Workspace workspace = *Workspace::open(ws.root());

        auto kindOf = [&](const QString &id, const QString &cwd = {}) -> QString {
            Result<qint64> e = query.resolve(id, &workspace, cwd);
            return e ? entityKindName(query.entity(*e)->kind) : QStringLiteral("error: ") + e.error().message;
        };
        QCOMPARE(kindOf(ids.train.uuid.left(6)), QStringLiteral("step-run"));
        QCOMPARE(kindOf(ids.pipeline.uuid), QStringLiteral("pipeline-execution"));
        QCOMPARE(kindOf(ids.modelHash.left(8)), QStringLiteral("model"));
        QCOMPARE(kindOf(QStringLiteral("churn/1")), QStringLiteral("model-package"));
        QCOMPARE(kindOf(QStringLiteral("churn/latest")), QStringLiteral("model-package"));
        QCOMPARE(kindOf(QStringLiteral("data/breast_cancer.csv")), QStringLiteral("dataset"));
        QCOMPARE(kindOf(QStringLiteral("breast_cancer.csv"), ws.path(QStringLiteral("data"))), QStringLiteral("dataset"));
        QCOMPARE(kindOf(TrainingRunSpec().gitCommit.left(7)), QStringLiteral("code"));
        QCOMPARE(kindOf(QStringLiteral("commit:") + TrainingRunSpec().gitCommit), QStringLiteral("code"));

        for (const QString &bad : {QStringLiteral("churn/9"), QStringLiteral("zzzz-not-anything"), QStringLiteral("ab"),
                                   QStringLiteral("0000000000")}) {
            Result<qint64> e = query.resolve(bad, &workspace);
            QVERIFY2(!e, qPrintable(bad));
            QVERIFY(e.error().isBadInput());
        }
        // Too short to be an id: said so, with the minimum length.
        Result<qint64> shortId = query.resolve(QStringLiteral("bb8"), &workspace);
        QVERIFY(!shortId);
        QVERIFY(shortId.error().isBadInput());
        QVERIFY2(shortId.error().message.contains(QStringLiteral("too short")) && shortId.error().message.contains(QStringLiteral("4")),
                 qPrintable(shortId.error().message));
        // A prefix that starts a run id and an artifact's hash names neither: it is ambiguous.
        const QString prefix = ids.train.uuid.left(8);
        QVERIFY(d.exec(QStringLiteral("INSERT INTO lineage_entities(key, category, kind, name, hash, created_at) VALUES('artifact:%1', "
                                      "'artifact', 'dataset', 'data/other.csv', '%1', 0)")
                           .arg(prefix + QString(56, QLatin1Char('0')))));
        Result<qint64> both = query.resolve(prefix, &workspace);
        QVERIFY(!both);
        QVERIFY(both.error().isBadInput());
        QVERIFY2(both.error().message.contains(QStringLiteral("ambiguous")) && both.error().message.contains(QStringLiteral("run"))
                     && both.error().message.contains(QStringLiteral("artifact")),
                 qPrintable(both.error().message));
        QCOMPARE(kindOf(QStringLiteral("run:") + ids.train.uuid), QStringLiteral("step-run"));
        // A file outside the workspace is refused before anything is read.
        Result<qint64> outside = query.resolve(QStringLiteral("/etc/hostname"), &workspace);
        QVERIFY(!outside);
        QVERIFY(outside.error().isBadInput());
        QVERIFY2(outside.error().message.contains(QStringLiteral("not inside the workspace")),
                 qPrintable(outside.error().message));
        // The file changed since the run read it: the version a run recorded is found
        // through its path only if nothing matches the new content... which it tells.
        QVERIFY(writeFile(ws.path(QStringLiteral("data/breast_cancer.csv")), "changed\n"));
        QCOMPARE(kindOf(QStringLiteral("data/breast_cancer.csv")), QStringLiteral("dataset"));

        Result<QList<LineageEntity>> hits = query.search(QStringLiteral("train"));
        QVERIFY(hits);
        QVERIFY(hits->size() >= 2);   // the train step run and its "prepare/train" output
    }

    void resolvesAnEntityByTheNameTheGraphShows()
    {
        // The names the graph (and the Lineage screen's search suggestions) show are ids
        // too, as long as one entity has the name; otherwise the ids to choose from.
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        Result<std::unique_ptr<Store>> store = Store::open(ws.path(QStringLiteral(".mlops/store.db")));
        Database &d = (*store)->db();
        const TrainingRunIds first = *addTrainingPipelineRun(d);
        QVERIFY(LineageRecorder(d).recordPending());
        LineageQuery query(d);
        const Workspace workspace = *Workspace::open(ws.root());
        const LineageEntity model = *query.entity(*query.resolve(first.modelHash));
        QVERIFY(!model.name.isEmpty());
        Result<qint64> byName = query.resolve(model.name, &workspace, ws.root());
        QVERIFY2(byName, qPrintable(byName ? QString() : byName.error().message));
        QCOMPARE(*byName, model.id);
        byName = query.resolve(QStringLiteral("prepare"), &workspace, ws.root());
        QVERIFY2(byName, qPrintable(byName ? QString() : byName.error().message));
        QCOMPARE(query.entity(*byName)->runUuid, first.prepare.uuid);

        TrainingRunSpec again;
        again.seed = 2;
        const TrainingRunIds second = *addTrainingPipelineRun(d, again);
        QVERIFY(LineageRecorder(d).recordPending());
        Result<qint64> ambiguous = query.resolve(QStringLiteral("prepare"), &workspace, ws.root());
        QVERIFY(!ambiguous);
        QVERIFY(ambiguous.error().isBadInput());
        const QString message = ambiguous.error().message;
        QVERIFY2(message.contains(QStringLiteral("ambiguous")) && message.contains(first.prepare.uuid.left(8))
                     && message.contains(second.prepare.uuid.left(8)),
                 qPrintable(message));
        // Nothing by that name: the error says what an id can be.
        Result<qint64> none = query.resolve(QStringLiteral("no such step"), &workspace, ws.root());
        QVERIFY(!none);
        QVERIFY2(none.error().message.contains(QStringLiteral("name of an entity")), qPrintable(none.error().message));
    }
};

QTEST_GUILESS_MAIN(TestLineage)
#include "tst_lineage.moc"
