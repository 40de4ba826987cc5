// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/lineage/graphlayout.h"

#include "views/lineage/graphvizlayout.h"
#include "views/lineage/layeredlayout.h"

#include <QElapsedTimer>

namespace mlops {

LayoutResult layoutGraph(const LayoutInput &input, LayoutEngine engine)
{
    QElapsedTimer clock;
    clock.start();
    if (engine == LayoutEngine::Automatic)
        engine = input.sizes.size() <= kGraphvizNodeLimit ? LayoutEngine::Graphviz : LayoutEngine::Layered;
    LayoutResult result;
    if (engine == LayoutEngine::Graphviz) {
        std::optional<LayoutResult> dot = GraphvizLayout::layout(input);
        if (dot)
            result = *dot;
        else
            result = LayeredLayout::layout(input);  // Graphviz unavailable: still draw something good
    } else {
        result = LayeredLayout::layout(input);
    }
    result.elapsedMs = double(clock.nsecsElapsed()) / 1e6;
    return result;
}

} // namespace mlops
