// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/registry/versiondetailpanel.h"

#include "core/common/datasize.h"

#include "views/common/statusbadge.h"
#include "views/common/theme.h"
#include "views/registry/metricshistorychart.h"
#include "views/registry/modelcardeditor.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mlops {

namespace {
QLabel *value(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString sizeText(qint64 bytes)
{
    return formatDataSize(bytes);
}
} // namespace

VersionDetailPanel::VersionDetailPanel(QWidget *parent)
    : QWidget(parent), m_content(new QWidget(this)), m_placeholder(new QLabel(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setProperty("role", QStringLiteral("muted"));
    m_placeholder->setWordWrap(true);
    outer->addWidget(m_placeholder);
    outer->addWidget(m_content, 1);

    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    // Header: name, status, aliases.
    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("versionTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: 600;"));
    m_status = new StatusBadge(m_content);
    header->addWidget(m_title);
    header->addWidget(m_status);
    m_aliasChips = new QHBoxLayout;
    m_aliasChips->setSpacing(6);
    header->addLayout(m_aliasChips);
    header->addStretch(1);
    layout->addLayout(header);
    m_description = value(m_content);
    m_description->setProperty("role", QStringLiteral("muted"));
    layout->addWidget(m_description);

    // Facts on the left, metrics across versions on the right.
    auto *facts = new QHBoxLayout;
    facts->setSpacing(16);
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(6);
    form->setLabelAlignment(Qt::AlignLeft);
    m_run = value(m_content);
    m_run->setObjectName(QStringLiteral("versionRun"));
    m_openRun = new QPushButton(tr("Open run"), m_content);
    m_openRun->setObjectName(QStringLiteral("openRun"));
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_run, 1);
    runRow->addWidget(m_openRun);
    form->addRow(tr("Run"), runRow);
    m_model = value(m_content);
    m_model->setObjectName(QStringLiteral("versionModel"));
    m_openLineage = new QPushButton(tr("Lineage"), m_content);
    m_openLineage->setObjectName(QStringLiteral("openLineage"));
    auto *modelRow = new QHBoxLayout;
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(m_openLineage);
    form->addRow(tr("Model"), modelRow);
    m_files = value(m_content);
    form->addRow(tr("Files"), m_files);
    m_commit = value(m_content);
    form->addRow(tr("Commit"), m_commit);
    m_created = value(m_content);
    form->addRow(tr("Registered"), m_created);
    m_decision = value(m_content);
    m_decision->setObjectName(QStringLiteral("versionDecision"));
    form->addRow(tr("Decision"), m_decision);
    facts->addLayout(form, 5);
    m_chart = new MetricsHistoryChart(m_content);
    facts->addWidget(m_chart, 4);
    layout->addLayout(facts);

    // Decide: comment, approve, reject; and aliases.
    m_permission = value(m_content);
    m_permission->setObjectName(QStringLiteral("permissionNote"));
    m_permission->setProperty("role", QStringLiteral("muted"));
    layout->addWidget(m_permission);
    auto *actions = new QHBoxLayout;
    actions->setSpacing(8);
    m_comment = new QLineEdit(m_content);
    m_comment->setObjectName(QStringLiteral("decisionComment"));
    m_comment->setPlaceholderText(tr("Comment for the audit log"));
    m_comment->setToolTip(tr("Why you approve or reject this version; recorded with the decision in the audit log"));
    m_comment->setMinimumWidth(m_comment->fontMetrics().horizontalAdvance(m_comment->placeholderText()) + 24);
    m_approve = new QPushButton(tr("Approve"), m_content);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_approve->setProperty("role", QStringLiteral("primary"));
    m_reject = new QPushButton(tr("Reject"), m_content);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_reject->setProperty("role", QStringLiteral("danger"));
    actions->addWidget(m_comment, 3);
    actions->addWidget(m_approve);
    actions->addWidget(m_reject);
    actions->addSpacing(16);
    m_alias = new QLineEdit(m_content);
    m_alias->setObjectName(QStringLiteral("aliasEdit"));
    m_alias->setPlaceholderText(tr("alias, e.g. champion"));
    // Wide enough for the whole placeholder, plus the frame and text margins.
    m_alias->setMinimumWidth(m_alias->fontMetrics().horizontalAdvance(m_alias->placeholderText()) + 24);
    m_alias->setMaximumWidth(m_alias->minimumWidth() + 60);
    m_setAlias = new QPushButton(tr("Set alias"), m_content);
    m_setAlias->setObjectName(QStringLiteral("setAlias"));
    actions->addWidget(m_alias, 1);
    actions->addWidget(m_setAlias);
    layout->addLayout(actions);
    m_message = value(m_content);
    m_message->setObjectName(QStringLiteral("registryMessage"));
    m_message->hide();
    layout->addWidget(m_message);

