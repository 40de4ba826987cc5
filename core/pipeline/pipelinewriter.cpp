// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/pipeline/pipelinewriter.h"

#include "core/common/quoting.h"
#include "core/pipeline/pipelineloader.h"
#include "core/pipeline/steptype.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::PipelineWriter)
};

using Entries = QList<QPair<QString, QString>>;   // key → value already written as YAML

bool looksTyped(const QString &s)
{
    static const QRegularExpression number(QStringLiteral("^[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?$"));
    static const QRegularExpression other(QStringLiteral("^(true|false|yes|no|on|off|null|~|[-+]?\\.(inf|nan)|0x[0-9a-f]+|0o[0-7]+)$"),
                                          QRegularExpression::CaseInsensitiveOption);
    return number.match(s).hasMatch() || other.match(s).hasMatch();
}

/**
 * Whether a YAML reader would take `s` for something other than this string: YAML 1.1
 * readers (PyYAML, and so most Python tools) read `on`, `yes` and `y` as booleans,
 * `0x1F`, `00123`, `1_000` and `1:20` as integers, `1.10`, `1e3` and `.inf` as floats,
 * `~` and `null` as nothing, `2024-01-02` as a date. Numbers written as every reader
 * writes them back (`42`, `-3`, `0.25`) stay plain: read as a number they come back
 * as the same text, and files keep their `epochs: 10`.
 */
bool readsAsOtherType(const QString &s)
{
    static const QRegularExpression plainNumber(QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]*[1-9]|\\.0)?$"));
    if (plainNumber.match(s).hasMatch())
        return false;
    static const QRegularExpression typed(
        QStringLiteral("^(?:[-+]?(?:0b[01_]+|0x[0-9a-f_]+|0o[0-7_]+|[0-9][0-9_]*(?::[0-5]?[0-9])*(?:\\.[0-9_]*)?"
                       "(?:e[-+]?[0-9]+)?|\\.[0-9_]+(?:e[-+]?[0-9]+)?|\\.inf|\\.nan)"
                       "|y|n|yes|no|true|false|on|off|null|~|<<|=|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?)$"),
        QRegularExpression::CaseInsensitiveOption);
    return typed.match(s).hasMatch();
}

/** Whether a string needs quotes; inside `[…]`/`{…}` (flow) a colon always does. */
bool needsQuotes(const QString &s, bool flow = true)
{
    if (s.isEmpty() || s.front().isSpace() || s.back().isSpace())
        return true;
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    const QChar first = s.front();
    if (indicators.contains(first)) {
        // "-1" and "--seed" are fine as they are; "-", "- x" and "---" are not.
        if (first != QLatin1Char('-') || s.size() == 1 || s.at(1) == QLatin1Char(' ') || s.startsWith(QStringLiteral("---")))
            return true;
    }
    static const QRegularExpression unsafeInFlow(QStringLiteral("[,\\[\\]{}:]| #"));
    static const QRegularExpression unsafeInBlock(QStringLiteral("[\\[\\]{}]| #|: |:$"));
    if ((flow ? unsafeInFlow : unsafeInBlock).match(s).hasMatch())
        return true;
    // Unquoted, another tool would read a number, a boolean or nothing, and write back
    // something else ("1.10" → 1.1, "on" → True).
    return readsAsOtherType(s);
}

QString quoted(const QString &s)
{
    bool control = false;
    for (const QChar c : s)
        control = control || c.unicode() < 0x20 || c.unicode() == 0x7f;
    if (!control && (s.contains(QLatin1Char('\\')) || s.contains(QLatin1Char('"')))) {
        QString out = s;
        out.replace(QLatin1Char('\''), QStringLiteral("''"));
        return QLatin1Char('\'') + out + QLatin1Char('\'');
    }
    return backslashQuoted(s);
}

/** A value on its own line (`image: mlops/python:3.11` needs no quotes there). */
QString blockText(const QString &s)
{
    return needsQuotes(s, false) ? quoted(s) : s;
}

