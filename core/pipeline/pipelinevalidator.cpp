// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/pipeline/pipelinevalidator.h"

#include "core/common/fileutil.h"
#include "core/common/suggest.h"
#include "core/pipeline/expression.h"
#include "core/pipeline/pipelinegraph.h"
#include "core/pipeline/reference.h"
#include "core/pipeline/steptype.h"
#include "core/runtime/joblayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::PipelineValidator)
};

class Validator
{
public:
    Validator(const PipelineSpec &spec, const ValidationOptions &options)
        : m_spec(spec), m_options(options)
    {
    }

    Diagnostics run();

private:
    void report(const SourceLocation &where, const QString &message, const QString &step,
                const QString &field, Diagnostic::Severity severity = Diagnostic::Severity::Error)
    {
        Diagnostic d;
        d.severity = severity;
        d.message = message;
        d.file = m_spec.file;
        d.line = where.line;
        d.column = where.column;
        d.step = step;
        d.field = field;
        m_out.append(d);
    }

    void checkReference(const StepSpec &step, const FieldReference &r);
    void checkInputs(const StepSpec &step);
    void checkBuild(const StepSpec &step);
    void checkCondition(const StepSpec &step);
    void checkStepList(const StepSpec &step, const QStringList &names, const QString &field);
    void checkRunner(const StepSpec &step, const StepType &type);
    void checkWorkspaceFiles(const StepSpec &step, const StepType &type);
    void checkVariableNames(const StepSpec &step);
    QString interpolateDefaults(const QString &text) const;

    const PipelineSpec &m_spec;
    const ValidationOptions &m_options;
    Diagnostics m_out;
};

QString typeLabel(const StepSpec *s)
{
    return s ? s->type : QString();
}

void Validator::checkReference(const StepSpec &step, const FieldReference &r)
{
    const SourceLocation where = step.where(r.field).at(r.offset);
    const Reference &ref = r.reference;
    if (ref.kind == Reference::Kind::Parameter) {
        if (!m_spec.parameter(ref.name))
            report(where, Text::tr("unknown parameter '%1' in %2%3")
                              .arg(ref.name, ref.toString(), didYouMean(ref.name, m_spec.parameterNames())),
                   step.name, r.field);
        return;
    }
    const StepSpec *target = m_spec.step(ref.step);
    if (!target) {
        report(where, Text::tr("unknown step '%1' in %2%3")
                          .arg(ref.step, ref.toString(), didYouMean(ref.step, m_spec.stepNames())),
               step.name, r.field);
        return;
    }
    if (target->name == step.name) {
        report(where, Text::tr("step '%1' refers to itself in %2").arg(step.name, ref.toString()), step.name, r.field);
        return;
    }
    const StepType *type = StepTypeRegistry::instance().find(target->type);
    switch (ref.kind) {
    case Reference::Kind::StepOutput: {
        // With the outputs a type always writes (a notebook step's `notebook`).
        const QStringList outputs = type ? type->effectiveSpec(*target).outputs : target->outputs;
        if (type && type->execution() != StepType::Execution::Command)
            report(where, Text::tr("type mismatch: step '%1' is a %2 step and has no outputs")
                              .arg(target->name, target->type),
                   step.name, r.field);
        else if (!outputs.contains(ref.name))
            report(where, Text::tr("step '%1' has no output '%2'%3 (it declares: %4)")
                              .arg(target->name, ref.name, didYouMean(ref.name, outputs),
                                   outputs.isEmpty() ? Text::tr("none") : outputs.join(QStringLiteral(", "))),
                   step.name, r.field);
        break;
    }
    case Reference::Kind::StepModel:
        if (type && !type->producesModel())
            report(where, Text::tr("type mismatch: only training steps have a model; '%1' is a %2 step")
                              .arg(target->name, typeLabel(target)),
                   step.name, r.field);
        break;
    case Reference::Kind::StepProperty: {
        QStringList declared;
        for (const auto &[k, v] : target->properties)
            declared.append(k);
        if (!declared.contains(ref.name))
            report(where, Text::tr("step '%1' has no property '%2'%3 (declare it under 'properties:' of '%1')")
                              .arg(target->name, ref.name, didYouMean(ref.name, declared)),
                   step.name, r.field);
        break;
    }
    case Reference::Kind::Parameter:
        break;
    }
}

QString Validator::interpolateDefaults(const QString &text) const
{
    Result<QList<TemplatePart>> parts = parseTemplate(text);
    if (!parts)
        return text;
    QString out;
    for (const TemplatePart &p : std::as_const(*parts)) {
        if (!p.isReference)
            out += p.literal;
        else if (const ParameterSpec *param = m_spec.parameter(p.reference.name))
            out += param->defaultValue;
    }
    return out;
}

