// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// The criteria of the maturity assessment. Each one states what it looks for, reports
// every fact it found with its source, and says what to run when it is not met.
#include "core/maturity/maturitycriteria.h"
#include "core/maturity/workspacefacts.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::MaturityCriteria)
};

QString sourceGit() { return QStringLiteral("git"); }
QString sourceManifest() { return QStringLiteral("mlops.yaml"); }
QString sourceRuns() { return QStringLiteral(".mlops/store.db: runs"); }
QString sourceRegistry() { return QStringLiteral(".mlops/store.db: model registry"); }
QString sourceAudit() { return QStringLiteral(".mlops/store.db: audit log"); }

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString runText(const RunSample &r)
{
    return Text::tr("run %1 (%2)").arg(r.uuid.left(8), r.name);
}

void add(CriterionResult &c, const QString &text, const QString &source, bool supports = true)
{
    c.evidence.append(Evidence{text, source, supports});
}

/** Up to `max` items, then "and N more". */
QString some(const QStringList &items, int max = 3)
{
    if (items.size() <= max)
        return items.join(QStringLiteral(", "));
    return Text::tr("%1 and %n more", nullptr, int(items.size()) - max)
        .arg(items.mid(0, max).join(QStringLiteral(", ")));
}

void listFiles(CriterionResult &c, const QStringList &files, const QStringList &committed, int max = 4)
{
    for (int i = 0; i < files.size() && i < max; ++i) {
        const bool isCommitted = committed.contains(files.at(i));
        add(c, isCommitted ? Text::tr("%1 (committed)").arg(files.at(i))
                           : Text::tr("%1 exists but is not committed").arg(files.at(i)),
            isCommitted ? sourceGit() : files.at(i), isCommitted);
    }
    if (files.size() > max)
        add(c, Text::tr("%n more file(s)", nullptr, int(files.size()) - max), files.at(max));
}

// --- Initial -------------------------------------------------------------------------

void gitRepository(const WorkspaceFacts &f, CriterionResult &c)
{
    c.met = f.isGitRepository && f.commits > 0;
    if (f.isGitRepository) {
        add(c, Text::tr("git repository at %1 with %n commit(s)", nullptr, f.commits).arg(f.gitRoot), sourceGit());
        if (f.head)
            add(c, Text::tr("HEAD is %1 \"%2\" by %3").arg(f.head->shortSha(), f.head->summary, f.head->authorName),
                sourceGit());
        if (f.uncommittedChanges > 0)
            add(c, Text::tr("%n uncommitted change(s) in the working tree", nullptr, f.uncommittedChanges),
                sourceGit(), false);
    } else {
        add(c, Text::tr("no git repository: %1").arg(f.gitError), sourceGit(), false);
    }
    if (!c.met)
        c.next = {Text::tr("Put the workspace under version control with a first commit"),
                  QStringLiteral("git init && git add -A && git commit -m \"First commit\"")};
}

void experimentationEnvironment(const WorkspaceFacts &f, CriterionResult &c)
{
    // Somewhere to explore data and train models: a notebook or a pipeline, and the
    // interpreter that runs them. Data on its own is material, not an environment.
    const bool hasWork = !f.notebookFiles.isEmpty() || !f.pipelineFiles.isEmpty();
    c.met = hasWork && f.pythonFound;
    if (!f.notebookFiles.isEmpty())
        add(c, Text::tr("%n notebook(s): %1", nullptr, int(f.notebookFiles.size())).arg(some(f.notebookFiles)),
            QStringLiteral("notebooks/"));
    if (!f.pipelineFiles.isEmpty())
        add(c, Text::tr("%n pipeline(s): %1", nullptr, int(f.pipelineFiles.size())).arg(some(f.pipelineFiles)),
            QStringLiteral("pipelines/"));
    if (f.dataFiles > 0)
        add(c, hasWork ? Text::tr("%n data file(s) to work on", nullptr, f.dataFiles)
                       : Text::tr("%n data file(s), but no notebook or pipeline to explore them", nullptr, f.dataFiles),
            QStringLiteral("data/"), hasWork);
    else if (!hasWork)
        add(c, Text::tr("no notebooks, pipelines or data in the workspace"), QStringLiteral("notebooks/"), false);
    const QString pythonSource = f.pythonFromManifest ? sourceManifest() : Text::tr("default interpreter");
    if (f.pythonFound)
        add(c, Text::tr("Python interpreter %1 runs the notebooks and steps").arg(f.python), pythonSource);
    else
        add(c, Text::tr("the Python interpreter %1 does not exist or cannot be run").arg(f.python), pythonSource, false);
    if (!hasWork)
        c.next = {Text::tr("Start experimenting: add a notebook under notebooks/ or a pipeline under pipelines/"),
                  QStringLiteral("mlops validate pipelines/train.yaml")};
    else if (!f.pythonFound)
        c.next = {Text::tr("Name an installed Python interpreter as python: in mlops.yaml"), QStringLiteral("mlops doctor")};
}

