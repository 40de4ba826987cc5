// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QtGlobal>

namespace mlops {

/**
 * A process identity that survives pid reuse: the pid plus the kernel's start time of
 * the process (clock ticks since boot, /proc/PID/stat field 22). Runs record the
 * identity of the program that owns them, so a later program can tell whether that
 * owner is still alive or died (and the run was interrupted).
 */
struct ProcessIdentity
{
    qint64 pid = 0;
    qint64 startTime = 0;

    static ProcessIdentity current();
    /** True when a process with this pid exists and started at the same time. */
    bool isAlive() const;
};

/** The start time of a process from /proc, or -1 when it does not exist. */
qint64 processStartTime(qint64 pid);

/**
 * Kills (SIGKILL) every process whose environment holds `marker` (e.g.
 * "MLOPS_RUN_ID=<id>"): what is left of a step whose program died. The marker makes
 * sure a reused pid or process group is never hit. Returns how many were killed.
 */
int killProcessesMarked(const QByteArray &marker);
/**
 * The same, looking only at processes whose pid the kernel handed out after
 * `lastPidBefore` (lastPidAllocated() when the marked process tree began): its
 * descendants cannot have older pids. When the last pid is below it (pids wrapped
 * around), every process is looked at; a caller passes 0 when a full wrap-around is
 * possible (a long-running tree).
 */
int killProcessesMarked(const QByteArray &marker, qint64 lastPidBefore);

/** The pid the kernel handed out last (in this pid namespace), or 0 when unknown. */
qint64 lastPidAllocated();

/** A process as /proc lists it. */
struct ProcessEntry
{
    qint64 pid = 0;
    qint64 parent = 0;
    QByteArray name;   ///< the command name (/proc/PID/comm, at most 15 bytes)
};

/** The processes of a process group, from /proc. */
QList<ProcessEntry> processGroupMembers(qint64 pgid);

/**
 * Milliseconds since this process started (exec), from the kernel's start time: counts
 * the dynamic loader and static initialisation too, unlike a timer started in main().
 * The kernel keeps the start time in clock ticks (10 ms), so is the precision.
 */
double processAgeMs();

} // namespace mlops
