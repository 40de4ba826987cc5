// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/edityaml.h"

#include "views/pipeline/pipelinedocument.h"

#include <QCoreApplication>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::EditYaml)
};
constexpr qint64 kMergeWindowMs = 2000;
} // namespace

EditYaml::EditYaml(PipelineDocument *document, const QByteArray &before, const QByteArray &after, bool mergeable)
    : PipelineCommand(document, Text::tr("Edit YAML")), m_before(before), m_after(after), m_mergeable(mergeable)
{
    m_lastEdit.start();
}

bool EditYaml::mergeWith(const QUndoCommand *other)
{
    if (!m_mergeable || m_lastEdit.elapsed() > kMergeWindowMs)
        return false;
    m_after = static_cast<const EditYaml *>(other)->m_after;
    m_lastEdit.restart();
    return true;
}

void EditYaml::apply()
{
    document()->doSetText(m_after);
}

void EditYaml::revert()
{
    document()->doSetText(m_before);
}

} // namespace mlops
