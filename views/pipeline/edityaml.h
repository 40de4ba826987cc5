// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "views/pipeline/pipelinecommand.h"

#include <QElapsedTimer>

namespace mlops {

/**
 * An edit in the YAML view: the text before and after. Typing merges into one undo step
 * as in a text editor: within a line, without a pause, and for a few seconds at most.
 */
class EditYaml : public PipelineCommand
{
public:
    EditYaml(PipelineDocument *document, const QByteArray &before, const QByteArray &after, bool mergeable = true);

    int id() const override { return m_mergeable ? int(CommandId::EditYaml) : -1; }
    bool replacesPipeline() const override { return true; }
    bool mergeWith(const QUndoCommand *other) override;

protected:
    void apply() override;
    void revert() override;

private:
    QByteArray m_before;
    QByteArray m_after;
    QElapsedTimer m_began;
    QElapsedTimer m_lastEdit;
    bool m_mergeable;
};

} // namespace mlops
