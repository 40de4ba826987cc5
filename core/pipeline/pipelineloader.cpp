// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/pipeline/pipelineloader.h"

#include "core/common/duration.h"
#include "core/common/fileutil.h"
#include "core/common/suggest.h"
#include "core/common/yamlutil.h"
#include "core/pipeline/steptype.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::PipelineLoader)
};

/** Docker refuses a smaller CPU share (--cpus) and both engines a smaller memory limit. */
constexpr double kMinimumCpus = 0.01;
constexpr qint64 kMinimumMemoryBytes = 6LL * 1024 * 1024;

const QRegularExpression &nameRe()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]*$"));
    return re;
}

SourceLocation locationOf(const YAML::Node &node)
{
    return SourceLocation{yaml::lineOf(node), yaml::columnOf(node), node.IsScalar() && node.Tag() == "!"};
}

/** Collects diagnostics for one file while reading it. */
class Reader
{
public:
    Reader(QString file, LoadedPipeline &out) : m_file(std::move(file)), m_out(out) {}

    void error(const YAML::Node &node, const QString &message, const QString &step = {},
               const QString &field = {})
    {
        Diagnostic d;
        d.message = message;
        d.file = m_file;
        d.line = yaml::lineOf(node);
        d.column = yaml::columnOf(node);
        if (d.line == 0) {  // a node yaml-cpp has no mark for, such as an empty document
            d.line = 1;
            d.column = 1;
        }
        d.step = step;
        d.field = field;
        m_out.diagnostics.append(d);
    }

    void warning(const YAML::Node &node, const QString &message, const QString &step = {})
    {
        error(node, message, step);
        m_out.diagnostics.last().severity = Diagnostic::Severity::Warning;
    }