void Validator::checkInputs(const StepSpec &step)
{
    for (const InputSpec &input : step.inputs) {
        const QString field = QStringLiteral("inputs.") + input.name;
        Result<QList<TemplatePart>> parts = parseTemplate(input.value);
        if (!parts) {
            report(step.where(field).at(parts.error().column - 1), parts.error().message, step.name, field);
            continue;
        }
        bool hasArtifact = false;
        bool hasStepValue = false;
        for (const TemplatePart &p : std::as_const(*parts)) {
            if (p.isReference && p.reference.isArtifact())
                hasArtifact = true;
            if (p.isReference && p.reference.kind == Reference::Kind::StepProperty) {
                hasStepValue = true;
                report(step.where(field).at(p.offset),
                       Text::tr("type mismatch: input '%1' needs files (an output, a model or a workspace path), "
                                "but %2 is a value")
                           .arg(input.name, p.reference.toString()),
                       step.name, field);
            }
        }
        if (hasArtifact && (parts->size() != 1)) {
            report(step.where(field), Text::tr("input '%1' must be exactly one ${steps…} reference, without "
                                               "text around it")
                                          .arg(input.name),
                   step.name, field);
            continue;
        }
        if (hasArtifact || hasStepValue)
            continue;
        const QString path = interpolateDefaults(input.value);
        if (!isSafeRelativePath(path)) {
            report(step.where(field), Text::tr("input '%1' must be a path inside the workspace, not '%2'")
                                          .arg(input.name, path),
                   step.name, field);
            continue;
        }
        if (!m_options.workspaceRoot.isEmpty()) {
            const QString full = QDir(m_options.workspaceRoot).filePath(path);
            if (!QFileInfo::exists(full) && !QFileInfo::exists(full + QStringLiteral(".mlops")))
                report(step.where(field), Text::tr("input '%1': %2 does not exist in the workspace")
                                              .arg(input.name, path),
                       step.name, field);
            else if (!isPathInside(m_options.workspaceRoot, full))
                // A symbolic link (or a folder that is one) leading out: the run refuses it too.
                report(step.where(field), Text::tr("input '%1' must stay inside the workspace: %2 leads to %3")
                                              .arg(input.name, path, QFileInfo(full).canonicalFilePath()),
                       step.name, field);
        }
    }
}

void Validator::checkStepList(const StepSpec &step, const QStringList &names, const QString &field)
{
    for (const QString &name : names) {
        const SourceLocation where = step.where(field + QLatin1Char('.') + name);
        if (name == step.name)
            report(where, Text::tr("step '%1' cannot list itself in '%2'").arg(name, field), step.name, field);
        else if (!m_spec.step(name))
            report(where, Text::tr("unknown step '%1' in '%2'%3").arg(name, field, didYouMean(name, m_spec.stepNames())),
                   step.name, field);
    }
}

void Validator::checkCondition(const StepSpec &step)
{
    checkStepList(step, step.thenSteps, QStringLiteral("then"));
    checkStepList(step, step.elseSteps, QStringLiteral("else"));
    if (!step.locations.contains(QStringLiteral("when")))
        return;  // the loader reported the missing key
    Result<Expression> expr = Expression::parse(step.when);
    const SourceLocation whenAt = step.where(QStringLiteral("when"));
    if (!expr) {
        report(whenAt.at(std::max(0, expr.error().column - 1)),
               Text::tr("bad condition: %1").arg(expr.error().message), step.name, QStringLiteral("when"));
        return;
    }
    // Reference errors are reported once, by checkReference; type errors only when
    // every reference is sound.
    const auto typeOf = [this](const Reference &ref) -> Expression::Type {
        if (ref.kind == Reference::Kind::Parameter) {
            const ParameterSpec *p = m_spec.parameter(ref.name);
            if (!p)
                return Expression::Type::Unknown;
            switch (p->type) {
            case ParameterSpec::Type::Number: return Expression::Type::Number;
            case ParameterSpec::Type::Boolean: return Expression::Type::Boolean;
            case ParameterSpec::Type::String: return Expression::Type::String;
            }
        }
        if (ref.isArtifact())
            return Expression::Type::Artifact;
        return Expression::Type::Unknown;
    };
    if (Status s = expr->check(typeOf); !s)
        report(whenAt.at(std::max(0, s.error().column - 1)), s.error().message, step.name, QStringLiteral("when"));

    for (const QString &name : step.thenSteps) {
        if (step.elseSteps.contains(name))
            report(step.where(QStringLiteral("else.") + name),
                   Text::tr("step '%1' is in both 'then' and 'else' of '%2'").arg(name, step.name), step.name,
                   QStringLiteral("else"));
    }
    if (step.thenSteps.isEmpty() && step.elseSteps.isEmpty())
        report(step.location, Text::tr("condition '%1' has neither 'then' nor 'else' steps, so it decides nothing")
                                  .arg(step.name),
               step.name, QStringLiteral("when"), Diagnostic::Severity::Warning);
}

