// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/maturity/maturityassessment.h"
#include "views/shell/screen.h"

class QLabel;

namespace mlops {

class CriteriaTree;
class NextActionsList;
class PhaseLadder;
class StatTile;

/**
 * The Maturity screen: where the workspace stands on AWS's phase ladder, its Google and
 * Azure levels, every criterion with the evidence found (and where), and the next
 * concrete actions. The assessment runs off the GUI thread.
 */
class MaturityScreen : public Screen
{
    Q_OBJECT

public:
    explicit MaturityScreen(WorkspaceSession *session, QWidget *parent = nullptr);

    QString screenId() const override { return QStringLiteral("maturity"); }
    QString title() const override;
    QIcon icon() const override;
    bool isBusy() const override { return isLoading(); }
    void activate() override;
    /** Opens the first unmet criterion of the next phase with its evidence. */
    void prepareForTour() override;

    const MaturityAssessment &assessment() const { return m_assessment; }
    CriteriaTree *criteria() const { return m_criteria; }
    NextActionsList *nextActions() const { return m_next; }
    PhaseLadder *ladder() const { return m_ladder; }

public slots:
    void reload();

private:
    void present(const MaturityAssessment &assessment);

    MaturityAssessment m_assessment;
    QLabel *m_subtitle;
    PhaseLadder *m_ladder;
    StatTile *m_phase;
    StatTile *m_google;
    StatTile *m_azure;
    StatTile *m_met;
    CriteriaTree *m_criteria;
    NextActionsList *m_next;
};

} // namespace mlops
