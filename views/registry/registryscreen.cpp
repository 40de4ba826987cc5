// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/registry/registryscreen.h"

#include "core/governance/permissions.h"
#include "core/registry/modelregistry.h"
#include "core/store/store.h"
#include "views/common/async.h"
#include "views/common/statusbadge.h"
#include "views/common/workspacesession.h"
#include "views/registry/modelcardeditor.h"
#include "views/registry/versiondetailpanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mlops {

namespace {
constexpr int kRefRole = Qt::UserRole + 1;

/** Runs one registry change on a fresh connection (off the GUI thread). */
template<typename Change>
auto withRegistry(const Workspace &workspace, Change change)
{
    using R = std::invoke_result_t<Change, ModelRegistry &>;
    Result<std::unique_ptr<Store>> store = Store::open(workspace.storePath());
    if (!store)
        return R(store.error());
    ModelRegistry registry((*store)->db(), GovernanceContext::forWorkspace(workspace));
    return change(registry);
}
} // namespace

RegistryScreen::RegistryScreen(WorkspaceSession *session, QWidget *parent)
    : Screen(session, parent), m_subtitle(new QLabel(this)), m_identity(new QLabel(this)),
      m_tree(new QTreeWidget(this)), m_detail(new VersionDetailPanel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->setSpacing(10);
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    auto *title = new QLabel(tr("Model registry"), this);
    title->setProperty("role", QStringLiteral("pageTitle"));
    titles->addWidget(title);
    m_subtitle->setObjectName(QStringLiteral("registrySubtitle"));
    m_subtitle->setProperty("role", QStringLiteral("muted"));
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    m_identity->setObjectName(QStringLiteral("registryIdentity"));
    m_identity->setProperty("role", QStringLiteral("muted"));
    m_identity->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_identity->setWordWrap(true);
    header->addWidget(m_identity, 1);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    header->addWidget(refresh, 0, Qt::AlignTop);
    layout->addLayout(header);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_tree->setObjectName(QStringLiteral("registryTree"));
    m_tree->setHeaderLabels({tr("Version"), tr("Status")});
    m_tree->setUniformRowHeights(true);
    // The status is short and must be read whole; the version label (with its aliases)
    // takes the rest and elides, its tooltip says it all.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setMinimumWidth(270);
    split->addWidget(m_tree);
    auto *scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *holder = new QWidget(scroll);
    holder->setObjectName(QStringLiteral("screenContent"));
    auto *holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins(16, 4, 4, 4);
    holderLayout->addWidget(m_detail);
    scroll->setWidget(holder);
    split->addWidget(scroll);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({320, 800});
    layout->addWidget(split, 1);

    connect(refresh, &QPushButton::clicked, this, &RegistryScreen::reload);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current, QTreeWidgetItem *previous) {
        if (previous && m_detail->cardEditor()->isModified()) {
            // Keep unsaved card edits unless the user lets them go.
            if (QMessageBox::question(this, tr("Unsaved model card"),
                                      tr("Discard the changes to the model card of %1?").arg(m_detail->ref()))
                != QMessageBox::Yes) {
                const QSignalBlocker block(m_tree);
                m_tree->setCurrentItem(previous);
                return;
            }
        }
        Q_UNUSED(current);
        showSelected();
    });
    connect(m_detail, &VersionDetailPanel::approveRequested, this,
            [this](const QString &ref, const QString &comment) { decide(ref, true, comment); });
    connect(m_detail, &VersionDetailPanel::rejectRequested, this,
            [this](const QString &ref, const QString &comment) {
                // Rejecting takes the version's aliases away (champion stops naming a model):
                // say which before doing it.
                const ModelVersion *v = m_snapshot.version(ref);
                if (v && !v->aliases.isEmpty()
                    && QMessageBox::question(this, tr("Reject %1").arg(ref),
                                             tr("Rejecting %1 also removes its aliases: %2. Nothing will "
                                                "serve through them until they are set on another version.\n\n"
                                                "Reject %1?")
                                                 .arg(ref, v->aliases.join(QStringLiteral(", "))))
                           != QMessageBox::Yes)
                    return;
                decide(ref, false, comment);
            });
    connect(m_detail, &VersionDetailPanel::aliasRequested, this, &RegistryScreen::setAlias);
    connect(m_detail->cardEditor(), &ModelCardEditor::saveRequested, this, &RegistryScreen::saveCard);
    connect(m_detail, &VersionDetailPanel::navigateRequested, this, &Screen::navigateRequested);
    // A card save still waiting belongs to the workspace it was made in.
    connect(session, &WorkspaceSession::workspaceOpened, this, [this] { m_pendingCards.clear(); });
    followWorkspace([this] { reload(); }, [this] {
        m_pendingCards.clear();
        m_snapshot = {};
        m_tree->clear();
        m_detail->showPlaceholder(tr("No workspace is open."));
    });
}

