// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/common/niceaxis.h"

#include <cmath>

namespace mlops {

int NiceRange::decimals() const
{
    const double s = step();
    if (!(s > 0) || !std::isfinite(s))
        return 3;
    // A step of 1, 2 or 5 × 10^n needs -n decimals; 0 or more.
    return qBound(0, int(-std::floor(std::log10(s) + 1e-9)), 12);
}

QString NiceRange::labelFormat() const
{
    return QStringLiteral("%.%1f").arg(decimals());
}

NiceRange niceRange(double lo, double hi)
{
    auto nice = [](double range, bool round) {
        const double exponent = std::floor(std::log10(range));
        const double fraction = range / std::pow(10.0, exponent);
        double f;
        if (round)
            f = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
        else
            f = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return f * std::pow(10.0, exponent);
    };
    if (!(hi > lo) || !std::isfinite(lo) || !std::isfinite(hi))
        return {lo, hi, 5};
    const double step = nice(nice(hi - lo, false) / 4, true);
    const double from = std::floor(lo / step) * step;
    const double to = std::ceil(hi / step) * step;
    return {from, to, int(std::lround((to - from) / step)) + 1};
}

} // namespace mlops
