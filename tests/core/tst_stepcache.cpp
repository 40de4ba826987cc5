// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
//
// The code part of the step cache key: any code the step could import, wherever it is in
// the workspace, committed or not; data, pipeline files and ignored files are not code.
#include "pipelinetestsupport.h"
#include "testsupport.h"

#include "core/artifacts/artifactcache.h"
#include "core/pipeline/codefingerprint.h"
#include "core/store/store.h"
#include "core/tracking/runstore.h"
#include "core/vcs/gitrepository.h"

#include <QDir>
#include <QtTest/QTest>

using namespace mlops;
using namespace mlops::test;

namespace {

const QString kPipeline = QStringLiteral("pipelines/p.yaml");

// src/uselib.py imports lib/util.py through sys.path (and lib/feat.py when it is there)
// and writes what they say into its output.
const QByteArray kScript = "import os, sys\n"
                           "sys.path.insert(0, os.path.join(os.getcwd(), 'lib'))\n"
                           "import util\n"
                           "try:\n"
                           "    import feat\n"
                           "    extra = feat.VALUE\n"
                           "except ImportError:\n"
                           "    extra = ''\n"
                           "with open(os.path.join(os.environ['MLOPS_OUTPUT_OUT'], 'value.txt'), 'w') as f:\n"
                           "    f.write(util.VALUE + extra)\n";

const QByteArray kYaml = "name: p\n"
                         "steps:\n"
                         "  use:\n"
                         "    type: processing\n"
                         "    command: [python, src/uselib.py]\n"
                         "    outputs: [out]\n";

/** What the step wrote into its output, read back from the artifact cache. */
QByteArray valueOf(const TempWorkspace &ws, const Outcome &out)
{
    Result<std::unique_ptr<Store>> store = Store::open(ws.path(QStringLiteral(".mlops/store.db")));
    if (!store)
        return {};
    RunStore runs((*store)->db());
    const StepEvent use = out.steps.value(QStringLiteral("use"));
    Result<RunRecord> record = runs.find(use.cachedFrom.isEmpty() ? use.runId : use.cachedFrom);
    if (!record)
        return {};
    for (const ArtifactRecord &a : record->artifacts) {
        if (a.role != QStringLiteral("output"))
            continue;
        ArtifactCache cache(ws.path(QStringLiteral(".mlops/cache")));
        Result<QString> file = cache.fileInTree(a.hash, QStringLiteral("value.txt"));
        if (!file)
            return {};
        StoredArtifact stored{*file, QStringLiteral("file"), 0, 1};
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("value.txt"));
        if (!cache.materialize(stored, target))
            return {};
        return readFile(target);
    }
    return {};
}

bool commit(const TempWorkspace &ws, const QStringList &paths)
{
    Result<GitRepository> repo = GitRepository::open(ws.root());
    return repo && repo->commitPaths(paths, QStringLiteral("change")).ok();
}

} // namespace

