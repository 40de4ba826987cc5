// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// The Pipelines screen: the workspace's pipelines with validity markers, opening one,
// new pipelines from templates, unsaved-changes prompts.

#include "testsupport.h"
#include "views/common/workspacesession.h"
#include "views/pipeline/newpipelinedialog.h"
#include "views/pipeline/pipelinedocument.h"
#include "views/pipeline/pipelineeditor.h"
#include "views/pipeline/pipelinelistmodel.h"
#include "views/pipeline/pipelinesscreen.h"
#include "views/pipeline/pipelinescene.h"

#include "core/pipeline/pipelineloader.h"
#include "core/workspace/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace mlops;

namespace {

/** Answers the next message box with `button` once it shows (for a few seconds). */
void answerNextMessageBox(QMessageBox::StandardButton button, int tries = 3000)
{
    QTimer::singleShot(20, qApp, [button, tries] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                box->button(button)->click();
                return;
            }
        }
        if (tries > 0)
            answerNextMessageBox(button, tries - 1);
    });
}

} // namespace

class TestPipelinesScreen : public QObject
{
    Q_OBJECT

private slots:
    void listsOpensAndPrompts()
    {
        test::TempWorkspace ws(QStringLiteral("empty"));
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QVERIFY(test::writeFile(ws.path(QStringLiteral("pipelines/a-good.yaml")),
                                "name: good\nsteps:\n  a:\n    type: processing\n    command: ['true']\n"));
        QVERIFY(test::writeFile(ws.path(QStringLiteral("pipelines/b-bad.yaml")),
                                "name: bad\nsteps:\n  a:\n    type: procesing\n"));
        Result<Workspace> workspace = Workspace::open(ws.root());
        QVERIFY(workspace.ok());
        WorkspaceSession session;
        PipelinesScreen screen(&session);
        session.setWorkspace(*workspace);
        QTRY_VERIFY_WITH_TIMEOUT(!screen.isBusy(), 30000);

        const QList<PipelineEntry> &entries = screen.listModel()->entries();
        QCOMPARE(entries.size(), 2);
        QVERIFY(entries.at(0).isValid());
        QCOMPARE(entries.at(0).steps, 1);
        QVERIFY(!entries.at(1).isValid());
        QVERIFY(entries.at(1).firstProblem.contains(QStringLiteral("did you mean 'processing'")));
        QVERIFY(!screen.listModel()->index(1).data(PipelineListModel::ValidRole).toBool());

        // The first pipeline opens by itself.
        QTRY_VERIFY_WITH_TIMEOUT(screen.editor()->document() != nullptr, 30000);
        QCOMPARE(screen.editor()->document()->pipelineFile(), QStringLiteral("pipelines/a-good.yaml"));

        // Unsaved changes: Cancel keeps the document, Discard lets it go.
        PipelineDocument *doc = screen.editor()->document();
        QVERIFY(doc->renameStep(QStringLiteral("a"), QStringLiteral("b")));
        answerNextMessageBox(QMessageBox::Cancel);
        QVERIFY(!screen.confirmClose());
        answerNextMessageBox(QMessageBox::Cancel);
        QVERIFY(!screen.openPipeline(QStringLiteral("pipelines/b-bad.yaml")));
        QCOMPARE(screen.editor()->document(), doc);
        answerNextMessageBox(QMessageBox::Discard);
        QVERIFY(screen.openPipeline(QStringLiteral("pipelines/b-bad.yaml")));
        QTRY_VERIFY_WITH_TIMEOUT(!screen.isBusy(), 30000);
        QCOMPARE(screen.editor()->document()->pipelineFile(), QStringLiteral("pipelines/b-bad.yaml"));
        QVERIFY(screen.editor()->document()->hasErrors());
        QVERIFY(!screen.editor()->document()->isGraphEditable());  // unknown type: fix it in the YAML
        QVERIFY(screen.confirmClose());

        // Save writes the file; the list follows.
        QVERIFY(screen.openPipeline(QStringLiteral("pipelines/a-good.yaml")));
        QTRY_VERIFY_WITH_TIMEOUT(!screen.isBusy(), 30000);
        doc = screen.editor()->document();
        QVERIFY(doc->renameStep(QStringLiteral("a"), QStringLiteral("renamed")));
        answerNextMessageBox(QMessageBox::Save);
        QVERIFY(screen.confirmClose());
        QVERIFY(test::readFile(ws.path(QStringLiteral("pipelines/a-good.yaml"))).contains("  renamed:\n"));
    }

    void aWorkspaceWithoutPipelinesSaysWhatToDo()
    {
        test::TempWorkspace ws(QStringLiteral("empty"));
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        Result<Workspace> workspace = Workspace::open(ws.root());
        QVERIFY(workspace.ok());
        WorkspaceSession session;
        PipelinesScreen screen(&session);
        screen.resize(1000, 700);
        screen.show();
        session.setWorkspace(*workspace);
        QTRY_VERIFY_WITH_TIMEOUT(!screen.isBusy(), 30000);
        auto *text = screen.findChild<QLabel *>(QStringLiteral("pipelinesEmptyText"));
        QVERIFY(text);
        QTRY_VERIFY(text->isVisible());
        QVERIFY2(text->text().contains(QStringLiteral("no pipelines")), qPrintable(text->text()));
        QVERIFY(!screen.editor()->isVisible());
        // The tour has nothing to open and finishes at once, without a message box.
        screen.prepareForTour();
        QTRY_VERIFY_WITH_TIMEOUT(!screen.isBusy(), 5000);
        QVERIFY(text->isVisible());
    }

    void newPipelineFromATemplate()
    {
        test::TempWorkspace ws(QStringLiteral("empty"));
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        Result<Workspace> workspace = Workspace::open(ws.root());
        const QList<QPair<QString, QString>> templates = NewPipelineDialog::templates();
        QVERIFY(templates.size() >= 2);
        NewPipelineDialog dialog({}, workspace->pipelinesDir());
        dialog.findChild<QLineEdit *>(QStringLiteral("newPipelineName"))->setText(QStringLiteral("churn"));
        auto *source = dialog.findChild<QComboBox *>(QStringLiteral("newPipelineSource"));
        QCOMPARE(source->itemText(0), QStringLiteral("Empty pipeline"));
        const LoadedPipeline empty = PipelineLoader::load(QStringLiteral("x.yaml"), dialog.startingText());
        QVERIFY(empty.ok());
        QCOMPARE(empty.spec.name, QStringLiteral("churn"));
        QVERIFY(empty.spec.steps.isEmpty());
        for (int i = 1; i < source->count(); ++i) {
            source->setCurrentIndex(i);
            const LoadedPipeline loaded = PipelineLoader::load(QStringLiteral("x.yaml"), dialog.startingText());
            QVERIFY2(loaded.ok(), qPrintable(source->itemText(i)));
            QCOMPARE(loaded.spec.name, QStringLiteral("churn"));
            QVERIFY(!loaded.spec.steps.isEmpty());
        }
        // Invalid names are refused before anything happens.
        dialog.findChild<QLineEdit *>(QStringLiteral("newPipelineName"))->setText(QStringLiteral("9 lives"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(TestPipelinesScreen)
#include "tst_pipelinesscreen.moc"
