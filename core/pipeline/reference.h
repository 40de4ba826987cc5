// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mlops {

/**
 * What a `${…}` in a pipeline points at:
 * `parameters.NAME`, `steps.STEP.outputs.NAME`, `steps.STEP.model` or
 * `steps.STEP.properties.NAME[.key…]` (a value inside a JSON file the step wrote).
 */
struct Reference
{
    enum class Kind { Parameter, StepOutput, StepModel, StepProperty };

    Kind kind = Kind::Parameter;
    QString step;      ///< for step references
    QString name;      ///< parameter, output or property name
    QStringList path;  ///< keys inside a property file
    QString text;      ///< as written, without `${` and `}`

    /** Parses the text between `${` and `}`; the error is relative to that text. */
    static Result<Reference> parse(const QString &text);

    /** Outputs and models are artifacts (files); parameters and properties are values. */
    bool isArtifact() const { return kind == Kind::StepOutput || kind == Kind::StepModel; }
    bool isStep() const { return kind != Kind::Parameter; }
    QString toString() const { return QStringLiteral("${") + text + QLatin1Char('}'); }
};

/** A piece of a string with references: literal text or a reference. */
struct TemplatePart
{
    bool isReference = false;
    QString literal;
    Reference reference;
    int offset = 0;  ///< where the part starts in the string (0-based)
};

/**
 * Splits a string into literal text and `${…}` references. `$${` writes a literal
 * `${` (so shell code keeps its own `${VAR}`). Errors carry the 1-based column within
 * the string in Error::column.
 */
Result<QList<TemplatePart>> parseTemplate(const QString &text);

/** Every reference in a string (empty on parse errors). */
QList<Reference> referencesIn(const QString &text);

} // namespace mlops
