// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/lineage/lineageentity.h"

#include <QColor>
#include <QGraphicsItem>
#include <QPainterPath>

namespace mlops {

/** How a node or edge stands out while an entity is focused. */
enum class LineageEmphasis { Normal, Focus, Upstream, Downstream, Dimmed };

/**
 * One lineage entity in the scene. Holds only its entity id and what it shows, pushed in
 * by setters (STYLE.md §6). Its outline follows its kind's Graphviz shape (cylinder for
 * data sets, hexagon for models…). Level of detail: far out a filled block, then the
 * outline, and text only when it can be read — 10,000 of them pan smoothly.
 */
class LineageNodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 71 };

    LineageNodeItem(qint64 id, EntityKind kind, QSizeF size);

    qint64 id() const { return m_id; }
    EntityKind kind() const { return m_kind; }
    int type() const override { return Type; }

    void setTexts(const QString &title, const QString &subtitle);
    QString title() const { return m_title; }
    /** The emphasis, and the distance from the focus shown in a corner tag (0: none). */
    void setEmphasis(LineageEmphasis emphasis, int distance = 0);
    LineageEmphasis emphasis() const { return m_emphasis; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /** The outline of a Graphviz shape name in `rect`, and the extra strokes some shapes have. */
    static QPainterPath outline(const QString &shape, const QRectF &rect);
    static QPainterPath decoration(const QString &shape, const QRectF &rect);

private:
    qint64 m_id;
    EntityKind m_kind;
    QRectF m_rect;
    QPainterPath m_outline;
    QPainterPath m_decoration;
    QColor m_fill;
    QColor m_stroke;
    QString m_title;
    QString m_subtitle;
    LineageEmphasis m_emphasis = LineageEmphasis::Normal;
    int m_distance = 0;
};

} // namespace mlops
