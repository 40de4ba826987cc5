// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// What the pipeline canvas tests do with the mouse: where a step's card is, and a drag.
#pragma once

#include "views/pipeline/pipelineview.h"
#include "views/pipeline/stepnodeitem.h"

#include <QApplication>
#include <QMouseEvent>
#include <QtTest>

namespace mlops::test {

/** A step's card in scene coordinates. */
inline QRectF sceneRectOf(const StepNodeItem *item)
{
    return item->mapRectToScene(item->rect());
}

/** Sends a press, moves and a release through the view, as a user's drag would. */
inline void drag(PipelineView *view, const QPointF &fromScene, const QPointF &toScene)
{
    QWidget *vp = view->viewport();
    const QPoint from = view->mapFromScene(fromScene);
    const QPoint to = view->mapFromScene(toScene);
    QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, from);
    for (int i = 1; i <= 5; ++i) {
        const QPoint p = from + (to - from) * i / 5;
        QMouseEvent move(QEvent::MouseMove, p, vp->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(vp, &move);
    }
    QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, to);
}

} // namespace mlops::test
