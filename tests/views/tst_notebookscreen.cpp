// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// The Notebook screen on the offscreen platform, with a real kernel.

#include "core/notebook/notebookformat.h"
#include "core/store/database.h"
#include "core/workspace/workspace.h"
#include "testsupport.h"
#include "views/common/theme.h"
#include "views/common/workspacesession.h"
#include "views/notebook/celleditor.h"
#include "views/notebook/cellwidget.h"
#include "views/notebook/findbar.h"
#include "views/notebook/imageoutputview.h"
#include "views/notebook/metricsoutputview.h"
#include "views/notebook/notebookdocument.h"
#include "views/notebook/notebookscreen.h"
#include "views/notebook/notebooksession.h"
#include "views/notebook/notebookview.h"
#include "views/notebook/outputarea.h"
#include "views/notebook/richoutputview.h"
#include "views/notebook/textoutputview.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QLineSeries>
#include <QValueAxis>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolBar>
#include <QUndoStack>
#include <QtTest/QtTest>

#include <algorithm>
#include <memory>

using namespace mlops;
using namespace mlops::test;

namespace {

constexpr int kRunTimeoutMs = 180000;

QByteArray notebookOf(const QStringList &codeCells, const QString &markdown = {})
{
    Notebook nb;
    if (!markdown.isEmpty())
        nb.cells.append(NotebookCell::make(QStringLiteral("markdown"), markdown));
    for (const QString &code : codeCells)
        nb.cells.append(NotebookCell::make(QStringLiteral("code"), code));
    nb.setKernelSpec(QStringLiteral("python3"), QStringLiteral("Python 3"), QStringLiteral("python"));
    return NotebookFormat::serialize(nb);
}

QStringList sources(const NotebookDocument *doc)
{
    QStringList out;
    for (int i = 0; i < doc->cellCount(); ++i)
        out.append(doc->cell(i).cellType + QLatin1Char(':') + doc->cell(i).source);
    return out;
}

/** A Notebook screen on a workspace, shown at the tour's size. */
struct Fixture
{
    explicit Fixture(const QString &root)
    {
        Result<Workspace> ws = Workspace::open(root);
        if (ws)
            session.setWorkspace(*ws);
        screen = std::make_unique<NotebookScreen>(&session);
        screen->setRecoveryPolicy(NotebookScreen::RecoveryPolicy::Discard);
        screen->resize(1100, 760);
        screen->show();
    }
    bool open(const QString &path)
    {
        screen->openNotebook(path);
        return QTest::qWaitFor([this] { return screen->document() && !screen->isBusy(); }, kRunTimeoutMs);
    }
    bool idle() { return QTest::qWaitFor([this] { return !screen->isBusy(); }, kRunTimeoutMs); }
    NotebookKernel::State kernelState() const { return screen->notebookSession()->kernel()->state(); }
    CellWidget *cell(int index) const { return screen->view()->cellWidget(index); }
    QString outputText(int index) const
    {
        QString all;
        for (TextOutputView *v : cell(index)->findChildren<TextOutputView *>()) {
            if (v->isVisibleTo(cell(index)))
                all += v->text();
        }
        return all;
    }
    void trigger(const char *action)
    {
        for (QAction *a : screen->actions()) {
            if (a->objectName() == QLatin1String(action))
                a->trigger();
        }
    }

    WorkspaceSession session;
    std::unique_ptr<NotebookScreen> screen;
};

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MLOPS_TEST_SHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestNotebookScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void runsTheDemoNotebookWithChartsAndFigures();
    void editsCellsWithUndo();
    void mergingExecutedCellsClearsTheirOutputs();
    void keepsEveryToolReachableWhenNarrow();
    void offersShortcutsForCellAndKernelCommands();
    void runsWithShiftEnterAndUndoesWithTheKeyboard();
    void interruptsAndRestarts();
    void eachBatchOfCellsIsOneRun();
    void answersInput();
    void switchesKernels();
    void reportsAKernelCrashAndKeepsEdits();
    void reportsAKernelKilledDuringRunAll();
    void recoversUnsavedEditsAfterACrash();
    void findsTextAndKeepsLongOutputsScrollable();
    void cutsVeryLongLinesInTheView();
    void chartsTheSpikeOfALongMetric();
};

void TestNotebookScreen::initTestCase()
{
    QVERIFY2(QFontMetrics(QApplication::font()).inFont(QLatin1Char('T')), "no fonts: install fonts-dejavu-core");
    MLOPS_REQUIRE(pythonImports(QStringLiteral("ipykernel")), QStringLiteral("/usr/bin/python3 cannot import ipykernel"));
    applyStudioTheme(*qobject_cast<QApplication *>(QCoreApplication::instance()));
}