class TestStepCache : public QObject
{
    Q_OBJECT

private slots:
    void codeAnywhereInTheWorkspaceIsPartOfTheKey()
    {
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(writeFile(ws.path(QStringLiteral("src/uselib.py")), kScript));
        QVERIFY(writeFile(ws.path(QStringLiteral("lib/util.py")), "VALUE = 'one'\n"));
        QVERIFY(writeFile(ws.path(kPipeline), kYaml));
        QVERIFY(commit(ws, {QStringLiteral("src"), QStringLiteral("lib"), kPipeline}));

        Outcome out = runPipeline(ws, kPipeline);
        QVERIFY2(out.status == RunStatus::Completed, qPrintable(out.reason));
        QCOMPARE(cacheHits(out), QStringList());
        QCOMPARE(valueOf(ws, out), QByteArray("one"));
        // Unchanged: cached.
        out = runPipeline(ws, kPipeline);
        QCOMPARE(cacheHits(out), QStringList({QStringLiteral("use")}));

        // A committed change of a module outside the script's folder runs the step again.
        QVERIFY(writeFile(ws.path(QStringLiteral("lib/util.py")), "VALUE = 'two'\n"));
        QVERIFY(commit(ws, {QStringLiteral("lib/util.py")}));
        out = runPipeline(ws, kPipeline);
        QCOMPARE(cacheHits(out), QStringList());
        QCOMPARE(valueOf(ws, out), QByteArray("two"));
        QCOMPARE(cacheHits(runPipeline(ws, kPipeline)), QStringList({QStringLiteral("use")}));

        // A new module nobody committed, and then an edit of it.
        QVERIFY(writeFile(ws.path(QStringLiteral("lib/feat.py")), "VALUE = '+a'\n"));
        out = runPipeline(ws, kPipeline);
        QCOMPARE(cacheHits(out), QStringList());
        QCOMPARE(valueOf(ws, out), QByteArray("two+a"));
        QCOMPARE(cacheHits(runPipeline(ws, kPipeline)), QStringList({QStringLiteral("use")}));
        QVERIFY(writeFile(ws.path(QStringLiteral("lib/feat.py")), "VALUE = '+b'\n"));
        out = runPipeline(ws, kPipeline);
        QCOMPARE(cacheHits(out), QStringList());
        QCOMPARE(valueOf(ws, out), QByteArray("two+b"));

        // Not code: data, other pipelines, ignored files, notebooks, documentation.
        QVERIFY(writeFile(ws.path(QStringLiteral("data/new.csv")), "a\n1\n"));
        QVERIFY(writeFile(ws.path(QStringLiteral("pipelines/other.yaml")), QByteArray(kYaml).replace("name: p", "name: other")));
        QVERIFY(writeFile(ws.path(QStringLiteral(".gitignore")),
                          readFile(ws.path(QStringLiteral(".gitignore"))) + "scratch/\n"));
        QVERIFY(commit(ws, {QStringLiteral(".gitignore")}));
        QCOMPARE(cacheHits(runPipeline(ws, kPipeline)), QStringList({QStringLiteral("use")}));
        QVERIFY(writeFile(ws.path(QStringLiteral("scratch/tmp.py")), "x = 1\n"));
        QVERIFY(writeFile(ws.path(QStringLiteral("notebooks/try.ipynb")), "{}\n"));
        QVERIFY(writeFile(ws.path(QStringLiteral("README.md")), "# What the lab found\n"));
        QVERIFY(writeFile(ws.path(QStringLiteral("lib/NOTES.md")), "why util.VALUE\n"));
        QCOMPARE(cacheHits(runPipeline(ws, kPipeline)), QStringList({QStringLiteral("use")}));
    }

    void outsideGitEveryFileButDataIsCode()
    {
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(QDir(ws.path(QStringLiteral(".git"))).removeRecursively());
        QVERIFY(writeFile(ws.path(QStringLiteral("src/uselib.py")), kScript));
        QVERIFY(writeFile(ws.path(QStringLiteral("lib/util.py")), "VALUE = 'one'\n"));
        QVERIFY(writeFile(ws.path(kPipeline), kYaml));

        Outcome out = runPipeline(ws, kPipeline);
        QVERIFY2(out.status == RunStatus::Completed, qPrintable(out.reason));
        QCOMPARE(runPipeline(ws, kPipeline).steps.value(QStringLiteral("use")).cached, true);
        QVERIFY(writeFile(ws.path(QStringLiteral("lib/util.py")), "VALUE = 'three'\n"));
        out = runPipeline(ws, kPipeline);
        QCOMPARE(cacheHits(out), QStringList());
        QCOMPARE(valueOf(ws, out), QByteArray("three"));
        // Data and the studio's own folder are not code.
        QVERIFY(writeFile(ws.path(QStringLiteral("data/new.csv")), "a\n1\n"));
        QCOMPARE(cacheHits(runPipeline(ws, kPipeline)), QStringList({QStringLiteral("use")}));
    }

    void codeFilesLeaveOutDataPointersAndTheirData()
    {
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(writeFile(ws.path(QStringLiteral("src/a.py")), "print(1)\n"));
        QVERIFY(writeFile(ws.path(QStringLiteral("models/base/weights.bin")), "w"));
        QVERIFY(writeFile(ws.path(QStringLiteral("models/base.mlops")), "hash: x\n"));
        QVERIFY(writeFile(ws.path(QStringLiteral("src/__pycache__/a.cpython-311.pyc")), "c"));
        Result<Workspace> workspace = Workspace::open(ws.root());
        QVERIFY(workspace);
        Result<QStringList> files = workspaceCodeFiles(*workspace);
        QVERIFY2(files, qPrintable(files ? QString() : files.error().toString()));
        QVERIFY2(files->contains(QStringLiteral("src/a.py")), qPrintable(files->join(QLatin1Char(' '))));
        for (const QString &f : std::as_const(*files)) {
            QVERIFY2(!f.startsWith(QStringLiteral("models/base")), qPrintable(f));
            QVERIFY2(!f.startsWith(QStringLiteral(".mlops/")), qPrintable(f));
            QVERIFY2(!f.contains(QStringLiteral("__pycache__")), qPrintable(f));
            QVERIFY2(f != QStringLiteral("mlops.yaml"), qPrintable(f));
        }
    }
};

QTEST_GUILESS_MAIN(TestStepCache)
#include "tst_stepcache.moc"
