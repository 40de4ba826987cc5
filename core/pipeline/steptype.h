// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace mlops {

class ExecutionContext;
struct PipelineSpec;
struct StepSpec;
struct RunRef;

/**
 * A kind of pipeline step (processing, training, condition, fail…). The loader asks it
 * which keys a step of this type may have; the scheduler asks it how the step runs.
 * New types register themselves in StepTypeRegistry (STYLE.md §18).
 */
class StepType
{
public:
    /** How the scheduler executes a step of this type. */
    enum class Execution {
        Command,    ///< a process, sandbox or container following the SageMaker contract
        Condition,  ///< evaluated in the engine; chooses the then/else branch
        Fail,       ///< stops the pipeline with a message
        InProcess,  ///< other work done by the engine itself (e.g. model registration)
    };

    virtual ~StepType() = default;
    virtual QString name() const = 0;
    /** One line for palettes and help, translated. */
    virtual QString description() const = 0;
    virtual Execution execution() const = 0;
    /** Keys allowed in the step besides `type`, `description` and `depends_on`. */
    virtual QStringList keys() const = 0;
    /** Keys the step must have. */
    virtual QStringList requiredKeys() const { return {}; }
    /** True for steps that write a model (`${steps.X.model}`). */
    virtual bool producesModel() const { return false; }
    /** Where inputs go in the job folder: "processing/input" or "input/data". */
    virtual QString inputRoot() const { return QStringLiteral("processing/input"); }
    /** Where declared outputs go in the job folder. */
    virtual QString outputRoot() const { return QStringLiteral("processing/output"); }
    /**
     * The step as a Command step runs it: a type that builds its command itself (the
     * notebook step) fills in `command` and the outputs it always writes.
     */
    virtual StepSpec effectiveSpec(const StepSpec &step) const;
    /** The runners a Command step of this type can use; empty: every runner. */
    virtual QStringList supportedRunners() const { return {}; }

    /** A field of this type kept in StepSpec::extra, described for editors. */
    struct Field
    {
        QString key;          ///< the YAML key
        QString label;        ///< translated
        QString placeholder;  ///< translated example
        QString help;         ///< translated tooltip
        QStringList choices;  ///< the values it may take; empty: free text
        bool multiline = false;
        /** What an editor offers while the field is typed (free text stays allowed). */
        enum class Suggestions {
            None,
            WorkspaceNotebooks,  ///< the workspace's notebooks (Workspace::notebookFiles())
            ModelReferences,     ///< ${steps.X.model} of the pipeline's steps that produce a model
        };
        Suggestions suggestions = Suggestions::None;
    };
    /** One line on what the step does, from its own fields, for a node on a canvas; translated. */
    virtual QString summary(const StepSpec &step) const
    {
        Q_UNUSED(step);
        return QString();
    }
    /** The type's own fields (those in StepSpec::extra), in the order editors show them. */
    virtual QList<Field> fields() const { return {}; }
    /**
     * Fills the type's fields that a new or retyped step does not have yet with what the
     * pipeline it joins suggests (an editor's palette), so that it is valid or close to it.
     */
    virtual void prefill(StepSpec &step, const PipelineSpec &pipeline) const
    {
        Q_UNUSED(step);
        Q_UNUSED(pipeline);
    }

    /** A problem with a type-specific field: which field, and what is wrong. */
    struct FieldProblem
    {
        QString field;
        QString message;
    };
    /** Checks the type's own fields (the validator reports them with their location). */
    virtual QList<FieldProblem> check(const StepSpec &step) const
    {
        Q_UNUSED(step);
        return {};
    }

    /**
     * Runs an InProcess step (blocking, on the execution's thread). Returns a short
     * summary for the log, or the reason it failed.
     */
    virtual Result<QString> runInProcess(ExecutionContext &context, const StepSpec &step,
                                         const RunRef &run) const
    {
        Q_UNUSED(context);
        Q_UNUSED(step);
        Q_UNUSED(run);
        return QString();
    }
};

/** The step types this program knows. */
class StepTypeRegistry
{
public:
    static StepTypeRegistry &instance();

    void add(std::unique_ptr<StepType> type);
    const StepType *find(const QString &name) const;
    QStringList names() const;

    /** Types of DESIGN.md §4 that this version does not run yet (refused with a message). */
    static QStringList plannedTypes();

private:
    StepTypeRegistry();
    std::vector<std::unique_ptr<StepType>> m_types;
};

/** Keys every step may have, whatever its type. */
QStringList commonStepKeys();
/** Keys of the steps that run a command (processing, training), `command` included. */
QStringList commandStepKeys();

} // namespace mlops
