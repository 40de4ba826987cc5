// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"

#include <QList>
#include <QString>

namespace mlops {

/** A problem found in a pipeline file: what, where (file:line:column), and which step. */
struct Diagnostic
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString message;
    QString file;
    int line = 0;
    int column = 0;
    QString step;    ///< the step it concerns, if any (for editor markers)
    QString field;   ///< e.g. "command", "inputs.raw", "when"

    bool isError() const { return severity == Severity::Error; }
    /** `file:line:column: error: message` as compilers print it. */
    QString toString() const;
    Error toError() const;
};

using Diagnostics = QList<Diagnostic>;

inline bool hasErrors(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.isError())
            return true;
    }
    return false;
}

} // namespace mlops
