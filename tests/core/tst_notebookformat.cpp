// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// nbformat 4: reading, writing (validated by Debian's python3-nbformat), parameters.

#include "core/notebook/notebook.h"
#include "core/notebook/notebookformat.h"
#include "core/notebook/notebookparameters.h"
#include "core/notebook/parameterscell.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace mlops;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(MLOPS_TEST_DATA_DIR "/notebooks/") + name;
}

bool haveNbformat()
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import nbformat")});
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

/** nbformat.validate on the file; returns the error text, or empty when valid. */
QString validate(const QString &path)
{
    const test::CommandResult r = test::runProgram(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"), QStringLiteral("import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], 4))"), path});
    return r.exitCode == 0 ? QString() : r.errText() + r.outText() + QStringLiteral(" (exit %1)").arg(r.exitCode);
}

QJsonObject jsonOf(const QByteArray &data)
{
    return QJsonDocument::fromJson(data).object();
}

} // namespace

class TestNotebookFormat : public QObject
{
    Q_OBJECT

private slots:
    void writesExactlyWhatJupyterWrites();
    void keepsUnknownFields();
    void writesValidNotebooks();
    void upgradesNotebooksWithoutIds();
    void reportsBrokenJsonWithLineAndColumn();
    void refusesWhatIsNotANotebook_data();
    void refusesWhatIsNotANotebook();
    void typesParametersAsPythonLiterals_data();
    void typesParametersAsPythonLiterals();
    void injectsParametersAfterTheParametersCell();
    void injectedCellIsPythonThatSetsTheValues();
    void refusesBadParameterNames();
    void readsTheParametersCell();
    void typesValuesLikeTheirDefaults_data();
    void typesValuesLikeTheirDefaults();
};

void TestNotebookFormat::writesExactlyWhatJupyterWrites()
{
    // rich.ipynb was written by nbformat itself: reading and writing it changes no byte.
    const QByteArray original = test::readFile(dataFile(QStringLiteral("rich.ipynb")));
    QVERIFY(!original.isEmpty());
    Result<Notebook> nb = NotebookFormat::parse(original, QStringLiteral("rich.ipynb"));
    QVERIFY2(nb, qPrintable(nb ? QString() : nb.error().toString()));
    QCOMPARE(nb->cells.size(), 6);
    QCOMPARE(nb->cells.at(0).source, QStringLiteral("# Title — ünïcødé\n\nSome *text* with an ![image](attachment:dot.png).\n"));
    QCOMPARE(nb->cells.at(1).tags(), QStringList{QStringLiteral("parameters")});
    QCOMPARE(nb->cells.at(2).executionCount.value_or(-1), 2);
    QCOMPARE(nb->cells.at(2).outputs.at(0).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("a\nb\n"));
    QCOMPARE(nb->kernelName(), QStringLiteral("python3"));
    QCOMPARE(QString::fromUtf8(NotebookFormat::serialize(*nb)), QString::fromUtf8(original));
}

void TestNotebookFormat::keepsUnknownFields()
{
    const QByteArray input = R"({
      "cells": [
        {"cell_type": "code", "id": "a", "metadata": {"x_meta": {"deep": [1, 2]}}, "source": ["x = 1\n", "y = 2"],
         "execution_count": 7, "x_cell_field": {"kept": true},
         "outputs": [{"output_type": "x_future_output", "payload": [1, "two"]},
                     {"output_type": "stream", "name": "stdout", "text": ["one\n", "two\n"]}]},
        {"cell_type": "raw", "id": "b", "metadata": {}, "source": "?", "x_body": 3}
      ],
      "metadata": {"x_tool": {"version": 2.5, "on": true}},
      "nbformat": 4, "nbformat_minor": 5, "x_top_level": "kept"
    })";
    Result<Notebook> nb = NotebookFormat::parse(input);
    QVERIFY(nb);
    QCOMPARE(nb->cells.at(0).source, QStringLiteral("x = 1\ny = 2"));
    const QJsonObject written = jsonOf(NotebookFormat::serialize(*nb));
    QCOMPARE(written.value(QStringLiteral("x_top_level")).toString(), QStringLiteral("kept"));
    QCOMPARE(written.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("x_tool")).toObject().value(QStringLiteral("version")).toDouble(), 2.5);
    const QJsonObject cell = written.value(QStringLiteral("cells")).toArray().at(0).toObject();
    QCOMPARE(cell.value(QStringLiteral("x_cell_field")).toObject().value(QStringLiteral("kept")).toBool(), true);
    QCOMPARE(cell.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("x_meta")).toObject().value(QStringLiteral("deep")).toArray().size(), 2);
    QCOMPARE(cell.value(QStringLiteral("execution_count")).toInt(), 7);
    const QJsonArray outputs = cell.value(QStringLiteral("outputs")).toArray();
    QCOMPARE(outputs.at(0).toObject().value(QStringLiteral("output_type")).toString(), QStringLiteral("x_future_output"));
    QCOMPARE(outputs.at(0).toObject().value(QStringLiteral("payload")).toArray().at(1).toString(), QStringLiteral("two"));
    const QJsonObject future = written.value(QStringLiteral("cells")).toArray().at(1).toObject();
    QCOMPARE(future.value(QStringLiteral("cell_type")).toString(), QStringLiteral("raw"));
    QCOMPARE(future.value(QStringLiteral("x_body")).toInt(), 3);
    // A second round changes nothing.
    Result<Notebook> again = NotebookFormat::parse(NotebookFormat::serialize(*nb));
    QVERIFY(again);
    QCOMPARE(NotebookFormat::serialize(*again), NotebookFormat::serialize(*nb));
}

