// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/movesteps.h"

#include "views/pipeline/pipelinedocument.h"

namespace mlops {

MoveSteps::MoveSteps(PipelineDocument *document, const QHash<QString, QPointF> &before,
                     const QHash<QString, QPointF> &after, const QString &text, bool mergeable)
    : PipelineCommand(document, text), m_before(before), m_after(after), m_mergeable(mergeable)
{
}

bool MoveSteps::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const MoveSteps *>(other);
    if (!m_mergeable || !o->m_mergeable || o->m_after.keys() != m_after.keys())
        return false;
    m_after = o->m_after;
    return true;
}

void MoveSteps::apply()
{
    document()->doSetLayout(m_after);
}

void MoveSteps::revert()
{
    document()->doSetLayout(m_before);
}

} // namespace mlops
