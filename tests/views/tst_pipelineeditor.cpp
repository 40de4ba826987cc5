// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// The editor around the canvas: the Step panel keeps what is being typed and shows
// nothing of a step that is no longer selected; the palette adds a step where it does
// not cover another; a dotted value edge is not deleted (and nothing is recorded); redo
// has both common shortcuts; and the editor gives the canvas room, keeps the palette's
// names whole, a skipped step's note readable and the run's notes reachable.

#include "testsupport.h"
#include "views/canvastestsupport.h"
#include "views/common/theme.h"
#include "views/pipeline/edgeitem.h"
#include "views/pipeline/executionmodel.h"
#include "views/pipeline/pipelinedocument.h"
#include "views/pipeline/pipelineeditor.h"
#include "views/pipeline/pipelinescene.h"
#include "views/pipeline/pipelinepropertiespanel.h"
#include "views/pipeline/pipelineview.h"
#include "views/pipeline/runpanel.h"
#include "views/pipeline/steppalette.h"
#include "views/pipeline/steppropertiespanel.h"
#include "views/pipeline/stepnodeitem.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QtTest>

using namespace mlops;

namespace {

QByteArray demoText()
{
    return test::readFile(QStringLiteral(MLOPS_SOURCE_DIR "/resources/templates/demo/files/pipelines/breast-cancer.yaml"));
}

using test::sceneRectOf;

/** The darkest grey level (0 black … 255 white) in `rect` of an image. */
int darkest(const QImage &image, const QRect &rect)
{
    int result = 255;
    for (int y = std::max(0, rect.top()); y <= std::min(image.height() - 1, rect.bottom()); ++y) {
        for (int x = std::max(0, rect.left()); x <= std::min(image.width() - 1, rect.right()); ++x)
            result = std::min(result, qGray(image.pixel(x, y)));
    }
    return result;
}

} // namespace

class TestPipelineEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // As in the studio: the palette and panels are measured in the studio's style.
        applyStudioTheme(*qApp);
    }

    void stepPanelKeepsWhatIsBeingTyped()
    {
        PipelineEditor editor;
        editor.resize(1300, 860);
        editor.setDocument(PipelineDocument::fromText(demoText()));
        editor.show();
        QApplication::setActiveWindow(&editor);
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        PipelineDocument *doc = editor.document();
        editor.scene()->selectSteps({QStringLiteral("train")});
        StepPropertiesPanel *panel = editor.stepPanel();
        auto *description = panel->findChild<QLineEdit *>(QStringLiteral("stepDescription"));
        QLineEdit *command = panel->commandEdit();
        QVERIFY(description && command);
        const QString commandBefore = command->text();

        // Type a description and commit it (this validates the pipeline in the background),
        // then type in the command before the validation has finished.
        QSignalSpy validated(doc, &PipelineDocument::diagnosticsChanged);
        description->setFocus();
        description->selectAll();
        QTest::keyClicks(description, QStringLiteral("Fits the model"));
        QTest::keyClick(description, Qt::Key_Return);
        QCOMPARE(doc->step(QStringLiteral("train"))->description, QStringLiteral("Fits the model"));
        command->setFocus();
        QVERIFY(command->hasFocus());
        command->end(false);
        QTest::keyClicks(command, QStringLiteral(" XYZ"));
        QTRY_VERIFY_WITH_TIMEOUT(!validated.isEmpty(), 10000);
        QApplication::processEvents();
        QCOMPARE(command->text(), commandBefore + QStringLiteral(" XYZ"));

        // Committed, the typed text becomes the step's command, shown as the document has it.
        QTest::keyClick(command, Qt::Key_Return);
        QCOMPARE(doc->step(QStringLiteral("train"))->command.last(), QStringLiteral("XYZ"));
        QCOMPARE(command->text(), commandBefore + QStringLiteral(" XYZ"));
        // An edit made elsewhere (undo) shows in the field again once nothing is being typed.
        editor.action(QStringLiteral("undo"))->trigger();
        QCOMPARE(command->text(), commandBefore);
    }

    void canvasMenuOffersTheEditingCommandsWithTheirKeys()
    {
        // A right click on a step, on a connection and on empty canvas: the commands that
        // apply there, each with its shortcut, doing what the key does (one undo step).
        PipelineEditor editor;
        editor.resize(1300, 860);
        editor.setDocument(PipelineDocument::fromText(demoText()));
        editor.show();
        QApplication::setActiveWindow(&editor);
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        PipelineDocument *doc = editor.document();
        PipelineScene *scene = editor.scene();
        PipelineView *view = editor.view();
        view->setZoom(1.0);
        view->centerOn(scene->node(QStringLiteral("train")));
        auto rightClick = [view](const QPointF &scenePos) -> QMenu * {
            const QPoint at = view->mapFromScene(scenePos);
            QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
            QApplication::sendEvent(view->viewport(), &event);
            for (int i = 0; i < 100 && !qobject_cast<QMenu *>(QApplication::activePopupWidget()); ++i)
                QTest::qWait(20);
            return qobject_cast<QMenu *>(QApplication::activePopupWidget());
        };
        auto actionNamed = [](QMenu *menu, const QString &name) -> QAction * {
            for (QAction *a : menu->actions()) {
                if (a->objectName() == name)
                    return a;
            }
            return nullptr;
        };

        // On a step that is not selected: it becomes the selection.
        scene->selectSteps({QStringLiteral("prepare")});
        QMenu *menu = rightClick(sceneRectOf(scene->node(QStringLiteral("train"))).center());
        QVERIFY(menu);
        QCOMPARE(scene->selectedSteps(), QStringList{QStringLiteral("train")});
        for (const char *name : {"renameStep", "cut", "copy", "paste", "duplicate", "delete", "selectAll", "fit"})
            QVERIFY2(actionNamed(menu, QLatin1String(name)), name);
        QCOMPARE(actionNamed(menu, QStringLiteral("copy"))->shortcut(), QKeySequence(QKeySequence::Copy));
        QCOMPARE(actionNamed(menu, QStringLiteral("delete"))->shortcut(), QKeySequence(QKeySequence::Delete));
        QCOMPARE(actionNamed(menu, QStringLiteral("selectAll"))->shortcut(), QKeySequence(QKeySequence::SelectAll));
        QVERIFY(actionNamed(menu, QStringLiteral("delete"))->isEnabled());
        const int commands = doc->undoStack()->count();
        actionNamed(menu, QStringLiteral("delete"))->trigger();
        menu->close();
        QVERIFY(!doc->step(QStringLiteral("train")));
        QCOMPARE(doc->undoStack()->count(), commands + 1);
        editor.action(QStringLiteral("undo"))->trigger();
        QVERIFY(doc->step(QStringLiteral("train")));

        // Rename… puts the cursor in the step's name.
        menu = rightClick(sceneRectOf(scene->node(QStringLiteral("train"))).center());
        QVERIFY(menu);
        actionNamed(menu, QStringLiteral("renameStep"))->trigger();
        menu->close();
        QCOMPARE(editor.inspector()->currentWidget(), editor.stepPanel());
        QTRY_VERIFY(editor.stepPanel()->nameEdit()->hasFocus());
        QCOMPARE(editor.stepPanel()->nameEdit()->selectedText(), QStringLiteral("train"));

        // On empty canvas: Add Step puts a step of the chosen type where the click was.
        const QPointF empty = scene->contentRect().bottomRight() + QPointF(200, 200);
        view->centerOn(empty);
        menu = rightClick(empty);
        QVERIFY(menu);
        QVERIFY(!actionNamed(menu, QStringLiteral("delete")));
        auto *types = menu->findChild<QMenu *>(QStringLiteral("addStepMenu"));
        QVERIFY(types);
        QAction *training = actionNamed(types, QStringLiteral("add_training"));
        QVERIFY(training);
        training->trigger();
        menu->close();
        QVERIFY(doc->step(QStringLiteral("train-2")));
        QVERIFY(sceneRectOf(scene->node(QStringLiteral("train-2"))).contains(empty));

        // A step dropped from the palette has the keyboard: Delete takes it away again.
        editor.findChild<StepPalette *>()->setFocus();
        QMimeData mime;
        mime.setData(PipelineView::stepTypeMimeType(), "processing");
        const QPoint at = view->mapFromScene(empty + QPointF(0, 300));
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &enter);
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &drop);
        QVERIFY(doc->step(QStringLiteral("process")));
        QCOMPARE(QApplication::focusWidget(), view);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
        QVERIFY(!doc->step(QStringLiteral("process")));

        // The other ways in: Save As… on the toolbar, and Ctrl+= zooms like Ctrl++.
        QAction *saveAs = editor.action(QStringLiteral("saveAs"));
        QWidget *saveAsButton = editor.findChild<QToolBar *>()->widgetForAction(saveAs);
        QVERIFY(saveAsButton && saveAsButton->isVisible());
        QVERIFY(saveAs->toolTip().contains(QKeySequence(QKeySequence::SaveAs).toString(QKeySequence::NativeText)));
        const qreal zoom = view->zoom();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Equal, Qt::ControlModifier);
        QVERIFY(view->zoom() > zoom * 1.1);
    }

    void pipelineTabShowsTheBeginningOfLongFields()
    {
        PipelineEditor editor;
        editor.resize(1300, 860);
        editor.setDocument(PipelineDocument::fromText(demoText()));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *description = editor.pipelinePanel()->findChild<QLineEdit *>(QStringLiteral("pipelineDescription"));
        QVERIFY(description);
        QVERIFY(description->text().size() > 40);
        // Scrolled to the start, not to the end ("…e Wisconsin breast-cancer data").
        QCOMPARE(description->cursorPosition(), 0);
    }

    void conditionRowsShowAfterAnotherStep()
    {
        // From a training step to a condition step: its Then and Else rows are there to
        // be read and typed in, whatever order the rows were hidden and shown in.
        PipelineEditor editor;
        editor.resize(1300, 860);
        editor.setDocument(PipelineDocument::fromText(demoText()));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        StepPropertiesPanel *panel = editor.stepPanel();
        for (const QString &first : {QStringLiteral("train"), QStringLiteral("prepare"), QStringLiteral("evaluate")}) {
            editor.scene()->selectSteps({first});
            QCoreApplication::processEvents();
            editor.scene()->selectSteps({QStringLiteral("gate")});
            QTRY_COMPARE(panel->step(), QStringLiteral("gate"));
            QList<QRect> rows;
            for (const char *name : {"stepThen", "stepElse"}) {
                auto *field = panel->findChild<QLineEdit *>(QLatin1String(name));
                QVERIFY(field);
                QTRY_VERIFY2(field->isVisible() && field->height() >= field->sizeHint().height() - 2,
                             qPrintable(QStringLiteral("%1 after %2: %3 px high")
                                            .arg(QLatin1String(name), first)
                                            .arg(field->height())));
                rows.append(QRect(field->mapTo(panel, QPoint(0, 0)), field->size()));
            }
            QVERIFY2(!rows.at(0).intersects(rows.at(1)), "the Then and Else rows overlap");
        }
    }

    void stepPanelShowsNothingOfAnUnselectedStep()
    {
        PipelineEditor editor;
        editor.setDocument(PipelineDocument::fromText(demoText()));
        PipelineScene *scene = editor.scene();
        StepPropertiesPanel *panel = editor.stepPanel();
        auto *title = panel->findChild<QLabel *>(QStringLiteral("stepPropertiesTitle"));
        scene->selectSteps({QStringLiteral("train")});
        QCOMPARE(panel->nameEdit()->text(), QStringLiteral("train"));
        QVERIFY(!panel->commandEdit()->text().isEmpty());

        // Two steps selected: no field shows either of them.
        scene->selectSteps({QStringLiteral("train"), QStringLiteral("prepare")});
        QCOMPARE(title->text(), QStringLiteral("No step selected"));
        for (QLineEdit *e : panel->findChildren<QLineEdit *>())
            QVERIFY2(e->text().isEmpty() || qobject_cast<QAbstractSpinBox *>(e->parentWidget()),
                     qPrintable(e->objectName() + QStringLiteral(": ") + e->text()));

        // The selected step deleted: likewise.
        scene->selectSteps({QStringLiteral("evaluate")});
        QCOMPARE(panel->nameEdit()->text(), QStringLiteral("evaluate"));
        editor.action(QStringLiteral("delete"))->trigger();
        QVERIFY(!editor.document()->step(QStringLiteral("evaluate")));
        QCOMPARE(title->text(), QStringLiteral("No step selected"));
        QVERIFY(panel->nameEdit()->text().isEmpty());
        QVERIFY(panel->commandEdit()->text().isEmpty());
        QVERIFY(panel->findChild<QLineEdit *>(QStringLiteral("stepOutputs"))->text().isEmpty());
    }

    void paletteAddsAStepWhereNothingIs()
    {
        PipelineEditor editor;
        editor.resize(1300, 860);
        editor.setDocument(PipelineDocument::fromText(demoText()));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        PipelineScene *scene = editor.scene();
        PipelineView *view = editor.view();
        // The middle of the view on a node, as after opening a small pipeline.
        view->setZoom(1.0);
        view->centerOn(scene->node(QStringLiteral("evaluate")));
        const QPointF centre = view->mapToScene(view->viewport()->rect().center());
        QVERIFY(sceneRectOf(scene->node(QStringLiteral("evaluate"))).contains(centre));

        auto *palette = editor.findChild<StepPalette *>();
        QVERIFY(palette);
        for (int i = 0; i < 3; ++i) {
            const QStringList before = scene->nodes().keys();
            emit palette->stepTypeActivated(QStringLiteral("processing"));
            QCOMPARE(scene->nodes().size(), before.size() + 1);
            const QStringList selected = scene->selectedSteps();
            QCOMPARE(selected.size(), 1);
            const QRectF added = sceneRectOf(scene->node(selected.first()));
            for (const QString &n : before)
                QVERIFY2(!added.intersects(sceneRectOf(scene->node(n))), qPrintable(selected.first() + QStringLiteral(" covers ") + n));
            // Near the middle: within a couple of cards of it.
            QVERIFY2(QLineF(added.center(), centre).length() < 3 * added.width(),
                     qPrintable(QStringLiteral("%1 is far from the middle").arg(selected.first())));
        }
    }

    void dottedValueEdgeIsNotDeleted()
    {
        PipelineEditor editor;
        editor.setDocument(PipelineDocument::fromText(demoText()));
        PipelineDocument *doc = editor.document();
        PipelineScene *scene = editor.scene();
        EdgeItem *value = nullptr;
        for (EdgeItem *e : scene->edgeItems()) {
            if (e->edge().kind == GraphEdge::Kind::Value)
                value = e;
        }
        QVERIFY(value);
        QSignalSpy messages(&editor, &PipelineEditor::statusMessage);
        scene->clearSelection();
        value->setSelected(true);
        QVERIFY(editor.action(QStringLiteral("delete"))->isEnabled());
        editor.action(QStringLiteral("delete"))->trigger();
        QCOMPARE(doc->undoStack()->count(), 0);
        QVERIFY(!doc->isModified());
        QVERIFY(!editor.action(QStringLiteral("undo"))->isEnabled());
        QCOMPARE(scene->edgeItems().size(), 7);
        QVERIFY(!messages.isEmpty());
        QVERIFY2(messages.last().first().toString().contains(QStringLiteral("condition")),
                 qPrintable(messages.last().first().toString()));

        // A branch edge with it: only the branch goes, as one undoable step.
        for (EdgeItem *e : scene->edgeItems()) {
            if (e->edge().kind == GraphEdge::Kind::Branch && e->edge().to == QStringLiteral("stop"))
                e->setSelected(true);
        }
        value->setSelected(true);
        editor.action(QStringLiteral("delete"))->trigger();
        QCOMPARE(doc->undoStack()->count(), 1);
        QVERIFY(doc->step(QStringLiteral("gate"))->elseSteps.isEmpty());
        QCOMPARE(doc->step(QStringLiteral("gate"))->when,
                 QStringLiteral("${steps.evaluate.properties.report.accuracy} >= ${parameters.min_accuracy}"));
    }

    void repeatedPasteCascadesAndDuplicateKeepsTheClipboard()
    {
        PipelineEditor editor;
        editor.resize(1300, 860);
        editor.setDocument(PipelineDocument::fromText(demoText()));
        PipelineDocument *doc = editor.document();
        editor.scene()->selectSteps({QStringLiteral("train")});
        editor.copy();
        const QPointF original = editor.scene()->node(QStringLiteral("train"))->pos();
        QList<QPointF> seen{original};
        for (int i = 0; i < 3; ++i) {
            editor.paste();
            const QStringList pasted = editor.scene()->selectedSteps();
            QCOMPARE(pasted.size(), 1);
            const QPointF at = editor.scene()->node(pasted.first())->pos();
            // Each copy lands where no other copy is: down and to the right of the last.
            for (const QPointF &p : std::as_const(seen))
                QVERIFY2((at - p).manhattanLength() >= 40, qPrintable(pasted.first()));
            QVERIFY(at.x() > seen.last().x() && at.y() > seen.last().y());
            seen.append(at);
        }
        QCOMPARE(doc->spec().steps.size(), 6 + 3);

        // Duplicate leaves what the user copied (elsewhere, too) on the clipboard.
        QApplication::clipboard()->setText(QStringLiteral("kept text"));
        editor.scene()->selectSteps({QStringLiteral("prepare")});
        const qsizetype before = doc->spec().steps.size();
        editor.action(QStringLiteral("duplicate"))->trigger();
        QCOMPARE(doc->spec().steps.size(), before + 1);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("kept text"));
        QVERIFY(editor.scene()->selectedSteps().first() != QStringLiteral("prepare"));
    }

    void redoHasBothShortcuts()
    {
        PipelineEditor editor;
        editor.setDocument(PipelineDocument::fromText(demoText()));
        QAction *redo = editor.action(QStringLiteral("redo"));
        const QList<QKeySequence> keys = redo->shortcuts();
        QVERIFY(keys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
        QVERIFY(keys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
        editor.document()->moveSteps({{QStringLiteral("stop"), QPointF(40, 40)}});
        editor.action(QStringLiteral("undo"))->trigger();
        QVERIFY(redo->isEnabled());
        for (const QKeySequence &key : keys)
            QVERIFY2(redo->toolTip().contains(key.toString(QKeySequence::NativeText)), qPrintable(redo->toolTip()));
    }

    void canvasHasRoomAndLabelsAreReadable()
    {
        // The editor's width in the studio's window beside the navigation and the list.
        PipelineEditor editor;
        editor.resize(920, 760);
        editor.setDocument(PipelineDocument::fromText(demoText()));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QApplication::processEvents();
        auto *palette = editor.findChild<StepPalette *>();
        QWidget *inspector = editor.inspector();
        QWidget *canvas = editor.view();
        QVERIFY2(canvas->width() > inspector->width() && canvas->width() >= editor.width() * 45 / 100,
                 qPrintable(QStringLiteral("canvas %1, inspector %2, palette %3")
                                .arg(canvas->width())
                                .arg(inspector->width())
                                .arg(palette->width())));
        // Every type name fits whole.
        for (int i = 0; i < palette->count(); ++i) {
            const QRect item = palette->visualItemRect(palette->item(i));
            const int needed = palette->fontMetrics().horizontalAdvance(palette->item(i)->text()) + palette->iconSize().width();
            QVERIFY2(palette->viewport()->width() >= needed + 8 && item.width() >= needed,
                     qPrintable(QStringLiteral("%1 needs %2, has %3").arg(palette->item(i)->text()).arg(needed).arg(item.width())));
        }

        // Narrow: the canvas keeps a workable width.
        editor.resize(530, 700);
        QApplication::processEvents();
        QVERIFY2(canvas->width() >= 180, qPrintable(QString::number(canvas->width())));
        QVERIFY(canvas->isVisible());
    }

    void skippedNoteIsReadable()
    {
        auto doc = PipelineDocument::fromText(demoText());
        PipelineScene scene(doc.get());
        StepEvent e;
        e.step = QStringLiteral("stop");
        e.status = RunStatus::Skipped;
        e.reason = QStringLiteral("condition 'gate' was true");
        scene.setStepStatus(e);
        StepNodeItem *node = scene.node(QStringLiteral("stop"));
        QCOMPARE(node->note(), e.reason);
        const QRectF card = sceneRectOf(node);
        QImage image(card.size().toSize() * 2, QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            scene.render(&painter, QRectF(QPointF(0, 0), card.size() * 2), card);
        }
        // The note's line (below the name): its text as dark as readable grey text.
        const QRect noteLine(42 * 2, 47 * 2, int(card.width() - 60) * 2, 16 * 2);
        QVERIFY2(darkest(image, noteLine) < 140, qPrintable(QString::number(darkest(image, noteLine))));
    }

    void runNotesAreReachable()
    {
        PipelineEditor editor;
        editor.resize(920, 760);
        editor.setDocument(PipelineDocument::fromText(demoText()));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QList<StepEvent> steps;
        for (const QString &name : {QStringLiteral("prepare"), QStringLiteral("gate"), QStringLiteral("register")}) {
            StepEvent e;
            e.step = name;
            e.status = RunStatus::Completed;
            e.durationMs = 1600;
            e.attempt = 1;
            steps.append(e);
        }
        steps[1].reason = QStringLiteral("true: runs register");
        steps[2].reason = QStringLiteral("registered breast-cancer:3 (PendingManualApproval)");
        RunPanel *panel = editor.runPanel();
        panel->showRun(QStringLiteral("8015a753"), RunStatus::Completed, 5000, QString(), steps, true);
        editor.inspector()->setCurrentWidget(panel);
        QApplication::processEvents();
        auto *table = panel->findChild<QTableView *>(QStringLiteral("runSteps"));
        QVERIFY(table);
        const int note = ExecutionModel::Note;
        // The short note shows whole; every note's full text is in its tooltip.
        const QString shortNote = steps[1].reason;
        QVERIFY2(table->columnWidth(note) >= table->fontMetrics().horizontalAdvance(shortNote) + 8,
                 qPrintable(QStringLiteral("Note column %1 px of %2 (%3 %4 %5 %6 %7)")
                                .arg(table->columnWidth(note))
                                .arg(table->viewport()->width())
                                .arg(table->columnWidth(0))
                                .arg(table->columnWidth(1))
                                .arg(table->columnWidth(2))
                                .arg(table->columnWidth(3))
                                .arg(table->columnWidth(4))));
        for (int row = 0; row < steps.size(); ++row)
            QCOMPARE(table->model()->index(row, note).data(Qt::ToolTipRole).toString(), steps[row].reason);
    }
};

QTEST_MAIN(TestPipelineEditor)
#include "tst_pipelineeditor.moc"
