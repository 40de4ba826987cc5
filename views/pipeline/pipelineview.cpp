// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/pipelineview.h"

#include "views/pipeline/pipelinescene.h"

#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QGraphicsItem>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace mlops {

namespace {
constexpr qreal kMinZoom = 0.1;
constexpr qreal kMaxZoom = 3.0;
constexpr qreal kGrid = 24;
} // namespace

PipelineView::PipelineView(QWidget *parent) : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("pipelineCanvas"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setViewportUpdateMode(SmartViewportUpdate);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setDragMode(NoDrag);
    setAcceptDrops(true);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(QColor(0xf8, 0xfa, 0xfc));
    setFocusPolicy(Qt::StrongFocus);
    // Panning is by wheel, middle button or Space-drag; scroll bars would only take room.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void PipelineView::setPipelineScene(PipelineScene *scene)
{
    m_scene = scene;
    setScene(scene);
    m_autoFit = true;
    if (scene)
        connect(scene, &QGraphicsScene::changed, this, [this] { updateSceneRect(); });
    updateSceneRect();
}

void PipelineView::updateSceneRect()
{
    if (!m_scene)
        return;
    // Room around the pipeline to drop new steps and to pan.
    const QRectF content = m_scene->contentRect();
    const QRectF wanted = content.adjusted(-600, -400, 600, 400);
    if (sceneRect() != wanted)
        setSceneRect(wanted);
}

qreal PipelineView::zoom() const
{
    return transform().m11();
}

void PipelineView::setZoom(qreal zoom, const QPointF &anchor)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    const QPointF keep = anchor.isNull() ? mapToScene(viewport()->rect().center()) : anchor;
    setTransform(QTransform::fromScale(zoom, zoom));
    if (!anchor.isNull())
        centerOn(keep);
    emit zoomChanged(zoom);
}

void PipelineView::zoomIn()
{
    m_autoFit = false;
    setZoom(zoom() * 1.2);
}

void PipelineView::zoomOut()
{
    m_autoFit = false;
    setZoom(zoom() / 1.2);
}

void PipelineView::fitAll()
{
    if (!m_scene)
        return;
    updateSceneRect();
    const QRectF content = m_scene->contentRect();
    const QRectF view = viewport()->rect().adjusted(8, 8, -8, -8);
    const qreal z = std::min({view.width() / content.width(), view.height() / content.height(), 1.0});
    setTransform(QTransform::fromScale(std::max(kMinZoom, z), std::max(kMinZoom, z)));
    centerOn(content.center());
    emit zoomChanged(zoom());
}

void PipelineView::wheelEvent(QWheelEvent *event)
{
    // Wheel and touchpad scroll pan (Shift: sideways); Ctrl+wheel zooms at the mouse.
    m_autoFit = false;
    if (!(event->modifiers() & Qt::ControlModifier)) {
        const QPoint delta = event->pixelDelta().isNull() ? event->angleDelta() / 2 : event->pixelDelta();
        const bool sideways = event->modifiers() & Qt::ShiftModifier;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - (sideways ? delta.y() : delta.x()));
        verticalScrollBar()->setValue(verticalScrollBar()->value() - (sideways ? 0 : delta.y()));
        event->accept();
        return;
    }
    const qreal steps = event->angleDelta().y() / 120.0;
    const QPointF anchor = mapToScene(event->position().toPoint());
    setZoom(zoom() * std::pow(1.15, steps));
    // Keep the point under the mouse where it was.
    const QPointF after = mapToScene(event->position().toPoint());
    const QPointF shift = after - anchor;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - int(shift.x() * zoom()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() - int(shift.y() * zoom()));
    event->accept();
}

void PipelineView::contextMenuEvent(QContextMenuEvent *event)
{
    if (!m_scene) {
        QGraphicsView::contextMenuEvent(event);
        return;
    }
    // From the keyboard: at the selection when there is one, else in the middle.
    QPoint at = event->pos();
    if (event->reason() == QContextMenuEvent::Keyboard) {
        const QList<QGraphicsItem *> selected = m_scene->selectedItems();
        at = selected.isEmpty() ? viewport()->rect().center()
                                : mapFromScene(selected.first()->sceneBoundingRect().center());
    }
    emit contextMenuRequested(viewport()->mapToGlobal(at), mapToScene(at));
    event->accept();
}

void PipelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_autoFit = false;
        m_panStart = event->pos();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void PipelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->pos() - m_panStart;
        m_panStart = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void PipelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void PipelineView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && m_scene) {
        m_scene->cancelInteraction();
        m_scene->clearSelection();
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void PipelineView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void PipelineView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitAll();
}

void PipelineView::drawBackground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawBackground(painter, rect);
    if (zoom() < 0.45)
        return;  // dots would only be noise
    painter->setPen(QPen(QColor(0xd5, 0xdb, 0xe3), 1.5 / zoom()));
    const qreal left = std::floor(rect.left() / kGrid) * kGrid;
    const qreal top = std::floor(rect.top() / kGrid) * kGrid;
    QVector<QPointF> dots;
    for (qreal x = left; x < rect.right(); x += kGrid)
        for (qreal y = top; y < rect.bottom(); y += kGrid)
            dots.append(QPointF(x, y));
    painter->drawPoints(dots.constData(), int(dots.size()));
}

void PipelineView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(stepTypeMimeType()) && m_scene && m_scene->isEditable())
        event->acceptProposedAction();
    else
        event->ignore();
}

void PipelineView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(stepTypeMimeType()) && m_scene && m_scene->isEditable())
        event->acceptProposedAction();
    else
        event->ignore();
}

void PipelineView::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasFormat(stepTypeMimeType())) {
        event->ignore();
        return;
    }
    const QString type = QString::fromUtf8(event->mimeData()->data(stepTypeMimeType()));
    emit stepTypeDropped(type, mapToScene(event->position().toPoint()));
    event->acceptProposedAction();
}

} // namespace mlops
