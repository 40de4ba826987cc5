// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/artifacts/artifactcache.h"
#include "core/common/result.h"
#include "core/pipeline/pipelinespec.h"
#include "core/pipeline/reference.h"
#include "core/store/store.h"
#include "core/tracking/runtracker.h"
#include "core/vcs/gitrepository.h"
#include "core/workspace/workspace.h"

#include <QHash>
#include <QJsonValue>
#include <QMap>
#include <QSet>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

namespace mlops {

/** How to run a pipeline (the flags of `mlops run`). */
struct ExecutionOptions
{
    QMap<QString, QString> parameters;   ///< overrides of the pipeline's defaults
    QString runner;                      ///< overrides every command step's runner
    bool noCache = false;
    int maxParallel = 0;                 ///< 0 = the number of cores
    qint64 stopGraceMs = 10000;          ///< SIGTERM, then SIGKILL after this
    QString launcher;                    ///< what started it: cli, studio, ci (core/tracking/runtags.h)
    QMap<QString, QString> tags;         ///< more tags for the pipeline execution (e.g. runtags::reproduces())
};

/** What a finished step left for later steps. */
struct StepResult
{
    QMap<QString, StoredArtifact> outputs;
    std::optional<StoredArtifact> model;
    QMap<QString, QJsonValue> properties;
    QMap<QString, StoredArtifact> propertyFiles;
};

/** The commit a run belongs to. */
struct GitProvenance
{
    QString commit;
    QString branch;
    bool dirty = false;
    QString diffHash;   ///< the uncommitted diff, stored in the cache (when dirty)
    qint64 diffSize = 0;
    /** Files git does not track nor ignore (repository-relative), when a status was made. */
    std::optional<QStringList> untracked;
};

/**
 * What all steps of one pipeline execution share: the workspace, the pipeline, the
 * resolved parameters, the store connection, the cache, git provenance and the results
 * of finished steps. Also resolves `${…}` references against them. Lives on the
 * execution's thread.
 */
class ExecutionContext
{
public:
    Workspace workspace;
    PipelineSpec spec;
    QString pipelineFile;          ///< workspace-relative
    ExecutionOptions options;
    QMap<QString, QString> parameters;
    std::unique_ptr<Store> store;
    std::unique_ptr<RunTracker> tracker;
    std::unique_ptr<ArtifactCache> cache;
    GitProvenance git;
    RunRef pipelineRun;
    QHash<QString, RunRef> stepRuns;     ///< each step's run in this execution
    QHash<QString, StepResult> results;
    /** Runner environment fingerprints (image ids) already looked up in this execution. */
    QHash<QString, QPair<QString, QString>> fingerprints;
    /** Runners whose check() passed in this execution (engines are asked once). */
    QSet<QString> checkedRunners;

    /** A parameter (typed by its default) or a property value of a finished step. */
    Result<QVariant> value(const Reference &ref) const;
    /** An output or model of a finished step. */
    Result<StoredArtifact> artifact(const Reference &ref) const;

    /**
     * Replaces every `${…}` in `text`: values become text, artifacts whatever
     * `artifactText` says (a path inside the step, or a hash for cache keys).
     */
    Result<QString> interpolate(const QString &text,
                                const std::function<Result<QString>(const Reference &)> &artifactText) const;

    /**
     * The code a step runs: the hash of the workspace's code files (workspaceCodeFiles():
     * tracked and untracked-but-not-ignored, data and pipeline files left out) under
     * `folder` ("." for all of them), as they are on disk, plus `extraFiles`
     * (workspace-relative; the files its command names).
     */
    Result<QString> codeHash(const QString &folder, const QStringList &extraFiles = {});

    static QString valueToText(const QVariant &value);

private:
    std::optional<QStringList> m_codeFiles;
    QHash<QString, QString> m_codeHashes;
};

/**
 * The pipeline's parameters with the user's overrides applied and checked against each
 * parameter's type; unknown names and wrong types are BadInput errors naming them.
 */
Result<QMap<QString, QString>> resolveParameters(const PipelineSpec &spec,
                                                 const QMap<QString, QString> &overrides);

/** The folder whose code files are a step's code: `code:`, else the whole workspace ("."). */
QString codeFolderOf(const StepSpec &step, const Workspace &workspace);

/** Command arguments that name files of the workspace (the scripts a step runs). */
QStringList commandFilesOf(const StepSpec &step, const Workspace &workspace);

} // namespace mlops
