// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/pipeline/pipelinespec.h"
#include "core/runtime/joblayout.h"

#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace mlops {

/** Everything a runner needs to start one attempt of a step. */
struct StepLaunch
{
    JobLayout layout;
    QString stepName;
    QString workspaceRoot;
    QString python;                       ///< the workspace interpreter
    QStringList command;                  ///< resolved for the runner's paths()
    QMap<QString, QString> environment;   ///< the step's own variables, resolved
    Resources resources;
    bool network = false;
    QString image;
    BuildSpec build;
    qint64 stopGraceMs = 10000;           ///< SIGTERM, then SIGKILL after this
};

/** How environmentFingerprint() shows a long preparation (a BYOC build) and is stopped. */
struct PreparationOptions
{
    std::function<void(const QByteArray &data, bool isStderr)> onOutput;  ///< from any thread
    std::function<bool()> cancelRequested;  ///< polled; true stops the preparation
    qint64 timeoutMs = 0;                   ///< 0 = the runner's own limit
};

/**
 * Runs one step attempt (a process, a bubblewrap sandbox, a container) following the
 * SageMaker contract. Asynchronous: start() returns at once; output arrives through
 * outputReady() and the end through finished(). One runner object per attempt.
 */
class StepRunner : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QString name() const = 0;
    /** Where the job folder, workspace and helper are as the step sees them. */
    virtual StepPaths paths(const StepLaunch &launch) const = 0;
    /** The interpreter a leading `python`/`python3` in a command becomes. */
    virtual QString pythonFor(const StepLaunch &launch) const { return launch.python; }
    /** Whether the runner can work here at all (e.g. bubblewrap installed). */
    virtual Status check() const { return {}; }
    /** Whether a step sees the machine's GPUs (`resources: {gpus: N}`); sandboxes and containers do not. */
    virtual bool providesGpus() const { return true; }
    /**
     * Content that identifies the environment beyond the command (e.g. a container
     * image id); part of the step's cache key. May block and may settle the launch
     * (build a BYOC image and name it in `launch.image`); the scheduler calls it on a
     * worker thread (on a runner object of that thread) when the launch has a `build:`.
     * A build's output goes to `options.onOutput`; it stops when `options.cancelRequested`
     * says so.
     */
    virtual Result<QString> environmentFingerprint(StepLaunch &launch, const PreparationOptions &options = {})
    {
        Q_UNUSED(launch);
        Q_UNUSED(options);
        return QString();
    }

    virtual void start(const StepLaunch &launch) = 0;
    /** Asks the step to stop (SIGTERM to its process group). */
    virtual void terminate() = 0;
    /** Stops it now (SIGKILL). */
    virtual void kill() = 0;
    /** The process group of the running step (0 when none). */
    virtual qint64 processGroup() const = 0;

signals:
    void started(qint64 processGroup);
    void outputReady(const QByteArray &data, bool isStderr);
    /** exitCode is meaningful when !crashed; error explains a failure to start or a crash. */
    void finished(int exitCode, bool crashed, const QString &error);
};

/** Runner names → factories (STYLE.md §18); docker and podman join from their module. */
class RunnerRegistry
{
public:
    using Factory = std::function<StepRunner *(QObject *parent)>;

    static RunnerRegistry &instance();
    void add(const QString &name, Factory factory);
    StepRunner *create(const QString &name, QObject *parent) const;
    bool contains(const QString &name) const { return m_factories.contains(name); }
    QStringList names() const { return m_factories.keys(); }

private:
    RunnerRegistry();
    QMap<QString, Factory> m_factories;
};

/** Replaces a leading `python`/`python3` with the runner's interpreter. */
QStringList mapInterpreter(const QStringList &command, const QString &python);

} // namespace mlops
