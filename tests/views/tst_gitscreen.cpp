// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// The Git screen, offscreen, on a workspace whose pipeline ran at a commit: history with
// its runs, committing changes, the diff of a pipeline and of a notebook between commits,
// and reproduce run with the metrics side by side.
#include "core/common/i18n.h"
#include "core/pipeline/blockingrun.h"
#include "core/store/store.h"
#include "core/tracking/runtracker.h"
#include "core/vcs/gitrepository.h"
#include "core/workspace/workspace.h"
#include "core/workspace/workspaceinitializer.h"
#include "views/common/workspacesession.h"
#include "views/vcs/changespanel.h"
#include "views/vcs/commitrunspanel.h"
#include "views/vcs/diffpanel.h"
#include "views/vcs/gitscreen.h"

#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTreeWidget>
#include <QtTest/QTest>

using namespace mlops;

namespace {

const QByteArray kScript = "import os\n"
                           "rows = open(os.path.join(os.environ['MLOPS_INPUT_RAW'], 'input.csv')).read().split()\n"
                           "open(os.path.join(os.environ['SM_MODEL_DIR'], 'm.txt'), 'w').write(str(len(rows)))\n"
                           "print('rows=%d' % len(rows))\n";

QByteArray notebook(const QString &code)
{
    return QStringLiteral(R"({"cells": [{"cell_type": "code", "id": "a1", "metadata": {}, "execution_count": 3,
 "outputs": [{"output_type": "stream", "name": "stdout", "text": ["noise\n"]}], "source": ["%1"]}],
 "metadata": {}, "nbformat": 4, "nbformat_minor": 5})")
        .arg(code)
        .toUtf8();
}

} // namespace

