// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/tracking/runtracker.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QString>

namespace mlops {

/** What one line of a metrics file held. */
struct MetricsLine
{
    /**
     * NotFinite: a metric whose value is "NaN", "Infinity", "-Infinity" or null, as the
     * helper writes values JSON cannot hold; the store and the charts leave it out.
     */
    enum class Kind { Metric, Param, NotFinite, Invalid };
    Kind kind = Kind::Invalid;
    MetricValue metric;
    QString paramName;
    QString paramValue;
    QString error;
};

/**
 * Parses one JSON line written by the `mlops_studio` helper:
 * `{"type":"metric","name":…,"value":…,"step":…,"timestamp":…}` or
 * `{"type":"param","name":…,"value":…}`. The helper's exact layout takes a fast path;
 * anything else valid goes through QJsonDocument.
 */
MetricsLine parseMetricsLine(QByteArrayView line);

/**
 * Follows a metrics file (MLOPS_METRICS_FILE) while a step writes it: each call returns
 * the complete lines appended since the last one. Safe against partial last lines.
 */
class MetricsFileTail
{
public:
    explicit MetricsFileTail(QString path) : m_path(std::move(path)) {}

    struct Batch
    {
        QList<MetricValue> metrics;
        QMap<QString, QString> params;
        int invalidLines = 0;
        int notFinite = 0;  ///< NaN or infinite values: not stored
        QString firstError;
    };

    Batch readNew();
    qint64 offset() const { return m_offset; }

private:
    QString m_path;
    qint64 m_offset = 0;
    QByteArray m_partial;
};

/**
 * Reads a whole metrics file into the store for `runId`, in batches of one transaction
 * each. Returns the number of metric points stored.
 */
Result<qint64> ingestMetricsFile(const QString &path, RunTracker &tracker, qint64 runId);

} // namespace mlops