    // Card, training data, history.
    m_tabs = new QTabWidget(m_content);
    m_tabs->setObjectName(QStringLiteral("versionTabs"));
    m_card = new ModelCardEditor(m_tabs);
    m_tabs->addTab(m_card, tr("Model card"));
    m_inputs = new QTreeWidget(m_tabs);
    m_inputs->setObjectName(QStringLiteral("versionInputs"));
    m_inputs->setHeaderLabels({tr("Input"), tr("Path"), tr("SHA-256")});
    m_inputs->setRootIsDecorated(false);
    m_tabs->addTab(m_inputs, tr("Training data"));
    m_history = new QTreeWidget(m_tabs);
    m_history->setObjectName(QStringLiteral("versionHistory"));
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Comment")});
    m_history->setRootIsDecorated(false);
    m_tabs->addTab(m_history, tr("History"));
    layout->addWidget(m_tabs, 1);

    connect(m_approve, &QPushButton::clicked, this, [this] { emit approveRequested(m_ref, m_comment->text()); });
    connect(m_reject, &QPushButton::clicked, this, [this] { emit rejectRequested(m_ref, m_comment->text()); });
    connect(m_setAlias, &QPushButton::clicked, this, [this] { emit aliasRequested(m_ref, m_alias->text().trimmed()); });
    connect(m_alias, &QLineEdit::returnPressed, m_setAlias, &QPushButton::click);
    connect(m_openRun, &QPushButton::clicked, this,
            [this] { emit navigateRequested(QStringLiteral("experiments"), m_runUuid); });
    connect(m_openLineage, &QPushButton::clicked, this,
            [this] { emit navigateRequested(QStringLiteral("lineage"), m_modelHash); });
    showPlaceholder(tr("Select a model version."));
}

void VersionDetailPanel::showPlaceholder(const QString &message)
{
    m_ref.clear();
    m_placeholder->setText(message);
    m_placeholder->show();
    m_content->hide();
    m_card->setCard(QString(), QString());
}

