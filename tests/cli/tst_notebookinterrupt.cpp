// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// `mlops notebook run` stopped from outside: Ctrl-C, SIGTERM, kill -9.

#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest/QtTest>

#include <csignal>

using namespace mlops;
using namespace mlops::test;

namespace {

QByteArray notebookJson(const QStringList &sources)
{
    QJsonArray cells;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        cells.append(QJsonObject{{QStringLiteral("cell_type"), QStringLiteral("code")},
                                 {QStringLiteral("id"), QStringLiteral("c%1").arg(i)},
                                 {QStringLiteral("metadata"), QJsonObject()},
                                 {QStringLiteral("source"), sources.at(i)},
                                 {QStringLiteral("outputs"), QJsonArray()},
                                 {QStringLiteral("execution_count"), QJsonValue()}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("cells"), cells},
                                     {QStringLiteral("metadata"), QJsonObject()},
                                     {QStringLiteral("nbformat"), 4},
                                     {QStringLiteral("nbformat_minor"), 5}})
        .toJson();
}

QString validate(const QString &path)
{
    const CommandResult r = runProgram(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"), QStringLiteral("import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], 4))"), path});
    return r.exitCode == 0 ? QString() : r.errText() + r.outText();
}

QJsonObject onlyRun(const QString &root)
{
    const QJsonArray runs = QJsonDocument::fromJson(runCli({QStringLiteral("runs"), QStringLiteral("--json")}, root).out).array();
    return runs.size() == 1 ? runs.at(0).toObject() : QJsonObject();
}

/** A sleeping notebook: the first cell takes a second, the second sleeps a minute. */
void writeSleeper(const TempWorkspace &ws)
{
    QVERIFY(writeFile(ws.path(QStringLiteral("notebooks/sleeper.ipynb")), notebookJson({
        QStringLiteral("import time\ntime.sleep(1.0)\nprint('first done')"),
        QStringLiteral("time.sleep(60)\nprint('second', 'done')"),
        QStringLiteral("open('never.txt', 'w').write('ran')"),
    })));
}

/** Starts the run and waits until the first cell has ended (its progress line). */
bool startAndWaitForFirstCell(QProcess &process, const TempWorkspace &ws, QByteArray &err)
{
    process.setWorkingDirectory(ws.root());
    process.start(cliPath(), {QStringLiteral("notebook"), QStringLiteral("run"), QStringLiteral("notebooks/sleeper.ipynb"),
                              QStringLiteral("-o"), QStringLiteral("partial.ipynb")});
    if (!process.waitForStarted(10000))
        return false;
    QElapsedTimer waited;
    waited.start();
    while (!err.contains("cell 1 ran") && waited.elapsed() < 120000 && process.state() == QProcess::Running) {
        process.waitForReadyRead(200);
        err += process.readAllStandardError();
    }
    // Well inside the second cell's sleep.
    QTest::qWait(700);
    return err.contains("cell 1 ran");
}

} // namespace

class TestNotebookInterrupt : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stopsOnASignalAndKeepsWhatRan_data();
    void stopsOnASignalAndKeepsWhatRan();
    void aKilledRunEndsWhenItWasLastSeen();
};

void TestNotebookInterrupt::initTestCase()
{
    MLOPS_REQUIRE(pythonImports(QStringLiteral("ipykernel, nbformat")),
                  QStringLiteral("/usr/bin/python3 lacks ipykernel or nbformat (apt install python3-ipykernel python3-nbformat)"));
}

void TestNotebookInterrupt::stopsOnASignalAndKeepsWhatRan_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("Ctrl-C") << int(SIGINT);
    QTest::newRow("SIGTERM") << int(SIGTERM);
}

void TestNotebookInterrupt::stopsOnASignalAndKeepsWhatRan()
{
    QFETCH(int, signalNumber);
    TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    writeSleeper(ws);
    QProcess process;
    QByteArray err;
    QVERIFY2(startAndWaitForFirstCell(process, ws, err), err.constData());
    QElapsedTimer stopping;
    stopping.start();
    ::kill(pid_t(process.processId()), signalNumber);
    QVERIFY(process.waitForFinished(60000));
    err += process.readAllStandardError();
    // Stopped promptly: the cell's minute of sleep was interrupted, not waited for.
    QVERIFY2(stopping.elapsed() < 30000, qPrintable(QString::number(stopping.elapsed())));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.contains("stopped while cell 2 ran"), err.constData());
    QVERIFY2(err.contains("partial.ipynb"), err.constData());

    // The executed notebook, up to where it stopped, valid nbformat.
    const QString out = ws.path(QStringLiteral("partial.ipynb"));
    QVERIFY(QFileInfo::exists(out));
    QCOMPARE(validate(out), QString());
    const QJsonArray cells = QJsonDocument::fromJson(readFile(out)).object().value(QStringLiteral("cells")).toArray();
    QCOMPARE(cells.size(), 3);
    const auto outputsOf = [&cells](int i) {
        return QJsonDocument(cells.at(i).toObject().value(QStringLiteral("outputs")).toArray()).toJson();
    };
    QVERIFY(outputsOf(0).contains("first done"));
    QCOMPARE(cells.at(0).toObject().value(QStringLiteral("execution_count")).toInt(), 1);
    QVERIFY2(outputsOf(1).contains("KeyboardInterrupt"), outputsOf(1).constData());
    QVERIFY(!outputsOf(1).contains("second done"));
    QVERIFY(cells.at(2).toObject().value(QStringLiteral("execution_count")).isNull());
    QVERIFY(!QFileInfo::exists(ws.path(QStringLiteral("notebooks/never.txt"))));

    // The run: Stopped, with the time it really took (the first cell alone took a second).
    const QJsonObject run = onlyRun(ws.root());
    QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("Stopped"));
    QVERIFY2(run.value(QStringLiteral("duration_ms")).toInteger() >= 1000,
             qPrintable(QString::number(run.value(QStringLiteral("duration_ms")).toInteger())));
    QVERIFY(run.value(QStringLiteral("failure_reason")).toString().contains(QStringLiteral("stopped")));
}

void TestNotebookInterrupt::aKilledRunEndsWhenItWasLastSeen()
{
    TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    writeSleeper(ws);
    QProcess process;
    QByteArray err;
    QVERIFY2(startAndWaitForFirstCell(process, ws, err), err.constData());
    ::kill(pid_t(process.processId()), SIGKILL);
    QVERIFY(process.waitForFinished(30000));
    // The run's log says when its last cell ended: the run did not end at its start.
    QJsonObject run;
    QVERIFY(QTest::qWaitFor([&] {
        run = onlyRun(ws.root());
        return run.value(QStringLiteral("status")).toString() == QStringLiteral("Interrupted");
    }, 30000));
    QVERIFY2(run.value(QStringLiteral("duration_ms")).toInteger() >= 1000,
             qPrintable(QString::number(run.value(QStringLiteral("duration_ms")).toInteger())));
}

QTEST_GUILESS_MAIN(TestNotebookInterrupt)
#include "tst_notebookinterrupt.moc"
