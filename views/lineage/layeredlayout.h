// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "views/lineage/graphlayout.h"

namespace mlops {

/**
 * A layered (Sugiyama) layout for graphs too large for Graphviz's dot: cycles broken by
 * reversing back edges, longest-path layers with sources pulled next to what they feed,
 * long edges split into dummy nodes, barycenter sweeps against crossings, and balanced
 * vertical positions (the mean of an upward and a downward packing, which keeps order
 * and spacing). Linear in the graph apart from the per-layer sorts: 10,000 lineage
 * entities in a fraction of a second.
 */
class LayeredLayout
{
public:
    static LayoutResult layout(const LayoutInput &input);

    static constexpr double kLayerGap = 60;   ///< between the columns of nodes
    static constexpr double kNodeGap = 16;    ///< between nodes of one column
};

} // namespace mlops
