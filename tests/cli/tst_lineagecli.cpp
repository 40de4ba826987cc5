// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// End to end through the `mlops` binary on the demo workspace: the trained model's
// lineage names the data set hash, the prepare and train runs, the code commit and the
// parameters; --json and --dot (rendered by Graphviz's dot); data add/status/checkout of
// the demo's data set; and reproduce run.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QtTest/QTest>

using namespace mlops;
using namespace mlops::test;

namespace {

bool sklearnAvailable()
{
    return runProgram(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import sklearn, pandas")})
               .exitCode
           == 0;
}

QString output(const CommandResult &r)
{
    return QString::fromUtf8(r.out + r.err);
}

} // namespace

class TestLineageCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempWorkspace> m_ws;
    QJsonObject m_run;      ///< the demo's pipeline execution, as `mlops show --json` prints it
    QHash<QString, QJsonObject> m_steps;

    CommandResult cli(const QStringList &args) { return runCli(QStringList{QStringLiteral("-C"), m_ws->root()} + args); }

    QString artifactHash(const QString &step, const QString &role, const QString &name = {}) const
    {
        for (const QJsonValue &v : m_steps.value(step).value(QStringLiteral("artifacts")).toArray()) {
            const QJsonObject a = v.toObject();
            if (a.value(QStringLiteral("role")).toString() == role
                && (name.isEmpty() || a.value(QStringLiteral("name")).toString() == name))
                return a.value(QStringLiteral("hash")).toString();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        MLOPS_REQUIRE(sklearnAvailable(), QStringLiteral("/usr/bin/python3 cannot import scikit-learn and pandas "
                                                         "(apt install python3-sklearn python3-pandas)"));
        m_ws = std::make_unique<TempWorkspace>(QStringLiteral("demo"));
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
        const CommandResult run = cli({QStringLiteral("run"), QStringLiteral("breast-cancer"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(output(run)));
        m_run = QJsonDocument::fromJson(run.out).object();
        for (const QJsonValue &v : m_run.value(QStringLiteral("steps")).toArray())
            m_steps.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
        QVERIFY(m_steps.contains(QStringLiteral("train")));
    }

    void modelLineageListsDataRunsCommitAndParameters()
    {
        const QString model = artifactHash(QStringLiteral("train"), QStringLiteral("model"));
        const QString data = artifactHash(QStringLiteral("prepare"), QStringLiteral("input"), QStringLiteral("raw"));
        QCOMPARE(model.size(), 64);
        QCOMPARE(data.size(), 64);
        const CommandResult r = cli({QStringLiteral("lineage"), model.left(10)});
        QVERIFY2(r.exitCode == 0, qPrintable(output(r)));
        const QString text = r.outText();
        QVERIFY2(text.startsWith(QStringLiteral("model  train/model")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("data set")) && text.contains(QStringLiteral("data/breast_cancer.csv")), qPrintable(text));
        QVERIFY2(text.contains(data), qPrintable(text));
        QVERIFY(text.contains(m_steps.value(QStringLiteral("prepare")).value(QStringLiteral("id")).toString()));
        QVERIFY(text.contains(m_steps.value(QStringLiteral("train")).value(QStringLiteral("id")).toString()));
        QVERIFY(text.contains(m_run.value(QStringLiteral("git")).toObject().value(QStringLiteral("commit")).toString()));
        QVERIFY2(text.contains(QStringLiteral("parameters min_accuracy=0.9 seed=42 test_size=0.2")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("hyperparameters learning_rate=0.1 max_depth=3 n_estimators=200")));
        // Downstream: the evaluation that used it and the registered version.
        QVERIFY(text.contains(QStringLiteral("breast-cancer/1")));
        QVERIFY(text.contains(QStringLiteral("evaluate")));

        // One step up: only the training run.
        const CommandResult near = cli({QStringLiteral("lineage"), model, QStringLiteral("--upstream"), QStringLiteral("--depth"),
                                        QStringLiteral("1")});
        QVERIFY2(near.exitCode == 0, qPrintable(output(near)));
        QVERIFY(near.outText().contains(QStringLiteral("Upstream: what it came from (1)")));
        QVERIFY(!near.outText().contains(QStringLiteral("Downstream")));
    }

    void jsonAndDot()
    {
        const QString model = artifactHash(QStringLiteral("train"), QStringLiteral("model"));
        const CommandResult r = cli({QStringLiteral("lineage"), QStringLiteral("breast-cancer/1"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(output(r)));
        const QJsonObject graph = QJsonDocument::fromJson(r.out).object();
        QStringList kinds;
        qint64 modelId = 0;
        for (const QJsonValue &v : graph.value(QStringLiteral("entities")).toArray()) {
            const QJsonObject e = v.toObject();
            kinds.append(e.value(QStringLiteral("kind")).toString());
            if (e.value(QStringLiteral("hash")).toString() == model)
                modelId = e.value(QStringLiteral("id")).toInteger();
            if (e.value(QStringLiteral("kind")).toString() == QStringLiteral("model-package"))
                QCOMPARE(e.value(QStringLiteral("distance")).toInt(), 0);
        }
        for (const char *kind : {"dataset", "code", "pipeline-execution", "step-run", "output", "model", "model-package"})
            QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
        QVERIFY(modelId > 0);
        bool contributed = false;
        for (const QJsonValue &v : graph.value(QStringLiteral("edges")).toArray()) {
            const QJsonObject e = v.toObject();
            contributed = contributed
                          || (e.value(QStringLiteral("source")).toInteger() == modelId
                              && e.value(QStringLiteral("type")).toString() == QStringLiteral("ContributedTo"));
        }
        QVERIFY(contributed);

        const CommandResult dot = cli({QStringLiteral("lineage"), model, QStringLiteral("--dot")});
        QVERIFY2(dot.exitCode == 0, qPrintable(output(dot)));
        QVERIFY(dot.outText().startsWith(QStringLiteral("digraph lineage {")));
        const QString dotProgram = QStandardPaths::findExecutable(QStringLiteral("dot"));
        MLOPS_REQUIRE(!dotProgram.isEmpty(), QStringLiteral("Graphviz's dot is not installed (apt install graphviz)"));
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("lineage.dot")), dot.out));
        const CommandResult svg = runProgram(dotProgram, {QStringLiteral("-Tsvg"), dir.filePath(QStringLiteral("lineage.dot"))});
        QVERIFY2(svg.exitCode == 0, qPrintable(output(svg)));
        QVERIFY(svg.outText().contains(QStringLiteral("<svg")));
        QVERIFY(svg.outText().contains(QStringLiteral("data/breast_cancer.csv")));
        QVERIFY(svg.outText().contains(QStringLiteral("Produced")));
    }

    void idsAUserMightType()
    {
        QCOMPARE(cli({QStringLiteral("lineage"), QStringLiteral("data/breast_cancer.csv"), QStringLiteral("--downstream"),
                      QStringLiteral("--depth"), QStringLiteral("1")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("lineage"), m_run.value(QStringLiteral("id")).toString().left(8)}).exitCode, 0);
        const CommandResult unknown = cli({QStringLiteral("lineage"), QStringLiteral("no-such-thing")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.errText().contains(QStringLiteral("mlops: error:")));
        QCOMPARE(cli({QStringLiteral("lineage"), QStringLiteral("x"), QStringLiteral("--upstream"), QStringLiteral("--downstream")})
                     .exitCode,
                 2);
        const CommandResult path = cli({QStringLiteral("lineage"), QStringLiteral("data/breast_cancer.csv"), QStringLiteral("--to"),
                                        QStringLiteral("breast-cancer/1")});
        QVERIFY2(path.exitCode == 0, qPrintable(output(path)));
        QVERIFY(path.outText().contains(QStringLiteral("Shortest path")));
        // Options that only make sense for a closure are refused with --to, not ignored.
        for (const QStringList &extra : {QStringList{QStringLiteral("--depth"), QStringLiteral("1")},
                                         QStringList{QStringLiteral("--upstream")}}) {
            const CommandResult refused = cli(QStringList{QStringLiteral("lineage"), QStringLiteral("data/breast_cancer.csv"),
                                                          QStringLiteral("--to"), QStringLiteral("breast-cancer/1")}
                                              + extra);
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.errText().contains(QStringLiteral("--to")), qPrintable(output(refused)));
        }
        const CommandResult tooShort = cli({QStringLiteral("lineage"), QStringLiteral("bb8")});
        QCOMPARE(tooShort.exitCode, 2);
        QVERIFY2(tooShort.errText().contains(QStringLiteral("too short")), qPrintable(output(tooShort)));
    }

    void dataAddStatusCheckout()
    {
        const QString csv = m_ws->path(QStringLiteral("data/breast_cancer.csv"));
        const QByteArray original = readFile(csv);
        const CommandResult add = cli({QStringLiteral("data"), QStringLiteral("add"), QStringLiteral("data/breast_cancer.csv")});
        QVERIFY2(add.exitCode == 0, qPrintable(output(add)));
        QVERIFY(add.outText().contains(QStringLiteral("added data/breast_cancer.csv")));
        QVERIFY(QFile::exists(csv + QStringLiteral(".mlops")));
        const CommandResult git = runProgram(QStringLiteral("git"), {QStringLiteral("-C"), m_ws->root(), QStringLiteral("status"),
                                                                     QStringLiteral("--porcelain")});
        QVERIFY2(git.outText().contains(QStringLiteral("A  data/breast_cancer.csv.mlops")), qPrintable(git.outText()));
        QVERIFY2(git.outText().contains(QStringLiteral("D  data/breast_cancer.csv")), qPrintable(git.outText()));
        QVERIFY(cli({QStringLiteral("data"), QStringLiteral("status")}).outText().contains(QStringLiteral("unchanged")));

        QVERIFY(QFile::remove(csv));
        const CommandResult missing = cli({QStringLiteral("data"), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(missing.out).array().first().toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("missing"));
        // A pipeline reads the version from the cache while the file is not checked out.
        const CommandResult rerun = cli({QStringLiteral("run"), QStringLiteral("breast-cancer")});
        QVERIFY2(rerun.exitCode == 0, qPrintable(output(rerun)));
        const CommandResult checkout = cli({QStringLiteral("data"), QStringLiteral("checkout")});
        QVERIFY2(checkout.exitCode == 0, qPrintable(output(checkout)));
        QCOMPARE(readFile(csv), original);

        QVERIFY(writeFile(csv, original + "1,2,3\n"));
        const CommandResult refused = cli({QStringLiteral("data"), QStringLiteral("checkout")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.errText().contains(QStringLiteral("--force")));
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("checkout"), QStringLiteral("--force")}).exitCode, 0);
        QCOMPARE(readFile(csv), original);
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("add"), QStringLiteral("/etc/passwd")}).exitCode, 2);
        const CommandResult audit = cli({QStringLiteral("audit")});
        QVERIFY(audit.outText().contains(QStringLiteral("data.add")));
    }

    void reproduceRun()
    {
        const QString id = m_run.value(QStringLiteral("id")).toString();
        const CommandResult r = cli({QStringLiteral("reproduce"), id.left(8), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(output(r)));
        const QJsonObject result = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(result.value(QStringLiteral("original")).toString(), id);
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
        QCOMPARE(result.value(QStringLiteral("commit")).toString(),
                 m_run.value(QStringLiteral("git")).toObject().value(QStringLiteral("commit")).toString());
        QCOMPARE(result.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("seed")).toString(), QStringLiteral("42"));
        const QJsonArray data = result.value(QStringLiteral("data")).toArray();
        QCOMPARE(data.size(), 1);
        QCOMPARE(data.first().toObject().value(QStringLiteral("original_hash")).toString(),
                 data.first().toObject().value(QStringLiteral("reproduced_hash")).toString());
        bool accuracy = false;
        for (const QJsonValue &v : result.value(QStringLiteral("metrics")).toArray()) {
            const QJsonObject m = v.toObject();
            if (m.value(QStringLiteral("step")).toString() == QStringLiteral("evaluate")
                && m.value(QStringLiteral("metric")).toString() == QStringLiteral("accuracy")) {
                accuracy = true;
                QVERIFY(m.value(QStringLiteral("same")).toBool());
            }
        }
        QVERIFY(accuracy);
        QVERIFY(result.value(QStringLiteral("identical")).toBool());
        // The worktree is gone, git knows no extra worktree or branch, and the new run
        // derives from the original in lineage.
        QVERIFY(QDir(m_ws->path(QStringLiteral(".mlops/worktrees"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
        const CommandResult branches = runProgram(QStringLiteral("git"), {QStringLiteral("-C"), m_ws->root(), QStringLiteral("branch")});
        QVERIFY2(!branches.outText().contains(QStringLiteral("mlops-worktree")), qPrintable(branches.outText()));
        const CommandResult lineage = cli({QStringLiteral("lineage"), id, QStringLiteral("--downstream"), QStringLiteral("--depth"),
                                           QStringLiteral("1")});
        QVERIFY(lineage.outText().contains(QStringLiteral("DerivedFrom")));
        QVERIFY(lineage.outText().contains(result.value(QStringLiteral("reproduced")).toString()));
    }
};

QTEST_GUILESS_MAIN(TestLineageCli)
#include "tst_lineagecli.moc"
