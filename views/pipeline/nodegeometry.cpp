// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/nodegeometry.h"

#include "core/pipeline/steptype.h"

#include <algorithm>

namespace mlops {

namespace {

qreal rowWidth(qsizetype ports)
{
    return NodeGeometry::kPortsStart + qreal(ports) * NodeGeometry::kPortSpacing + 8;
}

QList<PortRef> inputPorts(const StepSpec &step)
{
    QList<PortRef> ports;
    for (const InputSpec &in : step.inputs)
        ports.append(PortRef{step.name, PortRef::Kind::Input, in.name});
    return ports;
}

} // namespace

QList<PortRef> NodeGeometry::sourcePorts(const StepSpec &step)
{
    QList<PortRef> ports;
    for (const QString &out : step.outputs)
        ports.append(PortRef{step.name, PortRef::Kind::Output, out});
    const StepType *type = StepTypeRegistry::instance().find(step.type);
    if (type && type->producesModel())
        ports.append(PortRef{step.name, PortRef::Kind::Model, QStringLiteral("model")});
    for (const auto &[name, path] : step.properties)
        ports.append(PortRef{step.name, PortRef::Kind::Property, name});
    if (type && type->execution() == StepType::Execution::Condition) {
        ports.append(PortRef{step.name, PortRef::Kind::Then, QStringLiteral("then")});
        ports.append(PortRef{step.name, PortRef::Kind::Else, QStringLiteral("else")});
    }
    return ports;
}

QSizeF NodeGeometry::size(const StepSpec &step)
{
    const qsizetype most = std::max(step.inputs.size(), sourcePorts(step).size());
    return QSizeF(std::max(kMinWidth, rowWidth(most)), kHeight);
}

QList<PortSlot> NodeGeometry::ports(const StepSpec &step)
{
    const qreal width = size(step).width();
    QList<PortSlot> result;
    result.append(PortSlot{PortRef{step.name, PortRef::Kind::Trigger, {}}, QPointF(kAnchorX, 0), true, {}});
    auto row = [&](const QList<PortRef> &ports, bool top) {
        if (ports.isEmpty())
            return;
        // Spread the ports over the room right of the anchor, centred in equal cells.
        const qreal cell = (width - kPortsStart - 8) / qreal(ports.size());
        for (qsizetype i = 0; i < ports.size(); ++i) {
            const qreal x = kPortsStart + cell * (qreal(i) + 0.5);
            result.append(PortSlot{ports.at(i), QPointF(x, top ? 0 : kHeight), top, ports.at(i).name});
        }
    };
    row(inputPorts(step), true);
    const StepType *type = StepTypeRegistry::instance().find(step.type);
    if (!type || type->execution() != StepType::Execution::Fail)
        result.append(PortSlot{PortRef{step.name, PortRef::Kind::Done, {}}, QPointF(kAnchorX, kHeight), false, {}});
    row(sourcePorts(step), false);
    return result;
}

QPointF NodeGeometry::portPosition(const StepSpec &step, const PortRef &port)
{
    const QList<PortSlot> result = ports(step);
    for (const PortSlot &s : result) {
        if (s.port.kind == port.kind && s.port.name == port.name)
            return s.position;
    }
    return QPointF(kAnchorX, 0);
}

} // namespace mlops
