// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

class QGraphicsSceneMouseEvent;

namespace mlops {

class PipelineScene;

/**
 * A mouse gesture on the canvas, from press to release (Orange's interactions.py):
 * connecting ports, moving steps, selecting with a rectangle. The scene creates one on
 * a press and forwards moves and the release to it; it never knows the details.
 */
class SceneInteraction
{
public:
    explicit SceneInteraction(PipelineScene *scene) : m_scene(scene) {}
    virtual ~SceneInteraction() = default;
    SceneInteraction(const SceneInteraction &) = delete;
    SceneInteraction &operator=(const SceneInteraction &) = delete;

    virtual void mouseMove(QGraphicsSceneMouseEvent *event) = 0;
    /** Finishes the gesture (usually by pushing one command). */
    virtual void mouseRelease(QGraphicsSceneMouseEvent *event) = 0;
    /** Abandons the gesture (Escape, the document changed underneath). */
    virtual void cancel() {}

protected:
    PipelineScene *scene() const { return m_scene; }

private:
    PipelineScene *m_scene;
};

} // namespace mlops
