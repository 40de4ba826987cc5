// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/shell/welcomescreen.h"

#include "core/workspace/workspacetemplate.h"
#include "views/common/card.h"
#include "views/shell/recentworkspaces.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace mlops {

WelcomeScreen::WelcomeScreen(QWidget *parent)
    : QWidget(parent), m_recent(new QListWidget(this)), m_noRecent(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomeScreen"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(48, 40, 48, 40);
    outer->setSpacing(24);

    auto *hero = new QHBoxLayout;
    hero->setSpacing(18);
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/mlops-studio.svg")).pixmap(72, 72));
    hero->addWidget(logo, 0, Qt::AlignTop);
    auto *heroText = new QVBoxLayout;
    heroText->setSpacing(4);
    auto *title = new QLabel(tr("MLOps Studio"), this);
    title->setProperty("role", QStringLiteral("heroTitle"));
    auto *tagline = new QLabel(tr("Experiment in notebooks, design pipelines, track every run "
                                  "and review lineage — on your own machine, in your own git "
                                  "repository."),
                               this);
    tagline->setWordWrap(true);
    tagline->setProperty("role", QStringLiteral("muted"));
    heroText->addWidget(title);
    heroText->addWidget(tagline);
    hero->addLayout(heroText, 1);
    outer->addLayout(hero);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(20);

    auto *start = new Card(tr("Start"), this);
    for (const WorkspaceTemplate &t : WorkspaceTemplate::all()) {
        auto *button = new QPushButton(t.name == QStringLiteral("demo")
                                           ? tr("New demo workspace…")
                                           : tr("New empty workspace…"),
                                       start);
        button->setObjectName(QStringLiteral("newWorkspace_") + t.name);
        button->setProperty("role", t.name == QStringLiteral("demo") ? QStringLiteral("primary")
                                                                      : QString());
        const QString name = t.name;
        connect(button, &QPushButton::clicked, this, [this, name] { emit newWorkspaceRequested(name); });
        auto *description = new QLabel(t.description(), start);
        description->setWordWrap(true);
        description->setProperty("role", QStringLiteral("muted"));
        start->body()->addWidget(button);
        start->body()->addWidget(description);
        start->body()->addSpacing(8);
    }
    auto *open = new QPushButton(tr("Open workspace…"), start);
    open->setObjectName(QStringLiteral("openWorkspace"));
    connect(open, &QPushButton::clicked, this, &WelcomeScreen::openWorkspaceRequested);
    start->body()->addWidget(open);
    auto *openHint = new QLabel(tr("A folder with an mlops.yaml, or a git repository you "
                                   "initialised with 'mlops init'."),
                                start);
    openHint->setWordWrap(true);
    openHint->setProperty("role", QStringLiteral("muted"));
    start->body()->addWidget(openHint);
    start->body()->addStretch(1);
    columns->addWidget(start, 2);

    auto *recent = new Card(tr("Recent workspaces"), this);
    m_recent->setObjectName(QStringLiteral("recentWorkspaces"));
    m_recent->setAlternatingRowColors(false);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openRecentRequested(item->data(Qt::UserRole).toString());
    });
    m_noRecent->setText(tr("Workspaces you open appear here."));
    m_noRecent->setProperty("role", QStringLiteral("muted"));
    recent->body()->addWidget(m_noRecent);
    recent->body()->addWidget(m_recent, 1);
    recent->body()->addStretch(0);
    columns->addWidget(recent, 3);
    // The cards keep their natural height: no tall empty panels on a big window.
    outer->addLayout(columns);
    outer->addStretch(1);

    refresh();
}

void WelcomeScreen::refresh()
{
    m_recent->clear();
    const QStringList roots = RecentWorkspaces::list();
    for (const QString &root : roots) {
        auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/folder.svg")),
                                         QFileInfo(root).fileName() + QLatin1Char('\n')
                                             + QDir::toNativeSeparators(root),
                                         m_recent);
        item->setData(Qt::UserRole, root);
        item->setToolTip(root);
    }
    m_noRecent->setVisible(roots.isEmpty());
    m_noRecent->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_recent->setVisible(!roots.isEmpty());
}

} // namespace mlops
