// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QGraphicsView>

namespace mlops {

class PipelineScene;

/**
 * The canvas: zoom (Ctrl+wheel, Ctrl +/-), pan (wheel, middle button, or Space and drag), fit, a
 * dotted grid, and step types dropped from the palette. Editing gestures belong to the
 * scene's interactions.
 */
class PipelineView : public QGraphicsView
{
    Q_OBJECT

public:
    static QString stepTypeMimeType() { return QStringLiteral("application/x-mlops-step-type"); }

    explicit PipelineView(QWidget *parent = nullptr);

    void setPipelineScene(PipelineScene *scene);
    PipelineScene *pipelineScene() const { return m_scene; }

    qreal zoom() const;
    void setZoom(qreal zoom, const QPointF &anchorScenePos = {});
    void zoomIn();
    void zoomOut();
    /** Shows every step; never magnifies beyond 100 % (a small pipeline stays crisp). */
    void fitAll();
    /** Keeps fitting the whole pipeline on resize until the user zooms or pans. */
    void setAutoFit(bool autoFit) { m_autoFit = autoFit; }

signals:
    /** A step type from the palette was dropped at a scene position. */
    void stepTypeDropped(const QString &type, const QPointF &scenePos);
    void zoomChanged(qreal zoom);
    /** Right click (or the menu key) at a scene position; the editor shows its menu there. */
    void contextMenuRequested(const QPoint &globalPos, const QPointF &scenePos);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void updateSceneRect();

    PipelineScene *m_scene = nullptr;
    bool m_panning = false;
    bool m_spaceHeld = false;
    bool m_autoFit = true;
    QPoint m_panStart;
};

} // namespace mlops
