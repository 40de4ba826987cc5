// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/lineage/lineageentity.h"

#include <QString>

namespace mlops {

/**
 * How an entity kind is drawn, the same in the Lineage screen and in `--dot` output:
 * a Graphviz shape name (the screen draws the same outline) and fill and stroke colours
 * as #rrggbb, so the core needs no QtGui. Every kind has its own shape and colour.
 */
struct LineageKindStyle
{
    QString shape;   ///< cylinder, hexagon, note, parallelogram, box3d, folder, box, octagon, ellipse, house, doublecircle
    QString fill;
    QString stroke;
};

LineageKindStyle lineageKindStyle(EntityKind kind);

} // namespace mlops