void TestNotebookScreen::runsTheDemoNotebookWithChartsAndFigures()
{
    MLOPS_REQUIRE(pythonImports(QStringLiteral("pandas, sklearn, matplotlib")),
                  QStringLiteral("/usr/bin/python3 lacks pandas, scikit-learn or matplotlib"));
    TempWorkspace ws(QStringLiteral("demo"));
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    Fixture f(ws.root());
    QVERIFY(f.open(QStringLiteral("notebooks/breast-cancer.ipynb")));
    QCOMPARE(f.kernelState(), NotebookKernel::State::Idle);
    QCOMPARE(f.screen->openPath(), QStringLiteral("notebooks/breast-cancer.ipynb"));

    f.screen->runAll();
    QVERIFY(f.screen->isBusy());
    QVERIFY(f.idle());
    const NotebookDocument *doc = f.screen->document();
    for (int i = 0; i < doc->cellCount(); ++i) {
        if (!doc->cell(i).isCode())
            continue;
        QVERIFY2(doc->cell(i).executionCount.has_value(), qPrintable(doc->cell(i).source));
        QCOMPARE(f.cell(i)->promptText(), QStringLiteral("[%1]:").arg(*doc->cell(i).executionCount));
        QVERIFY(f.cell(i)->runState() == CellWidget::RunState::Idle);
    }
    // Markdown rendered, pandas tables as tables, the figure, the live chart, no errors.
    QVERIFY(f.cell(0)->isRendered());
    QVERIFY(f.cell(0)->renderedText().contains(QStringLiteral("Breast cancer")));
    bool table = false;
    for (RichOutputView *v : f.screen->findChildren<RichOutputView *>())
        table |= v->toPlainText().contains(QStringLiteral("mean_radius")) && v->toHtml().contains(QStringLiteral("<table"));
    QVERIFY(table);
    auto hasFigure = [&f] {
        for (ImageOutputView *v : f.screen->findChildren<ImageOutputView *>()) {
            if (!v->image().isNull() && v->height() > 150 && v->width() > 400)
                return true;
        }
        return false;
    };
    QTRY_VERIFY(hasFigure());
    MetricsOutputView *chart = nullptr;
    for (MetricsOutputView *v : f.screen->findChildren<MetricsOutputView *>()) {
        if (v->chartedMetrics().contains(QStringLiteral("test:log_loss")))
            chart = v;
    }
    QVERIFY(chart);
    QVERIFY(chart->pointCount(QStringLiteral("test:log_loss")) > 10);
    QVERIFY(chart->chartView()->isVisible());
    QVERIFY(chart->chartView()->chart()->series().size() >= 2);
    for (TextOutputView *v : f.screen->findChildren<TextOutputView *>())
        QVERIFY2(v->kind() != TextOutputView::Kind::Error, qPrintable(v->text()));
    saveShot(f.screen.get(), QStringLiteral("notebook-demo"));

    // The outputs are unsaved until the user saves; saving writes a valid notebook.
    QVERIFY(doc->isModified());
    QSignalSpy saved(f.screen->notebookSession(), &NotebookSession::saved);
    f.screen->save();
    QVERIFY(!doc->isModified());
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    Result<Notebook> written = NotebookFormat::read(ws.path(QStringLiteral("notebooks/breast-cancer.ipynb")));
    QVERIFY(written);
    QVERIFY(NotebookFormat::serialize(*written).contains("image/png"));

    // What the notebook logged is a run: Completed once the kernel goes.
    f.screen.reset();
    const CommandResult runs = runCli({QStringLiteral("runs"), QStringLiteral("--json")}, ws.root());
    const QJsonObject run = QJsonDocument::fromJson(runs.out).array().at(0).toObject();
    QCOMPARE(run.value(QStringLiteral("kind")).toString(), QStringLiteral("notebook"));
    QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
    QCOMPARE(run.value(QStringLiteral("name")).toString(), QStringLiteral("notebooks/breast-cancer.ipynb"));
    QVERIFY(run.value(QStringLiteral("metrics")).toObject().contains(QStringLiteral("roc_auc")));
    QCOMPARE(run.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("max_depth")).toString(), QStringLiteral("3"));
}

void TestNotebookScreen::mergingExecutedCellsClearsTheirOutputs()
{
    // Two cells that ran: what either printed is not what the merged code prints, so the
    // merged cell shows no outputs and no execution count; one undo brings both back.
    Notebook nb;
    for (int i = 0; i < 2; ++i) {
        NotebookCell cell = NotebookCell::make(QStringLiteral("code"), QStringLiteral("print(%1)").arg(i + 1));
        cell.executionCount = i + 1;
        cell.outputs.append(QJsonObject{{QStringLiteral("output_type"), QStringLiteral("stream")},
                                        {QStringLiteral("name"), QStringLiteral("stdout")},
                                        {QStringLiteral("text"), QStringLiteral("printed %1\n").arg(i + 1)}});
        nb.cells.append(cell);
    }
    nb.setKernelSpec(QStringLiteral("python3"), QStringLiteral("Python 3"), QStringLiteral("python"));
    TempWorkspace ws;
    QVERIFY(ws.isValid());
    QVERIFY(writeFile(ws.path(QStringLiteral("notebooks/ran.ipynb")), NotebookFormat::serialize(nb)));
    Fixture f(ws.root());
    QVERIFY(f.open(QStringLiteral("notebooks/ran.ipynb")));
    NotebookDocument *doc = f.screen->document();
    QCOMPARE(f.outputText(0), QStringLiteral("printed 1\n"));
    QCOMPARE(f.cell(0)->promptText(), QStringLiteral("[1]:"));

    f.screen->view()->setCurrentIndex(0);
    f.trigger("merge");
    QCOMPARE(doc->cellCount(), 1);
    QCOMPARE(doc->cell(0).source, QStringLiteral("print(1)\nprint(2)"));
    QVERIFY(doc->cell(0).outputs.isEmpty());
    QVERIFY(!doc->cell(0).executionCount.has_value());
    QCOMPARE(f.outputText(0), QString());
    QCOMPARE(f.cell(0)->promptText(), QStringLiteral("[ ]:"));

    f.trigger("undo");
    QCOMPARE(doc->cellCount(), 2);
    QCOMPARE(f.outputText(0), QStringLiteral("printed 1\n"));
    QCOMPARE(f.outputText(1), QStringLiteral("printed 2\n"));
    QVERIFY(doc->cell(1).executionCount == 2);
    QCOMPARE(f.cell(1)->promptText(), QStringLiteral("[2]:"));
    QVERIFY(!doc->isModified());
}

