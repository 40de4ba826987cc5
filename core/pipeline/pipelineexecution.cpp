// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/pipeline/pipelineexecution.h"

#include "core/common/suggest.h"
#include "core/lineage/lineagerecorder.h"
#include "core/pipeline/commandstep.h"
#include "core/pipeline/expression.h"
#include "core/pipeline/steptype.h"
#include "core/store/database.h"
#include "core/tracking/runtags.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::PipelineExecution)
};
} // namespace

PipelineExecution::PipelineExecution(const Workspace &workspace, const PipelineSpec &spec,
                                     const QString &pipelineFile, const ExecutionOptions &options, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<mlops::StepEvent>();
    qRegisterMetaType<mlops::RunStatus>();
    m_ctx.workspace = workspace;
    m_ctx.spec = spec;
    m_ctx.pipelineFile = pipelineFile;
    m_ctx.options = options;
    m_graph = PipelineGraph::build(m_ctx.spec);
    m_order = m_graph.topologicalOrder();
    m_maxParallel = options.maxParallel > 0 ? options.maxParallel : std::max(1, QThread::idealThreadCount());
    for (const StepSpec &s : m_ctx.spec.steps) {
        for (const QString &t : s.thenSteps)
            m_branchOf[t].append({s.name, true});
        for (const QString &e : s.elseSteps)
            m_branchOf[e].append({s.name, false});
    }
}

PipelineExecution::~PipelineExecution() = default;

QString PipelineExecution::effectiveRunner(const StepSpec &spec) const
{
    const StepType *type = StepTypeRegistry::instance().find(spec.type);
    if (!type || type->execution() != StepType::Execution::Command)
        return QString();
    if (m_ctx.options.runner.isEmpty() && spec.runner)
        return *spec.runner;
    return defaultRunner();
}

QString PipelineExecution::defaultRunner() const
{
    if (!m_ctx.options.runner.isEmpty())
        return m_ctx.options.runner;
    if (m_ctx.spec.defaults.runner)
        return *m_ctx.spec.defaults.runner;
    return m_ctx.workspace.manifest().runner.isEmpty() ? QStringLiteral("process") : m_ctx.workspace.manifest().runner;
}

