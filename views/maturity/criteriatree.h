// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/maturity/maturityassessment.h"

#include <QTreeWidget>

namespace mlops {

/**
 * Every criterion under its phase, met (✓) or not (✗), with its evidence below it and,
 * in the second column, where each fact came from. Phases up to the next one open, the
 * unmet criteria of the next phase expanded.
 */
class CriteriaTree : public QTreeWidget
{
    Q_OBJECT

public:
    explicit CriteriaTree(QWidget *parent = nullptr);

    void setAssessment(const MaturityAssessment &assessment);
    /** The item of a criterion by id, or nullptr. */
    QTreeWidgetItem *criterionItem(const QString &id) const;
    /** Selects and scrolls to the first unmet required criterion of the next phase. */
    void focusNextStep();

private:
    MaturityAssessment m_assessment;
};

} // namespace mlops