    /** Unknown keys of a mapping, each reported with a suggestion. */
    void checkKeys(const YAML::Node &map, const QStringList &allowed, const QString &context,
                   const QString &step = {})
    {
        QSet<QString> seen;
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString key = yaml::toQString(it->first);
            if (seen.contains(key))
                error(it->first, Text::tr("'%1' appears twice in %2").arg(key, context), step, key);
            seen.insert(key);
            if (key == QStringLiteral("<<") && !allowed.contains(key))
                // yaml-cpp reads a YAML 1.1 merge key as a plain key named "<<".
                error(it->first, Text::tr("YAML merge keys ('<<') are not supported in %1: write the keys out "
                                          "('defaults' gives every step the same runner, image, timeout, retries, "
                                          "cache and environment)")
                                     .arg(context),
                      step, key);
            else if (!allowed.contains(key))
                error(it->first, Text::tr("unknown key '%1' in %2%3").arg(key, context, didYouMean(key, allowed)),
                      step, key);
        }
    }

    std::optional<QString> scalar(const YAML::Node &node, const QString &what, const QString &step = {},
                                  const QString &field = {})
    {
        if (!node.IsScalar()) {
            error(node, Text::tr("type mismatch: %1 must be a single value").arg(what), step, field);
            return std::nullopt;
        }
        return yaml::toQString(node);
    }

    std::optional<bool> boolean(const YAML::Node &node, const QString &what, const QString &step = {})
    {
        if (node.IsScalar()) {
            const QString v = yaml::toQString(node).toLower();
            if (v == QStringLiteral("true") || v == QStringLiteral("yes") || v == QStringLiteral("on"))
                return true;
            if (v == QStringLiteral("false") || v == QStringLiteral("no") || v == QStringLiteral("off"))
                return false;
        }
        error(node, Text::tr("type mismatch: %1 must be true or false").arg(what), step);
        return std::nullopt;
    }

    std::optional<QStringList> list(const YAML::Node &node, const QString &what, const QString &step = {},
                                    bool allowSingle = false)
    {
        if (allowSingle && node.IsScalar())
            return QStringList{yaml::toQString(node)};
        if (!node.IsSequence()) {
            error(node, Text::tr("type mismatch: %1 must be a list").arg(what), step);
            return std::nullopt;
        }
        QStringList values;
        for (const YAML::Node &item : node) {
            if (!item.IsScalar()) {
                error(item, Text::tr("type mismatch: every item of %1 must be a single value").arg(what), step);
                return std::nullopt;
            }
            values.append(yaml::toQString(item));
        }
        return values;
    }

    /** A mapping of scalars, in file order; records each entry's location. */
    std::optional<QList<QPair<QString, QString>>> scalarMap(const YAML::Node &node, const QString &what,
                                                             StepSpec *step, const QString &field)
    {
        const QString stepName = step ? step->name : QString();
        if (!node.IsMap()) {
            error(node, Text::tr("type mismatch: %1 must be a mapping of names to values").arg(what), stepName, field);
            return std::nullopt;
        }
        QList<QPair<QString, QString>> entries;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = yaml::toQString(it->first);
            if (!it->second.IsScalar()) {
                error(it->second, Text::tr("type mismatch: '%1' in %2 must be a single value").arg(key, what),
                      stepName, field + QLatin1Char('.') + key);
                continue;
            }
            entries.append({key, yaml::toQString(it->second)});
            if (step)
                step->locations.insert(field + QLatin1Char('.') + key, locationOf(it->second));
        }
        return entries;
    }

    /**
     * Names of an `environment` mapping that a process cannot get as written: "A=B"
     * became A with the value "B=…", a name with a space was dropped by the shell, and
     * the step contract's own variables (SM_*, MLOPS_*) were replaced by the runner's.
     */
    void checkEnvironmentNames(const YAML::Node &map, const QString &step)
    {
        static const QRegularExpression valid(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        if (!map.IsMap())
            return;
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString name = yaml::toQString(it->first);
            const QString field = QStringLiteral("environment.") + name;
            if (!valid.match(name).hasMatch())
                error(it->first, Text::tr("'%1' is not a valid environment variable name (letters, digits and '_', "
                                          "not starting with a digit)").arg(name),
                      step, field);
            else if (name.startsWith(QStringLiteral("SM_")) || name.startsWith(QStringLiteral("MLOPS_"))
                     || name == QStringLiteral("TRAINING_JOB_NAME"))
                error(it->first, Text::tr("'%1' is set by the runner (the step contract's variables SM_*, MLOPS_* "
                                          "and TRAINING_JOB_NAME); use another name").arg(name),
                      step, field);
        }
    }

    std::optional<RetryPolicy> retry(const YAML::Node &node, const QString &step)
    {
        RetryPolicy policy;
        if (node.IsScalar()) {
            bool ok = false;
            const int n = yaml::toQString(node).toInt(&ok);
            if (!ok || n < 0) {
                error(node, Text::tr("type mismatch: retries must be a whole number of retries (0 or more) or "
                                     "{max_attempts, interval, backoff_rate}"),
                      step, QStringLiteral("retries"));
                return std::nullopt;
            }
            policy.maxAttempts = n + 1;
            return policy;
        }
        if (!node.IsMap()) {
            error(node, Text::tr("type mismatch: retries must be a number or a mapping"), step, QStringLiteral("retries"));
            return std::nullopt;
        }
        checkKeys(node, {QStringLiteral("max_attempts"), QStringLiteral("interval"), QStringLiteral("backoff_rate")},
                  Text::tr("retries"), step);
        if (const YAML::Node n = node["max_attempts"]) {
            bool ok = false;
            policy.maxAttempts = yaml::toQString(n).toInt(&ok);
            if (!n.IsScalar() || !ok || policy.maxAttempts < 1)
                error(n, Text::tr("type mismatch: max_attempts must be a whole number of at least 1"), step);
        }
        if (const YAML::Node n = node["interval"]) {
            const std::optional<qint64> ms = n.IsScalar() ? parseDuration(yaml::toQString(n)) : std::nullopt;
            if (!ms)
                error(n, Text::tr("type mismatch: interval must be a duration such as 5s or PT5S"), step);
            else
                policy.intervalSeconds = double(*ms) / 1000.0;
        }
        if (const YAML::Node n = node["backoff_rate"]) {
            bool ok = false;
            policy.backoffRate = yaml::toQString(n).toDouble(&ok);
            if (!n.IsScalar() || !ok || policy.backoffRate < 1.0)
                error(n, Text::tr("type mismatch: backoff_rate must be a number of at least 1"), step);
        }
        return policy;
    }

    std::optional<CachePolicy> cache(const YAML::Node &node, const QString &step)
    {
        CachePolicy policy;
        if (node.IsScalar()) {
            const std::optional<bool> enabled = boolean(node, Text::tr("cache"), step);
            if (!enabled)
                return std::nullopt;
            policy.enabled = *enabled;
            return policy;
        }
        if (!node.IsMap()) {
            error(node, Text::tr("type mismatch: cache must be true, false or {enabled, expire_after}"), step);
            return std::nullopt;
        }
        checkKeys(node, {QStringLiteral("enabled"), QStringLiteral("expire_after")}, Text::tr("cache"), step);
        if (const YAML::Node n = node["enabled"]) {
            const std::optional<bool> enabled = boolean(n, QStringLiteral("cache.enabled"), step);
            if (enabled)
                policy.enabled = *enabled;
        }
        if (const YAML::Node n = node["expire_after"]) {
            const std::optional<qint64> ms = n.IsScalar() ? parseDuration(yaml::toQString(n)) : std::nullopt;
            if (!ms)
                error(n, Text::tr("type mismatch: expire_after must be a duration such as P7D or 12h"), step);
            else
                policy.expireAfterMs = *ms;
        }
        return policy;
    }

    std::optional<qint64> timeout(const YAML::Node &node, const QString &step)
    {
        const std::optional<qint64> ms = node.IsScalar() ? parseDuration(yaml::toQString(node)) : std::nullopt;
        if (!ms || *ms <= 0) {
            error(node, Text::tr("type mismatch: timeout must be a duration such as 30m, 90s or PT1H"), step,
                  QStringLiteral("timeout"));
            return std::nullopt;
        }
        return ms;
    }

    std::optional<QString> runner(const YAML::Node &node, const QString &step)
    {
        const std::optional<QString> value = scalar(node, Text::tr("runner"), step, QStringLiteral("runner"));
        if (!value)
            return std::nullopt;
        static const QStringList runners{QStringLiteral("process"), QStringLiteral("sandbox"),
                                         QStringLiteral("docker"), QStringLiteral("podman")};
        if (!runners.contains(*value)) {
            error(node, Text::tr("unknown runner '%1' (one of: %2)%3")
                            .arg(*value, runners.join(QStringLiteral(", ")), didYouMean(*value, runners)),
                  step, QStringLiteral("runner"));
            return std::nullopt;
        }
        return value;
    }

    void readStep(const YAML::Node &key, const YAML::Node &node, PipelineSpec &spec);
    void readParameters(const YAML::Node &node, PipelineSpec &spec);
    void readDefaults(const YAML::Node &node, PipelineSpec &spec);

