// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/pipeline/runreproducer.h"

#include "core/artifacts/artifactcache.h"
#include "core/artifacts/contentscanner.h"
#include "core/artifacts/datapointer.h"
#include "core/common/filelock.h"
#include "core/common/fileutil.h"
#include "core/pipeline/pipelineexecution.h"
#include "core/pipeline/pipelinevalidator.h"
#include "core/store/store.h"
#include "core/tracking/runstore.h"
#include "core/tracking/runtags.h"
#include "core/vcs/gitrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QTimer>
#include <QUuid>

#include <cmath>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::RunReproducer)
};

/** Removes the worktree when the reproduction is done, unless it is to be kept. */
class WorktreeGuard
{
public:
    WorktreeGuard(GitRepository &repo, QString name, bool keep) : m_repo(repo), m_name(std::move(name)), m_keep(keep) {}
    ~WorktreeGuard()
    {
        if (!m_keep)
            (void)m_repo.removeWorktree(m_name);
    }
    WorktreeGuard(const WorktreeGuard &) = delete;
    WorktreeGuard &operator=(const WorktreeGuard &) = delete;

private:
    GitRepository &m_repo;
    QString m_name;
    bool m_keep;
};

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

/** Data sets a pipeline execution's steps read from the workspace: path → (hash, kind). */
QList<std::tuple<QString, QString, QString>> dataInputs(const RunRecord &run)
{
    QList<std::tuple<QString, QString, QString>> inputs;
    QStringList seen;
    for (const RunRecord &step : run.children) {
        for (const ArtifactRecord &a : step.artifacts) {
            if (a.role != QStringLiteral("input") || a.path.startsWith(QStringLiteral("${")) || a.hash.isEmpty()
                || seen.contains(a.path))
                continue;
            seen.append(a.path);
            inputs.append({a.path, a.hash, a.kind});
        }
    }
    return inputs;
}

/**
 * Puts the data a run read in place in the worktree, by hash; says where it came from.
 * Data that neither git (at the commit) nor the cache holds is an error naming the file
 * and its hash, so no run starts that could only fail or read other data.
 */
Result<QString> prepareData(const Workspace &worktree, const ArtifactCache &cache, const QString &path,
                            const QString &hash, const QString &kind)
{
    const QString target = worktree.path(path);
    const StoredArtifact artifact{hash, kind.isEmpty() ? QStringLiteral("file") : kind, 0, 0};
    const auto notCached = [&](const QString &what) -> Error {
        return Error{Text::tr("the run read %1 (%2, sha256 %3), and its content is not in this workspace's cache "
                              "(it was added on another machine, or the cache was cleared); nothing was run")
                         .arg(path, what, hash),
                     cache.dir()};
    };
    if (QFileInfo::exists(target + DataPointer::suffix())) {
        Result<DataPointer> pointer = DataPointer::load(target + DataPointer::suffix());
        if (pointer && pointer->hash == hash) {
            if (!cache.contains(pointer->artifact()))
                return notCached(Text::tr("versioned data"));
            return QStringLiteral("versioned");
        }
    }
    if (QFileInfo::exists(target)) {
        ContentScanner scanner(nullptr, nullptr);
        Result<ScannedContent> now = scanner.scan(target, false);
        if (now && now->artifact.hash == hash)
            return QStringLiteral("git");
    }
    if (!cache.contains(artifact)) {
        if (!QFileInfo::exists(target))
            return notCached(Text::tr("not in git at the run's commit"));
        return QStringLiteral("as-is");
    }
    if (QFileInfo(target).isDir())
        QDir(target).removeRecursively();
    else
        QFile::remove(target);
    return cache.materialize(artifact, target) ? QStringLiteral("cache") : QStringLiteral("as-is");
}

/** The lock a running reproduction holds on its worktree; gone with its process. */
QString ownerLockPath(const Workspace &workspace, const QString &name)
{
    return QDir(workspace.stateDir()).filePath(QStringLiteral("worktrees/") + name + QStringLiteral(".lock"));
}

/**
 * Removes the worktrees of reproductions whose process is gone (killed, crashed): their
 * owner lock is free. Worktrees kept on purpose (--keep-worktree) hold no lock file.
 */
void pruneStaleWorktrees(const Workspace &workspace, GitRepository &repo)
{
    const QDir dir(QDir(workspace.stateDir()).filePath(QStringLiteral("worktrees")));
    for (const QString &lockName : dir.entryList({QStringLiteral("reproduce-*.lock")}, QDir::Files)) {
        const QString name = lockName.chopped(5);
        Result<FileLock> owner = FileLock::acquire(dir.filePath(lockName), 0);
        if (!owner)
            continue;   // its reproduction is still running
        (void)repo.removeWorktree(name);
        QDir(dir.filePath(name)).removeRecursively();
        QFile::remove(dir.filePath(lockName));
    }
}

} // namespace

bool MetricComparison::same() const
{
    if (!original && !reproduced)
        return true;
    if (!original || !reproduced)
        return false;
    const double scale = std::max({1.0, std::abs(*original), std::abs(*reproduced)});
    return std::abs(*original - *reproduced) <= 1e-9 * scale;
}

