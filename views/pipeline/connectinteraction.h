// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "views/pipeline/portref.h"
#include "views/pipeline/sceneinteraction.h"

#include <QPointF>

class QGraphicsPathItem;
class QGraphicsSimpleTextItem;

namespace mlops {

class StepNodeItem;

/**
 * Drags a new connection out of a port (QtNodes' NodeConnectionInteraction, Orange's
 * NewLinkAction): a rubber curve follows the mouse, the step or input under it lights
 * up when the document would accept the connection, or the reason shows when not.
 * Releasing pushes ConnectPorts.
 */
class ConnectInteraction : public SceneInteraction
{
public:
    ConnectInteraction(PipelineScene *scene, const PortRef &from, const QPointF &start);
    ~ConnectInteraction() override;

    void mouseMove(QGraphicsSceneMouseEvent *event) override;
    void mouseRelease(QGraphicsSceneMouseEvent *event) override;
    void cancel() override;

private:
    PortRef targetAt(const QPointF &scenePos, StepNodeItem **node) const;
    void clearHighlight();

    PortRef m_from;
    QPointF m_start;
    QGraphicsPathItem *m_line;
    QGraphicsSimpleTextItem *m_hint;
    StepNodeItem *m_target = nullptr;
};

} // namespace mlops
