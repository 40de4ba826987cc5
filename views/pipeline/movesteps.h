// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "views/pipeline/pipelinecommand.h"

#include <QHash>
#include <QPointF>

namespace mlops {

/**
 * Moves steps on the canvas (QtNodes' MoveNodeCommand): the whole manual layout before
 * and after, so the first move of an automatically laid out pipeline keeps every other
 * node where it was. Nudges with the arrow keys in a row merge. Arranging (back to the
 * automatic layout) is a move to an empty layout.
 */
class MoveSteps : public PipelineCommand
{
public:
    MoveSteps(PipelineDocument *document, const QHash<QString, QPointF> &before,
              const QHash<QString, QPointF> &after, const QString &text, bool mergeable);

    int id() const override { return m_mergeable ? int(CommandId::MoveSteps) : -1; }
    bool mergeWith(const QUndoCommand *other) override;

protected:
    void apply() override;
    void revert() override;

private:
    QHash<QString, QPointF> m_before;
    QHash<QString, QPointF> m_after;
    bool m_mergeable;
};

} // namespace mlops
