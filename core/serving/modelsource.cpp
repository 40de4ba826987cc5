// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/serving/modelsource.h"

#include "core/common/fileutil.h"
#include "core/store/store.h"
#include "core/tracking/runstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::ModelSource)
};

QString blobPath(const QString &cacheDir, const QString &hash)
{
    return QDir(cacheDir).filePath(hash.left(2) + QLatin1Char('/') + hash.mid(2));
}

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
    for (const ArtifactRecord &a : run.artifacts) {
        if (a.role != QStringLiteral("model"))
            continue;
        const QString path = QDir::isAbsolutePath(a.path) ? a.path : ws.path(a.path);
        if (QFileInfo(path).isDir())
            return QDir::cleanPath(path);
        QString manifest = path;
        if (!QFileInfo(manifest).isFile() && !a.hash.isEmpty())
            manifest = blobPath(ws.cacheDir(), a.hash) + QStringLiteral(".dir");
        if (QFileInfo(manifest).isFile()) {
            const QString target = ws.path(QStringLiteral(".mlops/serve/") + (a.hash.isEmpty() ? run.uuid : a.hash));
            if (!QFileInfo::exists(target + QStringLiteral("/.complete"))) {
                if (Status s = materializeTree(manifest, ws.cacheDir(), target); !s)
                    return s.error();
            }
            return target;
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

Status materializeTree(const QString &manifestPath, const QString &cacheDir, const QString &target)
{
    Result<QByteArray> data = readFile(manifestPath);
    if (!data)
        return data.error();
    QList<QPair<QString, QString>> entries;   // path, hash
    const QJsonDocument doc = QJsonDocument::fromJson(*data);
    if (doc.isObject() || doc.isArray()) {
        QJsonArray list = doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("entries")).toArray();
        if (list.isEmpty() && doc.isObject())
            list = doc.object().value(QStringLiteral("files")).toArray();
        for (const QJsonValue &v : list) {
            const QJsonObject e = v.toObject();
            const QString hash = e.value(QStringLiteral("hash")).toString(e.value(QStringLiteral("sha256")).toString());
            const QString type = e.value(QStringLiteral("type")).toString(e.value(QStringLiteral("kind")).toString());
            if (type == QStringLiteral("dir") || type == QStringLiteral("tree"))
                continue;
            entries.append({e.value(QStringLiteral("path")).toString(), hash});
        }
    } else {
        for (const QByteArray &line : data->split('\n')) {
            const QString text = QString::fromUtf8(line).trimmed();
            if (text.isEmpty())
                continue;
            entries.append({text.section(QLatin1Char(' '), 1).trimmed(), text.section(QLatin1Char(' '), 0, 0)});
        }
    }
    if (entries.isEmpty())
        return Error{Text::tr("cannot read the tree manifest %1").arg(manifestPath)};
    const QString staging = target + QStringLiteral(".partial");
    QDir(staging).removeRecursively();
    for (const auto &[path, hash] : entries) {
        if (!isSafeRelativePath(path))
            return Error{Text::tr("unsafe path in tree manifest %1: %2").arg(manifestPath, path)};
        const QString blob = blobPath(cacheDir, hash);
        const QString out = QDir(staging).filePath(path);
        QDir().mkpath(QFileInfo(out).absolutePath());
        if (!QFile::copy(blob, out))
            return Error{Text::tr("cannot copy %1 from the cache (%2)").arg(path, blob)};
    }
    QDir(target).removeRecursively();
    if (!QDir().rename(staging, target))
        return Error{Text::tr("cannot create %1").arg(target)};
    return writeFileAtomically(target + QStringLiteral("/.complete"), QByteArray());
}

Result<ModelSource> resolveModelSource(const QString &model, const QString &currentDir,
                                       const std::optional<Workspace> &workspace)
{
    ModelSource source;
    source.origin = model;
    const QString asPath = QDir(currentDir).absoluteFilePath(model);
    if (QFileInfo(asPath).isDir()) {
        source.dir = QDir::cleanPath(asPath);
        source.program = findCode(source.dir, workspace);
        return source;
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
    Result<RunRecord> run = runs.find(model, true);
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