Status PipelineExecution::prepare()
{
    if (m_order.size() != m_ctx.spec.steps.size())
        return Error::badInput(Text::tr("the pipeline's steps form a cycle; run 'mlops validate' for details"));
    Result<QMap<QString, QString>> params = resolveParameters(m_ctx.spec, m_ctx.options.parameters);
    if (!params)
        return params.error();
    m_ctx.parameters = *params;
    if (!m_ctx.options.runner.isEmpty() && !RunnerRegistry::instance().contains(m_ctx.options.runner))
        return Error::badInput(Text::tr("runner '%1' is not available (available: %2)%3")
                                   .arg(m_ctx.options.runner,
                                        RunnerRegistry::instance().names().join(QStringLiteral(", ")),
                                        didYouMean(m_ctx.options.runner, RunnerRegistry::instance().names())));

    Result<std::unique_ptr<Store>> store = Store::open(m_ctx.workspace.storePath());
    if (!store)
        return store.error();
    m_ctx.store = std::move(*store);
    m_ctx.tracker = std::make_unique<RunTracker>(m_ctx.store->db());
    m_ctx.cache = std::make_unique<ArtifactCache>(m_ctx.workspace.cacheDir());

    // Provenance: the commit, and the uncommitted diff when the tree is dirty.
    if (Result<GitRepository> repo = GitRepository::openScoped(m_ctx.workspace.root()); repo) {
        if (Result<GitState> state = repo->state(); state) {
            m_ctx.git.commit = state->head ? state->head->sha : QString();
            m_ctx.git.branch = state->branch;
            m_ctx.git.dirty = state->isDirty();
            // The step cache counts new files as code too; one status serves both.
            QStringList untracked;
            for (const GitChange &change : std::as_const(state->changes)) {
                if (change.kind == GitChange::Kind::Untracked)
                    untracked.append(change.path);
            }
            m_ctx.git.untracked = untracked;
            if (m_ctx.git.dirty) {
                if (Result<QByteArray> diff = repo->diffHead(); diff && !diff->isEmpty()) {
                    if (Result<StoredArtifact> stored = m_ctx.cache->storeBytes(*diff); stored) {
                        m_ctx.git.diffHash = stored->hash;
                        m_ctx.git.diffSize = stored->size;
                    }
                }
            }
        }
    }

    NewRun pipeline;
    pipeline.kind = QStringLiteral("pipeline");
    pipeline.name = m_ctx.spec.name;
    pipeline.pipeline = m_ctx.pipelineFile;
    pipeline.runner = defaultRunner();
    pipeline.gitCommit = m_ctx.git.commit;
    pipeline.gitBranch = m_ctx.git.branch;
    pipeline.gitDirty = m_ctx.git.dirty;
    Result<RunRef> run = m_ctx.tracker->createRun(pipeline);
    if (!run)
        return run.error();
    m_ctx.pipelineRun = *run;
    if (Status s = m_ctx.tracker->setParams(run->id, m_ctx.parameters); !s)
        return s;
    if (!m_ctx.options.launcher.isEmpty()) {
        if (Status s = m_ctx.tracker->setTag(run->id, runtags::launcher(), m_ctx.options.launcher); !s)
            return s;
    }
    for (auto it = m_ctx.options.tags.cbegin(); it != m_ctx.options.tags.cend(); ++it) {
        if (Status s = m_ctx.tracker->setTag(run->id, it.key(), it.value()); !s)
            return s;
    }
    if (!m_ctx.git.diffHash.isEmpty()) {
        const ArtifactRecord diff{0, QStringLiteral("diff"), QStringLiteral("uncommitted.diff"), m_ctx.git.diffHash,
                                  QStringLiteral("file"), m_ctx.git.diffSize,
                                  QStringLiteral("git diff HEAD, untracked files included")};
        if (Result<qint64> id = m_ctx.tracker->addArtifact(run->id, diff); !id)
            return id.error();
    }

    // Every step's run in one transaction: a pipeline appears whole or not at all.
    Transaction tx(m_ctx.store->db());
    if (!tx.isActive())
        return tx.beginError();
    for (const StepSpec &spec : m_ctx.spec.steps) {
        NewRun step;
        step.kind = QStringLiteral("step");
        step.name = spec.name;
        step.pipeline = m_ctx.pipelineFile;
        step.stepType = spec.type;
        step.runner = effectiveRunner(spec);
        step.parentId = run->id;
        step.gitCommit = m_ctx.git.commit;
        step.gitBranch = m_ctx.git.branch;
        step.gitDirty = m_ctx.git.dirty;
        Result<RunRef> stepRun = m_ctx.tracker->createRun(step);
        if (!stepRun)
            return stepRun.error();
        if (Status s = m_ctx.tracker->setParams(stepRun->id, m_ctx.parameters); !s)
            return s;
        StepState state;
        state.run = *stepRun;
        state.event.step = spec.name;
        state.event.type = spec.type;
        state.event.runner = step.runner;
        state.event.runId = stepRun->uuid;
        m_states.insert(spec.name, state);
        m_ctx.stepRuns.insert(spec.name, *stepRun);
    }
    return tx.commit();
}

QList<StepEvent> PipelineExecution::steps() const
{
    QList<StepEvent> events;
    for (const StepSpec &s : m_ctx.spec.steps)
        events.append(m_states.value(s.name).event);
    return events;
}

void PipelineExecution::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    m_status = RunStatus::Running;
    (void)m_ctx.tracker->start(m_ctx.pipelineRun.id);
    schedule();
}

void PipelineExecution::stop()
{
    if (m_finished || m_stopping)
        return;
    m_stopping = true;
    for (auto it = m_states.begin(); it != m_states.end(); ++it) {
        if (it->command)
            it->command->stop();
    }
    QTimer::singleShot(0, this, &PipelineExecution::schedule);
}

void PipelineExecution::kill()
{
    if (m_finished)
        return;
    const bool wasStopping = m_stopping;
    m_stopping = true;
    for (auto it = m_states.begin(); it != m_states.end(); ++it) {
        if (it->command)
            it->command->kill();
    }
    if (!wasStopping)
        QTimer::singleShot(0, this, &PipelineExecution::schedule);
}

void PipelineExecution::emitState(const QString &name)
{
    StepState &s = m_states[name];
    if (s.clock.isValid())
        s.event.durationMs = s.clock.elapsed();
    emit stepChanged(s.event);
}

