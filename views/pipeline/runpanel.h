// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/pipeline/pipelineexecution.h"
#include "core/workspace/workspace.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;

namespace mlops {

class ExecutionController;
class ExecutionModel;

/**
 * The live execution view: the run's steps with status, duration, cache hit, attempt
 * and note; Stop; and for the selected step its failure reason, its metrics and the
 * tail of its log — live while it runs (lines as they come, metrics polled from the
 * store off the GUI thread), from the store and the log files afterwards.
 */
class RunPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RunPanel(QWidget *parent = nullptr);

    void setController(ExecutionController *controller);
    void setWorkspace(const std::optional<Workspace> &workspace) { m_workspace = workspace; }
    /** Shows a finished run read from the store (the pipeline's last run). */
    void showRun(const QString &runId, RunStatus status, qint64 durationMs, const QString &reason,
                 const QList<StepEvent> &steps, bool previous);
    void clear();
    /** Shows the controller's run as it is now (back to a pipeline whose run goes on). */
    void showController();
    /** A line under the header (e.g. why Run is unavailable); empty hides it. */
    void setNotice(const QString &text);
    QString notice() const;
    void selectStep(const QString &name);
    const QString &selectedStep() const { return m_selected; }

    ExecutionModel *model() const { return m_model; }
    QPlainTextEdit *logView() const { return m_log; }
    QTableWidget *metricsView() const { return m_metrics; }
    bool isLoadingDetails() const { return m_loadingDetails; }

protected:
    void resizeEvent(QResizeEvent *event) override;

signals:
    void stepSelected(const QString &name);
    void stopRequested();

private:
    void updateHeader();
    void updateColumns();
    void showDetails();
    void loadDetails();
    StepEvent selectedEvent() const;

    QPointer<ExecutionController> m_controller;
    std::optional<Workspace> m_workspace;
    ExecutionModel *m_model;
    QLabel *m_header;
    QLabel *m_notice;
    QPushButton *m_stop;
    QTableView *m_table;
    QLabel *m_stepTitle;
    QLabel *m_reason;
    QTableWidget *m_metrics;
    QPlainTextEdit *m_log;
    QTimer *m_poll;
    QString m_selected;
    QString m_runId;
    RunStatus m_runStatus = RunStatus::Pending;
    qint64 m_runDurationMs = -1;
    QString m_runReason;
    bool m_previous = false;
    bool m_loadingDetails = false;
    int m_detailsGeneration = 0;
};

} // namespace mlops
