// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// `mlops notebook run` end to end: the real binary, a real kernel, the workspace's store.

#include "testsupport.h"

#include "core/artifacts/artifactcache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest/QtTest>

using namespace mlops;
using namespace mlops::test;

namespace {

QByteArray notebookJson(const QStringList &sources, const QStringList &firstCellTags = {})
{
    QJsonArray cells;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        QJsonObject metadata;
        if (i == 0 && !firstCellTags.isEmpty())
            metadata.insert(QStringLiteral("tags"), QJsonArray::fromStringList(firstCellTags));
        cells.append(QJsonObject{{QStringLiteral("cell_type"), QStringLiteral("code")},
                                 {QStringLiteral("id"), QStringLiteral("c%1").arg(i)},
                                 {QStringLiteral("metadata"), metadata},
                                 {QStringLiteral("source"), sources.at(i)},
                                 {QStringLiteral("outputs"), QJsonArray()},
                                 {QStringLiteral("execution_count"), QJsonValue()}});
    }
    QJsonObject nb{{QStringLiteral("cells"), cells},
                   {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("x_custom"), QStringLiteral("kept")}}},
                   {QStringLiteral("nbformat"), 4},
                   {QStringLiteral("nbformat_minor"), 5}};
    return QJsonDocument(nb).toJson();
}

QJsonArray runsJson(const QString &root)
{
    const CommandResult r = runCli({QStringLiteral("runs"), QStringLiteral("--json")}, root);
    return QJsonDocument::fromJson(r.out).array();
}

QString validate(const QString &path)
{
    const CommandResult r = runProgram(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"), QStringLiteral("import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], 4))"), path});
    return r.exitCode == 0 ? QString() : r.errText();
}

} // namespace

class TestNotebookCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void runsWithParametersAndTracksTheRun();
    void stopsAtTheFailingCell();
    void refusesBadInput();
    void checksTheOutputPathFirst();
    void warnsAboutParametersAndRecordsDefaults();
    void runsTheDemoNotebook();
    void runsAsAPipelineStep();
};

void TestNotebookCommand::initTestCase()
{
    MLOPS_REQUIRE(pythonImports(QStringLiteral("ipykernel, nbformat")),
                  QStringLiteral("/usr/bin/python3 lacks ipykernel or nbformat (apt install python3-ipykernel python3-nbformat)"));
}

