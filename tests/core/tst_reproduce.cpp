// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// Reproduce run: a git worktree at the run's commit (with its uncommitted diff when it
// had one), the same parameters and data hashes (versioned data from the cache), a new
// run recorded in the workspace's store, and the metrics compared.
#include "testsupport.h"

#include "core/artifacts/artifactcache.h"
#include "core/artifacts/dataversioning.h"
#include "core/lineage/lineagequery.h"
#include "core/pipeline/blockingrun.h"
#include "core/pipeline/runreproducer.h"
#include "core/store/store.h"
#include "core/tracking/runstore.h"
#include "core/tracking/runtracker.h"
#include "core/vcs/gitrepository.h"

#include <QDir>
#include <QtTest/QTest>

using namespace mlops;
using namespace mlops::test;

namespace {

const QByteArray kScript = "import os, sys\n"
                           "factor = float(sys.argv[1])\n"
                           "rows = open(os.path.join(os.environ['MLOPS_INPUT_RAW'], 'input.csv')).read().split()\n"
                           "total = sum(float(r) for r in rows) * factor\n"
                           "open(os.path.join(os.environ['SM_MODEL_DIR'], 'model.txt'), 'w').write(str(total))\n"
                           "print('score=%s' % total)\n";

const QByteArray kPipeline = "name: p\n"
                             "parameters: {factor: 1}\n"
                             "steps:\n"
                             "  fit:\n"
                             "    type: training\n"
                             "    command: [python, src/fit.py, \"${parameters.factor}\"]\n"
                             "    inputs: {raw: data/input.csv}\n"
                             "    metrics: [{name: score, regex: \"score=([0-9.]+)\"}]\n";

double scoreOf(const RunRecord &run)
{
    for (const RunRecord &step : run.children) {
        if (step.metrics.contains(QStringLiteral("score")))
            return step.metrics.value(QStringLiteral("score"));
    }
    return -1;
}

} // namespace

class TestReproduce : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempWorkspace> m_ws;
    std::optional<Workspace> m_workspace;

    void commitAll(const QString &message)
    {
        Result<GitRepository> repo = GitRepository::open(m_ws->root());
        QVERIFY(repo);
        Result<QList<GitChange>> changes = repo->changes();
        QVERIFY(changes);
        QStringList paths;
        for (const GitChange &c : *changes) {
            if (c.kind != GitChange::Kind::Deleted)
                paths.append(c.path);
        }
        QVERIFY(repo->commitPaths(paths, message));
    }

    QString run(const QString &factor)
    {
        ExecutionOptions options;
        options.parameters.insert(QStringLiteral("factor"), factor);
        Result<BlockingRunResult> r = runPipelineBlocking(*m_workspace, QStringLiteral("pipelines/p.yaml"), options);
        if (!r || r->status != RunStatus::Completed)
            return {};
        return r->run.uuid;
    }

