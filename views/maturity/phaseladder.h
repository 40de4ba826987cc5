// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/maturity/maturityassessment.h"

#include <QWidget>

namespace mlops {

/**
 * AWS's four phases as steps of a ladder, left to right: the phases reached in green
 * with a tick, the current one ringed in the accent colour, the next one dashed, with
 * how many of each phase's required criteria are met.
 */
class PhaseLadder : public QWidget
{
    Q_OBJECT

public:
    explicit PhaseLadder(QWidget *parent = nullptr);

    void setAssessment(const MaturityAssessment &assessment);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Step
    {
        MaturityPhase phase;
        int met = 0;
        int required = 0;
    };
    QRectF stepRect(int index) const;

    QList<Step> m_steps;
    int m_current = -1;
};

} // namespace mlops