bool Reproduction::identical() const
{
    for (const MetricComparison &m : metrics) {
        if (!m.same())
            return false;
    }
    for (const DataComparison &d : data) {
        if (d.originalHash != d.reproducedHash)
            return false;
    }
    return true;
}

QJsonObject Reproduction::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("original"), original.uuid);
    o.insert(QStringLiteral("reproduced"), reproduced.uuid);
    o.insert(QStringLiteral("status"), runStatusName(reproduced.status));
    o.insert(QStringLiteral("failure_reason"),
             reproduced.failureReason.isEmpty() ? QJsonValue() : QJsonValue(reproduced.failureReason));
    o.insert(QStringLiteral("commit"), commit);
    o.insert(QStringLiteral("applied_diff"), appliedDiff);
    QJsonObject params;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        params.insert(it.key(), it.value());
    o.insert(QStringLiteral("parameters"), params);
    QJsonArray dataArray;
    for (const DataComparison &d : data) {
        QJsonObject e;
        e.insert(QStringLiteral("path"), d.path);
        e.insert(QStringLiteral("original_hash"), d.originalHash);
        e.insert(QStringLiteral("reproduced_hash"), d.reproducedHash.isEmpty() ? QJsonValue() : QJsonValue(d.reproducedHash));
        e.insert(QStringLiteral("source"), d.source);
        dataArray.append(e);
    }
    o.insert(QStringLiteral("data"), dataArray);
    QJsonArray metricArray;
    for (const MetricComparison &m : metrics) {
        QJsonObject e;
        e.insert(QStringLiteral("step"), m.step);
        e.insert(QStringLiteral("metric"), m.metric);
        e.insert(QStringLiteral("original"), optionalNumber(m.original));
        e.insert(QStringLiteral("reproduced"), optionalNumber(m.reproduced));
        e.insert(QStringLiteral("same"), m.same());
        metricArray.append(e);
    }
    o.insert(QStringLiteral("metrics"), metricArray);
    o.insert(QStringLiteral("identical"), identical());
    return o;
}

QList<MetricComparison> compareMetrics(const RunRecord &original, const RunRecord &reproduced)
{
    QList<MetricComparison> list;
    auto add = [&list](const QString &step, const QMap<QString, double> &a, const QMap<QString, double> &b) {
        QStringList names = a.keys() + b.keys();
        names.removeDuplicates();
        names.sort();
        for (const QString &name : std::as_const(names)) {
            MetricComparison m{step, name, std::nullopt, std::nullopt};
            if (a.contains(name))
                m.original = a.value(name);
            if (b.contains(name))
                m.reproduced = b.value(name);
            list.append(m);
        }
    };
    add(QString(), original.metrics, reproduced.metrics);
    QStringList steps;
    for (const RunRecord &s : original.children)
        steps.append(s.name);
    for (const RunRecord &s : reproduced.children) {
        if (!steps.contains(s.name))
            steps.append(s.name);
    }
    for (const QString &step : std::as_const(steps)) {
        QMap<QString, double> a, b;
        for (const RunRecord &s : original.children) {
            if (s.name == step)
                a = s.metrics;
        }
        for (const RunRecord &s : reproduced.children) {
            if (s.name == step)
                b = s.metrics;
        }
        add(step, a, b);
    }
    return list;
}

