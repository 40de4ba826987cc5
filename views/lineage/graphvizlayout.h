// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "views/lineage/graphlayout.h"

#include <optional>

namespace mlops {

/**
 * Layout through Graphviz's libgvc and libcgraph (Debian's libgraphviz-dev): the `dot`
 * engine, left to right, nodes of fixed sizes, spline edges sampled into polylines.
 * Graphviz keeps global state, so layouts are serialised by a mutex; the C objects are
 * owned by RAII wrappers (graphviz.h).
 */
class GraphvizLayout
{
public:
    /** Nothing when Graphviz cannot lay the graph out (no dot plugin, …). */
    static std::optional<LayoutResult> layout(const LayoutInput &input);
};

} // namespace mlops
