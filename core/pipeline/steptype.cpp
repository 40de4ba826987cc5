// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/pipeline/steptype.h"

#include "core/notebook/notebookstep.h"
#include "core/pipeline/pipelinespec.h"
#include "core/registry/registermodelstep.h"

#include <QCoreApplication>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::StepType)
};

} // namespace

QStringList commandStepKeys()
{
    return {QStringLiteral("command"),   QStringLiteral("inputs"),   QStringLiteral("outputs"),
            QStringLiteral("properties"), QStringLiteral("metrics"), QStringLiteral("hyperparameters"),
            QStringLiteral("environment"), QStringLiteral("runner"), QStringLiteral("image"),
            QStringLiteral("build"),     QStringLiteral("resources"), QStringLiteral("timeout"),
            QStringLiteral("retries"),   QStringLiteral("cache"),    QStringLiteral("network"),
            QStringLiteral("code")};
}

namespace {

QStringList commandKeys()
{
    return commandStepKeys();
}

class ProcessingStep : public StepType
{
public:
    QString name() const override { return QStringLiteral("processing"); }
    QString description() const override
    {
        return Text::tr("Runs a command on inputs and writes outputs (data preparation, evaluation)");
    }
    Execution execution() const override { return Execution::Command; }
    QStringList keys() const override { return commandKeys(); }
    QStringList requiredKeys() const override { return {QStringLiteral("command")}; }
};

class TrainingStep : public StepType
{
public:
    QString name() const override { return QStringLiteral("training"); }
    QString description() const override
    {
        return Text::tr("Trains a model from input channels and writes it to the model folder");
    }
    Execution execution() const override { return Execution::Command; }
    QStringList keys() const override { return commandKeys(); }
    QStringList requiredKeys() const override { return {QStringLiteral("command")}; }
    bool producesModel() const override { return true; }
    QString inputRoot() const override { return QStringLiteral("input/data"); }
    QString outputRoot() const override { return QStringLiteral("output/data"); }
};

class ConditionStep : public StepType
{
public:
    QString name() const override { return QStringLiteral("condition"); }
    QString description() const override
    {
        return Text::tr("Chooses a branch by comparing parameters and properties of earlier steps");
    }
    Execution execution() const override { return Execution::Condition; }
    QStringList keys() const override
    {
        return {QStringLiteral("when"), QStringLiteral("then"), QStringLiteral("else")};
    }
    QStringList requiredKeys() const override { return {QStringLiteral("when")}; }
};

class FailStep : public StepType
{
public:
    QString name() const override { return QStringLiteral("fail"); }
    QString description() const override { return Text::tr("Stops the pipeline as failed, with a message"); }
    Execution execution() const override { return Execution::Fail; }
    QStringList keys() const override { return {QStringLiteral("message")}; }
};

} // namespace

StepSpec StepType::effectiveSpec(const StepSpec &step) const
{
    return step;
}

StepTypeRegistry::StepTypeRegistry()
{
    add(std::make_unique<ProcessingStep>());
    add(std::make_unique<TrainingStep>());
    add(std::make_unique<ConditionStep>());
    add(std::make_unique<FailStep>());
    add(makeRegisterModelStepType());
    add(makeNotebookStepType());
}

StepTypeRegistry &StepTypeRegistry::instance()
{
    static StepTypeRegistry registry;
    return registry;
}

void StepTypeRegistry::add(std::unique_ptr<StepType> type)
{
    for (auto &existing : m_types) {
        if (existing->name() == type->name()) {
            existing = std::move(type);
            return;
        }
    }
    m_types.push_back(std::move(type));
}

const StepType *StepTypeRegistry::find(const QString &name) const
{
    for (const auto &t : m_types) {
        if (t->name() == name)
            return t.get();
    }
    return nullptr;
}

QStringList StepTypeRegistry::names() const
{
    QStringList names;
    for (const auto &t : m_types)
        names.append(t->name());
    return names;
}

QStringList StepTypeRegistry::plannedTypes()
{
    return {QStringLiteral("transform"), QStringLiteral("deploy")};
}

QStringList commonStepKeys()
{
    return {QStringLiteral("type"), QStringLiteral("description"), QStringLiteral("depends_on"),
            QStringLiteral("metadata")};
}

} // namespace mlops