void TestNotebookFormat::writesValidNotebooks()
{
    MLOPS_REQUIRE(haveNbformat(), QStringLiteral("/usr/bin/python3 cannot import nbformat (apt install python3-nbformat)"));
    Result<Notebook> nb = NotebookFormat::read(dataFile(QStringLiteral("rich.ipynb")));
    QVERIFY(nb);
    // Edits as the studio makes them: new cells, outputs, tags, kernel.
    NotebookCell cell = NotebookCell::make(QStringLiteral("code"), QStringLiteral("print('ü')\n"));
    cell.executionCount = 9;
    cell.outputs.append(QJsonObject{{QStringLiteral("output_type"), QStringLiteral("stream")},
                                    {QStringLiteral("name"), QStringLiteral("stdout")},
                                    {QStringLiteral("text"), QStringLiteral("ü\n\x1b[31mred\x1b[0m\n")}});
    cell.outputs.append(QJsonObject{{QStringLiteral("output_type"), QStringLiteral("display_data")},
                                    {QStringLiteral("data"), QJsonObject{{QStringLiteral("text/plain"), QStringLiteral("x")},
                                                                         {QStringLiteral("application/vnd.mlops.metrics+json"),
                                                                          QJsonObject{{QStringLiteral("name"), QStringLiteral("acc")}}}}},
                                    {QStringLiteral("transient"), QJsonObject{{QStringLiteral("display_id"), QStringLiteral("d")}}}});
    cell.setTags({QStringLiteral("injected-parameters")});
    nb->cells.insert(2, cell);
    nb->cells.append(NotebookCell::make(QStringLiteral("markdown"), QString()));
    nb->setKernelSpec(QStringLiteral("python3"), QStringLiteral("Python 3"), QStringLiteral("python"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/written.ipynb"));
    QVERIFY(NotebookFormat::write(path, *nb));
    const QString invalid = validate(path);
    QVERIFY2(invalid.isEmpty(), qPrintable(invalid));
    // The transient display id is not written (nbformat drops it too).
    QVERIFY(!test::readFile(path).contains("transient"));
}

void TestNotebookFormat::upgradesNotebooksWithoutIds()
{
    MLOPS_REQUIRE(haveNbformat(), QStringLiteral("/usr/bin/python3 cannot import nbformat (apt install python3-nbformat)"));
    const QByteArray old = R"({"cells": [{"cell_type": "code", "metadata": {}, "source": "1", "outputs": [], "execution_count": null},
                                        {"cell_type": "markdown", "metadata": {}, "source": "# t"}],
                              "metadata": {}, "nbformat": 4, "nbformat_minor": 2})";
    Result<Notebook> nb = NotebookFormat::parse(old);
    QVERIFY(nb);
    QVERIFY(!nb->cells.at(0).id.isEmpty());
    QVERIFY(nb->cells.at(0).id != nb->cells.at(1).id);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.ipynb"));
    QVERIFY(NotebookFormat::write(path, *nb));
    QCOMPARE(jsonOf(test::readFile(path)).value(QStringLiteral("nbformat_minor")).toInt(), 5);
    const QString invalid = validate(path);
    QVERIFY2(invalid.isEmpty(), qPrintable(invalid));
}