// --- Repeatable ----------------------------------------------------------------------

void trackedExperiments(const WorkspaceFacts &f, CriterionResult &c)
{
    c.met = f.topLevelRuns > 0 && f.runsWithMetrics > 0;
    if (!f.storeError.isEmpty())
        add(c, f.storeError, sourceRuns(), false);
    add(c, Text::tr("%n run(s) recorded in %1", nullptr, f.topLevelRuns)
               .arg(Text::tr("%n experiment(s)", nullptr, f.experiments)),
        sourceRuns(), f.topLevelRuns > 0);
    if (f.topLevelRuns > 0)
        add(c, Text::tr("%n run(s) with metrics, comparable in the Experiments screen", nullptr, f.runsWithMetrics),
            sourceRuns(), f.runsWithMetrics > 0);
    if (!c.met)
        c.next = {Text::tr("Run the pipeline so parameters and metrics are tracked"),
                  QStringLiteral("mlops run ") + f.somePipeline()};
}

void runsFromCommits(const WorkspaceFacts &f, CriterionResult &c)
{
    const std::optional<RunSample> &latest = f.latestCompletedRun;
    c.met = latest && !latest->gitCommit.isEmpty() && !latest->gitDirty;
    if (latest) {
        if (latest->gitCommit.isEmpty())
            add(c, Text::tr("the latest completed %1 recorded no commit").arg(runText(*latest)), sourceRuns(), false);
        else
            add(c, (latest->gitDirty ? Text::tr("the latest completed %1 ran at commit %2 with uncommitted changes")
                                     : Text::tr("the latest completed %1 ran at commit %2, clean"))
                       .arg(runText(*latest), latest->gitCommit.left(8)),
                sourceRuns(), !latest->gitDirty);
    }
    if (f.topLevelRuns > 0)
        add(c, Text::tr("%1 of %2 runs record their git commit").arg(f.runsWithCommit).arg(f.topLevelRuns), sourceRuns(),
            f.runsWithCommit == f.topLevelRuns);
    else
        add(c, Text::tr("no completed runs yet"), sourceRuns(), false);
    if (f.latestDirtyRun)
        add(c, Text::tr("%n run(s) started from uncommitted changes, latest %1", nullptr, f.dirtyRuns)
                   .arg(runText(*f.latestDirtyRun)),
            sourceRuns(), false);
    if (!c.met)
        c.next = {Text::tr("Commit your changes, then run the pipeline from the clean commit"),
                  QStringLiteral("git add -A && git commit -m \"…\" && mlops run ") + f.somePipeline()};
}

void automatedPipeline(const WorkspaceFacts &f, CriterionResult &c)
{
    c.met = !f.pipelineFiles.isEmpty() && f.completedPipelineRuns > 0;
    for (const QString &p : f.pipelineFiles.mid(0, 3))
        add(c, Text::tr("pipeline definition %1").arg(p), p);
    if (f.pipelineFiles.isEmpty())
        add(c, Text::tr("no pipeline definitions in pipelines/"), QStringLiteral("pipelines/"), false);
    add(c, Text::tr("%n completed pipeline execution(s)", nullptr, f.completedPipelineRuns)
               + (f.pipelineRuns > f.completedPipelineRuns
                      ? Text::tr(" (of %1)").arg(f.pipelineRuns)
                      : QString()),
        sourceRuns(), f.completedPipelineRuns > 0);
    if (!c.met)
        c.next = f.pipelineFiles.isEmpty()
                     ? NextAction{Text::tr("Describe processing and training as a pipeline in pipelines/ and check it"),
                                  QStringLiteral("mlops validate pipelines/train.yaml")}
                     : NextAction{Text::tr("Run the pipeline end to end"), QStringLiteral("mlops run ") + f.somePipeline()};
}

