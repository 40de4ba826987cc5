// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/pipeline/pipelineedit.h"

#include "core/pipeline/pipelinegraph.h"
#include "core/pipeline/steptype.h"

#include <QRegularExpression>
#include <QSet>

namespace mlops::pipelineedit {

bool isValidName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]*$"));
    return re.match(name).hasMatch();
}

QString uniqueStepName(const PipelineSpec &spec, const QString &base)
{
    QString stem = base;
    if (!isValidName(stem))
        stem = QStringLiteral("step");
    if (!spec.step(stem))
        return stem;
    // "train-2" → stem "train", so copies of copies count on.
    static const QRegularExpression numbered(QStringLiteral("^(.*)-(\\d+)$"));
    if (const QRegularExpressionMatch m = numbered.match(stem); m.hasMatch())
        stem = m.captured(1);
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1-%2").arg(stem).arg(n);
        if (!spec.step(candidate))
            return candidate;
    }
}

QString uniqueName(const QStringList &taken, const QString &base)
{
    if (!taken.contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1_%2").arg(base).arg(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

QString rewriteReferences(const QString &text, const std::function<std::optional<QString>(const Reference &)> &change)
{
    if (!text.contains(QStringLiteral("${")))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (text.at(i) == QLatin1Char('$') && text.mid(i, 3) == QStringLiteral("$${")) {
            out += QStringLiteral("$${");
            i += 3;
            continue;
        }
        if (text.at(i) == QLatin1Char('$') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('{')) {
            const qsizetype close = text.indexOf(QLatin1Char('}'), i + 2);
            if (close < 0) {
                out += text.mid(i);  // an unclosed "${" and what follows stay as they were
                break;
            }
            const QString inner = text.mid(i + 2, close - i - 2);
            Result<Reference> ref = Reference::parse(inner);
            std::optional<QString> replacement;
            if (ref)
                replacement = change(*ref);
            out += QStringLiteral("${") + (replacement ? *replacement : inner) + QLatin1Char('}');
            i = close + 1;
            continue;
        }
        out += text.at(i);
        ++i;
    }
    return out;
}

void rewriteStepStrings(StepSpec &step, const std::function<QString(const QString &)> &rewrite)
{
    for (QString &arg : step.command)
        arg = rewrite(arg);
    for (InputSpec &in : step.inputs)
        in.value = rewrite(in.value);
    for (auto &[k, v] : step.hyperparameters)
        v = rewrite(v);
    for (auto it = step.environment.begin(); it != step.environment.end(); ++it)
        *it = rewrite(*it);
    for (auto &[k, v] : step.properties)
        v = rewrite(v);
    step.when = rewrite(step.when);
    step.message = rewrite(step.message);
    if (step.image)
        step.image = rewrite(*step.image);
    for (auto it = step.extra.begin(); it != step.extra.end(); ++it) {
        if (it->typeId() == QMetaType::QString)
            *it = rewrite(it->toString());
    }
}

void renameStep(PipelineSpec &spec, const QString &from, const QString &to)
{
    const auto change = [&](const Reference &r) -> std::optional<QString> {
        if (!r.isStep() || r.step != from)
            return std::nullopt;
        return QStringLiteral("steps.") + to + r.text.mid(QStringLiteral("steps.").size() + from.size());
    };
    for (StepSpec &s : spec.steps) {
        if (s.name == from)
            s.name = to;
        rewriteStepStrings(s, [&](const QString &t) { return rewriteReferences(t, change); });
        for (QStringList *list : {&s.dependsOn, &s.thenSteps, &s.elseSteps}) {
            for (QString &entry : *list) {
                if (entry == from)
                    entry = to;
            }
        }
    }
}

void renameSteps(PipelineSpec &spec, const QHash<QString, QString> &renames)
{
    if (renames.isEmpty())
        return;
    const auto change = [&](const Reference &r) -> std::optional<QString> {
        const auto it = r.isStep() ? renames.constFind(r.step) : renames.cend();
        if (it == renames.cend())
            return std::nullopt;
        return QStringLiteral("steps.") + it.value() + r.text.mid(QStringLiteral("steps.").size() + r.step.size());
    };
    for (StepSpec &s : spec.steps) {
        s.name = renames.value(s.name, s.name);
        rewriteStepStrings(s, [&](const QString &t) { return rewriteReferences(t, change); });
        for (QStringList *list : {&s.dependsOn, &s.thenSteps, &s.elseSteps}) {
            for (QString &entry : *list)
                entry = renames.value(entry, entry);
        }
    }
}

void renameParameter(PipelineSpec &spec, const QString &from, const QString &to)
{
    for (ParameterSpec &p : spec.parameters) {
        if (p.name == from)
            p.name = to;
    }
    const auto change = [&](const Reference &r) -> std::optional<QString> {
        if (r.kind != Reference::Kind::Parameter || r.name != from)
            return std::nullopt;
        return QStringLiteral("parameters.") + to;
    };
    for (StepSpec &s : spec.steps)
        rewriteStepStrings(s, [&](const QString &t) { return rewriteReferences(t, change); });
    if (spec.defaults.image)
        spec.defaults.image = rewriteReferences(*spec.defaults.image, change);
}

QStringList unlinkStep(PipelineSpec &spec, const QString &name)
{
    QStringList changed;
    for (StepSpec &s : spec.steps) {
        if (s.name == name)
            continue;
        bool touched = s.dependsOn.removeAll(name) + s.thenSteps.removeAll(name) + s.elseSteps.removeAll(name) > 0;
        for (qsizetype i = s.inputs.size() - 1; i >= 0; --i) {
            const QList<Reference> refs = referencesIn(s.inputs.at(i).value);
            if (refs.size() == 1 && refs.first().isStep() && refs.first().step == name) {
                s.inputs.removeAt(i);
                touched = true;
            }
        }
        if (touched)
            changed.append(s.name);
    }
    return changed;
}

QStringList stepsReferencing(const PipelineSpec &spec, const QString &name)
{
    QStringList names;
    for (const StepSpec &s : spec.steps) {
        if (s.name == name)
            continue;
        bool uses = s.dependsOn.contains(name) || s.thenSteps.contains(name) || s.elseSteps.contains(name);
        for (const FieldReference &r : stepReferences(s))
            uses = uses || (r.reference.isStep() && r.reference.step == name);
        if (uses)
            names.append(s.name);
    }
    return names;
}

StepSpec retyped(const StepSpec &step, const QString &type, const PipelineSpec &pipeline)
{
    StepSpec s;
    s.name = step.name;
    s.type = type;
    s.description = step.description;
    s.dependsOn = step.dependsOn;
    const StepType *t = StepTypeRegistry::instance().find(type);
    const QStringList keys = t ? t->keys() : QStringList();
    auto has = [&keys](const char *key) { return keys.contains(QLatin1String(key)); };
    if (has("command"))
        s.command = step.command;
    if (has("inputs"))
        s.inputs = step.inputs;
    if (has("outputs"))
        s.outputs = step.outputs;
    if (has("hyperparameters"))
        s.hyperparameters = step.hyperparameters;
    if (has("metrics"))
        s.metrics = step.metrics;
    if (has("properties"))
        s.properties = step.properties;
    if (has("environment"))
        s.environment = step.environment;
    if (has("runner"))
        s.runner = step.runner;
    if (has("image"))
        s.image = step.image;
    if (has("build"))
        s.build = step.build;
    if (has("resources"))
        s.resources = step.resources;
    if (has("timeout"))
        s.timeoutMs = step.timeoutMs;
    if (has("retries"))
        s.retry = step.retry;
    if (has("cache"))
        s.cache = step.cache;
    if (has("network"))
        s.network = step.network;
    if (has("code"))
        s.code = step.code;
    if (has("when"))
        s.when = step.when;
    if (has("then"))
        s.thenSteps = step.thenSteps;
    if (has("else"))
        s.elseSteps = step.elseSteps;
    if (has("message"))
        s.message = step.message;
    for (auto it = step.extra.cbegin(); it != step.extra.cend(); ++it) {
        if (keys.contains(it.key()))
            s.extra.insert(it.key(), it.value());
    }
    if (t && t->execution() == StepType::Execution::Command && s.command.isEmpty() && keys.contains(QLatin1String("command")))
        s.command = QStringList{QStringLiteral("python"), QStringLiteral("src/%1.py").arg(s.name)};
    if (t)
        t->prefill(s, pipeline);
    return s;
}

} // namespace mlops::pipelineedit
