// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/setpipelineinfo.h"

#include "views/pipeline/pipelinedocument.h"

#include <QCoreApplication>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::SetPipelineInfo)
};
} // namespace

SetPipelineInfo::SetPipelineInfo(PipelineDocument *document, const Info &after, const QString &field)
    : PipelineCommand(document, Text::tr("Change Pipeline %1").arg(field)), m_after(after), m_field(field)
{
    const PipelineSpec &spec = document->spec();
    m_before = Info{spec.name, spec.description, spec.defaults};
}

bool SetPipelineInfo::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetPipelineInfo *>(other);
    if (o->m_field != m_field)
        return false;
    m_after = o->m_after;
    return true;
}

void SetPipelineInfo::apply()
{
    document()->doSetInfo(m_after.name, m_after.description, m_after.defaults);
}

void SetPipelineInfo::revert()
{
    document()->doSetInfo(m_before.name, m_before.description, m_before.defaults);
}

} // namespace mlops