void unattendedRuns(const WorkspaceFacts &f, CriterionResult &c)
{
    c.met = f.unattendedRuns > 0;
    for (auto it = f.launchers.cbegin(); it != f.launchers.cend(); ++it)
        add(c, Text::tr("%n pipeline execution(s) started by %1", nullptr, it.value()).arg(it.key()),
            sourceRuns() + QStringLiteral(" (tag mlops.launcher)"), it.key() != QStringLiteral("studio"));
    if (f.latestUnattendedRun)
        add(c, Text::tr("latest unattended: %1 at %2").arg(runText(*f.latestUnattendedRun), when(f.latestUnattendedRun->time)),
            sourceRuns());
    if (f.pipelineRuns > 0 && f.launchers.isEmpty())
        add(c, Text::tr("no pipeline execution records what started it"), sourceRuns(), false);
    if (f.pipelineRuns == 0)
        add(c, Text::tr("no pipeline executions yet"), sourceRuns(), false);
    if (!c.met)
        c.next = {Text::tr("Run the pipeline headless from the command line (or a scheduler or CI job)"),
                  QStringLiteral("mlops run ") + f.somePipeline()};
}

void modelRegistry(const WorkspaceFacts &f, CriterionResult &c)
{
    c.met = f.modelVersions > 0;
    add(c, Text::tr("%1 with %2: %3 pending, %4 approved, %5 rejected")
               .arg(Text::tr("%n model group(s)", nullptr, f.modelGroups),
                    Text::tr("%n version(s)", nullptr, f.modelVersions))
               .arg(f.pendingVersions)
               .arg(f.approvedVersions)
               .arg(f.rejectedVersions),
        sourceRegistry(), f.modelVersions > 0);
    if (!c.met) {
        if (f.unregisteredModelRun)
            c.next = {Text::tr("Register the model trained by %1").arg(runText(*f.unregisteredModelRun)),
                      QStringLiteral("mlops registry register %1 --run %2")
                          .arg(f.unregisteredModelPipeline, f.unregisteredModelRun->uuid.left(8))};
        else
            c.next = {Text::tr("Train a model (a training step writes it to SM_MODEL_DIR), then register it"),
                      QStringLiteral("mlops registry register MODEL-GROUP --run RUN")};
    }
}

void stepCaching(const WorkspaceFacts &f, CriterionResult &c)
{
    c.met = f.cacheHits > 0;
    add(c, Text::tr("%n step run(s) reused cached results", nullptr, f.cacheHits), sourceRuns(), f.cacheHits > 0);
    if (f.latestCacheHit)
        add(c, Text::tr("latest: step %1 (%2)").arg(f.latestCacheHit->name, f.latestCacheHit->uuid.left(8)), sourceRuns());
    if (!c.met)
        c.next = {Text::tr("Run the pipeline again without changes: unchanged steps come from the cache"),
                  QStringLiteral("mlops run ") + f.somePipeline()};
}

// --- Reliable ------------------------------------------------------------------------

void automatedTests(const WorkspaceFacts &f, CriterionResult &c)
{
    c.met = !f.testFilesCommitted.isEmpty();
    listFiles(c, f.testFiles, f.testFilesCommitted);
    for (const QString &file : f.emptyTestFiles.mid(0, 3))
        add(c, Text::tr("%1 is empty: it tests nothing").arg(file), file, false);
    if (f.testFiles.isEmpty() && !f.otherFilesInTests.isEmpty())
        add(c, Text::tr("%1 in tests/, but no test a runner collects (test_*.py, *_test.py, test*.R…)")
                   .arg(Text::tr("%n file(s)", nullptr, int(f.otherFilesInTests.size()))),
            f.otherFilesInTests.first(), false);
    if (f.testFiles.isEmpty()) {
        add(c, Text::tr("no tests in tests/ and no test_*.py next to the code in src/"), QStringLiteral("tests/"), false);
        c.next = {Text::tr("Write tests for the step code (e.g. tests/test_prepare.py) and commit them"),
                  QStringLiteral("mkdir -p tests && git add tests && git commit -m \"Add tests\"")};
    } else if (!c.met) {
        c.next = {Text::tr("Commit the tests so CI runs them"), QStringLiteral("git add tests && git commit -m \"Add tests\"")};
    }
}