void TestNotebookCommand::runsWithParametersAndTracksTheRun()
{
    TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    QVERIFY(writeFile(ws.path(QStringLiteral("notebooks/params.ipynb")), notebookJson({
        QStringLiteral("rate = 0.1\nname = 'default'\nepochs = 1"),
        QStringLiteral("import mlops_studio\nprint(f'{name}: rate={rate!r} epochs={epochs!r}')\n"
                       "for e in range(epochs):\n    mlops_studio.log_metric('loss', rate / (e + 1))\n"
                       "mlops_studio.log_param('optimizer', 'sgd')"),
        QStringLiteral("open('written-by-notebook.txt', 'w').write('cwd')"),
    }, {QStringLiteral("parameters")})));

    const CommandResult r = runCli({QStringLiteral("notebook"), QStringLiteral("run"), QStringLiteral("notebooks/params.ipynb"),
                                    QStringLiteral("-o"), QStringLiteral("out/params-run.ipynb"),
                                    QStringLiteral("-p"), QStringLiteral("rate=0.5"),
                                    QStringLiteral("-p"), QStringLiteral("name=trial one"),
                                    QStringLiteral("--param"), QStringLiteral("epochs=3")},
                                   ws.root());
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText() + r.outText()));
    QVERIFY(r.outText().contains(QStringLiteral("loss=")));

    // The executed notebook: the injected cell after the parameters cell, typed values, valid nbformat.
    const QString out = ws.path(QStringLiteral("out/params-run.ipynb"));
    QVERIFY(QFileInfo::exists(out));
    QCOMPARE(validate(out), QString());
    const QJsonObject nb = QJsonDocument::fromJson(readFile(out)).object();
    const QJsonArray cells = nb.value(QStringLiteral("cells")).toArray();
    QCOMPARE(cells.size(), 4);
    const QJsonObject injected = cells.at(1).toObject();
    QCOMPARE(injected.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("tags")).toArray().at(0).toString(),
             QStringLiteral("injected-parameters"));
    const QString printed = cells.at(2).toObject().value(QStringLiteral("outputs")).toArray().at(0).toObject()
                                .value(QStringLiteral("text")).toArray().at(0).toString();
    QCOMPARE(printed, QStringLiteral("trial one: rate=0.5 epochs=3\n"));
    QCOMPARE(nb.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("x_custom")).toString(), QStringLiteral("kept"));
    QCOMPARE(nb.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("kernelspec")).toObject()
                 .value(QStringLiteral("name")).toString(), QStringLiteral("python3"));
    // Cells run in the notebook's folder, as in Jupyter.
    QVERIFY(QFileInfo::exists(ws.path(QStringLiteral("notebooks/written-by-notebook.txt"))));

    // The run, as `mlops runs --json` shows it.
    const QJsonArray runs = runsJson(ws.root());
    QCOMPARE(runs.size(), 1);
    const QJsonObject run = runs.at(0).toObject();
    QCOMPARE(run.value(QStringLiteral("kind")).toString(), QStringLiteral("notebook"));
    QCOMPARE(run.value(QStringLiteral("name")).toString(), QStringLiteral("notebooks/params.ipynb"));
    QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
    QCOMPARE(run.value(QStringLiteral("runner")).toString(), QStringLiteral("python3"));
    const QJsonObject params = run.value(QStringLiteral("parameters")).toObject();
    QCOMPARE(params.value(QStringLiteral("rate")).toString(), QStringLiteral("0.5"));
    QCOMPARE(params.value(QStringLiteral("name")).toString(), QStringLiteral("trial one"));
    QCOMPARE(params.value(QStringLiteral("optimizer")).toString(), QStringLiteral("sgd"));
    QCOMPARE(run.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("loss")).toDouble(), 0.5 / 3);
    QCOMPARE(run.value(QStringLiteral("git")).toObject().value(QStringLiteral("commit")).toString().size(), 40);
    // The notebook was added after the first commit: the tree is dirty.
    QCOMPARE(run.value(QStringLiteral("git")).toObject().value(QStringLiteral("dirty")).toBool(), true);
    bool hasNotebook = false;
    for (const QJsonValue &a : run.value(QStringLiteral("artifacts")).toArray()) {
        const QJsonObject artifact = a.toObject();
        if (artifact.value(QStringLiteral("role")).toString() == QStringLiteral("output")) {
            hasNotebook = true;
            QVERIFY(QFileInfo::exists(ws.path(artifact.value(QStringLiteral("path")).toString())));
        }
    }
    QVERIFY(hasNotebook);
}

void TestNotebookCommand::stopsAtTheFailingCell()
{
    TempWorkspace ws;
    QVERIFY(ws.isValid());
    QVERIFY(writeFile(ws.path(QStringLiteral("notebooks/fails.ipynb")), notebookJson({
        QStringLiteral("print('first')"),
        QStringLiteral("def divide(a, b):\n    return a / b\ndivide(1, 0)"),
        QStringLiteral("open('never.txt', 'w').write('ran')"),
    })));
    const CommandResult r = runCli({QStringLiteral("notebook"), QStringLiteral("run"), QStringLiteral("notebooks/fails.ipynb"),
                                    QStringLiteral("-o"), QStringLiteral("failed.ipynb")},
                                   ws.root());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("cell 2 failed: ZeroDivisionError: division by zero")), qPrintable(r.errText()));
    QVERIFY(r.errText().contains(QStringLiteral("divide(1, 0)")));       // the cell
    QVERIFY(r.errText().contains(QStringLiteral("return a / b")));       // the traceback
    QVERIFY(!r.errText().contains(QStringLiteral("\x1b[")));             // without terminal colours
    QVERIFY(!QFileInfo::exists(ws.path(QStringLiteral("notebooks/never.txt"))));
    // The executed notebook keeps the error output, as papermill does.
    const QString out = ws.path(QStringLiteral("failed.ipynb"));
    QCOMPARE(validate(out), QString());
    QVERIFY(readFile(out).contains("ZeroDivisionError"));
    const QJsonObject run = runsJson(ws.root()).at(0).toObject();
    QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("Failed"));
    QVERIFY(run.value(QStringLiteral("failure_reason")).toString().contains(QStringLiteral("ZeroDivisionError")));

    // A kernel that dies leaves its trace in the cell that was running, as papermill's DeadKernelError.
    QVERIFY(writeFile(ws.path(QStringLiteral("notebooks/dies.ipynb")), notebookJson({
        QStringLiteral("print('alive')"),
        QStringLiteral("import os\nos._exit(3)"),
        QStringLiteral("print('never')"),
    })));
    const CommandResult died = runCli({QStringLiteral("notebook"), QStringLiteral("run"), QStringLiteral("notebooks/dies.ipynb"),
                                       QStringLiteral("-o"), QStringLiteral("died.ipynb")},
                                      ws.root());
    QCOMPARE(died.exitCode, 1);
    QCOMPARE(validate(ws.path(QStringLiteral("died.ipynb"))), QString());
    const QJsonArray cells = QJsonDocument::fromJson(readFile(ws.path(QStringLiteral("died.ipynb")))).object()
                                 .value(QStringLiteral("cells")).toArray();
    const QJsonArray outputs = cells.at(1).toObject().value(QStringLiteral("outputs")).toArray();
    QVERIFY2(!outputs.isEmpty(), readFile(ws.path(QStringLiteral("died.ipynb"))).constData());
    QCOMPARE(outputs.last().toObject().value(QStringLiteral("ename")).toString(), QStringLiteral("DeadKernelError"));
    QVERIFY(outputs.last().toObject().value(QStringLiteral("evalue")).toString().contains(QStringLiteral("died")));
    QVERIFY(cells.at(2).toObject().value(QStringLiteral("outputs")).toArray().isEmpty());
}