void TestNotebookScreen::keepsEveryToolReachableWhenNarrow()
{
    TempWorkspace ws;
    QVERIFY(ws.isValid());
    QVERIFY(writeFile(ws.path(QStringLiteral("notebooks/edit.ipynb")), notebookOf({QStringLiteral("a = 1")})));
    Fixture f(ws.root());
    QVERIFY(f.open(QStringLiteral("notebooks/edit.ipynb")));
    // Narrower than both tool bars side by side (a long translation has the same effect):
    // the run and kernel tools move to a second row instead of dropping off the end.
    f.screen->resize(700, 600);
    QTRY_VERIFY(f.screen->findChild<QToolBar *>(QStringLiteral("notebookRunTools"))->y()
                > f.screen->findChild<QToolBar *>(QStringLiteral("notebookToolbar"))->y());
    for (const char *id : {"addCode", "merge", "run", "runAll", "interrupt", "restart", "clearOutputs"}) {
        QAction *action = nullptr;
        for (QAction *a : f.screen->actions()) {
            if (a->objectName() == QLatin1String(id))
                action = a;
        }
        QVERIFY2(action, id);
        QWidget *button = nullptr;
        for (QToolBar *bar : f.screen->findChildren<QToolBar *>()) {
            if (QWidget *w = bar->widgetForAction(action))
                button = w;
        }
        QVERIFY2(button && button->isVisible(), id);
        const QRect onScreen(button->mapTo(f.screen.get(), QPoint(0, 0)), button->size());
        QVERIFY2(f.screen->rect().contains(onScreen), id);
    }
}