/** A string whose type must survive: quoted when YAML would read a number or boolean. */
QString typedText(const QString &s)
{
    return looksTyped(s) ? quoted(s) : PipelineWriter::scalar(s);
}

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString flowList(const QStringList &items)
{
    return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString flowMap(const Entries &entries)
{
    QStringList parts;
    for (const auto &[k, v] : entries)
        parts.append(k + QStringLiteral(": ") + v);
    return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
}

bool isContainer(const QVariant &v)
{
    return v.typeId() == QMetaType::QVariantMap || v.typeId() == QMetaType::QVariantList;
}

QString variantScalar(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr: return QStringLiteral("null");
    case QMetaType::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong: return QString::number(v.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float: return number(v.toDouble());
    default: return typedText(v.toString());
    }
}

/** Writes lines, placing each kept comment before or after its key. */
class Emitter
{
public:
    explicit Emitter(const PipelineExtras &extras) : m_extras(extras)
    {
        for (auto it = extras.leadingComments.cbegin(); it != extras.leadingComments.cend(); ++it)
            m_commentKeys.insert(it.key());
        for (auto it = extras.trailingComments.cbegin(); it != extras.trailingComments.cend(); ++it)
            m_commentKeys.insert(it.key());
    }

    /** `key: value` (value empty: a block follows). `inlineValue` hoists nested comments. */
    void entry(int indent, const QStringList &path, const QString &key, const QString &value, bool inlineValue = true)
    {
        const QString p = PipelineExtras::path(path);
        leading(indent, p, inlineValue);
        QString line = QString(indent, QLatin1Char(' ')) + PipelineWriter::scalar(key) + QLatin1Char(':');
        if (!value.isEmpty())
            line += QLatin1Char(' ') + value;
        m_lines.append(line + trailing(p));
    }

    /** `- value` of a block list. */
    void item(int indent, const QStringList &path, const QString &value)
    {
        const QString p = PipelineExtras::path(path);
        leading(indent, p, true);
        m_lines.append(QString(indent, QLatin1Char(' ')) + QStringLiteral("- ") + value + trailing(p));
    }

    /** A mapping of single values: `{k: v}` when it fits, else a block. */
    void map(int indent, const QStringList &path, const QString &key, const Entries &entries)
    {
        const QString flow = flowMap(entries);
        if (fits(indent, key, flow)) {
            entry(indent, path, key, flow);
            return;
        }
        entry(indent, path, key, QString(), false);
        for (const auto &[k, v] : entries)
            entry(indent + 2, path + QStringList{k}, k, v);
    }

    /** A list of single values: `[a, b]` when it fits, else a block. */
    void list(int indent, const QStringList &path, const QString &key, const QStringList &items)
    {
        const QString flow = flowList(items);
        if (fits(indent, key, flow)) {
            entry(indent, path, key, flow);
            return;
        }
        entry(indent, path, key, QString(), false);
        for (int i = 0; i < items.size(); ++i)
            item(indent + 2, path + QStringList{QString::number(i)}, items.at(i));
    }

    /** Any metadata value: maps (sorted), lists and typed scalars. */
    void variant(int indent, const QStringList &path, const QString &key, const QVariant &value)
    {
        if (value.typeId() == QMetaType::QVariantMap) {
            const QVariantMap m = value.toMap();
            if (m.isEmpty()) {
                entry(indent, path, key, QStringLiteral("{}"));
                return;
            }
            bool flat = true;
            Entries entries;
            for (auto it = m.cbegin(); it != m.cend(); ++it) {
                flat = flat && !isContainer(it.value());
                entries.append({PipelineWriter::scalar(it.key()), flat ? variantScalar(it.value()) : QString()});
            }
            if (flat && fits(indent, key, flowMap(entries))) {
                entry(indent, path, key, flowMap(entries));
                return;
            }
            entry(indent, path, key, QString(), false);
            for (auto it = m.cbegin(); it != m.cend(); ++it)
                variant(indent + 2, path + QStringList{it.key()}, it.key(), it.value());
            return;
        }
        if (value.typeId() == QMetaType::QVariantList) {
            const QVariantList l = value.toList();
            QStringList items;
            bool flat = true;
            for (const QVariant &v : l) {
                flat = flat && !isContainer(v);
                items.append(flat ? variantScalar(v) : QString());
            }
            if (flat && (l.isEmpty() || fits(indent, key, flowList(items)))) {
                entry(indent, path, key, flowList(items));
                return;
            }
            entry(indent, path, key, QString(), false);
            for (int i = 0; i < l.size(); ++i)
                listItem(indent + 2, path + QStringList{QString::number(i)}, l.at(i));
            return;
        }
        entry(indent, path, key, variantScalar(value));
    }

    /** A block list item holding any value; a mapping starts on the dash's line. */
    void listItem(int indent, const QStringList &path, const QVariant &value)
    {
        if (!isContainer(value)) {
            item(indent, path, variantScalar(value));
            return;
        }
        if (value.typeId() == QMetaType::QVariantList) {
            QStringList items;
            bool flat = true;
            for (const QVariant &v : value.toList()) {
                flat = flat && !isContainer(v);
                items.append(variantScalar(v));
            }
            item(indent, path, flat ? flowList(items) : QStringLiteral("[]"));
            return;
        }
        const QVariantMap m = value.toMap();
        Entries entries;
        bool flat = true;
        for (auto it = m.cbegin(); it != m.cend(); ++it) {
            flat = flat && !isContainer(it.value());
            entries.append({PipelineWriter::scalar(it.key()), flat ? variantScalar(it.value()) : QString()});
        }
        if (m.isEmpty() || (flat && indent + 2 + flowMap(entries).size() <= PipelineWriter::lineWidth())) {
            item(indent, path, flowMap(entries));
            return;
        }
        const QString p = PipelineExtras::path(path);
        leading(indent, p, false);
        const qsizetype dash = m_lines.size();
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            variant(indent + 2, path + QStringList{it.key()}, it.key(), it.value());
        // The first key of the item goes on the dash's line.
        for (qsizetype i = dash; i < m_lines.size(); ++i) {
            QString &line = m_lines[i];
            if (!line.trimmed().startsWith(QLatin1Char('#'))) {
                line.replace(indent, 2, QStringLiteral("- "));
                line += trailing(p);
                break;
            }
        }
    }

    /** Comments of a block that were not placed (their key is gone from the output). */
    void leftovers(int indent, const QString &prefix)
    {
        QList<PipelineComment> rest;
        for (const QString &key : std::as_const(m_commentKeys)) {
            if (m_used.contains(key) || !(prefix.isEmpty() || key.startsWith(prefix + PipelineExtras::pathSeparator())))
                continue;
            m_used.insert(key);
            rest += m_extras.leadingComments.value(key);
            if (m_extras.trailingComments.contains(key))
                rest.append(m_extras.trailingComments.value(key));
        }
        comments(indent, rest);
    }

    void comments(int indent, QList<PipelineComment> list)
    {
        std::stable_sort(list.begin(), list.end(),
                         [](const PipelineComment &a, const PipelineComment &b) { return a.line < b.line; });
        for (const PipelineComment &c : std::as_const(list))
            m_lines.append(QString(indent, QLatin1Char(' ')) + c.text);
    }

    QByteArray bytes() const
    {
        QString text = m_lines.join(QLatin1Char('\n'));
        text += QLatin1Char('\n');
        return text.toUtf8();
    }

private:
    static bool fits(int indent, const QString &key, const QString &flow)
    {
        return indent + PipelineWriter::scalar(key).size() + 2 + flow.size() <= PipelineWriter::lineWidth();
    }

    void leading(int indent, const QString &path, bool withNested)
    {
        QList<PipelineComment> list;
        if (!m_used.contains(path))
            list = m_extras.leadingComments.value(path);
        m_used.insert(path);
        if (withNested) {
            // Comments inside a value written on one line go above that line.
            const QString prefix = path + PipelineExtras::pathSeparator();
            for (const QString &key : std::as_const(m_commentKeys)) {
                if (!key.startsWith(prefix) || m_used.contains(key))
                    continue;
                m_used.insert(key);
                list += m_extras.leadingComments.value(key);
                if (m_extras.trailingComments.contains(key))
                    list.append(m_extras.trailingComments.value(key));
            }
        }
        comments(indent, list);
    }

    QString trailing(const QString &path)
    {
        const auto it = m_extras.trailingComments.constFind(path);
        return it == m_extras.trailingComments.cend() ? QString() : QStringLiteral("  ") + it->text;
    }

    const PipelineExtras &m_extras;
    QSet<QString> m_commentKeys;
    QSet<QString> m_used;
    QStringList m_lines;
};

QString retryText(const RetryPolicy &r, Entries *asMap)
{
    if (qFuzzyCompare(r.intervalSeconds, 1.0) && qFuzzyCompare(r.backoffRate, 2.0))
        return QString::number(std::max(0, r.maxAttempts - 1));
    asMap->append({QStringLiteral("max_attempts"), QString::number(r.maxAttempts)});
    asMap->append({QStringLiteral("interval"), formatDurationSpec(qint64(r.intervalSeconds * 1000.0 + 0.5))});
    asMap->append({QStringLiteral("backoff_rate"), number(r.backoffRate)});
    return QString();
}

QString cacheText(const CachePolicy &c, Entries *asMap)
{
    if (c.expireAfterMs == 0)
        return c.enabled ? QStringLiteral("true") : QStringLiteral("false");
    asMap->append({QStringLiteral("enabled"), c.enabled ? QStringLiteral("true") : QStringLiteral("false")});
    asMap->append({QStringLiteral("expire_after"), formatDurationSpec(c.expireAfterMs)});
    return QString();
}

void writeRetry(Emitter &out, int indent, const QStringList &path, const RetryPolicy &r)
{
    Entries map;
    const QString text = retryText(r, &map);
    if (map.isEmpty())
        out.entry(indent, path, QStringLiteral("retries"), text);
    else
        out.map(indent, path, QStringLiteral("retries"), map);
}

void writeCache(Emitter &out, int indent, const QStringList &path, const CachePolicy &c)
{
    Entries map;
    const QString text = cacheText(c, &map);
    if (map.isEmpty())
        out.entry(indent, path, QStringLiteral("cache"), text);
    else
        out.map(indent, path, QStringLiteral("cache"), map);
}

Entries textEntries(const QList<QPair<QString, QString>> &pairs)
{
    Entries entries;
    for (const auto &[k, v] : pairs)
        entries.append({PipelineWriter::scalar(k), PipelineWriter::scalar(v)});
    return entries;
}

Entries textEntries(const QMap<QString, QString> &map)
{
    Entries entries;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        entries.append({PipelineWriter::scalar(it.key()), PipelineWriter::scalar(it.value())});
    return entries;
}

QStringList textItems(const QStringList &items)
{
    QStringList out;
    for (const QString &s : items)
        out.append(PipelineWriter::scalar(s));
    return out;
}

void writeStep(Emitter &out, const StepSpec &s, const PipelineExtras &extras)
{
    const QStringList base{QStringLiteral("steps"), s.name};
    auto at = [&base](const char *field) { return base + QStringList{QString::fromLatin1(field)}; };
    const int in = 4;
    out.entry(2, base, s.name, QString(), false);
    if (!s.type.isEmpty())
        out.entry(in, at("type"), QStringLiteral("type"), blockText(s.type));
    if (!s.description.isEmpty())
        out.entry(in, at("description"), QStringLiteral("description"), blockText(s.description));
    if (!s.dependsOn.isEmpty())
        out.list(in, at("depends_on"), QStringLiteral("depends_on"), textItems(s.dependsOn));
    if (!s.command.isEmpty())
        out.list(in, at("command"), QStringLiteral("command"), textItems(s.command));
    if (!s.hyperparameters.isEmpty())
        out.map(in, at("hyperparameters"), QStringLiteral("hyperparameters"), textEntries(s.hyperparameters));
    if (!s.inputs.isEmpty()) {
        QList<QPair<QString, QString>> inputs;
        for (const InputSpec &i : s.inputs)
            inputs.append({i.name, i.value});
        out.map(in, at("inputs"), QStringLiteral("inputs"), textEntries(inputs));
    }
    if (!s.outputs.isEmpty())
        out.list(in, at("outputs"), QStringLiteral("outputs"), textItems(s.outputs));
    if (!s.metrics.isEmpty()) {
        out.entry(in, at("metrics"), QStringLiteral("metrics"), QString(), false);
        for (int i = 0; i < s.metrics.size(); ++i) {
            const MetricDefinition &m = s.metrics.at(i);
            QVariantMap def;
            // Name first, then regex: a QVariantMap sorts, and "name" < "regex".
            def.insert(QStringLiteral("name"), m.name);
            def.insert(QStringLiteral("regex"), m.regex);
            const Entries entries{{QStringLiteral("name"), PipelineWriter::scalar(m.name)},
                                  {QStringLiteral("regex"), PipelineWriter::scalar(m.regex)}};
            const QStringList itemPath = at("metrics") + QStringList{QString::number(i)};
            if (in + 4 + flowMap(entries).size() <= PipelineWriter::lineWidth()) {
                out.item(in + 2, itemPath, flowMap(entries));
            } else {
                out.listItem(in + 2, itemPath, def);
            }
        }
    }
    if (!s.properties.isEmpty())
        out.map(in, at("properties"), QStringLiteral("properties"), textEntries(s.properties));
    if (!s.environment.isEmpty())
        out.map(in, at("environment"), QStringLiteral("environment"), textEntries(s.environment));
    if (s.runner)
        out.entry(in, at("runner"), QStringLiteral("runner"), blockText(*s.runner));
    if (s.image)
        out.entry(in, at("image"), QStringLiteral("image"), blockText(*s.image));
    if (!s.build.isEmpty()) {
        if (s.build.dockerfile.isEmpty())
            out.entry(in, at("build"), QStringLiteral("build"), blockText(s.build.context));
        else
            out.map(in, at("build"), QStringLiteral("build"),
                    {{QStringLiteral("context"), PipelineWriter::scalar(s.build.context)},
                     {QStringLiteral("dockerfile"), PipelineWriter::scalar(s.build.dockerfile)}});
    }
    if (s.resources.cpus > 0 || s.resources.memoryBytes > 0 || s.resources.gpus > 0) {
        Entries r;
        if (s.resources.cpus > 0)
            r.append({QStringLiteral("cpus"), number(s.resources.cpus)});
        if (s.resources.memoryBytes > 0)
            r.append({QStringLiteral("memory"), formatMemorySpec(s.resources.memoryBytes)});
        if (s.resources.gpus > 0)
            r.append({QStringLiteral("gpus"), QString::number(s.resources.gpus)});
        out.map(in, at("resources"), QStringLiteral("resources"), r);
    }
    if (s.timeoutMs)
        out.entry(in, at("timeout"), QStringLiteral("timeout"), formatDurationSpec(*s.timeoutMs));
    if (s.retry)
        writeRetry(out, in, at("retries"), *s.retry);
    if (s.cache)
        writeCache(out, in, at("cache"), *s.cache);
    if (s.network)
        out.entry(in, at("network"), QStringLiteral("network"), QStringLiteral("true"));
    if (!s.code.isEmpty())
        out.entry(in, at("code"), QStringLiteral("code"), blockText(s.code));
    if (!s.when.isEmpty())
        out.entry(in, at("when"), QStringLiteral("when"), blockText(s.when));
    if (!s.thenSteps.isEmpty())
        out.list(in, at("then"), QStringLiteral("then"), textItems(s.thenSteps));
    if (!s.elseSteps.isEmpty())
        out.list(in, at("else"), QStringLiteral("else"), textItems(s.elseSteps));
    if (!s.message.isEmpty())
        out.entry(in, at("message"), QStringLiteral("message"), blockText(s.message));
    // Type-specific fields in the order the step type declares them, then any others by name.
    QStringList extraKeys = s.extra.keys();
    if (const StepType *type = StepTypeRegistry::instance().find(s.type)) {
        const QStringList declared = type->keys();
        std::stable_sort(extraKeys.begin(), extraKeys.end(), [&declared](const QString &a, const QString &b) {
            const auto rank = [&declared](const QString &k) {
                const qsizetype i = declared.indexOf(k);
                return i < 0 ? declared.size() : i;
            };
            return rank(a) < rank(b);
        });
    }
    for (const QString &key : std::as_const(extraKeys))
        out.variant(in, base + QStringList{key}, key, s.extra.value(key));
    if (const auto m = extras.stepMetadata.constFind(s.name); m != extras.stepMetadata.cend())
        out.variant(in, at("metadata"), QStringLiteral("metadata"), *m);
    out.leftovers(in, PipelineExtras::path(base));
}

} // namespace