void TestNotebookCommand::refusesBadInput()
{
    TempWorkspace ws;
    QVERIFY(ws.isValid());
    QVERIFY(writeFile(ws.path(QStringLiteral("notebooks/ok.ipynb")), notebookJson({QStringLiteral("1")})));
    QVERIFY(writeFile(ws.path(QStringLiteral("notebooks/broken.ipynb")), "{\n \"cells\": [\n  {,\n ]\n}\n"));
    const QString root = ws.root();
    auto run = [&root](const QStringList &args) {
        return runCli(QStringList{QStringLiteral("notebook")} + args, root);
    };

    CommandResult r = run({QStringLiteral("run"), QStringLiteral("notebooks/broken.ipynb")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("broken.ipynb:3:")), qPrintable(r.errText()));

    r = run({QStringLiteral("run"), QStringLiteral("notebooks/missing.ipynb")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.errText().contains(QStringLiteral("missing.ipynb")));

    r = run({QStringLiteral("run"), QStringLiteral("notebooks/ok.ipynb"), QStringLiteral("--kernel"), QStringLiteral("cobol")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.errText().contains(QStringLiteral("cobol")));

    r = run({QStringLiteral("run"), QStringLiteral("notebooks/ok.ipynb"), QStringLiteral("-p"), QStringLiteral("not a name=1")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.errText().contains(QStringLiteral("not a name")));

    r = run({});
    QCOMPARE(r.exitCode, 2);
    r = run({QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    // Nothing was recorded for refused runs.
    QCOMPARE(runsJson(root).size(), 0);

    r = run({QStringLiteral("kernels")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.outText().contains(QStringLiteral("python3")));

    // A kernelspec with a broken kernel.json is listed with what is wrong, and named as broken when asked for.
    QTemporaryDir jupyter;
    QVERIFY(writeFile(jupyter.filePath(QStringLiteral("kernels/badjson/kernel.json")),
                      "{\n  \"argv\": [\"python3\",\n  \"display_name\": \"Bad\"\n}\n"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("JUPYTER_PATH"), jupyter.path());
    r = runCli({QStringLiteral("notebook"), QStringLiteral("kernels")}, root, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.outText().contains(QStringLiteral("badjson")) && r.outText().contains(QStringLiteral("(broken)"))
                 && r.outText().contains(QStringLiteral("badjson/kernel.json:3:")),
             qPrintable(r.outText()));
    QVERIFY(r.outText().contains(QStringLiteral("python3")));
    r = runCli({QStringLiteral("notebook"), QStringLiteral("run"), QStringLiteral("notebooks/ok.ipynb"),
                QStringLiteral("--kernel"), QStringLiteral("badjson")},
               root, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("kernelspec is broken")) && r.errText().contains(QStringLiteral("kernel.json:3:")),
             qPrintable(r.errText()));
    QVERIFY(!r.errText().contains(QStringLiteral("no Jupyter kernel named")));
    QCOMPARE(runsJson(root).size(), 0);
}

void TestNotebookCommand::checksTheOutputPathFirst()
{
    TempWorkspace ws;
    QVERIFY(ws.isValid());
    QVERIFY(writeFile(ws.path(QStringLiteral("notebooks/marks.ipynb")),
                      notebookJson({QStringLiteral("open('ran.txt', 'w').write('ran')")})));
    const QString root = ws.root();
    auto run = [&root](const QString &output) {
        return runCli({QStringLiteral("notebook"), QStringLiteral("run"), QStringLiteral("notebooks/marks.ipynb"),
                       QStringLiteral("-o"), output},
                      root);
    };
    // A folder, or a path under a file: refused before anything runs.
    CommandResult r = run(QStringLiteral("notebooks"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("is a folder")), qPrintable(r.errText()));
    r = run(QStringLiteral("notebooks/marks.ipynb/out.ipynb"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("is a file, not a folder")), qPrintable(r.errText()));
    QVERIFY(!QFileInfo::exists(ws.path(QStringLiteral("notebooks/ran.txt"))));
    QCOMPARE(runsJson(root).size(), 0);

    // Missing folders are made.
    r = run(QStringLiteral("new/folder/out.ipynb"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    QCOMPARE(validate(ws.path(QStringLiteral("new/folder/out.ipynb"))), QString());

    // The output's folder turns into a file while the notebook runs: what ran is kept with the run.
    QVERIFY(QDir().mkpath(ws.path(QStringLiteral("out"))));
    QVERIFY(writeFile(ws.path(QStringLiteral("notebooks/spoils.ipynb")), notebookJson({
        QStringLiteral("import shutil\nshutil.rmtree('../out')\nopen('../out', 'w').write('not a folder')\nprint('spoiled')")})));
    r = runCli({QStringLiteral("notebook"), QStringLiteral("run"), QStringLiteral("notebooks/spoils.ipynb"),
                QStringLiteral("-o"), QStringLiteral("out/result.ipynb")},
               root);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("cannot write the executed notebook")), qPrintable(r.errText()));
    const qsizetype at = r.errText().indexOf(QStringLiteral("kept in "));
    QVERIFY2(at >= 0, qPrintable(r.errText()));
    const QString kept = r.errText().mid(at + 8).section(QLatin1Char('\n'), 0, 0).trimmed();
    QVERIFY2(kept.contains(QStringLiteral(".mlops/logs/")), qPrintable(kept));
    QCOMPARE(validate(kept), QString());
    QVERIFY(readFile(kept).contains("spoiled"));
}

void TestNotebookCommand::warnsAboutParametersAndRecordsDefaults()
{
    TempWorkspace ws;
    QVERIFY(ws.isValid());
    QVERIFY(writeFile(ws.path(QStringLiteral("notebooks/p.ipynb")), notebookJson({
        QStringLiteral("rate = 0.1\nname = 'default'  # who\nshuffle = True\nlayers = [1, 2]"),
        QStringLiteral("print(rate, name, shuffle)"),
    }, {QStringLiteral("parameters")})));
    QVERIFY(writeFile(ws.path(QStringLiteral("notebooks/untagged.ipynb")), notebookJson({QStringLiteral("print(1)")})));
    const QString root = ws.root();
    auto run = [&root](const QStringList &args) {
        return runCli(QStringList{QStringLiteral("notebook"), QStringLiteral("run")} + args, root);
    };

    // Without -p: the run's parameters are the parameters cell's literal defaults.
    CommandResult r = run({QStringLiteral("notebooks/p.ipynb")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    QVERIFY2(!r.errText().contains(QStringLiteral("warning")), qPrintable(r.errText()));
    QJsonObject params = runsJson(root).at(0).toObject().value(QStringLiteral("parameters")).toObject();
    QCOMPARE(params.value(QStringLiteral("rate")).toString(), QStringLiteral("0.1"));
    QCOMPARE(params.value(QStringLiteral("name")).toString(), QStringLiteral("default"));
    QCOMPARE(params.value(QStringLiteral("shuffle")).toString(), QStringLiteral("True"));
    QVERIFY(!params.contains(QStringLiteral("layers")));

    // A name the parameters cell does not set: a warning (as papermill), and it still runs.
    r = run({QStringLiteral("notebooks/p.ipynb"), QStringLiteral("-p"), QStringLiteral(" rate = 0.5 "),
             QStringLiteral("-p"), QStringLiteral("zz=1"), QStringLiteral("-o"), QStringLiteral("p-out.ipynb")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    QVERIFY2(r.errText().contains(QStringLiteral(
                 "warning: notebook notebooks/p.ipynb has no parameter 'zz' in its parameters cell (known: rate, name, shuffle, layers)")),
             qPrintable(r.errText()));
    QVERIFY(!r.errText().contains(QStringLiteral("'rate'")));
    params = runsJson(root).at(0).toObject().value(QStringLiteral("parameters")).toObject();
    QCOMPARE(params.value(QStringLiteral("rate")).toString(), QStringLiteral("0.5"));    // -p wins, trimmed
    QCOMPARE(params.value(QStringLiteral("name")).toString(), QStringLiteral("default")); // the default stays
    QCOMPARE(params.value(QStringLiteral("zz")).toString(), QStringLiteral("1"));
    // The executed notebook's metadata keeps the given values typed.
    const QJsonObject recorded = QJsonDocument::fromJson(readFile(ws.path(QStringLiteral("p-out.ipynb")))).object()
                                     .value(QStringLiteral("metadata")).toObject().value(QStringLiteral("mlops")).toObject()
                                     .value(QStringLiteral("parameters")).toObject();
    QCOMPARE(recorded.value(QStringLiteral("rate")), QJsonValue(0.5));
    QCOMPARE(recorded.value(QStringLiteral("zz")), QJsonValue(1));

    // A value takes its default's type: "false" turns the flag off (as a string it is truthy),
    // digits stay text for a text default; a word for a number is passed, with a warning.
    r = run({QStringLiteral("notebooks/p.ipynb"), QStringLiteral("-p"), QStringLiteral("shuffle=false"),
             QStringLiteral("-p"), QStringLiteral("name=007"), QStringLiteral("-p"), QStringLiteral("rate=fast"),
             QStringLiteral("-o"), QStringLiteral("p-typed.ipynb")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    QVERIFY2(r.errText().contains(QStringLiteral("warning: the parameter 'rate' is a number in the parameters cell "
                                                 "(rate = 0.1); 'fast' is not a number, so it is passed as the string \"fast\"")),
             qPrintable(r.errText()));
    QVERIFY2(!r.errText().contains(QStringLiteral("'shuffle'")) && !r.errText().contains(QStringLiteral("'name'")),
             qPrintable(r.errText()));
    const QJsonArray typedCells = QJsonDocument::fromJson(readFile(ws.path(QStringLiteral("p-typed.ipynb")))).object()
                                      .value(QStringLiteral("cells")).toArray();
    const QJsonArray printedLines = typedCells.at(2).toObject().value(QStringLiteral("outputs")).toArray().at(0)
                                        .toObject().value(QStringLiteral("text")).toArray();
    QCOMPARE(printedLines.at(0).toString(), QStringLiteral("fast 007 False\n"));
    params = runsJson(root).at(0).toObject().value(QStringLiteral("parameters")).toObject();
    QCOMPARE(params.value(QStringLiteral("shuffle")).toString(), QStringLiteral("False"));  // as the default is written
    QCOMPARE(params.value(QStringLiteral("name")).toString(), QStringLiteral("007"));
    // Given twice, the last value runs: the first is not warned about.
    r = run({QStringLiteral("notebooks/p.ipynb"), QStringLiteral("-p"), QStringLiteral("rate=fast"),
             QStringLiteral("-p"), QStringLiteral("rate=0.5")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    QVERIFY2(!r.errText().contains(QStringLiteral("warning")), qPrintable(r.errText()));

    // No parameters cell: the values go at the top, and the user is told so.
    r = run({QStringLiteral("notebooks/untagged.ipynb"), QStringLiteral("-p"), QStringLiteral("x=1")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    QVERIFY2(r.errText().contains(QStringLiteral("warning: notebooks/untagged.ipynb has no cell tagged 'parameters'")),
             qPrintable(r.errText()));
    // Progress numbers cells as the user's file does, and names the injected one.
    QVERIFY2(r.errText().contains(QStringLiteral("[1/2] the injected parameters cell ran")), qPrintable(r.errText()));
    QVERIFY2(r.errText().contains(QStringLiteral("[2/2] cell 1 ran")), qPrintable(r.errText()));
}

void TestNotebookCommand::runsTheDemoNotebook()
{
    MLOPS_REQUIRE(pythonImports(QStringLiteral("pandas, sklearn, matplotlib")),
                  QStringLiteral("/usr/bin/python3 lacks pandas, scikit-learn or matplotlib"));
    TempWorkspace ws(QStringLiteral("demo"));
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    const CommandResult r = runCli({QStringLiteral("notebook"), QStringLiteral("run"),
                                    QStringLiteral("notebooks/breast-cancer.ipynb"), QStringLiteral("-o"),
                                    QStringLiteral("executed.ipynb"), QStringLiteral("-p"), QStringLiteral("n_estimators=30")},
                                   ws.root());
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    const QByteArray executed = readFile(ws.path(QStringLiteral("executed.ipynb")));
    QVERIFY(executed.contains("image/png"));                       // the matplotlib figure
    QVERIFY(executed.contains("<table"));                          // pandas' HTML tables
    QVERIFY(executed.contains("application/vnd.mlops.metrics+json"));
    const QJsonObject run = runsJson(ws.root()).at(0).toObject();
    QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
    QCOMPARE(run.value(QStringLiteral("git")).toObject().value(QStringLiteral("dirty")).toBool(), false);
    QCOMPARE(run.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("n_estimators")).toString(), QStringLiteral("30"));
    QVERIFY(run.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("accuracy")).toDouble() > 0.85);
    QVERIFY(run.value(QStringLiteral("metrics")).toObject().contains(QStringLiteral("test:log_loss")));
}

void TestNotebookCommand::runsAsAPipelineStep()
{
    TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    QVERIFY(writeFile(ws.path(QStringLiteral("notebooks/params.ipynb")), notebookJson({
        QStringLiteral("rate = 0.1\nname = 'default'\nepochs = 1\nshuffle = True"),
        QStringLiteral("import mlops_studio\nprint(f'{name}: rate={rate!r} epochs={epochs!r} shuffle={shuffle!r}')\n"
                       "for e in range(epochs):\n    mlops_studio.log_metric('loss', rate / (e + 1))\n"
                       "mlops_studio.log_param('optimizer', 'sgd')"),
    }, {QStringLiteral("parameters")})));
    QVERIFY(writeFile(ws.path(QStringLiteral("pipelines/nb.yaml")), QByteArrayLiteral(R"yaml(name: nb
steps:
  explore:
    type: notebook
    notebook: notebooks/params.ipynb
    hyperparameters: {rate: 0.25, epochs: 2, name: from-step, shuffle: false}
  report:
    type: processing
    command: [python, -c, "import os, sys; print(sorted(os.listdir(sys.argv[1])))", "${steps.explore.outputs.notebook}"]
)yaml")));
    // The step's output `notebook` needs no declaration.
    const CommandResult valid = runCli({QStringLiteral("validate"), QStringLiteral("pipelines/nb.yaml")}, ws.root());
    QVERIFY2(valid.exitCode == 0, qPrintable(valid.errText()));
    const CommandResult r = runCli({QStringLiteral("run"), QStringLiteral("nb"), QStringLiteral("--json")}, ws.root());
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText() + r.outText()));
    const QJsonObject execution = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(execution.value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));

    // The step run holds what the notebook logged, with the hyperparameters injected.
    QString exploreId;
    for (const QJsonValue &v : execution.value(QStringLiteral("steps")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("explore"))
            exploreId = v.toObject().value(QStringLiteral("id")).toString();
    }
    QVERIFY2(!exploreId.isEmpty(), r.out.constData());
    const CommandResult shown = runCli({QStringLiteral("show"), exploreId, QStringLiteral("--json")}, ws.root());
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject step = QJsonDocument::fromJson(shown.out).object();
    QCOMPARE(step.value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
    QCOMPARE(step.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("loss")).toDouble(), 0.25 / 2);
    QCOMPARE(step.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("optimizer")).toString(),
             QStringLiteral("sgd"));
    QCOMPARE(step.value(QStringLiteral("hyperparameters")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("from-step"));
    // No separate notebook run: the step run is the record.
    for (const QJsonValue &v : runsJson(ws.root()))
        QVERIFY(v.toObject().value(QStringLiteral("kind")).toString() != QStringLiteral("notebook"));

    // The executed notebook is the step's output, valid nbformat, with the step's values.
    QString notebookHash;
    for (const QJsonValue &a : step.value(QStringLiteral("artifacts")).toArray()) {
        if (a.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("notebook"))
            notebookHash = a.toObject().value(QStringLiteral("hash")).toString();
    }
    QVERIFY(!notebookHash.isEmpty());
    const QString log = QString::fromUtf8(readFile(ws.path(QStringLiteral(".mlops/logs/%1/stdout.log").arg(exploreId))));
    QVERIFY2(log.contains(QStringLiteral("Metrics: loss=0.125")), qPrintable(log));
    // The completed step's job folder keeps no copy of its outputs: they are in the cache.
    QVERIFY(!QFileInfo::exists(
        ws.path(QStringLiteral(".mlops/jobs/%1/processing/output/notebook/params.ipynb").arg(exploreId))));
    const ArtifactCache cache(ws.path(QStringLiteral(".mlops/cache")));
    const Result<QString> inCache = cache.fileInTree(notebookHash, QStringLiteral("params.ipynb"));
    QVERIFY(inCache);
    QTemporaryDir scratch;
    const QString executed = scratch.filePath(QStringLiteral("params.ipynb"));
    QVERIFY(cache.materialize(StoredArtifact{*inCache, QStringLiteral("file"), 0, 1}, executed));
    QCOMPARE(validate(executed), QString());
    const QJsonArray cells = QJsonDocument::fromJson(readFile(executed)).object().value(QStringLiteral("cells")).toArray();
    QCOMPARE(cells.at(2).toObject().value(QStringLiteral("outputs")).toArray().at(0).toObject()
                 .value(QStringLiteral("text")).toArray().at(0).toString(),
             QStringLiteral("from-step: rate=0.25 epochs=2 shuffle=False\n"));   // YAML's false is Python's False

    // A rerun reuses the step; a container runner is refused with the reason.
    const CommandResult again = runCli({QStringLiteral("run"), QStringLiteral("nb")}, ws.root());
    QVERIFY2(again.exitCode == 0 && again.outText().contains(QStringLiteral("2 from cache")), qPrintable(again.outText()));
    const CommandResult docker = runCli({QStringLiteral("run"), QStringLiteral("nb"), QStringLiteral("--runner"),
                                         QStringLiteral("docker"), QStringLiteral("--no-cache")},
                                        ws.root());
    QCOMPARE(docker.exitCode, 1);
    QVERIFY2(docker.errText().contains(QStringLiteral("a notebook step cannot use the runner 'docker'")),
             qPrintable(docker.errText()));

    // --step outside a pipeline explains itself.
    const CommandResult outside = runCli({QStringLiteral("notebook"), QStringLiteral("run"),
                                          QStringLiteral("notebooks/params.ipynb"), QStringLiteral("--step")},
                                         ws.root());
    QCOMPARE(outside.exitCode, 2);
    QVERIFY(outside.errText().contains(QStringLiteral("MLOPS_RUN_ID")));

    // A failing cell is the failed step's reason, as the notebook said it.
    QVERIFY(writeFile(ws.path(QStringLiteral("notebooks/raise.ipynb")), notebookJson({
        QStringLiteral("x = 1"),
        QStringLiteral("raise ValueError('boom ' + str(x))"),
    }, {QStringLiteral("parameters")})));
    QVERIFY(writeFile(ws.path(QStringLiteral("pipelines/nbfail.yaml")), QByteArrayLiteral(R"yaml(name: nbfail
steps:
  bad: {type: notebook, notebook: notebooks/raise.ipynb, hyperparameters: {x: 5}}
)yaml")));
    const CommandResult failed = runCli({QStringLiteral("run"), QStringLiteral("nbfail"), QStringLiteral("--json")}, ws.root());
    QCOMPARE(failed.exitCode, 1);
    QString reason;
    for (const QJsonValue &v : QJsonDocument::fromJson(failed.out).object().value(QStringLiteral("steps")).toArray())
        reason = v.toObject().value(QStringLiteral("failure_reason")).toString();
    // Cells are numbered as in the user's file, without the injected one.
    QVERIFY2(reason.contains(QStringLiteral("cell 2 failed: ValueError: boom 5")), qPrintable(reason + failed.outText()));
}

QTEST_GUILESS_MAIN(TestNotebookCommand)
#include "tst_notebookcommand.moc"