void TestNotebookScreen::offersShortcutsForCellAndKernelCommands()
{
    TempWorkspace ws;
    QVERIFY(ws.isValid());
    QVERIFY(writeFile(ws.path(QStringLiteral("notebooks/keys.ipynb")),
                      notebookOf({QStringLiteral("a = 1"), QStringLiteral("b = 2")})));
    Fixture f(ws.root());
    QVERIFY(f.open(QStringLiteral("notebooks/keys.ipynb")));
    // Each has a shortcut, shown in its tooltip, and no two actions share one.
    QHash<QString, QString> owner;
    for (const char *id : {"addCode", "deleteCell", "merge", "runAbove", "runAll", "interrupt", "restart"}) {
        QAction *action = nullptr;
        for (QAction *a : f.screen->actions()) {
            if (a->objectName() == QLatin1String(id))
                action = a;
        }
        QVERIFY2(action && !action->shortcut().isEmpty(), id);
        QVERIFY2(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)), qPrintable(action->toolTip()));
    }
    for (QAction *a : f.screen->actions()) {
        for (const QKeySequence &key : a->shortcuts()) {
            const QString k = key.toString(QKeySequence::PortableText);
            QVERIFY2(!owner.contains(k), qPrintable(k + QStringLiteral(": ") + owner.value(k) + QStringLiteral(" and ") + a->objectName()));
            owner.insert(k, a->objectName());
        }
    }
    // They work from inside a cell's editor.
    f.screen->activateWindow();
    f.screen->view()->setCurrentIndex(0);
    f.cell(0)->editor()->setFocus();
    QTRY_VERIFY(f.cell(0)->editor()->hasFocus());
    QTest::keyClick(f.cell(0)->editor(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(f.screen->document()->cellCount(), 3);
    f.screen->view()->setCurrentIndex(1);
    f.cell(1)->editor()->setFocus();
    QTest::keyClick(f.cell(1)->editor(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(f.screen->document()->cellCount(), 2);
    f.screen->view()->setCurrentIndex(0);
    f.cell(0)->editor()->setFocus();
    QTest::keyClick(f.cell(0)->editor(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(f.idle());
    QTRY_VERIFY(f.screen->document()->cell(1).executionCount.has_value());
}

void TestNotebookScreen::editsCellsWithUndo()
{
    TempWorkspace ws;
    QVERIFY(ws.isValid());
    QVERIFY(writeFile(ws.path(QStringLiteral("notebooks/edit.ipynb")),
                      notebookOf({QStringLiteral("a = 1\nb = 2"), QStringLiteral("print(a)")}, QStringLiteral("# Title"))));
    Fixture f(ws.root());
    QVERIFY(f.open(QStringLiteral("notebooks/edit.ipynb")));
    NotebookDocument *doc = f.screen->document();
    const QStringList original = sources(doc);
    QVERIFY(!doc->isModified());

    f.screen->view()->setCurrentIndex(1);
    f.trigger("addCode");                        // below the current cell
    QCOMPARE(doc->cellCount(), 4);
    QCOMPARE(f.screen->view()->currentIndex(), 2);
    f.cell(2)->editor()->setText(QStringLiteral("c = 3"));  // typing
    QCOMPARE(doc->cell(2).source, QStringLiteral("c = 3"));
    f.trigger("moveUp");
    QCOMPARE(doc->cell(1).source, QStringLiteral("c = 3"));
    f.screen->view()->setCurrentIndex(2);
    f.cell(2)->editor()->setCursorOffset(5);     // after "a = 1"
    f.trigger("split");
    QCOMPARE(doc->cell(2).source, QStringLiteral("a = 1"));
    QCOMPARE(doc->cell(3).source, QStringLiteral("b = 2"));
    f.screen->view()->setCurrentIndex(3);
    f.trigger("merge");
    QCOMPARE(doc->cell(3).source, QStringLiteral("b = 2\nprint(a)"));
    doc->changeCellType(3, QStringLiteral("markdown"));
    QCOMPARE(f.cell(3)->cellType(), QStringLiteral("markdown"));
    f.screen->view()->setCurrentIndex(0);
    f.trigger("deleteCell");
    QCOMPARE(doc->cellCount(), 3);
    QVERIFY(doc->isModified());

    // One undo step per verb, back to the file as it was.
    while (doc->undoStack()->canUndo())
        f.trigger("undo");
    QCOMPARE(sources(doc), original);
    QVERIFY(!doc->isModified());
    QCOMPARE(f.cell(2)->editor()->text(), QStringLiteral("print(a)"));
    while (doc->undoStack()->canRedo())
        f.trigger("redo");
    QCOMPARE(doc->cellCount(), 3);
    QCOMPARE(doc->cell(2).cellType, QStringLiteral("markdown"));
}

void TestNotebookScreen::runsWithShiftEnterAndUndoesWithTheKeyboard()
{
    TempWorkspace ws;
    QVERIFY(ws.isValid());
    QVERIFY(writeFile(ws.path(QStringLiteral("notebooks/keys.ipynb")),
                      notebookOf({QStringLiteral("print(6 * 7)"), QString()})));
    Fixture f(ws.root());
    QVERIFY(f.open(QStringLiteral("notebooks/keys.ipynb")));
    f.screen->activateWindow();
    CellEditor *first = f.cell(0)->editor();
    first->setFocus();
    QTRY_VERIFY(first->hasFocus());
    QTest::keyClick(first, Qt::Key_Return, Qt::ShiftModifier);
    // The cell runs (no new line in it) and the next cell gets the cursor.
    QCOMPARE(f.screen->document()->cell(0).source, QStringLiteral("print(6 * 7)"));
    QTRY_COMPARE(f.screen->view()->currentIndex(), 1);
    QVERIFY(f.idle());
    QTRY_COMPARE(f.outputText(0), QStringLiteral("42\n"));

    CellEditor *second = f.cell(1)->editor();
    QTRY_VERIFY(second->hasFocus());
    QTest::keyClicks(second, QStringLiteral("x = 1"));
    QCOMPARE(f.screen->document()->cell(1).source, QStringLiteral("x = 1"));
    QTest::keyClick(second, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(f.screen->document()->cell(1).source, QString());
    QCOMPARE(second->text(), QString());
    QTest::keyClick(second, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(second->text(), QStringLiteral("x = 1"));
}

void TestNotebookScreen::interruptsAndRestarts()
{
    TempWorkspace ws;
    QVERIFY(ws.isValid());
    QVERIFY(writeFile(ws.path(QStringLiteral("notebooks/sleep.ipynb")),
                      notebookOf({QStringLiteral("x = 42"), QStringLiteral("import time\nprint('sleeping', flush=True)\ntime.sleep(120)"),
                                  QStringLiteral("print('never')"), QStringLiteral("x")})));
    Fixture f(ws.root());
    QVERIFY(f.open(QStringLiteral("notebooks/sleep.ipynb")));
    f.screen->view()->setCurrentIndex(0);
    f.screen->runCurrent(true);
    f.screen->runCurrent(true);
    f.screen->runCurrent(true);
    QTRY_VERIFY_WITH_TIMEOUT(f.outputText(1).contains(QStringLiteral("sleeping")), kRunTimeoutMs);
    QCOMPARE(f.cell(1)->runState(), CellWidget::RunState::Running);
    QCOMPARE(f.cell(1)->promptText(), QStringLiteral("[*]:"));
    QCOMPARE(f.cell(2)->runState(), CellWidget::RunState::Queued);
    f.trigger("interrupt");
    QVERIFY(f.idle());
    QCOMPARE(f.cell(1)->runState(), CellWidget::RunState::Failed);
    QTRY_VERIFY2(f.outputText(1).contains(QStringLiteral("KeyboardInterrupt")), qPrintable(f.outputText(1)));
    // Stop on error: the queued cell did not run.
    QVERIFY(!f.screen->document()->cell(2).executionCount);

    f.trigger("restart");
    QTRY_VERIFY_WITH_TIMEOUT(f.kernelState() == NotebookKernel::State::Idle, kRunTimeoutMs);
    f.screen->view()->setCurrentIndex(3);
    f.screen->runCurrent(false);
    QVERIFY(f.idle());
    QTRY_VERIFY2(f.outputText(3).contains(QStringLiteral("NameError")), qPrintable(f.outputText(3)));
    QCOMPARE(f.screen->document()->cell(3).executionCount.value_or(0), 1);
}

void TestNotebookScreen::eachBatchOfCellsIsOneRun()
{
    TempWorkspace ws;
    QVERIFY(ws.isValid());
    Notebook nb;
    NotebookCell parameters = NotebookCell::make(QStringLiteral("code"), QStringLiteral("lr = 0.1\nname = 'x'  # who"));
    parameters.setTags({QStringLiteral("parameters")});
    nb.cells.append(parameters);
    nb.cells.append(NotebookCell::make(QStringLiteral("code"),
                                       QStringLiteral("import mlops_studio, os\nmlops_studio.log_metric('m', lr)\n"
                                                      "if os.path.exists('fail-now'):\n    raise ValueError('boom')")));
    nb.setKernelSpec(QStringLiteral("python3"), QStringLiteral("Python 3"), QStringLiteral("python"));
    QVERIFY(writeFile(ws.path(QStringLiteral("notebooks/batches.ipynb")), NotebookFormat::serialize(nb)));
    const QString root = ws.root();
    auto runs = [&root] {
        return QJsonDocument::fromJson(runCli({QStringLiteral("runs"), QStringLiteral("--json")}, root).out).array();
    };
    auto count = [&runs](const QString &status) {
        int n = 0;
        for (const QJsonValue &v : runs())
            n += v.toObject().value(QStringLiteral("status")).toString() == status;
        return n;
    };
    Fixture f(ws.root());
    QVERIFY(f.open(QStringLiteral("notebooks/batches.ipynb")));

    // Run all: one run, ended as soon as the cells are done, while the notebook stays open.
    f.screen->runAll();
    QVERIFY(f.idle());
    QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("Completed")), 1, 20000);
    QCOMPARE(runs().size(), 1);
    const QJsonObject first = runs().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("lr")).toString(), QStringLiteral("0.1"));
    QCOMPARE(first.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("x"));
    QCOMPARE(first.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("m")).toDouble(), 0.1);

    // Run all again: a second run.
    f.screen->runAll();
    QVERIFY(f.idle());
    QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("Completed")), 2, 20000);
    QCOMPARE(runs().size(), 2);

    // A batch whose cell fails is a Failed run, with the error.
    QVERIFY(writeFile(ws.path(QStringLiteral("notebooks/fail-now")), "1"));
    f.screen->runAll();
    QVERIFY(f.idle());
    QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("Failed")), 1, 20000);
    QCOMPARE(runs().size(), 3);
    for (const QJsonValue &v : runs()) {
        if (v.toObject().value(QStringLiteral("status")).toString() == QStringLiteral("Failed"))
            QVERIFY2(v.toObject().value(QStringLiteral("failure_reason")).toString().contains(QStringLiteral("ValueError: boom")),
                     qPrintable(v.toObject().value(QStringLiteral("failure_reason")).toString()));
    }
    QCOMPARE(count(QStringLiteral("Running")), 0);
}

