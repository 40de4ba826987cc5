// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/overview/lifecyclecard.h"

#include "core/maturity/workspacefacts.h"
#include "views/common/async.h"
#include "views/common/theme.h"
#include "views/common/workspacesession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace mlops {

namespace {

QColor stateColor(LifecycleStage::State state)
{
    switch (state) {
    case LifecycleStage::State::Done: return theme::success();
    case LifecycleStage::State::InProgress: return theme::accent();
    case LifecycleStage::State::Attention: return theme::warning();
    case LifecycleStage::State::NotStarted: return QColor(0x9c, 0xa3, 0xaf);
    }
    return theme::muted();
}

/** One stage: a small tile that opens its screen when clicked. */
class StageTile : public QFrame
{
public:
    StageTile(const LifecycleStage &stage, QWidget *parent, std::function<void()> onClick)
        : QFrame(parent), m_onClick(std::move(onClick))
    {
        setObjectName(QStringLiteral("lifecycleStage"));
        setProperty("stage", stage.id);
        setProperty("state", LifecycleStage::stateName(stage.state));
        const QColor c = stateColor(stage.state);
        setStyleSheet(QStringLiteral("QFrame#lifecycleStage { background: #ffffff; border: 1px solid #e2e6ec;"
                                     " border-top: 3px solid %1; border-radius: 6px; }")
                          .arg(c.name()));
        setCursor(Qt::PointingHandCursor);
        auto *v = new QVBoxLayout(this);
        v->setContentsMargins(10, 8, 10, 8);
        v->setSpacing(2);
        auto *title = new QLabel(QStringLiteral("<span style='color:%1'>●</span> <b>%2</b>").arg(c.name(), stage.title.toHtmlEscaped()), this);
        auto *headline = new QLabel(stage.headline, this);
        headline->setObjectName(QStringLiteral("stageHeadline"));
        headline->setWordWrap(true);
        auto *detail = new QLabel(stage.detail, this);
        detail->setProperty("role", QStringLiteral("muted"));
        detail->setWordWrap(true);
        v->addWidget(title);
        v->addWidget(headline);
        v->addWidget(detail);
        v->addStretch(1);
        setToolTip(stage.headline + QLatin1Char('\n') + stage.detail);
    }

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        QFrame::mouseReleaseEvent(event);
        if (m_onClick)
            m_onClick();
    }

private:
    std::function<void()> m_onClick;
};

} // namespace

LifecycleCard::LifecycleCard(WorkspaceSession *session, QWidget *parent)
    : AsyncCard(tr("ML lifecycle"), parent), m_session(session), m_row(new QHBoxLayout)
{
    setProperty("cardId", QStringLiteral("lifecycle"));
    m_row->setSpacing(6);
    body()->addLayout(m_row);
}

void LifecycleCard::reload()
{
    if (!m_session->hasWorkspace() || deferWhileBusy())
        return;
    setBusy(true);
    const Workspace workspace = m_session->workspace();
    runAsync(this, [workspace] { return summarizeLifecycle(collectWorkspaceFacts(workspace)); },
             [this](const QList<LifecycleStage> &stages) {
                 present(stages);
                 finishLoad();
             });
}

void LifecycleCard::present(const QList<LifecycleStage> &stages)
{
    m_stages = stages;
    while (QLayoutItem *item = m_row->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < stages.size(); ++i) {
        const LifecycleStage &stage = stages.at(i);
        const QString screen = stage.screen;
        m_row->addWidget(new StageTile(stage, this, [this, screen] { emit navigateRequested(screen, {}); }), 1);
        if (i + 1 < stages.size()) {
            auto *arrow = new QLabel(QStringLiteral("→"), this);
            arrow->setProperty("role", QStringLiteral("muted"));
            m_row->addWidget(arrow);
        }
    }
}

} // namespace mlops
