// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QProcess>
#include <QString>

namespace mlops {

/**
 * A small companion process of a long-running command (`mlops run`, `mlops serve`, the
 * studio running a pipeline) that outlives it when it is killed (kill -9, a crash): it holds the read end of a pipe, and
 * when that closes without the word "done", it waits for the command's program to be
 * gone, then cleans up after it at once, not at the next command someone happens to run:
 * it opens the store when given one (its recovery marks a run Interrupted and ends the
 * processes its steps left running) and removes the containers whose owning program is
 * gone (step containers, a model server's container that still holds its port).
 */
class Watchdog
{
public:
    /** Starts the companion, with the store at `storePath` to recover, if any (best effort). */
    explicit Watchdog(const QString &storePath = {});
    /** Tells the companion the command ended as it should, and lets it go. */
    ~Watchdog();

    Watchdog(const Watchdog &) = delete;
    Watchdog &operator=(const Watchdog &) = delete;

private:
    QProcess m_process;
};

/**
 * The hidden command the companion runs: `PROGRAM internal-watch PID START [STORE]`, where
 * PROGRAM is the program that started it (`mlops`, `mlops-studio`): its main() hands
 * that command to watchdogMain() before anything else.
 */
QString watchdogCommand();
int watchdogMain(const QStringList &args);

} // namespace mlops
