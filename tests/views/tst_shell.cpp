// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// The studio shell on the offscreen platform: welcome screen, opening a workspace, and
// what the Overview shows about it.
#include "testsupport.h"

#include "core/common/i18n.h"
#include "core/maturity/lifecyclesummary.h"
#include "core/maturity/workspacefacts.h"
#include "core/vcs/gitrepository.h"
#include "views/common/theme.h"
#include "views/shell/mainwindow.h"
#include "views/shell/screen.h"
#include "views/shell/welcomescreen.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontMetrics>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace mlops;
using namespace mlops::test;

namespace {

QString labelText(const QWidget *root, const char *name)
{
    const auto *label = root->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
}

/** What a rich-text label shows, without the markup. */
QString plainText(const QWidget *root, const char *name)
{
    QString text = labelText(root, name);
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    return text;
}

/** Shows the window and opens the workspace in it, as File > Open does. */
bool openInWindow(MainWindow &window, const QString &root)
{
    window.setRememberRecent(false);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    QString error;
    if (!window.openWorkspace(root, &error, true)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

} // namespace

class TestShell : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("MLOps Studio tests"));
        QSettings().clear();
        installTranslations(*QCoreApplication::instance());
        applyStudioTheme(*qApp);
    }

    void fontsRender()
    {
        // Without a font every glyph is a box: the screenshots would be unreadable.
        QVERIFY2(QFontMetrics(QApplication::font()).inFont(QLatin1Char('T')),
                 "no usable font (install fonts-dejavu-core)");
        QLabel label(QStringLiteral("Overview"));
        QVERIFY(QFontMetrics(label.font()).horizontalAdvance(label.text()) > 20);
    }

    void withoutAWorkspaceTheWelcomeScreenShows()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isWelcomeShown());
        QVERIFY(window.welcomeScreen()->isVisible());
        auto *demo = window.welcomeScreen()->findChild<QPushButton *>(QStringLiteral("newWorkspace_demo"));
        QVERIFY(demo && demo->isVisible());
        QCOMPARE(demo->text(), QStringLiteral("New demo workspace…"));
        auto *open = window.welcomeScreen()->findChild<QPushButton *>(QStringLiteral("openWorkspace"));
        QVERIFY(open && open->isVisible());
        QCOMPARE(window.windowTitle(), QStringLiteral("MLOps Studio"));
    }

    void navigationListsOnlyTheScreensThatExist()
    {
        MainWindow window;
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QVERIFY(!window.screens().isEmpty());
        QCOMPARE(navigation->count(), window.screens().size());
        QStringList titles;
        for (int i = 0; i < navigation->count(); ++i) {
            Screen *screen = window.screens().at(i);
            QCOMPARE(navigation->item(i)->text(), screen->title());
            QCOMPARE(navigation->item(i)->data(Qt::UserRole).toString(), screen->screenId());
            QCOMPARE(window.screen(screen->screenId()), screen);
            titles.append(screen->title());
        }
        QVERIFY(titles.contains(QStringLiteral("Overview")));
        // The View menu offers the same screens, no more.
        QMenu *view = nullptr;
        for (QAction *a : window.menuBar()->actions()) {
            if (a->text() == QStringLiteral("&View"))
                view = a->menu();
        }
        QVERIFY(view);
        QStringList viewEntries;
        for (QAction *a : view->actions())
            viewEntries.append(a->text());
        QCOMPARE(viewEntries, titles);
    }

    void screenShortcutsWaitForAWorkspace()
    {
        // On the welcome screen Ctrl+2 has no screen to show; it must not pick the screen
        // that the workspace opened next starts on (the Overview).
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        MainWindow window;
        window.setRememberRecent(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QMenu *view = nullptr;
        for (QAction *a : window.menuBar()->actions()) {
            if (a->text() == QStringLiteral("&View"))
                view = a->menu();
        }
        QVERIFY(view);
        QVERIFY(view->actions().size() >= 2);
        for (const QAction *a : view->actions())
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QVERIFY(window.isWelcomeShown());
        QString error;
        QVERIFY2(window.openWorkspace(ws.root(), &error, true), qPrintable(error));
        QCOMPARE(window.currentScreen()->screenId(), QStringLiteral("overview"));
        for (const QAction *a : view->actions())
            QVERIFY2(a->isEnabled(), qPrintable(a->text()));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentScreen(), window.screens().at(1));
        window.showWelcome();
        QVERIFY(!view->actions().first()->isEnabled());
    }

    void openingADemoWorkspaceShowsTheOverview()
    {
        MLOPS_REQUIRE(runProgram(QStringLiteral("/usr/bin/python3"),
                                 {QStringLiteral("-c"), QStringLiteral("import sklearn.datasets")})
                              .exitCode
                          == 0,
                      QStringLiteral("/usr/bin/python3 with scikit-learn"));
        TempWorkspace ws(QStringLiteral("demo"));
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        Result<GitRepository> repo = GitRepository::open(ws.root());
        QVERIFY(repo.ok());
        const QString shortSha = (*repo->head())->shortSha();

        MainWindow window;
        QVERIFY(openInWindow(window, ws.root()));
        QVERIFY(!window.isWelcomeShown());
        Screen *overview = window.currentScreen();
        QVERIFY(overview);
        QCOMPARE(overview->screenId(), QStringLiteral("overview"));
        QVERIFY(overview->isVisible());

        // The summary loads off the GUI thread; wait for what the user would see.
        QTRY_COMPARE_WITH_TIMEOUT(labelText(overview, "overviewName"), QStringLiteral("ws"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!overview->isBusy(), 20000);
        QCOMPARE(labelText(overview, "overviewPath"), ws.root());
        QCOMPARE(labelText(overview, "overviewBranch"), QStringLiteral("main"));
        QVERIFY2(plainText(overview, "overviewCommit").startsWith(shortSha + QLatin1Char(' ')),
                 qPrintable(labelText(overview, "overviewCommit")));
        QVERIFY(plainText(overview, "overviewCommit").contains(QStringLiteral("Create MLOps Studio workspace 'ws'")));
        QVERIFY2(plainText(overview, "overviewDirty").contains(QStringLiteral("clean")),
                 qPrintable(labelText(overview, "overviewDirty")));
        QCOMPARE(labelText(overview, "countData"), QStringLiteral("1"));
        QCOMPARE(labelText(overview, "countRuns"), QStringLiteral("0"));
        QCOMPARE(labelText(overview, "countPipelines"), QStringLiteral("1"));
        QCOMPARE(labelText(overview, "countNotebooks"), QStringLiteral("1"));
        QCOMPARE(labelText(overview, "overviewPython"), QStringLiteral("/usr/bin/python3"));
        QVERIFY(!overview->findChild<QListWidget *>(QStringLiteral("overviewChanges"))->isVisible());
        QCOMPARE(window.windowTitle(), QStringLiteral("ws — Overview — MLOps Studio"));

        // Make the tree dirty; a reload shows the changes, with English plurals.
        QVERIFY(writeFile(ws.path(QStringLiteral("notes.txt")), "todo\n"));
        QVERIFY(writeFile(ws.path(QStringLiteral("README.md")), "# changed\n"));
        QMetaObject::invokeMethod(overview, "reload");
        QTRY_VERIFY_WITH_TIMEOUT(plainText(overview, "overviewDirty").contains(QStringLiteral("2 uncommitted changes")),
                                 20000);
        auto *changes = overview->findChild<QListWidget *>(QStringLiteral("overviewChanges"));
        QTRY_VERIFY(changes->isVisible());
        QStringList items;
        for (int i = 0; i < changes->count(); ++i)
            items.append(changes->item(i)->text());
        QCOMPARE(items, (QStringList{QStringLiteral("README.md  —  modified"),
                                     QStringLiteral("notes.txt  —  untracked")}));

        // Closing the workspace brings the welcome screen back.
        window.showWelcome();
        QVERIFY(window.isWelcomeShown());
        QCOMPARE(window.windowTitle(), QStringLiteral("MLOps Studio"));
    }

    void everyLifecycleTileOpensAScreenThatExists()
    {
        // The Overview's lifecycle tiles navigate by screen id: each must be a real screen.
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        MainWindow window;
        QVERIFY(openInWindow(window, ws.root()));
        const QList<LifecycleStage> stages = summarizeLifecycle(WorkspaceFacts{});
        QCOMPARE(stages.size(), 6);
        for (const LifecycleStage &stage : stages) {
            window.showScreen(QStringLiteral("overview"));
            window.showScreen(stage.screen);
            QVERIFY2(window.currentScreen() && window.currentScreen()->screenId() == stage.screen,
                     qPrintable(QStringLiteral("the %1 tile links to '%2', which is no screen").arg(stage.id, stage.screen)));
        }
        QCOMPARE(stages.at(4).screen, QStringLiteral("registry"));
    }

    void startupReportPrintsTheTimeAndQuits()
    {
        // The benchmarks' hook: the real binary, a workspace, the report, exit 0.
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MLOPS_STUDIO_STARTUP_REPORT"), QStringLiteral("1"));
        const CommandResult r = runProgram(studioPath(), {ws.root()}, {}, env, 60000);
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.errText()));
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^startup_ms (\\d+)\\n$")).match(r.outText());
        QVERIFY2(m.hasMatch(), qPrintable(r.outText()));
        QVERIFY(m.captured(1).toInt() > 0);
        // Opening a workspace for a measurement does not make it a recent one.
        const QSettings studioSettings(QStringLiteral("MLOps Studio"), QStringLiteral("mlops-studio"));
        QVERIFY(!studioSettings.value(QStringLiteral("recentWorkspaces")).toStringList().contains(ws.root()));
    }

    void helpAndVersionNeedNoDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        const CommandResult version = runProgram(studioPath(), {QStringLiteral("--version")}, {}, env);
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.outText().startsWith(QStringLiteral("mlops-studio ")));
        const CommandResult help = runProgram(studioPath(), {QStringLiteral("--help")}, {}, env);
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.outText().contains(QStringLiteral("--tour <OUTDIR>")));
    }

    void usageErrorsExitWithTwo()
    {
        // DESIGN.md §6: 2 is bad usage or bad input, for the studio as for mlops.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const CommandResult bogus = runProgram(studioPath(), {QStringLiteral("--bogus")}, {}, env);
        QCOMPARE(bogus.exitCode, 2);
        QVERIFY2(bogus.errText().contains(QStringLiteral("mlops-studio: error: unknown option '--bogus'")),
                 qPrintable(bogus.errText()));
        const CommandResult tour = runProgram(studioPath(), {QStringLiteral("--tour")}, {}, env);
        QCOMPARE(tour.exitCode, 2);
        QVERIFY2(tour.errText().contains(QStringLiteral("missing value after '--tour'")), qPrintable(tour.errText()));
        const CommandResult helpToo = runProgram(studioPath(), {QStringLiteral("--bogus"), QStringLiteral("--help")}, {}, env);
        QCOMPARE(helpToo.exitCode, 2);
        const CommandResult two = runProgram(studioPath(), {QStringLiteral("a"), QStringLiteral("b")}, {}, env);
        QCOMPARE(two.exitCode, 2);

        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("nonexistent"));
        const CommandResult none = runProgram(studioPath(), {missing}, {}, env);
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.errText().contains(missing + QStringLiteral(": no such folder")), qPrintable(none.errText()));
        const CommandResult notWorkspace = runProgram(studioPath(), {dir.path()}, {}, env);
        QCOMPARE(notWorkspace.exitCode, 2);
        QVERIFY2(notWorkspace.errText().contains(QStringLiteral("is not inside an MLOps Studio workspace")),
                 qPrintable(notWorkspace.errText()));
    }

    void tourRefusesABrokenManifestBeforeAnyPicture()
    {
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QVERIFY(writeFile(ws.path(QStringLiteral("mlops.yaml")), "name: x\nrunner: dockr\n"));
        QTemporaryDir out;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const CommandResult tour =
            runProgram(studioPath(), {QStringLiteral("--tour"), out.filePath(QStringLiteral("shots")), ws.root()}, {}, env);
        QCOMPARE(tour.exitCode, 2);
        QVERIFY2(tour.errText().contains(QStringLiteral("mlops.yaml:2:")), qPrintable(tour.errText()));
        QVERIFY(!QFileInfo::exists(out.filePath(QStringLiteral("shots"))));
    }

    void anUnreadableStoreIsNotZeroRuns()
    {
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(ws.path(QStringLiteral(".mlops/store.db") + QLatin1String(suffix)));
        QVERIFY(writeFile(ws.path(QStringLiteral(".mlops/store.db")), QByteArray(8192, 'g')));
        MainWindow window;
        QVERIFY(openInWindow(window, ws.root()));
        Screen *overview = window.currentScreen();
        QTRY_VERIFY_WITH_TIMEOUT(!overview->isBusy(), 20000);
        QCOMPARE(labelText(overview, "countRuns"), QStringLiteral("?"));
        auto *runsTile = overview->findChild<QLabel *>(QStringLiteral("countRuns"))->parentWidget();
        QVERIFY2(!runsTile->toolTip().isEmpty(), "the store's error is in the tile's tooltip");
    }

    void theOverviewCountsARunMadeOnTheCommandLine()
    {
        // A run from a terminal writes only .mlops/, which nothing watches: the Overview
        // still shows it, and no longer counts it as running once it has ended.
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QVERIFY(writeFile(ws.path(QStringLiteral("pipelines/quick.yaml")),
                          "name: quick\nsteps:\n  a: {type: processing, command: [\"true\"]}\n"));
        MainWindow window;
        QVERIFY(openInWindow(window, ws.root()));
        Screen *overview = window.currentScreen();
        QTRY_COMPARE_WITH_TIMEOUT(labelText(overview, "countPipelines"), QStringLiteral("1"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!overview->isBusy(), 20000);
        QCOMPARE(labelText(overview, "countRuns"), QStringLiteral("0"));
        // Let any reload that the new file set off end first; git status refreshes the
        // index now, so the run does not rewrite it (which the window would notice).
        QCOMPARE(runProgram(QStringLiteral("git"), {QStringLiteral("status"), QStringLiteral("--porcelain")}, ws.root())
                     .exitCode,
                 0);
        QTest::qWait(1000);
        QTRY_VERIFY_WITH_TIMEOUT(!overview->isBusy(), 20000);
        const CommandResult run = runCli({QStringLiteral("run"), QStringLiteral("quick")}, ws.root());
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QTRY_COMPARE_WITH_TIMEOUT(labelText(overview, "countRuns"), QStringLiteral("1"), 10000);
        const auto *runsTile = overview->findChild<QLabel *>(QStringLiteral("countRuns"))->parentWidget();
        QStringList texts;
        for (const QLabel *l : runsTile->findChildren<QLabel *>())
            texts.append(l->text());
        QVERIFY2(texts.join(QLatin1Char('|')).contains(QStringLiteral("1 step run")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(!texts.join(QLatin1Char('|')).contains(QStringLiteral("running")), qPrintable(texts.join(QLatin1Char('|'))));
    }

    void aDeletedWorkspaceFolderIsClosedNotRecreated()
    {
        // rm -rf of the open workspace: the studio must not bring the folder back (the
        // Overview's reload opened the store, which made .mlops/ again) and says why it
        // closed the workspace.
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        MainWindow window;
        QVERIFY(openInWindow(window, ws.root()));
        Screen *overview = window.currentScreen();
        QTRY_VERIFY_WITH_TIMEOUT(!overview->isBusy(), 20000);
        QVERIFY(QDir(ws.root()).removeRecursively());
        QTRY_VERIFY_WITH_TIMEOUT(window.isWelcomeShown(), 10000);
        QVERIFY2(window.statusBar()->currentMessage().contains(ws.root()), qPrintable(window.statusBar()->currentMessage()));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("deleted or moved")),
                 qPrintable(window.statusBar()->currentMessage()));
        QTest::qWait(1500);
        QVERIFY2(!QFileInfo::exists(ws.root()), "the deleted workspace folder came back");
        QCOMPARE(window.windowTitle(), QStringLiteral("MLOps Studio"));
    }

    void openingSomethingElseExplainsWhy()
    {
        QTemporaryDir dir;
        MainWindow window;
        QString error;
        QVERIFY(!window.openWorkspace(dir.path(), &error, true));
        QVERIFY2(error.contains(QStringLiteral("mlops.yaml")), qPrintable(error));
        QVERIFY(window.isWelcomeShown());
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
