// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace mlops {

/** Where something was written in a pipeline file (1-based; 0 = unknown). */
struct SourceLocation
{
    int line = 0;
    int column = 0;
    bool quoted = false;  ///< a quoted scalar: its text starts one column later

    /** The location of the character at `offset` inside the scalar's text. */
    SourceLocation at(int offset) const
    {
        if (line == 0)
            return *this;
        return SourceLocation{line, column + offset + (quoted ? 1 : 0), false};
    }
};

/** A SageMaker-style metric definition: the first group of `regex` is the value. */
struct MetricDefinition
{
    QString name;
    QString regex;
    SourceLocation location;
};

/** SageMaker's retry policy: MaxAttempts with IntervalSeconds × BackoffRate^n between. */
struct RetryPolicy
{
    int maxAttempts = 1;        ///< 1 = no retry; `retries: N` means N + 1 attempts
    double intervalSeconds = 1.0;
    double backoffRate = 2.0;
};

struct CachePolicy
{
    bool enabled = true;
    qint64 expireAfterMs = 0;   ///< 0 = results never expire
};

struct Resources
{
    double cpus = 0;            ///< 0 = no limit
    qint64 memoryBytes = 0;
    int gpus = 0;
};

/** A Dockerfile to build the step's image from (bring your own container). */
struct BuildSpec
{
    QString context;
    QString dockerfile;

    bool isEmpty() const { return context.isEmpty(); }
};

/** A named input: a workspace path or a `${steps…}` reference to an artifact. */
struct InputSpec
{
    QString name;
    QString value;
    SourceLocation location;
};

/** A declared pipeline parameter with its default (its YAML type is its type). */
struct ParameterSpec
{
    enum class Type { String, Number, Boolean };
    QString name;
    QString defaultValue;
    Type type = Type::String;
    SourceLocation location;

    /**
     * A number whose default is written as a whole number (`seed: 42`): YAML reads it as
     * an integer, so a value such as 1.5 is refused before any step gets it.
     */
    bool isInteger() const;
};

/** True when @p text is a whole number as YAML writes one (`42`, `-3`, `+7`). */
bool isIntegerText(const QString &text);

/** Settings that apply to every step unless the step overrides them. */
struct StepDefaults
{
    std::optional<QString> runner;
    std::optional<QString> image;
    std::optional<qint64> timeoutMs;
    std::optional<RetryPolicy> retry;
    std::optional<CachePolicy> cache;
    QMap<QString, QString> environment;
};

/**
 * One step as written in the file. Optional fields are unset when the file does not
 * name them, so defaults apply at run time and an editor can write back what the user
 * wrote. `locations` maps field names ("command", "inputs.raw", "when") to where they
 * are, for errors and editor markers.
 */
struct StepSpec
{
    QString name;
    QString type;
    QString description;
    QStringList command;
    QList<InputSpec> inputs;
    QStringList outputs;
    QList<QPair<QString, QString>> hyperparameters;
    QList<MetricDefinition> metrics;
    QList<QPair<QString, QString>> properties;   ///< name → path inside the step's outputs
    QMap<QString, QString> environment;
    std::optional<QString> runner;
    std::optional<QString> image;
    BuildSpec build;
    Resources resources;
    std::optional<qint64> timeoutMs;
    std::optional<RetryPolicy> retry;
    std::optional<CachePolicy> cache;
    bool network = false;
    QString code;                                ///< folder whose tracked files are the step's code
    QStringList dependsOn;
    QString when;                                ///< condition
    QStringList thenSteps;
    QStringList elseSteps;
    QString message;                             ///< fail
    QVariantMap extra;                           ///< further type-specific fields
    SourceLocation location;                     ///< of the step's name
    QHash<QString, SourceLocation> locations;

    SourceLocation where(const QString &field) const { return locations.value(field, location); }
    const InputSpec *input(const QString &name) const;
    QString hyperparameter(const QString &name) const;
};

/** A pipeline file (DESIGN.md §4) as loaded, before validation and defaults. */
struct PipelineSpec
{
    QString file;          ///< as given (for messages)
    QString name;
    QString description;
    QList<ParameterSpec> parameters;
    StepDefaults defaults;
    QList<StepSpec> steps;
    QHash<QString, SourceLocation> locations;

    const StepSpec *step(const QString &name) const;
    const ParameterSpec *parameter(const QString &name) const;
    QStringList stepNames() const;
    QStringList parameterNames() const;
};

} // namespace mlops
