// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// The canvas follows the document; its layout is clean; markers show problems; mouse
// gestures and the editor's actions edit through undoable commands.

#include "testsupport.h"
#include "views/canvastestsupport.h"
#include "views/pipeline/edgeitem.h"
#include "views/pipeline/pipelinedocument.h"
#include "views/pipeline/pipelineeditor.h"
#include "views/pipeline/pipelinescene.h"
#include "views/pipeline/pipelineview.h"
#include "views/pipeline/steppropertiespanel.h"
#include "views/pipeline/stepnodeitem.h"
#include "views/pipeline/yamleditor.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QUndoStack>
#include <QtTest>

using namespace mlops;

namespace {

QByteArray demoText()
{
    return test::readFile(QStringLiteral(MLOPS_SOURCE_DIR "/resources/templates/demo/files/pipelines/breast-cancer.yaml"));
}

using test::sceneRectOf;
using test::drag;

} // namespace

class TestPipelineScene : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFontMetrics(QApplication::font()).inFont(QLatin1Char('T')), "no fonts: install fonts-dejavu-core");
    }

    void sceneFollowsTheDocument()
    {
        auto doc = PipelineDocument::fromText(demoText());
        PipelineScene scene(doc.get());
        QCOMPARE(scene.nodes().size(), 6);
        QCOMPARE(scene.edgeItems().size(), 7);  // 4 data, 1 value (gate's condition), 2 branches
        int data = 0, value = 0, branch = 0;
        for (EdgeItem *e : scene.edgeItems()) {
            data += e->edge().kind == GraphEdge::Kind::Data;
            value += e->edge().kind == GraphEdge::Kind::Value;
            branch += e->edge().kind == GraphEdge::Kind::Branch;
        }
        QCOMPARE(data, 4);
        QCOMPARE(value, 1);
        QCOMPARE(branch, 2);
        QVERIFY(scene.node(QStringLiteral("train"))->subtitle().contains(QStringLiteral("process")));

        StepSpec s;
        s.name = QStringLiteral("report");
        s.type = QStringLiteral("processing");
        s.command = {QStringLiteral("python"), QStringLiteral("src/report.py")};
        s.inputs = {InputSpec{QStringLiteral("model"), QStringLiteral("${steps.train.model}"), {}}};
        QVERIFY(doc->addStep(s));
        QVERIFY(scene.node(QStringLiteral("report")));
        QCOMPARE(scene.edgeItems().size(), 8);
        QVERIFY(doc->renameStep(QStringLiteral("train"), QStringLiteral("fit")));
        QVERIFY(scene.node(QStringLiteral("fit")));
        QVERIFY(!scene.node(QStringLiteral("train")));
        QCOMPARE(scene.node(QStringLiteral("fit"))->name(), QStringLiteral("fit"));
        QCOMPARE(scene.edgeItems().size(), 8);
        QVERIFY(doc->removeSteps({QStringLiteral("fit")}));
        QCOMPARE(scene.nodes().size(), 6);
        QCOMPARE(scene.edgeItems().size(), 4);  // the model feeds nothing any more
        while (doc->undoStack()->canUndo())
            doc->undoStack()->undo();
        QCOMPARE(scene.nodes().size(), 6);
        QVERIFY(scene.node(QStringLiteral("train")));
        QCOMPARE(scene.edgeItems().size(), 7);

        // A text edit resets the document (once it has been read); the scene keeps up.
        QByteArray text = doc->text();
        text.replace("  stop:\n", "  alert:\n    type: fail\n  stop:\n");
        QVERIFY(doc->editText(text));
        QTRY_VERIFY(scene.node(QStringLiteral("alert")));
        QCOMPARE(scene.nodes().size(), 7);
    }

    void demoLayoutIsClean()
    {
        auto doc = PipelineDocument::fromText(demoText());
        PipelineScene scene(doc.get());
        const QList<StepNodeItem *> nodes = scene.nodes().values();
        // No two nodes overlap, with room between them.
        for (int i = 0; i < nodes.size(); ++i)
            for (int j = i + 1; j < nodes.size(); ++j)
                QVERIFY2(!sceneRectOf(nodes[i]).adjusted(-8, -8, 8, 8).intersects(sceneRectOf(nodes[j])),
                         qPrintable(nodes[i]->name() + QStringLiteral(" overlaps ") + nodes[j]->name()));
        // The pipeline flows downwards in its order.
        const QStringList order{QStringLiteral("prepare"), QStringLiteral("train"), QStringLiteral("evaluate"),
                                QStringLiteral("gate"), QStringLiteral("stop")};
        for (int i = 1; i < order.size(); ++i)
            QVERIFY(scene.node(order[i])->pos().y() > scene.node(order[i - 1])->pos().y() + NodeGeometry::kHeight);
        // No edge runs through a node it does not connect, so no edge crosses a label.
        for (EdgeItem *e : scene.edgeItems()) {
            for (StepNodeItem *n : nodes) {
                if (n->name() == e->edge().from || n->name() == e->edge().to)
                    continue;
                const QRectF r = sceneRectOf(n);
                for (int k = 0; k <= 50; ++k)
                    QVERIFY2(!r.contains(e->path().pointAtPercent(k / 50.0)),
                             qPrintable(EdgeItem::key(e->edge()) + QStringLiteral(" crosses ") + n->name()));
            }
        }
        // Every name fits on its node.
        const QFontMetrics fm(QApplication::font());
        for (StepNodeItem *n : nodes)
            QVERIFY(fm.horizontalAdvance(n->name()) < n->size().width() - 140);
    }

    void markersShowProblems()
    {
        auto doc = PipelineDocument::fromText(demoText());
        PipelineScene scene(doc.get());
        QVERIFY(!scene.node(QStringLiteral("evaluate"))->hasErrors());
        StepSpec s = *doc->step(QStringLiteral("evaluate"));
        s.inputs[1].value = QStringLiteral("${steps.nowhere.outputs.test}");
        QVERIFY(doc->changeStep(s, QStringLiteral("inputs")));
        doc->validateNow();
        StepNodeItem *evaluate = scene.node(QStringLiteral("evaluate"));
        QVERIFY(evaluate->hasErrors());
        QVERIFY(evaluate->errors().join(QLatin1Char(' ')).contains(QStringLiteral("nowhere")));

        // An edge with a type mismatch: a property (a value) where an input needs a file.
        s = *doc->step(QStringLiteral("evaluate"));
        s.inputs[1].value = QStringLiteral("${steps.train.model}");
        QVERIFY(doc->changeStep(s, QStringLiteral("inputs")));
        StepSpec gate = *doc->step(QStringLiteral("gate"));
        gate.when = QStringLiteral("${steps.train.model} >= 0.5");
        QVERIFY(doc->changeStep(gate, QStringLiteral("when")));
        doc->validateNow();
        QVERIFY(!scene.node(QStringLiteral("evaluate"))->hasErrors());
        QVERIFY(scene.node(QStringLiteral("gate"))->hasErrors());
        EdgeItem *whenEdge = nullptr;
        for (EdgeItem *e : scene.edgeItems()) {
            if (e->edge().to == QStringLiteral("gate") && e->edge().from == QStringLiteral("train"))
                whenEdge = e;
        }
        QVERIFY(whenEdge);
        QVERIFY(whenEdge->hasProblem());
        QVERIFY(whenEdge->toolTip().contains(QStringLiteral("✗")));

        doc->undoStack()->undo();
        doc->undoStack()->undo();
        doc->undoStack()->undo();
        doc->validateNow();
        for (StepNodeItem *n : scene.nodes())
            QVERIFY(!n->hasErrors());
    }

    void edgeTooltipsSayWhatTheEdgeIs()
    {
        auto doc = PipelineDocument::fromText(demoText());
        PipelineScene scene(doc.get());
        QHash<QString, QString> tips;
        for (EdgeItem *e : scene.edgeItems())
            tips.insert(e->edge().from + QStringLiteral("→") + e->edge().to, e->toolTip());
        QCOMPARE(tips.value(QStringLiteral("prepare→train")), QStringLiteral("train reads prepare's output 'train' as input 'train'"));
        QCOMPARE(tips.value(QStringLiteral("train→evaluate")), QStringLiteral("evaluate reads train's model as input 'model'"));
        QCOMPARE(tips.value(QStringLiteral("evaluate→gate")), QStringLiteral("gate's condition reads evaluate's property 'report'"));
        QCOMPARE(tips.value(QStringLiteral("train→register")), QStringLiteral("register takes train's model as its model"));
        QCOMPARE(tips.value(QStringLiteral("gate→stop")), QStringLiteral("stop runs when gate's condition is false"));
    }

    void aCycleIsMarkedWhole()
    {
        // a → b → c → a, through an input, a value in the command and depends_on; d is outside.
        auto doc = PipelineDocument::fromText("name: loop\n"
                                              "steps:\n"
                                              "  a:\n"
                                              "    type: processing\n"
                                              "    command: [echo, a]\n"
                                              "    depends_on: [c]\n"
                                              "    outputs: [out]\n"
                                              "  b:\n"
                                              "    type: processing\n"
                                              "    command: [echo, b]\n"
                                              "    inputs: {x: '${steps.a.outputs.out}'}\n"
                                              "    outputs: [out]\n"
                                              "  c:\n"
                                              "    type: processing\n"
                                              "    command: [cat, '${steps.b.outputs.out}']\n"
                                              "  d:\n"
                                              "    type: processing\n"
                                              "    command: [echo, d]\n");
        PipelineScene scene(doc.get());
        doc->validateNow();
        for (const char *name : {"a", "b", "c"}) {
            StepNodeItem *node = scene.node(QString::fromLatin1(name));
            QVERIFY2(node->hasErrors(), name);
            QVERIFY(node->errors().join(QLatin1Char(' ')).contains(QStringLiteral("cycle")));
        }
        QVERIFY(!scene.node(QStringLiteral("d"))->hasErrors());
        int edges = 0;
        for (EdgeItem *e : scene.edgeItems()) {
            ++edges;
            QVERIFY2(e->hasProblem(), qPrintable(e->edge().from + QStringLiteral(" → ") + e->edge().to));
        }
        QCOMPARE(edges, 3);
    }

    void runStatusOnNodes()
    {
        auto doc = PipelineDocument::fromText(demoText());
        PipelineScene scene(doc.get());
        StepEvent e;
        e.step = QStringLiteral("train");
        e.status = RunStatus::Running;
        e.durationMs = 65000;
        scene.setStepStatus(e);
        QVERIFY(scene.node(QStringLiteral("train"))->statusText().startsWith(QStringLiteral("Running 1:05")));
        e.status = RunStatus::Failed;
        e.durationMs = 1200;
        e.reason = QStringLiteral("exit code 3");
        scene.setStepStatus(e);
        QCOMPARE(scene.node(QStringLiteral("train"))->statusText(), QStringLiteral("Failed · 1.20 s"));
        QCOMPARE(scene.node(QStringLiteral("train"))->note(), QStringLiteral("exit code 3"));
        e.step = QStringLiteral("prepare");
        e.status = RunStatus::Completed;
        e.cached = true;
        e.reason.clear();
        scene.setStepStatus(e);
        QCOMPARE(scene.node(QStringLiteral("prepare"))->statusText(), QStringLiteral("Cached"));
        scene.clearStatuses();
        QVERIFY(scene.node(QStringLiteral("train"))->statusText().isEmpty());
    }

    void mouseGesturesEditTheDocument()
    {
        PipelineEditor editor;
        editor.resize(1400, 900);
        editor.setDocument(PipelineDocument::fromText(demoText()));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        PipelineDocument *doc = editor.document();
        PipelineScene *scene = editor.scene();
        PipelineView *view = editor.view();
        view->setZoom(1.0);
        view->centerOn(scene->node(QStringLiteral("gate")));

        // Drag from gate's "then" port onto stop: stop moves to the then branch, after register.
        StepNodeItem *gate = scene->node(QStringLiteral("gate"));
        StepNodeItem *stop = scene->node(QStringLiteral("stop"));
        const QPointF thenPort = gate->portScenePos({QStringLiteral("gate"), PortRef::Kind::Then, QStringLiteral("then")});
        drag(view, thenPort, sceneRectOf(stop).center());
        QCOMPARE(doc->step(QStringLiteral("gate"))->thenSteps, (QStringList{QStringLiteral("register"), QStringLiteral("stop")}));
        QVERIFY(doc->step(QStringLiteral("gate"))->elseSteps.isEmpty());
        doc->undoStack()->undo();
        QCOMPARE(doc->step(QStringLiteral("gate"))->elseSteps, QStringList{QStringLiteral("stop")});

        // Dragging a node moves it, once, on release; the layout becomes manual.
        const QPointF before = stop->pos();
        const int commands = doc->undoStack()->count();
        drag(view, sceneRectOf(stop).center(), sceneRectOf(stop).center() + QPointF(160, 0));
        QCOMPARE(doc->undoStack()->index(), commands);  // undone command replaced by the move
        QVERIFY(doc->hasManualLayout());
        QCOMPARE(doc->manualLayout().value(QStringLiteral("stop")), before + QPointF(160, 0));
        QCOMPARE(stop->pos(), before + QPointF(160, 0));
        doc->undoStack()->undo();
        QCOMPARE(stop->pos(), before);
        QVERIFY(!doc->hasManualLayout());

        // A click selects; Delete removes through the editor's action; Ctrl+Z brings it back.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->mapFromScene(sceneRectOf(stop).center()));
        QCOMPARE(scene->selectedSteps(), QStringList{QStringLiteral("stop")});
        QCOMPARE(editor.stepPanel()->step(), QStringLiteral("stop"));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(!doc->step(QStringLiteral("stop")));
        QVERIFY(doc->step(QStringLiteral("gate"))->elseSteps.isEmpty());
        editor.action(QStringLiteral("undo"))->trigger();
        QVERIFY(doc->step(QStringLiteral("stop")));
        QCOMPARE(doc->step(QStringLiteral("gate"))->elseSteps, QStringList{QStringLiteral("stop")});

        // Rubber band over everything, copy, paste: copies with fresh names and their links.
        drag(view, scene->contentRect().topLeft() + QPointF(5, 5), scene->contentRect().bottomRight() - QPointF(5, 5));
        QCOMPARE(scene->selectedSteps().size(), 6);
        editor.copy();
        editor.paste();
        QCOMPARE(doc->spec().steps.size(), 12);
        QVERIFY(doc->step(QStringLiteral("train-2")));
        QCOMPARE(doc->step(QStringLiteral("train-2"))->inputs.first().value, QStringLiteral("${steps.prepare-2.outputs.train}"));
        QCOMPARE(doc->step(QStringLiteral("gate-2"))->elseSteps, QStringList{QStringLiteral("stop-2")});
        QVERIFY(!doc->hasErrors());
        QCOMPARE(scene->selectedSteps().size(), 6);
        editor.action(QStringLiteral("undo"))->trigger();
        QCOMPARE(doc->spec().steps.size(), 6);

        // A step type dropped from the palette lands where it was dropped.
        QMimeData mime;
        mime.setData(PipelineView::stepTypeMimeType(), "training");
        const QPoint at = view->viewport()->rect().center();
        const QPointF sceneAt = view->mapToScene(at);
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &drop);
        QVERIFY(doc->step(QStringLiteral("train-2")));
        QCOMPARE(doc->step(QStringLiteral("train-2"))->type, QStringLiteral("training"));
        QCOMPARE(doc->step(QStringLiteral("train-2"))->command,
                 (QStringList{QStringLiteral("python"), QStringLiteral("src/train-2.py")}));
        QVERIFY(sceneRectOf(scene->node(QStringLiteral("train-2"))).contains(sceneAt));
        QCOMPARE(scene->selectedSteps(), QStringList{QStringLiteral("train-2")});
    }

    void propertiesPanelEditsAndChecksTheCondition()
    {
        PipelineEditor editor;
        editor.setDocument(PipelineDocument::fromText(demoText()));
        PipelineDocument *doc = editor.document();
        editor.scene()->selectSteps({QStringLiteral("gate")});
        StepPropertiesPanel *panel = editor.stepPanel();
        QCOMPARE(panel->step(), QStringLiteral("gate"));
        QLineEdit *when = panel->conditionEdit();
        QCOMPARE(when->text(), doc->step(QStringLiteral("gate"))->when);
        QVERIFY(panel->conditionStatus()->text().contains(QStringLiteral("valid")));

        when->setFocus();
        when->selectAll();
        QTest::keyClicks(when, QStringLiteral("${steps.evaluate.properties.report.accuracy} >= "));
        QVERIFY(panel->conditionStatus()->text().startsWith(QStringLiteral("✗")));
        QTest::keyClicks(when, QStringLiteral("${parameters.min_acuracy}"));
        QVERIFY(panel->conditionStatus()->text().contains(QStringLiteral("min_acuracy")));
        QVERIFY(panel->conditionStatus()->text().contains(QStringLiteral("column")));
        when->selectAll();
        QTest::keyClicks(when, QStringLiteral("${parameters.min_accuracy} < 0.5"));
        QVERIFY(panel->conditionStatus()->text().contains(QStringLiteral("valid")));
        QTest::keyClick(when, Qt::Key_Return);
        QCOMPARE(doc->step(QStringLiteral("gate"))->when, QStringLiteral("${parameters.min_accuracy} < 0.5"));
        editor.action(QStringLiteral("undo"))->trigger();
        QCOMPARE(doc->step(QStringLiteral("gate"))->when,
                 QStringLiteral("${steps.evaluate.properties.report.accuracy} >= ${parameters.min_accuracy}"));

        // The command as one line; quotes keep spaces.
        editor.scene()->selectSteps({QStringLiteral("train")});
        QLineEdit *command = panel->commandEdit();
        command->setText(QStringLiteral("python src/train.py --note \"two words\""));
        emit command->editingFinished();
        QCOMPARE(doc->step(QStringLiteral("train"))->command,
                 (QStringList{QStringLiteral("python"), QStringLiteral("src/train.py"), QStringLiteral("--note"),
                              QStringLiteral("two words")}));
    }

    void typeFieldsEditTheStepsOwnKeys()
    {
        PipelineEditor editor;
        editor.setDocument(PipelineDocument::fromText(demoText()));
        PipelineDocument *doc = editor.document();
        StepPropertiesPanel *panel = editor.stepPanel();
        editor.show();

        // A register-model step from the palette names the last training step's model and a group.
        QVERIFY(editor.addStepOfType(QStringLiteral("register-model"), QPointF(600, 600)));
        const QString name = QStringLiteral("register-2");
        QCOMPARE(editor.scene()->selectedSteps(), QStringList{name});
        QCOMPARE(doc->step(name)->extra.value(QStringLiteral("model")).toString(), QStringLiteral("${steps.train.model}"));
        QCOMPARE(doc->step(name)->extra.value(QStringLiteral("group")).toString(), QStringLiteral("breast-cancer"));
        for (const Diagnostic &d : doc->currentDiagnosticsFor(name))
            QVERIFY2(!d.isError(), qPrintable(d.message));

        auto *group = qobject_cast<QLineEdit *>(panel->typeFieldEditor(QStringLiteral("register-model"), QStringLiteral("group")));
        QVERIFY(group);
        QVERIFY(group->isVisible());
        QCOMPARE(group->text(), QStringLiteral("breast-cancer"));
        QVERIFY(!panel->typeFieldEditor(QStringLiteral("notebook"), QStringLiteral("notebook"))->isVisible());
        QVERIFY(!panel->commandEdit()->isVisible());
        group->setText(QStringLiteral("churn"));
        emit group->editingFinished();
        QCOMPARE(doc->step(name)->extra.value(QStringLiteral("group")).toString(), QStringLiteral("churn"));
        QVERIFY(doc->text().contains("group: churn"));
        group->setText(QStringLiteral("bad name!"));
        emit group->editingFinished();
        QTRY_VERIFY(panel->findChild<QLabel *>(QStringLiteral("stepProblems"))->text().contains(QStringLiteral("bad name!")));
        editor.action(QStringLiteral("undo"))->trigger();
        QCOMPARE(group->text(), QStringLiteral("churn"));

        // The model field offers the models of the pipeline's training steps.
        auto *model = qobject_cast<QComboBox *>(panel->typeFieldEditor(QStringLiteral("register-model"), QStringLiteral("model")));
        QVERIFY(model && model->isEditable());
        QCOMPARE(model->count(), 1);
        QCOMPARE(model->itemText(0), QStringLiteral("${steps.train.model}"));
        QCOMPARE(model->currentText(), QStringLiteral("${steps.train.model}"));

        auto *approval = qobject_cast<QComboBox *>(panel->typeFieldEditor(QStringLiteral("register-model"), QStringLiteral("approval")));
        QVERIFY(approval);
        approval->setCurrentIndex(approval->findData(QStringLiteral("Approved")));
        QCOMPARE(doc->step(name)->extra.value(QStringLiteral("approval")).toString(), QStringLiteral("Approved"));
        approval->setCurrentIndex(0);
        QVERIFY(!doc->step(name)->extra.contains(QStringLiteral("approval")));

        // Retyped to a notebook step: the command goes, the notebook's own fields come.
        auto *type = panel->findChild<QComboBox *>(QStringLiteral("stepType"));
        type->setCurrentIndex(type->findData(QStringLiteral("notebook")));
        QCOMPARE(doc->step(name)->type, QStringLiteral("notebook"));
        QCOMPARE(doc->step(name)->extra.value(QStringLiteral("notebook")).toString(), QStringLiteral("notebooks/register-2.ipynb"));
        QVERIFY(!doc->step(name)->extra.contains(QStringLiteral("group")));
        QVERIFY(doc->step(name)->command.isEmpty());
        auto *kernel = qobject_cast<QLineEdit *>(panel->typeFieldEditor(QStringLiteral("notebook"), QStringLiteral("kernel")));
        QVERIFY(kernel->isVisible());
        QVERIFY(!group->isVisible());
        kernel->setText(QStringLiteral("python3"));
        emit kernel->editingFinished();
        QVERIFY(doc->text().contains("kernel: python3"));
        QCOMPARE(doc->step(name)->extra.value(QStringLiteral("kernel")).toString(), QStringLiteral("python3"));
    }

    void notebookFieldOffersTheWorkspacesNotebooks()
    {
        test::TempWorkspace ws(QStringLiteral("demo"));
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        Result<std::unique_ptr<PipelineDocument>> doc =
            PipelineDocument::open(ws.path(QStringLiteral("pipelines/breast-cancer.yaml")), ws.root());
        QVERIFY(doc.ok());
        PipelineEditor editor;
        editor.setDocument(std::move(*doc));
        editor.show();
        QVERIFY(editor.addStepOfType(QStringLiteral("notebook"), QPointF(900, 100)));
        auto *notebook = qobject_cast<QComboBox *>(
            editor.stepPanel()->typeFieldEditor(QStringLiteral("notebook"), QStringLiteral("notebook")));
        QVERIFY(notebook && notebook->isVisible());
        QCOMPARE(notebook->count(), 1);
        QCOMPARE(notebook->itemText(0), QStringLiteral("notebooks/breast-cancer.ipynb"));
        // Prefilled with a path of its own until the user picks one.
        QCOMPARE(notebook->currentText(), QStringLiteral("notebooks/notebook.ipynb"));
        notebook->setCurrentIndex(0);
        emit notebook->activated(0);
        QCOMPARE(editor.document()->step(QStringLiteral("notebook"))->extra.value(QStringLiteral("notebook")).toString(),
                 QStringLiteral("notebooks/breast-cancer.ipynb"));
        QVERIFY(editor.document()->text().contains("notebook: notebooks/breast-cancer.ipynb"));
    }

    void yamlViewAndCanvasStayInStep()
    {
        PipelineEditor editor;
        editor.setDocument(PipelineDocument::fromText(demoText()));
        PipelineDocument *doc = editor.document();
        YamlEditor *yaml = editor.yamlEditor();
        QCOMPARE(yaml->toPlainText().toUtf8(), demoText());
        // Graph → text.
        QVERIFY(doc->renameStep(QStringLiteral("stop"), QStringLiteral("halt")));
        QTRY_VERIFY(yaml->toPlainText().contains(QStringLiteral("  halt:\n    type: fail")));
        QVERIFY(yaml->toPlainText().contains(QStringLiteral("else: [halt]")));
        // Text → graph.
        QString text = yaml->toPlainText();
        text.replace(QStringLiteral("  halt:\n"), QStringLiteral("  quit:\n"));
        text.replace(QStringLiteral("else: [halt]"), QStringLiteral("else: [quit]"));
        yaml->setPlainText(text);
        yaml->flush();
        QTRY_VERIFY(editor.scene()->node(QStringLiteral("quit")));
        QVERIFY(!editor.scene()->node(QStringLiteral("halt")));
        // Undo from the YAML view's keyboard goes through the one history.
        yaml->setFocus();
        QTest::keyClick(yaml, Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(editor.scene()->node(QStringLiteral("halt")));
        QTRY_VERIFY(yaml->toPlainText().contains(QStringLiteral("  halt:\n")));
    }
};

QTEST_MAIN(TestPipelineScene)
#include "tst_pipelinescene.moc"
