// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QByteArray>
#include <QUndoCommand>

namespace mlops {

class PipelineDocument;

/**
 * Base of the pipeline editor's undo commands. A command changes the model in apply()
 * and changes it back in revert(); this base remembers the document's text from before
 * the first apply and puts it back on undo, so undoing a graph edit restores the YAML
 * exactly as the user had it (comments, formatting), not a rewritten version.
 */
class PipelineCommand : public QUndoCommand
{
public:
    void redo() final;
    void undo() final;

protected:
    PipelineCommand(PipelineDocument *document, const QString &text, QUndoCommand *parent = nullptr);

    virtual void apply() = 0;
    virtual void revert() = 0;
    /** Whether apply() and revert() replace the whole pipeline from text (the YAML edit). */
    virtual bool replacesPipeline() const { return false; }

    PipelineDocument *document() const { return m_document; }

private:
    PipelineDocument *m_document;
    QByteArray m_textBefore;
    bool m_captured = false;
};

/** Ids for QUndoCommand::id() and mergeWith(). */
enum class CommandId { ChangeStep = 1, MoveSteps, EditYaml, SetPipelineInfo };

} // namespace mlops
