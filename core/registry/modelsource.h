// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/registry/modelversion.h"
#include "core/tracking/runrecord.h"

#include <QMap>
#include <QString>

namespace mlops {

class Database;

/**
 * A model found in the run store, with the evidence the registry keeps about it: the
 * run that produced it, its pipeline execution, the metrics of that execution and the
 * external data it was trained from.
 */
struct ModelSource
{
    RunRecord run;              ///< the run whose `model` artifact this is (with details)
    QString pipelineRunUuid;    ///< the run's pipeline execution, if any
    ArtifactRecord model;
    /**
     * The producing run's metrics, then those of the other steps and of the execution
     * (an evaluation step's accuracy belongs to the model it evaluated). A name taken
     * already is kept as "<step>/<name>".
     */
    QMap<QString, double> metrics;
    /** Inputs of the execution's steps that no step of it produced: the training data. */
    QList<ModelInput> inputs;
};

/**
 * Finds the model to register. `runId` is a run id (or unique prefix): a step run with
 * a `model` artifact, or a pipeline execution whose steps produced exactly one model.
 * `modelHash` (full or a prefix of at least 8 characters) picks one model when there are
 * several, or on its own finds the newest run that produced that model. Refuses a run
 * that did not complete. Errors about what the user named are BadInput.
 */
Result<ModelSource> findModelSource(Database &db, const QString &runId, const QString &modelHash = {});

} // namespace mlops