QString RegistryScreen::title() const
{
    return tr("Registry");
}

QIcon RegistryScreen::icon() const
{
    return QIcon(QStringLiteral(":/icons/registry.svg"));
}

void RegistryScreen::activate()
{
    reload();
}

bool RegistryScreen::confirmClose()
{
    if (!m_detail->cardEditor()->isModified())
        return true;
    return QMessageBox::question(this, tr("Unsaved model card"),
                                 tr("Discard the changes to the model card of %1?").arg(m_detail->ref()))
           == QMessageBox::Yes;
}

void RegistryScreen::reload()
{
    if (!session()->hasWorkspace() || !beginLoad([this] { reload(); }))
        return;
    const Workspace workspace = session()->workspace();
    runAsync(this, [workspace] { return loadRegistrySnapshot(workspace); },
             [this](const RegistrySnapshot &snapshot) {
                 // A newer load follows (a change finished meanwhile): this answer may show
                 // a card from before the change, so it is not shown.
                 if (!isLoadPending())
                     present(snapshot);
                 endLoad();
             });
}

void RegistryScreen::present(const RegistrySnapshot &snapshot)
{
    const QString keep = m_wanted.isEmpty() ? selectedRef() : m_wanted;
    m_wanted.clear();
    m_snapshot = snapshot;
    const int versions = snapshot.versionCount();
    const int pending = snapshot.pendingCount();
    m_subtitle->setText(snapshot.error.isEmpty()
                            ? tr("%n model group(s)", nullptr, int(snapshot.groups.size())) + QStringLiteral(" · ")
                                  + tr("%n version(s)", nullptr, versions) + QStringLiteral(" · ")
                                  + tr("%n awaiting approval", nullptr, pending)
                            : snapshot.error);
    // The name, and the address on a line of its own: a long address would otherwise
    // wrap at a hyphen in the middle.
    m_identity->setText(tr("Acting as <b>%1</b> (git identity)<br>%2")
                            .arg(snapshot.actor.name.toHtmlEscaped(), snapshot.actor.email.toHtmlEscaped()));
    m_identity->setToolTip(snapshot.actor.toString());

    const QSignalBlocker block(m_tree);
    m_tree->clear();
    QTreeWidgetItem *select = nullptr;
    const QLocale locale;
    for (const ModelGroup &g : snapshot.groups) {
        auto *groupItem = new QTreeWidgetItem(m_tree, {g.name, tr("%n version(s)", nullptr, int(g.versions.size()))});
        QFont bold = groupItem->font(0);
        bold.setBold(true);
        groupItem->setFont(0, bold);
        groupItem->setFlags(groupItem->flags() & ~Qt::ItemIsSelectable);
        for (auto it = g.versions.crbegin(); it != g.versions.crend(); ++it) {
            const ModelVersion &v = *it;
            QString label = QStringLiteral("v%1").arg(v.version);
            if (!v.aliases.isEmpty())
                label += QStringLiteral("  · ") + v.aliases.join(QStringLiteral(", "));
            auto *item = new QTreeWidgetItem(groupItem, {label, approvalStatusDisplayName(v.status)});
            item->setIcon(1, StatusBadge::dotIcon(approvalStatusName(v.status)));
            item->setData(0, kRefRole, v.ref());
            item->setToolTip(0, (v.aliases.isEmpty() ? QString() : label + QLatin1Char('\n'))
                                    + tr("%1 — registered %2").arg(v.description,
                                                                  locale.toString(v.created.toLocalTime(), QLocale::ShortFormat)));
            if (v.ref() == keep)
                select = item;
        }
        groupItem->setExpanded(true);
    }
    if (!select && m_tree->topLevelItemCount() > 0 && m_tree->topLevelItem(0)->childCount() > 0)
        select = m_tree->topLevelItem(0)->child(0);
    m_tree->setCurrentItem(select);
    if (snapshot.groups.isEmpty())
        m_detail->showPlaceholder(snapshot.error.isEmpty()
                                      ? tr("No models are registered yet.\n\nA pipeline's register-model step "
                                           "registers its model, or run:\nmlops registry register GROUP --run RUN")
                                      : snapshot.error);
    else
        showSelected();
}