void PipelineExecution::skip(const QString &name, const QString &reason)
{
    StepState &s = m_states[name];
    s.event.status = RunStatus::Skipped;
    s.event.reason = reason;
    (void)m_ctx.tracker->finish(s.run.id, RunStatus::Skipped, std::nullopt, reason);
    emitState(name);
}

void PipelineExecution::complete(const QString &name, RunStatus status, const QString &reason)
{
    StepState &s = m_states[name];
    s.event.status = status;
    s.event.reason = reason;
    if (s.command) {
        s.event.cached = s.command->isCacheHit();
        s.event.cachedFrom = s.command->cachedFromUuid();
        s.event.attempt = s.command->attempt();
        s.command->deleteLater();
    }
    --m_running;
    // Lineage as each step ends (cache hits too), so a crash keeps what finished.
    (void)LineageRecorder(m_ctx.store->db(), m_ctx.workspace.root()).recordRun(s.run.id);
    emitState(name);
    if (status == RunStatus::Failed) {
        const QString failure = s.event.type == QStringLiteral("fail")
                                    ? reason
                                    : Text::tr("step '%1' failed: %2").arg(name, reason);
        m_failures.append(failure);
        if (m_reason.isEmpty())
            m_reason = failure;
    }
    // Decide on the next steps from the event loop, not from inside this call chain.
    if (!m_scheduled) {
        m_scheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_scheduled = false;
            schedule();
        });
    }
}

void PipelineExecution::schedule()
{
    if (m_finished)
        return;
    for (const QString &name : std::as_const(m_order)) {
        StepState &state = m_states[name];
        if (state.event.status != RunStatus::Pending)
            continue;
        if (m_stopping) {
            skip(name, Text::tr("the pipeline was stopped"));
            continue;
        }
        const QStringList deps = m_graph.dependencies(name);
        bool ready = true;
        QString blocked;
        QString skippedDep;
        for (const QString &dep : deps) {
            const RunStatus st = m_states.value(dep).event.status;
            if (!isFinalStatus(st))
                ready = false;
            else if (st == RunStatus::Failed || st == RunStatus::Stopped || st == RunStatus::Interrupted)
                blocked = dep;
            else if (st == RunStatus::Skipped && skippedDep.isEmpty())
                skippedDep = dep;
        }
        if (!blocked.isEmpty()) {
            skip(name, Text::tr("upstream step '%1' did not complete").arg(blocked));
            continue;
        }
        if (!ready)
            continue;
        QString branchReason;
        for (const auto &[condition, wantTrue] : m_branchOf.value(name)) {
            const auto decision = m_decisions.constFind(condition);
            if (decision != m_decisions.cend() && *decision != wantTrue)
                branchReason = *decision ? Text::tr("condition '%1' was true").arg(condition)
                                         : Text::tr("condition '%1' was false").arg(condition);
        }
        if (!branchReason.isEmpty()) {
            skip(name, branchReason);
            continue;
        }
        if (!skippedDep.isEmpty()) {
            skip(name, Text::tr("upstream step '%1' was skipped").arg(skippedDep));
            continue;
        }
        if (m_running >= m_maxParallel)
            continue;
        launch(name);
    }
    bool pending = false;
    for (const StepState &s : std::as_const(m_states))
        pending = pending || !isFinalStatus(s.event.status);
    if (!pending && m_running == 0)
        finalize();
}

void PipelineExecution::launch(const QString &name)
{
    const StepSpec *spec = m_ctx.spec.step(name);
    StepState &state = m_states[name];
    const StepType *type = StepTypeRegistry::instance().find(spec->type);
    ++m_running;
    state.clock.start();
    state.event.status = RunStatus::Running;
    if (!type) {
        complete(name, RunStatus::Failed, Text::tr("unknown step type '%1'").arg(spec->type));
        return;
    }
    switch (type->execution()) {
    case StepType::Execution::Condition:
        runCondition(*spec, state);
        return;
    case StepType::Execution::Fail:
        runFail(*spec, state);
        return;
    case StepType::Execution::InProcess:
        runInProcess(*spec, state);
        return;
    case StepType::Execution::Command:
        break;
    }
    auto *command = new CommandStep(m_ctx, *spec, *type, state.run, this);
    state.command = command;
    connect(command, &CommandStep::running, this, [this, name](int attempt) {
        StepState &s = m_states[name];
        s.event.attempt = attempt;
        emitState(name);
    });
    connect(command, &CommandStep::output, this,
            [this, name](const QString &line, bool isStderr) { emit stepOutput(name, line, isStderr); });
    connect(command, &CommandStep::finished, this,
            [this, name](RunStatus status, const QString &reason) { complete(name, status, reason); });
    command->start();
}

