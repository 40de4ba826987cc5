// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/registry/approvalstatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace mlops {

/** A data set a model was trained from, as it was at training time. */
struct ModelInput
{
    QString name;   ///< the input channel, e.g. "raw"
    QString hash;   ///< sha256 of the file or tree
    QString path;   ///< where it was read from
};

/**
 * One registered model version (a SageMaker "model package"): the model's content hash
 * and where its files are, the run that trained it, a metrics snapshot, the data it was
 * trained from, a model card, aliases and the approval decision.
 */
struct ModelVersion
{
    qint64 id = 0;               ///< row id in the store
    QString group;
    int version = 0;             ///< 1, 2, 3… per group
    QString runUuid;             ///< the run that produced the model (a training step run)
    QString pipelineRunUuid;     ///< its pipeline execution, if any
    QString runName;
    QString gitCommit;
    bool gitDirty = false;
    QString modelName;           ///< the artifact's name, e.g. "model"
    QString modelHash;           ///< sha256 of the model file or tree manifest
    QString modelKind;           ///< file | tree
    qint64 modelSize = 0;
    QString modelPath;           ///< where the model's files are (cache or job folder)
    QString description;
    QString modelCard;           ///< Markdown
    QMap<QString, double> metrics;
    QList<ModelInput> inputs;
    ApprovalStatus status = ApprovalStatus::PendingManualApproval;
    QString statusBy;            ///< who took the approval decision (empty while pending)
    QDateTime statusAt;
    QString statusComment;
    QDateTime created;
    QString createdBy;
    QStringList aliases;         ///< e.g. ["champion"]

    /** "breast-cancer/3". */
    QString ref() const { return group + QLatin1Char('/') + QString::number(version); }
    /** The stable JSON form of `mlops registry show --json`. */
    QJsonObject toJson(bool withCard = true) const;
};

/** A model group: its versions, newest last, and where its aliases point. */
struct ModelGroup
{
    qint64 id = 0;
    QString name;
    QString description;
    QDateTime created;
    QString createdBy;
    QList<ModelVersion> versions;   ///< ascending version numbers
    QMap<QString, int> aliases;     ///< alias → version

    const ModelVersion *latest() const { return versions.isEmpty() ? nullptr : &versions.last(); }
    /** The newest Approved version, or nullptr. */
    const ModelVersion *latestApproved() const;
    int count(ApprovalStatus status) const;
    /** The stable JSON form of one group in `mlops registry list --json`. */
    QJsonObject toJson() const;
};

} // namespace mlops