void TestNotebookScreen::answersInput()
{
    TempWorkspace ws;
    QVERIFY(ws.isValid());
    QVERIFY(writeFile(ws.path(QStringLiteral("notebooks/ask.ipynb")),
                      notebookOf({QStringLiteral("import getpass\nname = input('Who? ')\nkey = getpass.getpass('Key: ')\n"
                                                 "print('Hello,', name, len(key))")})));
    Fixture f(ws.root());
    QVERIFY(f.open(QStringLiteral("notebooks/ask.ipynb")));
    f.screen->runCurrent(false);
    QTRY_VERIFY_WITH_TIMEOUT(f.cell(0)->isAskingInput(), kRunTimeoutMs);
    auto *field = f.cell(0)->findChild<QLineEdit *>(QStringLiteral("cellInput"));
    QVERIFY(field);
    QTest::keyClicks(field, QStringLiteral("Grace"));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(f.cell(0)->isAskingInput(), kRunTimeoutMs);
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QTest::keyClicks(field, QStringLiteral("s3cret"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(f.idle());
    // The questions and the answers stay in the output, before what the code printed;
    // a password as dots.
    const QString dots(8, QChar(0x00b7));
    QTRY_VERIFY2(f.outputText(0).contains(QStringLiteral("Who? Grace\nKey: ") + dots + QStringLiteral("\nHello, Grace 6")),
                 qPrintable(f.outputText(0)));
    QVERIFY(!f.outputText(0).contains(QStringLiteral("s3cret")));
}

void TestNotebookScreen::switchesKernels()
{
    QTemporaryDir jupyter;
    QVERIFY(writeFile(jupyter.filePath(QStringLiteral("kernels/other/kernel.json")),
                      R"({"argv": ["/usr/bin/python3", "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                          "display_name": "Other Python", "language": "python",
                          "env": {"MLOPS_TEST_KERNEL": "the other one"}})"));
    QVERIFY(writeFile(jupyter.filePath(QStringLiteral("kernels/broken/kernel.json")), "{\"argv\": [1,}"));
    qputenv("JUPYTER_PATH", jupyter.path().toUtf8());
    auto unset = qScopeGuard([] { qunsetenv("JUPYTER_PATH"); });
    TempWorkspace ws;
    QVERIFY(ws.isValid());
    QVERIFY(writeFile(ws.path(QStringLiteral("notebooks/which.ipynb")),
                      notebookOf({QStringLiteral("import os\nprint(os.environ.get('MLOPS_TEST_KERNEL'))")})));
    Fixture f(ws.root());
    QVERIFY(f.open(QStringLiteral("notebooks/which.ipynb")));
    QTRY_VERIFY(std::any_of(f.screen->kernelSpecs().begin(), f.screen->kernelSpecs().end(),
                            [](const KernelSpec &s) { return s.name == QStringLiteral("other"); }));
    auto *picker = f.screen->findChild<QComboBox *>(QStringLiteral("kernelPicker"));
    QVERIFY(picker);
    QCOMPARE(picker->currentData().toString(), QStringLiteral("python3"));
    // A broken kernelspec is listed, not selectable, with what is wrong as its tooltip.
    const int broken = picker->findData(QStringLiteral("broken"));
    QVERIFY(broken >= 0);
    QVERIFY(picker->itemText(broken).contains(QStringLiteral("broken")));
    QVERIFY(!(picker->model()->flags(picker->model()->index(broken, 0)) & Qt::ItemIsEnabled));
    QVERIFY2(picker->itemData(broken, Qt::ToolTipRole).toString().contains(QStringLiteral("kernel.json:1:")),
             qPrintable(picker->itemData(broken, Qt::ToolTipRole).toString()));
    const int other = picker->findData(QStringLiteral("other"));
    QVERIFY(other >= 0);
    picker->setCurrentIndex(other);
    emit picker->activated(other);
    QCOMPARE(f.screen->document()->notebook().kernelName(), QStringLiteral("other"));
    QVERIFY(f.screen->document()->isModified());
    QTRY_VERIFY_WITH_TIMEOUT(f.kernelState() == NotebookKernel::State::Idle, kRunTimeoutMs);
    f.screen->runCurrent(false);
    QVERIFY(f.idle());
    QTRY_COMPARE(f.outputText(0), QStringLiteral("the other one\n"));
}

void TestNotebookScreen::reportsAKernelCrashAndKeepsEdits()
{
    TempWorkspace ws;
    QVERIFY(ws.isValid());
    QVERIFY(writeFile(ws.path(QStringLiteral("notebooks/crash.ipynb")),
                      notebookOf({QStringLiteral("import os\nos._exit(7)"), QStringLiteral("print('back')")})));
    Fixture f(ws.root());
    QVERIFY(f.open(QStringLiteral("notebooks/crash.ipynb")));
    f.cell(1)->editor()->setText(QStringLiteral("print('back again')"));
    f.screen->view()->setCurrentIndex(0);
    f.screen->runCurrent(false);
    QVERIFY(f.idle());
    QCOMPARE(f.kernelState(), NotebookKernel::State::Dead);
    auto *banner = f.screen->findChild<QLabel *>(QStringLiteral("kernelBannerText"));
    QVERIFY(banner && banner->isVisibleTo(f.screen.get()));
    QVERIFY2(banner->text().contains(QStringLiteral("died")), qPrintable(banner->text()));
    QCOMPARE(f.cell(0)->runState(), CellWidget::RunState::Failed);
    // The edit is still there, and running again brings a fresh kernel.
    QCOMPARE(f.screen->document()->cell(1).source, QStringLiteral("print('back again')"));
    f.screen->restartKernel();
    QTRY_VERIFY_WITH_TIMEOUT(f.kernelState() == NotebookKernel::State::Idle, kRunTimeoutMs);
    QVERIFY(!banner->isVisibleTo(f.screen.get()));
    f.screen->view()->setCurrentIndex(1);
    f.screen->runCurrent(false);
    QVERIFY(f.idle());
    QTRY_COMPARE(f.outputText(1), QStringLiteral("back again\n"));
}

void TestNotebookScreen::reportsAKernelKilledDuringRunAll()
{
    TempWorkspace ws;
    QVERIFY(ws.isValid());
    QVERIFY(writeFile(ws.path(QStringLiteral("notebooks/killed.ipynb")),
                      notebookOf({QStringLiteral("import os, mlops_studio\nmlops_studio.log_metric('acc', 0.5)\n"
                                                 "print(os.getpid(), flush=True)"),
                                  QStringLiteral("import time\ntime.sleep(120)"), QStringLiteral("print('after')")})));
    Fixture f(ws.root());
    QVERIFY(f.open(QStringLiteral("notebooks/killed.ipynb")));
    f.screen->runAll();
    QTRY_VERIFY_WITH_TIMEOUT(f.cell(1)->runState() == CellWidget::RunState::Running, kRunTimeoutMs);
    const qint64 pid = f.outputText(0).trimmed().toLongLong();
    QVERIFY2(pid > 1, qPrintable(f.outputText(0)));
    QList<NotebookKernel::State> states;
    connect(f.screen->notebookSession()->kernel(), &NotebookKernel::stateChanged, this,
            [&states](NotebookKernel::State s) { states.append(s); });
    QVERIFY(QProcess::execute(QStringLiteral("kill"), {QStringLiteral("-9"), QString::number(pid)}) == 0);
    QVERIFY(f.idle());
    // Dead at once: never shown Idle (ready for work) in between.
    QCOMPARE(f.kernelState(), NotebookKernel::State::Dead);
    QVERIFY(!states.contains(NotebookKernel::State::Idle));
    QCOMPARE(f.cell(1)->runState(), CellWidget::RunState::Failed);
    // The cell says what happened, as papermill writes it, and so does the saved file.
    QTRY_VERIFY2(f.outputText(1).contains(QStringLiteral("DeadKernelError")), qPrintable(f.outputText(1)));
    QVERIFY2(f.outputText(1).contains(QStringLiteral("killed by signal 9")), qPrintable(f.outputText(1)));
    const QJsonArray outputs = f.screen->document()->cell(1).outputs;
    QCOMPARE(outputs.size(), 1);
    QCOMPARE(outputs.at(0).toObject().value(QStringLiteral("output_type")).toString(), QStringLiteral("error"));
    QVERIFY(!f.screen->document()->cell(1).executionCount.has_value());
    // The cell after it never ran.
    QVERIFY(f.screen->document()->cell(2).outputs.isEmpty());
    QVERIFY(!f.screen->document()->cell(2).executionCount.has_value());
    // The run it logged ended Failed, with the reason.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            Result<std::unique_ptr<Database>> db = Database::open(ws.path(QStringLiteral(".mlops/store.db")), false);
            if (!db)
                return false;
            Result<Statement> q = (*db)->prepare(
                QStringLiteral("SELECT status, failure_reason FROM runs WHERE kind = 'notebook'"));
            Result<bool> row = q->step();
            return row && *row && q->text(0) == QStringLiteral("Failed") && q->text(1).contains(QStringLiteral("died"));
        }(),
        20000);
}

