// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// Running a pipeline from the editor, through the real engine on its worker thread:
// live statuses on the nodes, the log as it comes, metrics, failure reasons, skips,
// cache hits on the second run, and Stop.

#include "testsupport.h"
#include "views/pipeline/executioncontroller.h"
#include "views/pipeline/executionmodel.h"
#include "views/pipeline/pipelinedocument.h"
#include "views/pipeline/pipelineeditor.h"
#include "views/pipeline/pipelinescene.h"
#include "views/pipeline/runhistory.h"
#include "views/pipeline/rundialog.h"
#include "views/pipeline/runpanel.h"
#include "views/pipeline/stepnodeitem.h"

#include "core/store/database.h"
#include "core/workspace/workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QTimer>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

using namespace mlops;

namespace {

QByteArray smallPipeline(const QString &releaseFile)
{
    return QStringLiteral("name: small\n"
                          "steps:\n"
                          "  hello:\n"
                          "    type: processing\n"
                          "    command: [sh, -c, 'echo start; while [ ! -f \"$RELEASE\" ]; do sleep 0.05; done; echo accuracy=0.75; echo done']\n"
                          "    metrics:\n"
                          "      - {name: acc, regex: \"accuracy=([0-9.]+)\"}\n"
                          "    environment: {RELEASE: %1}\n"
                          "  broken:\n"
                          "    type: processing\n"
                          "    depends_on: [hello]\n"
                          "    command: [sh, -c, 'echo oops >&2; echo \"the data was bad\" > \"$SM_OUTPUT_DIR/failure\"; exit 3']\n"
                          "  after:\n"
                          "    type: processing\n"
                          "    depends_on: [broken]\n"
                          "    command: [sh, -c, 'echo never']\n")
        .arg(releaseFile)
        .toUtf8();
}

std::unique_ptr<PipelineDocument> openDocument(const QString &file, const QString &root)
{
    Result<std::unique_ptr<PipelineDocument>> doc = PipelineDocument::open(file, root);
    return doc ? std::move(doc.value()) : nullptr;
}

/** Clicks a button (by object name) of the "pipeline running" question once it shows.
 *  Keeps looking for up to a minute: on a loaded machine the question can take seconds to
 *  come up, and a question nobody answers would hang the test until ctest kills it. */
void answerRunningQuestion(const QString &button, int tries = 3000)
{
    QTimer::singleShot(20, qApp, [button, tries] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                if (auto *b = box->findChild<QAbstractButton *>(button))
                    b->click();
                return;
            }
        }
        if (tries > 0)
            answerRunningQuestion(button, tries - 1);
    });
}

} // namespace

