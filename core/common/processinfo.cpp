// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/common/processinfo.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <QDir>

#include <csignal>

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

int killProcessesMarked(const QByteArray &marker)
{
    int killed = 0;
    const qint64 self = ::getpid();
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok || pid == self)
            continue;
        QFile environ(QStringLiteral("/proc/%1/environ").arg(pid));
        if (!environ.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> vars = environ.readAll().split('\0');
        if (vars.contains(marker) && ::kill(pid_t(pid), SIGKILL) == 0)
            ++killed;
    }
    return killed;
}

} // namespace mlops
