// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QHashFunctions>
#include <QString>

namespace mlops {

/**
 * One connection point of a step on the canvas, as a value (STYLE.md §5): the step's
 * name, what kind of port it is and, for named ports, the name.
 */
struct PortRef
{
    enum class Kind {
        Trigger,   ///< the step itself as a target: "run after", new input, branch target
        Input,     ///< a named input channel (`inputs.NAME`)
        Done,      ///< the step as a source of `depends_on`
        Output,    ///< a declared output (`${steps.S.outputs.NAME}`)
        Model,     ///< a training step's model (`${steps.S.model}`)
        Property,  ///< a JSON property (`${steps.S.properties.NAME}`), a value
        Then,      ///< a condition's true branch
        Else,      ///< a condition's false branch
    };

    QString step;
    Kind kind = Kind::Trigger;
    QString name;

    /** Ports that start a connection (bottom edge of a node). */
    bool isSource() const { return kind != Kind::Trigger && kind != Kind::Input; }
    bool isValid() const { return !step.isEmpty(); }

    friend bool operator==(const PortRef &a, const PortRef &b)
    {
        return a.step == b.step && a.kind == b.kind && a.name == b.name;
    }
    friend bool operator!=(const PortRef &a, const PortRef &b) { return !(a == b); }
};

inline size_t qHash(const PortRef &p, size_t seed = 0)
{
    return qHashMulti(seed, p.step, int(p.kind), p.name);
}

} // namespace mlops
