// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/runtime/containerengine.h"
#include "core/runtime/steprunner.h"

class QProcess;

namespace mlops {

/**
 * The `docker` and `podman` runners: the step runs in a container of its image (or of
 * the image built from its `build:` context, built once per content hash), with the job
 * folder at /opt/ml, the workspace read-only at /opt/ml/code as working directory, no
 * network unless asked, the step's CPU and memory limits and the user's uid. The client
 * runs in its own process group: SIGTERM reaches the container through the client's
 * signal proxy; kill() removes the container. Containers carry labels naming the run and
 * the owning program, so those a crashed studio left behind are removed on the next use.
 */
class ContainerRunner : public StepRunner
{
    Q_OBJECT

public:
    ContainerRunner(ContainerEngine engine, QObject *parent = nullptr);
    ~ContainerRunner() override;

    QString name() const override { return m_engine.name(); }
    StepPaths paths(const StepLaunch &launch) const override;
    QString pythonFor(const StepLaunch &launch) const override;
    Status check() const override;
    bool providesGpus() const override { return false; }
    Result<QString> environmentFingerprint(StepLaunch &launch, const PreparationOptions &options = {}) override;
    void start(const StepLaunch &launch) override;
    void terminate() override;
    void kill() override;
    qint64 processGroup() const override { return m_pgid; }

    /** The container spec for a launch (public for tests). */
    ContainerRunSpec specFor(const StepLaunch &launch) const;

private:
    /**
     * Why a container that exited with `exitCode` was killed, when it was for memory:
     * "killed: out of memory (limit 64m)" when the engine recorded State.OOMKilled; empty
     * when it was not about memory.
     */
    QString outOfMemoryReason(int exitCode, qint64 memoryBytes, bool oomKilled) const;

    ContainerEngine m_engine;
    QProcess *m_process = nullptr;
    QString m_container;
    qint64 m_pgid = 0;
    bool m_startFailed = false;
    bool m_stopRequested = false;   ///< terminate() or kill(): the end is not the engine's failure
    QByteArray m_stderrTail;
};

} // namespace mlops
