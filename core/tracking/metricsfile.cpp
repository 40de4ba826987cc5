// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/tracking/metricsfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <charconv>
#include <cmath>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::MetricsFile)
};

bool consume(QByteArrayView &s, QByteArrayView prefix)
{
    if (!s.startsWith(prefix))
        return false;
    s = s.sliced(prefix.size());
    return true;
}

/** A JSON string without escapes, up to its closing quote. */
bool plainString(QByteArrayView &s, QByteArrayView *out)
{
    const qsizetype end = s.indexOf('"');
    if (end < 0)
        return false;
    const QByteArrayView value = s.first(end);
    if (value.contains('\\'))
        return false;
    *out = value;
    s = s.sliced(end + 1);
    return true;
}

template<typename T>
bool number(QByteArrayView &s, T *out)
{
    const char *begin = s.data();
    const char *end = begin + s.size();
    const auto [ptr, ec] = std::from_chars(begin, end, *out);
    if (ec != std::errc())
        return false;
    s = s.sliced(ptr - begin);
    return true;
}

/** The helper's exact layout, parsed in place; `name` points into `s`. */
bool fastMetricFields(QByteArrayView s, QByteArrayView *name, double *value, qint64 *step, qint64 *ts)
{
    if (!consume(s, "{\"type\":\"metric\",\"name\":\"") || !plainString(s, name)
        || !consume(s, ",\"value\":") || !number(s, value) || !consume(s, ",\"step\":")
        || !number(s, step) || !consume(s, ",\"timestamp\":") || !number(s, ts) || !consume(s, "}"))
        return false;
    return s.trimmed().isEmpty() && std::isfinite(*value);
}

bool fastMetric(QByteArrayView s, MetricValue *m)
{
    QByteArrayView name;
    double value = 0;
    qint64 step = 0;
    qint64 ts = 0;
    if (!fastMetricFields(s, &name, &value, &step, &ts))
        return false;
    m->name = QString::fromUtf8(name);
    m->value = value;
    m->step = step;
    m->timestampMs = ts;
    return true;
}

/**
 * Metric names repeat on every line: decode each once and share the QString (a file of a
 * million points names a handful of metrics).
 */
class NameCache
{
public:
    const QString &get(QByteArrayView utf8)
    {
        if (m_last >= 0 && m_keys.at(m_last) == utf8)
            return m_names.at(m_last);
        for (qsizetype i = 0; i < m_keys.size(); ++i) {
            if (m_keys.at(i) == utf8) {
                m_last = i;
                return m_names.at(i);
            }
        }
        if (m_keys.size() >= 256) {  // many names: stop remembering, still correct
            m_scratch = QString::fromUtf8(utf8);
            return m_scratch;
        }
        m_keys.append(utf8.toByteArray());
        m_names.append(QString::fromUtf8(utf8));
        m_last = m_keys.size() - 1;
        return m_names.at(m_last);
    }

private:
    QList<QByteArray> m_keys;
    QList<QString> m_names;
    QString m_scratch;
    qsizetype m_last = -1;
};

} // namespace

