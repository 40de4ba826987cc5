// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/pipeline/pipelinespec.h"
#include "views/pipeline/portref.h"

#include <QList>
#include <QPointF>
#include <QSizeF>

namespace mlops {

/** Where a port sits on a node (relative to its top-left corner) and what it says. */
struct PortSlot
{
    PortRef port;
    QPointF position;
    bool top = true;   ///< inputs and the trigger on top; outputs, done and branches below
    QString label;     ///< empty for the trigger and done anchors
};

/**
 * The shape of a step's node on the canvas: a fixed-height card whose width grows with
 * the number of ports, inputs along the top edge and outputs along the bottom (the
 * pipeline flows downwards). A pure function of the step, so the layout can size nodes
 * without creating items and every item agrees with it.
 */
class NodeGeometry
{
public:
    static constexpr qreal kHeight = 92;
    static constexpr qreal kMinWidth = 236;
    static constexpr qreal kPortSpacing = 76;   ///< room for a label of ~10 characters
    static constexpr qreal kAnchorX = 16;       ///< trigger and done anchors at the left
    static constexpr qreal kPortsStart = 40;

    static QSizeF size(const StepSpec &step);
    static QList<PortSlot> ports(const StepSpec &step);
    /** The position of `port` on the node, or the trigger's if the step has no such port. */
    static QPointF portPosition(const StepSpec &step, const PortRef &port);

    /** Bottom-edge ports: outputs, the model, properties, branches (in this order). */
    static QList<PortRef> sourcePorts(const StepSpec &step);
};

} // namespace mlops