void PipelineExecution::runCondition(const StepSpec &spec, StepState &state)
{
    (void)m_ctx.tracker->start(state.run.id);
    Result<Expression> expr = Expression::parse(spec.when);
    if (!expr) {
        (void)m_ctx.tracker->finish(state.run.id, RunStatus::Failed, std::nullopt, expr.error().message);
        complete(spec.name, RunStatus::Failed, Text::tr("bad condition: %1").arg(expr.error().message));
        return;
    }
    Result<bool> outcome = expr->evaluate([this](const Reference &ref) { return m_ctx.value(ref); });
    if (!outcome) {
        (void)m_ctx.tracker->finish(state.run.id, RunStatus::Failed, std::nullopt, outcome.error().message);
        complete(spec.name, RunStatus::Failed, outcome.error().message);
        return;
    }
    m_decisions.insert(spec.name, *outcome);
    // Record the values compared, so the run shows why it went this way.
    QMap<QString, QString> seen;
    for (const Reference &ref : expr->references()) {
        if (Result<QVariant> v = m_ctx.value(ref); v)
            seen.insert(ref.text, ExecutionContext::valueToText(*v));
    }
    seen.insert(QStringLiteral("outcome"), *outcome ? QStringLiteral("true") : QStringLiteral("false"));
    (void)m_ctx.tracker->setParams(state.run.id, seen, QStringLiteral("condition"));
    (void)m_ctx.tracker->finish(state.run.id, RunStatus::Completed);
    complete(spec.name, RunStatus::Completed,
             *outcome ? Text::tr("true: runs %1").arg(spec.thenSteps.isEmpty() ? Text::tr("nothing")
                                                                                : spec.thenSteps.join(QStringLiteral(", ")))
                      : Text::tr("false: runs %1").arg(spec.elseSteps.isEmpty() ? Text::tr("nothing")
                                                                                 : spec.elseSteps.join(QStringLiteral(", "))));
}

void PipelineExecution::runFail(const StepSpec &spec, StepState &state)
{
    (void)m_ctx.tracker->start(state.run.id);
    QString message = Text::tr("the pipeline reached fail step '%1'").arg(spec.name);
    if (!spec.message.isEmpty()) {
        Result<QString> text = m_ctx.interpolate(spec.message, [](const Reference &r) -> Result<QString> {
            return r.toString();
        });
        message = text ? *text : spec.message;
    }
    (void)m_ctx.tracker->finish(state.run.id, RunStatus::Failed, std::nullopt, message);
    complete(spec.name, RunStatus::Failed, message);
}

void PipelineExecution::runInProcess(const StepSpec &spec, StepState &state)
{
    (void)m_ctx.tracker->start(state.run.id);
    const StepType *type = StepTypeRegistry::instance().find(spec.type);
    Result<QString> summary = type->runInProcess(m_ctx, spec, state.run);
    if (!summary) {
        (void)m_ctx.tracker->finish(state.run.id, RunStatus::Failed, std::nullopt, summary.error().toString());
        complete(spec.name, RunStatus::Failed, summary.error().toString());
        return;
    }
    (void)m_ctx.tracker->finish(state.run.id, RunStatus::Completed);
    complete(spec.name, RunStatus::Completed, *summary);
}

void PipelineExecution::finalize()
{
    if (m_finished)
        return;
    m_finished = true;
    bool failed = false;
    for (const StepState &s : std::as_const(m_states))
        failed = failed || s.event.status == RunStatus::Failed;
    if (m_stopping)
        m_status = RunStatus::Stopped;
    else if (failed)
        m_status = RunStatus::Failed;
    else
        m_status = RunStatus::Completed;
    if (m_status == RunStatus::Stopped && m_reason.isEmpty())
        m_reason = Text::tr("stopped by the user");
    (void)m_ctx.tracker->finish(m_ctx.pipelineRun.id, m_status, std::nullopt,
                                m_status == RunStatus::Completed ? QString() : m_reason);
    (void)LineageRecorder(m_ctx.store->db(), m_ctx.workspace.root()).recordRun(m_ctx.pipelineRun.id);
    emit finished(m_status, m_reason);
}

} // namespace mlops
