// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/registry/modelsource.h"

#include "core/store/database.h"
#include "core/tracking/runstore.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <optional>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::ModelSource)
};

struct Candidate
{
    RunRecord run;
    ArtifactRecord artifact;
};

const QString kModelRole = QStringLiteral("model");

/** The newest run that produced a model with this hash (prefix). */
Result<QString> runOfModelHash(Database &db, const QString &hash)
{
    Result<Statement> s = db.prepare(QStringLiteral(
        "SELECT r.uuid FROM artifacts a JOIN runs r ON r.id = a.run_id"
        " WHERE a.role = 'model' AND a.hash >= ?1 AND a.hash < ?1 || 'g'"
        " ORDER BY (r.status = 'Completed') DESC, a.id DESC LIMIT 1"));
    if (!s)
        return s.error();
    s->bind(1, hash);
    Result<bool> row = s->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::badInput(Text::tr("no run produced a model with hash %1").arg(hash));
    return s->text(0);
}

void collectCandidates(const RunRecord &run, QList<Candidate> &out)
{
    for (const ArtifactRecord &a : run.artifacts) {
        if (a.role == kModelRole && !a.hash.isEmpty())
            out.append({run, a});
    }
    for (const RunRecord &child : run.children)
        collectCandidates(child, out);
}

void mergeMetrics(QMap<QString, double> &into, const RunRecord &run, const QString &prefix)
{
    for (auto it = run.metrics.cbegin(); it != run.metrics.cend(); ++it) {
        if (!into.contains(it.key()))
            into.insert(it.key(), it.value());
        else if (!prefix.isEmpty() && !into.contains(prefix + QLatin1Char('/') + it.key()))
            into.insert(prefix + QLatin1Char('/') + it.key(), it.value());
    }
}
} // namespace

Result<ModelSource> findModelSource(Database &db, const QString &runId, const QString &modelHash)
{
    const QString hash = modelHash.trimmed().toLower();
    if (!hash.isEmpty() && hash.size() < 8)
        return Error::badInput(Text::tr("model hash '%1' is too short: give at least 8 characters")
                                   .arg(modelHash));
    QString id = runId.trimmed();
    if (id.isEmpty()) {
        if (hash.isEmpty())
            return Error::badInput(Text::tr("name the run that trained the model (or the model's hash)"));
        Result<QString> found = runOfModelHash(db, hash);
        if (!found)
            return found.error();
        id = *found;
    }

    RunStore runs(db);
    Result<RunRecord> named = runs.find(id, true);
    if (!named)
        return named.error();
    std::optional<RunRecord> execution;
    if (named->kind == QStringLiteral("pipeline")) {
        execution = *named;
    } else if (named->parentId != 0) {
        Result<RunRecord> parent = runs.get(named->parentId, true);
        if (!parent)
            return parent.error();
        execution = *parent;
    }

    QList<Candidate> candidates;
    collectCandidates(*named, candidates);
    if (!hash.isEmpty()) {
        candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                        [&hash](const Candidate &c) { return !c.artifact.hash.startsWith(hash); }),
                         candidates.end());
    }
    if (candidates.isEmpty())
        return Error::badInput(hash.isEmpty()
                                   ? Text::tr("run %1 (%2) has no model artifact: register the run of a "
                                              "training step, or the pipeline execution that ran it")
                                         .arg(named->uuid.left(8), named->name)
                                   : Text::tr("run %1 (%2) has no model with hash %3")
                                         .arg(named->uuid.left(8), named->name, hash));
    QSet<QString> hashes;
    QStringList described;
    for (const Candidate &c : std::as_const(candidates)) {
        if (!hashes.contains(c.artifact.hash)) {
            hashes.insert(c.artifact.hash);
            described.append(QStringLiteral("%1 (%2)").arg(c.artifact.hash.left(12), c.run.name));
        }
    }
    if (hashes.size() > 1)
        return Error::badInput(Text::tr("run %1 produced several models: %2; pick one by its hash")
                                   .arg(named->uuid.left(8), described.join(QStringLiteral(", "))));

    const Candidate &chosen = candidates.last();
    if (chosen.run.status != RunStatus::Completed)
        return Error::badInput(Text::tr("run %1 (%2) is %3: only a model from a completed run can be "
                                        "registered")
                                   .arg(chosen.run.uuid.left(8), chosen.run.name,
                                        runStatusDisplayName(chosen.run.status)));

    ModelSource source;
    source.run = chosen.run;
    source.run.children.clear();
    source.model = chosen.artifact;
    source.pipelineRunUuid = execution ? execution->uuid : QString();
    mergeMetrics(source.metrics, chosen.run, QString());
    if (execution) {
        for (const RunRecord &step : execution->children) {
            if (step.id != chosen.run.id)
                mergeMetrics(source.metrics, step, step.name);
        }
        mergeMetrics(source.metrics, *execution, execution->name);
        if (source.run.gitCommit.isEmpty()) {
            source.run.gitCommit = execution->gitCommit;
            source.run.gitDirty = execution->gitDirty;
        }
    }

    // Training data: inputs that no step of the execution produced.
    const QList<RunRecord> steps = execution ? execution->children : QList<RunRecord>{chosen.run};
    QSet<QString> produced;
    for (const RunRecord &step : steps) {
        for (const ArtifactRecord &a : step.artifacts) {
            if (a.role != QStringLiteral("input"))
                produced.insert(a.hash);
        }
    }
    QSet<QString> seen;
    for (const RunRecord &step : steps) {
        for (const ArtifactRecord &a : step.artifacts) {
            if (a.role != QStringLiteral("input") || a.hash.isEmpty() || produced.contains(a.hash)
                || seen.contains(a.hash))
                continue;
            seen.insert(a.hash);
            source.inputs.append(ModelInput{a.name, a.hash, a.path});
        }
    }
    return source;
}

} // namespace mlops