void TestNotebookScreen::recoversUnsavedEditsAfterACrash()
{
    TempWorkspace ws;
    QVERIFY(ws.isValid());
    const QString path = ws.path(QStringLiteral("notebooks/draft.ipynb"));
    QVERIFY(writeFile(path, notebookOf({QStringLiteral("print(1)")})));
    const QByteArray onDisk = readFile(path);
    QString snapshot;
    {
        Fixture f(ws.root());
        QVERIFY(f.open(QStringLiteral("notebooks/draft.ipynb")));
        f.cell(0)->editor()->setText(QStringLiteral("print('unsaved work')"));
        f.screen->notebookSession()->autosaveNow();
        snapshot = f.screen->notebookSession()->recovery().snapshotPath();
        QTRY_VERIFY(QFileInfo::exists(snapshot));
        // The studio "crashes": the screen goes without saving or asking.
    }
    QCOMPARE(readFile(path), onDisk);
    QVERIFY(QFileInfo::exists(snapshot));

    Fixture again(ws.root());
    again.screen->setRecoveryPolicy(NotebookScreen::RecoveryPolicy::Restore);
    QVERIFY(again.open(QStringLiteral("notebooks/draft.ipynb")));
    QCOMPARE(again.screen->document()->cell(0).source, QStringLiteral("print('unsaved work')"));
    QVERIFY(again.screen->document()->isModified());
    again.screen->save();
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(snapshot), 10000);
    QVERIFY(readFile(path).contains("unsaved work"));

    // A snapshot that cannot be read is not offered, nor deleted: it is kept aside.
    QVERIFY(writeFile(snapshot, "{\"cells\": [truncated"));
    Fixture third(ws.root());
    third.screen->setRecoveryPolicy(NotebookScreen::RecoveryPolicy::Restore);
    QSignalSpy said(third.screen.get(), &Screen::statusMessage);
    QVERIFY(third.open(QStringLiteral("notebooks/draft.ipynb")));
    QVERIFY(!third.screen->document()->isModified());
    QCOMPARE(readFile(snapshot + QStringLiteral(".unreadable")), QByteArray("{\"cells\": [truncated"));
    QVERIFY(!QFileInfo::exists(snapshot));
    QVERIFY(!said.isEmpty() && said.first().first().toString().contains(QStringLiteral("cannot be read")));
}

