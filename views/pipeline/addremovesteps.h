// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/pipeline/pipelineextras.h"
#include "core/pipeline/pipelinespec.h"
#include "views/pipeline/pipelinecommand.h"

#include <QHash>
#include <QList>
#include <QPointF>

namespace mlops {

/**
 * Adds steps to a pipeline or removes them (Tiled's AddRemoveLayer): with their place
 * in the file, their positions and, when removed, their comments and metadata. Links
 * other steps had to removed steps are dropped by child ChangeStep commands.
 */
class AddRemoveSteps : public PipelineCommand
{
public:
    enum class Mode { Add, Remove };

    /** Adds `steps` at the end; `layoutAfter` is the whole manual layout afterwards. */
    static AddRemoveSteps *add(PipelineDocument *document, const QList<StepSpec> &steps,
                               const QHash<QString, QPointF> &layoutAfter, const QString &text);
    static AddRemoveSteps *remove(PipelineDocument *document, const QStringList &names, const QString &text);

protected:
    void apply() override;
    void revert() override;

private:
    AddRemoveSteps(PipelineDocument *document, Mode mode, const QString &text);
    void insertAll();
    void removeAll();

    Mode m_mode;
    QList<QPair<qsizetype, StepSpec>> m_steps;   ///< ascending by index
    QHash<QString, QPointF> m_layoutBefore;
    QHash<QString, QPointF> m_layoutAfter;
    PipelineExtras m_extrasBefore;
};

} // namespace mlops
