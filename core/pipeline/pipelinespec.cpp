// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/pipeline/pipelinespec.h"

#include <QRegularExpression>

namespace mlops {

bool isIntegerText(const QString &text)
{
    static const QRegularExpression integer(QStringLiteral("^[-+]?\\d+$"));
    return integer.match(text).hasMatch();
}

bool ParameterSpec::isInteger() const
{
    return type == Type::Number && isIntegerText(defaultValue);
}

const InputSpec *StepSpec::input(const QString &inputName) const
{
    for (const InputSpec &i : inputs) {
        if (i.name == inputName)
            return &i;
    }
    return nullptr;
}

QString StepSpec::hyperparameter(const QString &hpName) const
{
    for (const auto &[key, value] : hyperparameters) {
        if (key == hpName)
            return value;
    }
    return {};
}

const StepSpec *PipelineSpec::step(const QString &stepName) const
{
    for (const StepSpec &s : steps) {
        if (s.name == stepName)
            return &s;
    }
    return nullptr;
}

const ParameterSpec *PipelineSpec::parameter(const QString &parameterName) const
{
    for (const ParameterSpec &p : parameters) {
        if (p.name == parameterName)
            return &p;
    }
    return nullptr;
}

QStringList PipelineSpec::stepNames() const
{
    QStringList names;
    for (const StepSpec &s : steps)
        names.append(s.name);
    return names;
}

QStringList PipelineSpec::parameterNames() const
{
    QStringList names;
    for (const ParameterSpec &p : parameters)
        names.append(p.name);
    return names;
}

} // namespace mlops