QString PipelineWriter::scalar(const QString &value)
{
    return needsQuotes(value) ? quoted(value) : value;
}

QString formatDurationSpec(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("0s");
    static const struct
    {
        qint64 ms;
        const char *unit;
    } units[] = {{86400000, "d"}, {3600000, "h"}, {60000, "m"}, {1000, "s"}, {1, "ms"}};
    QString out;
    for (const auto &u : units) {
        if (ms >= u.ms) {
            out += QString::number(ms / u.ms) + QLatin1String(u.unit);
            ms %= u.ms;
        }
    }
    return out;
}

QString formatMemorySpec(qint64 bytes)
{
    static const struct
    {
        qint64 factor;
        const char *unit;
    } units[] = {{1024LL * 1024 * 1024 * 1024, "t"}, {1024LL * 1024 * 1024, "g"}, {1024LL * 1024, "m"}, {1024, "k"}};
    for (const auto &u : units) {
        if (bytes >= u.factor && bytes % u.factor == 0)
            return QString::number(bytes / u.factor) + QLatin1String(u.unit);
    }
    return QString::number(bytes);
}

QByteArray PipelineWriter::write(const PipelineSpec &spec, const PipelineExtras &extras)
{
    Emitter out(extras);
    auto top = [](const char *key) { return QStringList{QString::fromLatin1(key)}; };
    out.entry(0, top("name"), QStringLiteral("name"), blockText(spec.name));
    if (!spec.description.isEmpty())
        out.entry(0, top("description"), QStringLiteral("description"), blockText(spec.description));
    if (!spec.parameters.isEmpty()) {
        out.entry(0, top("parameters"), QStringLiteral("parameters"), QString(), false);
        for (const ParameterSpec &p : spec.parameters) {
            QString value;
            switch (p.type) {
            case ParameterSpec::Type::Number:
                value = looksTyped(p.defaultValue) ? p.defaultValue : quoted(p.defaultValue);
                break;
            case ParameterSpec::Type::Boolean:
                value = p.defaultValue.toLower() == QStringLiteral("true") ? QStringLiteral("true") : QStringLiteral("false");
                break;
            case ParameterSpec::Type::String:
                value = typedText(p.defaultValue);
                break;
            }
            out.entry(2, {QStringLiteral("parameters"), p.name}, p.name, value);
        }
    }
    const StepDefaults &d = spec.defaults;
    if (d.runner || d.image || d.timeoutMs || d.retry || d.cache || !d.environment.isEmpty()) {
        const QStringList base = top("defaults");
        auto at = [&base](const char *field) { return base + QStringList{QString::fromLatin1(field)}; };
        out.entry(0, base, QStringLiteral("defaults"), QString(), false);
        if (d.runner)
            out.entry(2, at("runner"), QStringLiteral("runner"), blockText(*d.runner));
        if (d.image)
            out.entry(2, at("image"), QStringLiteral("image"), blockText(*d.image));
        if (d.timeoutMs)
            out.entry(2, at("timeout"), QStringLiteral("timeout"), formatDurationSpec(*d.timeoutMs));
        if (d.retry)
            writeRetry(out, 2, at("retries"), *d.retry);
        if (d.cache)
            writeCache(out, 2, at("cache"), *d.cache);
        if (!d.environment.isEmpty())
            out.map(2, at("environment"), QStringLiteral("environment"), textEntries(d.environment));
    }
    if (spec.steps.isEmpty()) {
        out.entry(0, top("steps"), QStringLiteral("steps"), QStringLiteral("{}"));
    } else {
        out.entry(0, top("steps"), QStringLiteral("steps"), QString(), false);
        for (const StepSpec &s : spec.steps)
            writeStep(out, s, extras);
    }
    if (!extras.metadata.isEmpty())
        out.variant(0, top("metadata"), QStringLiteral("metadata"), extras.metadata);
    out.leftovers(0, QString());
    out.comments(0, extras.footerComments);
    return out.bytes();
}