void Validator::checkRunner(const StepSpec &step, const StepType &type)
{
    const QString runner = step.runner.value_or(m_spec.defaults.runner.value_or(QString()));
    // A step type that runs with some runners only (a notebook step: the process runner)
    // is told here, not when the run reaches it after the steps before it.
    if (const QStringList runners = type.supportedRunners();
        !runner.isEmpty() && !runners.isEmpty() && !runners.contains(runner)) {
        report(step.where(QStringLiteral("runner")),
               step.runner ? Text::tr("a %1 step cannot use the runner '%2' (it runs with: %3)")
                                 .arg(type.name(), runner, runners.join(QStringLiteral(", ")))
                           : Text::tr("a %1 step cannot use the pipeline's default runner '%2' (it runs with: %3); "
                                      "set 'runner: %4' on the step")
                                 .arg(type.name(), runner, runners.join(QStringLiteral(", ")), runners.first()),
               step.name, QStringLiteral("runner"));
        return;
    }
    if ((runner == QStringLiteral("docker") || runner == QStringLiteral("podman")) && !step.image
        && !m_spec.defaults.image && step.build.isEmpty())
        report(step.where(QStringLiteral("runner")),
               Text::tr("step '%1' runs in a %2 container but names no image (set 'image:' or 'build:')")
                   .arg(step.name, runner),
               step.name, QStringLiteral("image"));
}

void Validator::checkWorkspaceFiles(const StepSpec &step, const StepType &type)
{
    // A field that names a notebook of the workspace (a notebook step's `notebook`): a file
    // that is not there fails the step only when the run reaches it, after the steps before.
    if (m_options.workspaceRoot.isEmpty())
        return;
    for (const StepType::Field &field : type.fields()) {
        if (field.suggestions != StepType::Field::Suggestions::WorkspaceNotebooks)
            continue;
        const QString path = step.extra.value(field.key).toString();
        if (path.isEmpty() || path.contains(QStringLiteral("${")) || !isSafeRelativePath(path)
            || QFileInfo::exists(QDir(m_options.workspaceRoot).filePath(path)))
            continue;
        const QString folder = QFileInfo(path).path();
        QStringList nearby;
        for (const QString &name : QDir(QDir(m_options.workspaceRoot).filePath(folder))
                                       .entryList({QStringLiteral("*.ipynb")}, QDir::Files, QDir::Name))
            nearby.append(folder == QStringLiteral(".") ? name : folder + QLatin1Char('/') + name);
        report(step.where(field.key),
               Text::tr("'%1': %2 does not exist in the workspace%3").arg(field.key, path, didYouMean(path, nearby)), step.name,
               field.key);
    }
}

void Validator::checkBuild(const StepSpec &step)
{
    if (step.build.isEmpty())
        return;
    // The build sends its context to the engine: like an input, it stays inside the workspace.
    const QString field = step.locations.contains(QStringLiteral("build.context")) ? QStringLiteral("build.context")
                                                                                  : QStringLiteral("build");
    const QString context = step.build.context.isEmpty() ? QStringLiteral(".") : step.build.context;
    if (!isSafeRelativePath(context)) {
        report(step.where(field), Text::tr("build context must be a folder inside the workspace, not '%1'").arg(context),
               step.name, field);
        return;
    }
    if (!step.build.dockerfile.isEmpty()
        && !isSafeRelativePath(QDir::cleanPath(context + QLatin1Char('/') + step.build.dockerfile))) {
        report(step.where(QStringLiteral("build.dockerfile")),
               Text::tr("the Dockerfile must be inside the workspace, not '%1'").arg(step.build.dockerfile), step.name,
               QStringLiteral("build.dockerfile"));
    }
    if (m_options.workspaceRoot.isEmpty())
        return;
    const QString full = QDir(m_options.workspaceRoot).filePath(context);
    if (QFileInfo::exists(full) && !isPathInside(m_options.workspaceRoot, full))
        report(step.where(field), Text::tr("build context must stay inside the workspace: %1 leads to %2")
                                      .arg(context, QFileInfo(full).canonicalFilePath()),
               step.name, field);
}