void TestNotebookScreen::findsTextAndKeepsLongOutputsScrollable()
{
    TempWorkspace ws;
    QVERIFY(ws.isValid());
    QVERIFY(writeFile(ws.path(QStringLiteral("notebooks/long.ipynb")),
                      notebookOf({QStringLiteral("for i in range(20000):\n    print(f'\\x1b[32mline\\x1b[0m {i}')"),
                                  QStringLiteral("total = sum(range(10))  # the total")})));
    Fixture f(ws.root());
    QVERIFY(f.open(QStringLiteral("notebooks/long.ipynb")));
    f.screen->runAll();
    QVERIFY(f.idle());
    const QList<TextOutputView *> views = f.cell(0)->findChildren<TextOutputView *>();
    QCOMPARE(views.size(), 1);
    TextOutputView *out = views.first();
    QVERIFY(out->text().endsWith(QStringLiteral("line\x1b[0m 19999\n")));
    // Escape codes become colours, not text; the view scrolls instead of growing.
    QTRY_VERIFY(out->toPlainText().endsWith(QStringLiteral("line 19999")));
    QVERIFY(out->height() < 30 * out->fontMetrics().lineSpacing());
    QVERIFY(out->verticalScrollBar()->maximum() > 0);

    auto *find = f.screen->findChild<FindBar *>();
    QVERIFY(find);
    f.trigger("find");
    QVERIFY(find->isVisible());
    auto *field = find->findChild<QLineEdit *>(QStringLiteral("findField"));
    QTest::keyClicks(field, QStringLiteral("total"));
    QCOMPARE(find->matchCount(), 2);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(f.screen->view()->currentIndex(), 1);
    QCOMPARE(f.cell(1)->editor()->selectedText(), QStringLiteral("total"));

    // Next searches the cells as they are now and goes on from the cursor: a line added
    // above the match, or a cell deleted, since the search do not select the wrong text.
    NotebookDocument *doc = f.screen->document();
    doc->editCellSource(1, QStringLiteral("x = 0\n") + doc->cell(1).source);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(f.cell(1)->editor()->selectedText(), QStringLiteral("total"));
    QCOMPARE(f.cell(1)->editor()->selectionStartOffset(), 6);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(f.cell(1)->editor()->selectedText(), QStringLiteral("total"));
    QCOMPARE(f.cell(1)->editor()->selectionStartOffset(), int(doc->cell(1).source.lastIndexOf(QStringLiteral("total"))));
    QCOMPARE(find->findChild<QLabel *>(QStringLiteral("findCount"))->text(), QStringLiteral("2 of 2"));
    doc->removeCell(0);
    QTest::keyClick(field, Qt::Key_Return);   // past the last match: back to the first
    QCOMPARE(f.cell(0)->editor()->selectedText(), QStringLiteral("total"));
    QCOMPARE(f.cell(0)->editor()->selectionStartOffset(), 6);
    QCOMPARE(find->findChild<QLabel *>(QStringLiteral("findCount"))->text(), QStringLiteral("1 of 2"));
    find->findPrevious();                      // before the first: the last
    QCOMPARE(f.cell(0)->editor()->selectionStartOffset(), int(doc->cell(0).source.lastIndexOf(QStringLiteral("total"))));
}

