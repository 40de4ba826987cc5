// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/notebook/loggedvalue.h"

#include <cmath>

namespace mlops {

std::optional<LoggedValue> LoggedValue::fromMimeBundle(const QJsonObject &data)
{
    const QJsonValue payload = data.value(mimeType());
    if (!payload.isObject())
        return std::nullopt;
    const QJsonObject record = payload.toObject();
    LoggedValue v;
    v.name = record.value(QStringLiteral("name")).toString();
    if (v.name.isEmpty())
        return std::nullopt;
    v.timestampMs = qint64(record.value(QStringLiteral("timestamp")).toDouble());
    const QString type = record.value(QStringLiteral("type")).toString();
    if (type == QStringLiteral("metric")) {
        const QJsonValue value = record.value(QStringLiteral("value"));
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            return std::nullopt;
        v.kind = Kind::Metric;
        v.value = value.toDouble();
        v.step = qint64(record.value(QStringLiteral("step")).toDouble());
        return v;
    }
    if (type == QStringLiteral("param")) {
        v.kind = Kind::Param;
        const QJsonValue value = record.value(QStringLiteral("value"));
        v.text = value.isString() ? value.toString() : value.toVariant().toString();
        return v;
    }
    return std::nullopt;
}

std::optional<LoggedValue> LoggedValue::fromOutput(const QJsonObject &output)
{
    if (output.value(QStringLiteral("output_type")).toString() != QStringLiteral("display_data"))
        return std::nullopt;
    return fromMimeBundle(output.value(QStringLiteral("data")).toObject());
}

} // namespace mlops
