// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/common/processinfo.h"

#include <QByteArray>
#include <QFile>
#include <QList>


#include <csignal>
#include <cstdio>
#include <cstdlib>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>

#include <ctime>
#include <unistd.h>

namespace mlops {

qint64 processStartTime(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) is in parentheses and may hold spaces: skip past it.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    // fields[0] is field 3 (state); the start time is field 22. A zombie has ended: it
    // only waits for its parent to collect its exit status.
    if (fields.size() < 20 || fields.at(0) == "Z" || fields.at(0) == "X")
        return -1;
    return fields.at(19).toLongLong();
}

double processAgeMs()
{
    const qint64 started = processStartTime(::getpid());
    timespec now{};
    if (started < 0 || ::clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const double ticksPerSecond = double(::sysconf(_SC_CLK_TCK));
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - double(started) * 1000.0 / ticksPerSecond;
}

ProcessIdentity ProcessIdentity::current()
{
    const qint64 pid = ::getpid();
    return ProcessIdentity{pid, processStartTime(pid)};
}

bool ProcessIdentity::isAlive() const
{
    if (pid <= 0)
        return false;
    const qint64 started = processStartTime(pid);
    return started >= 0 && started == startTime;
}

namespace {

/** Numeric entries of /proc: every process, read with plain system calls (this runs after every step). */
template<typename F>
void forEachProcess(F &&visit)
{
    DIR *proc = ::opendir("/proc");
    if (!proc)
        return;
    while (const dirent *entry = ::readdir(proc)) {
        char *end = nullptr;
        const long long pid = std::strtoll(entry->d_name, &end, 10);
        if (pid <= 0 || !end || *end != '\0')
            continue;
        visit(qint64(pid));
    }
    ::closedir(proc);
}

/** The whole of a small file of /proc, or empty when it cannot be read. */
QByteArray readSmallFile(const char *path)
{
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {};
    QByteArray data;
    char buffer[8192];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0)
            break;
        data.append(buffer, n);
    }
    ::close(fd);
    return data;
}

/** /proc/PID/NAME (environ, stat). */
QByteArray readProcFile(qint64 pid, const char *name)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%lld/%s", static_cast<long long>(pid), name);
    return readSmallFile(path);
}

bool environHolds(const QByteArray &environ, const QByteArray &marker)
{
    // A whole entry, not a prefix of a longer one (MLOPS_RUN_ID=5 is not MLOPS_RUN_ID=55).
    qsizetype from = 0;
    while ((from = environ.indexOf(marker, from)) >= 0) {
        const qsizetype after = from + marker.size();
        if ((from == 0 || environ.at(from - 1) == '\0') && (after == environ.size() || environ.at(after) == '\0'))
            return true;
        from = after;
    }
    return false;
}

} // namespace

qint64 lastPidAllocated()
{
    return readSmallFile("/proc/sys/kernel/ns_last_pid").trimmed().toLongLong();
}

int killProcessesMarked(const QByteArray &marker)
{
    return killProcessesMarked(marker, 0);
}

namespace {

/**
 * Whether a process with an empty environment may yet show one: a process of this user
 * in the middle of an exec (the kernel has given it its new memory, not yet its new
 * environment) — not a kernel thread, a zombie or another user's process, whose
 * environment stays empty here.
 */
bool mayBeExecuting(qint64 pid)
{
    struct stat info = {};
    if (::stat(QByteArrayLiteral("/proc/%1").replace("%1", QByteArray::number(pid)).constData(), &info) != 0
        || info.st_uid != ::getuid())
        return false;
    const QByteArray line = readProcFile(pid, "stat");
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return false;
    // fields[0] is field 3 (state), fields[6] field 9 (flags); PF_KTHREAD is 0x00200000.
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    if (fields.size() < 7 || fields.at(0) == "Z" || fields.at(0) == "X")
        return false;
    return (fields.at(6).toULongLong() & 0x00200000ULL) == 0;
}

} // namespace

int killProcessesMarked(const QByteArray &marker, qint64 lastPidBefore)
{
    if (marker.isEmpty())
        return 0;
    // Reading every process's environment costs about a millisecond; a step that ran
    // briefly has a handful of newer pids to look at. After a wrap-around, all of them.
    qint64 floor = lastPidBefore;
    if (floor > 0 && lastPidAllocated() < floor)
        floor = 0;
    int killed = 0;
    const qint64 self = ::getpid();
    // A process may start a child between being seen and being killed, and one caught
    // in an exec shows no environment for a moment: look again until a pass finds
    // nothing and nothing in doubt (a few passes at most).
    for (int pass = 0; pass < 5; ++pass) {
        int found = 0;
        int inDoubt = 0;
        forEachProcess([&](qint64 pid) {
            if (pid == self || pid <= floor)
                return;
            const QByteArray variables = readProcFile(pid, "environ");
            if (variables.isEmpty())
                inDoubt += mayBeExecuting(pid);
            else if (environHolds(variables, marker) && ::kill(pid_t(pid), SIGKILL) == 0)
                ++found;
        });
        killed += found;
        if (found == 0 && inDoubt == 0)
            break;
        if (found == 0)
            ::usleep(2000);
    }
    return killed;
}

QList<ProcessEntry> processGroupMembers(qint64 pgid)
{
    QList<ProcessEntry> members;
    if (pgid <= 1)
        return members;
    forEachProcess([&](qint64 pid) {
        // "PID (COMM) STATE PPID PGRP …"; COMM may hold spaces and parentheses.
        const QByteArray stat = readProcFile(pid, "stat");
        const qsizetype open = stat.indexOf('(');
        const qsizetype close = stat.lastIndexOf(')');
        if (open < 0 || close < open)
            return;
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        if (fields.size() < 3 || fields.at(2).toLongLong() != pgid)
            return;
        members.append(ProcessEntry{pid, fields.at(1).toLongLong(), stat.mid(open + 1, close - open - 1)});
    });
    return members;
}

} // namespace mlops
