// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/pipeline/pipelinespec.h"
#include "core/pipeline/reference.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mlops {

/** Why one step waits for another. */
struct GraphEdge
{
    enum class Kind {
        Data,    ///< an input is the other step's output or model
        Value,   ///< a string uses the other step's property
        Order,   ///< depends_on
        Branch,  ///< listed in a condition's then/else
    };
    QString from;
    QString to;
    Kind kind = Kind::Order;
    QString fromPort;  ///< output name, "model", property name, "then" or "else"
    QString toPort;    ///< input name, or the field using the value
};

/**
 * The dependency graph of a pipeline: edges from `${steps…}` references, `depends_on`
 * and condition branches. Used by the validator (cycles, unknown steps), the scheduler
 * (order, parallelism) and the editor (edges to draw). Edges to unknown steps are kept
 * out; the validator reports them.
 */
class PipelineGraph
{
public:
    static PipelineGraph build(const PipelineSpec &spec);

    const QStringList &steps() const { return m_steps; }
    const QList<GraphEdge> &edges() const { return m_edges; }
    /** Steps `step` waits for (distinct, in file order). */
    QStringList dependencies(const QString &step) const;
    QStringList dependents(const QString &step) const;
    /** Everything downstream of `step`, not including it. */
    QStringList descendants(const QString &step) const;

    /** A cycle as a closed path ("a", "b", "a"), if there is one. */
    std::optional<QStringList> findCycle() const;
    /** Steps in an order where each comes after its dependencies (requires no cycle). */
    QStringList topologicalOrder() const;
    /** Longest path from a source, per step: the layer for layered drawing. */
    QHash<QString, int> layers() const;

private:
    QStringList m_steps;
    QList<GraphEdge> m_edges;
    QHash<QString, QStringList> m_deps;
    QHash<QString, QStringList> m_dependents;
};

/** Every `${…}` reference in a step's strings, with the field each one is in. */
struct FieldReference
{
    QString field;        ///< "command.2", "inputs.train", "when", …
    QString text;         ///< the whole string
    Reference reference;
    int offset = 0;       ///< where the reference starts in the string
};
QList<FieldReference> stepReferences(const StepSpec &step);

} // namespace mlops
