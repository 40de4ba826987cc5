// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// The open pipeline and its file on disk: a change on disk reloads a document without
// unsaved edits (one undoable step), shows Reload / Keep Mine with unsaved edits, Save
// asks before writing over it, and Run runs exactly the file the editor shows.

#include "testsupport.h"
#include "views/pipeline/diskchangebar.h"
#include "views/pipeline/executioncontroller.h"
#include "views/pipeline/pipelinedocument.h"
#include "views/pipeline/pipelineeditor.h"
#include "views/pipeline/pipelinescene.h"
#include "views/pipeline/runpanel.h"
#include "views/pipeline/stepnodeitem.h"

#include "core/workspace/workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace mlops;

namespace {

QByteArray pipeline(const QString &step, const QString &word)
{
    return QStringLiteral("name: ext\n"
                          "steps:\n"
                          "  %1:\n"
                          "    type: processing\n"
                          "    command: [sh, -c, 'echo %2']\n")
        .arg(step, word)
        .toUtf8();
}

/** Clicks a button (by object name) of the next message box once it shows. */
void answerMessageBox(const QString &button, int tries = 3000)
{
    QTimer::singleShot(20, qApp, [button, tries] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                if (button.isEmpty())
                    box->button(QMessageBox::Cancel)->click();
                else if (auto *b = box->findChild<QAbstractButton *>(button))
                    b->click();
                return;
            }
        }
        if (tries > 0)
            answerMessageBox(button, tries - 1);
    });
}

struct Fixture
{
    test::TempWorkspace ws{QStringLiteral("empty")};
    QString file = ws.path(QStringLiteral("pipelines/ext.yaml"));
    PipelineEditor editor;

    bool open()
    {
        if (!ws.isValid() || !test::writeFile(file, pipeline(QStringLiteral("first"), QStringLiteral("old"))))
            return false;
        Result<Workspace> workspace = Workspace::open(ws.root());
        if (!workspace)
            return false;
        editor.setWorkspace(*workspace);
        Result<std::unique_ptr<PipelineDocument>> doc = PipelineDocument::open(file, ws.root());
        if (!doc)
            return false;
        editor.setDocument(std::move(*doc));
        return true;
    }
};

} // namespace

class TestPipelineDiskChange : public QObject
{
    Q_OBJECT

private slots:
    void unmodifiedDocumentReloadsByItself()
    {
        Fixture f;
        QVERIFY(f.open());
        PipelineDocument *doc = f.editor.document();
        const QByteArray before = doc->text();
        const QByteArray changed = pipeline(QStringLiteral("second"), QStringLiteral("new"));
        QVERIFY(test::writeFile(f.file, changed));

        // Without anyone asking: the canvas and the text show the file as it is now.
        QTRY_COMPARE_WITH_TIMEOUT(doc->text(), changed, 5000);
        QVERIFY(!doc->isModified());
        QVERIFY(!f.editor.diskChangeBar()->hasConflict());
        QVERIFY(f.editor.scene()->node(QStringLiteral("second")));
        QVERIFY(!f.editor.scene()->node(QStringLiteral("first")));
        // One undoable step, which brings the earlier version back (now an unsaved change).
        QVERIFY(doc->undoStack()->undoText().contains(QStringLiteral("Reload")));
        doc->undoStack()->undo();
        QCOMPARE(doc->text(), before);
        QVERIFY(doc->isModified());
        doc->undoStack()->redo();
        QCOMPARE(doc->text(), changed);
        QVERIFY(!doc->isModified());
    }

