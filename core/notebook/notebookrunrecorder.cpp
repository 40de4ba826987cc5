// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/notebook/notebookrunrecorder.h"

#include "core/common/fileutil.h"
#include "core/store/store.h"
#include "core/vcs/gitrepository.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mlops {

namespace {
constexpr int kFlushEveryMs = 250;
constexpr int kFlushEveryValues = 500;
} // namespace

NotebookRunRecorder::NotebookRunRecorder(Workspace workspace, QString notebookPath, QString kernelName)
    : m_workspace(std::move(workspace)), m_notebookPath(m_workspace.relativePath(notebookPath)),
      m_kernelName(std::move(kernelName))
{
}

NotebookRunRecorder::~NotebookRunRecorder()
{
    if (isActive())
        (void)finish(RunStatus::Interrupted);
}

Status NotebookRunRecorder::begin(const QMap<QString, QString> &parameters)
{
    Result<std::unique_ptr<Store>> store = Store::open(m_workspace.storePath());
    if (!store)
        return store.error();
    m_store = std::move(*store);
    m_tracker = std::make_unique<RunTracker>(m_store->db());

    NewRun run;
    run.kind = QStringLiteral("notebook");
    run.name = m_notebookPath;
    run.runner = m_kernelName;
    // Notebook and pipeline of the same name share an experiment, so their runs compare.
    run.experiment = QFileInfo(m_notebookPath).completeBaseName();
    QByteArray diff;
    if (Result<GitRepository> repo = GitRepository::openScoped(m_workspace.root()); repo) {
        if (Result<GitState> state = repo->state(true); state) {
            run.gitBranch = state->branch;
            if (state->head)
                run.gitCommit = state->head->sha;
            run.gitDirty = state->isDirty();
            if (run.gitDirty) {
                if (Result<QByteArray> patch = repo->diffHead(); patch)
                    diff = *patch;
            }
        }
    }
    Result<RunRef> ref = m_tracker->createRun(run);
    if (!ref)
        return ref.error();
    m_run = *ref;
    if (Status s = m_tracker->start(m_run.id); !s)
        return s;
    if (Status s = m_tracker->setTag(m_run.id, QStringLiteral("notebook"), m_notebookPath); !s)
        return s;
    if (Status s = m_tracker->setTag(m_run.id, QStringLiteral("kernel"), m_kernelName); !s)
        return s;
    if (!parameters.isEmpty()) {
        if (Status s = m_tracker->setParams(m_run.id, parameters); !s)
            return s;
    }
    if (!diff.isEmpty()) {
        if (Status s = addArtifact(QStringLiteral("diff"), QStringLiteral("git.diff"), diff); !s)
            return s;
    }
    m_sinceFlush.start();
    return {};
}

Status NotebookRunRecorder::setParameters(const QMap<QString, QString> &parameters)
{
    if (!isActive() || parameters.isEmpty())
        return {};
    return m_tracker->setParams(m_run.id, parameters);
}

Status NotebookRunRecorder::record(const LoggedValue &value)
{
    if (!isActive())
        return {};
    if (value.kind == LoggedValue::Kind::Param) {
        if (Status s = flush(); !s)
            return s;
        return m_tracker->setParams(m_run.id, {{value.name, value.text}});
    }
    m_pending.append(MetricValue{value.name, value.value, value.step, value.timestampMs});
    if (m_pending.size() >= kFlushEveryValues || m_sinceFlush.elapsed() >= kFlushEveryMs)
        return flush();
    return {};
}

Status NotebookRunRecorder::flush()
{
    m_sinceFlush.restart();
    if (!isActive() || m_pending.isEmpty())
        return {};
    const QList<MetricValue> batch = std::exchange(m_pending, {});
    return m_tracker->logMetrics(m_run.id, batch);
}

Status NotebookRunRecorder::addArtifact(const QString &role, const QString &name, const QByteArray &content)
{
    if (!isActive())
        return {};
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    const QString relative = QStringLiteral(".mlops/cache/") + hash.left(2) + QLatin1Char('/') + hash.mid(2);
    const QString path = m_workspace.path(relative);
    if (!QFileInfo::exists(path)) {
        if (Status s = writeFileAtomically(path, content); !s)
            return s;
    }
    ArtifactRecord artifact;
    artifact.role = role;
    artifact.name = name;
    artifact.hash = hash;
    artifact.kind = QStringLiteral("file");
    artifact.size = content.size();
    artifact.path = relative;
    Result<qint64> id = m_tracker->addArtifact(m_run.id, artifact);
    if (!id)
        return id.error();
    return {};
}

QString NotebookRunRecorder::logDir() const
{
    return isActive() ? QDir(m_workspace.logsDir()).filePath(m_run.uuid) : QString();
}

Status NotebookRunRecorder::appendLog(const QString &line)
{
    if (!isActive())
        return {};
    const QString dir = logDir();
    const QString path = QDir(dir).filePath(QStringLiteral("notebook.log"));
    QDir().mkpath(dir);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return Error{file.errorString(), path};
    file.write(QDateTime::currentDateTime().toString(Qt::ISODateWithMs).toUtf8() + ' ' + line.toUtf8() + '\n');
    file.close();
    if (m_logRecorded)
        return {};
    m_logRecorded = true;
    ArtifactRecord log{0, QStringLiteral("log"), QStringLiteral("notebook"), {}, QStringLiteral("file"), 0,
                       m_workspace.relativePath(path)};
    Result<qint64> id = m_tracker->addArtifact(m_run.id, log);
    return id ? Status{} : Status{id.error()};
}

Status NotebookRunRecorder::finish(RunStatus status, const QString &failureReason)
{
    if (!isActive())
        return {};
    Status flushed = flush();
    const qint64 id = m_run.id;
    m_run = {};
    Status finished = m_tracker->finish(id, status, std::nullopt, failureReason);
    if (!flushed)
        return flushed;
    return finished;
}

} // namespace mlops
