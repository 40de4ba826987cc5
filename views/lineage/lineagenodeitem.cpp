// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/lineage/lineagenodeitem.h"

#include "core/lineage/lineagestyle.h"
#include "views/lineage/lineagepalette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace mlops {

LineageNodeItem::LineageNodeItem(qint64 id, EntityKind kind, QSizeF size)
    : m_id(id), m_kind(kind), m_rect(QPointF(-size.width() / 2, -size.height() / 2), size)
{
    const LineageKindStyle style = lineageKindStyle(kind);
    m_fill = QColor(style.fill);
    m_stroke = QColor(style.stroke);
    m_outline = outline(style.shape, m_rect);
    m_decoration = decoration(style.shape, m_rect);
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(false);
    setZValue(1);
}

void LineageNodeItem::setTexts(const QString &title, const QString &subtitle)
{
    m_title = title;
    m_subtitle = subtitle;
    setToolTip(title + QLatin1Char('\n') + subtitle);
    update();
}

void LineageNodeItem::setEmphasis(LineageEmphasis emphasis, int distance)
{
    if (m_emphasis == emphasis && m_distance == distance)
        return;
    m_emphasis = emphasis;
    m_distance = distance;
    setOpacity(emphasis == LineageEmphasis::Dimmed ? 0.22 : 1.0);
    setZValue(emphasis == LineageEmphasis::Focus ? 3 : emphasis == LineageEmphasis::Dimmed ? 0.5 : 1);
    update();
}

QRectF LineageNodeItem::boundingRect() const
{
    return m_rect.adjusted(-6, -12, 6, 6);
}

QPainterPath LineageNodeItem::shape() const
{
    QPainterPath p;
    p.addRect(m_rect);
    return p;
}

QPainterPath LineageNodeItem::outline(const QString &shape, const QRectF &r)
{
    QPainterPath p;
    const double l = r.left(), t = r.top(), rt = r.right(), b = r.bottom(), h = r.height(), cy = r.center().y();
    if (shape == QStringLiteral("cylinder")) {
        const double ry = std::min(7.0, h / 5);
        p.moveTo(l, t + ry);
        p.arcTo(QRectF(l, t, r.width(), 2 * ry), 180, -180);
        p.lineTo(rt, b - ry);
        p.arcTo(QRectF(l, b - 2 * ry, r.width(), 2 * ry), 0, -180);
        p.closeSubpath();
    } else if (shape == QStringLiteral("hexagon")) {
        const double d = h * 0.35;
        p.addPolygon(QPolygonF({QPointF(l + d, t), QPointF(rt - d, t), QPointF(rt, cy), QPointF(rt - d, b),
                                QPointF(l + d, b), QPointF(l, cy), QPointF(l + d, t)}));
    } else if (shape == QStringLiteral("note")) {
        const double f = h * 0.3;
        p.addPolygon(QPolygonF({QPointF(l, t), QPointF(rt - f, t), QPointF(rt, t + f), QPointF(rt, b), QPointF(l, b),
                                QPointF(l, t)}));
    } else if (shape == QStringLiteral("parallelogram")) {
        const double s = h * 0.35;
        p.addPolygon(QPolygonF({QPointF(l + s, t), QPointF(rt, t), QPointF(rt - s, b), QPointF(l, b), QPointF(l + s, t)}));
    } else if (shape == QStringLiteral("box3d")) {
        const double d = 5;
        p.addPolygon(QPolygonF({QPointF(l, t + d), QPointF(l + d, t), QPointF(rt, t), QPointF(rt, b - d),
                                QPointF(rt - d, b), QPointF(l, b), QPointF(l, t + d)}));
    } else if (shape == QStringLiteral("folder")) {
        const double tab = std::min(40.0, r.width() / 3), th = 5;
        p.addPolygon(QPolygonF({QPointF(l, t), QPointF(l + tab, t), QPointF(l + tab + th, t + th), QPointF(rt, t + th),
                                QPointF(rt, b), QPointF(l, b), QPointF(l, t)}));
    } else if (shape == QStringLiteral("octagon")) {
        const double c = h * 0.28;
        p.addPolygon(QPolygonF({QPointF(l + c, t), QPointF(rt - c, t), QPointF(rt, t + c), QPointF(rt, b - c),
                                QPointF(rt - c, b), QPointF(l + c, b), QPointF(l, b - c), QPointF(l, t + c),
                                QPointF(l + c, t)}));
    } else if (shape == QStringLiteral("ellipse")) {
        p.addEllipse(r);
    } else if (shape == QStringLiteral("house")) {
        const double roof = h * 0.3;
        p.addPolygon(QPolygonF({QPointF(l, b), QPointF(l, t + roof), QPointF(r.center().x(), t), QPointF(rt, t + roof),
                                QPointF(rt, b), QPointF(l, b)}));
    } else if (shape == QStringLiteral("doublecircle")) {
        p.addRoundedRect(r, h / 2, h / 2);
    } else {
        p.addRect(r);
    }
    return p;
}

