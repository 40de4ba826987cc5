// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"

#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

namespace mlops {

/**
 * Where things are as the step sees them: the job folder (`/opt/ml` in a sandbox or a
 * container, the real job folder for plain processes), the workspace and the folder
 * holding the `mlops_studio` Python helper.
 */
struct StepPaths
{
    QString mlRoot;
    QString workspace;
    QString helperDir;
};

/**
 * The SageMaker job folder of one step run (DESIGN.md §5):
 * input/config/{hyperparameters,inputdataconfig,resourceconfig}.json, input channels,
 * processing/{input,output}/<name>, model/, output/{data,failure}, checkpoints/, code/.
 * It also computes the step's environment (SM_*, TRAINING_JOB_NAME, MLOPS_*) for any
 * StepPaths, so every runner shows the same contract at its own paths.
 */
class JobLayout
{
public:
    QString root;                       ///< the job folder on the host
    QString jobName;                    ///< TRAINING_JOB_NAME
    QString runId;                      ///< MLOPS_RUN_ID
    QString inputRoot = QStringLiteral("processing/input");    ///< relative to root
    QString outputRoot = QStringLiteral("processing/output");
    QStringList inputs;                 ///< channel names
    QStringList outputs;                ///< output names
    QList<QPair<QString, QString>> hyperparameters;
    int cpus = 1;
    int gpus = 0;

    /** Creates every folder and writes the three config files (hyperparameters as strings). */
    Status create() const;
    /**
     * Empties the input channels and output folders (they stay, empty): for a step
     * that completed, whose inputs came from the artifact cache and whose outputs went
     * into it, they are copies, and every run would keep one more. The config files,
     * output/failure, the metrics file, model/, checkpoints/ and output/intermediate/
     * stay. The input channels must be writable again (CommandStep does that).
     */
    Status removeStoredCopies() const;

    QString inputDir(const QString &name, const QString &mlRoot) const;
    QString outputDir(const QString &name, const QString &mlRoot) const;
    QString modelDir(const QString &mlRoot) const { return mlRoot + QStringLiteral("/model"); }
    QString failurePath(const QString &mlRoot) const { return mlRoot + QStringLiteral("/output/failure"); }
    QString metricsPath(const QString &mlRoot) const
    {
        return mlRoot + QStringLiteral("/output/metrics.jsonl");
    }
    /** Host paths. */
    QString hostInputDir(const QString &name) const { return inputDir(name, root); }
    QString hostOutputDir(const QString &name) const { return outputDir(name, root); }
    QString hostModelDir() const { return modelDir(root); }

    /** The variables of the SageMaker training toolkit plus MLOps Studio's own. */
    QMap<QString, QString> environment(const StepPaths &paths) const;

    /**
     * The hyperparameters as command-line arguments, as the training toolkit builds
     * SM_USER_ARGS: sorted by name, `--name value` (`-n value` for one-letter names),
     * JSON booleans as Python prints them (True, False).
     */
    QStringList userArgs() const;

    /** The JSON the toolkit puts in SM_TRAINING_ENV and inputdataconfig.json. */
    QByteArray inputDataConfig() const;
    QByteArray resourceConfig() const;
    QByteArray hyperparametersJson() const;

    /** SM_CHANNEL_TRAIN from "train": upper case, non-alphanumerics as '_'. */
    static QString variableName(const QString &name);
};

} // namespace mlops
