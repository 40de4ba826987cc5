// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/moveinteraction.h"

#include "views/pipeline/pipelinedocument.h"
#include "views/pipeline/pipelinescene.h"
#include "views/pipeline/stepnodeitem.h"

#include <QGraphicsSceneMouseEvent>

#include <cmath>

namespace mlops {

MoveInteraction::MoveInteraction(PipelineScene *scene, const QPointF &pressPos) : SceneInteraction(scene), m_press(pressPos)
{
    for (const QString &name : scene->selectedSteps()) {
        if (StepNodeItem *item = scene->node(name))
            m_start.insert(name, item->pos());
    }
}

void MoveInteraction::moveBy(const QPointF &delta)
{
    const QPointF snapped(std::round(delta.x() / kGrid) * kGrid, std::round(delta.y() / kGrid) * kGrid);
    QStringList names;
    for (auto it = m_start.cbegin(); it != m_start.cend(); ++it) {
        if (StepNodeItem *item = scene()->node(it.key())) {
            item->setPos(it.value() + snapped);
            names.append(it.key());
        }
    }
    m_moved = m_moved || !snapped.isNull();
    scene()->updateEdgesOf(names);
}

void MoveInteraction::mouseMove(QGraphicsSceneMouseEvent *event)
{
    moveBy(event->scenePos() - m_press);
}

void MoveInteraction::mouseRelease(QGraphicsSceneMouseEvent *event)
{
    Q_UNUSED(event);
    if (!m_moved)
        return;
    QHash<QString, QPointF> positions;
    for (auto it = m_start.cbegin(); it != m_start.cend(); ++it) {
        if (StepNodeItem *item = scene()->node(it.key()))
            positions.insert(it.key(), item->pos());
    }
    if (!scene()->document()->moveSteps(positions))
        cancel();
}

void MoveInteraction::cancel()
{
    for (auto it = m_start.cbegin(); it != m_start.cend(); ++it) {
        if (StepNodeItem *item = scene()->node(it.key()))
            item->setPos(it.value());
    }
    scene()->updateEdgesOf(m_start.keys());
}

} // namespace mlops
