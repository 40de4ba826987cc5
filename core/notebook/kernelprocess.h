// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QProcess;
class QTemporaryDir;

namespace mlops {

struct ConnectionInfo;
struct KernelSpec;

/** How to start a kernel besides its kernelspec. */
struct KernelLaunchOptions
{
    QString workingDirectory;            ///< empty: the current folder
    QMap<QString, QString> environment;  ///< added to the studio's environment
    /** Prepended to PYTHONPATH; by default the folder of the `mlops_studio` helper. */
    QStringList pythonPath;
};

/**
 * A running kernel process: writes the connection file into a private temporary
 * folder, starts the kernelspec's command in its own process group with SIGKILL as its
 * parent-death signal (core/runtime/childprocess.h), so it never outlives the studio,
 * and sends its own output to a log that explains a crash. Owned and used by one thread,
 * which must live as long as the kernel (the parent-death signal follows the thread that
 * started it); isRunning(), interrupt() and kill() may be called from any thread.
 */
class KernelProcess
{
public:
    KernelProcess();
    ~KernelProcess();
    KernelProcess(const KernelProcess &) = delete;
    KernelProcess &operator=(const KernelProcess &) = delete;

    Status start(const KernelSpec &spec, const ConnectionInfo &connection,
                 const KernelLaunchOptions &options);

    qint64 pid() const { return m_pid.load(); }
    /** False once the process has exited (it may not be reaped yet). */
    bool isRunning() const;
    /** "exited with code 1", "was killed by signal 9 (Killed)"; empty while running. */
    QString exitDescription() const;
    /** The last lines the kernel wrote to its stdout/stderr. */
    QString logTail(int maxLines = 12) const;
    QString connectionFile() const { return m_connectionFile; }

    /** SIGINT to the kernel's process group (interrupt_mode "signal"). */
    bool interrupt() const;
    /** SIGKILL to the kernel's process group. */
    void kill() const;
    /** Waits up to `timeoutMs` for the process to exit; true when it did. */
    bool waitForExit(int timeoutMs);
    /** Stops the process: waits `graceMs` for it to exit, then kills it, and reaps it. */
    void stop(int graceMs);

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    std::atomic<qint64> m_pid{0};
    QString m_connectionFile;
    QString m_logFile;
    mutable std::atomic<int> m_exitCode{-1};
    mutable std::atomic<int> m_exitSignal{0};
    mutable std::atomic<bool> m_exited{false};
};

} // namespace mlops
