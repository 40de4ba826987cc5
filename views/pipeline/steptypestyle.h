// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/tracking/runrecord.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace mlops {

/** How step types and step states look on the canvas, the palette and the run view. */
namespace steptypestyle {

QIcon icon(const QString &type);
QString iconPath(const QString &type);
/** The type's colour (the bar at a node's left edge). */
QColor color(const QString &type);
/** The colour of a step state; cache hits have their own. */
QColor statusColor(RunStatus status, bool cached = false);
/** "Completed", "Cached", "Running"… in the user's language. */
QString statusText(RunStatus status, bool cached = false);

} // namespace steptypestyle

} // namespace mlops