void TestNotebookFormat::reportsBrokenJsonWithLineAndColumn()
{
    const QString path = dataFile(QStringLiteral("broken.ipynb"));
    Result<Notebook> nb = NotebookFormat::read(path);
    QVERIFY(!nb);
    QVERIFY(nb.error().isBadInput());
    QCOMPARE(nb.error().file, path);
    QCOMPARE(nb.error().line, 7);
    QVERIFY(nb.error().column > 0);
    QVERIFY2(nb.error().toString().startsWith(path + QStringLiteral(":7:")), qPrintable(nb.error().toString()));

    Result<Notebook> missing = NotebookFormat::read(dataFile(QStringLiteral("no-such.ipynb")));
    QVERIFY(!missing);
    QVERIFY(missing.error().toString().contains(QStringLiteral("no-such.ipynb")));
}

void TestNotebookFormat::refusesWhatIsNotANotebook_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
    QTest::newRow("no version") << QByteArray(R"({"cells": []})") << QStringLiteral("no nbformat version");
    QTest::newRow("version 3") << QByteArray(R"({"nbformat": 3, "worksheets": []})") << QStringLiteral("version 3");
    QTest::newRow("cells not a list") << QByteArray(R"({"nbformat": 4, "cells": 3})") << QStringLiteral("no list of cells");
    QTest::newRow("cell without type") << QByteArray(R"({"nbformat": 4, "cells": [{"source": ""}]})")
                                       << QStringLiteral("cell 1 has no cell_type");
    QTest::newRow("unknown cell type")
        << QByteArray(R"({"nbformat": 4, "cells": [{"cell_type": "code", "source": ""}, {"cell_type": "weird", "source": ""}]})")
        << QStringLiteral("cell 2: unknown cell_type 'weird'");
    QTest::newRow("bad source") << QByteArray(R"({"nbformat": 4, "cells": [{"cell_type": "code", "source": 5}]})")
                                << QStringLiteral("source must be");
    QTest::newRow("bad output") << QByteArray(R"({"nbformat": 4, "cells": [{"cell_type": "code", "source": "", "outputs": [{}]}]})")
                                << QStringLiteral("no output_type");
}

void TestNotebookFormat::refusesWhatIsNotANotebook()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    Result<Notebook> nb = NotebookFormat::parse(json, QStringLiteral("x.ipynb"));
    QVERIFY(!nb);
    QVERIFY(nb.error().isBadInput());
    QVERIFY2(nb.error().toString().contains(expected), qPrintable(nb.error().toString()));
    QVERIFY(nb.error().toString().startsWith(QStringLiteral("x.ipynb")));
}

void TestNotebookFormat::typesParametersAsPythonLiterals_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("literal");
    QTest::newRow("int") << QStringLiteral("42") << QStringLiteral("42");
    QTest::newRow("negative int") << QStringLiteral("-7") << QStringLiteral("-7");
    QTest::newRow("leading zeros") << QStringLiteral("007") << QStringLiteral("7");
    QTest::newRow("float") << QStringLiteral("0.25") << QStringLiteral("0.25");
    QTest::newRow("exponent") << QStringLiteral("1e-3") << QStringLiteral("1e-3");
    QTest::newRow("bool") << QStringLiteral("True") << QStringLiteral("True");
    QTest::newRow("none") << QStringLiteral("None") << QStringLiteral("None");
    QTest::newRow("inf") << QStringLiteral("inf") << QStringLiteral("float(\"inf\")");
    QTest::newRow("string") << QStringLiteral("gini") << QStringLiteral("\"gini\"");
    QTest::newRow("lowercase true is text") << QStringLiteral("true") << QStringLiteral("\"true\"");
    QTest::newRow("quotes and backslash") << QStringLiteral("a\"b\\c") << QStringLiteral("\"a\\\"b\\\\c\"");
    QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
}

void TestNotebookFormat::typesParametersAsPythonLiterals()
{
    QFETCH(QString, value);
    QFETCH(QString, literal);
    QCOMPARE(NotebookParameter::toPythonLiteral(value), literal);
}

