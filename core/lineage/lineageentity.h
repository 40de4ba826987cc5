// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace mlops {

class Database;

/** SageMaker's three kinds of lineage entity. */
enum class LineageCategory { Artifact, Execution, Context };

/** What an entity is. The names (name()) are stable: the store and `--json` use them. */
enum class EntityKind {
    DataSet,            ///< artifact: data read from the workspace (a file, a folder, versioned data)
    Model,              ///< artifact: what a training step wrote to SM_MODEL_DIR
    Output,             ///< artifact: another output of a step
    CodeCommit,         ///< artifact: the git commit the code came from
    Image,              ///< artifact: a container image a step ran in
    Diff,               ///< artifact: uncommitted changes a run was made with
    StepRun,            ///< execution: one run of a pipeline step
    NotebookRun,        ///< execution: a notebook run
    PipelineExecution,  ///< context: one execution of a pipeline
    ModelPackage,       ///< context: a registered model version (GROUP/VERSION)
    Endpoint,           ///< context: a deployment
};

/** How two entities are associated; edges always point downstream (source fed destination). */
enum class Association {
    Produced,        ///< execution → artifact it wrote
    Used,            ///< artifact → execution that read it
    DerivedFrom,     ///< a run whose outputs were reused → the cached run reusing them
    ContributedTo,   ///< commit, image, diff → run; model → model package → endpoint
    AssociatedWith,  ///< pipeline execution → its step runs; register step → model package
};

QString entityKindName(EntityKind kind);
std::optional<EntityKind> parseEntityKind(const QString &name);
/** "data set", "step run"…, translated. */
QString entityKindDisplayName(EntityKind kind);
LineageCategory categoryOf(EntityKind kind);
QString categoryName(LineageCategory category);
QString associationName(Association type);
std::optional<Association> parseAssociation(const QString &name);
/** All kinds, in legend order. */
QList<EntityKind> allEntityKinds();

/** The row id of the entity with natural key `key`, or none when it is not recorded. */
Result<std::optional<qint64>> findLineageEntity(Database &db, const QString &key);

/** One entity as the store keeps it. */
struct LineageEntity
{
    qint64 id = 0;
    QString key;          ///< natural key: "artifact:<hash>", "run:<uuid>", "commit:<sha>", "model-package:G/V"…
    EntityKind kind = EntityKind::Output;
    QString name;         ///< what people call it: a path, "train", "prepare/train", "breast-cancer/3"
    QString hash;         ///< content hash (artifacts) or commit sha
    QString uri;          ///< where: workspace path, ${steps…} reference, pipeline file, image name
    qint64 size = -1;     ///< bytes, when known
    QString runUuid;      ///< the run of an execution or pipeline execution
    QJsonObject properties;  ///< status, parameters, hyperparameters, metrics, commit…
    QDateTime created;

    LineageCategory category() const { return categoryOf(kind); }
    /** A short label: the name and, for hashes and runs, an 8-character id. */
    QString label() const;
    /** The stable JSON form of `mlops lineage --json`. */
    QJsonObject toJson() const;
};

/** One association. */
struct LineageEdge
{
    qint64 source = 0;
    qint64 destination = 0;
    Association type = Association::Used;

    bool operator==(const LineageEdge &o) const
    {
        return source == o.source && destination == o.destination && type == o.type;
    }
};

} // namespace mlops
