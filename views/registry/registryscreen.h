// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "views/registry/registrysnapshot.h"
#include "views/shell/screen.h"

#include <QList>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace mlops {

class VersionDetailPanel;

/**
 * The Registry screen: model groups and their versions with status badges on the left,
 * the selected version on the right (VersionDetailPanel). Approve, reject, alias and
 * model card edits run off the GUI thread through the core registry, which checks the
 * role and audits; a refusal is shown as the registry words it.
 */
class RegistryScreen : public Screen
{
    Q_OBJECT

public:
    explicit RegistryScreen(WorkspaceSession *session, QWidget *parent = nullptr);

    QString screenId() const override { return QStringLiteral("registry"); }
    QString title() const override;
    QIcon icon() const override;
    bool isBusy() const override { return isLoading() || m_working || !m_pendingCards.isEmpty(); }
    void activate() override;
    /** Selects the newest version awaiting approval (else the newest) of the largest group. */
    void prepareForTour() override;
    bool confirmClose() override;

    const RegistrySnapshot &snapshot() const { return m_snapshot; }
    QString selectedRef() const;
    /** Selects a version by its ref ("breast-cancer/3"); false when there is none. */
    bool selectVersion(const QString &ref);
    VersionDetailPanel *detail() const { return m_detail; }
    QTreeWidget *tree() const { return m_tree; }

public slots:
    void reload();
    /** Shows a version given as "GROUP/VERSION". */
    void navigateTo(const QVariant &argument) override;

private:
    void present(const RegistrySnapshot &snapshot);
    void showSelected();
    QString permissionFor(const QString &group, bool *may) const;
    void decide(const QString &ref, bool approve, const QString &comment);
    void setAlias(const QString &ref, const QString &alias);
    void saveCard(const QString &ref, const QString &markdown);
    void startPendingCardSave();
    void setWorking(bool working);

    /** A card save asked for while another change was running; it runs after it, in order. */
    struct PendingCard
    {
        QString ref;
        QString markdown;
    };

    bool m_working = false;
    QList<PendingCard> m_pendingCards;
    QString m_wanted;   ///< a ref to select once loaded
    RegistrySnapshot m_snapshot;
    QLabel *m_subtitle;
    QLabel *m_identity;
    QTreeWidget *m_tree;
    VersionDetailPanel *m_detail;
};

} // namespace mlops
