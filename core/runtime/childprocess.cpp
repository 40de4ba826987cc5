// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/runtime/childprocess.h"

#include <QProcess>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace mlops {

void startInOwnProcessGroup(QProcess &process, int inheritedFd)
{
    // Runs in the child between fork and exec: only async-signal-safe calls here.
    process.setChildProcessModifier([inheritedFd] {
        ::setsid();
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (inheritedFd >= 0)
            ::fcntl(inheritedFd, F_SETFD, 0);   // survives the exec (it is O_CLOEXEC here)
    });
}

bool signalProcessGroup(qint64 pgid, int signal)
{
    if (pgid <= 1)
        return false;
    return ::kill(-pid_t(pgid), signal) == 0;
}

bool processGroupExists(qint64 pgid)
{
    if (pgid <= 1)
        return false;
    return ::kill(-pid_t(pgid), 0) == 0 || errno == EPERM;
}

// --- BwrapStatus --------------------------------------------------------------------

BwrapStatus::BwrapStatus()
{
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC | O_NONBLOCK) == 0) {
        m_read = fds[0];
        m_write = fds[1];
    }
}

BwrapStatus::~BwrapStatus()
{
    closeWriteEnd();
    if (m_read >= 0)
        ::close(m_read);
}

QStringList BwrapStatus::arguments() const
{
    if (m_write < 0)
        return {};
    return {QStringLiteral("--json-status-fd"), QString::number(m_write)};
}

void BwrapStatus::prepare(QProcess &process) const
{
    startInOwnProcessGroup(process, m_write);
}

void BwrapStatus::closeWriteEnd()
{
    if (m_write >= 0)
        ::close(m_write);
    m_write = -1;
}

bool BwrapStatus::commandRan()
{
    // Without a pipe nothing is known: the command is taken to have run.
    if (m_read < 0)
        return true;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(m_read, buffer, sizeof buffer);
        if (n > 0) {
            m_status.append(buffer, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        break;   // EOF, or nothing more for now (EAGAIN)
    }
    return m_status.contains("\"exit-code\"");
}

} // namespace mlops