private:
    QString m_file;
    LoadedPipeline &m_out;
};

void Reader::readParameters(const YAML::Node &node, PipelineSpec &spec)
{
    if (!node.IsMap()) {
        error(node, Text::tr("type mismatch: parameters must map names to default values"));
        return;
    }
    static const QRegularExpression number(QStringLiteral("^[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?$"));
    for (auto it = node.begin(); it != node.end(); ++it) {
        ParameterSpec p;
        p.name = yaml::toQString(it->first);
        p.location = locationOf(it->first);
        if (!nameRe().match(p.name).hasMatch())
            error(it->first, Text::tr("'%1' is not a valid parameter name (letters, digits, _ and -, starting "
                                      "with a letter)")
                                 .arg(p.name));
        const YAML::Node &value = it->second;
        if (!value.IsScalar()) {
            error(value, Text::tr("type mismatch: the default of parameter '%1' must be a single value").arg(p.name));
            continue;
        }
        p.defaultValue = yaml::toQString(value);
        // Plain scalars carry their YAML type; quoted ones are text.
        const bool plain = value.Tag() == "?";
        const QString lower = p.defaultValue.toLower();
        if (plain && number.match(p.defaultValue).hasMatch())
            p.type = ParameterSpec::Type::Number;
        else if (plain && (lower == QStringLiteral("true") || lower == QStringLiteral("false")))
            p.type = ParameterSpec::Type::Boolean;
        else
            p.type = ParameterSpec::Type::String;
        spec.parameters.append(p);
        spec.locations.insert(QStringLiteral("parameters.") + p.name, p.location);
    }
}

