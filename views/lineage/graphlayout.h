// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QList>
#include <QPair>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace mlops {

/** A graph to lay out: node sizes and edges (source → destination, as node indexes). */
struct LayoutInput
{
    QList<QSizeF> sizes;
    QList<QPair<int, int>> edges;
};

/** Where everything goes, left to right (sources left): node centres and edge routes. */
struct LayoutResult
{
    QList<QPointF> centers;     ///< per node
    QList<QPolygonF> routes;    ///< per edge, from the source's border to the destination's
    QRectF bounds;
    QString engine;             ///< "graphviz-dot" or "layered"
    double elapsedMs = 0;
};

/** Which layout to use. */
enum class LayoutEngine { Automatic, Graphviz, Layered };

/**
 * Graphviz's dot gives the best drawings but grows steeply with size (measured on this
 * project's machines: 1,000 lineage-like nodes about 0.4 s, 3,000 about 2.4 s, 10,000
 * more than ten minutes), so larger graphs go to LayeredLayout (the same Sugiyama
 * scheme without dot's crossing and spline refinements: 10,000 nodes well under a
 * second; tests/bench/bench_lineage_layout measures both).
 */
constexpr int kGraphvizNodeLimit = 1000;

/** Lays out a graph with `engine` (Automatic: by kGraphvizNodeLimit). Thread-safe. */
LayoutResult layoutGraph(const LayoutInput &input, LayoutEngine engine = LayoutEngine::Automatic);

} // namespace mlops
