// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "views/pipeline/sceneinteraction.h"

#include <QHash>
#include <QPointF>
#include <QString>

namespace mlops {

/**
 * Drags the selected steps. Items and their edges follow the mouse on a grid; the
 * document hears of it once, on release, as one MoveSteps — so a drag costs no YAML
 * rewrites and no validation while it lasts.
 */
class MoveInteraction : public SceneInteraction
{
public:
    static constexpr qreal kGrid = 8;

    MoveInteraction(PipelineScene *scene, const QPointF &pressPos);

    void mouseMove(QGraphicsSceneMouseEvent *event) override;
    void mouseRelease(QGraphicsSceneMouseEvent *event) override;
    void cancel() override;

    /** Moves the dragged steps by `delta` (also used by benchmarks and tests). */
    void moveBy(const QPointF &delta);
    bool hasMoved() const { return m_moved; }

private:
    QPointF m_press;
    QHash<QString, QPointF> m_start;
    bool m_moved = false;
};

} // namespace mlops
