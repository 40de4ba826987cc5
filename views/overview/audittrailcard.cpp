// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/overview/audittrailcard.h"

#include "core/registry/registryaudit.h"
#include "core/store/store.h"
#include "views/common/async.h"
#include "views/common/theme.h"
#include "views/common/workspacesession.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mlops {

AuditTrailCard::AuditTrailCard(WorkspaceSession *session, QWidget *parent)
    : AsyncCard(tr("Audit trail"), parent), m_session(session), m_chain(new QLabel(this)),
      m_entries(new QTreeWidget(this)), m_more(new QLabel(this))
{
    setProperty("cardId", QStringLiteral("audit"));
    m_chain->setObjectName(QStringLiteral("auditChain"));
    m_chain->setWordWrap(true);
    body()->addWidget(m_chain);
    m_entries->setObjectName(QStringLiteral("auditEntries"));
    m_entries->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Subject"), tr("Why")});
    m_entries->setRootIsDecorated(false);
    m_entries->setSelectionMode(QAbstractItemView::NoSelection);
    m_entries->setUniformRowHeights(true);
    m_entries->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_entries->setTextElideMode(Qt::ElideMiddle);

    // When, What and Subject fit their text; Who is capped, elided in the middle so the
    // name and the end of the address stay (its tooltip has the whole identity); Why, the
    // reason, gets the rest.
    m_entries->header()->setStretchLastSection(true);
    m_entries->header()->setSectionResizeMode(QHeaderView::Interactive);
    body()->addWidget(m_entries);
    m_more->setProperty("role", QStringLiteral("muted"));
    body()->addWidget(m_more);
}

void AuditTrailCard::reload()
{
    if (!m_session->hasWorkspace() || deferWhileBusy())
        return;
    setBusy(true);
    const Workspace workspace = m_session->workspace();
    runAsync(this,
             [workspace] {
                 Loaded loaded;
                 if (!QFileInfo::exists(workspace.storePath()))
                     return loaded;
                 Result<std::unique_ptr<Store>> store = Store::open(workspace.storePath());
                 if (!store) {
                     loaded.error = store.error().toString();
                     return loaded;
                 }
                 AuditLog log((*store)->db());
                 if (Result<QList<AuditEntry>> e = log.recent(kEntries); e)
                     loaded.entries = *e;
                 if (Result<qint64> n = log.count(); n)
                     loaded.total = *n;
                 if (Result<AuditVerification> v = RegistryAudit((*store)->db()).verify(); v)
                     loaded.verification = *v;
                 else
                     loaded.error = v.error().toString();
                 return loaded;
             },
             [this](const Loaded &loaded) {
                 present(loaded);
                 finishLoad();
             });
}

void AuditTrailCard::present(const Loaded &loaded)
{
    m_verification = loaded.verification;
    if (!loaded.error.isEmpty()) {
        m_chain->setText(loaded.error);
    } else if (!loaded.verification.intact) {
        m_chain->setText(QStringLiteral("<span style='color:%1'>✗</span> ").arg(theme::danger().name())
                         + (loaded.verification.registryProblems.isEmpty()
                                ? tr("<b>The audit log was tampered with:</b> %1")
                                : tr("<b>The model registry does not match the audit log:</b> %1"))
                               .arg(loaded.verification.problem.toHtmlEscaped()));
    } else if (loaded.total == 0) {
        m_chain->setText(tr("No decisions recorded yet: registrations, approvals and alias moves will appear here."));
    } else {
        m_chain->setText(QStringLiteral("<span style='color:%1'>✓</span> ").arg(theme::success().name())
                         + tr("%n entry(ies), hash chain verified", nullptr, int(loaded.total)));
    }
    m_entries->clear();
    const QLocale locale;
    for (const AuditEntry &e : loaded.entries) {
        // The whole identity: roles are granted by address, and anyone can call themselves
        // "Jane Doe" in their git configuration.
        auto *item = new QTreeWidgetItem({locale.toString(e.time().toLocalTime(), QLocale::ShortFormat),
                                          e.actor, e.action, e.subject, e.comment.simplified()});
        item->setToolTip(1, e.actor);
        item->setToolTip(4, e.comment);
        item->setToolTip(2, tr("entry #%1").arg(e.seq));
        if (e.action.endsWith(QStringLiteral(".denied")))
            item->setForeground(2, theme::danger());
        if (loaded.verification.firstBadSeq == e.seq)
            for (int c = 0; c < 5; ++c)
                item->setBackground(c, QColor(0xfe, 0xe2, 0xe2));
        m_entries->addTopLevelItem(item);
    }
    for (int c = 0; c < 4; ++c)
        m_entries->resizeColumnToContents(c);
    const int maxWho = m_entries->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24;
    m_entries->setColumnWidth(1, qMin(m_entries->columnWidth(1), maxWho));
    m_entries->setVisible(!loaded.entries.isEmpty());
    if (!loaded.entries.isEmpty()) {
        // Exactly the rows shown: the card grows no taller than its content. A row's hint
        // can be 0 before the view was ever shown: a line of text then.
        const int rows = int(loaded.entries.size());
        const int hint = m_entries->sizeHintForRow(0);
        const int rowHeight = hint > 0 ? hint : m_entries->fontMetrics().height() + 4;
        const int headerHeight = qMax(m_entries->header()->sizeHint().height(), m_entries->fontMetrics().height() + 8);
        m_entries->setFixedHeight(headerHeight + rows * rowHeight + 2 * m_entries->frameWidth() + 2);
    }
    const qint64 more = loaded.total - loaded.entries.size();
    m_more->setText(more > 0 ? tr("%n older entry(ies): mlops audit", nullptr, int(more)) : QString());
    m_more->setVisible(more > 0);
}

} // namespace mlops
