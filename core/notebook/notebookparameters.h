// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace mlops {

struct Notebook;

/** One `-p NAME=VALUE` of a headless notebook run. */
struct NotebookParameter
{
    QString name;
    QString value;          ///< as given, without surrounding spaces
    QString pythonLiteral;  ///< the value typed as papermill types it, as Python source

    /**
     * Parses `NAME=VALUE`. NAME must be a Python identifier (and not a keyword). VALUE is
     * typed as papermill does: True/False, None, an integer, a float, else a string.
     */
    static Result<NotebookParameter> parse(const QString &assignment);

    /** The value as typed JSON (number, boolean, null, else string), as the notebook's metadata keeps it. */
    QJsonValue jsonValue() const;

    /** The Python literal for a value given on the command line (see parse()). */
    static QString toPythonLiteral(const QString &value);
    /** A Python string literal for any text. */
    static QString pythonString(const QString &text);
};

/**
 * Papermill's convention: puts the parameters into a new code cell tagged
 * `injected-parameters`, right after the cell tagged `parameters` (at the top when there
 * is none), replacing an injected cell of an earlier run. Records them, typed, in the
 * notebook's metadata (`mlops.parameters`). Returns the index of the new cell, or -1 when there is
 * nothing to inject.
 */
int injectParameters(Notebook &notebook, const QList<NotebookParameter> &parameters);

} // namespace mlops