void TestNotebookFormat::injectsParametersAfterTheParametersCell()
{
    Result<Notebook> nb = NotebookFormat::read(dataFile(QStringLiteral("rich.ipynb")));
    QVERIFY(nb);
    QList<NotebookParameter> params;
    for (const QString &a : {QStringLiteral("alpha=0.9"), QStringLiteral("beta=x"), QStringLiteral("alpha=0.8")})
        params.append(*NotebookParameter::parse(a));
    const int at = injectParameters(*nb, params);
    QCOMPARE(at, 2);  // after the cell tagged "parameters" (index 1)
    QCOMPARE(nb->cells.at(at).tags(), QStringList{QStringLiteral("injected-parameters")});
    QCOMPARE(nb->cells.at(at).source, QStringLiteral("# Parameters\nalpha = 0.8\nbeta = \"x\""));
    // The metadata keeps the values typed, as JSON.
    const QJsonObject recorded = nb->metadata.value(QStringLiteral("mlops")).toObject().value(QStringLiteral("parameters")).toObject();
    QCOMPARE(recorded.value(QStringLiteral("alpha")).toDouble(), 0.8);
    QCOMPARE(recorded.value(QStringLiteral("beta")).toString(), QStringLiteral("x"));

    // Running again replaces the injected cell instead of adding a second one.
    const int cellsBefore = int(nb->cells.size());
    QVERIFY(injectParameters(*nb, {*NotebookParameter::parse(QStringLiteral("alpha=1"))}) == 2);
    QCOMPARE(int(nb->cells.size()), cellsBefore);
    QCOMPARE(nb->cells.at(2).source, QStringLiteral("# Parameters\nalpha = 1"));

    // Without a parameters cell, the injected one goes first.
    Notebook plain;
    plain.cells.append(NotebookCell::make(QStringLiteral("code"), QStringLiteral("print(1)")));
    QCOMPARE(injectParameters(plain, params), 0);
    QCOMPARE(injectParameters(plain, {}), -1);
}

void TestNotebookFormat::injectedCellIsPythonThatSetsTheValues()
{
    Notebook nb;
    QList<NotebookParameter> params;
    for (const QString &a : {QStringLiteral("n=3"), QStringLiteral("rate=2.5e-2"), QStringLiteral("on=False"),
                             QStringLiteral("name=it's \"quoted\"\ttab ü"), QStringLiteral("nothing=None")})
        params.append(*NotebookParameter::parse(a));
    injectParameters(nb, params);
    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("params.py"));
    QVERIFY(test::writeFile(script, nb.cells.at(0).source.toUtf8()
                                        + "\nimport json\nprint(json.dumps([n, rate, on, name, nothing]))\n"));
    const test::CommandResult r = test::runProgram(QStringLiteral("/usr/bin/python3"), {script});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.outText().trimmed(), QStringLiteral("[3, 0.025, false, \"it's \\\"quoted\\\"\\ttab \\u00fc\", null]"));
}

void TestNotebookFormat::refusesBadParameterNames()
{
    for (const QString &bad : {QStringLiteral("=1"), QStringLiteral("1x=2"), QStringLiteral("a-b=2"),
                               QStringLiteral("class=3"), QStringLiteral("novalue")}) {
        Result<NotebookParameter> p = NotebookParameter::parse(bad);
        QVERIFY2(!p, qPrintable(bad));
        QVERIFY(p.error().isBadInput());
    }
    Result<NotebookParameter> spaced = NotebookParameter::parse(QStringLiteral("x=a=b"));
    QVERIFY(spaced);
    QCOMPARE(spaced->value, QStringLiteral("a=b"));
    // Python 3 names may use any script.
    for (const QString &name : {QStringLiteral("é"), QStringLiteral("größe"), QStringLiteral("λ_2")})
        QVERIFY2(NotebookParameter::parse(name + QStringLiteral("=1")), qPrintable(name));
    QVERIFY(!NotebookParameter::parse(QStringLiteral("2é=1")));
    // Spaces around the value go, as around the name.
    Result<NotebookParameter> padded = NotebookParameter::parse(QStringLiteral(" a = 5 "));
    QVERIFY(padded);
    QCOMPARE(padded->name, QStringLiteral("a"));
    QCOMPARE(padded->value, QStringLiteral("5"));
    QCOMPARE(padded->pythonLiteral, QStringLiteral("5"));
    QCOMPARE(padded->jsonValue(), QJsonValue(5));
}

