// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/notebook/kernelspec.h"
#include "core/notebook/notebook.h"
#include "views/notebook/notebookdocument.h"
#include "views/notebook/notebookkernel.h"
#include "views/notebook/notebooksession.h"
#include "views/shell/screen.h"

#include <QHash>
#include <QPointer>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QToolBar;

namespace mlops {

class FindBar;
class NotebookView;

/**
 * The Notebook screen: a native front end for the workspace's Jupyter notebooks. Pick a
 * notebook and a kernel, edit code (Python highlighting) and Markdown cells with undo,
 * run cells (Shift+Enter), run above or all, interrupt, restart; outputs show streams
 * in colour, tables, figures and live charts of what the code logs with mlops_studio,
 * which is also recorded as a run. Unsaved edits survive a crash of the studio (recovery
 * snapshots) and of the kernel (a separate process).
 */
class NotebookScreen : public Screen
{
    Q_OBJECT

public:
    /** What to do with a recovery snapshot found when a notebook opens. */
    enum class RecoveryPolicy { Ask, Restore, Discard };

    explicit NotebookScreen(WorkspaceSession *session, QWidget *parent = nullptr);
    ~NotebookScreen() override;

    QString screenId() const override { return QStringLiteral("notebook"); }
    QString title() const override;
    QIcon icon() const override;
    bool isBusy() const override;
    void activate() override;
    void prepareForTour() override;
    bool confirmClose() override;

    /** Opens a notebook (workspace-relative or absolute) off the GUI thread. */
    void openNotebook(const QString &path);
    void setRecoveryPolicy(RecoveryPolicy policy) { m_recoveryPolicy = policy; }

    NotebookDocument *document() const;
    NotebookSession *notebookSession() const { return m_notebook; }
    NotebookView *view() const { return m_view; }
    QString openPath() const { return m_openPath; }
    QString lastError() const { return m_lastError; }
    const QList<KernelSpec> &kernelSpecs() const { return m_specs; }

public slots:
    void runCurrent(bool advance = true);
    void runAll();
    void runAbove();
    void interruptKernel();
    void restartKernel();
    void save();
    void newNotebook();

private:
    void createActions();
    void reloadLists();
    void closeNotebook();
    void showNotebook(const QString &path, const Notebook &notebook, bool restored);
    void updateActions();
    void updateKernelStatus();
    void showBanner(const QString &text, bool offerRestart);
    KernelSpec specFor(const QString &name) const;
    void finishTour();

    QToolBar *m_toolbar;
    QToolBar *m_editTools = nullptr;
    QToolBar *m_runTools = nullptr;
    QComboBox *m_notebookPicker;
    QComboBox *m_kernelPicker;
    QComboBox *m_cellType;
    QLabel *m_kernelStatus;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_bannerRestart;
    QStackedWidget *m_stack;
    QLabel *m_emptyLabel;
    NotebookView *m_view;
    FindBar *m_findBar;
    QHash<QString, QAction *> m_actions;

    QPointer<NotebookSession> m_notebook;
    QPointer<NotebookDocument> m_document;
    /** The question input() asks in each cell, and whether it is a password, until answered. */
    QHash<QString, QPair<QString, bool>> m_inputPrompts;
    QString m_openPath;
    QString m_lastError;
    QStringList m_notebookFiles;
    QList<KernelSpec> m_specs;
    RecoveryPolicy m_recoveryPolicy = RecoveryPolicy::Ask;
    bool m_loading = false;
    bool m_tourPending = false;
    bool m_tourMode = false;
    bool m_listsLoading = false;
};

} // namespace mlops
