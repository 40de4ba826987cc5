// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/maturity/lifecyclesummary.h"

#include "core/maturity/workspacefacts.h"

#include <QCoreApplication>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::Lifecycle)
};

using State = LifecycleStage::State;

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

LifecycleStage data(const WorkspaceFacts &f)
{
    LifecycleStage s{QStringLiteral("data"), Text::tr("Data"), State::NotStarted, {}, {}, QStringLiteral("overview")};
    if (f.dataFiles == 0) {
        s.headline = Text::tr("No data yet");
        s.detail = Text::tr("Add data with mlops data add");
        return s;
    }
    s.state = State::Done;
    s.headline = Text::tr("%n data file(s)", nullptr, f.dataFiles);
    s.detail = f.distinctInputs > 0 ? Text::tr("%n data set version(s) used by runs", nullptr, f.distinctInputs)
                                    : Text::tr("not used by a run yet");
    return s;
}

LifecycleStage train(const WorkspaceFacts &f)
{
    LifecycleStage s{QStringLiteral("train"), Text::tr("Train"), State::NotStarted, {}, {}, QStringLiteral("experiments")};
    if (f.latestTraining && f.latestTrainingFailed) {
        // The newest training failed: that is where the workspace stands, whatever came before.
        s.state = State::Attention;
        s.headline = Text::tr("Training failed");
        s.detail = Text::tr("latest %1").arg(when(f.latestTraining->time));
        if (f.trainingRuns > 0)
            s.detail += Text::tr(" · %n model(s) trained before", nullptr, f.trainingRuns);
        return s;
    }
    if (f.trainingRuns == 0) {
        s.headline = Text::tr("No model trained");
        s.detail = f.pipelineFiles.isEmpty() ? Text::tr("Define a pipeline with a training step")
                                             : Text::tr("Run %1").arg(f.somePipeline());
        return s;
    }
    s.state = State::Done;
    s.headline = Text::tr("%n model(s) trained", nullptr, f.trainingRuns);
    if (f.latestTraining)
        s.detail = Text::tr("latest %1").arg(when(f.latestTraining->time));
    if (f.failedTrainingRuns > 0)
        s.detail += Text::tr(" · %n failed", nullptr, f.failedTrainingRuns);
    return s;
}

LifecycleStage evaluate(const WorkspaceFacts &f)
{
    LifecycleStage s{QStringLiteral("evaluate"), Text::tr("Evaluate"), State::NotStarted, {}, {},
                     QStringLiteral("experiments")};
    if (f.runsWithMetrics == 0) {
        s.headline = Text::tr("No metrics yet");
        s.detail = f.gates.isEmpty() ? Text::tr("no quality gate") : Text::tr("gate in %1").arg(f.gates.firstKey());
        return s;
    }
    s.headline = Text::tr("Metrics on %n run(s)", nullptr, f.runsWithMetrics);
    if (f.latestGate && f.latestGatePassed == false) {
        // The newest model missed the required quality: it goes no further.
        s.state = State::Attention;
        s.detail = Text::tr("latest model failed the gate %1 (%2)").arg(f.latestGate->name, when(f.latestGate->time));
    } else if (f.gates.isEmpty()) {
        s.state = State::InProgress;
        s.detail = Text::tr("no quality gate in a pipeline");
    } else {
        s.state = State::Done;
        s.detail = f.latestGate && f.latestGatePassed == true ? Text::tr("latest model passed the gate %1 (%2)").arg(f.latestGate->name, when(f.latestGate->time))
                                : Text::tr("gated by %1 (%2)").arg(f.gates.firstKey(), f.gates.first());
    }
    return s;
}

LifecycleStage registerStage(const WorkspaceFacts &f)
{
    LifecycleStage s{QStringLiteral("register"), Text::tr("Register"), State::NotStarted, {}, {},
                     QStringLiteral("registry")};
    if (f.modelVersions == 0) {
        s.headline = Text::tr("Nothing registered");
        s.detail = f.unregisteredModelRun ? Text::tr("model of run %1 is waiting").arg(f.unregisteredModelRun->uuid.left(8))
                                          : Text::tr("train a model first");
        return s;
    }
    s.headline = Text::tr("%n version(s)", nullptr, f.modelVersions);
    if (f.pendingVersions > 0) {
        s.state = State::Attention;
        s.detail = Text::tr("%n awaiting approval", nullptr, f.pendingVersions);
    } else {
        s.state = f.approvedVersions > 0 ? State::Done : State::InProgress;
        s.detail = Text::tr("%n approved", nullptr, f.approvedVersions);
    }
    return s;
}

LifecycleStage deploy(const WorkspaceFacts &f)
{
    // No deployments screen yet: the registry is where a version is approved and served from.
    LifecycleStage s{QStringLiteral("deploy"), Text::tr("Deploy"), State::NotStarted, {}, {},
                     QStringLiteral("registry")};
    const int endpoints = qMax(f.deploymentRecords, int(f.endpoints.size()));
    if (endpoints == 0) {
        s.headline = Text::tr("Not deployed");
        s.detail = f.latestApproved.isEmpty() ? Text::tr("approve a version first")
                                              : Text::tr("%1 is ready").arg(f.latestApproved);
        return s;
    }
    s.state = State::Done;
    s.headline = Text::tr("%n endpoint(s)", nullptr, endpoints);
    s.detail = f.environments.isEmpty() ? QString() : f.environments.join(QStringLiteral(" · "));
    return s;
}

LifecycleStage monitor(const WorkspaceFacts &f)
{
    // The maturity screen explains what monitoring found and what it still needs.
    LifecycleStage s{QStringLiteral("monitor"), Text::tr("Monitor"), State::NotStarted, {}, {},
                     QStringLiteral("maturity")};
    // The same facts as the maturity criterion "Deployed models are monitored".
    if (!f.isDeployed() || f.captureFiles.isEmpty()) {
        s.headline = Text::tr("Not monitored");
        s.detail = f.isDeployed() ? Text::tr("no data capture") : Text::tr("nothing deployed");
        return s;
    }
    s.state = f.monitoredEndpoints.isEmpty() ? State::InProgress : State::Done;
    s.headline = Text::tr("%n capture file(s)", nullptr, int(f.captureFiles.size()));
    s.detail = f.baselineFiles.isEmpty() ? Text::tr("no baseline yet") : Text::tr("checked against a baseline");
    return s;
}
} // namespace

QString LifecycleStage::stateName(State state)
{
    switch (state) {
    case State::NotStarted: return QStringLiteral("not-started");
    case State::InProgress: return QStringLiteral("in-progress");
    case State::Done: return QStringLiteral("done");
    case State::Attention: return QStringLiteral("attention");
    }
    return {};
}

QList<LifecycleStage> summarizeLifecycle(const WorkspaceFacts &facts)
{
    return {data(facts), train(facts), evaluate(facts), registerStage(facts), deploy(facts), monitor(facts)};
}

} // namespace mlops