void ciConfiguration(const WorkspaceFacts &f, CriterionResult &c)
{
    // A file with nothing but comments is a placeholder: CI runs no job from it.
    QStringList files;
    for (const QString &file : f.ciFiles) {
        if (f.ciFilesEmpty.contains(file))
            add(c, Text::tr("%1 has nothing but comments: it configures no CI job").arg(file), file, false);
        else
            files.append(file);
    }
    c.met = std::any_of(files.cbegin(), files.cend(), [&f](const QString &file) { return f.ciFilesCommitted.contains(file); });
    listFiles(c, files, f.ciFilesCommitted);
    if (files.isEmpty() && !f.ciFiles.isEmpty()) {
        c.next = {Text::tr("Write the CI job that validates and runs the pipeline on every push, and commit it"),
                  QStringLiteral("$EDITOR %1").arg(f.ciFilesEmpty.first())};
    } else if (f.ciFiles.isEmpty()) {
        add(c, Text::tr("no CI configuration (.github/workflows/, .gitlab-ci.yml, .ci/, Jenkinsfile…)"), sourceGit(), false);
        c.next = {Text::tr("Add a CI job that validates and runs the pipeline on every push"),
                  QStringLiteral("mkdir -p .github/workflows && $EDITOR .github/workflows/mlops.yml")};
    } else if (!c.met) {
        c.next = {Text::tr("Commit the CI configuration"),
                  QStringLiteral("git add %1 && git commit -m \"Add CI\"").arg(files.first())};
    }
}

void ciRunsPipeline(const WorkspaceFacts &f, CriterionResult &c)
{
    // Only a committed file runs in CI, and only a line that is not a comment runs anything.
    QString uncommitted;
    for (const QString &file : f.ciFilesCallingMlops) {
        const QString call = f.ciMlopsCalls.value(file);
        if (f.ciFilesCommitted.contains(file)) {
            c.met = true;
            add(c, Text::tr("%1 runs: %2").arg(file, call), file);
        } else {
            add(c, Text::tr("%1 runs: %2, but the file is not committed, so CI never sees it").arg(file, call),
                file, false);
            if (uncommitted.isEmpty())
                uncommitted = file;
        }
    }
    if (c.met)
        return;
    if (!uncommitted.isEmpty()) {
        c.next = {Text::tr("Commit the CI configuration that runs the pipeline"),
                  QStringLiteral("git add %1 && git commit -m \"Run the pipeline in CI\"").arg(uncommitted)};
        return;
    }
    if (!f.ciFiles.isEmpty())
        add(c, Text::tr("the CI configuration never calls mlops validate, run, fmt or notebook (comments do "
                        "not count)"),
            f.ciFiles.first(), false);
    else
        add(c, Text::tr("no CI configuration"), sourceGit(), false);
    c.next = {Text::tr("Validate and run the pipeline in CI (CI=true tags the runs as 'ci')"),
              QStringLiteral("mlops validate %1 && mlops run %1").arg(f.somePipeline())};
}

void modelValidationGate(const WorkspaceFacts &f, CriterionResult &c)
{
    c.met = !f.gates.isEmpty();
    for (auto it = f.gates.cbegin(); it != f.gates.cend(); ++it)
        add(c, Text::tr("%1 gates the model with the condition step '%2'").arg(it.key(), it.value()), it.key());
    for (auto it = f.ungatedConditions.cbegin(); it != f.ungatedConditions.cend(); ++it)
        add(c, Text::tr("%1: the condition step '%2' compares no step's result (${steps.…}), so it stops no model")
                   .arg(it.key(), it.value()),
            it.key(), false);
    if (!c.met) {
        if (f.ungatedConditions.isEmpty())
            add(c, Text::tr("no pipeline has a condition step"), QStringLiteral("pipelines/"), false);
        c.next = {Text::tr("Add a condition step that stops the pipeline when the evaluation misses a threshold"),
                  QStringLiteral("mlops validate ") + f.somePipeline()};
    }
}

void approvalWorkflow(const WorkspaceFacts &f, CriterionResult &c)
{
    c.met = !f.approvers.isEmpty() && !f.decisions.isEmpty();
    if (f.approvers.isEmpty())
        add(c, Text::tr("nobody holds the approver role"), sourceManifest(), false);
    else
        add(c, Text::tr("approver role held by %1").arg(some(f.approvers)), sourceManifest());
    for (const DecisionSample &d : f.decisions.mid(0, 3))
        add(c, Text::tr("%1 %2 by %3 at %4").arg(d.ref, d.status, d.by, when(d.at)), sourceRegistry());
    if (f.decisions.isEmpty())
        add(c, Text::tr("no version was approved or rejected yet"), sourceRegistry(), false);
    if (c.met)
        return;
    if (f.approvers.isEmpty())
        c.next = {Text::tr("Name who may approve models in mlops.yaml: roles: approver: [\"Name <email>\"]"), QString()};
    else if (!f.latestPending.isEmpty())
        c.next = {Text::tr("Review %1 and decide").arg(f.latestPending),
                  QStringLiteral("mlops registry approve %1 --comment \"…\"").arg(f.latestPending)};
    else
        c.next = {Text::tr("Register a model version, then approve or reject it"),
                  QStringLiteral("mlops registry register MODEL-GROUP --run RUN")};
}

