// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "views/shell/screen.h"

class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;

namespace mlops {

class PipelineEditor;
class PipelineListModel;

/**
 * The Pipelines screen: the workspace's pipelines with validity markers, and the visual
 * editor for the one that is open — design, run with parameters, watch the run live,
 * stop it. Loading, validation and runs all happen off the GUI thread.
 */
class PipelinesScreen : public Screen
{
    Q_OBJECT

public:
    explicit PipelinesScreen(WorkspaceSession *session, QWidget *parent = nullptr);

    QString screenId() const override { return QStringLiteral("pipelines"); }
    QString title() const override;
    QIcon icon() const override;
    bool isBusy() const override;
    void activate() override;
    void prepareForTour() override;
    bool confirmClose() override;

    PipelineEditor *editor() const { return m_editor; }
    PipelineListModel *listModel() const { return m_list; }
    /** Opens a pipeline file (workspace-relative or absolute), asking about unsaved changes first. */
    bool openPipeline(const QString &file);
    /** Starts a new pipeline through the New Pipeline dialog. */
    void newPipeline();

public slots:
    void navigateTo(const QVariant &argument) override;
    void reloadList();

private:
    void workspaceOpened();
    void workspaceClosed();
    void setBusy(bool busy);
    void tourStep();
    void updateEmptyState();

    PipelineListModel *m_list;
    QListView *m_listView;
    PipelineEditor *m_editor;
    QStackedWidget *m_editorStack = nullptr;
    QLabel *m_emptyText = nullptr;
    bool m_loadingList = false;
    bool m_reloadPending = false;
    bool m_opening = false;
    int m_openGeneration = 0;
    bool m_busy = false;
    enum class Tour { Off, Opening, LoadingRun, Running, Done } m_tour = Tour::Off;
};

} // namespace mlops