void TestNotebookFormat::readsTheParametersCell()
{
    const QList<ParametersCell::Parameter> params = ParametersCell::parse(QStringLiteral(
        "# defaults\n"
        "rate = 0.1  # learning rate\n"
        "epochs: int = 3\n"
        "name = 'it\\'s # not a comment'\n"
        "on = True\n"
        "nothing = None\n"
        "layers = [64, 32]\n"
        "big = 1_000\n"
        "rate = 0.2\n"
        "if on:\n"
        "    hidden = 1\n"
        "x == 3\n"));
    QStringList names;
    for (const ParametersCell::Parameter &p : params)
        names.append(p.name);
    // Top-level assignments only; a name assigned twice counts once, with its last value.
    QCOMPARE(names, (QStringList{QStringLiteral("epochs"), QStringLiteral("name"), QStringLiteral("on"),
                                 QStringLiteral("nothing"), QStringLiteral("layers"), QStringLiteral("big"),
                                 QStringLiteral("rate")}));
    QMap<QString, ParametersCell::Parameter> byName;
    for (const ParametersCell::Parameter &p : params)
        byName.insert(p.name, p);
    QCOMPARE(byName.value(QStringLiteral("rate")).text, QStringLiteral("0.2"));
    QCOMPARE(byName.value(QStringLiteral("rate")).value.toDouble(), 0.2);
    QCOMPARE(byName.value(QStringLiteral("epochs")).value, QJsonValue(3));
    QCOMPARE(byName.value(QStringLiteral("name")).text, QStringLiteral("it's # not a comment"));
    QCOMPARE(byName.value(QStringLiteral("on")).value, QJsonValue(true));
    QCOMPARE(byName.value(QStringLiteral("nothing")).text, QStringLiteral("None"));
    QVERIFY(byName.value(QStringLiteral("nothing")).value.isNull());
    QCOMPARE(byName.value(QStringLiteral("big")).value, QJsonValue(1000));
    QVERIFY(!byName.value(QStringLiteral("layers")).literal);   // known, but no literal default

    Notebook nb;
    nb.cells.append(NotebookCell::make(QStringLiteral("code"), QStringLiteral("a = 1")));
    QVERIFY(!ParametersCell::of(nb).exists());
    NotebookCell tagged = NotebookCell::make(QStringLiteral("code"), QStringLiteral("b = 'x'"));
    tagged.setTags({QStringLiteral("parameters")});
    nb.cells.append(tagged);
    const ParametersCell cell = ParametersCell::of(nb);
    QCOMPARE(cell.index, 1);
    QCOMPARE(cell.names(), QStringList{QStringLiteral("b")});
}

void TestNotebookFormat::typesValuesLikeTheirDefaults_data()
{
    QTest::addColumn<QString>("defaults");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("literal");
    QTest::addColumn<QString>("recorded");
    QTest::addColumn<QString>("warning");
    // "false" is a non-empty string, so True in an `if`: a flag takes true/false in any case.
    QTest::newRow("false for a flag") << "shuffle = True" << "false" << "False" << "False" << "";
    QTest::newRow("TRUE for a flag") << "shuffle = False" << "TRUE" << "True" << "True" << "";
    QTest::newRow("0 for a flag") << "shuffle = False" << "0" << "0" << "0" << "";
    QTest::newRow("word for a flag") << "shuffle = False" << "no" << "\"no\"" << "no"
                                     << "the parameter 'shuffle' is True or False in the parameters cell "
                                        "(shuffle = False); 'no' is passed as \"no\"";
    // An id or a name stays text when the default is text: no lost leading zeros.
    QTest::newRow("digits for a string") << "run_id = 'a'" << "007" << "\"007\"" << "007" << "";
    QTest::newRow("year for a string") << "tag: str = \"x\"" << "2024" << "\"2024\"" << "2024" << "";
    QTest::newRow("None for a string") << "run_id = 'a'" << "None" << "None" << "None" << "";
    QTest::newRow("grouped digits") << "n = 10" << "1_000" << "1000" << "1000" << "";
    QTest::newRow("float for an int") << "n = 10" << "0.5" << "0.5" << "0.5" << "";
    QTest::newRow("word for a number") << "n = 10" << "abc" << "\"abc\"" << "abc"
                                       << "the parameter 'n' is a number in the parameters cell (n = 10); "
                                          "'abc' is not a number, so it is passed as the string \"abc\"";
    QTest::newRow("None default") << "depth = None" << "007" << "7" << "007" << "";
    QTest::newRow("expression default") << "layers = [1, 2]" << "true" << "\"true\"" << "true" << "";
}

void TestNotebookFormat::typesValuesLikeTheirDefaults()
{
    QFETCH(QString, defaults);
    QFETCH(QString, given);
    QFETCH(QString, literal);
    QFETCH(QString, recorded);
    QFETCH(QString, warning);
    const QList<ParametersCell::Parameter> cell = ParametersCell::parse(defaults);
    QCOMPARE(cell.size(), 1);
    Result<NotebookParameter> p = NotebookParameter::parse(cell.first().name + QLatin1Char('=') + given);
    QVERIFY(p);
    QCOMPARE(p->typeLike(cell.first()), warning);
    QCOMPARE(p->pythonLiteral, literal);
    QCOMPARE(p->value, recorded);
}

QTEST_GUILESS_MAIN(TestNotebookFormat)
#include "tst_notebookformat.moc"
