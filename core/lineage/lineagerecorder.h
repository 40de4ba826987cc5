// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/lineage/lineageentity.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace mlops {

class Database;
class GitRepository;

/**
 * Writes lineage into the store. Lineage is derived from what the run store already
 * holds — runs, their parameters, metrics, tags and artifacts, and the registry's model
 * versions — so there is one way it comes about, whoever wrote the run:
 *
 * - a pipeline execution is a context; its commit (and uncommitted diff) ContributedTo it,
 *   and it is AssociatedWith each of its step runs;
 * - a step or notebook run is an execution: each input artifact (a data set read from the
 *   workspace, or an output or model of an earlier step) Used → run → Produced each output
 *   and model; a container image ContributedTo it;
 * - a cache hit produced nothing itself: the run whose outputs it reused is linked to it
 *   with DerivedFrom, and the outputs keep their one producer;
 * - a registered model version is a model-package context the model ContributedTo (and the
 *   register step is AssociatedWith); a deployment is an endpoint context the package
 *   ContributedTo.
 *
 * The pipeline engine records each step run as it finishes (cache hits included) and the
 * execution when it ends; readers call recordPending() first, which adds runs written
 * without the engine (imports, older versions) and registry changes. Every call is
 * idempotent and runs in one transaction. One recorder per connection and thread.
 */
class LineageRecorder
{
public:
    /** `workspaceRoot` (optional) lets commits carry their summary, author and time. */
    explicit LineageRecorder(Database &db, QString workspaceRoot = {});
    ~LineageRecorder();

    /** Records a run and what it touched; runs still Pending or Skipped are left out. */
    Status recordRun(qint64 runId);
    /** Records every run not recorded yet, or whose status changed since; returns how many. */
    Result<int> recordPending();
    /** Records the registry's model versions as model packages (with their approval status). */
    Status recordModelPackages();
    /** Records that the endpoint `name` serves the model version `versionRef` ("GROUP/VERSION"). */
    Status recordDeployment(const QString &name, const QString &versionRef, const QJsonObject &properties = {});

    /** The id of the entity with `key`, if there is one. */
    Result<std::optional<qint64>> entityId(const QString &key);

private:
    struct RunRow;
    Result<qint64> upsert(const LineageEntity &entity, bool replaceProperties);
    Status link(qint64 source, qint64 destination, Association type);
    Result<qint64> recordRunLocked(qint64 runId);
    Result<qint64> runEntity(const RunRow &run);
    Result<qint64> commitEntity(const QString &sha);
    Result<qint64> artifactEntity(EntityKind kind, const QString &name, const QString &hash, const QString &uri,
                                  qint64 size, const QString &fileKind);
    Result<qint64> packageEntity(const QString &versionRef);

    Database &m_db;
    QString m_workspaceRoot;
    std::unique_ptr<GitRepository> m_repo;
    bool m_repoTried = false;
    QSet<qint64> m_visiting;
    QHash<QString, qint64> m_known;   ///< key → entity id, for commits and runs seen in this recorder
};

} // namespace mlops