class TestGitScreen : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempWorkspace> m_ws;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<GitScreen> m_screen;
    QString m_runCommit;
    QString m_run;

    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(!m_screen->isBusy(), 120000); }

    QString commitAll(const QString &message)
    {
        Result<GitRepository> repo = GitRepository::open(m_ws->root());
        QStringList paths;
        const Result<QList<GitChange>> changes = repo->changes();
        if (!changes)
            return {};
        for (const GitChange &c : *changes)
            paths.append(c.path);
        Result<QString> sha = repo->commitPaths(paths, message);
        return sha ? *sha : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFontMetrics(QApplication::font()).inFont(QLatin1Char('T')), "no fonts: install fonts-dejavu-core");
        installTranslations(*QCoreApplication::instance());  // English plurals, as the studio shows them
        m_ws = std::make_unique<test::TempWorkspace>();
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
        QVERIFY(test::writeFile(m_ws->path(QStringLiteral("src/count.py")), kScript));
        QVERIFY(test::writeFile(m_ws->path(QStringLiteral("data/input.csv")), "1\n2\n3\n4\n"));
        QVERIFY(test::writeFile(m_ws->path(QStringLiteral("pipelines/p.yaml")),
                                "name: p\nsteps:\n  count:\n    type: training\n    command: [python, src/count.py]\n"
                                "    inputs: {raw: data/input.csv}\n"
                                "    metrics: [{name: rows, regex: \"rows=([0-9]+)\"}]\n"));
        QVERIFY(test::writeFile(m_ws->path(QStringLiteral("notebooks/explore.ipynb")), notebook(QStringLiteral("x = 1"))));
        m_runCommit = commitAll(QStringLiteral("Count rows"));
        QVERIFY(!m_runCommit.isEmpty());
        Result<BlockingRunResult> run = runPipelineBlocking(*Workspace::open(m_ws->root()), QStringLiteral("pipelines/p.yaml"));
        QVERIFY(run && run->status == RunStatus::Completed);
        m_run = run->run.uuid;
        // Later work: the pipeline and the notebook change in a second commit.
        QVERIFY(test::writeFile(m_ws->path(QStringLiteral("pipelines/p.yaml")),
                                test::readFile(m_ws->path(QStringLiteral("pipelines/p.yaml"))) + "    timeout: 5m\n"));
        QVERIFY(test::writeFile(m_ws->path(QStringLiteral("notebooks/explore.ipynb")), notebook(QStringLiteral("x = 2"))));
        QVERIFY(!commitAll(QStringLiteral("Time limit; explore x = 2")).isEmpty());

        m_session = std::make_unique<WorkspaceSession>();
        m_screen = std::make_unique<GitScreen>(m_session.get());
        m_screen->resize(1200, 800);
        m_screen->show();
        m_session->setWorkspace(*Workspace::open(m_ws->root()));
        waitIdle();
    }

    void historyShowsRunsAtTheirCommit()
    {
        QTreeWidget *history = m_screen->history();
        QCOMPARE(history->topLevelItemCount(), 3);   // the workspace, "Count rows", the later commit
        QVERIFY(history->topLevelItem(0)->text(0).contains(QStringLiteral("Time limit")));
        QCOMPARE(history->topLevelItem(0)->text(1), QString());
        QVERIFY(history->topLevelItem(1)->text(0).contains(QStringLiteral("Count rows")));
        QCOMPARE(history->topLevelItem(1)->text(1), QStringLiteral("1 run"));
        m_screen->prepareForTour();
        QCOMPARE(history->currentItem(), history->topLevelItem(1));
        CommitRunsPanel *runs = m_screen->runsPanel();
        QCOMPARE(runs->runsTree()->topLevelItemCount(), 1);
        QCOMPARE(runs->selectedRun(), m_run);
        QTRY_VERIFY(runs->runsTree()->topLevelItem(0)->text(4).contains(QStringLiteral("rows=4")));
        QVERIFY(runs->reproduceButton()->isEnabled());
    }

    void diffOfPipelineAndNotebook()
    {
        const QString head = m_screen->snapshot().commits.first().sha;
        DiffPanel *diff = m_screen->diffPanel();
        diff->compare(QStringLiteral("pipelines/p.yaml"), m_runCommit, head);
        QTRY_VERIFY(diff->diffText().contains(QStringLiteral("+    timeout: 5m")));
        QVERIFY(diff->diffText().startsWith(QStringLiteral("diff --git a/pipelines/p.yaml")));
        diff->compare(QStringLiteral("notebooks/explore.ipynb"), m_runCommit, head);
        QTRY_VERIFY(diff->diffText().contains(QStringLiteral("+x = 2")));
        QVERIFY(diff->diffText().contains(QStringLiteral("-x = 1")));
        QVERIFY(diff->diffText().contains(QStringLiteral("# %% [code] cell 1")));
        QVERIFY(!diff->diffText().contains(QStringLiteral("noise")));   // outputs are left out

        // Before the notebook was made it is at neither commit: said so, not "No differences."
        const QString first = m_screen->snapshot().commits.last().sha;
        diff->compare(QStringLiteral("notebooks/explore.ipynb"), first, first);
        QTRY_VERIFY(diff->note() != QString::fromUtf8("Comparing…"));
        QVERIFY2(diff->note().contains(QStringLiteral("is not at commit %1").arg(first.left(8))), qPrintable(diff->note()));
        QVERIFY(diff->diffText().isEmpty());
        // Only on one side: the whole notebook is the diff.
        diff->compare(QStringLiteral("notebooks/explore.ipynb"), first, m_runCommit);
        QTRY_VERIFY(diff->diffText().contains(QStringLiteral("+x = 1")));
    }

    void reproduceShowsMetricsSideBySide()
    {
        m_screen->reproduce(m_run);
        waitIdle();
        CommitRunsPanel *runs = m_screen->runsPanel();
        QVERIFY2(runs->verdict().startsWith(QStringLiteral("Reproduced: the same data and the same metrics")),
                 qPrintable(runs->verdict()));
        QTreeWidget *comparison = runs->comparisonTree();
        QStringList rows;
        for (int i = 0; i < comparison->topLevelItemCount(); ++i) {
            QTreeWidgetItem *group = comparison->topLevelItem(i);
            for (int j = 0; j < group->childCount(); ++j)
                rows.append(group->text(0) + QLatin1Char('/') + group->child(j)->text(0) + QLatin1Char(' ')
                            + group->child(j)->text(1) + QLatin1Char(' ') + group->child(j)->text(2) + QLatin1Char(' ')
                            + group->child(j)->text(3));
        }
        QVERIFY2(rows.contains(QStringLiteral("count/rows 4 4 same")), qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY2(rows.filter(QStringLiteral("data/input.csv")).size() == 1, qPrintable(rows.join(QLatin1Char('\n'))));
        // The reproduction is a run at the same commit now.
        QTRY_COMPARE(m_screen->snapshot().runCount(m_runCommit), 2);
    }

    void reproductionCanBeCancelled()
    {
        CommitRunsPanel *runs = m_screen->runsPanel();
        QVERIFY(runs->cancelButton()->isHidden());
        m_screen->reproduce(m_run);
        QVERIFY(m_screen->isBusy());
        QVERIFY(!runs->cancelButton()->isHidden());
        QVERIFY(runs->cancelButton()->isEnabled());
        runs->cancelButton()->click();
        QVERIFY(!runs->cancelButton()->isEnabled());
        waitIdle();
        QVERIFY(runs->cancelButton()->isHidden());
        // Whatever it had reached, no worktree is left behind.
        QTRY_VERIFY(QDir(m_ws->path(QStringLiteral(".mlops/worktrees")))
                        .entryList({QStringLiteral("reproduce-*")}, QDir::Dirs | QDir::Files)
                        .isEmpty());
    }

    void commitsCheckedChanges()
    {
        QVERIFY(test::writeFile(m_ws->path(QStringLiteral("src/notes.md")), "why\n"));
        m_screen->reload();
        waitIdle();
        ChangesPanel *changes = m_screen->changesPanel();
        QCOMPARE(changes->list()->count(), 1);
        QVERIFY(changes->list()->item(0)->text().startsWith(QStringLiteral("src/notes.md")));
        QVERIFY(!changes->commitButton()->isEnabled());   // no message yet
        changes->message()->setText(QStringLiteral("Notes on the data"));
        QVERIFY(changes->commitButton()->isEnabled());
        changes->commitButton()->click();
        waitIdle();
        QTRY_VERIFY(m_screen->history()->topLevelItem(0)->text(0).contains(QStringLiteral("Notes on the data")));
        QCOMPARE(changes->list()->count(), 0);
        QVERIFY(m_screen->snapshot().state.changes.isEmpty());

        // A deleted file is checked like any other change, and the commit removes it.
        QVERIFY(QFile::remove(m_ws->path(QStringLiteral("src/notes.md"))));
        m_screen->reload();
        waitIdle();
        QCOMPARE(changes->list()->count(), 1);
        QListWidgetItem *gone = changes->list()->item(0);
        QVERIFY(gone->text().contains(QStringLiteral("deleted")));
        QVERIFY(gone->flags() & Qt::ItemIsEnabled);
        QCOMPARE(gone->checkState(), Qt::Checked);
        changes->message()->setText(QStringLiteral("Drop the notes"));
        changes->commitButton()->click();
        waitIdle();
        QTRY_VERIFY(m_screen->history()->topLevelItem(0)->text(0).contains(QStringLiteral("Drop the notes")));
        QCOMPARE(changes->list()->count(), 0);
        Result<GitRepository> repo = GitRepository::open(m_ws->root());
        QVERIFY(repo.ok());
        QVERIFY(!repo->fileAt(QStringLiteral("HEAD"), QStringLiteral("src/notes.md")).ok());
    }

    void aWorkspaceInASubfolderShowsOnlyItsOwnChangesAndHistory()
    {
        // mlops init inside a subfolder of a bigger repository: the screen is about the
        // workspace, not about the rest of the repository.
        QTemporaryDir outer;
        QVERIFY(outer.isValid());
        Result<GitRepository> repo = GitRepository::init(outer.path());
        QVERIFY(repo.ok());
        QVERIFY(test::writeFile(QDir(outer.path()).filePath(QStringLiteral("service/main.c")), "int main;\n"));
        QVERIFY(test::writeFile(QDir(outer.path()).filePath(QStringLiteral("ml/README.md")), "Models\n"));
        QVERIFY(repo->commitPaths({QStringLiteral("service"), QStringLiteral("ml")}, QStringLiteral("Service code")).ok());
        InitOptions options;
        options.dir = QDir(outer.path()).filePath(QStringLiteral("ml"));
        options.templateName = QStringLiteral("empty");
        Result<InitResult> created = initWorkspace(options);
        QVERIFY2(created.ok(), qPrintable(created ? QString() : created.error().toString()));
        QVERIFY(test::writeFile(QDir(outer.path()).filePath(QStringLiteral("service/main.c")), "int main2;\n"));
        QVERIFY(repo->commitPaths({QStringLiteral("service")}, QStringLiteral("Service fix")).ok());
        // Uncommitted work outside the workspace, and one change inside it.
        QVERIFY(test::writeFile(QDir(outer.path()).filePath(QStringLiteral("service/main.c")), "int main3;\n"));
        QVERIFY(test::writeFile(QDir(outer.path()).filePath(QStringLiteral("service/new.h")), "#pragma once\n"));
        QVERIFY(test::writeFile(QDir(outer.path()).filePath(QStringLiteral("ml-notes.txt")), "not the workspace\n"));
        QVERIFY(test::writeFile(QDir(options.dir).filePath(QStringLiteral("src/train.py")), "print(1)\n"));

        WorkspaceSession session;
        GitScreen screen(&session);
        screen.resize(1200, 800);
        screen.show();
        session.setWorkspace(*Workspace::open(options.dir));
        QTRY_VERIFY_WITH_TIMEOUT(!screen.isBusy(), 120000);
        ChangesPanel *changes = screen.changesPanel();
        QCOMPARE(changes->list()->count(), 1);
        QVERIFY2(changes->list()->item(0)->text().startsWith(QStringLiteral("src/train.py")),
                 qPrintable(changes->list()->item(0)->text()));
        QStringList history;
        for (int i = 0; i < screen.history()->topLevelItemCount(); ++i)
            history.append(screen.history()->topLevelItem(i)->text(0));
        // The commits that touch the workspace folder; not the service's fix.
        QCOMPARE(history.size(), 2);
        QVERIFY2(history.filter(QStringLiteral("Service fix")).isEmpty(), qPrintable(history.join(QLatin1Char('\n'))));
        QVERIFY(history.last().contains(QStringLiteral("Service code")));
    }

    void notebookRunsAreNotReproducible()
    {
        // A notebook run at the latest commit: only pipeline executions can be run again.
        const QString head = m_screen->snapshot().commits.first().sha;
        {
            Result<std::unique_ptr<Store>> store = Store::open(m_ws->path(QStringLiteral(".mlops/store.db")));
            QVERIFY(store.ok());
            RunTracker tracker((*store)->db());
            NewRun notebookRun{QStringLiteral("notebook"), QStringLiteral("notebooks/explore.ipynb")};
            notebookRun.gitCommit = head;
            Result<RunRef> created = tracker.createRun(notebookRun, RunStatus::Completed);
            QVERIFY(created.ok());
        }
        m_screen->reload();
        waitIdle();
        QTreeWidget *history = m_screen->history();
        QTRY_COMPARE(history->topLevelItem(0)->text(1), QStringLiteral("1 run"));
        history->setCurrentItem(history->topLevelItem(0));
        waitIdle();
        CommitRunsPanel *runs = m_screen->runsPanel();
        QTRY_COMPARE(runs->runsTree()->topLevelItemCount(), 1);
        QVERIFY(runs->runsTree()->topLevelItem(0)->text(1).contains(QStringLiteral("explore.ipynb")));
        QVERIFY(!runs->reproduceButton()->isEnabled());
        QVERIFY2(runs->reproduceButton()->toolTip().contains(QStringLiteral("notebook run")),
                 qPrintable(runs->reproduceButton()->toolTip()));
        // Back on the pipeline run's commit the button is available again.
        QTreeWidgetItem *runCommit = nullptr;
        for (int i = 0; i < history->topLevelItemCount() && !runCommit; ++i) {
            if (history->topLevelItem(i)->text(0).startsWith(m_runCommit.left(7)))
                runCommit = history->topLevelItem(i);
        }
        QVERIFY(runCommit);
        history->setCurrentItem(runCommit);
        waitIdle();
        QTRY_VERIFY(runs->reproduceButton()->isEnabled());
    }

    void aDirtyRunIsReproducedWithItsChangesAndSaysSo()
    {
        // A run made with an uncommitted edit of its script: the reproduction applies the
        // edit, and the screen says so rather than claiming the plain commit.
        const QString script = m_ws->path(QStringLiteral("src/count.py"));
        QVERIFY(test::writeFile(script, kScript + "# tried a change\n"));
        Result<BlockingRunResult> run = runPipelineBlocking(*Workspace::open(m_ws->root()), QStringLiteral("pipelines/p.yaml"));
        QVERIFY(test::writeFile(script, kScript));
        QVERIFY(run && run->status == RunStatus::Completed);
        m_screen->reload();
        waitIdle();
        m_screen->reproduce(run->run.uuid);
        waitIdle();
        CommitRunsPanel *runs = m_screen->runsPanel();
        QVERIFY2(runs->verdict().startsWith(QStringLiteral("Reproduced: the same data and the same metrics"))
                     && runs->verdict().contains(QStringLiteral("with the run's uncommitted changes applied")),
                 qPrintable(runs->verdict()));
        QVERIFY2(runs->reproductionTitle().startsWith(QStringLiteral("Reproduction of %1 as ").arg(run->run.uuid.left(8)))
                     && runs->reproductionTitle().endsWith(QStringLiteral("with the run's uncommitted changes")),
                 qPrintable(runs->reproductionTitle()));

        // A reproduction that cannot start does not sit under the last one's heading.
        m_screen->reproduce(QStringLiteral("ffffffff"));
        waitIdle();
        QVERIFY2(runs->verdict().startsWith(QStringLiteral("Could not reproduce the run")), qPrintable(runs->verdict()));
        QCOMPARE(runs->reproductionTitle(), QStringLiteral("Reproduction"));
    }
};

QTEST_MAIN(TestGitScreen)
#include "tst_gitscreen.moc"