enum class EnvironmentKind { Other, Staging, Production };

/**
 * What an environment name says it is, by whole words ("ml-staging", "prod_eu", "QA"):
 * "preprod" or "pre-production" is staging, and "delivery" is not "live".
 */
EnvironmentKind environmentKind(const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    const QString lower = name.toLower();
    QString joined = lower;
    joined.remove(separators);
    if (joined.startsWith(QStringLiteral("preprod")))
        return EnvironmentKind::Staging;
    static const QStringList staging = {QStringLiteral("staging"), QStringLiteral("stage"), QStringLiteral("stg"),
                                        QStringLiteral("test"),    QStringLiteral("testing"), QStringLiteral("qa"),
                                        QStringLiteral("uat"),     QStringLiteral("dev"), QStringLiteral("development")};
    static const QStringList production = {QStringLiteral("production"), QStringLiteral("prod"), QStringLiteral("prd"),
                                           QStringLiteral("live")};
    const QStringList words = lower.split(separators, Qt::SkipEmptyParts);
    const auto has = [&words](const QStringList &list) {
        return std::any_of(words.cbegin(), words.cend(), [&list](const QString &w) { return list.contains(w); });
    };
    if (has(staging))
        return EnvironmentKind::Staging;
    if (has(production))
        return EnvironmentKind::Production;
    return EnvironmentKind::Other;
}

void stagingProduction(const WorkspaceFacts &f, CriterionResult &c)
{
    // Two distinct environments, one for staging and one for production, each with a
    // deployment target (an endpoint, URL, host, port or target in mlops.yaml, or a
    // deployment under its name): a declared name alone is a plan, not a target.
    QStringList stagings, productions;
    for (const QString &env : f.environments) {
        const EnvironmentKind kind = environmentKind(env);
        const bool target = f.environmentsWithTarget.contains(env);
        if (kind == EnvironmentKind::Other) {
            add(c, Text::tr("environment '%1' is neither staging nor production").arg(env), sourceManifest(), false);
            continue;
        }
        const bool isStaging = kind == EnvironmentKind::Staging;
        if (!target) {
            add(c, (isStaging ? Text::tr("staging environment '%1' has no deployment target (endpoint, url, host, port "
                                         "or target)")
                              : Text::tr("production environment '%1' has no deployment target (endpoint, url, host, "
                                         "port or target)"))
                       .arg(env),
                sourceManifest(), false);
            continue;
        }
        const QString where = f.environmentTargets.value(env);
        add(c, isStaging ? Text::tr("staging environment '%1' deploys to %2").arg(env, where)
                         : Text::tr("production environment '%1' deploys to %2").arg(env, where),
            sourceManifest());
        (isStaging ? stagings : productions).append(env);
    }
    // Staging only protects production when it is somewhere else.
    bool distinct = false;
    for (const QString &s : std::as_const(stagings)) {
        for (const QString &p : std::as_const(productions)) {
            const QString target = f.environmentTargets.value(s);
            if (target.compare(f.environmentTargets.value(p), Qt::CaseInsensitive) != 0) {
                distinct = true;
                continue;
            }
            add(c, Text::tr("staging '%1' and production '%2' deploy to the same target (%3): they are not "
                            "separate")
                       .arg(s, p, target),
                sourceManifest(), false);
        }
    }
    c.met = distinct;
    if (f.environments.isEmpty())
        add(c, Text::tr("no deployment environments"), sourceManifest(), false);
    if (f.isDeployed())
        add(c, Text::tr("%n endpoint(s) deployed", nullptr, qMax(f.deploymentRecords, int(f.endpoints.size()))),
            QStringLiteral(".mlops/endpoints/"));
    if (!c.met)
        c.next = {Text::tr("Give staging and production each a deployment target in mlops.yaml: environments: "
                           "{staging: {endpoint: http://127.0.0.1:8081}, production: {endpoint: http://127.0.0.1:8082}}"),
                  QString()};
}

