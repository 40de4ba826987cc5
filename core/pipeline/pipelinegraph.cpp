// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/pipeline/pipelinegraph.h"

#include "core/pipeline/reference.h"

#include <QSet>

#include <functional>

namespace mlops {

QList<FieldReference> stepReferences(const StepSpec &step)
{
    QList<FieldReference> refs;
    auto scan = [&refs](const QString &field, const QString &text) {
        Result<QList<TemplatePart>> parts = parseTemplate(text);
        if (!parts)
            return;
        for (const TemplatePart &p : std::as_const(*parts)) {
            if (p.isReference)
                refs.append(FieldReference{field, text, p.reference, p.offset});
        }
    };
    for (int i = 0; i < step.command.size(); ++i)
        scan(QStringLiteral("command.%1").arg(i), step.command.at(i));
    for (const InputSpec &in : step.inputs)
        scan(QStringLiteral("inputs.") + in.name, in.value);
    for (const auto &[k, v] : step.hyperparameters)
        scan(QStringLiteral("hyperparameters.") + k, v);
    for (auto it = step.environment.cbegin(); it != step.environment.cend(); ++it)
        scan(QStringLiteral("environment.") + it.key(), it.value());
    for (const auto &[k, v] : step.properties)
        scan(QStringLiteral("properties.") + k, v);
    if (!step.when.isEmpty()) {
        // Conditions are expressions, but their references use the same syntax.
        int pos = 0;
        while ((pos = int(step.when.indexOf(QStringLiteral("${"), pos))) >= 0) {
            const int close = int(step.when.indexOf(QLatin1Char('}'), pos));
            if (close < 0)
                break;
            if (pos > 0 && step.when.at(pos - 1) == QLatin1Char('$')) {
                pos = close + 1;  // $${ is a literal ${
                continue;
            }
            Result<Reference> r = Reference::parse(step.when.mid(pos + 2, close - pos - 2));
            if (r)
                refs.append(FieldReference{QStringLiteral("when"), step.when, *r, pos});
            pos = close + 1;
        }
    }
    if (!step.message.isEmpty())
        scan(QStringLiteral("message"), step.message);
    if (step.image)
        scan(QStringLiteral("image"), *step.image);
    for (auto it = step.extra.cbegin(); it != step.extra.cend(); ++it) {
        if (it.value().typeId() == QMetaType::QString)
            scan(it.key(), it.value().toString());
    }
    return refs;
}

PipelineGraph PipelineGraph::build(const PipelineSpec &spec)
{
    PipelineGraph g;
    g.m_steps = spec.stepNames();
    const QSet<QString> known(g.m_steps.cbegin(), g.m_steps.cend());
    auto add = [&g, &known](GraphEdge e) {
        if (!known.contains(e.from) || !known.contains(e.to) || e.from == e.to)
            return;
        g.m_edges.append(e);
        if (!g.m_deps[e.to].contains(e.from))
            g.m_deps[e.to].append(e.from);
        if (!g.m_dependents[e.from].contains(e.to))
            g.m_dependents[e.from].append(e.to);
    };
    for (const StepSpec &step : spec.steps) {
        for (const FieldReference &r : stepReferences(step)) {
            if (!r.reference.isStep())
                continue;
            GraphEdge e;
            e.from = r.reference.step;
            e.to = step.name;
            e.kind = r.reference.isArtifact() ? GraphEdge::Kind::Data : GraphEdge::Kind::Value;
            e.fromPort = r.reference.kind == Reference::Kind::StepModel ? QStringLiteral("model")
                                                                        : r.reference.name;
            e.toPort = r.field.startsWith(QStringLiteral("inputs.")) ? r.field.mid(7) : r.field;
            add(e);
        }
        for (const QString &dep : step.dependsOn)
            add(GraphEdge{dep, step.name, GraphEdge::Kind::Order, {}, {}});
        for (const QString &t : step.thenSteps)
            add(GraphEdge{step.name, t, GraphEdge::Kind::Branch, QStringLiteral("then"), {}});
        for (const QString &t : step.elseSteps)
            add(GraphEdge{step.name, t, GraphEdge::Kind::Branch, QStringLiteral("else"), {}});
    }
    // Keep dependency lists in file order, whatever order the edges came in.
    for (auto it = g.m_deps.begin(); it != g.m_deps.end(); ++it) {
        QStringList ordered;
        for (const QString &s : std::as_const(g.m_steps)) {
            if (it->contains(s))
                ordered.append(s);
        }
        *it = ordered;
    }
    return g;
}

QStringList PipelineGraph::dependencies(const QString &step) const
{
    return m_deps.value(step);
}

QStringList PipelineGraph::dependents(const QString &step) const
{
    return m_dependents.value(step);
}

QStringList PipelineGraph::descendants(const QString &step) const
{
    QStringList result;
    QSet<QString> seen;
    QStringList queue = dependents(step);
    while (!queue.isEmpty()) {
        const QString s = queue.takeFirst();
        if (seen.contains(s) || s == step)
            continue;
        seen.insert(s);
        result.append(s);
        queue += dependents(s);
    }
    return result;
}

std::optional<QStringList> PipelineGraph::findCycle() const
{
    enum class Mark { None, Active, Done };
    QHash<QString, Mark> mark;
    QStringList stack;
    std::optional<QStringList> cycle;
    std::function<bool(const QString &)> visit = [&](const QString &s) -> bool {
        mark[s] = Mark::Active;
        stack.append(s);
        for (const QString &next : dependents(s)) {
            const Mark m = mark.value(next, Mark::None);
            if (m == Mark::Active) {
                QStringList path = stack.mid(stack.indexOf(next));
                path.append(next);
                cycle = path;
                return true;
            }
            if (m == Mark::None && visit(next))
                return true;
        }
        stack.removeLast();
        mark[s] = Mark::Done;
        return false;
    };
    for (const QString &s : m_steps) {
        if (mark.value(s, Mark::None) == Mark::None && visit(s))
            return cycle;
    }
    return std::nullopt;
}

QStringList PipelineGraph::topologicalOrder() const
{
    QHash<QString, int> pending;
    for (const QString &s : m_steps)
        pending.insert(s, int(dependencies(s).size()));
    QStringList order;
    QStringList ready;
    for (const QString &s : m_steps) {
        if (pending.value(s) == 0)
            ready.append(s);
    }
    while (!ready.isEmpty()) {
        const QString s = ready.takeFirst();
        order.append(s);
        for (const QString &d : dependents(s)) {
            if (--pending[d] == 0)
                ready.append(d);
        }
    }
    return order;
}

QHash<QString, int> PipelineGraph::layers() const
{
    QHash<QString, int> layer;
    for (const QString &s : topologicalOrder()) {
        int l = 0;
        for (const QString &d : dependencies(s))
            l = std::max(l, layer.value(d) + 1);
        layer.insert(s, l);
    }
    return layer;
}

} // namespace mlops
