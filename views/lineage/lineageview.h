// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QGraphicsView>

namespace mlops {

class LineageScene;

/**
 * The lineage canvas: pans by dragging, zooms with the wheel around the pointer (or
 * +/-), fits the graph on demand. Tuned for large scenes: no per-paint state saving,
 * minimal viewport updates; the items draw less when zoomed out.
 */
class LineageView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit LineageView(LineageScene *scene, QWidget *parent = nullptr);

    /** The whole graph in view (never magnified beyond 1:1). */
    void fitAll();
    /** Centres an entity at a readable zoom. */
    void centerOnEntity(qint64 id);
    double zoom() const;
    void setZoom(double factor);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    LineageScene *m_scene;
};

} // namespace mlops
