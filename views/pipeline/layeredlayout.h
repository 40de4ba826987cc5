// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QPointF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace mlops {

struct PipelineSpec;

/**
 * A layered (Sugiyama-style) drawing of a pipeline, flowing downwards: each step on the
 * layer of its longest path from a source (PipelineGraph::layers), edges that skip
 * layers routed through reserved lanes, the order within layers chosen to reduce
 * crossings (barycenter sweeps), and nodes placed as close as possible to the middle of
 * their neighbours without ever overlapping (isotonic regression per layer).
 */
class LayeredLayout
{
public:
    static constexpr qreal kLayerGap = 64;
    static constexpr qreal kNodeGap = 48;
    static constexpr qreal kLaneWidth = 28;

    struct Node
    {
        QString name;
        QSizeF size;
    };
    using Edge = QPair<QString, QString>;

    /** Top-left corner of every node; layers from `layers` (missing ones are put last). */
    static QHash<QString, QPointF> compute(const QList<Node> &nodes, const QList<Edge> &edges,
                                           const QHash<QString, int> &layers);

    /** The layout of a pipeline's steps, sized by NodeGeometry. */
    static QHash<QString, QPointF> compute(const PipelineSpec &spec);

    /** Number of edge crossings between adjacent layers of a computed order (for tests). */
    static int crossings(const QList<QStringList> &order, const QList<Edge> &edges);
};

} // namespace mlops
