// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/addremovesteps.h"

#include "views/pipeline/pipelinedocument.h"

#include <algorithm>

namespace mlops {

AddRemoveSteps::AddRemoveSteps(PipelineDocument *document, Mode mode, const QString &text)
    : PipelineCommand(document, text), m_mode(mode)
{
}

AddRemoveSteps *AddRemoveSteps::add(PipelineDocument *document, const QList<StepSpec> &steps,
                                    const QHash<QString, QPointF> &layoutAfter, const QString &text)
{
    auto *command = new AddRemoveSteps(document, Mode::Add, text);
    qsizetype index = document->spec().steps.size();
    for (const StepSpec &s : steps)
        command->m_steps.append({index++, s});
    command->m_layoutBefore = document->manualLayout();
    command->m_layoutAfter = layoutAfter;
    return command;
}

AddRemoveSteps *AddRemoveSteps::remove(PipelineDocument *document, const QStringList &names, const QString &text)
{
    auto *command = new AddRemoveSteps(document, Mode::Remove, text);
    const QList<StepSpec> &steps = document->spec().steps;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (names.contains(steps.at(i).name))
            command->m_steps.append({i, steps.at(i)});
    }
    command->m_layoutBefore = document->manualLayout();
    command->m_layoutAfter = command->m_layoutBefore;
    for (const QString &name : names)
        command->m_layoutAfter.remove(name);
    command->m_extrasBefore = document->extras();
    return command;
}

void AddRemoveSteps::insertAll()
{
    document()->doInsertSteps(m_steps);
}

void AddRemoveSteps::removeAll()
{
    QStringList names;
    names.reserve(m_steps.size());
    for (const auto &[index, step] : std::as_const(m_steps))
        names.append(step.name);
    document()->doRemoveSteps(names);
}

void AddRemoveSteps::apply()
{
    if (m_mode == Mode::Add) {
        insertAll();
        document()->doSetLayout(m_layoutAfter);
        return;
    }
    PipelineExtras extras = m_extrasBefore;
    for (const auto &[index, step] : std::as_const(m_steps))
        extras.removeStep(step.name);
    removeAll();
    document()->doSetExtras(extras);
    document()->doSetLayout(m_layoutAfter);
}

void AddRemoveSteps::revert()
{
    if (m_mode == Mode::Add) {
        removeAll();
        document()->doSetLayout(m_layoutBefore);
        return;
    }
    insertAll();
    document()->doSetExtras(m_extrasBefore);
    document()->doSetLayout(m_layoutBefore);
}

} // namespace mlops
