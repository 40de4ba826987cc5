// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// Connecting and disconnecting ports of a pipeline document: which connections are
// allowed, and the undoable edits that make or remove them.
#include "views/pipeline/pipelinedocument.h"

#include "core/pipeline/pipelineedit.h"
#include "core/pipeline/steptype.h"
#include "views/pipeline/changestep.h"

#include <QUndoStack>

namespace mlops {

namespace {

QString portText(const PortRef &p)
{
    switch (p.kind) {
    case PortRef::Kind::Output:
    case PortRef::Kind::Input:
    case PortRef::Kind::Property: return p.step + QLatin1Char('.') + p.name;
    case PortRef::Kind::Model: return p.step + QStringLiteral(".model");
    case PortRef::Kind::Then: return p.step + QStringLiteral(".then");
    case PortRef::Kind::Else: return p.step + QStringLiteral(".else");
    case PortRef::Kind::Done:
    case PortRef::Kind::Trigger: break;
    }
    return p.step;
}

/** A step type with a `model` field and no inputs: a model dropped on it is its model. */
bool takesModelField(const StepType *type)
{
    return type && type->keys().contains(QStringLiteral("model")) && !type->keys().contains(QStringLiteral("inputs"));
}

} // namespace

std::optional<QString> PipelineDocument::connectionProblem(const PortRef &from, const PortRef &to) const
{
    settleText();
    const StepSpec *source = m_spec.step(from.step);
    const StepSpec *target = m_spec.step(to.step);
    if (!source || !target)
        return tr("unknown step");
    if (!from.isSource())
        return tr("drag from an output, the model, a branch or the handle at a step's lower left");
    if (from.kind == PortRef::Kind::Property)
        return tr("a property is a value: use ${steps.%1.properties.%2} in a field of the other step, such as its "
                  "command or condition")
            .arg(from.step, from.name);
    if (to.isSource())
        return tr("drop on another step or one of its inputs");
    if (from.step == to.step)
        return tr("a step cannot connect to itself");
    if (graph().descendants(to.step).contains(from.step))
        return tr("%1 already runs before %2: this connection would form a cycle").arg(to.step, from.step);
    const StepType *targetType = StepTypeRegistry::instance().find(target->type);
    switch (from.kind) {
    case PortRef::Kind::Output:
    case PortRef::Kind::Model:
        // A step that takes a model (register-model) reads it from its `model` field, the
        // edge the canvas draws for `model: ${steps.X.model}`.
        if (from.kind == PortRef::Kind::Model && takesModelField(targetType))
            break;
        if (targetType && !targetType->keys().contains(QStringLiteral("inputs")))
            return from.kind == PortRef::Kind::Output && targetType->keys().contains(QStringLiteral("model"))
                       ? tr("a %1 step takes a model, not an output: drag from a training step's model")
                             .arg(target->type)
                       : tr("a %1 step has no inputs").arg(target->type);
        break;
    case PortRef::Kind::Done:
        if (target->dependsOn.contains(from.step))
            return tr("%1 already runs after %2").arg(to.step, from.step);
        break;
    case PortRef::Kind::Then:
        if (source->thenSteps.contains(to.step))
            return tr("%1 is already on the 'then' branch of %2").arg(to.step, from.step);
        break;
    case PortRef::Kind::Else:
        if (source->elseSteps.contains(to.step))
            return tr("%1 is already on the 'else' branch of %2").arg(to.step, from.step);
        break;
    default: break;
    }
    return std::nullopt;
}

bool PipelineDocument::connectPorts(const PortRef &from, const PortRef &to)
{
    settleText();
    if (!m_graphEditable || connectionProblem(from, to))
        return false;
    const QString text = tr("Connect %1 to %2").arg(portText(from), portText(to));
    if (from.kind == PortRef::Kind::Then || from.kind == PortRef::Kind::Else) {
        StepSpec changed = *m_spec.step(from.step);
        QStringList &add = from.kind == PortRef::Kind::Then ? changed.thenSteps : changed.elseSteps;
        QStringList &drop = from.kind == PortRef::Kind::Then ? changed.elseSteps : changed.thenSteps;
        add.append(to.step);
        drop.removeAll(to.step);
        return push(new ConnectPorts(this, *m_spec.step(from.step), changed, text));
    }
    StepSpec changed = *m_spec.step(to.step);
    if (from.kind == PortRef::Kind::Done) {
        changed.dependsOn.append(from.step);
        return push(new ConnectPorts(this, *m_spec.step(to.step), changed, text));
    }
    const QString reference = from.kind == PortRef::Kind::Model
                                  ? QStringLiteral("${steps.%1.model}").arg(from.step)
                                  : QStringLiteral("${steps.%1.outputs.%2}").arg(from.step, from.name);
    if (from.kind == PortRef::Kind::Model && takesModelField(StepTypeRegistry::instance().find(changed.type))) {
        changed.extra.insert(QStringLiteral("model"), reference);
        return push(new ConnectPorts(this, *m_spec.step(to.step), changed, text));
    }
    bool found = false;
    if (to.kind == PortRef::Kind::Input) {
        for (InputSpec &in : changed.inputs) {
            if (in.name == to.name) {
                in.value = reference;
                found = true;
            }
        }
    }
    if (!found) {
        QStringList taken;
        for (const InputSpec &in : std::as_const(changed.inputs))
            taken.append(in.name);
        const QString base = pipelineedit::isValidName(from.name) ? from.name : QStringLiteral("input");
        changed.inputs.append(InputSpec{pipelineedit::uniqueName(taken, base), reference, {}});
    }
    return push(new ConnectPorts(this, *m_spec.step(to.step), changed, text));
}

QString PipelineDocument::edgeField(const GraphEdge &edge) const
{
    switch (edge.kind) {
    case GraphEdge::Kind::Data:
    case GraphEdge::Kind::Value: {
        // PipelineGraph names an input by its name, any other field by its path.
        const StepSpec *target = m_spec.step(edge.to);
        return target && target->input(edge.toPort) ? QStringLiteral("inputs.") + edge.toPort : edge.toPort;
    }
    case GraphEdge::Kind::Order: return QStringLiteral("depends_on");
    case GraphEdge::Kind::Branch: return edge.fromPort;
    }
    return QString();
}

bool PipelineDocument::canDisconnect(const GraphEdge &edge) const
{
    settleText();
    const StepSpec *from = m_spec.step(edge.from);
    const StepSpec *to = m_spec.step(edge.to);
    if (!m_graphEditable || !from || !to)
        return false;
    switch (edge.kind) {
    case GraphEdge::Kind::Data: return to->input(edge.toPort) != nullptr;
    case GraphEdge::Kind::Order: return to->dependsOn.contains(edge.from);
    case GraphEdge::Kind::Branch:
        return (edge.fromPort == QStringLiteral("then") ? from->thenSteps : from->elseSteps).contains(edge.to);
    case GraphEdge::Kind::Value: break;
    }
    return false;
}

bool PipelineDocument::disconnect(const GraphEdge &edge)
{
    settleText();
    if (!m_graphEditable || !m_spec.step(edge.from) || !m_spec.step(edge.to))
        return false;
    const QString text = tr("Disconnect %1 from %2").arg(edge.to, edge.from);
    switch (edge.kind) {
    case GraphEdge::Kind::Data: {
        StepSpec changed = *m_spec.step(edge.to);
        if (!changed.input(edge.toPort))
            return false;  // a reference inside another field
        const qsizetype before = changed.inputs.size();
        changed.inputs.removeIf([&edge](const InputSpec &in) { return in.name == edge.toPort; });
        if (changed.inputs.size() == before)
            return false;
        return push(new DisconnectPorts(this, *m_spec.step(edge.to), changed, text));
    }
    case GraphEdge::Kind::Order: {
        StepSpec changed = *m_spec.step(edge.to);
        if (changed.dependsOn.removeAll(edge.from) == 0)
            return false;
        return push(new DisconnectPorts(this, *m_spec.step(edge.to), changed, text));
    }
    case GraphEdge::Kind::Branch: {
        StepSpec changed = *m_spec.step(edge.from);
        QStringList &list = edge.fromPort == QStringLiteral("then") ? changed.thenSteps : changed.elseSteps;
        if (list.removeAll(edge.to) == 0)
            return false;
        return push(new DisconnectPorts(this, *m_spec.step(edge.from), changed, text));
    }
    case GraphEdge::Kind::Value:
        break;  // a reference inside a string: edited in the properties panel
    }
    return false;
}

} // namespace mlops
