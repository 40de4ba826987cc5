// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/renamestep.h"

#include "core/pipeline/pipelineedit.h"
#include "views/pipeline/pipelinedocument.h"

#include <QCoreApplication>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::RenameStep)
};
} // namespace

RenameStep::RenameStep(PipelineDocument *document, const QString &from, const QString &to)
    : PipelineCommand(document, Text::tr("Rename Step %1 to %2").arg(from, to)), m_from(from), m_to(to)
{
}

void RenameStep::apply()
{
    m_stepsBefore = document()->spec().steps;
    m_extrasBefore = document()->extras();
    m_layoutBefore = document()->manualLayout();
    PipelineSpec spec = document()->spec();
    pipelineedit::renameStep(spec, m_from, m_to);
    PipelineExtras extras = m_extrasBefore;
    extras.renameStep(m_from, m_to);
    QHash<QString, QPointF> layout = m_layoutBefore;
    if (layout.contains(m_from))
        layout.insert(m_to, layout.take(m_from));
    document()->doSetExtras(extras);
    document()->doSetSteps(spec.steps, m_from, m_to);
    document()->doSetLayout(layout);
}

void RenameStep::revert()
{
    document()->doSetExtras(m_extrasBefore);
    document()->doSetSteps(m_stepsBefore, m_to, m_from);
    document()->doSetLayout(m_layoutBefore);
}

} // namespace mlops
