// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/serving/servedmodel.h"

#include "core/artifacts/artifactcache.h"
#include "core/common/fileutil.h"
#include "core/governance/governancecontext.h"
#include "core/registry/modelregistry.h"
#include "core/store/store.h"
#include "core/tracking/runstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mlops {

namespace {

struct Text
{
    // The context keeps its first name, so existing translations still apply.
    Q_DECLARE_TR_FUNCTIONS(mlops::ModelSource)
};

QString findCode(const QString &modelDir, const std::optional<Workspace> &workspace)
{
    const QString inModel = QDir(modelDir).filePath(QStringLiteral("code/inference.py"));
    if (QFileInfo::exists(inModel))
        return inModel;
    if (workspace) {
        const QString inWorkspace = workspace->path(QStringLiteral("src/inference.py"));
        if (QFileInfo::exists(inWorkspace))
            return inWorkspace;
    }
    return {};
}

Result<QString> modelDirOfRun(const RunRecord &run, const Workspace &ws)
{
    const ArtifactCache cache(ws.cacheDir());
    for (const ArtifactRecord &a : run.artifacts) {
        if (a.role != QStringLiteral("model"))
            continue;
        // The cache holds the model as it was when the step finished: serve that copy.
        StoredArtifact stored;
        stored.hash = a.hash;
        stored.kind = a.kind.isEmpty() ? QStringLiteral("tree") : a.kind;
        if (stored.isTree() && !a.hash.isEmpty() && cache.contains(stored)) {
            const QString target = ws.path(QStringLiteral(".mlops/serve/") + a.hash);
            const QString complete = target + QStringLiteral("/.complete");
            if (!QFileInfo::exists(complete)) {
                QDir(target).removeRecursively();
                if (Status s = cache.materialize(stored, target); !s)
                    return s.error();
                if (Status s = writeFileAtomically(complete, QByteArray()); !s)
                    return s.error();
            }
            return target;
        }
        // A plain folder: relative to the run's job directory, else to the workspace.
        QStringList candidates;
        if (QDir::isAbsolutePath(a.path))
            candidates << a.path;
        else {
            if (!run.jobDir.isEmpty())
                candidates << QDir(QDir::isAbsolutePath(run.jobDir) ? run.jobDir : ws.path(run.jobDir)).filePath(a.path);
            candidates << ws.path(a.path);
        }
        for (const QString &path : candidates) {
            if (QFileInfo(path).isDir())
                return QDir::cleanPath(path);
        }
    }
    if (!run.jobDir.isEmpty()) {
        const QString jobModel = QDir(QDir::isAbsolutePath(run.jobDir) ? run.jobDir : ws.path(run.jobDir))
                                     .filePath(QStringLiteral("model"));
        if (QFileInfo(jobModel).isDir() && !QDir(jobModel).isEmpty())
            return QDir::cleanPath(jobModel);
    }
    return Error::badInput(Text::tr("run %1 (%2) has no model artifact").arg(run.uuid.left(10), run.name));
}

} // namespace

Result<ServedModel> resolveServedModel(const QString &model, const QString &currentDir,
                                       const std::optional<Workspace> &workspace)
{
    ServedModel source;
    source.origin = model;
    const QString asPath = QDir(currentDir).absoluteFilePath(model);
    if (QFileInfo(asPath).isDir()) {
        source.dir = QDir::cleanPath(asPath);
        source.program = findCode(source.dir, workspace);
        return source;
    }
    // A path (absolute, ./…, ../…, or something that exists) is never a registered version.
    if (model.startsWith(QLatin1Char('/')) || model.startsWith(QLatin1Char('.')) || QFileInfo::exists(asPath)) {
        if (QFileInfo::exists(asPath))
            return Error::badInput(Text::tr("%1 is not a folder: a model folder is needed").arg(QDir::cleanPath(asPath)));
        return Error::badInput(Text::tr("no such folder: %1").arg(QDir::cleanPath(asPath)));
    }
    if (!workspace) {
        return Error::badInput(Text::tr("'%1' is neither a model folder nor a run (no workspace here to look "
                                        "it up in)")
                                   .arg(model));
    }
    Result<std::unique_ptr<Store>> store = Store::open(workspace->storePath());
    if (!store)
        return store.error();
    RunStore runs((*store)->db());
    // A registered version (GROUP/VERSION, or GROUP@alias): the run that trained it.
    QString runRef = model;
    if (model.contains(QLatin1Char('/')) || model.contains(QLatin1Char('@'))) {
        ModelRegistry registry((*store)->db(), GovernanceContext::forWorkspace(*workspace));
        Result<ModelVersion> version = registry.version(model);
        if (!version)
            return Error::badInput(Text::tr("'%1' is neither a model folder nor a registered model version: %2")
                                       .arg(model, version.error().message));
        runRef = version->runUuid;
    }
    Result<RunRecord> run = runs.find(runRef, true);
    if (!run) {
        return Error::badInput(Text::tr("'%1' is neither a model folder nor a run of this workspace: %2")
                                   .arg(model, run.error().message));
    }
    // A pipeline execution: use its (last) step that produced a model.
    RunRecord chosen = *run;
    for (const RunRecord &child : run->children) {
        for (const ArtifactRecord &a : child.artifacts) {
            if (a.role == QStringLiteral("model"))
                chosen = child;
        }
    }
    if (chosen.id != run->id) {
        if (Result<RunRecord> detailed = runs.get(chosen.id, true))
            chosen = *detailed;
    }
    Result<QString> dir = modelDirOfRun(chosen, *workspace);
    if (!dir)
        return dir.error();
    source.dir = *dir;
    source.runId = chosen.uuid;
    source.program = findCode(source.dir, workspace);
    return source;
}

} // namespace mlops
