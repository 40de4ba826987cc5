// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/changestep.h"

#include "views/pipeline/pipelinedocument.h"

#include <QCoreApplication>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::ChangeStep)
};
} // namespace

ChangeStep::ChangeStep(PipelineDocument *document, const StepSpec &before, const StepSpec &after,
                       const QString &field, bool mergeable, QUndoCommand *parent)
    : PipelineCommand(document, Text::tr("Change %1 of %2").arg(field, after.name), parent), m_before(before),
      m_after(after), m_field(field), m_mergeable(mergeable)
{
}

ChangeStep::ChangeStep(PipelineDocument *document, const StepSpec &before, const StepSpec &after, const QString &text,
                       QUndoCommand *parent)
    : PipelineCommand(document, text, parent), m_before(before), m_after(after)
{
}

bool ChangeStep::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeStep *>(other);
    if (!m_mergeable || !o->m_mergeable || o->m_field != m_field || o->m_after.name != m_after.name)
        return false;
    m_after = o->m_after;
    return true;
}

void ChangeStep::apply()
{
    document()->doReplaceStep(m_after);
}

void ChangeStep::revert()
{
    document()->doReplaceStep(m_before);
}

} // namespace mlops
