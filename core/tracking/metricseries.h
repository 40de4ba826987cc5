// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <limits>

namespace mlops {

class Database;

/** Which metric series to read: runs, metric names, a step range and a point budget. */
struct MetricSeriesRequest
{
    QList<qint64> runIds;
    QStringList keys;                 ///< empty: every metric the runs have
    double fromStep = -std::numeric_limits<double>::infinity();
    double toStep = std::numeric_limits<double>::infinity();
    int maxPoints = 2000;             ///< per series; more are reduced with LTTB
    /**
     * A quick look first: a series longer than 4 × `maxPoints` steps is sampled at
     * `maxPoints` / 8 evenly spaced steps (one index seek each) instead of read whole, for
     * a first chart while the full read and LTTB follow. Extremes between samples may be
     * missing from a preview.
     */
    bool preview = false;
};

/** One metric of one run over its steps (x = step, y = value). */
struct MetricSeries
{
    qint64 runId = 0;        ///< the run asked for
    qint64 sourceRunId = 0;  ///< the run that logged it (a step run of an execution)
    QString key;
    QList<QPointF> points;
    qint64 totalPoints = 0;  ///< in the range, before downsampling (a preview: the step span)
    bool downsampled = false;
    bool preview = false;    ///< sampled steps, not every point (MetricSeriesRequest::preview)
};

/**
 * Reads metric series for charts. A pipeline execution's metrics are those of its step
 * runs (the newest step run that logged a name provides it), so executions, step runs
 * and notebook runs chart side by side. Series longer than `maxPoints` are reduced with
 * LTTB (first, last and extreme points kept); a zoomed chart asks again for its step
 * range and gets the detail back. Blocking: run it off the GUI thread.
 */
Result<QList<MetricSeries>> loadMetricSeries(Database &db, const MetricSeriesRequest &request);

/** Each run's metric names with where they come from (the run or one of its step runs). */
struct MetricSource
{
    qint64 runId = 0;
    qint64 sourceRunId = 0;
    QString key;
    qint64 keyId = 0;
};
Result<QList<MetricSource>> metricSources(Database &db, const QList<qint64> &runIds, const QStringList &keys = {});

} // namespace mlops
