// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mlops {

/** AWS's MLOps phases (MLOps foundation roadmap for enterprises with SageMaker). */
enum class MaturityPhase { Initial = 0, Repeatable = 1, Reliable = 2, Scalable = 3 };

QString maturityPhaseName(MaturityPhase phase);          ///< "Initial", … (JSON, CLI)
QString maturityPhaseDisplayName(MaturityPhase phase);   ///< translated
QString maturityPhaseSummary(MaturityPhase phase);       ///< what the phase means, translated
QList<MaturityPhase> maturityPhases();

/** One fact found in the workspace, and where the user can check it. */
struct Evidence
{
    QString text;           ///< "run 1a2b3c4d (breast-cancer) ran at commit 89ab01cd, clean"
    QString source;         ///< "git", "mlops.yaml", ".mlops/store.db: runs", a file path…
    bool supports = true;   ///< false: a fact that speaks against the criterion
};

/** What to do next, as a command the user can run when there is one. */
struct NextAction
{
    QString text;
    QString command;        ///< may be empty when the step is an edit, not a command
    QStringList criteria;   ///< in nextSteps(): every criterion this action serves (same command)

    bool isEmpty() const { return text.isEmpty(); }
};

/** One criterion, assessed. */
struct CriterionResult
{
    QString id;             ///< stable, e.g. "automated-pipeline"
    MaturityPhase phase = MaturityPhase::Initial;
    bool required = true;   ///< false: recommended, does not hold the phase back
    QString title;
    QString description;
    bool met = false;
    QList<Evidence> evidence;
    NextAction next;        ///< empty when met

    QJsonObject toJson() const;
};

/** A level in Google's (0–2) or Azure's (0–4) model, from the same criteria. */
struct ModelLevel
{
    QString model;          ///< "google" | "azure"
    int level = 0;
    int maxLevel = 0;
    QString name;           ///< e.g. "ML pipeline automation"
    QString description;
    QString nextName;       ///< the next level's name (empty at the top)
    QStringList missing;    ///< criterion ids the next level still needs

    QJsonObject toJson() const;
};

/**
 * The workspace's MLOps maturity: AWS phase reached, every criterion with its evidence,
 * the Google and Azure levels, and next actions. Produced by assessMaturity().
 */
struct MaturityAssessment
{
    QString workspace;
    QDateTime assessedAt;
    int phaseIndex = -1;    ///< highest AWS phase reached; -1 = not even Initial
    QList<CriterionResult> criteria;
    ModelLevel google;
    ModelLevel azure;

    bool hasPhase() const { return phaseIndex >= 0; }
    MaturityPhase phase() const { return MaturityPhase(qMax(phaseIndex, 0)); }
    bool reached(MaturityPhase phase) const { return int(phase) <= phaseIndex; }
    QList<CriterionResult> criteriaOf(MaturityPhase phase) const;
    const CriterionResult *criterion(const QString &id) const;
    int metCount() const;
    /**
     * What to do next: the unmet required criteria of the next phase (and of any phase
     * below it), then recommended ones, each with its command. Criteria with the same
     * command are one action, with every reason and criterion (NextAction::criteria).
     */
    QList<CriterionResult> nextSteps() const;

    /** The stable JSON form of `mlops maturity --json`. */
    QJsonObject toJson() const;
};

} // namespace mlops
