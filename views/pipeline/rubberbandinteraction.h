// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "views/pipeline/sceneinteraction.h"

#include <QList>
#include <QPointF>

class QGraphicsItem;
class QGraphicsRectItem;

namespace mlops {

/** Selects the steps and edges inside a rectangle dragged on empty canvas (Shift/Ctrl add). */
class RubberBandInteraction : public SceneInteraction
{
public:
    RubberBandInteraction(PipelineScene *scene, const QPointF &start, bool extend);
    ~RubberBandInteraction() override;

    void mouseMove(QGraphicsSceneMouseEvent *event) override;
    void mouseRelease(QGraphicsSceneMouseEvent *event) override;

private:
    QPointF m_start;
    QGraphicsRectItem *m_rect;
    QList<QGraphicsItem *> m_initial;
};

} // namespace mlops
