// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/pipeline/expression.h"
#include "core/pipeline/pipelinegraph.h"
#include "core/pipeline/pipelinevalidator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace mlops;

namespace {

/** Writes `yaml` as `dir/name`, validates it and returns its diagnostics as the CLI prints them. */
QStringList diagnosticsOf(const QTemporaryDir &dir, const QString &name, const QByteArray &yaml,
                          const ValidationOptions &options = {})
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(yaml) != yaml.size())
        return {QStringLiteral("cannot write ") + file.fileName()};
    file.close();
    QStringList messages;
    for (const Diagnostic &d : loadAndValidate(file.fileName(), name, options).diagnostics)
        messages.append(d.toString());
    return messages;
}
const QString kData = QStringLiteral(MLOPS_TEST_DATA_DIR "/pipelines");
}

class TestPipelineValidation : public QObject
{
    Q_OBJECT

private slots:
    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        QFile expected(kData + QStringLiteral("/broken/expected.txt"));
        QVERIFY(expected.open(QIODevice::ReadOnly));
        QMap<QString, QStringList> byFile;
        for (const QByteArray &raw : expected.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw);
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            byFile[line.section(QLatin1Char(':'), 0, 0)].append(line);
        }
        const QStringList files = QDir(kData + QStringLiteral("/broken")).entryList({QStringLiteral("*.yaml")});
        QVERIFY(files.size() >= 20);
        for (const QString &file : files) {
            QVERIFY2(byFile.contains(file), qPrintable(QStringLiteral("no expectation for ") + file));
            QTest::newRow(qPrintable(file)) << file << byFile.value(file);
        }
    }

    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        ValidationOptions options;
        options.workspaceRoot = kData + QStringLiteral("/workspace");
        const LoadedPipeline loaded = loadAndValidate(kData + QStringLiteral("/broken/") + file, file, options);
        QStringList actual;
        for (const Diagnostic &d : loaded.diagnostics)
            actual.append(d.toString());
        QCOMPARE(actual, expected);
        QVERIFY(!loaded.ok());
    }

    void demoPipelineIsValid()
    {
        // The template's data set is generated at init, so paths are not checked here.
        const QString file = QStringLiteral(MLOPS_SOURCE_DIR "/resources/templates/demo/files/pipelines/breast-cancer.yaml");
        const LoadedPipeline loaded = loadAndValidate(file, QStringLiteral("breast-cancer.yaml"), {});
        QStringList messages;
        for (const Diagnostic &d : loaded.diagnostics)
            messages.append(d.toString());
        QVERIFY2(loaded.ok(), qPrintable(messages.join(QLatin1Char('\n'))));
        QCOMPARE(loaded.spec.steps.size(), 6);
        const PipelineGraph graph = PipelineGraph::build(loaded.spec);
        QCOMPARE(graph.topologicalOrder(),
                 QStringList({QStringLiteral("prepare"), QStringLiteral("train"), QStringLiteral("evaluate"),
                              QStringLiteral("gate"), QStringLiteral("register"), QStringLiteral("stop")}));
        QCOMPARE(graph.dependencies(QStringLiteral("evaluate")),
                 QStringList({QStringLiteral("prepare"), QStringLiteral("train")}));
        QCOMPARE(graph.layers().value(QStringLiteral("stop")), 4);
    }

    void syntaxErrorsPointIntoTheFile_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        // yaml-cpp reports these past the last line; the error points where they open.
        QTest::newRow("unterminated quote in a flow") << QByteArray("name: q\nsteps:\n  a:\n    type: processing\n"
                                                                    "    command: [\"x, y]\n  b: {}\n  c: {}\n")
                                                      << 5 << 15;
        QTest::newRow("unterminated quote, last line without newline")
            << QByteArray("name: q\ndescription: \"it's\nsteps: {}") << 2 << 14;
        QTest::newRow("unclosed mapping") << QByteArray("name: q\nsteps: {a: {type: fail}\n# done\n") << 2 << 8;
        QTest::newRow("apostrophe and block scalar are not quotes")
            << QByteArray("name: don't\ndescription: |\n  \"not a quote\nsteps: [a,\n") << 4 << 8;
    }

    void syntaxErrorsPointIntoTheFile()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        const LoadedPipeline loaded = PipelineLoader::load(QStringLiteral("p.yaml"), text);
        QCOMPARE(loaded.diagnostics.size(), 1);
        const Diagnostic &d = loaded.diagnostics.first();
        QVERIFY2(d.message.startsWith(QStringLiteral("invalid YAML")), qPrintable(d.message));
        QCOMPARE(d.line, line);
        QCOMPARE(d.column, column);
        QVERIFY(d.line <= text.count('\n') + 1);
    }

    void tabsInTheIndentationAreNamed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("blamesTab");
        QTest::newRow("step indented with tabs") << QByteArray("name: t\nsteps:\n\ta:\n\t\ttype: processing\n")
                                                 << 3 << 1 << true;
        QTest::newRow("spaces, then a tab") << QByteArray("name: t\nsteps:\n  a:\n  \ttype: processing\n")
                                            << 4 << 3 << true;
        QTest::newRow("list item after a tab")
            << QByteArray("name: t\nsteps:\n  a:\n    type: processing\n    command:\n\t- echo\n") << 6 << 1 << true;
        QTest::newRow("tab before a comment") << QByteArray("name: t\n\t# a comment\nsteps: [a]\n") << 2 << 1 << true;
        // In a block scalar a tab may follow the indentation: another mistake is reported
        // as it is.
        QTest::newRow("tab inside a block scalar")
            << QByteArray("name: t\ndescription: |\n  one\n  \ttwo\nsteps: [a,\n") << 5 << 8 << false;
    }

    void tabsInTheIndentationAreNamed()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(bool, blamesTab);
        const LoadedPipeline loaded = PipelineLoader::load(QStringLiteral("p.yaml"), text);
        QCOMPARE(loaded.diagnostics.size(), 1);
        const Diagnostic &d = loaded.diagnostics.first();
        QCOMPARE(d.message.contains(QStringLiteral("a tab in the indentation")), blamesTab);
        QCOMPARE(d.line, line);
        QCOMPARE(d.column, column);
    }

    void textThatIsNotUtf8IsNamedWhereItStarts()
    {
        // Latin-1 "café" on line 3: yaml-cpp would read it as "caf\uFFFD" without a word.
        LoadedPipeline loaded = PipelineLoader::load(
            QStringLiteral("p.yaml"), QByteArray("name: p\nsteps:\n  a: {type: processing, command: [echo, caf\xe9]}\n"));
        QCOMPARE(loaded.diagnostics.size(), 1);
        QCOMPARE(loaded.diagnostics.first().toString(),
                 QStringLiteral("p.yaml:3:44: error: the file is not UTF-8 text (YAML files are UTF-8: save it in that "
                                "encoding)"));
        // A UTF-8 byte order mark and a real U+FFFD are UTF-8.
        loaded = PipelineLoader::load(QStringLiteral("p.yaml"),
                                      QByteArray("\xEF\xBB\xBFname: p\nsteps:\n  a: {type: processing, command: "
                                                 "[echo, \"caf\xC3\xA9 \xEF\xBF\xBD\"]}\n"));
        QVERIFY(loaded.diagnostics.isEmpty());
        QCOMPARE(loaded.spec.steps.first().command.last(), QStringLiteral("caf\u00e9 \uFFFD"));
    }

    void inputLinkLeadingOutOfTheWorkspaceIsAnError()
    {
        QTemporaryDir outside;
        QTemporaryDir workspace;
        QVERIFY(QDir().mkpath(workspace.filePath(QStringLiteral("data"))));
        QFile secret(outside.filePath(QStringLiteral("secret.csv")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("a\n1\n");
        secret.close();
        QVERIFY(QFile::link(secret.fileName(), workspace.filePath(QStringLiteral("data/x.csv"))));
        QVERIFY(QFile::link(outside.path(), workspace.filePath(QStringLiteral("data/elsewhere"))));
        QFile pipeline(workspace.filePath(QStringLiteral("p.yaml")));
        QVERIFY(pipeline.open(QIODevice::WriteOnly));
        pipeline.write("name: links\n"
                       "steps:\n"
                       "  a:\n"
                       "    type: processing\n"
                       "    command: [\"true\"]\n"
                       "    inputs: {x: data/x.csv, y: data/elsewhere/secret.csv, inside: data}\n");
        pipeline.close();
        ValidationOptions options;
        options.workspaceRoot = workspace.path();
        const LoadedPipeline loaded = loadAndValidate(pipeline.fileName(), QStringLiteral("p.yaml"), options);
        QStringList messages;
        for (const Diagnostic &d : loaded.diagnostics)
            messages.append(d.toString());
        const QString target = QFileInfo(secret.fileName()).canonicalFilePath();
        QCOMPARE(messages, QStringList({QStringLiteral("p.yaml:6:17: error: input 'x' must stay inside the workspace: "
                                                       "data/x.csv leads to %1").arg(target),
                                        QStringLiteral("p.yaml:6:32: error: input 'y' must stay inside the workspace: "
                                                       "data/elsewhere/secret.csv leads to %1").arg(target)}));
    }

    void buildContextOutsideTheWorkspaceIsAnError()
    {
        QTemporaryDir outside;
        QTemporaryDir workspace;
        QVERIFY(QDir().mkpath(workspace.filePath(QStringLiteral("byoc"))));
        QVERIFY(QFile::link(outside.path(), workspace.filePath(QStringLiteral("linked"))));
        QFile pipeline(workspace.filePath(QStringLiteral("p.yaml")));
        QVERIFY(pipeline.open(QIODevice::WriteOnly));
        pipeline.write("name: contexts\n"
                       "steps:\n"
                       "  up:\n"
                       "    type: processing\n"
                       "    runner: docker\n"
                       "    build: {context: ../outside}\n"
                       "    command: [\"true\"]\n"
                       "  linked:\n"
                       "    type: processing\n"
                       "    runner: docker\n"
                       "    build: linked\n"
                       "    command: [\"true\"]\n"
                       "  inside:\n"
                       "    type: processing\n"
                       "    runner: docker\n"
                       "    build: {context: byoc, dockerfile: ../../Dockerfile}\n"
                       "    command: [\"true\"]\n");
        pipeline.close();
        ValidationOptions options;
        options.workspaceRoot = workspace.path();
        const LoadedPipeline loaded = loadAndValidate(pipeline.fileName(), QStringLiteral("p.yaml"), options);
        QStringList messages;
        for (const Diagnostic &d : loaded.diagnostics)
            messages.append(d.toString());
        QCOMPARE(messages,
                 QStringList({QStringLiteral("p.yaml:6:22: error: build context must be a folder inside the workspace, "
                                             "not '../outside'"),
                              QStringLiteral("p.yaml:11:12: error: build context must stay inside the workspace: "
                                             "linked leads to %1")
                                  .arg(QFileInfo(outside.path()).canonicalFilePath()),
                              QStringLiteral("p.yaml:16:40: error: the Dockerfile must be inside the workspace, not "
                                             "'../../Dockerfile'")}));
    }

    void markersNameStepAndField()
    {
        const LoadedPipeline loaded = loadAndValidate(kData + QStringLiteral("/broken/10-unknown-output.yaml"),
                                                      QStringLiteral("x.yaml"), {});
        QCOMPARE(loaded.diagnostics.size(), 1);
        QCOMPARE(loaded.diagnostics.first().step, QStringLiteral("train"));
        QCOMPARE(loaded.diagnostics.first().field, QStringLiteral("inputs.train"));
    }

    void expressions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        QTest::newRow("number >=") << QStringLiteral("${parameters.acc} >= 0.9") << true;
        QTest::newRow("number <") << QStringLiteral("${parameters.acc} < 0.9") << false;
        QTest::newRow("and/or/not") << QStringLiteral("not (${parameters.acc} < 0.5 or ${parameters.name} == 'x') and true")
                                    << true;
        QTest::newRow("strings") << QStringLiteral("${parameters.name} == \"breast\"") << true;
        QTest::newRow("string order") << QStringLiteral("'abc' < 'abd'") << true;
        QTest::newRow("bool") << QStringLiteral("${parameters.flag} != false") << true;
        QTest::newRow("numeric text") << QStringLiteral("${steps.e.properties.r.count} > 9") << true;
        // A quoted ${…} is interpolated like in every other string of a pipeline.
        QTest::newRow("quoted reference") << QStringLiteral("'${parameters.name}' == 'breast'") << true;
        QTest::newRow("quoted reference, other value") << QStringLiteral("'${parameters.name}' == 'fast'") << false;
        QTest::newRow("inside longer text") << QStringLiteral("\"${parameters.name}-v${parameters.acc}\" == 'breast-v0.93'")
                                            << true;
        QTest::newRow("$${ stays literal") << QStringLiteral("'$${parameters.name}' != 'breast'") << true;
    }

    void expressions()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        Result<Expression> e = Expression::parse(text);
        QVERIFY2(e.ok(), qPrintable(e.ok() ? QString() : e.error().toString()));
        const auto resolve = [](const Reference &r) -> Result<QVariant> {
            if (r.name == QStringLiteral("acc"))
                return QVariant(0.93);
            if (r.name == QStringLiteral("name"))
                return QVariant(QStringLiteral("breast"));
            if (r.name == QStringLiteral("flag"))
                return QVariant(true);
            if (r.kind == Reference::Kind::StepProperty)
                return QVariant(QStringLiteral("10"));  // text that reads as a number
            return Error(QStringLiteral("unknown"));
        };
        Result<bool> value = e->evaluate(resolve);
        QVERIFY(value.ok());
        QCOMPARE(*value, expected);
    }

    void expressionErrorsHaveColumns()
    {
        Result<Expression> e = Expression::parse(QStringLiteral("1 < 2 < 3"));
        QVERIFY(!e.ok());
        QCOMPARE(e.error().column, 7);
        e = Expression::parse(QStringLiteral("(1 < 2"));
        QVERIFY(!e.ok());
        QCOMPARE(e.error().column, 7);
        e = Expression::parse(QStringLiteral("accuracy > 1"));
        QVERIFY(!e.ok());
        QVERIFY(e.error().message.contains(QStringLiteral("'accuracy'")));
        // Evaluation never runs code: a "call" is just an unexpected word.
        e = Expression::parse(QStringLiteral("__import__('os') == 1"));
        QVERIFY(!e.ok());
        // References inside quotes are found, checked and placed like any other.
        e = Expression::parse(QStringLiteral("'${parameters.mode}' == 'fast' and '${steps.p.outputs.x}' != ''"));
        QVERIFY(e.ok());
        QCOMPARE(e->references().size(), 2);
        QCOMPARE(e->references().first().name, QStringLiteral("mode"));
        const Status typed = e->check([](const Reference &r) {
            return r.isArtifact() ? Expression::Type::Artifact : Expression::Type::String;
        });
        QVERIFY(!typed.ok());
        QCOMPARE(typed.error().column, 37);
        e = Expression::parse(QStringLiteral("'${parameters.mode' == 'x'"));
        QVERIFY(!e.ok());
        QCOMPARE(e.error().column, 2);
    }

    void operatorsFromOtherLanguagesAreNamed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("&&") << QStringLiteral("1 < 2 && 2 < 3") << 7 << QStringLiteral("unknown operator '&&' (use 'and')");
        QTest::newRow("||") << QStringLiteral("1 < 2 || 2 < 3") << 7 << QStringLiteral("unknown operator '||' (use 'or')");
        QTest::newRow("&") << QStringLiteral("1 < 2 & 2 < 3") << 7 << QStringLiteral("unknown operator '&' (use 'and')");
        QTest::newRow("Python's True") << QStringLiteral("${parameters.flag} == True") << 23
                                       << QStringLiteral("unexpected word 'True' (did you mean 'true'? keywords are lower case)");
        QTest::newRow("AND") << QStringLiteral("1 < 2 AND 2 < 3") << 7
                             << QStringLiteral("unexpected word 'AND' (did you mean 'and'? keywords are lower case)");
    }

    void operatorsFromOtherLanguagesAreNamed()
    {
        QFETCH(QString, text);
        QFETCH(int, column);
        QFETCH(QString, message);
        const Result<Expression> e = Expression::parse(text);
        QVERIFY(!e.ok());
        QCOMPARE(e.error().message, message);
        QCOMPARE(e.error().column, column);
    }

    void quotedReferenceInAPipelineIsValidated()
    {
        // 'mlops validate' reports an unknown parameter inside quotes at its place.
        QTemporaryDir dir;
        const QStringList messages = diagnosticsOf(dir, QStringLiteral("quoted.yaml"),
                                                   "name: quoted\n"
                                                   "parameters: {mode: fast}\n"
                                                   "steps:\n"
                                                   "  gate:\n"
                                                   "    type: condition\n"
                                                   "    when: \"'${parameters.mdoe}' == 'fast'\"\n"
                                                   "    then: [done]\n"
                                                   "  done: {type: fail, message: stop}\n");
        QCOMPARE(messages, QStringList{QStringLiteral("quoted.yaml:6:13: error: unknown parameter 'mdoe' in "
                                                      "${parameters.mdoe} (did you mean 'mode'?)")});
    }

    void notebookStepWithAContainerRunnerIsAnError()
    {
        // A notebook step runs with the process runner only: validation says so at the step
        // (not "names no image", a key a notebook step does not have), before any step runs.
        QTemporaryDir dir;
        const QStringList messages = diagnosticsOf(dir, QStringLiteral("nb.yaml"),
                   "name: nb\n"
                   "defaults: {runner: docker, image: 'python:3.11'}\n"
                   "steps:\n"
                   "  explore:\n"
                   "    type: notebook\n"
                   "    notebook: notebooks/explore.ipynb\n"
                   "  again:\n"
                   "    type: notebook\n"
                   "    notebook: notebooks/explore.ipynb\n"
                   "    runner: sandbox\n"
                   "  fine:\n"
                   "    type: notebook\n"
                   "    notebook: notebooks/explore.ipynb\n"
                   "    runner: process\n"
                   "  train:\n"
                   "    type: training\n"
                   "    command: [python, train.py]\n");
        QCOMPARE(messages, (QStringList{
                               QStringLiteral("nb.yaml:4:3: error: a notebook step cannot use the pipeline's default "
                                              "runner 'docker' (it runs with: process); set 'runner: process' on the step"),
                               QStringLiteral("nb.yaml:10:13: error: a notebook step cannot use the runner 'sandbox' "
                                              "(it runs with: process)")}));
    }

    void notebookThatIsNotInTheWorkspaceIsAnError()
    {
        // 'mlops validate' (and 'mlops run' before any step) names a notebook step's missing
        // notebook at its line, with the workspace's notebook it most likely meant.
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("notebooks")));
        for (const char *name : {"notebooks/explore.ipynb", "notebooks/train.ipynb"}) {
            QFile nb(dir.filePath(QLatin1String(name)));
            QVERIFY(nb.open(QIODevice::WriteOnly));
        }
        const QByteArray yaml = "name: nb\n"
                                "steps:\n"
                                "  a: {type: notebook, notebook: notebooks/explore.ipynb}\n"
                                "  b: {type: notebook, notebook: notebooks/explor.ipynb}\n"
                                "  c:\n"
                                "    type: notebook\n"
                                "    notebook: elsewhere/gone.ipynb\n";
        ValidationOptions options;
        options.workspaceRoot = dir.path();
        const QStringList messages = diagnosticsOf(dir, QStringLiteral("nb.yaml"), yaml, options);
        QCOMPARE(messages, (QStringList{
                               QStringLiteral("nb.yaml:4:33: error: 'notebook': notebooks/explor.ipynb does not exist "
                                              "in the workspace (did you mean 'notebooks/explore.ipynb'?)"),
                               QStringLiteral("nb.yaml:7:15: error: 'notebook': elsewhere/gone.ipynb does not exist "
                                              "in the workspace")}));
        // Without a workspace to look in (a file checked on its own), nothing is said.
        QCOMPARE(diagnosticsOf(dir, QStringLiteral("nb.yaml"), yaml), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestPipelineValidation)
#include "tst_pipelinevalidation.moc"
