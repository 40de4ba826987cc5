// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "views/lineage/lineageedgelabelitem.h"
#include "views/lineage/lineagenodeitem.h"

#include <QGraphicsItem>
#include <QPolygonF>

namespace mlops {

/**
 * One association, drawn along its laid-out route with an arrowhead. Its label (Produced,
 * Used…) is a LineageEdgeLabelItem of its own, above the nodes; the edge places it and
 * passes its emphasis on. Holds its index in the graph's edge list only. Far out it is a
 * bare polyline without arrow.
 */
class LineageEdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 72 };

    LineageEdgeItem(int index, const QPolygonF &route, const QString &label);

    int index() const { return m_index; }
    int type() const override { return Type; }
    QString label() const { return m_label; }
    /** The label drawn for this edge (owned by the scene), or null. */
    void setLabelItem(LineageEdgeLabelItem *label);
    LineageEdgeLabelItem *labelItem() const { return m_labelItem; }
    /** Moves the label along the edge until it covers none of `obstacles` (node and
     *  label rectangles); returns where the label went. */
    QRectF placeLabel(const QList<QRectF> &obstacles);
    QPointF labelCenter() const { return m_labelAt; }
    void setEmphasis(LineageEmphasis emphasis);
    LineageEmphasis emphasis() const { return m_emphasis; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void updateBounds();

    int m_index;
    QPolygonF m_route;
    QString m_label;
    QPointF m_labelAt;
    QRectF m_bounds;
    LineageEmphasis m_emphasis = LineageEmphasis::Normal;
    LineageEdgeLabelItem *m_labelItem = nullptr;
};

} // namespace mlops