    void unsavedEditsAreNeverOverwrittenSilently()
    {
        Fixture f;
        QVERIFY(f.open());
        PipelineDocument *doc = f.editor.document();
        StepSpec step = *doc->step(QStringLiteral("first"));
        step.description = QStringLiteral("mine");
        QVERIFY(doc->changeStep(step, QStringLiteral("description")));
        const QByteArray mine = doc->text();
        const QByteArray theirs = pipeline(QStringLiteral("first"), QStringLiteral("theirs"));
        QVERIFY(test::writeFile(f.file, theirs));

        // The bar says so; the document keeps the user's edits meanwhile.
        QTRY_VERIFY_WITH_TIMEOUT(f.editor.diskChangeBar()->hasConflict(), 5000);
        QVERIFY(f.editor.diskChangeBar()->isVisibleTo(&f.editor));
        QCOMPARE(doc->text(), mine);

        // Save asks; cancelling writes nothing.
        answerMessageBox(QString());
        QVERIFY(!f.editor.save());
        QCOMPARE(test::readFile(f.file), theirs);
        // Nor does Run: it runs only a saved document that matches the file.
        QString why;
        QVERIFY(!f.editor.runWith(ExecutionOptions{}, &why));
        QCOMPARE(test::readFile(f.file), theirs);

        // Reload takes the file's version; Undo brings the user's edits back.
        f.editor.diskChangeBar()->reloadButton()->click();
        QCOMPARE(doc->text(), theirs);
        QVERIFY(!doc->isModified());
        QVERIFY(!f.editor.diskChangeBar()->hasConflict());
        doc->undoStack()->undo();
        QCOMPARE(doc->text(), mine);

        // Keep Mine: Save then writes the user's version without asking again.
        const QByteArray third = pipeline(QStringLiteral("first"), QStringLiteral("third"));
        QVERIFY(test::writeFile(f.file, third));
        QTRY_VERIFY_WITH_TIMEOUT(f.editor.diskChangeBar()->hasConflict(), 5000);
        f.editor.diskChangeBar()->keepButton()->click();
        QVERIFY(!f.editor.diskChangeBar()->hasConflict());
        QCOMPARE(doc->text(), mine);
        QVERIFY(f.editor.save());
        QCOMPARE(test::readFile(f.file), mine);
    }

    void saveAsksAndOverwriteWrites()
    {
        Fixture f;
        QVERIFY(f.open());
        PipelineDocument *doc = f.editor.document();
        QVERIFY(doc->editText(pipeline(QStringLiteral("first"), QStringLiteral("mine")), false));
        QVERIFY(test::writeFile(f.file, pipeline(QStringLiteral("first"), QStringLiteral("theirs"))));
        // Saved before the watcher has told: Save still sees the change and asks.
        answerMessageBox(QStringLiteral("overwrite"));
        QVERIFY(f.editor.save());
        QCOMPARE(test::readFile(f.file), pipeline(QStringLiteral("first"), QStringLiteral("mine")));
        QVERIFY(!doc->isModified());
    }

    void runRunsTheFileAsItIsOnDisk()
    {
        Fixture f;
        QVERIFY(f.open());
        PipelineDocument *doc = f.editor.document();
        // Changed on disk just before Run, before the watcher has had a chance to tell.
        const QByteArray changed = pipeline(QStringLiteral("second"), QStringLiteral("fresh-version"));
        QVERIFY(test::writeFile(f.file, changed));
        QSignalSpy finished(f.editor.controller(), &ExecutionController::finished);
        QString why;
        QVERIFY2(f.editor.runWith(ExecutionOptions{}, &why), qPrintable(why));
        // What runs is what the editor shows and what is saved.
        QCOMPARE(doc->text(), changed);
        QVERIFY(!doc->isModified());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QVERIFY(f.editor.scene()->node(QStringLiteral("second"))->statusText().startsWith(QStringLiteral("Completed")));
        f.editor.scene()->selectSteps({QStringLiteral("second")});
        QTRY_VERIFY_WITH_TIMEOUT(f.editor.runPanel()->logView()->toPlainText().contains(QStringLiteral("fresh-version")),
                                 30000);
    }
};

QTEST_MAIN(TestPipelineDiskChange)
#include "tst_pipelinediskchange.moc"
