// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/registry/registermodelstep.h"

#include "core/common/suggest.h"
#include "core/governance/governancecontext.h"
#include "core/pipeline/executioncontext.h"
#include "core/pipeline/pipelinespec.h"
#include "core/pipeline/reference.h"
#include "core/pipeline/steptype.h"
#include "core/registry/approvalstatus.h"
#include "core/registry/modelregistry.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::RegisterModelStep)
};

/** The single ${steps.X.model} reference of the `model` field, if it is one. */
std::optional<Reference> modelReference(const QString &text)
{
    Result<QList<TemplatePart>> parts = parseTemplate(text);
    if (!parts || parts->size() != 1 || !parts->first().isReference
        || parts->first().reference.kind != Reference::Kind::StepModel)
        return std::nullopt;
    return parts->first().reference;
}

class RegisterModelStep : public StepType
{
public:
    QString name() const override { return QStringLiteral("register-model"); }
    QString description() const override
    {
        return Text::tr("Registers a trained model as a new version in the model registry");
    }
    Execution execution() const override { return Execution::InProcess; }
    QStringList keys() const override
    {
        return {QStringLiteral("model"), QStringLiteral("group"), QStringLiteral("approval"),
                QStringLiteral("model_card")};
    }
    QStringList requiredKeys() const override { return {QStringLiteral("model"), QStringLiteral("group")}; }

    QString summary(const StepSpec &step) const override
    {
        const QString group = step.extra.value(QStringLiteral("group")).toString();
        return group.isEmpty() ? Text::tr("no model group yet") : Text::tr("into model group %1").arg(group);
    }

    QList<Field> fields() const override
    {
        Field model{QStringLiteral("model"), Text::tr("Model"), QStringLiteral("${steps.train.model}"),
                    Text::tr("The model of a training step of this pipeline"), {}, false,
                    Field::Suggestions::ModelReferences};
        Field group{QStringLiteral("group"), Text::tr("Model group"), QStringLiteral("breast-cancer"),
                    Text::tr("The group the new version joins; versions are numbered per group"), {}, false};
        Field approval{QStringLiteral("approval"), Text::tr("Approval"), QString(),
                       Text::tr("The new version's status; Approved needs the approver role"),
                       approvalStatusNames(), false};
        approval.choices.removeAll(QStringLiteral("Rejected"));
        Field card{QStringLiteral("model_card"), Text::tr("Model card"),
                   Text::tr("Markdown; empty: a generated card"), Text::tr("The version's model card (Markdown)"),
                   {}, true};
        return {model, group, approval, card};
    }

    void prefill(StepSpec &step, const PipelineSpec &pipeline) const override
    {
        // The last training step's model, into a group named after the pipeline.
        for (auto it = pipeline.steps.crbegin(); it != pipeline.steps.crend() && !step.extra.contains(QStringLiteral("model"));
             ++it) {
            const StepType *type = StepTypeRegistry::instance().find(it->type);
            if (type && type->producesModel()) {
                step.extra.insert(QStringLiteral("model"), QStringLiteral("${steps.%1.model}").arg(it->name));
                break;
            }
        }
        if (step.extra.contains(QStringLiteral("group")))
            return;
        static const QRegularExpression notAllowed(QStringLiteral("[^A-Za-z0-9._-]+"));
        QString group = pipeline.name.trimmed();
        group.replace(notAllowed, QStringLiteral("-"));
        while (group.startsWith(QLatin1Char('-')) || group.startsWith(QLatin1Char('.'))
               || group.startsWith(QLatin1Char('_')))
            group.remove(0, 1);
        step.extra.insert(QStringLiteral("group"), group.isEmpty() ? QStringLiteral("models") : group);
    }

