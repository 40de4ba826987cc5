// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/maturity/lifecyclesummary.h"
#include "views/common/asynccard.h"

class QHBoxLayout;

namespace mlops {

class WorkspaceSession;

/**
 * The ML lifecycle on the Overview — data → train → evaluate → register → deploy →
 * monitor — each stage with the workspace's state (done, in progress, needs attention,
 * not started), a headline and one line of detail. Clicking a stage opens its screen.
 */
class LifecycleCard : public AsyncCard
{
    Q_OBJECT

public:
    explicit LifecycleCard(WorkspaceSession *session, QWidget *parent = nullptr);

    const QList<LifecycleStage> &stages() const { return m_stages; }

public slots:
    void reload() override;

private:
    void present(const QList<LifecycleStage> &stages);

    WorkspaceSession *m_session;
    QHBoxLayout *m_row;
    QList<LifecycleStage> m_stages;
};

} // namespace mlops