void VersionDetailPanel::setVersion(const ModelVersion &v, const ModelGroup &group, const QList<AuditEntry> &history,
                                    const QString &permission, bool mayDecide)
{
    const bool sameVersion = m_ref == v.ref();
    m_ref = v.ref();
    m_runUuid = v.runUuid;
    m_modelHash = v.modelHash;
    m_placeholder->hide();
    m_content->show();
    m_title->setText(QStringLiteral("%1 / v%2").arg(v.group).arg(v.version));
    m_status->setStatus(approvalStatusName(v.status), approvalStatusDisplayName(v.status));
    while (QLayoutItem *item = m_aliasChips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &alias : v.aliases) {
        auto *chip = new StatusBadge(m_content);
        chip->setChip(alias);
        m_aliasChips->addWidget(chip);
    }
    m_description->setText(v.description);
    m_description->setVisible(!v.description.isEmpty());

    m_run->setText(QStringLiteral("<code>%1</code> %2").arg(v.runUuid.left(8), v.runName.toHtmlEscaped())
                   + (v.pipelineRunUuid.isEmpty() ? QString()
                                                  : tr(" · pipeline run <code>%1</code>").arg(v.pipelineRunUuid.left(8))));
    m_model->setText(QStringLiteral("<code>%1…</code> ").arg(v.modelHash.left(16))
                     + tr("(%1, %2)").arg(v.modelKind, sizeText(v.modelSize)));
    m_model->setToolTip(v.modelHash);
    // Cache paths are long and unbreakable: show the start and the end, the whole on hover.
    m_files->setText(v.modelPath.size() > 48 ? v.modelPath.left(24) + QStringLiteral("…") + v.modelPath.right(16)
                                             : v.modelPath);
    m_files->setToolTip(v.modelPath);
    m_commit->setText(v.gitCommit.isEmpty() ? tr("not recorded")
                                            : QStringLiteral("<code>%1</code> ").arg(v.gitCommit.left(8))
                                                  + (v.gitDirty ? tr("<span style='color:#b45309'>with uncommitted changes</span>")
                                                                : tr("clean")));
    m_created->setText(tr("%1 by %2").arg(when(v.created), theme::actorHtml(v.createdBy)));
    m_created->setToolTip(v.createdBy);
    if (v.status == ApprovalStatus::PendingManualApproval)
        m_decision->setText(tr("awaiting a decision"));
    else
        m_decision->setText(tr("%1 by %2, %3").arg(approvalStatusDisplayName(v.status),
                                                   theme::actorHtml(v.statusBy),
                                                   when(v.statusAt))
                            + (v.statusComment.isEmpty() ? QString()
                                                         : QStringLiteral("<br><i>“%1”</i>").arg(v.statusComment.toHtmlEscaped())));

    m_chart->setVersions(group.versions, v.version);
    m_permission->setText(permission);
    m_permission->setStyleSheet(mayDecide ? QString() : QStringLiteral("color: #b45309;"));
    m_statusValue = v.status;
    m_approve->setEnabled(v.status != ApprovalStatus::Approved);
    m_reject->setEnabled(v.status != ApprovalStatus::Rejected);
    if (!sameVersion) {
        m_comment->clear();
        m_alias->clear();
        m_message->hide();
        m_card->setCard(v.ref(), v.modelCard);
    } else if (!m_card->isModified()) {
        m_card->setCard(v.ref(), v.modelCard);
    }

    m_inputs->clear();
    for (const ModelInput &input : v.inputs)
        m_inputs->addTopLevelItem(new QTreeWidgetItem({input.name, input.path, input.hash}));
    if (v.inputs.isEmpty())
        m_inputs->addTopLevelItem(new QTreeWidgetItem({tr("no input data was recorded")}));
    m_history->clear();
    for (const AuditEntry &e : history) {
        auto *item = new QTreeWidgetItem({when(e.time()), e.actor, e.action, e.comment});
        item->setToolTip(1, e.actor);
        item->setToolTip(2, tr("audit entry #%1, hash %2").arg(QString::number(e.seq), e.hash.left(16)));
        if (e.action.endsWith(QStringLiteral(".denied")))
            item->setForeground(2, QColor(0xb9, 0x1c, 0x1c));
        m_history->addTopLevelItem(item);
    }
    for (QTreeWidget *tree : {m_inputs, m_history}) {
        for (int c = 0; c + 1 < tree->columnCount(); ++c)
            tree->resizeColumnToContents(c);
    }
}

void VersionDetailPanel::showRefusal(const QString &message)
{
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #991b1b; background: #fef2f2; border: 1px solid #fecaca;"
                                            " border-radius: 6px; padding: 6px 10px; }"));
    m_message->setText(message);
    m_message->show();
}

void VersionDetailPanel::showNotice(const QString &message)
{
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #166534; background: #f0fdf4; border: 1px solid #bbf7d0;"
                                            " border-radius: 6px; padding: 6px 10px; }"));
    m_message->setText(message);
    m_message->show();
}

void VersionDetailPanel::setWorking(bool working)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_approve, m_reject, m_setAlias, m_comment, m_alias})
        w->setEnabled(!working);
    if (!working) {
        m_approve->setEnabled(m_statusValue != ApprovalStatus::Approved);
        m_reject->setEnabled(m_statusValue != ApprovalStatus::Rejected);
    }
    m_card->setBusy(working);
}

} // namespace mlops