Result<Reproduction> reproduceRun(const Workspace &workspace, const QString &runId, const ReproduceOptions &options,
                                  const std::function<void(const QString &)> &progress)
{
    Result<std::unique_ptr<Store>> store = Store::open(workspace.storePath());
    if (!store)
        return store.error();
    RunStore runs((*store)->db());
    Result<RunRecord> found = runs.find(runId);
    if (!found)
        return found.error();
    RunRecord original = *found;
    if (original.kind == QStringLiteral("step") && original.parentId) {
        Result<RunRecord> parent = runs.get(original.parentId);
        if (!parent)
            return parent.error();
        original = *parent;
    }
    if (original.kind != QStringLiteral("pipeline"))
        return Error::badInput(Text::tr("run %1 is a %2 run; only pipeline executions can be reproduced")
                                   .arg(original.uuid.left(8), original.kind));
    if (original.gitCommit.isEmpty())
        return Error::badInput(Text::tr("run %1 has no git commit to reproduce it from").arg(original.uuid.left(8)));
    if (original.pipeline.isEmpty())
        return Error::badInput(Text::tr("run %1 names no pipeline file").arg(original.uuid.left(8)));

    Reproduction result;
    result.original = original;
    result.commit = original.gitCommit;
    result.parameters = original.parameters;

    Result<GitRepository> repo = GitRepository::open(workspace.root(), true);
    if (!repo)
        return repo.error();
    if (Result<QString> sha = repo->resolveCommit(original.gitCommit); !sha)
        return Error::badInput(Text::tr("commit %1 of run %2 is not in this repository any more")
                                   .arg(original.gitCommit.left(8), original.uuid.left(8)));
    pruneStaleWorktrees(workspace, *repo);
    const QString name = QStringLiteral("reproduce-%1-%2")
                             .arg(original.uuid.left(8), QUuid::createUuid().toString(QUuid::Id128).left(6));
    const QString worktree = QDir(workspace.stateDir()).filePath(QStringLiteral("worktrees/") + name);
    // Held while this process reproduces: a later reproduction removes the worktree of
    // one that was killed. A worktree kept on purpose gives its lock file up at the end.
    Result<FileLock> owner = FileLock::acquire(ownerLockPath(workspace, name), 0);
    if (!owner)
        return owner.error();
    struct OwnerFile
    {
        QString path;
        ~OwnerFile() { QFile::remove(path); }
    } ownerFile{ownerLockPath(workspace, name)};
    if (progress)
        progress(Text::tr("creating a git worktree at commit %1: %2").arg(original.gitCommit.left(8), worktree));
    if (Status s = repo->addWorktree(name, worktree, original.gitCommit); !s)
        return s.error();
    WorktreeGuard guard(*repo, name, options.keepWorktree);
    result.worktree = worktree;
    const QString prefix = QDir(repo->workdir()).relativeFilePath(workspace.root());
    const QString root = prefix.isEmpty() || prefix == QStringLiteral(".") ? worktree : QDir(worktree).filePath(prefix);

    ArtifactCache cache(workspace.cacheDir());
    if (original.gitDirty) {
        for (const ArtifactRecord &a : std::as_const(original.artifacts)) {
            if (a.role != QStringLiteral("diff"))
                continue;
            Result<QByteArray> patch = readFile(cache.objectPath(a.hash));
            if (!patch)
                return Error{Text::tr("the uncommitted changes of run %1 are not in the cache").arg(original.uuid.left(8))};
            Result<GitRepository> tree = GitRepository::open(worktree);
            if (!tree)
                return tree.error();
            if (Status s = tree->applyPatch(*patch); !s)
                return s.error();
            result.appliedDiff = true;
            if (progress)
                progress(Text::tr("applied the run's uncommitted changes"));
        }
    }

    Result<Workspace> opened = Workspace::open(root);
    if (!opened)
        return opened.error();
    const Workspace copy = opened->withStateDir(workspace.stateDir());
    for (const auto &[path, hash, kind] : dataInputs(original)) {
        Result<QString> source = prepareData(copy, cache, path, hash, kind);
        if (!source)
            return source.error();
        result.data.append(DataComparison{path, hash, QString(), *source});
    }
    if (options.cancel && options.cancel->load())
        return Error{Text::tr("the reproduction was cancelled before it ran")};

    ValidationOptions validation;
    validation.workspaceRoot = copy.root();
    const LoadedPipeline loaded = loadAndValidate(copy.path(original.pipeline), original.pipeline, validation);
    if (!loaded.ok()) {
        QStringList problems;
        for (const Diagnostic &d : loaded.diagnostics)
            problems.append(d.toString());
        return Error::badInput(Text::tr("the pipeline at commit %1 is not valid any more: %2")
                                   .arg(original.gitCommit.left(8), problems.join(QStringLiteral("; "))));
    }
    ExecutionOptions execution;
    execution.parameters = original.parameters;
    execution.noCache = !options.useCache;
    execution.launcher = options.launcher;
    execution.tags.insert(runtags::reproduces(), original.uuid);
    PipelineExecution pipeline(copy, loaded.spec, original.pipeline, execution);
    if (Status s = pipeline.prepare(); !s)
        return s.error();
    if (progress) {
        progress(Text::tr("running %1 as run %2").arg(original.pipeline, pipeline.run().uuid.left(8)));
        QObject::connect(&pipeline, &PipelineExecution::stepChanged, &pipeline, [progress](const StepEvent &e) {
            if (isFinalStatus(e.status) || e.status == RunStatus::Running)
                progress(QStringLiteral("%1: %2").arg(e.step, runStatusDisplayName(e.status)));
        });
    }
    QEventLoop loop;
    QObject::connect(&pipeline, &PipelineExecution::finished, &loop, &QEventLoop::quit);
    QTimer cancelWatch;
    if (options.cancel) {
        QObject::connect(&cancelWatch, &QTimer::timeout, &pipeline, [&pipeline, &cancelWatch, &options] {
            if (!options.cancel->load())
                return;
            cancelWatch.stop();
            pipeline.stop();
        });
        cancelWatch.start(50);
    }
    pipeline.start();
    if (pipeline.status() == RunStatus::Running || pipeline.status() == RunStatus::Pending)
        loop.exec();

    Result<RunRecord> reproduced = runs.find(pipeline.run().uuid);
    if (!reproduced)
        return reproduced.error();
    result.reproduced = *reproduced;
    for (DataComparison &d : result.data) {
        for (const auto &[path, hash, kind] : dataInputs(result.reproduced)) {
            if (path == d.path)
                d.reproducedHash = hash;
        }
    }
    result.metrics = compareMetrics(result.original, result.reproduced);
    return result;
}

} // namespace mlops
