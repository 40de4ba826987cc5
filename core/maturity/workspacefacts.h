// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/vcs/gitrepository.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace mlops {

class Workspace;

/** One run, as evidence: enough to name it and for the user to look it up. */
struct RunSample
{
    QString uuid;
    QString name;
    QString gitCommit;
    bool gitDirty = false;
    QDateTime time;
    QString launcher;   ///< the mlops.launcher tag, if any
};

/** One approval decision in the registry. */
struct DecisionSample
{
    QString ref;        ///< "breast-cancer/2"
    QString status;     ///< Approved | Rejected
    QString by;
    QDateTime at;
};

/**
 * What a workspace shows about how it works: git history, files (pipelines, tests, CI
 * configuration, templates), the run store (runs, launchers, cache hits, runners), the
 * registry, deployments and monitoring data, and the audit log. Gathered in one blocking
 * call; the maturity assessment and the Overview's lifecycle are derived from it.
 */
struct WorkspaceFacts
{
    QString root;

    // Git (through libgit2).
    bool isGitRepository = false;
    QString gitRoot;
    int commits = 0;              ///< up to kMaxCommits
    QStringList authors;          ///< distinct "Name <email>" of those commits
    std::optional<GitCommit> head;
    int uncommittedChanges = 0;
    QString gitError;

    // Files in the workspace (paths relative to the workspace root).
    QStringList pipelineFiles;
    QStringList notebookFiles;
    int dataFiles = 0;
    QString python;                        ///< the interpreter that runs steps and notebooks
    bool pythonFromManifest = false;       ///< … named by mlops.yaml (else the default)
    bool pythonFound = false;              ///< … exists and is executable
    int pointerFiles = 0;                  ///< data tracked by `*.mlops` pointer files
    QMap<QString, QString> gates;          ///< pipeline file → its condition step that checks a step's result
    /** pipeline file → a condition step that checks no step's result (no `${steps.…}`): it gates no model. */
    QMap<QString, QString> ungatedConditions;
    QStringList ciFiles;                   ///< CI configuration found
    QStringList ciFilesCommitted;          ///< … of them, tracked by git
    QStringList ciFilesCallingMlops;       ///< … of them, running `mlops validate|run|fmt|notebook`
    QStringList ciFilesEmpty;              ///< … of them, with nothing but blank lines and comments
    QMap<QString, QString> ciMlopsCalls;   ///< CI file → its first line that calls mlops
    QStringList testFiles;                 ///< files a test runner collects (test_*.py, *_test.py…), not empty
    QStringList testFilesCommitted;
    QStringList emptyTestFiles;            ///< named like tests, but empty: they test nothing
    QStringList otherFilesInTests;         ///< files in tests/ that no test runner collects (data, READMEs…)
    QStringList templates;                 ///< templates/<name>/ folders with a project inside
    QStringList templatesCommitted;        ///< … of them, with files tracked by git: others can start from them
    QStringList environments;              ///< from mlops.yaml
    QStringList environmentsWithTarget;    ///< … of them, with an endpoint/url/host/port/target or a deployment
    QMap<QString, QString> environmentTargets;  ///< … each with where it deploys, e.g. "endpoint http://…"
    QStringList approvers;                 ///< approvers for every group, then "Name (only for GROUP, …)"
    /** .mlops/endpoints/<name> whose endpoint.json names the endpoint and the model(s) it serves. */
    QStringList endpoints;
    QMap<QString, QStringList> endpointModels;  ///< endpoint folder → model versions of its variants
    QMap<QString, QString> invalidEndpoints;    ///< endpoint folder → why it does not count
    QStringList captureFiles;              ///< captured requests/responses of an endpoint, with a record
    QStringList baselineFiles;             ///< baselines (statistics/constraints) of an endpoint, not empty
    QStringList monitoredEndpoints;        ///< endpoints with both captured requests and a baseline
    QStringList emptyMonitoringFiles;      ///< capture or baseline files with nothing in them
    QStringList untiedMonitoringFiles;     ///< capture or baseline files of no endpoint

    // The run store.
    QString storeError;
    int experiments = 0;
    int topLevelRuns = 0;
    int pipelineRuns = 0;
    int completedPipelineRuns = 0;
    int notebookRuns = 0;
    int runsWithMetrics = 0;
    int runsWithCommit = 0;
    int dirtyRuns = 0;
    std::optional<RunSample> latestCompletedRun;
    std::optional<RunSample> latestDirtyRun;
    int unattendedRuns = 0;
    QMap<QString, int> launchers;          ///< launcher tag → pipeline executions
    std::optional<RunSample> latestUnattendedRun;
    int cacheHits = 0;
    std::optional<RunSample> latestCacheHit;
    QMap<QString, int> stepRunners;        ///< runner → step runs
    QStringList completedPipelines;        ///< distinct pipelines with a completed execution
    int trainingRuns = 0;                  ///< completed training steps
    int failedTrainingRuns = 0;
    std::optional<RunSample> latestTraining;
    bool latestTrainingFailed = false;     ///< the newest training step run failed
    /** The newest quality gate (condition step) that was evaluated, and its recorded outcome. */
    std::optional<RunSample> latestGate;
    std::optional<bool> latestGatePassed;  ///< unset when the run recorded no outcome
    int distinctInputs = 0;                ///< distinct workspace data hashes that runs read
    std::optional<RunSample> unregisteredModelRun;  ///< a completed run whose model is not registered
    QString unregisteredModelPipeline;

    // The registry.
    int modelGroups = 0;
    int modelVersions = 0;
    int pendingVersions = 0;
    int approvedVersions = 0;
    int rejectedVersions = 0;
    QString latestPending;                 ///< ref of the newest pending version
    QString latestApproved;
    QList<DecisionSample> decisions;       ///< newest first, up to 5

    // Deployments (tables written by the serving domain, when it exists).
    int deploymentRecords = 0;
    /** Something is deployed: a deployment record or an endpoint folder. */
    bool isDeployed() const { return deploymentRecords > 0 || !endpoints.isEmpty(); }

    // The audit log.
    qint64 auditEntries = 0;
    bool auditIntact = true;
    QString auditProblem;

    static constexpr int kMaxCommits = 2000;

    /** The first pipeline file, or a placeholder, for commands in next actions. */
    QString somePipeline() const;
};

/** Gathers the facts. Blocks (git, files, store): views call it off the GUI thread. */
WorkspaceFacts collectWorkspaceFacts(const Workspace &workspace);

} // namespace mlops
