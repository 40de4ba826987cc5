// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/governance/auditentry.h"
#include "core/registry/modelversion.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QHBoxLayout;

namespace mlops {

class MetricsHistoryChart;
class ModelCardEditor;
class StatusBadge;

/**
 * One model version in full: status and aliases, its run (with a link to it in
 * Experiments), model hash (with a link to its lineage), commit and decision; the
 * approve/reject bar with a comment, the alias bar, metrics across the group's versions,
 * and tabs for the model card, training data and history. It shows and asks; the
 * Registry screen does the work and reports back (showRefusal, showNotice).
 */
class VersionDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit VersionDetailPanel(QWidget *parent = nullptr);

    /** `permission` says whether (and why not) the user may decide on this group. */
    void setVersion(const ModelVersion &version, const ModelGroup &group, const QList<AuditEntry> &history,
                    const QString &permission, bool mayDecide);
    void showPlaceholder(const QString &message);
    QString ref() const { return m_ref; }

    /** A refusal or failure, in red, until the next action. */
    void showRefusal(const QString &message);
    /** A confirmation, until the next action. */
    void showNotice(const QString &message);
    void setWorking(bool working);

    ModelCardEditor *cardEditor() const { return m_card; }
    MetricsHistoryChart *chart() const { return m_chart; }
    QLabel *refusalLabel() const { return m_message; }
    StatusBadge *statusBadge() const { return m_status; }
    QLineEdit *commentEdit() const { return m_comment; }
    QLineEdit *aliasEdit() const { return m_alias; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void approveRequested(const QString &ref, const QString &comment);
    void rejectRequested(const QString &ref, const QString &comment);
    void aliasRequested(const QString &ref, const QString &alias);
    void navigateRequested(const QString &screenId, const QVariant &argument);

private:
    QWidget *m_content;
    QLabel *m_placeholder;
    QString m_ref;
    QString m_runUuid;
    QString m_modelHash;
    ApprovalStatus m_statusValue = ApprovalStatus::PendingManualApproval;
    QLabel *m_title;
    StatusBadge *m_status;
    QHBoxLayout *m_aliasChips;
    QLabel *m_description;
    QLabel *m_run;
    QLabel *m_model;
    QLabel *m_files;
    QLabel *m_commit;
    QLabel *m_created;
    QLabel *m_decision;
    QPushButton *m_openRun;
    QPushButton *m_openLineage;
    QLabel *m_permission;
    QLineEdit *m_comment;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QLineEdit *m_alias;
    QPushButton *m_setAlias;
    QLabel *m_message;
    MetricsHistoryChart *m_chart;
    QTabWidget *m_tabs;
    ModelCardEditor *m_card;
    QTreeWidget *m_inputs;
    QTreeWidget *m_history;
};

} // namespace mlops