QString RegistryScreen::selectedRef() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, kRefRole).toString() : QString();
}

bool RegistryScreen::selectVersion(const QString &ref)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int v = 0; v < group->childCount(); ++v) {
            if (group->child(v)->data(0, kRefRole).toString() == ref) {
                m_tree->setCurrentItem(group->child(v));
                return true;
            }
        }
    }
    return false;
}

void RegistryScreen::navigateTo(const QVariant &argument)
{
    const QString ref = argument.toString();
    if (!selectVersion(ref))
        m_wanted = ref;   // not loaded yet: select it when it is
}

void RegistryScreen::prepareForTour()
{
    const ModelGroup *largest = nullptr;
    for (const ModelGroup &g : m_snapshot.groups) {
        if (!largest || g.versions.size() > largest->versions.size())
            largest = &g;
    }
    if (!largest || largest->versions.isEmpty())
        return;
    QString ref = largest->versions.last().ref();
    for (auto it = largest->versions.crbegin(); it != largest->versions.crend(); ++it) {
        if (it->status == ApprovalStatus::PendingManualApproval) {
            ref = it->ref();
            break;
        }
    }
    selectVersion(ref);
}

QString RegistryScreen::permissionFor(const QString &group, bool *may) const
{
    const Permission *permission = Permissions::instance().find(actions::modelApprove());
    const QString role = permission ? permission->role : QStringLiteral("approver");
    *may = m_snapshot.policy.holds(m_snapshot.actor, role, group);
    if (*may)
        return tr("You hold the '%1' role for %2: you may approve or reject its versions.").arg(role, group);
    const QStringList holders = m_snapshot.policy.holders(role, group);
    QString note = holders.isEmpty()
                       ? tr("Nobody holds the '%1' role for %2 in mlops.yaml: approving will be refused.").arg(role, group)
                       : tr("Approving %1 needs the '%2' role, held by %3.").arg(group, role, holders.join(QStringLiteral(", ")));
    // A stand-in identity (git has no user configured) is rarely the one mlops.yaml names.
    const GitIdentity &actor = m_snapshot.actor;
    if (!actor.fromConfig()) {
        const QString keys = !actor.nameFromConfig && !actor.emailFromConfig ? QStringLiteral("user.name, user.email")
                             : actor.emailFromConfig                          ? QStringLiteral("user.name")
                                                                              : QStringLiteral("user.email");
        note += QLatin1Char(' ')
                + tr("git has no %1 configured, so you act as %2; if the role is yours, set them with git config.")
                      .arg(keys, actor.toString());
    }
    return note;
}

void RegistryScreen::showSelected()
{
    const ModelVersion *v = m_snapshot.version(selectedRef());
    if (!v) {
        m_detail->showPlaceholder(tr("Select a model version."));
        return;
    }
    bool may = false;
    const QString permission = permissionFor(v->group, &may);
    m_detail->setVersion(*v, *m_snapshot.group(v->group), m_snapshot.history.value(v->ref()), permission, may);
}

void RegistryScreen::setWorking(bool working)
{
    m_working = working;
    m_detail->setWorking(working || !m_pendingCards.isEmpty());
    emit busyChanged(isBusy());
    // A card save that waited runs once the change that finished has been shown.
    if (!working && !m_pendingCards.isEmpty())
        QMetaObject::invokeMethod(this, &RegistryScreen::startPendingCardSave, Qt::QueuedConnection);
}