void TestNotebookScreen::cutsVeryLongLinesInTheView()
{
    // print(list(range(300000))): one line of 2 MB, which a text layout takes seconds for.
    QString huge = QStringLiteral("\x1b[31m[");
    for (int i = 0; i < 300000; ++i)
        huge += QString::number(i) + QStringLiteral(", ");
    huge += QStringLiteral("]\x1b[0m\n");
    TextOutputView view(TextOutputView::Kind::Stream);
    view.resize(800, 400);
    view.show();
    view.setText(huge);
    const QString shown = view.toPlainText();
    QVERIFY2(shown.size() < TextOutputView::kMaxLineLength + 200, qPrintable(QString::number(shown.size())));
    QVERIFY(shown.startsWith(QStringLiteral("[0, 1, 2, 3, ")));
    QVERIFY2(shown.contains(QStringLiteral("only its first")), qPrintable(shown.right(120)));
    QCOMPARE(view.text(), huge);   // the output (and the saved file) keep it whole
    // What follows shows, streamed in pieces, in its own colour (the reset after the cut counted).
    huge += QStringLiteral("done\n");
    view.setText(huge);
    QTRY_VERIFY(view.toPlainText().endsWith(QStringLiteral("\ndone")));
    QTextCursor last(view.document()->lastBlock());
    last.movePosition(QTextCursor::EndOfBlock);
    QVERIFY(last.charFormat().foreground().color() != QColor(Qt::red));
    QVERIFY(last.charFormat().foreground().color() != view.document()->firstBlock().begin().fragment().charFormat().foreground().color());
    // A long line arriving in chunks is cut once, and short lines stay whole.
    TextOutputView chunks(TextOutputView::Kind::Stream);
    QString streamed;
    for (int i = 0; i < 40; ++i) {
        streamed += QString(400, QLatin1Char('x'));
        chunks.setText(streamed);
        QTest::qWait(i % 10 == 0 ? 40 : 0);
    }
    streamed += QStringLiteral("\nshort line\n");
    chunks.setText(streamed);
    QTRY_VERIFY(chunks.toPlainText().endsWith(QStringLiteral("short line")));
    QCOMPARE(chunks.toPlainText().count(QStringLiteral("only its first")), 1);
    QCOMPARE(chunks.document()->firstBlock().text().count(QLatin1Char('x')), TextOutputView::kMaxLineLength);
}

void TestNotebookScreen::chartsTheSpikeOfALongMetric()
{
    // A loss logged at 20,000 steps that diverges for one step: more points than the
    // inline chart draws, and the one that matters must not be dropped.
    MetricsOutputView view;
    view.resize(800, 300);
    view.show();
    constexpr int kSteps = 20000;
    constexpr qint64 kSpikeStep = 12347;
    for (int step = 0; step < kSteps; ++step) {
        LoggedValue value;
        value.name = QStringLiteral("loss");
        value.step = step;
        value.value = step == kSpikeStep ? 50.0 : 1.0 / (1 + step);
        view.addValue(value);
    }
    QTRY_COMPARE(view.chartedMetrics(), QStringList{QStringLiteral("loss")});
    QCOMPARE(view.pointCount(QStringLiteral("loss")), kSteps);
    auto *chartView = view.findChild<QChartView *>(QStringLiteral("metricsChart"));
    QVERIFY(chartView);
    const QList<QAbstractSeries *> series = chartView->chart()->series();
    QCOMPARE(series.size(), 1);
    const QList<QPointF> points = static_cast<QLineSeries *>(series.first())->points();
    QVERIFY(points.size() <= MetricsOutputView::kMaxPointsPerSeries);
    QVERIFY(std::any_of(points.cbegin(), points.cend(),
                        [](const QPointF &p) { return p.x() == kSpikeStep && p.y() == 50.0; }));
    QCOMPARE(points.last().x(), double(kSteps - 1));
    auto *y = qobject_cast<QValueAxis *>(chartView->chart()->axes(Qt::Vertical).value(0));
    QVERIFY(y);
    QVERIFY2(y->max() >= 50.0, qPrintable(QString::number(y->max())));
}

QTEST_MAIN(TestNotebookScreen)
#include "tst_notebookscreen.moc"
