// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/governance/governancecontext.h"
#include "core/registry/modelversion.h"
#include "core/registry/modelversionref.h"

#include <QList>
#include <QString>

namespace mlops {

class Database;

/**
 * What registering a model asks for: the API of the `register-model` pipeline step and
 * of `mlops registry register`.
 */
struct ModelRegistration
{
    QString group;          ///< the model group; created on its first version
    QString runId;          ///< run id or unique prefix: the training step run, or its pipeline execution
    QString modelHash;      ///< optional: which model, when the run has several (or instead of runId)
    ApprovalStatus approval = ApprovalStatus::PendingManualApproval;  ///< Approved needs the approver role
    QString description;
    QString modelCard;      ///< optional Markdown; default: defaultModelCard()
};

/** The outcome of a registration. */
struct Registration
{
    ModelVersion version;
    /** False when this model (same hash) was already registered in the group: nothing changed. */
    bool created = true;
};

/** The outcome of an approval decision. */
struct ApprovalChange
{
    ModelVersion version;
    bool changed = true;  ///< false when the version already had that status: nothing was written
    QStringList removedAliases;  ///< aliases a rejection took off the version (each audited)
};

/** The outcome of setting an alias. */
struct AliasChange
{
    ModelVersion version;
    int previousVersion = 0;  ///< where the alias pointed before (0 = nowhere)
    bool changed = true;      ///< false when it already pointed at this version
};

/**
 * The model registry in the store (DESIGN.md §1.5): model groups whose versions are
 * numbered 1, 2, 3… per group, each with its run, model hash, metrics snapshot, input
 * data, model card, aliases and approval status.
 *
 * Every change of state runs in one transaction together with its audit log entry, so
 * the registry and the log never disagree. Approving and rejecting need the `approver`
 * role (for the group, or for every group) from mlops.yaml; a refusal is a BadInput
 * error naming the missing role and who holds it, and is itself recorded in the audit
 * log as `<action>.denied`.
 *
 * One registry per connection and thread, like RunTracker.
 *
 * The `register-model` pipeline step registers like this:
 * @code
 *   ModelRegistry registry(store.db(), GovernanceContext::forWorkspace(workspace));
 *   Result<Registration> r = registry.registerModel(
 *       {.group = QStringLiteral("breast-cancer"), .runId = trainStepRun.uuid,
 *        .approval = ApprovalStatus::PendingManualApproval, .description = text});
 *   // r->version.ref() == "breast-cancer/3"; r->created is false when a cache hit
 *   // re-registers the very same model (same hash): the existing version is returned.
 * @endcode
 */
class ModelRegistry
{
public:
    explicit ModelRegistry(Database &db, GovernanceContext governance = {})
        : m_db(db), m_governance(std::move(governance))
    {
    }

    // Reading ---------------------------------------------------------------------------

    /** Every group with its versions, by name. */
    Result<QList<ModelGroup>> groups() const;
    Result<ModelGroup> group(const QString &name) const;
    /** A version by `GROUP/VERSION`, `GROUP@ALIAS` or `GROUP/latest`. */
    Result<ModelVersion> version(const QString &ref) const;
    Result<ModelVersion> version(const ModelVersionRef &ref) const;

    // Changing (role-checked where a Permission says so, always audited) -----------------

    /** Registers the model of a run as the next version of its group. */
    Result<Registration> registerModel(const ModelRegistration &registration);
    /** A new version starts PendingManualApproval or Approved; Rejected is refused with why. */
    static Status checkInitialApproval(ApprovalStatus status);
    /**
     * Sets the approval status (Approved or Rejected) with an optional comment. A version
     * that already has the status is left alone (`changed` false, nothing audited), once the
     * role check passed. Rejecting a version removes the aliases that point at it, each
     * with its own `model.alias` entry (`to` null), listed in `removedAliases`.
     */
    Result<ApprovalChange> setApproval(const QString &ref, ApprovalStatus status, const QString &comment = {});
    /** setApproval() for callers that only need the version. */
    Result<ModelVersion> approve(const QString &ref, const QString &comment = {})
    {
        return versionOf(setApproval(ref, ApprovalStatus::Approved, comment));
    }
    Result<ModelVersion> reject(const QString &ref, const QString &comment = {})
    {
        return versionOf(setApproval(ref, ApprovalStatus::Rejected, comment));
    }
    /**
     * Points `alias` (e.g. champion) at a version, moving it from another one. A Rejected
     * version gets no alias (BadInput).
     */
    Result<AliasChange> setAlias(const QString &ref, const QString &alias, const QString &comment = {});
    /**
     * Replaces the version's model card (Markdown). The `model.card` audit entry records
     * the hash of the card it replaced (`previous_sha256`), read under the store's write
     * lock, so saves from several connections or processes chain one after another.
     */
    Result<ModelVersion> setModelCard(const QString &ref, const QString &markdown);

    const GovernanceContext &governance() const { return m_governance; }

private:
    static Result<ModelVersion> versionOf(const Result<ApprovalChange> &change)
    {
        if (!change)
            return change.error();
        return change->version;
    }
    Result<QList<ModelVersion>> loadVersions(const QString &where, const QVariantList &binds) const;
    Result<qint64> groupId(const QString &name) const;
    Status removeAlias(const ModelVersion &from, const QString &alias, const QString &comment);
    Status recordDenial(const QString &action, const QString &subject, const QString &comment,
                        const Error &refusal);

    Database &m_db;
    GovernanceContext m_governance;
};

} // namespace mlops