void Validator::checkVariableNames(const StepSpec &step)
{
    // A step sees each input and output through an environment variable of its upper-cased
    // name with '_' for other characters: two names that map to one variable would lose one.
    auto check = [&](const QStringList &names, const QString &kind, const QString &variables) {
        QHash<QString, QString> byVariable;
        for (const QString &name : names) {
            const QString variable = JobLayout::variableName(name);
            const auto it = byVariable.constFind(variable);
            if (it == byVariable.cend()) {
                byVariable.insert(variable, name);
                continue;
            }
            if (*it == name)
                continue;  // declared twice: the loader says so
            const QString field = kind + QLatin1Char('.') + name;
            report(step.where(field),
                   Text::tr("%1 '%2' and '%3' of step '%4' both become %5; rename one")
                       .arg(kind, *it, name, step.name, variables.arg(variable)),
                   step.name, field);
        }
    };
    QStringList inputs;
    for (const InputSpec &input : step.inputs)
        inputs.append(input.name);
    check(inputs, QStringLiteral("inputs"), QStringLiteral("SM_CHANNEL_%1 and MLOPS_INPUT_%1"));
    check(step.outputs, QStringLiteral("outputs"), QStringLiteral("MLOPS_OUTPUT_%1"));
}

Diagnostics Validator::run()
{
    for (const StepSpec &step : m_spec.steps) {
        const StepType *type = StepTypeRegistry::instance().find(step.type);
        for (const FieldReference &r : stepReferences(step))
            checkReference(step, r);
        // Strings with a broken ${…} (not closed, unknown form).
        auto checkSyntax = [&](const QString &field, const QString &text) {
            Result<QList<TemplatePart>> parts = parseTemplate(text);
            if (!parts && !field.startsWith(QStringLiteral("inputs.")))
                report(step.where(field).at(parts.error().column - 1), parts.error().message, step.name, field);
        };
        for (int i = 0; i < step.command.size(); ++i)
            checkSyntax(QStringLiteral("command.%1").arg(i), step.command.at(i));
        for (const auto &[k, v] : step.hyperparameters)
            checkSyntax(QStringLiteral("hyperparameters.") + k, v);
        for (auto it = step.environment.cbegin(); it != step.environment.cend(); ++it)
            checkSyntax(QStringLiteral("environment.") + it.key(), it.value());
        if (!step.message.isEmpty())
            checkSyntax(QStringLiteral("message"), step.message);

        checkInputs(step);
        checkBuild(step);
        checkVariableNames(step);
        checkStepList(step, step.dependsOn, QStringLiteral("depends_on"));
        if (type && type->execution() == StepType::Execution::Condition)
            checkCondition(step);
        if (type && type->execution() == StepType::Execution::Command)
            checkRunner(step, *type);
        if (type) {
            for (const StepType::FieldProblem &problem : type->check(step))
                report(step.where(problem.field), problem.message, step.name, problem.field);
            checkWorkspaceFiles(step, *type);
        }
        for (const auto &[name, path] : step.properties) {
            const QString field = QStringLiteral("properties.") + name;
            const QString first = path.section(QLatin1Char('/'), 0, 0);
            const bool inModel = first == QStringLiteral("model") && type && type->producesModel();
            if (!step.outputs.contains(first) && !inModel)
                report(step.where(field),
                       Text::tr("property '%1' must point into one of the step's outputs (%2), e.g. %3/report.json")
                           .arg(name, step.outputs.join(QStringLiteral(", ")),
                                step.outputs.value(0, QStringLiteral("OUTPUT"))),
                       step.name, field);
            else if (!isSafeRelativePath(path) || path.split(QLatin1Char('/')).contains(QStringLiteral("..")))
                report(step.where(field),
                       Text::tr("property '%1' must stay inside the output '%2': '%3' leads out of it with '..'")
                           .arg(name, first, path),
                       step.name, field);
            else if (path.section(QLatin1Char('/'), 1).isEmpty())
                report(step.where(field),
                       Text::tr("property '%1' must name a JSON file inside the output '%2', e.g. %2/report.json")
                           .arg(name, first),
                       step.name, field);
        }
    }

    const PipelineGraph graph = PipelineGraph::build(m_spec);
    if (const std::optional<QStringList> cycle = graph.findCycle()) {
        // Every step and every edge of the cycle is marked: each edge's diagnostic names
        // the step and field that make it (as the editor finds edges), so any of them can
        // be the one to change.
        const QString message = Text::tr("the steps form a cycle: %1 (a step cannot wait for itself)")
                                    .arg(cycle->join(QStringLiteral(" → ")));
        QSet<QString> marked;
        QSet<QString> reported;
        for (qsizetype i = 0; i + 1 < cycle->size(); ++i) {
            const QString &a = cycle->at(i);
            const QString &b = cycle->at(i + 1);
            for (const GraphEdge &e : graph.edges()) {
                if (!((e.from == a && e.to == b) || (e.from == b && e.to == a)))
                    continue;
                const bool branch = e.kind == GraphEdge::Kind::Branch;
                const StepSpec *owner = m_spec.step(branch ? e.from : e.to);
                if (!owner)
                    continue;
                QString field = e.fromPort;
                if (e.kind == GraphEdge::Kind::Order)
                    field = QStringLiteral("depends_on");
                else if (!branch)
                    field = owner->input(e.toPort) ? QStringLiteral("inputs.") + e.toPort : e.toPort;
                if (!reported.contains(owner->name + QLatin1Char('|') + field)) {
                    reported.insert(owner->name + QLatin1Char('|') + field);
                    report(owner->where(field), message, owner->name, field);
                }
                marked.insert(owner->name);
            }
        }
        for (const QString &name : *cycle) {
            if (!marked.contains(name)) {
                marked.insert(name);
                const StepSpec *step = m_spec.step(name);
                report(step ? step->location : SourceLocation{}, message, name, QString());
            }
        }
    }
    // A step in two branches of different conditions is fine; a branch step that also
    // feeds its own condition would be a cycle, reported above.
    std::stable_sort(m_out.begin(), m_out.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return m_out;
}

} // namespace

