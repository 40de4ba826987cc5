// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/pipeline/pipelinegraph.h"

#include <QGraphicsPathItem>

namespace mlops {

/**
 * A dependency on the canvas: data (an input fed by an output or the model), value (a
 * property or output used inside a string), order (depends_on) or branch (a
 * condition's then/else). Holds the edge as a value; the scene routes it.
 */
class EdgeItem : public QGraphicsPathItem
{
public:
    enum { Type = UserType + 102 };

    /** `field` is the field of the step the edge stands for ("inputs.train", "when"), for its tooltip. */
    explicit EdgeItem(const GraphEdge &edge, const QString &field = {});

    int type() const override { return Type; }
    const GraphEdge &edge() const { return m_edge; }
    /** "from|to|kind|fromPort|toPort": the same edge across rebuilds. */
    static QString key(const GraphEdge &edge);

    void setRoute(const QPainterPath &path);
    void setProblem(const QString &message);
    bool hasProblem() const { return !m_problem.isEmpty(); }
    /** Dims edges of steps that a run skipped. */
    void setDimmed(bool dimmed);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPen pen(bool selected) const;

    GraphEdge m_edge;
    QString m_field;
    QString m_problem;
    QPolygonF m_arrow;
    mutable QPainterPath m_shape;
};

} // namespace mlops