QPainterPath LineageNodeItem::decoration(const QString &shape, const QRectF &r)
{
    QPainterPath p;
    if (shape == QStringLiteral("cylinder")) {
        const double ry = std::min(7.0, r.height() / 5);
        p.moveTo(r.left(), r.top() + ry);
        p.arcTo(QRectF(r.left(), r.top(), r.width(), 2 * ry), 180, 180);
    } else if (shape == QStringLiteral("note")) {
        const double f = r.height() * 0.3;
        p.moveTo(r.right() - f, r.top());
        p.lineTo(r.right() - f, r.top() + f);
        p.lineTo(r.right(), r.top() + f);
    } else if (shape == QStringLiteral("box3d")) {
        const double d = 5;
        p.moveTo(r.left(), r.top() + d);
        p.lineTo(r.right() - d, r.top() + d);
        p.lineTo(r.right(), r.top());
        p.moveTo(r.right() - d, r.top() + d);
        p.lineTo(r.right() - d, r.bottom());
    } else if (shape == QStringLiteral("doublecircle")) {
        const QRectF inner = r.adjusted(3, 3, -3, -3);
        p.addRoundedRect(inner, inner.height() / 2, inner.height() / 2);
    }
    return p;
}

void LineageNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget);
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool selected = isSelected();
    // Far out: a coloured block is all the eye can take in, and it is cheap.
    if (lod < 0.22) {
        painter->fillRect(m_rect, m_emphasis == LineageEmphasis::Focus || selected ? lineagepalette::focus() : m_stroke);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.5);
    const bool strong = m_emphasis == LineageEmphasis::Focus || selected;
    QPen pen(strong ? lineagepalette::focus() : m_stroke, strong ? 3.0 : 1.3);
    pen.setJoinStyle(Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(m_fill);
    painter->drawPath(m_outline);
    if (!m_decoration.isEmpty()) {
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_decoration);
    }
    if (lod < 0.55)
        return;

    // Text: the name, and the kind with a short id beneath.
    static const QFont titleFont = [] {
        QFont f;
        f.setPointSizeF(8.6);
        f.setBold(true);
        return f;
    }();
    static const QFont subFont = [] {
        QFont f;
        f.setPointSizeF(7.6);
        return f;
    }();
    const double inset = m_rect.height() * 0.38 + 4;
    const QRectF text = m_rect.adjusted(inset, 4, -inset, -4);
    painter->setPen(lineagepalette::text());
    painter->setFont(titleFont);
    const QFontMetricsF titleMetrics(titleFont);
    painter->drawText(QRectF(text.left(), text.top(), text.width(), text.height() / 2 + 2),
                      Qt::AlignHCenter | Qt::AlignBottom, titleMetrics.elidedText(m_title, Qt::ElideMiddle, text.width()));
    painter->setFont(subFont);
    painter->setPen(lineagepalette::mutedText());
    const QFontMetricsF subMetrics(subFont);
    painter->drawText(QRectF(text.left(), text.center().y() + 2, text.width(), text.height() / 2),
                      Qt::AlignHCenter | Qt::AlignTop, subMetrics.elidedText(m_subtitle, Qt::ElideRight, text.width()));

    // Upstream and downstream of the focus: a tag with the direction and distance.
    if (m_distance != 0 && (m_emphasis == LineageEmphasis::Upstream || m_emphasis == LineageEmphasis::Downstream)) {
        const QString tag = (m_distance < 0 ? QStringLiteral("↑") : QStringLiteral("↓")) + QString::number(std::abs(m_distance));
        const QRectF box(m_rect.right() - 26, m_rect.top() - 9, 26, 15);
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_emphasis == LineageEmphasis::Upstream ? lineagepalette::upstream() : lineagepalette::downstream());
        painter->drawRoundedRect(box, 7, 7);
        painter->setPen(Qt::white);
        painter->setFont(subFont);
        painter->drawText(box, Qt::AlignCenter, tag);
    }
}

} // namespace mlops
