// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QString>

namespace mlops {

/**
 * A chart axis with round ends and round ticks at 1, 2 or 5 × 10^n (Heckbert's nice
 * numbers), so the labels read 0.955, 0.956, 0.957… rather than 0.95566, 0.95614….
 */
struct NiceRange
{
    double from = 0;
    double to = 1;
    int ticks = 5;

    double step() const { return ticks > 1 ? (to - from) / (ticks - 1) : to - from; }
    /** Decimals that tell every tick apart: as many as the step has, no more. */
    int decimals() const;
    /** A printf format for QValueAxis::setLabelFormat() with those decimals. */
    QString labelFormat() const;
};

/** Round ends around [lo, hi] and 4 to 7 ticks; {lo, hi, 5} when the range is empty. */
NiceRange niceRange(double lo, double hi);

} // namespace mlops