void monitoring(const WorkspaceFacts &f, CriterionResult &c)
{
    // Monitoring needs a deployed endpoint with requests captured from it and a baseline
    // to check them against; the Overview's Monitor stage is Done on the same facts.
    c.met = !f.monitoredEndpoints.isEmpty();
    if (!f.isDeployed())
        add(c, Text::tr("nothing is deployed, so there is nothing to monitor"), QStringLiteral(".mlops/endpoints/"),
            false);
    for (const QString &endpoint : f.monitoredEndpoints.mid(0, 3))
        add(c, Text::tr("endpoint %1 has captured requests and a baseline to check them against")
                   .arg(endpoint.section(QLatin1Char('/'), -1)),
            endpoint);
    if (!f.captureFiles.isEmpty())
        add(c, Text::tr("%n data capture file(s) of deployed endpoints, e.g. %1", nullptr, int(f.captureFiles.size()))
                   .arg(f.captureFiles.first()),
            f.captureFiles.first(), c.met);
    else
        add(c, Text::tr("no captured requests of a deployed endpoint"), QStringLiteral(".mlops/endpoints/"), false);
    if (!f.baselineFiles.isEmpty())
        add(c, Text::tr("monitoring baseline %1").arg(f.baselineFiles.first()), f.baselineFiles.first(), c.met);
    else
        add(c, Text::tr("no monitoring baseline of a deployed endpoint"), QStringLiteral(".mlops/endpoints/"), false);
    for (const QString &file : f.emptyMonitoringFiles.mid(0, 3))
        add(c, Text::tr("%1 is empty and does not count").arg(file), file, false);
    for (const QString &file : f.untiedMonitoringFiles.mid(0, 3))
        add(c, Text::tr("%1 belongs to no deployed endpoint (.mlops/endpoints/NAME/ with an endpoint.json) "
                        "and does not count")
                   .arg(file),
            file, false);
    if (!c.met) {
        c.next = {Text::tr("Monitoring a deployment against a baseline is not part of this release yet; "
                           "serving an approved version locally shows what it would watch"),
                  f.latestApproved.isEmpty() ? QStringLiteral("mlops registry approve %1")
                                                   .arg(f.latestPending.isEmpty() ? QStringLiteral("GROUP/VERSION")
                                                                                  : f.latestPending)
                                             : QStringLiteral("mlops serve %1").arg(f.latestApproved)};
    }
}

void containerisedSteps(const WorkspaceFacts &f, CriterionResult &c)
{
    const int containers = f.stepRunners.value(QStringLiteral("docker")) + f.stepRunners.value(QStringLiteral("podman"));
    c.met = containers > 0;
    for (auto it = f.stepRunners.cbegin(); it != f.stepRunners.cend(); ++it)
        add(c, Text::tr("%n completed step run(s) with the %1 runner", nullptr, it.value()).arg(it.key()), sourceRuns(),
            it.key() == QStringLiteral("docker") || it.key() == QStringLiteral("podman"));
    if (f.stepRunners.isEmpty())
        add(c, Text::tr("no completed step runs yet"), sourceRuns(), false);
    if (!c.met)
        c.next = {Text::tr("Run the steps in containers, the same way on every machine"),
                  QStringLiteral("mlops run %1 --runner docker").arg(f.somePipeline())};
}

void deployments(const WorkspaceFacts &f, CriterionResult &c)
{
    c.met = f.isDeployed();
    for (const QString &e : f.endpoints.mid(0, 3))
        add(c, Text::tr("endpoint %1 serves %2")
                   .arg(e.section(QLatin1Char('/'), -1), f.endpointModels.value(e).join(QStringLiteral(", "))),
            e + QStringLiteral("/endpoint.json"));
    for (auto it = f.invalidEndpoints.cbegin(); it != f.invalidEndpoints.cend(); ++it)
        add(c, Text::tr("%1 does not count as a deployment: %2").arg(it.key(), it.value()), it.key(), false);
    if (f.deploymentRecords > 0)
        add(c, Text::tr("%n deployment record(s)", nullptr, f.deploymentRecords), QStringLiteral(".mlops/store.db"));
    if (!c.met) {
        add(c, Text::tr("no model is deployed"), QStringLiteral(".mlops/endpoints/"), false);
        c.next = {Text::tr("Recorded endpoints are not part of this release yet; try an approved version "
                           "with SageMaker's inference contract on 127.0.0.1 meanwhile (this does not "
                           "count as a deployment)"),
                  f.latestApproved.isEmpty() ? QStringLiteral("mlops registry list")
                                             : QStringLiteral("mlops serve %1").arg(f.latestApproved)};
    }
}

