// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/vcs/changespanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace mlops {

namespace {

QString kindText(GitChange::Kind kind)
{
    switch (kind) {
    case GitChange::Kind::Added: return ChangesPanel::tr("added");
    case GitChange::Kind::Modified: return ChangesPanel::tr("modified");
    case GitChange::Kind::Deleted: return ChangesPanel::tr("deleted");
    case GitChange::Kind::Renamed: return ChangesPanel::tr("renamed");
    case GitChange::Kind::TypeChanged: return ChangesPanel::tr("type changed");
    case GitChange::Kind::Untracked: return ChangesPanel::tr("new");
    case GitChange::Kind::Conflicted: return ChangesPanel::tr("conflicted");
    }
    return {};
}

} // namespace

ChangesPanel::ChangesPanel(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_hint(new QLabel(this)), m_message(new QLineEdit(this)),
      m_commit(new QPushButton(tr("Commit"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    m_hint->setProperty("role", QStringLiteral("muted"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_list->setObjectName(QStringLiteral("gitChanges"));
    layout->addWidget(m_list, 1);
    auto *row = new QHBoxLayout;
    m_message->setObjectName(QStringLiteral("commitMessage"));
    m_message->setPlaceholderText(tr("What changed and why"));
    row->addWidget(m_message, 1);
    m_commit->setObjectName(QStringLiteral("commitButton"));
    m_commit->setProperty("role", QStringLiteral("primary"));
    row->addWidget(m_commit);
    layout->addLayout(row);

    connect(m_list, &QListWidget::itemChanged, this, &ChangesPanel::updateButton);
    connect(m_message, &QLineEdit::textChanged, this, &ChangesPanel::updateButton);
    connect(m_message, &QLineEdit::returnPressed, m_commit, &QPushButton::click);
    connect(m_commit, &QPushButton::clicked, this, [this] {
        if (m_commit->isEnabled())
            emit commitRequested(checkedPaths(), m_message->text().trimmed());
    });
    updateButton();
}

void ChangesPanel::setChanges(const QList<GitChange> &changes, const QString &workspacePrefix)
{
    const QStringList unchecked = [this] {
        QStringList list;
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->checkState() == Qt::Unchecked)
                list.append(m_list->item(i)->data(Qt::UserRole).toString());
        }
        return list;
    }();
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const GitChange &c : changes) {
        QString shown = c.path;
        if (!workspacePrefix.isEmpty() && shown.startsWith(workspacePrefix + QLatin1Char('/')))
            shown = shown.mid(workspacePrefix.size() + 1);
        auto *item = new QListWidgetItem(QStringLiteral("%1    %2").arg(shown, kindText(c.kind)), m_list);
        item->setData(Qt::UserRole, c.path);
        if (c.kind == GitChange::Kind::Conflicted) {
            // A conflict needs a decision the studio does not take for the user.
            item->setFlags(item->flags() & ~(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled));
            item->setToolTip(tr("Resolve the conflict with git itself, then commit it"));
            continue;
        }
        if (c.kind == GitChange::Kind::Deleted)
            item->setToolTip(tr("Checked, the commit removes this file from git"));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(unchecked.contains(c.path) ? Qt::Unchecked : Qt::Checked);
    }
    m_hint->setText(changes.isEmpty() ? tr("The working tree is clean: every change is committed.")
                                      : tr("%n uncommitted change(s). Commit the checked ones with a message; runs "
                                           "then record a clean commit and can be reproduced exactly.",
                                           nullptr, int(changes.size())));
    updateButton();
}

QStringList ChangesPanel::checkedPaths() const
{
    QStringList paths;
    for (int i = 0; i < m_list->count(); ++i) {
        if ((m_list->item(i)->flags() & Qt::ItemIsUserCheckable) && m_list->item(i)->checkState() == Qt::Checked)
            paths.append(m_list->item(i)->data(Qt::UserRole).toString());
    }
    return paths;
}

void ChangesPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateButton();
}

void ChangesPanel::updateButton()
{
    m_commit->setEnabled(!m_busy && !checkedPaths().isEmpty() && !m_message->text().trimmed().isEmpty());
}

} // namespace mlops
