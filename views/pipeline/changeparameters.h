// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/pipeline/pipelinespec.h"
#include "views/pipeline/pipelinecommand.h"

namespace mlops {

/**
 * Adds, removes, renames or changes pipeline parameters: the parameter list before and
 * after, and the steps when a rename rewrote their `${parameters.…}` references.
 */
class ChangeParameters : public PipelineCommand
{
public:
    ChangeParameters(PipelineDocument *document, const QList<ParameterSpec> &after, const QString &text);
    /** A rename: the parameter and every reference to it. */
    ChangeParameters(PipelineDocument *document, const QString &from, const QString &to);

protected:
    void apply() override;
    void revert() override;

private:
    QList<ParameterSpec> m_before;
    QList<ParameterSpec> m_after;
    QString m_renameFrom;
    QString m_renameTo;
    QList<StepSpec> m_stepsBefore;
    std::optional<QString> m_defaultImageBefore;
};

} // namespace mlops
