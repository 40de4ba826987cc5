// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/connectinteraction.h"

#include "views/common/theme.h"
#include "views/pipeline/pipelinedocument.h"
#include "views/pipeline/pipelinescene.h"
#include "views/pipeline/stepnodeitem.h"

#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QPen>

namespace mlops {

ConnectInteraction::ConnectInteraction(PipelineScene *scene, const PortRef &from, const QPointF &start)
    : SceneInteraction(scene), m_from(from), m_start(start), m_line(new QGraphicsPathItem), m_hint(new QGraphicsSimpleTextItem)
{
    m_line->setPen(QPen(theme::accent(), 2, Qt::DashLine, Qt::RoundCap));
    m_line->setZValue(10);
    scene->addItem(m_line);
    m_hint->setZValue(11);
    m_hint->setBrush(theme::danger());
    scene->addItem(m_hint);
}

ConnectInteraction::~ConnectInteraction()
{
    clearHighlight();
    delete m_line;
    delete m_hint;
}

PortRef ConnectInteraction::targetAt(const QPointF &scenePos, StepNodeItem **node) const
{
    StepNodeItem *item = scene()->nodeAt(scenePos);
    *node = item;
    if (!item)
        return PortRef();
    if (const std::optional<PortSlot> slot = item->portAt(scenePos, 12);
        slot && slot->port.kind == PortRef::Kind::Input)
        return slot->port;
    return PortRef{item->name(), PortRef::Kind::Trigger, {}};
}

void ConnectInteraction::clearHighlight()
{
    if (m_target) {
        m_target->setDropTarget(false);
        m_target->setHighlightedPort(PortRef());
    }
    m_target = nullptr;
}

void ConnectInteraction::mouseMove(QGraphicsSceneMouseEvent *event)
{
    const QPointF end = event->scenePos();
    QPainterPath path(m_start);
    const qreal k = std::max(30.0, std::abs(end.y() - m_start.y()) * 0.5);
    path.cubicTo(m_start + QPointF(0, k), end - QPointF(0, k), end);
    m_line->setPath(path);

    StepNodeItem *node = nullptr;
    const PortRef target = targetAt(end, &node);
    if (node != m_target)
        clearHighlight();
    m_hint->setText(QString());
    if (!node)
        return;
    const std::optional<QString> problem = scene()->document()->connectionProblem(m_from, target);
    if (problem) {
        if (node->name() != m_from.step) {
            m_hint->setText(*problem);
            m_hint->setPos(end + QPointF(14, 10));
        }
        return;
    }
    m_target = node;
    node->setDropTarget(true);
    node->setHighlightedPort(target.kind == PortRef::Kind::Input ? target : PortRef());
}

void ConnectInteraction::mouseRelease(QGraphicsSceneMouseEvent *event)
{
    StepNodeItem *node = nullptr;
    const PortRef target = targetAt(event->scenePos(), &node);
    clearHighlight();
    if (!node)
        return;
    if (const std::optional<QString> problem = scene()->document()->connectionProblem(m_from, target)) {
        if (node->name() != m_from.step)
            scene()->showMessage(*problem);
        return;
    }
    scene()->document()->connectPorts(m_from, target);
}

void ConnectInteraction::cancel()
{
    clearHighlight();
}

} // namespace mlops