void Reader::readDefaults(const YAML::Node &node, PipelineSpec &spec)
{
    if (!node.IsMap()) {
        error(node, Text::tr("type mismatch: defaults must be a mapping"));
        return;
    }
    checkKeys(node, {QStringLiteral("runner"), QStringLiteral("image"), QStringLiteral("timeout"),
                     QStringLiteral("retries"), QStringLiteral("cache"), QStringLiteral("environment")},
              Text::tr("defaults"));
    StepDefaults &d = spec.defaults;
    if (const YAML::Node n = node["runner"])
        d.runner = runner(n, {});
    if (const YAML::Node n = node["image"])
        d.image = scalar(n, Text::tr("image"));
    if (const YAML::Node n = node["timeout"])
        d.timeoutMs = timeout(n, {});
    if (const YAML::Node n = node["retries"])
        d.retry = retry(n, {});
    if (const YAML::Node n = node["cache"])
        d.cache = cache(n, {});
    if (const YAML::Node n = node["environment"]) {
        checkEnvironmentNames(n, {});
        if (auto env = scalarMap(n, Text::tr("environment"), nullptr, QStringLiteral("environment"))) {
            for (const auto &[k, v] : std::as_const(*env))
                d.environment.insert(k, v);
        }
    }
}

void Reader::readStep(const YAML::Node &key, const YAML::Node &node, PipelineSpec &spec)
{
    StepSpec step;
    step.name = yaml::toQString(key);
    step.location = locationOf(key);
    const QString &name = step.name;
    if (!nameRe().match(name).hasMatch())
        error(key, Text::tr("'%1' is not a valid step name (letters, digits, _ and -, starting with a letter)")
                       .arg(name),
              name);
    if (!node.IsMap()) {
        error(node, Text::tr("type mismatch: step '%1' must be a mapping with at least a 'type'").arg(name), name);
        spec.steps.append(step);
        return;
    }
    const YAML::Node typeNode = node["type"];
    const StepType *type = nullptr;
    if (!typeNode) {
        error(key, Text::tr("step '%1' has no 'type' (one of: %2)")
                       .arg(name, StepTypeRegistry::instance().names().join(QStringLiteral(", "))),
              name, QStringLiteral("type"));
    } else if (std::optional<QString> t = scalar(typeNode, Text::tr("type"), name, QStringLiteral("type"))) {
        step.type = *t;
        step.locations.insert(QStringLiteral("type"), locationOf(typeNode));
        type = StepTypeRegistry::instance().find(*t);
        if (!type) {
            if (StepTypeRegistry::plannedTypes().contains(*t))
                error(typeNode, Text::tr("step type '%1' is not supported by this version of MLOps Studio yet "
                                         "(supported: %2)")
                                    .arg(*t, StepTypeRegistry::instance().names().join(QStringLiteral(", "))),
                      name, QStringLiteral("type"));
            else
                error(typeNode, Text::tr("unknown step type '%1' (one of: %2)%3")
                                    .arg(*t, StepTypeRegistry::instance().names().join(QStringLiteral(", ")),
                                         didYouMean(*t, StepTypeRegistry::instance().names())),
                      name, QStringLiteral("type"));
        }
    }

    QStringList allowed = commonStepKeys();
    if (type)
        allowed += type->keys();
    else  // unknown type: accept any known key so only the type error shows
        for (const QString &t : StepTypeRegistry::instance().names())
            allowed += StepTypeRegistry::instance().find(t)->keys();
    checkKeys(node, allowed, Text::tr("step '%1'").arg(name), name);
    if (type) {
        for (const QString &required : type->requiredKeys()) {
            if (!node[required.toStdString()])
                error(key, Text::tr("a %1 step needs '%2'").arg(type->name(), required), name, required);
        }
    }

    for (auto it = node.begin(); it != node.end(); ++it)
        step.locations.insert(yaml::toQString(it->first), locationOf(it->second));

    if (const YAML::Node n = node["description"]) {
        if (auto v = scalar(n, Text::tr("description"), name))
            step.description = *v;
    }
    if (const YAML::Node n = node["command"]) {
        if (n.IsScalar())
            error(n, Text::tr("type mismatch: command must be a list of arguments, e.g. [python, src/train.py, "
                              "--epochs, \"10\"] (commands never go through a shell)"),
                  name, QStringLiteral("command"));
        else if (auto v = list(n, Text::tr("command"), name)) {
            step.command = *v;
            if (v->isEmpty())
                error(n, Text::tr("the command is empty"), name, QStringLiteral("command"));
            int i = 0;
            for (const YAML::Node &arg : n)
                step.locations.insert(QStringLiteral("command.%1").arg(i++), locationOf(arg));
        }
    }
    if (const YAML::Node n = node["inputs"]) {
        if (auto entries = scalarMap(n, Text::tr("inputs"), &step, QStringLiteral("inputs"))) {
            for (const auto &[k, v] : std::as_const(*entries)) {
                if (!nameRe().match(k).hasMatch())
                    error(n, Text::tr("'%1' is not a valid input name").arg(k), name);
                step.inputs.append(InputSpec{k, v, step.where(QStringLiteral("inputs.") + k)});
            }
        }
    }
    if (const YAML::Node n = node["outputs"]) {
        if (auto v = list(n, Text::tr("outputs"), name)) {
            int i = 0;
            for (const YAML::Node &item : n) {
                const QString output = yaml::toQString(item);
                step.locations.insert(QStringLiteral("outputs.") + output, locationOf(item));
                if (!nameRe().match(output).hasMatch())
                    error(item, Text::tr("'%1' is not a valid output name").arg(output), name);
                else if (output == QStringLiteral("model"))
                    error(item, Text::tr("'model' is reserved: a training step's model is ${steps.%1.model}").arg(name),
                          name);
                else if (step.outputs.contains(output))
                    error(item, Text::tr("output '%1' is declared twice").arg(output), name);
                step.outputs.append(output);
                ++i;
            }
        }
    }
    if (const YAML::Node n = node["hyperparameters"]) {
        if (auto v = scalarMap(n, Text::tr("hyperparameters"), &step, QStringLiteral("hyperparameters")))
            step.hyperparameters = *v;
    }
    if (const YAML::Node n = node["properties"]) {
        if (auto v = scalarMap(n, Text::tr("properties"), &step, QStringLiteral("properties")))
            step.properties = *v;
    }
    if (const YAML::Node n = node["environment"]) {
        checkEnvironmentNames(n, name);
        if (auto v = scalarMap(n, Text::tr("environment"), &step, QStringLiteral("environment"))) {
            for (const auto &[k, value] : std::as_const(*v))
                step.environment.insert(k, value);
        }
    }
    if (const YAML::Node n = node["metrics"]) {
        if (!n.IsSequence()) {
            error(n, Text::tr("type mismatch: metrics must be a list of {name, regex}"), name, QStringLiteral("metrics"));
        } else {
            for (const YAML::Node &m : n) {
                if (!m.IsMap()) {
                    error(m, Text::tr("type mismatch: each metric must be {name: ..., regex: ...}"), name);
                    continue;
                }
                checkKeys(m, {QStringLiteral("name"), QStringLiteral("regex")}, Text::tr("a metric definition"), name);
                MetricDefinition def;
                def.location = locationOf(m);
                if (const YAML::Node nn = m["name"]) {
                    if (auto v = scalar(nn, Text::tr("the metric name"), name))
                        def.name = *v;
                } else {
                    error(m, Text::tr("a metric definition needs a 'name'"), name);
                }
                if (const YAML::Node rn = m["regex"]) {
                    if (auto v = scalar(rn, Text::tr("the metric regex"), name)) {
                        def.regex = *v;
                        const QRegularExpression re(def.regex);
                        if (!re.isValid())
                            error(rn, Text::tr("invalid regular expression for metric '%1': %2 (at character %3)")
                                          .arg(def.name, re.errorString())
                                          .arg(re.patternErrorOffset() + 1),
                                  name);
                        else if (re.captureCount() < 1)
                            error(rn, Text::tr("the regex of metric '%1' needs a group, e.g. accuracy=([0-9.]+)")
                                          .arg(def.name),
                                  name);
                    }
                } else {
                    error(m, Text::tr("a metric definition needs a 'regex'"), name);
                }
                step.metrics.append(def);
            }
        }
    }
    if (const YAML::Node n = node["runner"])
        step.runner = runner(n, name);
    if (const YAML::Node n = node["image"])
        step.image = scalar(n, Text::tr("image"), name, QStringLiteral("image"));
    if (const YAML::Node n = node["build"]) {
        if (n.IsScalar()) {
            step.build.context = yaml::toQString(n);
        } else if (n.IsMap()) {
            checkKeys(n, {QStringLiteral("context"), QStringLiteral("dockerfile")}, Text::tr("build"), name);
            if (const YAML::Node c = n["context"]) {
                if (auto v = scalar(c, Text::tr("build.context"), name))
                    step.build.context = *v;
                step.locations.insert(QStringLiteral("build.context"), locationOf(c));
            } else {
                error(n, Text::tr("build needs a 'context' folder"), name, QStringLiteral("build"));
            }
            if (const YAML::Node f = n["dockerfile"]) {
                if (auto v = scalar(f, Text::tr("build.dockerfile"), name))
                    step.build.dockerfile = *v;
                step.locations.insert(QStringLiteral("build.dockerfile"), locationOf(f));
            }
        } else {
            error(n, Text::tr("type mismatch: build must be a folder or {context, dockerfile}"), name);
        }
    }
    if (const YAML::Node n = node["resources"]) {
        if (!n.IsMap()) {
            error(n, Text::tr("type mismatch: resources must be {cpus, memory, gpus}"), name);
        } else {
            checkKeys(n, {QStringLiteral("cpus"), QStringLiteral("memory"), QStringLiteral("gpus")},
                      Text::tr("resources"), name);
            if (const YAML::Node c = n["cpus"]) {
                bool ok = false;
                step.resources.cpus = yaml::toQString(c).toDouble(&ok);
                // "nan" and "inf" read as numbers, and neither is a number of CPUs.
                if (!c.IsScalar() || !ok || !std::isfinite(step.resources.cpus) || step.resources.cpus <= 0) {
                    error(c, Text::tr("type mismatch: cpus must be a positive number"), name);
                    step.resources.cpus = 0;
                } else if (step.resources.cpus < kMinimumCpus) {
                    error(c, Text::tr("cpus must be at least %1, the smallest share the container engines give")
                                 .arg(kMinimumCpus), name);
                }
            }
            if (const YAML::Node m = n["memory"]) {
                const std::optional<qint64> bytes = m.IsScalar() ? parseMemory(yaml::toQString(m)) : std::nullopt;
                if (!bytes)
                    error(m, Text::tr("type mismatch: memory must be a size such as 512m or 4g"), name);
                else if (*bytes < kMinimumMemoryBytes)
                    error(m, Text::tr("memory must be at least 6m, the smallest limit the container engines "
                                      "accept"), name);
                else
                    step.resources.memoryBytes = *bytes;
            }
            if (const YAML::Node g = n["gpus"]) {
                bool ok = false;
                step.resources.gpus = yaml::toQString(g).toInt(&ok);
                if (!g.IsScalar() || !ok || step.resources.gpus < 0)
                    error(g, Text::tr("type mismatch: gpus must be a whole number"), name);
            }
        }
    }
    if (const YAML::Node n = node["timeout"])
        step.timeoutMs = timeout(n, name);
    if (const YAML::Node n = node["retries"])
        step.retry = retry(n, name);
    if (const YAML::Node n = node["cache"])
        step.cache = cache(n, name);
    if (const YAML::Node n = node["network"]) {
        if (auto v = boolean(n, Text::tr("network"), name))
            step.network = *v;
    }
    if (const YAML::Node n = node["code"]) {
        if (auto v = scalar(n, Text::tr("code"), name)) {
            step.code = *v;
            if (!isSafeRelativePath(step.code))
                error(n, Text::tr("code must be a folder inside the workspace, not '%1'").arg(step.code), name);
        }
    }
    if (const YAML::Node n = node["depends_on"]) {
        if (auto v = list(n, Text::tr("depends_on"), name, true)) {
            step.dependsOn = *v;
            if (n.IsSequence()) {
                for (const YAML::Node &item : n)
                    step.locations.insert(QStringLiteral("depends_on.") + yaml::toQString(item), locationOf(item));
            } else {
                step.locations.insert(QStringLiteral("depends_on.") + yaml::toQString(n), locationOf(n));
            }
        }
    }
    if (const YAML::Node n = node["when"]) {
        if (auto v = scalar(n, Text::tr("when"), name, QStringLiteral("when")))
            step.when = *v;
    }
    for (const char *branch : {"then", "else"}) {
        if (const YAML::Node n = node[branch]) {
            if (n.IsNull())
                continue;
            if (auto v = list(n, QString::fromLatin1(branch), name, true)) {
                (QLatin1String(branch) == QLatin1String("then") ? step.thenSteps : step.elseSteps) = *v;
                const QString prefix = QString::fromLatin1(branch) + QLatin1Char('.');
                if (n.IsSequence()) {
                    for (const YAML::Node &item : n)
                        step.locations.insert(prefix + yaml::toQString(item), locationOf(item));
                } else {
                    step.locations.insert(prefix + yaml::toQString(n), locationOf(n));
                }
            }
        }
    }
    if (const YAML::Node n = node["message"]) {
        if (auto v = scalar(n, Text::tr("message"), name))
            step.message = *v;
    }
    // Fields only some types have (register-model's `model`, `group`…) go to `extra`.
    static const QStringList handled = {
        QStringLiteral("type"), QStringLiteral("description"), QStringLiteral("depends_on"), QStringLiteral("metadata"),
        QStringLiteral("command"), QStringLiteral("inputs"), QStringLiteral("outputs"), QStringLiteral("hyperparameters"),
        QStringLiteral("properties"), QStringLiteral("environment"), QStringLiteral("metrics"), QStringLiteral("runner"),
        QStringLiteral("image"), QStringLiteral("build"), QStringLiteral("resources"), QStringLiteral("timeout"),
        QStringLiteral("retries"), QStringLiteral("cache"), QStringLiteral("network"), QStringLiteral("code"),
        QStringLiteral("when"), QStringLiteral("then"), QStringLiteral("else"), QStringLiteral("message")};
    if (type) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = yaml::toQString(it->first);
            if (handled.contains(key) || !type->keys().contains(key))
                continue;
            if (auto v = scalar(it->second, key, name, key))
                step.extra.insert(key, *v);
        }
    }
    spec.steps.append(step);
}

} // namespace

