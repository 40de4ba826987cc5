// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/pipeline/runreproducer.h"
#include "views/vcs/gitsnapshot.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace mlops {

/**
 * One commit of the history: its message and the runs recorded at it (with their key
 * metrics), and "reproduce run" — the run again at that commit with the same parameters
 * and data — with the two runs' data hashes and metrics side by side.
 */
class CommitRunsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CommitRunsPanel(QWidget *parent = nullptr);

    void showCommit(const GitCommit &commit, const QList<CommitRun> &runs);
    void showPlaceholder(const QString &text);
    /** The latest metrics of each run (run id → name → value), loaded after showCommit(). */
    void setMetrics(const QHash<QString, QMap<QString, double>> &metrics);
    QString selectedRun() const;
    bool selectRun(const QString &uuid);

    void setReproducing(bool busy);
    void appendProgress(const QString &line);
    void showReproduction(const Reproduction &reproduction);
    void showReproductionError(const QString &message);

    QTreeWidget *runsTree() const { return m_runs; }
    QTreeWidget *comparisonTree() const { return m_comparison; }
    QPushButton *reproduceButton() const { return m_reproduce; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString verdict() const;
    /** The heading above the comparison: which run was reproduced as which. */
    QString reproductionTitle() const;

signals:
    void reproduceRequested(const QString &runId);
    /** The user pressed Cancel while a reproduction runs. */
    void cancelRequested();
    void lineageRequested(const QString &runId);
    void metricsWanted(const QStringList &runIds);

private:
    /** Reproduce only for a pipeline execution (the tooltip says why otherwise). */
    void updateButtons();

    QWidget *m_content;
    QLabel *m_placeholder;
    QLabel *m_summary;
    QLabel *m_meta;
    QTreeWidget *m_runs;
    QPushButton *m_reproduce;
    QPushButton *m_cancel;
    QPushButton *m_lineage;
    QLabel *m_reproductionTitle;
    QPlainTextEdit *m_progress;
    QTreeWidget *m_comparison;
    QLabel *m_verdict;
    bool m_busy = false;
};

} // namespace mlops