Diagnostics validatePipeline(const PipelineSpec &spec, const ValidationOptions &options)
{
    return Validator(spec, options).run();
}

QStringList pipelinesNamed(const QString &workspaceRoot, const QString &name, const QString &except)
{
    QStringList found;
    const QString folder = QDir(workspaceRoot).filePath(QStringLiteral("pipelines"));
    const QString skip = QFileInfo(except).canonicalFilePath();
    QDirIterator it(folder, {QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (!skip.isEmpty() && QFileInfo(file).canonicalFilePath() == skip)
            continue;
        const LoadedPipeline other = PipelineLoader::loadFile(file);
        if (other.parsed && other.spec.name == name)
            found.append(QDir(workspaceRoot).relativeFilePath(file));
    }
    found.sort();
    return found;
}

LoadedPipeline loadAndValidate(const QString &path, const QString &displayName, const ValidationOptions &options)
{
    LoadedPipeline loaded = PipelineLoader::loadFile(path, displayName);
    if (!loaded.parsed)
        return loaded;
    loaded.diagnostics += validatePipeline(loaded.spec, options);
    // `steps: {}` loads (the editor starts new pipelines that way) but has nothing to run.
    if (loaded.spec.steps.isEmpty() && loaded.spec.locations.contains(QStringLiteral("steps"))) {
        Diagnostic d;
        d.message = Text::tr("a pipeline needs at least one step");
        d.file = loaded.spec.file;
        const SourceLocation at = loaded.spec.locations.value(QStringLiteral("steps"));
        d.line = at.line;
        d.column = at.column;
        d.field = QStringLiteral("steps");
        loaded.diagnostics.append(d);
    }
    // `mlops run NAME` finds a pipeline of pipelines/ by its name: a name used twice names neither.
    if (!options.workspaceRoot.isEmpty()
        && isPathInside(QDir(options.workspaceRoot).filePath(QStringLiteral("pipelines")), path)) {
        if (const QStringList others = pipelinesNamed(options.workspaceRoot, loaded.spec.name, path); !others.isEmpty()) {
            Diagnostic d;
            d.message = Text::tr("pipeline name '%1' is also used by %2; give each pipeline of the workspace its own name")
                            .arg(loaded.spec.name, others.join(QStringLiteral(", ")));
            d.file = loaded.spec.file;
            const SourceLocation at = loaded.spec.locations.value(QStringLiteral("name"), SourceLocation{1, 1});
            d.line = at.line;
            d.column = at.column;
            d.field = QStringLiteral("name");
            loaded.diagnostics.append(d);
        }
    }
    std::stable_sort(loaded.diagnostics.begin(), loaded.diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         return a.line != b.line ? a.line < b.line : a.column < b.column;
                     });
    return loaded;
}

} // namespace mlops
