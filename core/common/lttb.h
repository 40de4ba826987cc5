// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QList>
#include <QPointF>

namespace mlops {

/**
 * Largest-Triangle-Three-Buckets downsampling (Steinarsson, 2013): reduces a series
 * sorted by x to `threshold` points that keep its visual shape, so a chart draws a
 * million-point metric as fast as a thousand-point one.
 *
 * The result has exactly `threshold` points when the input has more (and is the input
 * unchanged otherwise); it always keeps the first and the last point, and — unlike
 * plain LTTB — the global minimum and maximum of y, so no spike disappears from a
 * chart. Thresholds below 3 are raised to 3.
 */
QList<QPointF> downsampleLttb(const QList<QPointF> &points, qsizetype threshold);

/** The same over a raw array (`count` points sorted by x). */
QList<QPointF> downsampleLttb(const QPointF *points, qsizetype count, qsizetype threshold);

} // namespace mlops
