// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/pipeline/pipelinespec.h"
#include "core/pipeline/reference.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace mlops {

/**
 * Edits of a pipeline that keep it consistent: renaming a step or a parameter rewrites
 * every `${…}` that names it, removing a step drops the links to it. Pure functions
 * over the spec, shared by the visual editor's commands and tests.
 */
namespace pipelineedit {

/** True for a valid step, parameter, input or output name (letters, digits, _ and -). */
bool isValidName(const QString &name);

/** `base` if no step has that name yet, else `base-2`, `base-3`… */
QString uniqueStepName(const PipelineSpec &spec, const QString &base);
/** `base` if not in `taken`, else `base_2`, `base_3`… (for inputs, outputs, parameters). */
QString uniqueName(const QStringList &taken, const QString &base);

/**
 * Rewrites each `${…}` in `text` for which `change` returns new reference text (the
 * part between `${` and `}`); `$${` stays literal. Works on templates and conditions.
 */
QString rewriteReferences(const QString &text,
                          const std::function<std::optional<QString>(const Reference &)> &change);

/** Applies `rewrite` to every string of a step that may hold `${…}` references. */
void rewriteStepStrings(StepSpec &step, const std::function<QString(const QString &)> &rewrite);

/** Renames step `from` to `to` everywhere: the step, references, depends_on, branches. */
void renameStep(PipelineSpec &spec, const QString &from, const QString &to);
/** Renames many steps at once (old name → new name), in one pass over the pipeline; names may swap. */
void renameSteps(PipelineSpec &spec, const QHash<QString, QString> &renames);
/** Renames a parameter and every `${parameters.from}`. */
void renameParameter(PipelineSpec &spec, const QString &from, const QString &to);

/**
 * Drops the links of other steps to `name`: depends_on and branch entries, and inputs
 * that are references to it. References inside other strings stay (the validator shows
 * them). Returns the names of the steps that changed.
 */
QStringList unlinkStep(PipelineSpec &spec, const QString &name);

/** Names of the steps that refer to `name` in any way. */
QStringList stepsReferencing(const PipelineSpec &spec, const QString &name);

/**
 * `step` with a new type, keeping only the fields that type has (a command step gets
 * `python src/NAME.py` if it had none); the type's own fields are prefilled from
 * `pipeline` (StepType::prefill).
 */
StepSpec retyped(const StepSpec &step, const QString &type, const PipelineSpec &pipeline = {});

} // namespace pipelineedit

} // namespace mlops
