// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/changeparameters.h"

#include "core/pipeline/pipelineedit.h"
#include "views/pipeline/pipelinedocument.h"

#include <QCoreApplication>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::ChangeParameters)
};
} // namespace

ChangeParameters::ChangeParameters(PipelineDocument *document, const QList<ParameterSpec> &after,
                                   const QString &text)
    : PipelineCommand(document, text), m_before(document->spec().parameters), m_after(after)
{
}

ChangeParameters::ChangeParameters(PipelineDocument *document, const QString &from, const QString &to)
    : PipelineCommand(document, Text::tr("Rename Parameter %1 to %2").arg(from, to)),
      m_before(document->spec().parameters), m_renameFrom(from), m_renameTo(to)
{
}

void ChangeParameters::apply()
{
    if (m_renameFrom.isEmpty()) {
        document()->doSetParameters(m_after);
        return;
    }
    m_stepsBefore = document()->spec().steps;
    m_defaultImageBefore = document()->spec().defaults.image;
    PipelineSpec spec = document()->spec();
    pipelineedit::renameParameter(spec, m_renameFrom, m_renameTo);
    m_after = spec.parameters;
    document()->doSetParameters(spec.parameters);
    document()->doSetSteps(spec.steps);
    if (spec.defaults.image != m_defaultImageBefore)
        document()->doSetInfo(spec.name, spec.description, spec.defaults);
}

void ChangeParameters::revert()
{
    document()->doSetParameters(m_before);
    if (m_renameFrom.isEmpty())
        return;
    document()->doSetSteps(m_stepsBefore);
    PipelineSpec spec = document()->spec();
    if (spec.defaults.image != m_defaultImageBefore) {
        spec.defaults.image = m_defaultImageBefore;
        document()->doSetInfo(spec.name, spec.description, spec.defaults);
    }
}

} // namespace mlops
