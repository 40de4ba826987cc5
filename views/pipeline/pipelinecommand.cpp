// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/pipelinecommand.h"

#include "views/pipeline/pipelinedocument.h"

namespace mlops {

PipelineCommand::PipelineCommand(PipelineDocument *document, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document)
{
}

void PipelineCommand::redo()
{
    if (!m_captured) {
        m_textBefore = m_document->text();
        m_captured = true;
    }
    // A graph command works on the pipeline of the current text (a YAML edit replaces it).
    if (!replacesPipeline())
        m_document->settleText();
    m_document->beginBatch();
    apply();
    QUndoCommand::redo();  // children, if any
    m_document->endBatch();
}

void PipelineCommand::undo()
{
    if (!replacesPipeline())
        m_document->settleText();
    m_document->beginBatch();
    QUndoCommand::undo();
    revert();
    m_document->doRestoreText(m_textBefore);
    m_document->endBatch();
}

} // namespace mlops
