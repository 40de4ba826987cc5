// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/lineage/lineageedgeitem.h"

#include "views/lineage/lineagepalette.h"

#include <QLineF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>
#include <optional>

namespace mlops {

namespace {

/** The point at `fraction` (0–1) of the length along a polyline. */
QPointF along(const QPolygonF &route, double fraction)
{
    double length = 0;
    for (int i = 1; i < route.size(); ++i)
        length += QLineF(route.at(i - 1), route.at(i)).length();
    double left = length * fraction;
    for (int i = 1; i < route.size(); ++i) {
        const QLineF segment(route.at(i - 1), route.at(i));
        if (segment.length() >= left && segment.length() > 0)
            return segment.pointAt(left / segment.length());
        left -= segment.length();
    }
    return route.isEmpty() ? QPointF() : route.last();
}

} // namespace

LineageEdgeItem::LineageEdgeItem(int index, const QPolygonF &route, const QString &label)
    : m_index(index), m_route(route), m_label(label), m_labelAt(along(route, 0.5))
{
    updateBounds();
    setZValue(0);
    setAcceptedMouseButtons(Qt::NoButton);
    // The exposed rectangle tells paint() which part of a long edge is in view.
    setFlag(QGraphicsItem::ItemUsesExtendedStyleOption);
}

void LineageEdgeItem::setLabelItem(LineageEdgeLabelItem *label)
{
    m_labelItem = label;
    if (m_labelItem) {
        m_labelItem->setCenter(m_labelAt);
        m_labelItem->setEmphasis(m_emphasis);
    }
}

void LineageEdgeItem::updateBounds()
{
    prepareGeometryChange();
    m_bounds = m_route.boundingRect().adjusted(-8, -8, 8, 8);
}

QRectF LineageEdgeItem::placeLabel(const QList<QRectF> &obstacles)
{
    if (!m_labelItem || m_route.size() < 2)
        return {};
    // Halfway first, then nearer either end, until the label covers no node and no other label.
    for (const double fraction : {0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.2, 0.8}) {
        const QPointF at = along(m_route, fraction);
        const QRectF box = m_labelItem->rectAt(at).adjusted(-2, -2, 2, 2);
        const bool clear = std::none_of(obstacles.cbegin(), obstacles.cend(),
                                        [&box](const QRectF &o) { return o.intersects(box); });
        if (clear) {
            m_labelAt = at;
            break;
        }
    }
    m_labelItem->setCenter(m_labelAt);
    return m_labelItem->rectAt(m_labelAt);
}

void LineageEdgeItem::setEmphasis(LineageEmphasis emphasis)
{
    if (m_emphasis == emphasis)
        return;
    m_emphasis = emphasis;
    setOpacity(emphasis == LineageEmphasis::Dimmed ? 0.18 : 1.0);
    setZValue(emphasis == LineageEmphasis::Upstream || emphasis == LineageEmphasis::Downstream ? 0.8 : 0);
    if (m_labelItem)
        m_labelItem->setEmphasis(emphasis);
    update();
}

namespace {

/** The part of `line` inside `rect` (Liang–Barsky), if any. */
std::optional<QLineF> clipped(const QLineF &line, const QRectF &rect)
{
    double t0 = 0, t1 = 1;
    const double dx = line.dx(), dy = line.dy();
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {line.x1() - rect.left(), rect.right() - line.x1(), line.y1() - rect.top(),
                         rect.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return std::nullopt;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return std::nullopt;
    }
    return QLineF(line.pointAt(t0), line.pointAt(t1));
}

} // namespace

QRectF LineageEdgeItem::boundingRect() const
{
    return m_bounds;
}

void LineageEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget);
    if (m_route.size() < 2)
        return;
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QColor colour = m_emphasis == LineageEmphasis::Upstream     ? lineagepalette::upstream()
                          : m_emphasis == LineageEmphasis::Downstream ? lineagepalette::downstream()
                                                                      : lineagepalette::edge();
    const bool highlighted = m_emphasis == LineageEmphasis::Upstream || m_emphasis == LineageEmphasis::Downstream;
    if (lod < 0.22) {
        painter->setPen(QPen(colour, 0));
        painter->drawPolyline(m_route);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.5);
    painter->setPen(QPen(colour, highlighted ? 2.0 : 1.2));
    painter->setBrush(Qt::NoBrush);
    // Zoomed in on a large graph, most of a long edge is out of view: stroking only the
    // segments in view keeps a frame cheap however long the edges that cross it.
    const QRectF exposed = option->exposedRect.adjusted(-4, -4, 4, 4);
    if (exposed.contains(m_bounds)) {
        painter->drawPolyline(m_route);
    } else {
        for (qsizetype i = 1; i < m_route.size(); ++i) {
            if (std::optional<QLineF> part = clipped(QLineF(m_route.at(i - 1), m_route.at(i)), exposed))
                painter->drawLine(*part);
        }
        if (!exposed.intersects(QRectF(m_route.last(), m_route.last()).adjusted(-8, -8, 8, 8)))
            return;   // the arrowhead is out of view too
    }

    // The arrowhead at the destination.
    const QLineF last(m_route.at(m_route.size() - 2), m_route.last());
    if (last.length() > 0.1) {
        const double angle = std::atan2(-last.dy(), last.dx());
        const double size = 7;
        const QPointF tip = last.p2();
        const QPointF a = tip - QPointF(std::cos(angle - M_PI / 7) * size, -std::sin(angle - M_PI / 7) * size);
        const QPointF b = tip - QPointF(std::cos(angle + M_PI / 7) * size, -std::sin(angle + M_PI / 7) * size);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawPolygon(QPolygonF({tip, a, b}));
    }
}

} // namespace mlops
