// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/lineage/lineageedgelabelitem.h"

#include "views/lineage/lineagepalette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace mlops {

LineageEdgeLabelItem::LineageEdgeLabelItem(const QString &text, bool compact) : m_text(text), m_compact(compact)
{
    // Sized for the zoom it is first drawn at: about 7 points on screen at that zoom.
    m_font.setPointSizeF(compact ? 7.2 : 11.0);
    m_size = QFontMetricsF(m_font).size(0, m_text) + QSizeF(compact ? 6 : 9, compact ? 2 : 3);
    setZValue(4);
    setAcceptedMouseButtons(Qt::NoButton);
}

QRectF LineageEdgeLabelItem::rectAt(QPointF center) const
{
    return QRectF(center - QPointF(m_size.width() / 2, m_size.height() / 2), m_size);
}

void LineageEdgeLabelItem::setCenter(QPointF center)
{
    setPos(center);
}

void LineageEdgeLabelItem::setEmphasis(LineageEmphasis emphasis)
{
    if (m_emphasis == emphasis)
        return;
    m_emphasis = emphasis;
    setOpacity(emphasis == LineageEmphasis::Dimmed ? 0.18 : 1.0);
    update();
}

QRectF LineageEdgeLabelItem::boundingRect() const
{
    return rectAt(QPointF());
}

void LineageEdgeLabelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget);
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < minimumZoom())
        return;
    const bool highlighted = m_emphasis == LineageEmphasis::Upstream || m_emphasis == LineageEmphasis::Downstream;
    const QColor colour = m_emphasis == LineageEmphasis::Upstream     ? lineagepalette::upstream()
                          : m_emphasis == LineageEmphasis::Downstream ? lineagepalette::downstream()
                                                                      : lineagepalette::edgeLabel();
    const QRectF box = boundingRect();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(highlighted ? colour : lineagepalette::edge(), 0.8));
    painter->setBrush(QColor(255, 255, 255, 240));
    painter->drawRoundedRect(box, 3, 3);
    painter->setFont(m_font);
    painter->setPen(colour);
    painter->drawText(box, Qt::AlignCenter, m_text);
}

} // namespace mlops
