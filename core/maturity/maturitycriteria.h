// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/maturity/maturityassessment.h"

#include <QList>
#include <QString>

#include <functional>

namespace mlops {

struct WorkspaceFacts;

/**
 * One criterion of the assessment: which AWS phase it belongs to, whether the phase
 * needs it, and how to judge it from the workspace's facts. `evaluate` sets `met`, adds
 * the evidence (with where it came from) and, when unmet, the next action.
 */
struct MaturityCriterion
{
    QString id;
    MaturityPhase phase = MaturityPhase::Initial;
    bool required = true;
    const char *title = nullptr;         ///< QT_TRANSLATE_NOOP("mlops::MaturityCriteria", …)
    const char *description = nullptr;   ///< likewise
    std::function<void(const WorkspaceFacts &, CriterionResult &)> evaluate;
};

/**
 * The criteria the maturity assessment checks, in display order (STYLE.md §18: a
 * registry, so a later domain — serving, monitoring — adds its own with add()).
 */
class MaturityCriteria
{
public:
    static MaturityCriteria &instance();

    /** Adds a criterion, or replaces the one with the same id. Call at start-up, before other threads read it. */
    void add(const MaturityCriterion &criterion);
    const QList<MaturityCriterion> &all() const { return m_criteria; }
    const MaturityCriterion *find(const QString &id) const;

private:
    MaturityCriteria();
    QList<MaturityCriterion> m_criteria;
};

/** Registers the built-in criteria (called once by MaturityCriteria). */
void registerBuiltinMaturityCriteria(MaturityCriteria &criteria);

} // namespace mlops
