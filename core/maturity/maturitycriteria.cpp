// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/maturity/maturitycriteria.h"

namespace mlops {

MaturityCriteria &MaturityCriteria::instance()
{
    static MaturityCriteria criteria;
    return criteria;
}

MaturityCriteria::MaturityCriteria()
{
    registerBuiltinMaturityCriteria(*this);
}

void MaturityCriteria::add(const MaturityCriterion &criterion)
{
    for (MaturityCriterion &c : m_criteria) {
        if (c.id == criterion.id) {
            c = criterion;
            return;
        }
    }
    m_criteria.append(criterion);
}

const MaturityCriterion *MaturityCriteria::find(const QString &id) const
{
    for (const MaturityCriterion &c : m_criteria) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

} // namespace mlops
