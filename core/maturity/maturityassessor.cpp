// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/maturity/maturityassessor.h"

#include "core/maturity/maturitycriteria.h"
#include "core/maturity/workspacefacts.h"

#include <QCoreApplication>

#include <algorithm>

namespace mlops {

namespace {

struct LevelDefinition
{
    int level;
    const char *name;
    const char *description;
    QStringList needs;   ///< criterion ids, on top of the levels below
};

const QList<LevelDefinition> &googleLevels()
{
    static const QList<LevelDefinition> levels = {
        {0, QT_TRANSLATE_NOOP("mlops::MaturityLevels", "Manual process"),
         QT_TRANSLATE_NOOP("mlops::MaturityLevels", "Every step is manual, driven by notebooks; models are handed over by hand."), {}},
        {1, QT_TRANSLATE_NOOP("mlops::MaturityLevels", "ML pipeline automation"),
         QT_TRANSLATE_NOOP("mlops::MaturityLevels", "Orchestrated, repeatable pipelines with a metadata store and model validation: "
                    "continuous training."),
         {QStringLiteral("automated-pipeline"), QStringLiteral("unattended-runs"), QStringLiteral("tracked-experiments"),
          QStringLiteral("model-validation-gate")}},
        {2, QT_TRANSLATE_NOOP("mlops::MaturityLevels", "CI/CD pipeline automation"),
         QT_TRANSLATE_NOOP("mlops::MaturityLevels", "The pipeline itself is built, tested and delivered automatically."),
         {QStringLiteral("ci-configuration"), QStringLiteral("ci-runs-pipeline"), QStringLiteral("automated-tests"),
          QStringLiteral("model-registry")}},
    };
    return levels;
}

const QList<LevelDefinition> &azureLevels()
{
    static const QList<LevelDefinition> levels = {
        {0, QT_TRANSLATE_NOOP("mlops::MaturityLevels", "No MLOps"), QT_TRANSLATE_NOOP("mlops::MaturityLevels", "Manual builds and deployments; results are hard to reproduce."), {}},
        {1, QT_TRANSLATE_NOOP("mlops::MaturityLevels", "DevOps but no MLOps"),
         QT_TRANSLATE_NOOP("mlops::MaturityLevels", "Code is versioned and built automatically; training and releases are manual."),
         {QStringLiteral("git-repository"), QStringLiteral("ci-configuration")}},
        {2, QT_TRANSLATE_NOOP("mlops::MaturityLevels", "Automated training"),
         QT_TRANSLATE_NOOP("mlops::MaturityLevels", "Training is automated, tracked, versioned and reproducible; releases are manual."),
         {QStringLiteral("automated-pipeline"), QStringLiteral("tracked-experiments"), QStringLiteral("runs-from-commits"),
          QStringLiteral("model-registry")}},
        {3, QT_TRANSLATE_NOOP("mlops::MaturityLevels", "Automated model deployment"),
         QT_TRANSLATE_NOOP("mlops::MaturityLevels", "Models are released through approvals and staging with tests; deployments trace back to data."),
         {QStringLiteral("approval-workflow"), QStringLiteral("staging-production"), QStringLiteral("automated-tests"),
          QStringLiteral("deployments")}},
        {4, QT_TRANSLATE_NOOP("mlops::MaturityLevels", "Full MLOps automated operations"),
         QT_TRANSLATE_NOOP("mlops::MaturityLevels", "Monitoring drives retraining and policy-based promotion with near-zero downtime."),
         {QStringLiteral("monitoring"), QStringLiteral("unattended-runs"), QStringLiteral("model-validation-gate"),
          QStringLiteral("automated-retraining")}},
    };
    return levels;
}

QString levelText(const char *text)
{
    return QCoreApplication::translate("mlops::MaturityLevels", text);
}

ModelLevel levelOf(const QString &model, const QList<LevelDefinition> &levels, const MaturityAssessment &a)
{
    ModelLevel result;
    result.model = model;
    result.maxLevel = levels.last().level;
    int reached = 0;
    for (const LevelDefinition &def : levels) {
        const bool ok = std::all_of(def.needs.cbegin(), def.needs.cend(), [&a](const QString &id) {
            const CriterionResult *c = a.criterion(id);
            return c && c->met;
        });
        if (!ok)
            break;
        reached = def.level;
    }
    result.level = reached;
    result.name = levelText(levels.at(reached).name);
    result.description = levelText(levels.at(reached).description);
    if (reached < result.maxLevel) {
        const LevelDefinition &next = levels.at(reached + 1);
        result.nextName = levelText(next.name);
        for (const QString &id : next.needs) {
            const CriterionResult *c = a.criterion(id);
            if (!c || !c->met)
                result.missing.append(id);
        }
    }
    return result;
}

} // namespace

MaturityAssessment assessMaturity(const WorkspaceFacts &facts)
{
    MaturityAssessment a;
    a.workspace = facts.root;
    a.assessedAt = QDateTime::currentDateTimeUtc();
    for (const MaturityCriterion &criterion : MaturityCriteria::instance().all()) {
        CriterionResult r;
        r.id = criterion.id;
        r.phase = criterion.phase;
        r.required = criterion.required;
        r.title = QCoreApplication::translate("mlops::MaturityCriteria", criterion.title);
        r.description = QCoreApplication::translate("mlops::MaturityCriteria", criterion.description);
        if (criterion.evaluate)
            criterion.evaluate(facts, r);
        if (r.met)
            r.next = {};
        a.criteria.append(r);
    }
    a.phaseIndex = -1;
    for (MaturityPhase phase : maturityPhases()) {
        const QList<CriterionResult> criteria = a.criteriaOf(phase);
        const bool all = std::all_of(criteria.cbegin(), criteria.cend(),
                                     [](const CriterionResult &c) { return c.met || !c.required; });
        if (!all)
            break;
        a.phaseIndex = int(phase);
    }
    a.google = levelOf(QStringLiteral("google"), googleLevels(), a);
    a.azure = levelOf(QStringLiteral("azure"), azureLevels(), a);
    return a;
}

MaturityAssessment assessWorkspaceMaturity(const Workspace &workspace)
{
    return assessMaturity(collectWorkspaceFacts(workspace));
}

} // namespace mlops