std::optional<qint64> parseMemory(const QString &input)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmgt]i?b?|b)?\\s*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(input);
    if (!m.hasMatch())
        return std::nullopt;
    const double value = m.captured(1).toDouble();
    const QString unit = m.captured(2).toLower();
    double factor = 1;
    if (unit.startsWith(QLatin1Char('k')))
        factor = 1024.0;
    else if (unit.startsWith(QLatin1Char('m')))
        factor = 1024.0 * 1024;
    else if (unit.startsWith(QLatin1Char('g')))
        factor = 1024.0 * 1024 * 1024;
    else if (unit.startsWith(QLatin1Char('t')))
        factor = 1024.0 * 1024 * 1024 * 1024;
    const qint64 bytes = qint64(value * factor);
    return bytes > 0 ? std::optional<qint64>(bytes) : std::nullopt;
}

QStringList PipelineLoader::topLevelKeys()
{
    return {QStringLiteral("name"),     QStringLiteral("description"), QStringLiteral("parameters"),
            QStringLiteral("defaults"), QStringLiteral("steps"),       QStringLiteral("metadata")};
}

LoadedPipeline PipelineLoader::load(const QString &file, const QByteArray &text)
{
    LoadedPipeline out;
    out.spec.file = file;
    Result<YAML::Node> doc = yaml::parse(file, text);
    if (!doc) {
        Diagnostic d;
        d.message = doc.error().message;
        d.file = file;
        d.line = doc.error().line;
        d.column = doc.error().column;
        out.diagnostics.append(d);
        return out;
    }
    out.parsed = true;
    Reader reader(file, out);
    const YAML::Node &root = *doc;
    if (!root.IsMap()) {
        reader.error(root, root.IsNull() ? Text::tr("the pipeline file is empty: it needs 'name' and 'steps'")
                                         : Text::tr("a pipeline file must be a mapping with 'name' and 'steps'"));
        return out;
    }
    reader.checkKeys(root, topLevelKeys(), Text::tr("the pipeline"));
    PipelineSpec &spec = out.spec;
    if (const YAML::Node n = root["name"]) {
        if (auto v = reader.scalar(n, Text::tr("name")))
            spec.name = *v;
        spec.locations.insert(QStringLiteral("name"), locationOf(n));
    }
    if (spec.name.isEmpty()) {
        spec.name = QFileInfo(file).completeBaseName();
    }
    if (const YAML::Node n = root["description"]) {
        if (auto v = reader.scalar(n, Text::tr("description")))
            spec.description = *v;
    }
    if (const YAML::Node n = root["parameters"])
        reader.readParameters(n, spec);
    if (const YAML::Node n = root["defaults"])
        reader.readDefaults(n, spec);
    const YAML::Node steps = root["steps"];
    if (!steps || steps.IsNull()) {
        reader.error(root, Text::tr("the pipeline has no 'steps'"));
        return out;
    }
    if (!steps.IsMap()) {
        reader.error(steps, Text::tr("type mismatch: 'steps' must map step names to steps"));
        return out;
    }
    spec.locations.insert(QStringLiteral("steps"), locationOf(steps));
    QSet<QString> seen;
    for (auto it = steps.begin(); it != steps.end(); ++it) {
        const QString name = yaml::toQString(it->first);
        if (seen.contains(name)) {
            reader.error(it->first, Text::tr("step '%1' is defined twice").arg(name), name);
            continue;
        }
        seen.insert(name);
        reader.readStep(it->first, it->second, spec);
    }
    return out;
}

LoadedPipeline PipelineLoader::loadFile(const QString &path, const QString &displayName)
{
    const QString shown = displayName.isEmpty() ? path : displayName;
    // A folder stands for its pipeline files; one without any is no file to read either.
    Result<QByteArray> text = Error{Text::tr("a folder with no pipeline files (*.yaml, *.yml) in it"), path};
    if (!QFileInfo(path).isDir())
        text = readFile(path);
    if (!text) {
        LoadedPipeline out;
        out.spec.file = shown;
        Diagnostic d;
        d.message = text.error().message;
        d.file = shown;
        out.diagnostics.append(d);
        return out;
    }
    return load(shown, *text);
}

} // namespace mlops