void auditTrail(const WorkspaceFacts &f, CriterionResult &c)
{
    c.met = f.auditEntries > 0 && f.auditIntact;
    if (!f.auditIntact) {
        add(c, f.auditProblem, sourceAudit(), false);
        c.next = {Text::tr("Find out who edited the audit log"), QStringLiteral("mlops audit --verify")};
        return;
    }
    add(c, Text::tr("%n audit entry(ies), hash chain intact", nullptr, int(f.auditEntries)), sourceAudit(),
        f.auditEntries > 0);
    if (!c.met)
        c.next = {Text::tr("Decisions are recorded once versions are registered and approved"),
                  QStringLiteral("mlops audit")};
}

void automatedRetraining(const WorkspaceFacts &f, CriterionResult &c)
{
    // Operations without a person at the keyboard: CI or a scheduler starts the pipeline,
    // and what it trains reaches the registry and is promoted through approvals. Runs
    // started from a terminal are unattended, but someone still started them.
    const int automated = f.launchers.value(QStringLiteral("ci")) + f.launchers.value(QStringLiteral("schedule"));
    c.met = automated > 0 && f.approvedVersions > 0;
    for (const QString &launcher : {QStringLiteral("ci"), QStringLiteral("schedule")}) {
        if (const int n = f.launchers.value(launcher); n > 0)
            add(c, Text::tr("%n pipeline execution(s) started by %1", nullptr, n).arg(launcher),
                sourceRuns() + QStringLiteral(" (tag mlops.launcher)"));
    }
    if (automated == 0)
        add(c, Text::tr("no pipeline execution was started by CI or a schedule (mlops.launcher ci or schedule)"),
            sourceRuns(), false);
    if (f.approvedVersions > 0)
        add(c, Text::tr("%n version(s) promoted by approval, latest %1", nullptr, f.approvedVersions)
                   .arg(f.latestApproved),
            sourceRegistry());
    else
        add(c, Text::tr("no version was promoted by approval"), sourceRegistry(), false);
    if (c.met)
        return;
    if (automated == 0)
        c.next = {Text::tr("Let CI run the pipeline: `mlops run` records CI as the launcher when CI=true"),
                  QStringLiteral("CI=true mlops run ") + f.somePipeline()};
    else if (!f.latestPending.isEmpty())
        c.next = {Text::tr("Review %1 and decide").arg(f.latestPending),
                  QStringLiteral("mlops registry approve %1 --comment \"…\"").arg(f.latestPending)};
    else
        c.next = {Text::tr("Register the model the automated run trained, then approve it"),
                  QStringLiteral("mlops registry register MODEL-GROUP --run RUN")};
}

// --- Scalable ------------------------------------------------------------------------

void projectTemplates(const WorkspaceFacts &f, CriterionResult &c)
{
    // Only a committed template reaches the other projects that are to start from it.
    c.met = !f.templatesCommitted.isEmpty();
    for (const QString &t : f.templates) {
        if (f.templatesCommitted.contains(t))
            add(c, Text::tr("project template %1 (committed)").arg(t), t);
        else
            add(c, Text::tr("project template %1 is not committed, so no other project can start from it").arg(t), t,
                false);
    }
    if (f.templates.isEmpty()) {
        add(c, Text::tr("no project templates in templates/"), QStringLiteral("templates/"), false);
        c.next = {Text::tr("Turn this workspace into a template other teams start from"),
                  QStringLiteral("mkdir -p templates/project && cp -r mlops.yaml pipelines src templates/project/ && "
                                 "git add templates && git commit -m \"Add a project template\"")};
    } else if (!c.met) {
        c.next = {Text::tr("Commit the project template so other projects can start from it"),
                  QStringLiteral("git add templates && git commit -m \"Add a project template\"")};
    }
}

void severalUseCases(const WorkspaceFacts &f, CriterionResult &c)
{
    c.met = f.completedPipelines.size() >= 2;
    add(c, Text::tr("%n pipeline(s) with completed executions", nullptr, int(f.completedPipelines.size()))
               + (f.completedPipelines.isEmpty() ? QString() : QStringLiteral(": ") + some(f.completedPipelines)),
        sourceRuns(), c.met);
    if (!c.met)
        c.next = {Text::tr("Automate a second use case with its own pipeline"),
                  QStringLiteral("cp %1 pipelines/second-use-case.yaml").arg(f.somePipeline())};
}

void severalContributors(const WorkspaceFacts &f, CriterionResult &c)
{
    c.met = f.authors.size() >= 2;
    add(c, Text::tr("%n person(s) committed: %1", nullptr, int(f.authors.size())).arg(some(f.authors)), sourceGit(), c.met);
    if (!c.met)
        c.next = {Text::tr("Bring in a second person or team: they commit here and hold roles in mlops.yaml"), QString()};
}

} // namespace

