// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QProcess>
#include <QString>

namespace mlops::cli {

/**
 * A small companion process of `mlops run` that outlives it when it is killed (kill -9,
 * a closed terminal): it holds the read end of a pipe, and when that closes without the
 * word "done", it waits for the run's program to be gone and opens the store, whose
 * recovery marks the run Interrupted and ends the processes its steps left running —
 * at once, not at the next command someone happens to run.
 */
class RunWatchdog
{
public:
    /** Starts the companion for the store at `storePath` (best effort: without it, the next open recovers). */
    explicit RunWatchdog(const QString &storePath);
    /** Tells the companion the run ended as it should, and lets it go. */
    ~RunWatchdog();

    RunWatchdog(const RunWatchdog &) = delete;
    RunWatchdog &operator=(const RunWatchdog &) = delete;

private:
    QProcess m_process;
};

/** The hidden command the companion runs: `mlops internal-watch-run STORE PID START`. */
QString runWatchdogCommand();
int runWatchdogMain(const QStringList &args);

} // namespace mlops::cli
