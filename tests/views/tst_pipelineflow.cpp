// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// From an empty canvas to a running pipeline with the mouse and the keyboard only: step
// types dropped from the palette, commands, outputs, a property and a hyperparameter typed
// into the Step panel, an output port dragged onto a step, a condition typed and its
// branch dragged, Ctrl+S and F5. The file passes mlops validate and runs from the CLI.

#include "testsupport.h"
#include "views/canvastestsupport.h"
#include "views/common/theme.h"
#include "views/pipeline/executioncontroller.h"
#include "views/pipeline/pipelinedocument.h"
#include "views/pipeline/pipelineeditor.h"
#include "views/pipeline/pipelinescene.h"
#include "views/pipeline/pipelineview.h"
#include "views/pipeline/rundialog.h"
#include "views/pipeline/steppropertiespanel.h"
#include "views/pipeline/stepnodeitem.h"

#include "core/workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <functional>
#include <tuple>

using namespace mlops;

namespace {

using test::sceneRectOf;
using test::drag;

/** Drops a step type from the palette onto the canvas at a point of the viewport. */
bool dropStepType(PipelineView *view, const QByteArray &type, const QPoint &at)
{
    QMimeData mime;
    mime.setData(PipelineView::stepTypeMimeType(), type);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &drop);
    return drop.isAccepted();
}

void clickNode(PipelineView *view, StepNodeItem *node)
{
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                      view->mapFromScene(sceneRectOf(node).topLeft() + QPointF(30, 14)));
}

/** Replaces a line edit's text as a user does (select all, type) and commits with Return. */
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

/** Types into a cell of a field table (name or value) and commits with Return. */
void typeInCell(QTableView *table, int row, int column, const QString &text)
{
    const QModelIndex index = table->model()->index(row, column);
    // A click on the cell opens its editor (the tables edit on any trigger).
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, table->visualRect(index).center());
    QWidget *editor = QApplication::focusWidget();
    if (editor == table) {
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, table->visualRect(index).center());
        editor = QApplication::focusWidget();
    }
    QVERIFY(editor && editor != table);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();   // the delegate commits a Return after the key event
}

/** Accepts the Run dialog once it shows. */
void acceptRunDialog(int tries = 200)
{
    QTimer::singleShot(20, qApp, [tries] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<RunDialog *>(w); dialog && dialog->isVisible()) {
                dialog->accept();
                return;
            }
        }
        if (tries > 0)
            acceptRunDialog(tries - 1);
    });
}

/** Answers the next message box with a button and records its text. */
void answerMessageBox(QMessageBox::StandardButton button, QString *text, int tries = 200)
{
    QTimer::singleShot(20, qApp, [button, text, tries] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                *text = box->text();
                box->button(button)->click();
                return;
            }
        }
        if (tries > 0)
            answerMessageBox(button, text, tries - 1);
    });
}

} // namespace

class TestPipelineFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { applyStudioTheme(*qApp); }

    void fromAnEmptyCanvasToARunWithoutTouchingYaml()
    {
        test::TempWorkspace ws(QStringLiteral("empty"));
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        Result<Workspace> workspace = Workspace::open(ws.root());
        QVERIFY(workspace.ok());
        const QString file = ws.path(QStringLiteral("pipelines/flow.yaml"));

        PipelineEditor editor;
        editor.resize(1500, 950);
        editor.setWorkspace(*workspace);
        // As New Pipeline… makes it: a name, no steps, not saved yet.
        auto created = PipelineDocument::create(QStringLiteral("flow"), ws.root());
        created->setFilePath(file);
        created->setUnsaved(true);
        editor.setDocument(std::move(created));
        editor.show();
        QApplication::setActiveWindow(&editor);
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        PipelineDocument *doc = editor.document();
        PipelineScene *scene = editor.scene();
        PipelineView *view = editor.view();
        StepPropertiesPanel *panel = editor.stepPanel();
        view->setAutoFit(false);
        view->setZoom(1.0);

        // Two step types dragged from the palette.
        const QPoint centre = view->viewport()->rect().center();
        QVERIFY(dropStepType(view, "processing", centre + QPoint(-220, -200)));
        QVERIFY(dropStepType(view, "training", centre + QPoint(-220, 80)));
        QCOMPARE(doc->spec().steps.size(), 2);
        StepNodeItem *process = scene->node(QStringLiteral("process"));
        StepNodeItem *train = scene->node(QStringLiteral("train"));
        QVERIFY(process && train);

        // The first step: a command, an output and a JSON property of that output.
        clickNode(view, process);
        QCOMPARE(panel->step(), QStringLiteral("process"));
        typeInto(panel->commandEdit(),
                 QStringLiteral("sh -c \"echo '{\\\"accuracy\\\": 0.9}' > $MLOPS_OUTPUT_DATA/report.json\""));
        QCOMPARE(doc->step(QStringLiteral("process"))->command.size(), 3);
        typeInto(panel->findChild<QLineEdit *>(QStringLiteral("stepOutputs")), QStringLiteral("data"));
        QCOMPARE(doc->step(QStringLiteral("process"))->outputs, QStringList{QStringLiteral("data")});
        auto *properties = panel->findChild<QTableView *>(QStringLiteral("table_properties"));
        QVERIFY(properties);
        typeInCell(properties, 0, 0, QStringLiteral("report"));
        typeInCell(properties, 0, 1, QStringLiteral("data/report.json"));
        QCOMPARE(doc->step(QStringLiteral("process"))->properties.value(0).second, QStringLiteral("data/report.json"));

        // The second: a command and a hyperparameter.
        clickNode(view, train);
        QCOMPARE(panel->step(), QStringLiteral("train"));
        typeInto(panel->commandEdit(), QStringLiteral("sh -c \"cat $MLOPS_INPUT_DATA/report.json; echo epochs=$SM_HP_EPOCHS\""));
        auto *hyperparameters = panel->findChild<QTableView *>(QStringLiteral("table_hyperparameters"));
        QVERIFY(hyperparameters);
        typeInCell(hyperparameters, 0, 0, QStringLiteral("epochs"));
        typeInCell(hyperparameters, 0, 1, QStringLiteral("3"));
        QCOMPARE(doc->step(QStringLiteral("train"))->hyperparameters.value(0),
                 qMakePair(QStringLiteral("epochs"), QStringLiteral("3")));

        // The output port dragged onto the second step becomes its input.
        const QPointF out = process->portScenePos({QStringLiteral("process"), PortRef::Kind::Output, QStringLiteral("data")});
        drag(view, out, sceneRectOf(train).center());
        QCOMPARE(doc->step(QStringLiteral("train"))->inputs.value(0).value, QStringLiteral("${steps.process.outputs.data}"));

        // A condition on the property; its true branch dragged onto the training step.
        QVERIFY(dropStepType(view, "condition", centre + QPoint(200, -60)));
        StepNodeItem *gate = scene->node(QStringLiteral("gate"));
        QVERIFY(gate);
        clickNode(view, gate);
        QCOMPARE(panel->step(), QStringLiteral("gate"));
        typeInto(panel->conditionEdit(), QStringLiteral("${steps.process.properties.report.accuracy} >= 0.5"));
        QVERIFY2(panel->conditionStatus()->text().startsWith(QStringLiteral("✓")), qPrintable(panel->conditionStatus()->text()));
        const QPointF then = gate->portScenePos({QStringLiteral("gate"), PortRef::Kind::Then, QStringLiteral("then")});
        drag(view, then, sceneRectOf(train).center());
        QCOMPARE(doc->step(QStringLiteral("gate"))->thenSteps, QStringList{QStringLiteral("train")});
        QVERIFY2(!doc->hasErrors(), qPrintable(doc->diagnostics().value(0).toString()));

        // Ctrl+S on the canvas saves it; F5 runs it after the Run dialog.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!doc->isModified());
        QVERIFY(QFile::exists(file));
        QSignalSpy finished(editor.controller(), &ExecutionController::finished);
        acceptRunDialog();
        QTest::keyClick(view, Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QCOMPARE(finished.first().at(0).value<RunStatus>(), RunStatus::Completed);
        QVERIFY2(train->statusText().startsWith(QStringLiteral("Completed")), qPrintable(train->statusText()));
        QVERIFY(process->statusText().startsWith(QStringLiteral("Completed")));

        test::CommandResult r = test::runCli({QStringLiteral("validate"), QStringLiteral("flow")}, ws.root());
        QVERIFY2(r.exitCode == 0, qPrintable(r.outText() + r.errText()));
        r = test::runCli({QStringLiteral("fmt"), QStringLiteral("--check"), QStringLiteral("flow")}, ws.root());
        QCOMPARE(r.exitCode, 0);
        r = test::runCli({QStringLiteral("run"), QStringLiteral("flow"), QStringLiteral("--no-cache")}, ws.root());
        QVERIFY2(r.exitCode == 0, qPrintable(r.outText() + r.errText()));
    }

    void everyFieldEditsTheYamlAndUndoes()
    {
        // Each field of the Step panel typed as a user does: the YAML says it, and one
        // Ctrl+Z takes it back to the text it was before.
        PipelineEditor editor;
        editor.resize(1300, 900);
        editor.setDocument(PipelineDocument::fromText("name: fields\nsteps:\n  fit:\n    type: training\n"
                                                      "    command: [python, src/fit.py]\n"));
        editor.show();
        QApplication::setActiveWindow(&editor);
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        PipelineDocument *doc = editor.document();
        StepPropertiesPanel *panel = editor.stepPanel();
        editor.scene()->selectSteps({QStringLiteral("fit")});
        QCOMPARE(panel->step(), QStringLiteral("fit"));

        // A table row is two edits (its name, then its value): two undo steps.
        auto check = [&](const std::function<void()> &edit, const QByteArray &expected, int undos) {
            const QByteArray before = doc->text();
            edit();
            QApplication::processEvents();
            if (!doc->text().contains(expected))
                return QStringLiteral("'%1' not in:\n%2").arg(QString::fromUtf8(expected), QString::fromUtf8(doc->text()));
            QWidget *focus = QApplication::focusWidget();
            editor.view()->setFocus();   // Ctrl+Z of the editor, not of a field
            for (int i = 0; i < undos; ++i)
                QTest::keyClick(editor.view(), Qt::Key_Z, Qt::ControlModifier);
            if (doc->text() != before)
                return QStringLiteral("undo after '%1' left:\n%2").arg(QString::fromUtf8(expected), QString::fromUtf8(doc->text()));
            if (focus)
                focus->setFocus();
            return QString();
        };
        auto line = [&](const char *name, const QString &text) {
            return [&, name, text] { typeInto(panel->findChild<QLineEdit *>(QLatin1String(name)), text); };
        };
        auto spin = [&](const char *name, const QString &text) {
            return [&, name, text] {
                auto *box = panel->findChild<QAbstractSpinBox *>(QLatin1String(name));
                box->setFocus();
                box->selectAll();
                QTest::keyClicks(box, text);
                QTest::keyClick(box, Qt::Key_Return);
            };
        };
        auto combo = [&](const char *name, int index) {
            return [&, name, index] { panel->findChild<QComboBox *>(QLatin1String(name))->setCurrentIndex(index); };
        };
        auto cell = [&](const char *table, const QString &name, const QString &value) {
            return [&, table, name, value] {
                auto *view = panel->findChild<QTableView *>(QLatin1String(table));
                typeInCell(view, 0, 0, name);
                typeInCell(view, 0, 1, value);
            };
        };
        struct Edit
        {
            std::function<void()> edit;
            QByteArray expected;
            int undos = 1;
        };
        const QList<Edit> edits{
            {line("stepDescription", QStringLiteral("Fits it")), "description: Fits it"},
            {line("stepCommand", QStringLiteral("python src/fit.py --fast")), "--fast"},
            {line("stepOutputs", QStringLiteral("report, plots")), "outputs: [report, plots]"},
            {cell("table_inputs", QStringLiteral("train"), QStringLiteral("data/train.csv")), "train: data/train.csv", 2},
            {cell("table_hyperparameters", QStringLiteral("lr"), QStringLiteral("0.1")), "lr: 0.1", 2},
            {cell("table_metrics", QStringLiteral("acc"), QStringLiteral("accuracy: ([0-9.]+)")), "accuracy: ([0-9.]+)", 2},
            {cell("table_environment", QStringLiteral("SEED"), QStringLiteral("7")), "SEED:", 2},
            {combo("stepRunner", 3), "runner: docker"},
            {line("stepImage", QStringLiteral("python:3.11-slim")), "image: python:3.11-slim"},
            {line("stepBuildContext", QStringLiteral("docker/fit")), "build: docker/fit"},
            {spin("stepCpus", QStringLiteral("2")), "cpus: 2"},
            {line("stepMemory", QStringLiteral("4g")), "memory: 4g"},
            {spin("stepGpus", QStringLiteral("1")), "gpus: 1"},
            {line("stepTimeout", QStringLiteral("45m")), "timeout: 45m"},
            {spin("stepRetries", QStringLiteral("2")), "retries: 2"},
            {combo("stepCache", 2), "cache: false"},
            {line("stepCacheExpiry", QStringLiteral("7d")), "expire_after"},
            {line("stepCode", QStringLiteral("src")), "code: src"},
        };
        for (const auto &[edit, expected, undos] : edits) {
            const QString problem = check(edit, expected, undos);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }

        // A Dockerfile without a build folder is refused with the reason; with one it is set.
        QSignalSpy messages(panel, &StepPropertiesPanel::statusMessage);
        const QByteArray noBuild = doc->text();
        typeInto(panel->findChild<QLineEdit *>(QStringLiteral("stepDockerfile")), QStringLiteral("Dockerfile.gpu"));
        QCOMPARE(doc->text(), noBuild);
        QVERIFY(!messages.isEmpty());
        QVERIFY2(messages.last().at(0).toString().contains(QStringLiteral("build folder")),
                 qPrintable(messages.last().at(0).toString()));
        QVERIFY(panel->findChild<QLineEdit *>(QStringLiteral("stepBuildContext"))->hasFocus());
        typeInto(panel->findChild<QLineEdit *>(QStringLiteral("stepBuildContext")), QStringLiteral("docker/fit"));
        typeInto(panel->findChild<QLineEdit *>(QStringLiteral("stepDockerfile")), QStringLiteral("Dockerfile.gpu"));
        QVERIFY2(doc->text().contains("dockerfile: Dockerfile.gpu"), doc->text().constData());
        doc->undoStack()->undo();
        doc->undoStack()->undo();
        QCOMPARE(doc->text(), noBuild);

        // A value that is not one is refused with the reason, and the field shows what the
        // step keeps again.
        typeInto(panel->findChild<QLineEdit *>(QStringLiteral("stepTimeout")), QStringLiteral("45m"));
        const QByteArray timed = doc->text();
        const std::tuple<const char *, const char *, const char *, const char *> refused[]{
            {"stepTimeout", "soon", "45m", "'soon' is not a duration"},
            {"stepMemory", "lots", "", "'lots' is not a size"},
            {"stepCommand", "python \"src/fit.py", "python src/fit.py", "is not closed"},
        };
        for (const auto &[name, typed, kept, why] : refused) {
            auto *field = panel->findChild<QLineEdit *>(QLatin1String(name));
            messages.clear();
            typeInto(field, QString::fromUtf8(typed));
            QCOMPARE(doc->text(), timed);
            QVERIFY2(!messages.isEmpty() && messages.last().at(0).toString().contains(QLatin1String(why)), name);
            QCOMPARE(field->text(), QString::fromUtf8(kept));
        }
        doc->undoStack()->undo();

        // Going through every field with Tab, typing nothing, changes nothing.
        const QByteArray before = doc->text();
        const int commands = doc->undoStack()->count();
        panel->nameEdit()->setFocus();
        for (int i = 0; i < 40; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QApplication::processEvents();
        QCOMPARE(QString::fromUtf8(doc->text()), QString::fromUtf8(before));
        QCOMPARE(doc->undoStack()->count(), commands);
    }

    void saveRunAndCloseTakeWhatIsBeingTyped()
    {
        // Ctrl+S, Save, F5 and closing while a field still holds what the user typed (no
        // Return, the focus still in it): the typed value is part of what is saved, run or
        // asked about, not left behind in the field.
        test::TempWorkspace ws(QStringLiteral("empty"));
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        Result<Workspace> workspace = Workspace::open(ws.root());
        QVERIFY(workspace.ok());
        const QString file = ws.path(QStringLiteral("pipelines/typed.yaml"));
        QVERIFY(test::writeFile(file, "name: typed\nsteps:\n  hello:\n    type: processing\n"
                                      "    command: [sh, -c, echo one]\n"));
        PipelineEditor editor;
        editor.resize(1300, 860);
        editor.setWorkspace(*workspace);
        Result<std::unique_ptr<PipelineDocument>> opened = PipelineDocument::open(file, ws.root());
        QVERIFY(opened.ok());
        editor.setDocument(std::move(*opened));
        editor.show();
        QApplication::setActiveWindow(&editor);
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        PipelineDocument *doc = editor.document();
        StepPropertiesPanel *panel = editor.stepPanel();
        editor.scene()->selectSteps({QStringLiteral("hello")});

        // A command typed, then Ctrl+S in the field.
        QLineEdit *command = panel->commandEdit();
        command->setFocus();
        command->selectAll();
        QTest::keyClicks(command, QStringLiteral("sh -c \"echo two\""));
        QTest::keyClick(command, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(doc->step(QStringLiteral("hello"))->command.last(), QStringLiteral("echo two"));
        QVERIFY(!doc->isModified());
        QVERIFY(test::readFile(file).contains("echo two"));
        QVERIFY(command->hasFocus());   // the user goes on typing where they were

        // Retries typed into the spin box, then the Save button.
        auto *retries = panel->findChild<QSpinBox *>(QStringLiteral("stepRetries"));
        QVERIFY(retries);
        retries->setFocus();
        retries->selectAll();
        QTest::keyClicks(retries, QStringLiteral("2"));
        editor.action(QStringLiteral("save"))->trigger();
        QVERIFY(doc->step(QStringLiteral("hello"))->retry.has_value());
        QCOMPARE(doc->step(QStringLiteral("hello"))->retry->maxAttempts, 3);
        QVERIFY(test::readFile(file).contains("retries: 2"));
        QVERIFY(!doc->isModified());

        // A hyperparameter typed into the table's new row, then Ctrl+S.
        auto *table = panel->findChild<QTableView *>(QStringLiteral("table_hyperparameters"));
        QVERIFY(table);
        const QModelIndex add = table->model()->index(0, 0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, table->visualRect(add).center());
        if (QApplication::focusWidget() == table)
            QTest::mouseDClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, table->visualRect(add).center());
        QWidget *cell = QApplication::focusWidget();
        QVERIFY(cell && cell != table);
        QTest::keyClicks(cell, QStringLiteral("epochs"));
        QTest::keyClick(cell, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(doc->step(QStringLiteral("hello"))->hyperparameters.value(0).first, QStringLiteral("epochs"));
        QVERIFY(test::readFile(file).contains("epochs"));

        // Typed and not committed, a run does not start on the file without it.
        command->setFocus();
        command->selectAll();
        QTest::keyClicks(command, QStringLiteral("sh -c \"echo three\""));
        QString why;
        QVERIFY(!editor.runWith(ExecutionOptions{}, &why));
        QVERIFY2(why.contains(QStringLiteral("save")), qPrintable(why));
        QVERIFY(doc->isModified());
        QCOMPARE(doc->step(QStringLiteral("hello"))->command.last(), QStringLiteral("echo three"));
        doc->undoStack()->undo();
        QVERIFY(!doc->isModified());

        // Typed, then the studio closes: it asks about the unsaved change.
        command->setFocus();
        command->selectAll();
        QTest::keyClicks(command, QStringLiteral("sh -c \"echo four\""));
        QString asked;
        answerMessageBox(QMessageBox::Discard, &asked);
        QVERIFY(editor.confirmClose());
        QVERIFY2(asked.contains(QStringLiteral("unsaved")), qPrintable(asked));
        QVERIFY(!test::readFile(file).contains("echo four"));
    }
};

QTEST_MAIN(TestPipelineFlow)
#include "tst_pipelineflow.moc"
