// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/tracking/runquery.h"
#include "views/shell/screen.h"

#include <QHash>
#include <QPointer>
#include <QSet>

class QSplitter;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace mlops {

class PipelineRunThread;
class RunComparisonView;
class RunDetailsView;
class RunFilterBar;
class RunTableModel;

/**
 * Experiments: every run of the workspace in a virtual table (search, filter by pipeline,
 * status, kind, parameter and metric conditions, sort by any column, executions expand
 * to their steps), the details of the run selected, or a comparison of the runs selected.
 * While visible it polls the store once a second (a cheap fingerprint) and refreshes
 * what changed, so running runs update live. Other screens open a run here with
 * navigateRequested("experiments", runId) — a row id or a run id (prefix).
 */
class ExperimentsScreen : public Screen
{
    Q_OBJECT

public:
    explicit ExperimentsScreen(WorkspaceSession *session, QWidget *parent = nullptr);
    ~ExperimentsScreen() override;

    QString screenId() const override { return QStringLiteral("experiments"); }
    QString title() const override;
    QIcon icon() const override;
    bool isBusy() const override;
    void activate() override;
    void prepareForTour() override;
    QStringList tourCaptures() const override;
    void prepareTourCapture(const QString &name) override;

    RunTableModel *model() const { return m_model; }
    QTreeView *table() const { return m_table; }
    RunFilterBar *filterBar() const { return m_filterBar; }
    RunDetailsView *details() const { return m_details; }
    RunComparisonView *comparison() const { return m_comparison; }
    /** Selects these runs (row ids) in the table, as a user would. */
    void selectRuns(const QList<qint64> &runIds);
    QList<qint64> selectedRuns() const;
    /** Polls the store now (tests; normally a timer does it while the screen shows). */
    void pollNow();

public slots:
    void navigateTo(const QVariant &argument) override;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void onWorkspaceOpened();
    void onWorkspaceClosed();
    void applyQuery();
    void loadChoices();
    void onSelectionChanged();
    void restorePending();
    void openRun(qint64 runId);
    void poll();
    void updateBusy();
    void saveColumns();
    void applyColumnWidths();
    void fitTableHeight();
    void runDemoPipelines(int wanted, const std::function<void()> &then);
    void selectNewestPipelineRun(const std::function<void()> &then);

    RunFilterBar *m_filterBar;
    RunTableModel *m_model;
    QTreeView *m_table;
    QSplitter *m_splitter;
    QStackedWidget *m_lower;
    RunDetailsView *m_details;
    RunComparisonView *m_comparison;
    QTimer *m_pollTimer;
    QTimer *m_selectionTimer;

    RunsStamp m_stamp;
    bool m_haveStamp = false;
    bool m_openPending = false;      ///< a workspace opened while hidden: open it when shown
    bool m_polling = false;
    bool m_choicesLoaded = false;
    bool m_loadingChoices = false;
    bool m_tourWork = false;
    bool m_wasBusy = false;
    bool m_autoColumns = true;       ///< parameter/metric columns follow the store until the user picks
    bool m_applyingWidths = false;
    bool m_userSizedSplitter = false; ///< the user dragged the splitter: stop fitting the table to its rows
    bool m_fittingSplitter = false;
    QHash<QString, int> m_columnWidths;   ///< by header text, kept across model resets
    QSet<qint64> m_pendingSelection;
    QSet<qint64> m_pendingExpansion;
    QPointer<PipelineRunThread> m_demoRun;
};

} // namespace mlops
