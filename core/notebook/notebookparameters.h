// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/notebook/parameterscell.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace mlops {

struct Notebook;

/** One `-p NAME=VALUE` of a headless notebook run. */
struct NotebookParameter
{
    QString name;
    QString value;          ///< as given, without surrounding spaces (typeLike() writes true as True)
    QString pythonLiteral;  ///< the value typed as papermill types it, as Python source

    /**
     * Parses `NAME=VALUE`. NAME must be a Python identifier (and not a keyword). VALUE is
     * typed as papermill does: True/False, None, an integer, a float, else a string.
     */
    static Result<NotebookParameter> parse(const QString &assignment);

    /** The value as typed JSON (number, boolean, null, else string), as the notebook's metadata keeps it. */
    QJsonValue jsonValue() const;

    /**
     * Types the value like the default the notebook's parameters cell gives the name, where
     * the text reads as that type: true/false in any case for a True/False default, digits
     * kept as a string for a string default ("007" stays "007"), `1_000` for a number
     * default. A value that still has another type than its default (a word for a number)
     * is passed as given; the returned warning says so. Empty when there is nothing to say.
     */
    QString typeLike(const ParametersCell::Parameter &defaultValue);

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