std::optional<QByteArray> PipelineWriter::replaceMetadata(const QByteArray &text, const QVariantMap &metadata)
{
    QByteArray block;
    if (!metadata.isEmpty()) {
        const PipelineExtras none;  // (the emitter keeps a reference)
        Emitter out(none);
        out.variant(0, {QStringLiteral("metadata")}, QStringLiteral("metadata"), metadata);
        block = out.bytes();
    }
    QList<QByteArray> lines = text.split('\n');   // the last is what follows the final newline
    auto topLevel = [](const QByteArray &line) { return !line.isEmpty() && line.at(0) != ' ' && line.at(0) != '\t'; };
    qsizetype start = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.startsWith("---") || line.startsWith("..."))
            return std::nullopt;  // more than one document: leave it to the full writer
        if (!line.startsWith("metadata:"))
            continue;
        const QByteArray rest = line.mid(9).trimmed();
        if (start >= 0 || (!rest.isEmpty() && !rest.startsWith('#')))
            return std::nullopt;  // twice, or in flow style
        start = i;
    }
    QByteArray result;
    if (start < 0) {
        if (block.isEmpty())
            return text;
        // After the last key, before the comments that end the file.
        qsizetype end = lines.size();
        while (end > 0 && (lines.at(end - 1).trimmed().isEmpty() || lines.at(end - 1).startsWith('#')))
            --end;
        for (qsizetype i = 0; i < end; ++i)
            result += lines.at(i) + '\n';
        result += block;
        for (qsizetype i = end; i < lines.size(); ++i)
            result += lines.at(i) + (i + 1 < lines.size() ? QByteArray("\n") : QByteArray());
        return result;
    }
    // The block: its line and the indented ones after it (blank lines at its end stay).
    qsizetype end = start + 1;
    for (qsizetype i = start + 1; i < lines.size() && !topLevel(lines.at(i)); ++i) {
        if (lines.at(i).trimmed().startsWith('#'))
            return std::nullopt;  // a comment the new block would lose
        if (!lines.at(i).trimmed().isEmpty())
            end = i + 1;
    }
    if (lines.at(start).contains('#'))
        return std::nullopt;
    for (qsizetype i = 0; i < start; ++i)
        result += lines.at(i) + '\n';
    result += block;
    for (qsizetype i = end; i < lines.size(); ++i)
        result += lines.at(i) + (i + 1 < lines.size() ? QByteArray("\n") : QByteArray());
    return result;
}

Result<QByteArray> PipelineWriter::format(const QString &file, const QByteArray &text, Diagnostics *diagnostics)
{
    const LoadedPipeline loaded = PipelineLoader::load(file, text);
    if (diagnostics)
        *diagnostics = loaded.diagnostics;
    if (!loaded.ok()) {
        const Diagnostic *first = nullptr;
        for (const Diagnostic &d : loaded.diagnostics) {
            if (d.isError()) {
                first = &d;
                break;
            }
        }
        Error e = first ? first->toError() : Error::badInput(Text::tr("the file could not be read"), file);
        e.message = Text::tr("cannot format a pipeline with errors (%1)").arg(e.message);
        e.kind = Error::Kind::BadInput;
        return e;
    }
    return write(loaded.spec, PipelineExtras::read(text));
}

} // namespace mlops
