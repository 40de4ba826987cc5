// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace mlops {

struct Notebook;

/**
 * What a notebook's cell tagged `parameters` defines, read as papermill's Python
 * translator reads it: the top-level `name = value` lines (an annotation and a trailing
 * comment allowed). Only literal values (numbers, strings, True/False, None) have a
 * known default; any other expression still makes its name a known parameter.
 */
struct ParametersCell
{
    /** One assignment of the cell. */
    struct Parameter
    {
        QString name;
        bool literal = false;  ///< the value is a literal; `text` and `value` hold it
        QString text;          ///< as a user would give it with -p: 0.1, default, True, None
        QJsonValue value;      ///< typed: a number, a string, a boolean, null
    };

    int index = -1;                 ///< of the cell in the notebook; -1: there is none
    QList<Parameter> parameters;    ///< in the order of the cell (a name assigned twice: the last)

    bool exists() const { return index >= 0; }
    QStringList names() const;
    bool defines(const QString &name) const;

    /** The first cell tagged `parameters` (the one papermill injects after). */
    static ParametersCell of(const Notebook &notebook);
    /** The assignments of a parameters cell's source. */
    static QList<Parameter> parse(const QString &source);
    /** A Python literal as JSON (number, string, boolean, null); nothing when it is not one. */
    static bool parseLiteral(const QString &literal, QString *text, QJsonValue *value);
};

} // namespace mlops
