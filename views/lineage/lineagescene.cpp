// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/lineage/lineagescene.h"

#include "core/lineage/lineagedot.h"
#include "views/lineage/lineageedgeitem.h"
#include "views/lineage/lineageedgelabelitem.h"
#include "views/lineage/lineagenodeitem.h"
#include "views/lineage/lineagepalette.h"

#include <QGraphicsSceneMouseEvent>
#include <QQueue>

namespace mlops {

namespace {

/** Up to this many entities the graph fits on screen readably: its labels are sized for the fitted zoom. */
constexpr int kReadableEntities = 60;

} // namespace

LineageScene::LineageScene(QObject *parent) : QGraphicsScene(parent)
{
    setBackgroundBrush(lineagepalette::background());
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
}

QSizeF LineageScene::nodeSize()
{
    return QSizeF(196, 46);
}

LayoutInput LineageScene::layoutInput(const LineageGraph &graph)
{
    LayoutInput input;
    input.sizes = QList<QSizeF>(graph.entities.size(), nodeSize());
    input.edges.reserve(graph.edges.size());
    for (const LineageEdge &e : graph.edges)
        input.edges.append({graph.indexOf(e.source), graph.indexOf(e.destination)});
    return input;
}

void LineageScene::setGraph(const LineageGraph &graph, const LayoutResult &layout)
{
    ++m_generation;
    clearSelection();
    clear();
    m_nodes.clear();
    m_edges.clear();
    m_out.clear();
    m_in.clear();
    m_highlighted = 0;
    m_graph = graph;
    m_layout = layout;
    const QSizeF size = nodeSize();
    for (int i = 0; i < m_graph.entities.size(); ++i) {
        const LineageEntity &e = m_graph.entities.at(i);
        auto *item = new LineageNodeItem(e.id, e.kind, size);
        const QString label = lineageDotLabel(e);
        item->setTexts(label.section(QLatin1Char('\n'), 0, 0), label.section(QLatin1Char('\n'), 1));
        item->setPos(i < layout.centers.size() ? layout.centers.at(i) : QPointF());
        addItem(item);
        m_nodes.insert(e.id, item);
    }
    for (int i = 0; i < m_graph.edges.size(); ++i) {
        const LineageEdge &e = m_graph.edges.at(i);
        auto *item = new LineageEdgeItem(i, i < layout.routes.size() ? layout.routes.at(i) : QPolygonF(),
                                         associationName(e.type));
        addItem(item);
        if (!item->label().isEmpty() && m_graph.entities.size() <= 400) {
            auto *label = new LineageEdgeLabelItem(item->label(), m_graph.entities.size() > kReadableEntities);
            addItem(label);
            item->setLabelItem(label);
        }
        m_edges.append(item);
        m_out[e.source].append(i);
        m_in[e.destination].append(i);
    }
    // Labels clear of the nodes and of each other (a few hundred entities at most; a
    // larger graph is drawn too small for labels anyway).
    if (m_nodes.size() <= 400) {
        QList<QRectF> obstacles;
        for (const LineageNodeItem *node : std::as_const(m_nodes))
            obstacles.append(node->sceneBoundingRect());
        for (LineageEdgeItem *edge : std::as_const(m_edges)) {
            if (const QRectF placed = edge->placeLabel(obstacles); !placed.isNull())
                obstacles.append(placed);
        }
    }
    setSceneRect(layout.bounds.adjusted(-40, -40, 40, 40));
}

qint64 LineageScene::selectedEntity() const
{
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == LineageNodeItem::Type)
            return static_cast<LineageNodeItem *>(item)->id();
    }
    return 0;
}

void LineageScene::selectEntity(qint64 id)
{
    clearSelection();
    if (LineageNodeItem *item = m_nodes.value(id))
        item->setSelected(true);
}

int LineageScene::highlight(qint64 focus, LineageDirection direction, int depth)
{
    m_highlighted = m_nodes.contains(focus) ? focus : 0;
    if (!m_highlighted) {
        for (LineageNodeItem *n : std::as_const(m_nodes))
            n->setEmphasis(LineageEmphasis::Normal);
        for (LineageEdgeItem *e : std::as_const(m_edges))
            e->setEmphasis(LineageEmphasis::Normal);
        return 0;
    }
    QHash<qint64, int> distance{{focus, 0}};
    QHash<int, LineageEmphasis> edgeEmphasis;
    auto walk = [&](bool upstream) {
        QQueue<qint64> queue;
        queue.enqueue(focus);
        while (!queue.isEmpty()) {
            const qint64 id = queue.dequeue();
            const int d = std::abs(distance.value(id));
            if (depth > 0 && d >= depth)
                continue;
            for (int index : (upstream ? m_in : m_out).value(id)) {
                const LineageEdge &edge = m_graph.edges.at(index);
                const qint64 other = upstream ? edge.source : edge.destination;
                edgeEmphasis.insert(index, upstream ? LineageEmphasis::Upstream : LineageEmphasis::Downstream);
                if (!distance.contains(other)) {
                    distance.insert(other, upstream ? -(d + 1) : d + 1);
                    queue.enqueue(other);
                }
            }
        }
    };
    if (direction != LineageDirection::Downstream)
        walk(true);
    if (direction != LineageDirection::Upstream)
        walk(false);
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        const auto d = distance.constFind(it.key());
        if (d == distance.cend())
            (*it)->setEmphasis(LineageEmphasis::Dimmed);
        else if (*d == 0)
            (*it)->setEmphasis(LineageEmphasis::Focus);
        else
            (*it)->setEmphasis(*d < 0 ? LineageEmphasis::Upstream : LineageEmphasis::Downstream, *d);
    }
    for (LineageEdgeItem *e : std::as_const(m_edges))
        e->setEmphasis(edgeEmphasis.value(e->index(), LineageEmphasis::Dimmed));
    return int(distance.size());
}

void LineageScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    for (QGraphicsItem *item : items(event->scenePos())) {
        if (item->type() == LineageNodeItem::Type) {
            emit entityActivated(static_cast<LineageNodeItem *>(item)->id());
            event->accept();
            return;
        }
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

} // namespace mlops