void registerBuiltinMaturityCriteria(MaturityCriteria &r)
{
    using P = MaturityPhase;
    const QList<MaturityCriterion> builtins = {
        {QStringLiteral("git-repository"), P::Initial, true,
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "Work is under version control"),
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "The workspace is a git repository with commits."), gitRepository},
        {QStringLiteral("experimentation-environment"), P::Initial, true,
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "An experimentation environment"),
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria",
                           "Notebooks or pipelines to explore data and train models, and a Python interpreter that runs them."),
         experimentationEnvironment},
        {QStringLiteral("tracked-experiments"), P::Repeatable, true,
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "Experiments are tracked"),
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "Runs record parameters and metrics, so results can be compared."),
         trackedExperiments},
        {QStringLiteral("runs-from-commits"), P::Repeatable, true,
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "Runs come from clean commits"),
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria",
                           "Every run records its commit; the latest ran without uncommitted changes, so it can be reproduced."),
         runsFromCommits},
        {QStringLiteral("automated-pipeline"), P::Repeatable, true,
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "Training is an automated pipeline"),
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "Processing and training are defined as a pipeline that completed."),
         automatedPipeline},
        {QStringLiteral("unattended-runs"), P::Repeatable, true,
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "Pipelines run unattended"),
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "A pipeline was started from the command line, CI or a schedule."),
         unattendedRuns},
        {QStringLiteral("model-registry"), P::Repeatable, true,
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "Models are kept in a registry"),
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "Trained models are registered as versions with their run and metrics."),
         modelRegistry},
        {QStringLiteral("step-caching"), P::Repeatable, false,
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "Unchanged steps are reused"),
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "Step caching skips work whose inputs and code did not change."),
         stepCaching},
        {QStringLiteral("automated-tests"), P::Reliable, true,
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "Code has automated tests"),
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "Tests of the step code are committed."), automatedTests},
        {QStringLiteral("ci-configuration"), P::Reliable, true,
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "Continuous integration"),
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "A committed CI configuration checks every change."), ciConfiguration},
        {QStringLiteral("model-validation-gate"), P::Reliable, true,
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "Models pass a quality gate"),
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "A pipeline condition stops models that miss the required quality."),
         modelValidationGate},
        {QStringLiteral("approval-workflow"), P::Reliable, true,
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "Promotion needs a manual approval"),
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria",
                           "Approvers are named in mlops.yaml and have approved or rejected versions."),
         approvalWorkflow},
        {QStringLiteral("staging-production"), P::Reliable, true,
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "Separate staging and production"),
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "Distinct staging and production targets are declared."),
         stagingProduction},
        {QStringLiteral("monitoring"), P::Reliable, true,
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "Deployed models are monitored"),
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "Requests are captured and checked against a baseline."), monitoring},
        {QStringLiteral("ci-runs-pipeline"), P::Reliable, false,
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "CI runs the pipeline"),
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "The CI configuration validates or runs pipelines with mlops."),
         ciRunsPipeline},
        {QStringLiteral("containerised-steps"), P::Reliable, false,
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "Steps run in containers"),
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "Steps ran with the docker or podman runner: same environment everywhere."),
         containerisedSteps},
        {QStringLiteral("deployments"), P::Reliable, false,
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "Models are deployed"),
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "A registered model serves requests from an endpoint."), deployments},
        {QStringLiteral("audit-trail"), P::Reliable, false,
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "Decisions leave an audit trail"),
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "The audit log records decisions and its hash chain is intact."),
         auditTrail},
        {QStringLiteral("automated-retraining"), P::Scalable, false,
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "Retraining and promotion are automated"),
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria",
                           "CI or a schedule starts the pipeline, and its models are promoted through approvals."),
         automatedRetraining},
        {QStringLiteral("project-templates"), P::Scalable, true,
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "Reusable project templates"),
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "A template in templates/ lets other teams start the same way."),
         projectTemplates},
        {QStringLiteral("several-use-cases"), P::Scalable, true,
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "Several use cases automated"),
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "At least two pipelines have completed executions."), severalUseCases},
        {QStringLiteral("several-contributors"), P::Scalable, true,
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "Several people contribute"),
         QT_TRANSLATE_NOOP("mlops::MaturityCriteria", "At least two people committed to the repository."),
         severalContributors},
    };
    for (const MaturityCriterion &c : builtins)
        r.add(c);
}

} // namespace mlops
