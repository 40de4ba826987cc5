// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/pipeline/pipelinespec.h"
#include "views/pipeline/pipelinecommand.h"

namespace mlops {

/**
 * Changes fields of one step (Tiled's ChangeValue): the step before and after. Edits of
 * the same field of the same step in a row (typing in the properties panel) merge into
 * one undo step when both are mergeable.
 */
class ChangeStep : public PipelineCommand
{
public:
    ChangeStep(PipelineDocument *document, const StepSpec &before, const StepSpec &after, const QString &field,
               bool mergeable, QUndoCommand *parent = nullptr);

    int id() const override { return m_mergeable ? int(CommandId::ChangeStep) : -1; }
    bool mergeWith(const QUndoCommand *other) override;

    const QString &field() const { return m_field; }

protected:
    ChangeStep(PipelineDocument *document, const StepSpec &before, const StepSpec &after, const QString &text,
               QUndoCommand *parent);
    void apply() override;
    void revert() override;

private:
    StepSpec m_before;
    StepSpec m_after;
    QString m_field;
    bool m_mergeable = false;
};

/** Connects two ports: sets an input to a reference, adds depends_on or a branch. */
class ConnectPorts : public ChangeStep
{
public:
    ConnectPorts(PipelineDocument *document, const StepSpec &before, const StepSpec &after, const QString &text)
        : ChangeStep(document, before, after, text, nullptr)
    {
    }
};

/** Removes a connection: the input, the depends_on entry or the branch entry. */
class DisconnectPorts : public ChangeStep
{
public:
    DisconnectPorts(PipelineDocument *document, const StepSpec &before, const StepSpec &after, const QString &text,
                    QUndoCommand *parent = nullptr)
        : ChangeStep(document, before, after, text, parent)
    {
    }
};

} // namespace mlops
