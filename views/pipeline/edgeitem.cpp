// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/edgeitem.h"

#include "views/common/theme.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::EdgeItem)
};

/** What of `from` an edge carries: "the model", "output 'train'", "property 'report'". */
QString carried(const GraphEdge &e)
{
    if (e.kind == GraphEdge::Kind::Data)
        return e.fromPort == QStringLiteral("model") ? Text::tr("%1's model").arg(e.from)
                                                     : Text::tr("%1's output '%2'").arg(e.from, e.fromPort);
    return Text::tr("%1's property '%2'").arg(e.from, e.fromPort);
}

/** What the edge is, in the words of the file: who reads what, where. */
QString describe(const GraphEdge &e, const QString &field)
{
    switch (e.kind) {
    case GraphEdge::Kind::Data:
    case GraphEdge::Kind::Value: {
        if (field.startsWith(QStringLiteral("inputs.")))
            return Text::tr("%1 reads %2 as input '%3'").arg(e.to, carried(e), field.mid(7));
        if (field == QStringLiteral("when"))
            return Text::tr("%1's condition reads %2").arg(e.to, carried(e));
        if (field == QStringLiteral("model"))
            return Text::tr("%1 takes %2 as its model").arg(e.to, carried(e));
        // "command.2" is the command; "environment.SEED" names its variable.
        QString where = field.isEmpty() ? e.toPort : field;
        bool index = false;
        where.section(QLatin1Char('.'), -1).toInt(&index);
        if (index)
            where = where.section(QLatin1Char('.'), 0, -2);
        return Text::tr("%1's %2 reads %3").arg(e.to, where, carried(e));
    }
    case GraphEdge::Kind::Order: return Text::tr("%1 runs after %2 (depends_on)").arg(e.to, e.from);
    case GraphEdge::Kind::Branch:
        return e.fromPort == QStringLiteral("then") ? Text::tr("%1 runs when %2's condition is true").arg(e.to, e.from)
                                                    : Text::tr("%1 runs when %2's condition is false").arg(e.to, e.from);
    }
    return QString();
}

} // namespace

EdgeItem::EdgeItem(const GraphEdge &edge, const QString &field) : m_edge(edge), m_field(field)
{
    setFlag(ItemIsSelectable);
    setZValue(0);
    setAcceptHoverEvents(true);
    setToolTip(describe(edge, field));
}

QString EdgeItem::key(const GraphEdge &e)
{
    return QStringLiteral("%1|%2|%3|%4|%5").arg(e.from, e.to).arg(int(e.kind)).arg(e.fromPort, e.toPort);
}

void EdgeItem::setRoute(const QPainterPath &path)
{
    prepareGeometryChange();
    setPath(path);
    m_shape = QPainterPath();  // made when first asked for (hit tests are rare)
    // Arrowhead at the end, along the last curve's tangent (its last control point).
    const QPointF end = path.currentPosition();
    QPointF before = end - QPointF(0, 1);
    for (int i = path.elementCount() - 2; i >= 0; --i) {
        const QPointF p = path.elementAt(i);
        if (QLineF(p, end).length() > 0.5) {
            before = p;
            break;
        }
    }
    QLineF dir(end, before);
    dir.setLength(8);
    QLineF left = dir;
    left.setAngle(dir.angle() + 25);
    QLineF right = dir;
    right.setAngle(dir.angle() - 25);
    m_arrow = QPolygonF{end, left.p2(), right.p2()};
}

void EdgeItem::setProblem(const QString &message)
{
    if (message == m_problem)
        return;
    m_problem = message;
    setToolTip(message.isEmpty() ? describe(m_edge, m_field)
                                 : describe(m_edge, m_field) + QStringLiteral("\n✗ ") + message);
    update();
}

void EdgeItem::setDimmed(bool dimmed)
{
    setOpacity(dimmed ? 0.35 : 1.0);
}

QRectF EdgeItem::boundingRect() const
{
    return path().controlPointRect().adjusted(-10, -10, 10, 10);
}

QPainterPath EdgeItem::shape() const
{
    if (m_shape.isEmpty() && !path().isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(10);
        m_shape = stroker.createStroke(path());
    }
    return m_shape;
}

QPen EdgeItem::pen(bool selected) const
{
    QColor color(0x64, 0x74, 0x8b);
    qreal width = 1.6;
    Qt::PenStyle style = Qt::SolidLine;
    switch (m_edge.kind) {
    case GraphEdge::Kind::Data: break;
    case GraphEdge::Kind::Value:
        color = QColor(0xb4, 0x53, 0x09);
        style = Qt::DotLine;
        width = 1.8;
        break;
    case GraphEdge::Kind::Order: style = Qt::DashLine; break;
    case GraphEdge::Kind::Branch:
        color = m_edge.fromPort == QStringLiteral("then") ? QColor(0x15, 0x80, 0x3d) : QColor(0xb9, 0x1c, 0x1c);
        break;
    }
    if (!m_problem.isEmpty())
        color = theme::danger();
    if (selected) {
        color = theme::accent();
        width += 1.2;
    }
    QPen pen(color, width, style, Qt::RoundCap, Qt::RoundJoin);
    return pen;
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget);
    painter->setRenderHint(QPainter::Antialiasing);
    QPen p = pen(option->state & QStyle::State_Selected);
    // Thin lines drawn at screen resolution take the raster engine's fast path; at
    // normal zoom they look the same, and big pipelines stay smooth to drag.
    const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    if (p.widthF() * lod <= 2.0 && p.style() == Qt::SolidLine) {
        p.setWidthF(std::max(1.0, p.widthF() * lod));
        p.setCosmetic(true);
    }
    painter->setPen(p);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path());
    painter->setPen(QPen(p.color(), 1));
    painter->setBrush(p.color());
    painter->drawPolygon(m_arrow);
}

} // namespace mlops
