// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QMainWindow>

class QListWidget;
class QMenu;
class QStackedWidget;

namespace mlops {

class Screen;
class WelcomeScreen;
class WorkspaceSession;
struct InitOptions;

/**
 * The studio's shell: a navigation sidebar listing the screens that exist, the screens
 * in a stack, and the welcome screen when no workspace is open. It hosts screens and
 * routes actions; the work lives in the screens and the core.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    WorkspaceSession *session() const { return m_session; }
    const QList<Screen *> &screens() const { return m_screens; }
    Screen *screen(const QString &id) const;
    Screen *currentScreen() const;
    WelcomeScreen *welcomeScreen() const { return m_welcome; }
    bool isWelcomeShown() const;

    /** Opens a workspace folder; on failure shows why (or, if `quiet`, only returns it). */
    bool openWorkspace(const QString &root, QString *error = nullptr, bool quiet = false);
    void showScreen(const QString &id, const QVariant &argument = {});
    void showWelcome();

    /** Whether opened workspaces go into the recent list (the tour leaves it alone). */
    void setRememberRecent(bool remember) { m_rememberRecent = remember; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    bool confirmCloseScreens();
    void createWorkspaceAsync(const InitOptions &options);
    void newWorkspace(const QString &templateName);
    void openWorkspaceDialog();
    void workspaceLost(const QString &root);
    void rebuildRecentMenu();
    void updateTitle();

    WorkspaceSession *m_session;
    QStackedWidget *m_pages;
    WelcomeScreen *m_welcome;
    QWidget *m_workspacePage;
    QListWidget *m_navigation;
    QStackedWidget *m_screenStack;
    QList<Screen *> m_screens;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_closeAction = nullptr;
    bool m_rememberRecent = true;
};

} // namespace mlops
