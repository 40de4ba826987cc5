// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/lineage/lineageview.h"

#include "views/lineage/lineagenodeitem.h"
#include "views/lineage/lineagescene.h"

#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>

namespace mlops {

LineageView::LineageView(LineageScene *scene, QWidget *parent) : QGraphicsView(scene, parent), m_scene(scene)
{
    setObjectName(QStringLiteral("lineageView"));
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
}

double LineageView::zoom() const
{
    return transform().m11();
}

void LineageView::setZoom(double factor)
{
    const double clamped = std::clamp(factor, 0.01, 4.0);
    setTransform(QTransform::fromScale(clamped, clamped));
}

void LineageView::fitAll()
{
    const QRectF bounds = m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    if (bounds.isEmpty())
        return;
    fitInView(bounds, Qt::KeepAspectRatio);
    if (zoom() > 1.0)
        setZoom(1.0);
    centerOn(bounds.center());
}

void LineageView::centerOnEntity(qint64 id)
{
    LineageNodeItem *item = m_scene->node(id);
    if (!item)
        return;
    if (zoom() < 0.55)  // below this the names are not drawn (LineageNodeItem::paint)
        setZoom(0.9);
    centerOn(item);
}

void LineageView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    setZoom(zoom() * std::pow(1.2, steps));
    event->accept();
}

void LineageView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal) {
        setZoom(zoom() * 1.2);
        return;
    }
    if (event->key() == Qt::Key_Minus) {
        setZoom(zoom() / 1.2);
        return;
    }
    if (event->key() == Qt::Key_0) {
        fitAll();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

} // namespace mlops