    QList<FieldProblem> check(const StepSpec &step) const override
    {
        QList<FieldProblem> problems;
        const QString model = step.extra.value(QStringLiteral("model")).toString();
        if (!model.isEmpty() && !modelReference(model))
            problems.append({QStringLiteral("model"),
                             Text::tr("type mismatch: 'model' must be a training step's model, e.g. "
                                      "${steps.train.model}, not '%1'")
                                 .arg(model)});
        const QString group = step.extra.value(QStringLiteral("group")).toString();
        static const QRegularExpression groupName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
        if (!group.isEmpty() && !group.contains(QStringLiteral("${")) && !groupName.match(group).hasMatch())
            problems.append({QStringLiteral("group"),
                             Text::tr("'%1' is not a valid model group name (letters, digits, '.', '_' and '-')")
                                 .arg(group)});
        const QString approval = step.extra.value(QStringLiteral("approval")).toString();
        const std::optional<ApprovalStatus> status = parseApprovalStatus(approval);
        if (!approval.isEmpty() && !status)
            problems.append({QStringLiteral("approval"),
                             Text::tr("unknown approval status '%1' (one of: %2)%3")
                                 .arg(approval, QStringLiteral("PendingManualApproval, Approved"),
                                      didYouMean(approval, approvalStatusNames()))});
        else if (status)
            if (Status initial = ModelRegistry::checkInitialApproval(*status); !initial)
                problems.append({QStringLiteral("approval"), initial.error().message});
        return problems;
    }

    Result<QString> runInProcess(ExecutionContext &ctx, const StepSpec &step, const RunRef &run) const override
    {
        const std::optional<Reference> ref = modelReference(step.extra.value(QStringLiteral("model")).toString());
        if (!ref)
            return Error::badInput(Text::tr("'model' must be a training step's model, e.g. ${steps.train.model}"));
        Result<StoredArtifact> model = ctx.artifact(*ref);
        if (!model)
            return model.error();
        const auto producer = ctx.stepRuns.constFind(ref->step);
        if (producer == ctx.stepRuns.cend())
            return Error{Text::tr("step '%1' has no run in this execution").arg(ref->step)};
        auto noArtifacts = [](const Reference &r) -> Result<QString> {
            return Error::badInput(Text::tr("%1 cannot be used here").arg(r.toString()));
        };
        Result<QString> group = ctx.interpolate(step.extra.value(QStringLiteral("group")).toString(), noArtifacts);
        if (!group)
            return group.error();
        Result<QString> description = ctx.interpolate(step.description, noArtifacts);
        if (!description)
            return description.error();
        ModelRegistration registration;
        registration.group = *group;
        registration.runId = producer->uuid;
        registration.modelHash = model->hash;
        registration.description = *description;
        registration.approval = parseApprovalStatus(step.extra.value(QStringLiteral("approval")).toString())
                                    .value_or(ApprovalStatus::PendingManualApproval);
        const QString card = step.extra.value(QStringLiteral("model_card")).toString();
        if (!card.isEmpty()) {
            Result<QString> text = ctx.interpolate(card, noArtifacts);
            if (!text)
                return text.error();
            registration.modelCard = *text;
        }
        ModelRegistry registry(ctx.store->db(), GovernanceContext::forWorkspace(ctx.workspace));
        Result<Registration> registered = registry.registerModel(registration);
        if (!registered)
            return registered.error();
        const QString versionRef = registered->version.ref();
        (void)ctx.tracker->setParams(run.id, {{QStringLiteral("model_version"), versionRef},
                                              {QStringLiteral("model_group"), *group},
                                              {QStringLiteral("approval"),
                                               approvalStatusName(registered->version.status)}});
        return registered->created
                   ? Text::tr("registered %1 (%2)").arg(versionRef, approvalStatusName(registered->version.status))
                   : Text::tr("the model is already %1 (%2)")
                         .arg(versionRef, approvalStatusName(registered->version.status));
    }
};

} // namespace

std::unique_ptr<StepType> makeRegisterModelStepType()
{
    return std::make_unique<RegisterModelStep>();
}

} // namespace mlops