MetricsLine parseMetricsLine(QByteArrayView line)
{
    MetricsLine out;
    line = line.trimmed();
    if (line.isEmpty())
        return out;
    if (fastMetric(line, &out.metric)) {
        out.kind = MetricsLine::Kind::Metric;
        return out;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (!doc.isObject()) {
        out.error = Text::tr("not a JSON object: %1").arg(error.errorString());
        return out;
    }
    const QJsonObject o = doc.object();
    const QString type = o.value(QStringLiteral("type")).toString(QStringLiteral("metric"));
    const QString name = o.value(QStringLiteral("name")).toString();
    if (name.isEmpty()) {
        out.error = Text::tr("a metric line needs a \"name\"");
        return out;
    }
    if (type == QStringLiteral("param")) {
        out.kind = MetricsLine::Kind::Param;
        out.paramName = name;
        const QJsonValue v = o.value(QStringLiteral("value"));
        if (v.isString())
            out.paramValue = v.toString();
        else if (v.isDouble())
            out.paramValue = QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
        else if (v.isBool())
            out.paramValue = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (v.isArray())
            out.paramValue = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        else if (v.isObject())
            out.paramValue = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        return out;
    }
    const QJsonValue value = o.value(QStringLiteral("value"));
    static const QStringList notFinite = {QStringLiteral("NaN"), QStringLiteral("Infinity"),
                                          QStringLiteral("-Infinity")};
    if (value.isNull() || (value.isString() && notFinite.contains(value.toString()))) {
        out.kind = MetricsLine::Kind::NotFinite;
        out.metric.name = name;
        return out;
    }
    if (!value.isDouble() || !std::isfinite(value.toDouble())) {
        out.error = Text::tr("metric '%1' has no finite numeric \"value\"").arg(name);
        return out;
    }
    out.kind = MetricsLine::Kind::Metric;
    out.metric.name = name;
    out.metric.value = value.toDouble();
    out.metric.step = o.contains(QStringLiteral("step")) && !o.value(QStringLiteral("step")).isNull()
                          ? qint64(o.value(QStringLiteral("step")).toDouble())
                          : -1;
    out.metric.timestampMs = qint64(o.value(QStringLiteral("timestamp")).toDouble());
    return out;
}

MetricsFileTail::Batch MetricsFileTail::readNew()
{
    Batch batch;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return batch;
    if (file.size() < m_offset) {  // truncated or replaced: start over
        m_offset = 0;
        m_partial.clear();
    }
    if (!file.seek(m_offset))
        return batch;
    QByteArray data = file.readAll();
    m_offset += data.size();
    if (!m_partial.isEmpty()) {
        data.prepend(m_partial);
        m_partial.clear();
    }
    const qsizetype lastNewline = data.lastIndexOf('\n');
    if (lastNewline < 0) {
        m_partial = data;
        return batch;
    }
    m_partial = data.mid(lastNewline + 1);
    const QByteArrayView complete(data.constData(), lastNewline);
    qsizetype start = 0;
    while (start <= complete.size()) {
        qsizetype end = complete.indexOf('\n', start);
        if (end < 0)
            end = complete.size();
        const MetricsLine line = parseMetricsLine(complete.sliced(start, end - start));
        switch (line.kind) {
        case MetricsLine::Kind::Metric:
            batch.metrics.append(line.metric);
            break;
        case MetricsLine::Kind::Param:
            batch.params.insert(line.paramName, line.paramValue);
            break;
        case MetricsLine::Kind::NotFinite:
            ++batch.notFinite;
            break;
        case MetricsLine::Kind::Invalid:
            if (!line.error.isEmpty()) {
                ++batch.invalidLines;
                if (batch.firstError.isEmpty())
                    batch.firstError = line.error;
            }
            break;
        }
        start = end + 1;
    }
    return batch;
}

Result<qint64> ingestMetricsFile(const QString &path, RunTracker &tracker, qint64 runId)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Text::tr("cannot read the metrics file: %1").arg(file.errorString()), path};
    constexpr int kBatch = 50000;
    constexpr qint64 kChunk = 4 * 1024 * 1024;
    QList<MetricValue> batch;
    batch.reserve(kBatch);
    qint64 stored = 0;
    QMap<QString, QString> params;
    NameCache names;
    auto flush = [&]() -> Status {
        if (Status s = tracker.logMetrics(runId, batch); !s)
            return s;
        stored += batch.size();
        batch.clear();
        return {};
    };
    auto take = [&](QByteArrayView line) -> Status {
        QByteArrayView name;
        MetricValue m;
        if (fastMetricFields(line, &name, &m.value, &m.step, &m.timestampMs)) {
            m.name = names.get(name);
            batch.append(std::move(m));
        } else {
            const MetricsLine parsed = parseMetricsLine(line);
            if (parsed.kind == MetricsLine::Kind::Metric)
                batch.append(parsed.metric);
            else if (parsed.kind == MetricsLine::Kind::Param)
                params.insert(parsed.paramName, parsed.paramValue);
        }
        return batch.size() >= kBatch ? flush() : Status();
    };
    // Big reads split into lines in place: no allocation per line.
    QByteArray carry;
    while (!file.atEnd()) {
        QByteArray chunk = file.read(kChunk);
        if (chunk.isEmpty())
            break;
        if (!carry.isEmpty()) {
            chunk.prepend(carry);
            carry.clear();
        }
        const QByteArrayView data(chunk);
        qsizetype start = 0;
        for (;;) {
            const qsizetype end = data.indexOf('\n', start);
            if (end < 0)
                break;
            if (Status s = take(data.sliced(start, end - start)); !s)
                return s.error();
            start = end + 1;
        }
        carry = chunk.mid(start);
    }
    if (!carry.isEmpty()) {
        if (Status s = take(carry); !s)
            return s.error();
    }
    if (Status s = flush(); !s)
        return s.error();
    if (Status s = tracker.setParams(runId, params); !s)
        return s.error();
    return stored;
}

} // namespace mlops
