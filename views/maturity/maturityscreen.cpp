// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/maturity/maturityscreen.h"

#include "core/maturity/maturityassessor.h"
#include "views/common/async.h"
#include "views/common/card.h"
#include "views/common/workspacesession.h"
#include "views/maturity/criteriatree.h"
#include "views/maturity/nextactionslist.h"
#include "views/maturity/phaseladder.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace mlops {

MaturityScreen::MaturityScreen(WorkspaceSession *session, QWidget *parent)
    : Screen(session, parent), m_subtitle(new QLabel(this)), m_ladder(new PhaseLadder(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->setSpacing(12);
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    auto *title = new QLabel(tr("MLOps maturity"), this);
    title->setProperty("role", QStringLiteral("pageTitle"));
    titles->addWidget(title);
    m_subtitle->setObjectName(QStringLiteral("maturitySubtitle"));
    m_subtitle->setProperty("role", QStringLiteral("muted"));
    m_subtitle->setWordWrap(true);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    auto *again = new QPushButton(tr("Assess again"), this);
    header->addWidget(again, 0, Qt::AlignTop);
    layout->addLayout(header);
    layout->addWidget(m_ladder);

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(12);
    m_phase = new StatTile(tr("AWS phase"), QStringLiteral("awsPhase"), this);
    m_google = new StatTile(tr("Google level (0–2)"), QStringLiteral("googleLevel"), this);
    m_azure = new StatTile(tr("Azure level (0–4)"), QStringLiteral("azureLevel"), this);
    m_met = new StatTile(tr("Criteria met"), QStringLiteral("criteriaMet"), this);
    for (StatTile *tile : {m_phase, m_google, m_azure, m_met})
        tiles->addWidget(tile, 1);
    layout->addLayout(tiles);

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *criteriaCard = new Card(tr("Criteria and evidence"), split);
    m_criteria = new CriteriaTree(criteriaCard);
    criteriaCard->body()->addWidget(m_criteria);
    split->addWidget(criteriaCard);
    auto *actionsCard = new Card(tr("Next actions"), split);
    auto *scroll = new QScrollArea(actionsCard);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_next = new NextActionsList(scroll);
    scroll->setWidget(m_next);
    actionsCard->body()->addWidget(scroll);
    split->addWidget(actionsCard);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({640, 400});
    layout->addWidget(split, 1);

    connect(again, &QPushButton::clicked, this, &MaturityScreen::reload);
    followWorkspace([this] { reload(); });
}

QString MaturityScreen::title() const
{
    return tr("Maturity");
}

QIcon MaturityScreen::icon() const
{
    return QIcon(QStringLiteral(":/icons/maturity.svg"));
}

void MaturityScreen::activate()
{
    reload();
}

void MaturityScreen::reload()
{
    if (!session()->hasWorkspace() || !beginLoad([this] { reload(); }))
        return;
    const Workspace workspace = session()->workspace();
    runAsync(this, [workspace] { return assessWorkspaceMaturity(workspace); },
             [this](const MaturityAssessment &assessment) {
                 present(assessment);
                 endLoad();
             });
}

void MaturityScreen::present(const MaturityAssessment &a)
{
    m_assessment = a;
    m_subtitle->setText(tr("Assessed %1 from the evidence in this workspace: git, files, runs, registry and "
                           "audit log. Phases after AWS's MLOps foundation roadmap.")
                            .arg(QLocale().toString(a.assessedAt.toLocalTime(), QLocale::ShortFormat)));
    m_ladder->setAssessment(a);
    m_phase->setValue(a.hasPhase() ? maturityPhaseDisplayName(a.phase()) : tr("—"),
                      a.phaseIndex + 1 < int(maturityPhases().size())
                          ? tr("next: %1").arg(maturityPhaseDisplayName(MaturityPhase(a.phaseIndex + 1)))
                          : tr("the top of the ladder"));
    m_google->setValue(QStringLiteral("%1 / %2").arg(a.google.level).arg(a.google.maxLevel), a.google.name);
    m_azure->setValue(QStringLiteral("%1 / %2").arg(a.azure.level).arg(a.azure.maxLevel), a.azure.name);
    m_met->setValue(QStringLiteral("%1 / %2").arg(a.metCount()).arg(a.criteria.size()),
                    tr("%n recommended", nullptr,
                       int(std::count_if(a.criteria.cbegin(), a.criteria.cend(),
                                         [](const CriterionResult &c) { return !c.required; }))));
    m_google->setToolTip(a.google.description);
    m_azure->setToolTip(a.azure.description);
    m_criteria->setAssessment(a);
    m_next->setAssessment(a);
}

void MaturityScreen::prepareForTour()
{
    m_criteria->focusNextStep();
}

} // namespace mlops
