// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/tracking/metricseries.h"

#include "core/common/lttb.h"
#include "core/store/database.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace mlops {

Result<QList<MetricSource>> metricSources(Database &db, const QList<qint64> &runIds, const QStringList &keys)
{
    QList<MetricSource> out;
    if (runIds.isEmpty())
        return out;
    const QSet<QString> wanted(keys.cbegin(), keys.cend());
    // A run's own series, else the newest step run's that has the name.
    Result<Statement> s = db.prepare(QStringLiteral(
        "SELECT l.run_id, k.id, k.name FROM latest_metrics l JOIN metric_keys k ON k.id = l.key_id"
        " WHERE l.run_id = ?1 OR l.run_id IN (SELECT id FROM runs WHERE parent_id = ?1)"
        " ORDER BY l.run_id = ?1 DESC, l.run_id DESC, k.name"));
    if (!s)
        return s.error();
    for (qint64 runId : runIds) {
        s->bind(1, runId);
        QSet<QString> seen;
        QList<MetricSource> mine;
        for (;;) {
            Result<bool> row = s->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            const QString key = s->text(2);
            if ((!wanted.isEmpty() && !wanted.contains(key)) || seen.contains(key))
                continue;
            seen.insert(key);
            mine.append(MetricSource{runId, s->int64(0), key, s->int64(1)});
        }
        s->reset();
        std::sort(mine.begin(), mine.end(),
                  [](const MetricSource &a, const MetricSource &b) { return a.key < b.key; });
        out += mine;
    }
    return out;
}

Result<QList<MetricSeries>> loadMetricSeries(Database &db, const MetricSeriesRequest &request)
{
    Result<QList<MetricSource>> sources = metricSources(db, request.runIds, request.keys);
    if (!sources)
        return sources.error();
    const bool bounded = std::isfinite(request.fromStep) || std::isfinite(request.toStep);
    Result<Statement> all = db.prepare(QStringLiteral(
        "SELECT step, value FROM metrics WHERE run_id = ? AND key_id = ? ORDER BY step"));
    if (!all)
        return all.error();
    Result<Statement> range = db.prepare(QStringLiteral(
        "SELECT step, value FROM metrics WHERE run_id = ? AND key_id = ? AND step BETWEEN ? AND ? ORDER BY step"));
    if (!range)
        return range.error();

    // Two lookups, not min() and max() in one query: SQLite reads only one end of the
    // index for a lone min() or max(), but every row for both together.
    Result<Statement> span = db.prepare(QStringLiteral(
        "SELECT (SELECT min(step) FROM metrics WHERE run_id = ?1 AND key_id = ?2),"
        " (SELECT max(step) FROM metrics WHERE run_id = ?1 AND key_id = ?2)"));
    if (!span)
        return span.error();
    Result<Statement> seek = db.prepare(QStringLiteral(
        "SELECT step, value FROM metrics WHERE run_id = ? AND key_id = ? AND step >= ? ORDER BY step LIMIT 1"));
    if (!seek)
        return seek.error();

    QList<MetricSeries> out;
    out.reserve(sources->size());
    QList<QPointF> points;
    for (const MetricSource &source : std::as_const(*sources)) {
        if (request.preview && !bounded && request.maxPoints > 1) {
            // min and max come from the primary key; a long series is sampled by seeks.
            span->bind(1, source.sourceRunId).bind(2, source.keyId);
            Result<bool> row = span->step();
            if (!row)
                return row.error();
            const qint64 first = *row && !span->isNull(0) ? span->int64(0) : 0;
            const qint64 last = *row && !span->isNull(1) ? span->int64(1) : 0;
            span->reset();
            // An eighth of the budget (250 of 2,000: a sample every few pixels) is enough for
            // a chart that lives a few hundred ms; each sample is an index seek that
            // usually lands on a page of its own.
            const int samples = std::max(2, request.maxPoints / 8);
            if (last - first > qint64(request.maxPoints) * 4) {
                MetricSeries series;
                series.runId = source.runId;
                series.sourceRunId = source.sourceRunId;
                series.key = source.key;
                series.totalPoints = last - first + 1;
                series.downsampled = true;
                series.preview = true;
                const double stride = double(last - first) / double(samples - 1);
                qint64 next = first;
                for (int i = 0; i < samples && next <= last; ++i) {
                    seek->bind(1, source.sourceRunId).bind(2, source.keyId).bind(3, next);
                    Result<bool> found = seek->step();
                    if (!found)
                        return found.error();
                    if (!*found) {
                        seek->reset();
                        break;
                    }
                    const qint64 step = seek->int64(0);
                    series.points.append(QPointF(double(step), seek->real(1)));
                    seek->reset();
                    next = std::max(step + 1, first + qint64(std::ceil(stride * double(i + 1))));
                }
                out.append(std::move(series));
                continue;
            }
        }
        Statement &s = bounded ? *range : *all;
        s.bind(1, source.sourceRunId).bind(2, source.keyId);
        if (bounded) {
            // One step beyond each end, so lines run to the edges of a zoomed chart.
            const double from = std::isfinite(request.fromStep) ? std::floor(request.fromStep) - 1 : -9.0e18;
            const double to = std::isfinite(request.toStep) ? std::ceil(request.toStep) + 1 : 9.0e18;
            s.bind(3, qint64(from)).bind(4, qint64(to));
        }
        points.clear();
        if (Status rowsRead = s.forEachRow([&] {
            points.append(QPointF(double(s.int64(0)), s.real(1)));
        }); !rowsRead)
            return rowsRead.error();
        s.reset();
        MetricSeries series;
        series.runId = source.runId;
        series.sourceRunId = source.sourceRunId;
        series.key = source.key;
        series.totalPoints = points.size();
        if (request.maxPoints > 0 && points.size() > request.maxPoints) {
            series.points = downsampleLttb(points, request.maxPoints);
            series.downsampled = true;
        } else {
            series.points = points;
        }
        out.append(std::move(series));
    }
    return out;
}

} // namespace mlops
