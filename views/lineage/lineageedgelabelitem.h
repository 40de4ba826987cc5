// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "views/lineage/lineagenodeitem.h"

#include <QFont>
#include <QGraphicsItem>

namespace mlops {

/**
 * The label of one association (Produced, Used…), on a white plate above the nodes so
 * no node box cuts it. A graph that fits readably on screen (a few dozen entities) gets
 * larger labels that are drawn at the fitted zoom; a big one shows them close up only.
 */
class LineageEdgeLabelItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 73 };

    /** `compact`: a big graph (small labels, drawn from zoom 0.7 on). */
    LineageEdgeLabelItem(const QString &text, bool compact);

    int type() const override { return Type; }
    QString text() const { return m_text; }
    /** The lowest zoom at which the label is drawn. */
    double minimumZoom() const { return m_compact ? 0.7 : 0.45; }
    /** The label's rectangle when centred at `center` (scene units). */
    QRectF rectAt(QPointF center) const;
    void setCenter(QPointF center);
    void setEmphasis(LineageEmphasis emphasis);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_text;
    bool m_compact;
    QFont m_font;
    QSizeF m_size;
    LineageEmphasis m_emphasis = LineageEmphasis::Normal;
};

} // namespace mlops
