// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/shell/mainwindow.h"

#include "core/workspace/workspace.h"
#include "core/workspace/workspaceinitializer.h"
#include "views/common/async.h"
#include "views/common/theme.h"
#include "views/common/workspacesession.h"
#include "views/shell/newworkspacedialog.h"
#include "views/shell/recentworkspaces.h"
#include "views/shell/screen.h"
#include "views/shell/screenregistry.h"
#include "views/shell/welcomescreen.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace mlops {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_session(new WorkspaceSession(this)),
      m_pages(new QStackedWidget(this)), m_welcome(new WelcomeScreen(this)),
      m_workspacePage(new QWidget(this)), m_navigation(new QListWidget(m_workspacePage)),
      m_screenStack(new QStackedWidget(m_workspacePage))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/mlops-studio.svg")));
    setMinimumSize(900, 600);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFixedWidth(200);
    m_navigation->setFocusPolicy(Qt::StrongFocus);
    auto *pageLayout = new QHBoxLayout(m_workspacePage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addWidget(m_navigation);
    pageLayout->addWidget(m_screenStack, 1);

    registerBuiltinScreens();
    m_screens = ScreenRegistry::instance().createAll(m_session, m_screenStack);
    for (Screen *screen : std::as_const(m_screens)) {
        m_screenStack->addWidget(screen);
        auto *item = new QListWidgetItem(theme::withSelectedVariant(screen->icon(), m_navigation->iconSize()),
                                         screen->title(), m_navigation);
        item->setData(Qt::UserRole, screen->screenId());
        item->setSizeHint(QSize(180, 40));
        connect(screen, &Screen::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 8000); });
        connect(screen, &Screen::navigateRequested, this, &MainWindow::showScreen);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_screens.size())
            return;
        m_screenStack->setCurrentIndex(row);
        m_screens.at(row)->activate();
        updateTitle();
    });

    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_workspacePage);
    setCentralWidget(m_pages);

    connect(m_welcome, &WelcomeScreen::newWorkspaceRequested, this, &MainWindow::newWorkspace);
    connect(m_welcome, &WelcomeScreen::openWorkspaceRequested, this, &MainWindow::openWorkspaceDialog);
    connect(m_welcome, &WelcomeScreen::openRecentRequested, this,
            [this](const QString &root) { openWorkspace(root); });

    connect(m_session, &WorkspaceSession::workspaceLost, this, &MainWindow::workspaceLost);

    createMenus();
    statusBar()->showMessage(tr("Ready"));
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1280, 820);
    showWelcome();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Workspace…"), this,
                                         [this] { newWorkspace(QStringLiteral("demo")); });
    newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *openAction = file->addAction(tr("&Open Workspace…"), this, &MainWindow::openWorkspaceDialog);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    m_closeAction = file->addAction(tr("&Close Workspace"), this, &MainWindow::showWelcome);
    m_closeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_screens.size(); ++i) {
        Screen *screen = m_screens.at(i);
        QAction *action = m_viewMenu->addAction(screen->icon(), screen->title(), this,
                                                [this, i] { m_navigation->setCurrentRow(i); });
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About MLOps Studio"), this, [this] {
        QMessageBox::about(this, tr("About MLOps Studio"),
                           tr("<h3>MLOps Studio %1</h3><p>A native desktop MLOps studio: "
                              "notebooks on real Jupyter kernels, visual pipelines over YAML, "
                              "runs tracked in git and SQLite, lineage, registry and "
                              "deployments on one workstation.</p><p>Licensed under the "
                              "Apache License 2.0.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

Screen *MainWindow::screen(const QString &id) const
{
    for (Screen *s : m_screens) {
        if (s->screenId() == id)
            return s;
    }
    return nullptr;
}

Screen *MainWindow::currentScreen() const
{
    return qobject_cast<Screen *>(m_screenStack->currentWidget());
}

bool MainWindow::isWelcomeShown() const
{
    return m_pages->currentWidget() == m_welcome;
}

bool MainWindow::openWorkspace(const QString &root, QString *error, bool quiet)
{
    if (m_session->hasWorkspace() && !confirmCloseScreens())
        return false;
    Result<Workspace> ws = Workspace::open(root);
    if (!ws) {
        if (error)
            *error = ws.error().toString();
        if (!quiet)
            QMessageBox::warning(this, tr("Cannot open workspace"), ws.error().toString());
        return false;
    }
    m_session->setWorkspace(*ws);
    if (m_rememberRecent)
        RecentWorkspaces::add(ws->root());
    m_pages->setCurrentWidget(m_workspacePage);
    if (m_navigation->currentRow() < 0 && !m_screens.isEmpty())
        m_navigation->setCurrentRow(0);
    updateTitle();
    statusBar()->showMessage(tr("Opened %1").arg(ws->root()), 5000);
    return true;
}

void MainWindow::showScreen(const QString &id, const QVariant &argument)
{
    for (int i = 0; i < m_screens.size(); ++i) {
        if (m_screens.at(i)->screenId() == id) {
            m_navigation->setCurrentRow(i);
            if (argument.isValid())
                m_screens.at(i)->navigateTo(argument);
            return;
        }
    }
    // A link to a screen the studio does not have is a bug, not something to ignore quietly.
    qWarning("mlops-studio: no screen '%s' to show", qPrintable(id));
}

bool MainWindow::confirmCloseScreens()
{
    for (Screen *s : std::as_const(m_screens)) {
        if (!s->confirmClose())
            return false;
    }
    return true;
}

void MainWindow::showWelcome()
{
    if (m_session->hasWorkspace() && !confirmCloseScreens())
        return;
    m_session->close();
    m_welcome->refresh();
    m_pages->setCurrentWidget(m_welcome);
    updateTitle();
}

void MainWindow::workspaceLost(const QString &root)
{
    // A screen with unsaved work may ask first (and keep the workspace open). Closing it
    // stops the reloads that would open the store, which made .mlops/ again.
    if (!m_session->hasWorkspace() || m_session->workspace().root() != root || !confirmCloseScreens())
        return;
    m_session->close();
    m_welcome->refresh();
    m_pages->setCurrentWidget(m_welcome);
    updateTitle();
    statusBar()->showMessage(tr("The workspace folder %1 was deleted or moved, so it was closed.").arg(root));
}

void MainWindow::newWorkspace(const QString &templateName)
{
    NewWorkspaceDialog dialog(templateName, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    createWorkspaceAsync(dialog.options());
}

void MainWindow::createWorkspaceAsync(const InitOptions &options)
{
    // The demo template runs Python to produce its data set: keep the window alive.
    auto *progress = new QProgressDialog(tr("Creating workspace %1…").arg(options.dir), QString(),
                                         0, 0, this);
    progress->setWindowTitle(tr("New workspace"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->show();
    runAsync(this, [options] { return initWorkspace(options); },
             [this, progress](const Result<InitResult> &result) {
                 progress->deleteLater();
                 if (!result) {
                     QMessageBox::warning(this, tr("Cannot create workspace"),
                                          result.error().toString());
                     return;
                 }
                 openWorkspace(result->root);
             });
}

void MainWindow::openWorkspaceDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open workspace"));
    if (dir.isEmpty())
        return;
    const std::optional<QString> root = Workspace::findRoot(dir);
    if (!root) {
        QMessageBox::warning(this, tr("Cannot open workspace"),
                             tr("%1 is not inside an MLOps Studio workspace (there is no "
                                "mlops.yaml in it or above it).")
                                 .arg(dir));
        return;
    }
    openWorkspace(*root);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList roots = RecentWorkspaces::list();
    for (const QString &root : roots)
        m_recentMenu->addAction(root, this, [this, root] { openWorkspace(root); });
    if (roots.isEmpty())
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
}

void MainWindow::updateTitle()
{
    // Without a workspace the screens are hidden behind the welcome screen: their menu
    // entries and shortcuts (Ctrl+1…) would switch a screen nobody sees.
    for (QAction *action : m_viewMenu->actions())
        action->setEnabled(m_session->hasWorkspace());
    m_closeAction->setEnabled(m_session->hasWorkspace());
    if (!m_session->hasWorkspace()) {
        setWindowTitle(tr("MLOps Studio"));
        return;
    }
    const Screen *s = currentScreen();
    setWindowTitle(tr("%1 — %2 — MLOps Studio")
                       .arg(m_session->workspace().name(), s ? s->title() : QString()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmCloseScreens()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    event->accept();
}

} // namespace mlops
