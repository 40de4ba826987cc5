// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/lineage/lineagegraph.h"
#include "views/lineage/graphlayout.h"

#include <QGraphicsScene>
#include <QHash>

namespace mlops {

class LineageEdgeItem;
class LineageNodeItem;

/**
 * The lineage graph as a scene: one node item per entity and one edge item per
 * association, placed by a layout computed beforehand (off the GUI thread — the scene
 * never lays out, so panning and zooming never relayout). Keeps a map from entity id to
 * item (STYLE.md §7). highlight() marks what is upstream and downstream of an entity
 * within a depth, from the graph in memory, without touching the layout.
 */
class LineageScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit LineageScene(QObject *parent = nullptr);

    /** Node sizes and edges of `graph`, for layoutGraph(). */
    static LayoutInput layoutInput(const LineageGraph &graph);
    static QSizeF nodeSize();

    /** Replaces the scene's content with `graph` placed by `layout` (from layoutInput()). */
    void setGraph(const LineageGraph &graph, const LayoutResult &layout);
    const LineageGraph &graph() const { return m_graph; }
    const LayoutResult &layout() const { return m_layout; }

    LineageNodeItem *node(qint64 id) const { return m_nodes.value(id); }
    const QList<LineageEdgeItem *> &edgeItems() const { return m_edges; }
    /** The entity of the selected node, or 0. */
    qint64 selectedEntity() const;
    void selectEntity(qint64 id);

    /**
     * Emphasises `focus`, what is upstream and/or downstream of it within `depth` steps
     * (0: any), and dims the rest; focus 0 clears. Returns how many entities it marked.
     */
    int highlight(qint64 focus, LineageDirection direction, int depth);
    qint64 highlighted() const { return m_highlighted; }

    /** Counts setGraph() calls: an export painting the items over several slices checks it. */
    quint64 generation() const { return m_generation; }

signals:
    /** A node was double-clicked: the user wants its lineage. */
    void entityActivated(qint64 id);

protected:
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    LineageGraph m_graph;
    LayoutResult m_layout;
    QHash<qint64, LineageNodeItem *> m_nodes;
    QList<LineageEdgeItem *> m_edges;
    QHash<qint64, QList<int>> m_out;
    QHash<qint64, QList<int>> m_in;
    qint64 m_highlighted = 0;
    quint64 m_generation = 0;
};

} // namespace mlops
