// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace mlops {

/**
 * A metric value or parameter that `mlops_studio.log_metric/log_param` published from a
 * notebook kernel, as display data of the MIME type `application/vnd.mlops.metrics+json`
 * (resources/python/mlops_studio). The studio records it into the notebook's run and
 * draws metrics as live charts in the cell output.
 */
struct LoggedValue
{
    enum class Kind { Metric, Param };
    Kind kind = Kind::Metric;
    QString name;
    double value = 0;     ///< metrics
    qint64 step = 0;      ///< metrics
    QString text;         ///< parameters
    qint64 timestampMs = 0;

    /** The MIME type the helper publishes. */
    static QString mimeType() { return QStringLiteral("application/vnd.mlops.metrics+json"); }

    /** The value in a display_data MIME bundle, if it carries one. */
    static std::optional<LoggedValue> fromMimeBundle(const QJsonObject &data);
    /** The value in an nbformat output (display_data), if it carries one. */
    static std::optional<LoggedValue> fromOutput(const QJsonObject &output);
};

} // namespace mlops
