// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/pipeline/pipelinespec.h"
#include "views/pipeline/pipelinecommand.h"

namespace mlops {

/** Changes the pipeline's name, description or step defaults; edits of one field merge. */
class SetPipelineInfo : public PipelineCommand
{
public:
    struct Info
    {
        QString name;
        QString description;
        StepDefaults defaults;
    };

    SetPipelineInfo(PipelineDocument *document, const Info &after, const QString &field);

    int id() const override { return int(CommandId::SetPipelineInfo); }
    bool mergeWith(const QUndoCommand *other) override;

protected:
    void apply() override;
    void revert() override;

private:
    Info m_before;
    Info m_after;
    QString m_field;
};

} // namespace mlops
