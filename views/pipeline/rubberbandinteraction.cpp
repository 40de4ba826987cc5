// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/rubberbandinteraction.h"

#include "views/common/theme.h"
#include "views/pipeline/pipelinescene.h"

#include <QGraphicsRectItem>
#include <QGraphicsSceneMouseEvent>
#include <QPen>

namespace mlops {

RubberBandInteraction::RubberBandInteraction(PipelineScene *scene, const QPointF &start, bool extend)
    : SceneInteraction(scene), m_start(start), m_rect(new QGraphicsRectItem)
{
    QColor fill = theme::accent();
    fill.setAlpha(28);
    m_rect->setBrush(fill);
    m_rect->setPen(QPen(theme::accent(), 1, Qt::DashLine));
    m_rect->setZValue(20);
    scene->addItem(m_rect);
    if (extend)
        m_initial = scene->selectedItems();
    else
        scene->clearSelection();
}

RubberBandInteraction::~RubberBandInteraction()
{
    delete m_rect;
}

void RubberBandInteraction::mouseMove(QGraphicsSceneMouseEvent *event)
{
    const QRectF r = QRectF(m_start, event->scenePos()).normalized();
    m_rect->setRect(r);
    QPainterPath area;
    area.addRect(r);
    scene()->setSelectionArea(area, Qt::ReplaceSelection, Qt::IntersectsItemShape);
    for (QGraphicsItem *item : std::as_const(m_initial))
        item->setSelected(true);
}

void RubberBandInteraction::mouseRelease(QGraphicsSceneMouseEvent *event)
{
    Q_UNUSED(event);
}

} // namespace mlops
