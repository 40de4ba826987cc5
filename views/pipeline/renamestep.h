// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/pipeline/pipelineextras.h"
#include "core/pipeline/pipelinespec.h"
#include "views/pipeline/pipelinecommand.h"

#include <QHash>
#include <QPointF>

namespace mlops {

/**
 * Renames a step and rewrites everything that names it: `${steps.OLD…}` references,
 * depends_on and branch lists, its position and its comments.
 */
class RenameStep : public PipelineCommand
{
public:
    RenameStep(PipelineDocument *document, const QString &from, const QString &to);

protected:
    void apply() override;
    void revert() override;

private:
    QString m_from;
    QString m_to;
    QList<StepSpec> m_stepsBefore;
    PipelineExtras m_extrasBefore;
    QHash<QString, QPointF> m_layoutBefore;
};

} // namespace mlops
