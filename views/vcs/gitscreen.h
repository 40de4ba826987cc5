// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "views/shell/screen.h"
#include "views/vcs/gitsnapshot.h"

#include <atomic>
#include <memory>

class QLabel;
class QTabWidget;
class QTreeWidget;

namespace mlops {

class ChangesPanel;
class CommitRunsPanel;
class DiffPanel;

/**
 * The Git screen: the workspace's history with the runs recorded at each commit, the
 * uncommitted changes with a commit action (libgit2), the diff of a pipeline or notebook
 * between two commits, and "reproduce run" for a run of the history. Everything that
 * touches git or runs a pipeline happens off the GUI thread.
 */
class GitScreen : public Screen
{
    Q_OBJECT

public:
    explicit GitScreen(WorkspaceSession *session, QWidget *parent = nullptr);

    QString screenId() const override { return QStringLiteral("git"); }
    QString title() const override;
    QIcon icon() const override;
    bool isBusy() const override { return isLoading() || m_working; }
    void activate() override;
    /** Selects the newest commit that has runs, and compares its pipeline with the commit before. */
    void prepareForTour() override;
    QStringList tourCaptures() const override { return {QStringLiteral("reproduce")}; }
    void prepareTourCapture(const QString &name) override;

    const GitSnapshot &snapshot() const { return m_snapshot; }
    QTreeWidget *history() const { return m_history; }
    CommitRunsPanel *runsPanel() const { return m_runsPanel; }
    ChangesPanel *changesPanel() const { return m_changes; }
    DiffPanel *diffPanel() const { return m_diff; }
    QTabWidget *tabs() const { return m_tabs; }
    bool selectCommit(const QString &sha);
    /** Starts reproducing a run (as the button does). */
    void reproduce(const QString &runId);

public slots:
    void reload();

private:
    void present(const GitSnapshot &snapshot);
    void showSelectedCommit();
    void loadMetrics(const QStringList &runIds);
    void commit(const QStringList &paths, const QString &message);
    void diff(const QString &document, const QString &from, const QString &to);
    void setWorking(bool working);

    bool m_working = false;
    std::shared_ptr<std::atomic_bool> m_reproduceCancel;   ///< set by Cancel while a reproduction runs
    GitSnapshot m_snapshot;
    QLabel *m_subtitle;
    QTreeWidget *m_history;
    QTabWidget *m_tabs;
    CommitRunsPanel *m_runsPanel;
    ChangesPanel *m_changes;
    DiffPanel *m_diff;
};

} // namespace mlops