private slots:
    void initTestCase()
    {
        m_ws = std::make_unique<TempWorkspace>();
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
        QVERIFY(writeFile(m_ws->path(QStringLiteral("src/fit.py")), kScript));
        QVERIFY(writeFile(m_ws->path(QStringLiteral("pipelines/p.yaml")), kPipeline));
        QVERIFY(writeFile(m_ws->path(QStringLiteral("data/input.csv")), "1\n2\n3\n"));
        m_workspace = *Workspace::open(m_ws->root());
        Result<std::unique_ptr<Store>> store = Store::open(m_workspace->storePath());
        QVERIFY(store);
        QVERIFY(DataVersioning(*m_workspace, (*store)->db()).add({QStringLiteral("data/input.csv")}));
        commitAll(QStringLiteral("Fit on versioned data"));
    }

    void sameCommitParametersAndData()
    {
        const QString original = run(QStringLiteral("3"));
        QVERIFY(!original.isEmpty());
        Result<std::unique_ptr<Store>> store = Store::open(m_workspace->storePath());
        Result<GitRepository> repo = GitRepository::open(m_ws->root());
        const QString runCommit = repo->head()->value().sha;

        // Afterwards the data, the code and the default parameter all move on.
        QVERIFY(writeFile(m_ws->path(QStringLiteral("data/input.csv")), "10\n20\n"));
        QVERIFY(DataVersioning(*m_workspace, (*store)->db()).add({QStringLiteral("data/input.csv")}));
        QVERIFY(writeFile(m_ws->path(QStringLiteral("src/fit.py")), kScript + "print('score=999')\n"));
        commitAll(QStringLiteral("New data, new code"));
        QVERIFY(QFile::remove(m_ws->path(QStringLiteral("data/input.csv"))));

        Result<Reproduction> r = reproduceRun(*m_workspace, original.left(10));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QVERIFY2(r->succeeded(), qPrintable(r->reproduced.failureReason));
        QCOMPARE(r->commit, runCommit);
        QCOMPARE(r->reproduced.gitCommit, runCommit);
        QVERIFY(!r->reproduced.gitDirty);
        QVERIFY(!r->appliedDiff);
        QCOMPARE(r->reproduced.parameters.value(QStringLiteral("factor")), QStringLiteral("3"));
        QCOMPARE(r->data.size(), 1);
        QCOMPARE(r->data.first().source, QStringLiteral("versioned"));
        QCOMPARE(r->data.first().reproducedHash, r->data.first().originalHash);
        QCOMPARE(scoreOf(r->reproduced), 18.0);
        QCOMPARE(scoreOf(r->original), 18.0);
        QVERIFY(r->identical());
        bool compared = false;
        for (const MetricComparison &m : r->metrics)
            compared = compared || (m.step == QStringLiteral("fit") && m.metric == QStringLiteral("score") && m.same());
        QVERIFY(compared);
        // Recorded in the workspace's own store, derived from the original in lineage.
        QVERIFY(RunStore((*store)->db()).find(r->reproduced.uuid));
        QVERIFY(!QFileInfo::exists(r->worktree));
        LineageQuery query((*store)->db());
        Result<qint64> origin = query.resolve(original);
        QVERIFY(origin);
        Result<LineageGraph> down = query.closure(*origin, LineageDirection::Downstream, 1);
        QVERIFY(down);
        bool derived = false;
        for (const LineageEdge &e : down->edges)
            derived = derived || (e.type == Association::DerivedFrom && down->entity(e.destination)
                                  && down->entity(e.destination)->runUuid == r->reproduced.uuid);
        QVERIFY(derived);
        QVERIFY(DataVersioning(*m_workspace, (*store)->db()).checkout());
    }

    void uncommittedChangesAreApplied()
    {
        // A run made with an edit nobody committed: its diff is replayed in the worktree.
        QVERIFY(writeFile(m_ws->path(QStringLiteral("src/fit.py")),
                          QByteArray(kScript).replace("* factor", "* factor * 2")));
        const QString dirty = run(QStringLiteral("1"));
        QVERIFY(!dirty.isEmpty());
        Result<GitRepository> repo = GitRepository::open(m_ws->root());
        QVERIFY(repo);
        Result<QByteArray> committed = repo->fileAt(QStringLiteral("HEAD"), QStringLiteral("src/fit.py"));
        QVERIFY(writeFile(m_ws->path(QStringLiteral("src/fit.py")), *committed));

        ReproduceOptions options;
        options.keepWorktree = true;
        Result<Reproduction> r = reproduceRun(*m_workspace, dirty, options);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QVERIFY2(r->succeeded(), qPrintable(r->reproduced.failureReason));
        QVERIFY(r->appliedDiff);
        QVERIFY(r->reproduced.gitDirty);
        QCOMPARE(scoreOf(r->original), 60.0);   // (10 + 20) × 1 × 2
        QCOMPARE(scoreOf(r->reproduced), 60.0);
        QVERIFY(r->identical());
        QVERIFY(QFileInfo(QDir(r->worktree).filePath(QStringLiteral("src/fit.py"))).isFile());
        QVERIFY(readFile(QDir(r->worktree).filePath(QStringLiteral("src/fit.py"))).contains("* factor * 2"));
        QVERIFY(repo->removeWorktree(QFileInfo(r->worktree).fileName()));
        QVERIFY(!QFileInfo::exists(r->worktree));
    }

    void newFilesNobodyCommittedAreRecordedAndReplayed()
    {
        // A new script and the pipeline that runs it, never added to git: the run's diff
        // holds them as new files, so the commit and the diff rebuild what ran.
        QVERIFY(writeFile(m_ws->path(QStringLiteral("src/fit_new.py")),
                          QByteArray(kScript).replace("* factor", "* factor * 5")));
        QVERIFY(writeFile(m_ws->path(QStringLiteral("pipelines/q.yaml")),
                          QByteArray(kPipeline).replace("src/fit.py", "src/fit_new.py").replace("name: p", "name: q")));
        // A large file nobody committed is named in the diff but not copied into it.
        QVERIFY(writeFile(m_ws->path(QStringLiteral("notes/big.txt")),
                          QByteArray(int(GitRepository::kMaxUntrackedDiffBytes) + 10, 'x')));
        Result<BlockingRunResult> ran = runPipelineBlocking(*m_workspace, QStringLiteral("pipelines/q.yaml"), {});
        QVERIFY(ran);
        QCOMPARE(ran->status, RunStatus::Completed);

        Result<std::unique_ptr<Store>> store = Store::open(m_workspace->storePath());
        Result<RunRecord> record = RunStore((*store)->db()).find(ran->run.uuid);
        QVERIFY(record);
        QVERIFY(record->gitDirty);
        QByteArray diff;
        for (const ArtifactRecord &a : record->artifacts) {
            if (a.role == QStringLiteral("diff"))
                diff = readFile(ArtifactCache(m_workspace->cacheDir()).objectPath(a.hash));
        }
        QVERIFY2(diff.contains("diff --git a/src/fit_new.py b/src/fit_new.py\nnew file mode 100644"), diff.constData());
        QVERIFY(diff.contains("+++ b/pipelines/q.yaml"));
        QVERIFY(diff.contains("notes/big.txt"));
        QVERIFY(!diff.contains("+++ b/notes/big.txt"));

        QVERIFY(QFile::remove(m_ws->path(QStringLiteral("src/fit_new.py"))));
        QVERIFY(QFile::remove(m_ws->path(QStringLiteral("pipelines/q.yaml"))));
        QVERIFY(QDir(m_ws->path(QStringLiteral("notes"))).removeRecursively());
        ReproduceOptions options;
        options.keepWorktree = true;
        Result<Reproduction> r = reproduceRun(*m_workspace, ran->run.uuid, options);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QVERIFY2(r->succeeded(), qPrintable(r->reproduced.failureReason));
        QVERIFY(r->appliedDiff);
        QCOMPARE(scoreOf(r->original), 150.0);  // (10 + 20) × 1 × 5
        QCOMPARE(scoreOf(r->reproduced), 150.0);
        QVERIFY(readFile(QDir(r->worktree).filePath(QStringLiteral("src/fit_new.py"))).contains("* factor * 5"));
        QVERIFY(!QFileInfo::exists(QDir(r->worktree).filePath(QStringLiteral("notes/big.txt"))));
        Result<GitRepository> repo = GitRepository::open(m_ws->root());
        QVERIFY(repo->removeWorktree(QFileInfo(r->worktree).fileName()));
    }

    void refusesRunsWithoutCommit()
    {
        Result<std::unique_ptr<Store>> store = Store::open(m_workspace->storePath());
        RunTracker tracker((*store)->db());
        NewRun orphan;
        orphan.kind = QStringLiteral("pipeline");
        orphan.name = QStringLiteral("p");
        orphan.pipeline = QStringLiteral("pipelines/p.yaml");
        Result<RunRef> ref = tracker.createRun(orphan, RunStatus::Completed);
        QVERIFY(ref);
        Result<Reproduction> r = reproduceRun(*m_workspace, ref->uuid);
        QVERIFY(!r);
        QVERIFY(r.error().isBadInput());
        QVERIFY(r.error().message.contains(QStringLiteral("no git commit")));
        QVERIFY(!reproduceRun(*m_workspace, QStringLiteral("ffffffff")));
    }
};

QTEST_GUILESS_MAIN(TestReproduce)
#include "tst_reproduce.moc"
