// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/maturity/maturityassessment.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace mlops {

namespace {
struct PhaseText
{
    MaturityPhase phase;
    const char *name;
    const char *display;
    const char *summary;
};
constexpr PhaseText kPhases[] = {
    {MaturityPhase::Initial, "Initial", QT_TRANSLATE_NOOP("mlops::MaturityPhase", "Initial"),
     QT_TRANSLATE_NOOP("mlops::MaturityPhase",
                       "An experimentation environment: data scientists explore, train and deploy by hand.")},
    {MaturityPhase::Repeatable, "Repeatable", QT_TRANSLATE_NOOP("mlops::MaturityPhase", "Repeatable"),
     QT_TRANSLATE_NOOP("mlops::MaturityPhase",
                       "Standard code repositories, automated pipelines for processing and training, "
                       "models kept and compared in a registry.")},
    {MaturityPhase::Reliable, "Reliable", QT_TRANSLATE_NOOP("mlops::MaturityPhase", "Reliable"),
     QT_TRANSLATE_NOOP("mlops::MaturityPhase",
                       "Automated tests, CI, quality gates, isolated staging and production with manual "
                       "approval to promote, and monitoring.")},
    {MaturityPhase::Scalable, "Scalable", QT_TRANSLATE_NOOP("mlops::MaturityPhase", "Scalable"),
     QT_TRANSLATE_NOOP("mlops::MaturityPhase",
                       "Templated solutions that several teams reuse to run many use cases.")},
};
} // namespace

QString maturityPhaseName(MaturityPhase phase)
{
    return QString::fromLatin1(kPhases[int(phase)].name);
}

QString maturityPhaseDisplayName(MaturityPhase phase)
{
    return QCoreApplication::translate("mlops::MaturityPhase", kPhases[int(phase)].display);
}

QString maturityPhaseSummary(MaturityPhase phase)
{
    return QCoreApplication::translate("mlops::MaturityPhase", kPhases[int(phase)].summary);
}

QList<MaturityPhase> maturityPhases()
{
    return {MaturityPhase::Initial, MaturityPhase::Repeatable, MaturityPhase::Reliable, MaturityPhase::Scalable};
}

QJsonObject CriterionResult::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("phase"), maturityPhaseName(phase));
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("description"), description);
    o.insert(QStringLiteral("required"), required);
    o.insert(QStringLiteral("met"), met);
    QJsonArray ev;
    for (const Evidence &e : evidence)
        ev.append(QJsonObject{{QStringLiteral("text"), e.text},
                              {QStringLiteral("source"), e.source},
                              {QStringLiteral("supports"), e.supports}});
    o.insert(QStringLiteral("evidence"), ev);
    o.insert(QStringLiteral("next_action"),
             next.isEmpty() ? QJsonValue()
                            : QJsonValue(QJsonObject{{QStringLiteral("text"), next.text},
                                                     {QStringLiteral("command"),
                                                      next.command.isEmpty() ? QJsonValue() : QJsonValue(next.command)}}));
    return o;
}

QJsonObject ModelLevel::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("level"), level);
    o.insert(QStringLiteral("max_level"), maxLevel);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("description"), description);
    o.insert(QStringLiteral("next_level"), nextName.isEmpty() ? QJsonValue() : QJsonValue(nextName));
    o.insert(QStringLiteral("missing"), QJsonArray::fromStringList(missing));
    return o;
}

QList<CriterionResult> MaturityAssessment::criteriaOf(MaturityPhase phase) const
{
    QList<CriterionResult> result;
    for (const CriterionResult &c : criteria) {
        if (c.phase == phase)
            result.append(c);
    }
    return result;
}

const CriterionResult *MaturityAssessment::criterion(const QString &id) const
{
    for (const CriterionResult &c : criteria) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

int MaturityAssessment::metCount() const
{
    return int(std::count_if(criteria.cbegin(), criteria.cend(), [](const CriterionResult &c) { return c.met; }));
}

QList<CriterionResult> MaturityAssessment::nextSteps() const
{
    const int next = phaseIndex + 1;
    QList<CriterionResult> required;
    QList<CriterionResult> recommended;
    for (const CriterionResult &c : criteria) {
        if (c.met || c.next.isEmpty())
            continue;
        if (c.required && int(c.phase) <= next)
            required.append(c);
        else if (!c.required && int(c.phase) <= next)
            recommended.append(c);
    }
    // Criteria that one command moves forward (a first `mlops run` tracks, records and
    // automates at once) become one action that gives every reason, in the first one's place.
    QList<CriterionResult> merged;
    for (const CriterionResult &c : required + recommended) {
        auto same = std::find_if(merged.begin(), merged.end(), [&c](const CriterionResult &m) {
            return !c.next.command.isEmpty() && m.next.command == c.next.command;
        });
        if (same == merged.end()) {
            merged.append(c);
            merged.last().next.criteria = QStringList{c.id};
            continue;
        }
        if (!same->next.text.contains(c.next.text))
            same->next.text += QLatin1Char('\n') + c.next.text;   // one reason per line
        same->next.criteria.append(c.id);
        same->required = same->required || c.required;
    }
    return merged;
}

QJsonObject MaturityAssessment::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("workspace"), workspace);
    o.insert(QStringLiteral("assessed_at"), assessedAt.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("phase"), hasPhase() ? QJsonValue(maturityPhaseName(phase())) : QJsonValue());
    o.insert(QStringLiteral("phase_index"), phaseIndex);
    o.insert(QStringLiteral("next_phase"), phaseIndex + 1 < int(maturityPhases().size())
                                               ? QJsonValue(maturityPhaseName(MaturityPhase(phaseIndex + 1)))
                                               : QJsonValue());
    QJsonArray phases;
    for (MaturityPhase p : maturityPhases()) {
        QJsonArray ids;
        int met = 0;
        int total = 0;
        for (const CriterionResult &c : criteria) {
            if (c.phase != p)
                continue;
            ids.append(c.id);
            ++total;
            met += c.met ? 1 : 0;
        }
        phases.append(QJsonObject{{QStringLiteral("name"), maturityPhaseName(p)},
                                  {QStringLiteral("reached"), reached(p)},
                                  {QStringLiteral("criteria_met"), met},
                                  {QStringLiteral("criteria"), total},
                                  {QStringLiteral("criterion_ids"), ids}});
    }
    o.insert(QStringLiteral("phases"), phases);
    QJsonArray cs;
    for (const CriterionResult &c : criteria)
        cs.append(c.toJson());
    o.insert(QStringLiteral("criteria"), cs);
    o.insert(QStringLiteral("google"), google.toJson());
    o.insert(QStringLiteral("azure"), azure.toJson());
    QJsonArray next;
    for (const CriterionResult &c : nextSteps())
        next.append(QJsonObject{{QStringLiteral("criterion"), c.id},
                                {QStringLiteral("criteria"), QJsonArray::fromStringList(c.next.criteria)},
                                {QStringLiteral("text"), c.next.text},
                                {QStringLiteral("command"), c.next.command.isEmpty() ? QJsonValue() : QJsonValue(c.next.command)}});
    o.insert(QStringLiteral("next_actions"), next);
    return o;
}

} // namespace mlops