class TestPipelineRun : public QObject
{
    Q_OBJECT

private slots:
    void statusesFollowARealRun()
    {
        test::TempWorkspace ws(QStringLiteral("empty"));
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        // Outside the workspace: a new file in it would be new code for the step cache.
        QTemporaryDir scratch;
        const QString release = scratch.filePath(QStringLiteral("release"));
        const QString file = ws.path(QStringLiteral("pipelines/small.yaml"));
        QVERIFY(test::writeFile(file, smallPipeline(release)));
        Result<Workspace> workspace = Workspace::open(ws.root());
        QVERIFY(workspace.ok());

        PipelineEditor editor;
        editor.setWorkspace(*workspace);
        Result<std::unique_ptr<PipelineDocument>> doc = PipelineDocument::open(file, ws.root());
        QVERIFY(doc.ok());
        editor.setDocument(std::move(*doc));
        PipelineScene *scene = editor.scene();
        QVERIFY2(!editor.document()->hasErrors(), qPrintable(editor.document()->diagnostics().value(0).toString()));

        // Every state each node showed, as the events came.
        QHash<QString, QStringList> seen;
        connect(editor.controller(), &ExecutionController::stepChanged, this, [&](const StepEvent &e) {
            seen[e.step].append(scene->node(e.step)->statusText());
        });
        QSignalSpy finished(editor.controller(), &ExecutionController::finished);

        QString why;
        QVERIFY2(editor.runWith(ExecutionOptions{}, &why), qPrintable(why));
        QVERIFY(editor.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(scene->node(QStringLiteral("hello"))->statusText().startsWith(QStringLiteral("Running")), 30000);
        QVERIFY(scene->node(QStringLiteral("broken"))->statusText().startsWith(QStringLiteral("Pending")));
        // The log while the step runs, and the GUI thread is free meanwhile.
        editor.runPanel()->selectStep(QStringLiteral("hello"));
        QTRY_VERIFY_WITH_TIMEOUT(editor.runPanel()->logView()->toPlainText().contains(QStringLiteral("start")), 30000);
        QVERIFY(editor.runPanel()->model()->step(editor.runPanel()->model()->rowOf(QStringLiteral("hello"))).status
                == RunStatus::Running);

        QVERIFY(test::writeFile(release, "go"));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QCOMPARE(finished.first().at(0).value<RunStatus>(), RunStatus::Failed);
        QVERIFY(!editor.isRunning());

        StepNodeItem *hello = scene->node(QStringLiteral("hello"));
        StepNodeItem *broken = scene->node(QStringLiteral("broken"));
        StepNodeItem *after = scene->node(QStringLiteral("after"));
        QVERIFY(hello->statusText().startsWith(QStringLiteral("Completed")));
        QVERIFY(broken->statusText().startsWith(QStringLiteral("Failed")));
        QVERIFY2(broken->note().contains(QStringLiteral("the data was bad")), qPrintable(broken->note()));
        QCOMPARE(after->statusText(), QStringLiteral("Skipped"));
        QVERIFY(after->note().contains(QStringLiteral("broken")));
        QVERIFY(seen.value(QStringLiteral("hello")).first().startsWith(QStringLiteral("Running")));
        QVERIFY(seen.value(QStringLiteral("hello")).last().startsWith(QStringLiteral("Completed")));

        // Clicking the node shows its log and its metrics from the store.
        scene->selectSteps({QStringLiteral("hello")});
        QTRY_VERIFY_WITH_TIMEOUT(editor.runPanel()->logView()->toPlainText().contains(QStringLiteral("done")), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(editor.runPanel()->metricsView()->rowCount() == 1, 30000);
        QCOMPARE(editor.runPanel()->metricsView()->item(0, 0)->text(), QStringLiteral("acc"));
        QCOMPARE(editor.runPanel()->metricsView()->item(0, 1)->text(), QStringLiteral("0.75"));
        scene->selectSteps({QStringLiteral("broken")});
        QTRY_VERIFY_WITH_TIMEOUT(editor.runPanel()->logView()->toPlainText().contains(QStringLiteral("oops")), 30000);

        // Runs from the studio say so (the maturity model tells unattended runs apart).
        {
            Result<std::unique_ptr<Database>> db = Database::open(ws.path(QStringLiteral(".mlops/store.db")), false);
            QVERIFY(db.ok());
            Result<QVariant> launcher = (*db)->scalar(QStringLiteral(
                "SELECT t.value FROM tags t JOIN runs r ON r.id = t.run_id WHERE r.kind = 'pipeline'"
                " AND t.key = 'mlops.launcher'"));
            QVERIFY(launcher.ok());
            QCOMPARE(launcher->toString(), QStringLiteral("studio"));
        }

        // Second run: the finished step comes from the cache.
        finished.clear();
        QVERIFY(editor.runWith(ExecutionOptions{}, &why));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QCOMPARE(hello->statusText(), QStringLiteral("Cached"));
        QVERIFY(broken->statusText().startsWith(QStringLiteral("Failed")));

        // A reopened editor shows the last run from the store.
        PipelineEditor second;
        second.setWorkspace(*workspace);
        second.setDocument(openDocument(file, ws.root()));
        second.loadLastRun();
        QTRY_VERIFY_WITH_TIMEOUT(!second.isLoadingRun(), 30000);
        QCOMPARE(second.scene()->node(QStringLiteral("hello"))->statusText(), QStringLiteral("Cached"));
        QCOMPARE(second.scene()->node(QStringLiteral("after"))->statusText(), QStringLiteral("Skipped"));
    }

    void stopEndsARun()
    {
        test::TempWorkspace ws(QStringLiteral("empty"));
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const QString file = ws.path(QStringLiteral("pipelines/slow.yaml"));
        QVERIFY(test::writeFile(file, "name: slow\nsteps:\n  wait:\n    type: processing\n    command: [sleep, '600']\n"
                                      "  next:\n    type: processing\n    depends_on: [wait]\n    command: ['true']\n"));
        Result<Workspace> workspace = Workspace::open(ws.root());
        QVERIFY(workspace.ok());
        PipelineEditor editor;
        editor.setWorkspace(*workspace);
        editor.setDocument(openDocument(file, ws.root()));
        QSignalSpy finished(editor.controller(), &ExecutionController::finished);
        QVERIFY(editor.runWith(ExecutionOptions{}));
        QTRY_VERIFY_WITH_TIMEOUT(editor.scene()->node(QStringLiteral("wait"))->statusText().startsWith(QStringLiteral("Running")),
                                 30000);
        QVERIFY(editor.action(QStringLiteral("stop"))->isEnabled());
        editor.action(QStringLiteral("stop"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QCOMPARE(finished.first().at(0).value<RunStatus>(), RunStatus::Stopped);
        QVERIFY(editor.scene()->node(QStringLiteral("wait"))->statusText().startsWith(QStringLiteral("Stopped")));
        QCOMPARE(editor.scene()->node(QStringLiteral("next"))->statusText(), QStringLiteral("Skipped"));
    }

    void closingTheEditorEndsItsRun()
    {
        test::TempWorkspace ws(QStringLiteral("empty"));
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const QString pidFile = ws.path(QStringLiteral("step.pid"));
        const QString file = ws.path(QStringLiteral("pipelines/slow.yaml"));
        // The step outlives any test timeout unless it is stopped; its process id tells whether it was.
        QVERIFY(test::writeFile(file, QStringLiteral("name: slow\nsteps:\n  wait:\n    type: processing\n"
                                                     "    command: [sh, -c, 'echo $$ > %1; exec sleep 300']\n")
                                          .arg(pidFile)
                                          .toUtf8()));
        Result<Workspace> workspace = Workspace::open(ws.root());
        QVERIFY(workspace.ok());
        qint64 pid = 0;
        {
            PipelineEditor editor;
            editor.setWorkspace(*workspace);
            editor.setDocument(openDocument(file, ws.root()));
            QVERIFY(editor.runWith(ExecutionOptions{}));
            QTRY_VERIFY_WITH_TIMEOUT(
                editor.scene()->node(QStringLiteral("wait"))->statusText().startsWith(QStringLiteral("Running")), 30000);
            QTRY_VERIFY_WITH_TIMEOUT((pid = test::readFile(pidFile).trimmed().toLongLong()) > 0, 30000);
        }  // the editor goes while the step runs: the step is stopped, not left behind
        const runhistory::PipelineRunSummary run = runhistory::lastRun(*workspace, QStringLiteral("pipelines/slow.yaml"));
        QVERIFY(run.found);
        QCOMPARE(run.status, RunStatus::Stopped);
        QCOMPARE(run.steps.size(), 1);
        QCOMPARE(run.steps.first().status, RunStatus::Stopped);
        // The process is gone (or at most a zombie waiting to be reaped), not sleeping on.
        const auto alive = [pid] {
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!stat.open(QIODevice::ReadOnly))
                return false;
            const QByteArray line = stat.readAll();
            const qsizetype close = line.lastIndexOf(')');
            return close < 0 || line.mid(close + 2, 1) != "Z";
        };
        QTRY_VERIFY_WITH_TIMEOUT(!alive(), 10000);
    }

    void aRunStaysWithItsOwnPipeline()
    {
        test::TempWorkspace ws(QStringLiteral("empty"));
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const QString release = ws.path(QStringLiteral("release"));
        const QString a = ws.path(QStringLiteral("pipelines/a.yaml"));
        const QString b = ws.path(QStringLiteral("pipelines/b.yaml"));
        QVERIFY(test::writeFile(a, QStringLiteral("name: a\nsteps:\n  train:\n    type: processing\n"
                                                  "    command: [sh, -c, 'while [ ! -f \"%1\" ]; do sleep 0.05; done']\n")
                                       .arg(release)
                                       .toUtf8()));
        QVERIFY(test::writeFile(b, "name: b\nsteps:\n  train:\n    type: processing\n    command: ['true']\n"));
        Result<Workspace> workspace = Workspace::open(ws.root());
        QVERIFY(workspace.ok());
        PipelineEditor editor;
        editor.setWorkspace(*workspace);
        editor.setDocument(openDocument(a, ws.root()));
        QSignalSpy finished(editor.controller(), &ExecutionController::finished);
        QVERIFY(editor.runWith(ExecutionOptions{}));
        QTRY_VERIFY_WITH_TIMEOUT(editor.scene()->node(QStringLiteral("train"))->statusText().startsWith(QStringLiteral("Running")),
                                 30000);

        // Opening b while a runs asks; "keep running" leaves a's run going in the background.
        answerRunningQuestion(QStringLiteral("keepRunning"));
        QVERIFY(editor.confirmClose(PipelineEditor::CloseReason::OpenAnother));
        QVERIFY(editor.isRunning());
        editor.setDocument(openDocument(b, ws.root()));
        editor.loadLastRun();
        QTRY_VERIFY_WITH_TIMEOUT(!editor.isLoadingRun(), 30000);
        StepNodeItem *bTrain = editor.scene()->node(QStringLiteral("train"));
        QVERIFY(bTrain->statusText().isEmpty());
        QCOMPARE(editor.runPanel()->model()->rowCount(), 0);
        // Run is unavailable, and says why.
        QVERIFY(!editor.action(QStringLiteral("run"))->isEnabled());
        QVERIFY2(editor.action(QStringLiteral("run"))->toolTip().contains(QStringLiteral("a.yaml")),
                 qPrintable(editor.action(QStringLiteral("run"))->toolTip()));
        QVERIFY(editor.runPanel()->notice().contains(QStringLiteral("a.yaml")));

        // a's run ends: nothing of it lands on b's nodes; b can run now.
        QVERIFY(test::writeFile(release, "go"));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QApplication::processEvents();
        QVERIFY2(bTrain->statusText().isEmpty(), qPrintable(bTrain->statusText()));
        QCOMPARE(editor.runPanel()->model()->rowCount(), 0);
        QVERIFY(editor.action(QStringLiteral("run"))->isEnabled());
        QVERIFY(editor.runPanel()->notice().isEmpty());

        // Back on a: its last run, from the store.
        editor.setDocument(openDocument(a, ws.root()));
        editor.loadLastRun();
        QTRY_VERIFY_WITH_TIMEOUT(!editor.isLoadingRun(), 30000);
        QVERIFY(editor.scene()->node(QStringLiteral("train"))->statusText().startsWith(QStringLiteral("Completed")));

        // While a runs again, going to b and back to a follows the run live; "stop the run"
        // on leaving stops it.
        QFile::remove(release);
        finished.clear();
        ExecutionOptions again;
        again.noCache = true;
        QVERIFY(editor.runWith(again));
        QTRY_VERIFY_WITH_TIMEOUT(editor.scene()->node(QStringLiteral("train"))->statusText().startsWith(QStringLiteral("Running")),
                                 30000);
        answerRunningQuestion(QStringLiteral("keepRunning"));
        QVERIFY(editor.confirmClose(PipelineEditor::CloseReason::OpenAnother));
        editor.setDocument(openDocument(b, ws.root()));
        editor.setDocument(openDocument(a, ws.root()));
        QVERIFY(editor.scene()->node(QStringLiteral("train"))->statusText().startsWith(QStringLiteral("Running")));
        QCOMPARE(editor.runPanel()->model()->rowCount(), 1);
        answerRunningQuestion(QStringLiteral("stopRun"));
        QVERIFY(editor.confirmClose(PipelineEditor::CloseReason::OpenAnother));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QCOMPARE(finished.first().at(0).value<RunStatus>(), RunStatus::Stopped);
    }

    void stopShowsStoppingAtOnce()
    {
        // A step that ignores SIGTERM keeps running for a while after Stop.
        test::TempWorkspace ws(QStringLiteral("empty"));
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const QString release = ws.path(QStringLiteral("release"));
        const QString file = ws.path(QStringLiteral("pipelines/stubborn.yaml"));
        QVERIFY(test::writeFile(file, QStringLiteral("name: stubborn\nsteps:\n  slow:\n    type: processing\n"
                                                     "    command: [sh, -c, 'trap \"\" TERM; while [ ! -f \"%1\" ]; do sleep 0.05; done']\n")
                                          .arg(release)
                                          .toUtf8()));
        Result<Workspace> workspace = Workspace::open(ws.root());
        QVERIFY(workspace.ok());
        PipelineEditor editor;
        editor.setWorkspace(*workspace);
        editor.setDocument(openDocument(file, ws.root()));
        QVERIFY2(!editor.document()->hasErrors(), qPrintable(editor.document()->diagnostics().value(0).toString()));
        QSignalSpy finished(editor.controller(), &ExecutionController::finished);
        QString why;
        QVERIFY2(editor.runWith(ExecutionOptions{}, &why), qPrintable(why));
        StepNodeItem *slow = editor.scene()->node(QStringLiteral("slow"));
        QTRY_VERIFY_WITH_TIMEOUT(slow->statusText().startsWith(QStringLiteral("Running")), 30000);
        auto *stopButton = editor.runPanel()->findChild<QPushButton *>(QStringLiteral("runStop"));
        QVERIFY(stopButton && stopButton->isEnabled());
        QVERIFY(editor.action(QStringLiteral("stop"))->isEnabled());

        // Stop: at once the node says so and Stop cannot be pressed again, while the step
        // is still on its way out.
        editor.action(QStringLiteral("stop"))->trigger();
        QCOMPARE(slow->statusText(), QStringLiteral("Stopping…"));
        QVERIFY(!editor.action(QStringLiteral("stop"))->isEnabled());
        QVERIFY(!stopButton->isEnabled());
        QVERIFY(editor.isRunning());
        QTest::qWait(1500);  // the elapsed-time ticks do not bring "Running" back
        if (finished.isEmpty())
            QCOMPARE(slow->statusText(), QStringLiteral("Stopping…"));

        QVERIFY(test::writeFile(release, "go"));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QVERIFY(!slow->statusText().startsWith(QStringLiteral("Stopping")));
        QVERIFY(!editor.action(QStringLiteral("stop"))->isEnabled());
        QVERIFY(editor.action(QStringLiteral("run"))->isEnabled());
    }

    void refusesToRunWhatIsNotSavedOrNotValid()
    {
        test::TempWorkspace ws(QStringLiteral("empty"));
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        Result<Workspace> workspace = Workspace::open(ws.root());
        PipelineEditor editor;
        editor.setWorkspace(*workspace);
        editor.setDocument(PipelineDocument::create(QStringLiteral("fresh"), ws.root()));
        QString why;
        QVERIFY(!editor.runWith(ExecutionOptions{}, &why));
        QVERIFY(why.contains(QStringLiteral("save")));
        const QString file = ws.path(QStringLiteral("pipelines/bad.yaml"));
        QVERIFY(test::writeFile(file, "name: bad\nsteps:\n  a:\n    type: processing\n    command: [x]\n    depends_on: [nope]\n"));
        editor.setDocument(openDocument(file, ws.root()));
        QVERIFY(!editor.runWith(ExecutionOptions{}, &why));
        QVERIFY(why.contains(QStringLiteral("errors")));
        QVERIFY(!editor.isRunning());
    }

    void runDialogRefusesAFractionForAWholeNumber()
    {
        // seed: 42 is a whole number; the dialog says so before a run is started.
        const QByteArray yaml = "name: p\nparameters: {seed: 42, rate: 0.5}\n"
                                "steps:\n  s: {type: processing, command: [\"true\"]}\n";
        test::TempWorkspace ws(QStringLiteral("empty"));
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const QString file = ws.path(QStringLiteral("pipelines/p.yaml"));
        QVERIFY(test::writeFile(file, yaml));
        const std::unique_ptr<PipelineDocument> doc = openDocument(file, ws.root());
        QVERIFY(doc);
        RunDialog dialog(doc->spec(), QStringLiteral("process"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("runError"));
        QVERIFY(error);
        dialog.setParameter(QStringLiteral("seed"), QStringLiteral("1.5"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("seed must be a whole number (its default is 42)"));
        // A fraction is fine where the default has one; a whole number is fine for seed.
        dialog.setParameter(QStringLiteral("rate"), QStringLiteral("0.25"));
        dialog.setParameter(QStringLiteral("seed"), QStringLiteral("7"));
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.options().parameters.value(QStringLiteral("seed")), QStringLiteral("7"));
        QCOMPARE(dialog.options().parameters.value(QStringLiteral("rate")), QStringLiteral("0.25"));
    }
};

QTEST_MAIN(TestPipelineRun)
#include "tst_pipelinerun.moc"
