// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/runtime/steprunner.h"

#include <QElapsedTimer>

#include <memory>

class QProcess;

namespace mlops {

class BwrapStatus;

/**
 * The embedded default runner: the step is a local process in its own process group,
 * started in the workspace with the job folder's real paths in its environment.
 */
class ProcessRunner : public StepRunner
{
    Q_OBJECT

public:
    explicit ProcessRunner(QObject *parent = nullptr);
    ~ProcessRunner() override;

    QString name() const override { return QStringLiteral("process"); }
    StepPaths paths(const StepLaunch &launch) const override;
    void start(const StepLaunch &launch) override;
    void terminate() override;
    void kill() override;
    qint64 processGroup() const override { return m_pgid; }

protected:
    /** The program and arguments to start; the sandbox wraps them in bubblewrap. */
    virtual QStringList commandLine(const StepLaunch &launch) const;
    /** The process environment: the user's, plus the step's, plus the contract's. */
    QStringList processEnvironment(const StepLaunch &launch) const;
    /** Just before the start: the program's arguments and the child's set-up. */
    virtual void prepareStart(QProcess &process, QStringList &arguments);
    /** Just after the start. */
    virtual void afterStart() {}
    /**
     * After an end with `exitCode`: whether to start the same command again, and the
     * note for the log that says why. The default never does.
     */
    virtual bool startAgain(int exitCode, const QByteArray &stderrTail, QString *note);

    bool m_stopRequested = false;   ///< terminate() or kill() was called

private:
    void startProcess();
    void keepTail(const QByteArray &stderrData);

    StepLaunch m_launch;
    QProcess *m_process = nullptr;
    qint64 m_pgid = 0;
    bool m_startFailed = false;
    QByteArray m_marker;   ///< MLOPS_RUN_ID=…: what marks the step's processes
    qint64 m_lastPidBefore = 0;   ///< the step's processes have newer pids
    QElapsedTimer m_clock;        ///< since the start
    QByteArray m_stderrTail;      ///< the last 4 KiB the current start wrote to stderr
};

/**
 * The `sandbox` runner: the same process inside bubblewrap — the job folder bound at
 * the real /opt/ml, the workspace read-only at /opt/ml/code as the working folder, the
 * system read-only, no network, a private /tmp as HOME, killed with its parent. Scripts
 * with hard-coded /opt/ml paths run unchanged.
 */
class SandboxRunner : public ProcessRunner
{
    Q_OBJECT

public:
    explicit SandboxRunner(QObject *parent = nullptr);
    ~SandboxRunner() override;

    QString name() const override { return QStringLiteral("sandbox"); }
    StepPaths paths(const StepLaunch &launch) const override;
    Status check() const override;
    bool providesGpus() const override { return false; }
    /** SIGTERM to the processes inside the sandbox, not to bubblewrap (see the .cpp). */
    void terminate() override;

    /** The bubblewrap binary (MLOPS_BWRAP, else bwrap on PATH). */
    static QString bwrapPath();


protected:
    QStringList commandLine(const StepLaunch &launch) const override;
    void prepareStart(QProcess &process, QStringList &arguments) override;
    void afterStart() override;
    /** Again when bubblewrap could not set the sandbox up (see BwrapStatus). */
    bool startAgain(int exitCode, const QByteArray &stderrTail, QString *note) override;

private:
    std::unique_ptr<BwrapStatus> m_status;
    int m_attempt = 0;
};

} // namespace mlops