void RegistryScreen::decide(const QString &ref, bool approve, const QString &comment)
{
    if (m_working || !session()->hasWorkspace())
        return;
    setWorking(true);
    const Workspace workspace = session()->workspace();
    const ApprovalStatus status = approve ? ApprovalStatus::Approved : ApprovalStatus::Rejected;
    runAsync(this,
             [workspace, ref, status, comment] {
                 return withRegistry(workspace, [&](ModelRegistry &r) { return r.setApproval(ref, status, comment); });
             },
             [this, approve](const Result<ApprovalChange> &result) {
                 setWorking(false);
                 if (!result) {
                     m_detail->showRefusal(result.error().toString());
                     emit statusMessage(tr("Refused: %1").arg(result.error().message));
                     reload();   // the refusal is in the audit log: show it in History
                     return;
                 }
                 const QString ref = result->version.ref();
                 const QString text = !result->changed
                                          ? (approve ? tr("%1 is already approved; nothing changed.")
                                                     : tr("%1 is already rejected; nothing changed."))
                                                .arg(ref)
                                          : result->removedAliases.isEmpty()
                                              ? (approve ? tr("Approved %1.") : tr("Rejected %1.")).arg(ref)
                                              : tr("Rejected %1 and removed its aliases: %2.")
                                                    .arg(ref, result->removedAliases.join(QStringLiteral(", ")));
                 // The comment went with the decision; left in the field, it would go with the next one.
                 if (result->changed && m_detail->ref() == ref)
                     m_detail->commentEdit()->clear();
                 m_detail->showNotice(text);
                 emit statusMessage(text);
                 reload();
             });
}

void RegistryScreen::setAlias(const QString &ref, const QString &alias)
{
    if (m_working || !session()->hasWorkspace() || alias.isEmpty())
        return;
    setWorking(true);
    const Workspace workspace = session()->workspace();
    runAsync(this,
             [workspace, ref, alias] {
                 return withRegistry(workspace, [&](ModelRegistry &r) { return r.setAlias(ref, alias); });
             },
             [this, alias](const Result<AliasChange> &result) {
                 setWorking(false);
                 if (!result) {
                     m_detail->showRefusal(result.error().toString());
                     return;
                 }
                 if (m_detail->ref() == result->version.ref())
                     m_detail->aliasEdit()->clear();
                 m_detail->showNotice(result->previousVersion > 0 && result->changed
                                          ? tr("Moved %1 from version %2 to %3.")
                                                .arg(alias, QString::number(result->previousVersion), result->version.ref())
                                          : tr("%1 points at %2.").arg(alias, result->version.ref()));
                 reload();
             });
}

void RegistryScreen::saveCard(const QString &ref, const QString &markdown)
{
    if (!session()->hasWorkspace())
        return;
    if (m_working) {
        // One change at a time, in the order asked: this save runs when the one in progress
        // (or a decision) has finished, so it replaces the card that one wrote. A newer
        // save of the same card supersedes one still waiting.
        m_pendingCards.removeIf([&ref](const PendingCard &p) { return p.ref == ref; });
        m_pendingCards.append({ref, markdown});
        return;
    }
    setWorking(true);
    const Workspace workspace = session()->workspace();
    runAsync(this,
             [workspace, ref, markdown] {
                 return withRegistry(workspace, [&](ModelRegistry &r) { return r.setModelCard(ref, markdown); });
             },
             [this, ref, markdown](const Result<ModelVersion> &result) {
                 setWorking(false);
                 if (!result) {
                     m_detail->showRefusal(result.error().toString());
                     return;
                 }
                 if (m_detail->ref() == ref)
                     m_detail->cardEditor()->markSaved(markdown);
                 m_detail->showNotice(tr("Saved the model card of %1.").arg(ref));
                 reload();
             });
}

void RegistryScreen::startPendingCardSave()
{
    if (m_working || m_pendingCards.isEmpty())
        return;
    const PendingCard next = m_pendingCards.takeFirst();
    saveCard(next.ref, next.markdown);
}

} // namespace mlops
