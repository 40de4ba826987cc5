// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// Reproduce run: a git worktree at the run's commit (with its uncommitted diff when it
// had one), the same parameters and data hashes (versioned data from the cache), a new
// run recorded in the workspace's store, and the metrics compared.
#include "testsupport.h"

#include "core/artifacts/artifactcache.h"
#include "core/artifacts/dataversioning.h"
#include "core/common/filelock.h"
#include "core/lineage/lineagequery.h"
#include "core/pipeline/blockingrun.h"
#include "core/pipeline/runreproducer.h"
#include "core/store/store.h"
#include "core/tracking/runstore.h"
#include "core/tracking/runtracker.h"
#include "core/vcs/gitrepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QtTest/QTest>

#include <chrono>
#include <thread>

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

    void missingDataIsRefusedBeforeAnyRun()
    {
        const QString original = run(QStringLiteral("1"));
        QVERIFY(!original.isEmpty());
        Result<std::unique_ptr<Store>> store = Store::open(m_workspace->storePath());
        QVERIFY(store);
        Result<std::optional<DataPointer>> pointer =
            DataVersioning(*m_workspace, (*store)->db()).pointerOf(QStringLiteral("data/input.csv"));
        QVERIFY(pointer && *pointer);
        const QString object = ArtifactCache(m_workspace->cacheDir()).objectPath((*pointer)->hash);
        const QString aside = object + QStringLiteral(".aside");
        QVERIFY(QFile::rename(object, aside));
        const int runsBefore = int(RunStore((*store)->db()).list({}).value().size());
        Result<Reproduction> r = reproduceRun(*m_workspace, original);
        QVERIFY(QFile::rename(aside, object));
        QVERIFY(!r);
        QVERIFY2(r.error().toString().contains(QStringLiteral("data/input.csv")), qPrintable(r.error().toString()));
        QVERIFY2(r.error().toString().contains((*pointer)->hash), qPrintable(r.error().toString()));
        QCOMPARE(int(RunStore((*store)->db()).list({}).value().size()), runsBefore);
        QVERIFY(QDir(m_workspace->stateDir() + QStringLiteral("/worktrees"))
                    .entryList({QStringLiteral("reproduce-*")}, QDir::Dirs)
                    .isEmpty());
    }

    void worktreesOfDeadReproductionsAreRemoved()
    {
        const QString original = run(QStringLiteral("1"));
        QVERIFY(!original.isEmpty());
        Result<GitRepository> repo = GitRepository::open(m_ws->root());
        QVERIFY(repo);
        const QString head = repo->head()->value().sha;
        const QString dir = m_workspace->stateDir() + QStringLiteral("/worktrees/");
        // One left by a killed reproduction (its lock file is free), one still running.
        QVERIFY(repo->addWorktree(QStringLiteral("reproduce-dead0000-aaaaaa"), dir + QStringLiteral("reproduce-dead0000-aaaaaa"), head));
        QVERIFY(writeFile(dir + QStringLiteral("reproduce-dead0000-aaaaaa.lock"), QByteArray()));
        QVERIFY(repo->addWorktree(QStringLiteral("reproduce-live0000-bbbbbb"), dir + QStringLiteral("reproduce-live0000-bbbbbb"), head));
        Result<FileLock> live = FileLock::acquire(dir + QStringLiteral("reproduce-live0000-bbbbbb.lock"), 0);
        QVERIFY(live);
        Result<Reproduction> r = reproduceRun(*m_workspace, original);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("reproduce-dead0000-aaaaaa")));
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("reproduce-dead0000-aaaaaa.lock")));
        QVERIFY(!QFileInfo::exists(m_ws->path(QStringLiteral(".git/worktrees/reproduce-dead0000-aaaaaa"))));
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("reproduce-live0000-bbbbbb")));
        live->release();
        QVERIFY(repo->removeWorktree(QStringLiteral("reproduce-live0000-bbbbbb")));
        QFile::remove(dir + QStringLiteral("reproduce-live0000-bbbbbb.lock"));
    }

    void cancelStopsTheRunAndRemovesTheWorktree()
    {
        // A step that sleeps while a marker file exists: fast the first time, slow when reproduced.
        const QString marker = m_ws->path(QStringLiteral(".mlops/slow-marker"));
        QVERIFY(writeFile(m_ws->path(QStringLiteral("pipelines/slow.yaml")),
                          "name: slow\nparameters: {marker: x}\nsteps:\n  wait:\n    type: processing\n"
                          "    command: [python, -c, \"import os, sys, time; time.sleep(60 if os.path.exists(sys.argv[1]) "
                          "else 0)\", \"${parameters.marker}\"]\n"));
        commitAll(QStringLiteral("A slow pipeline"));
        ExecutionOptions options;
        options.parameters.insert(QStringLiteral("marker"), marker);
        Result<BlockingRunResult> ran = runPipelineBlocking(*m_workspace, QStringLiteral("pipelines/slow.yaml"), options);
        QVERIFY(ran);
        QCOMPARE(ran->status, RunStatus::Completed);
        QVERIFY(writeFile(marker, "slow"));
        ReproduceOptions reproduce;
        reproduce.cancel = std::make_shared<std::atomic_bool>(false);
        std::thread canceller([flag = reproduce.cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(1500));
            flag->store(true);
        });
        QElapsedTimer timer;
        timer.start();
        Result<Reproduction> r = reproduceRun(*m_workspace, ran->run.uuid, reproduce);
        canceller.join();
        QFile::remove(marker);
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->reproduced.status, RunStatus::Stopped);
        QVERIFY(!QFileInfo::exists(r->worktree));
    }
};

QTEST_GUILESS_MAIN(TestReproduce)
#include "tst_reproduce.moc"
