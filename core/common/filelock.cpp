// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/common/filelock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::FileLock)
};

} // namespace

FileLock::FileLock(FileLock &&other) noexcept : m_fd(other.m_fd)
{
    other.m_fd = -1;
}

FileLock &FileLock::operator=(FileLock &&other) noexcept
{
    if (this != &other) {
        release();
        m_fd = other.m_fd;
        other.m_fd = -1;
    }
    return *this;
}

FileLock::~FileLock()
{
    release();
}

void FileLock::release()
{
    if (m_fd < 0)
        return;
    ::flock(m_fd, LOCK_UN);
    ::close(m_fd);
    m_fd = -1;
}

Result<FileLock> FileLock::acquire(const QString &path, int timeoutMs)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{Text::tr("cannot create the folder of a lock file"), path};
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return Error{Text::tr("cannot open the lock file: %1").arg(QString::fromLocal8Bit(std::strerror(errno))), path};
    FileLock lock(fd);
    const QDeadlineTimer deadline(timeoutMs);
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR)
            return Error{Text::tr("cannot lock: %1").arg(QString::fromLocal8Bit(std::strerror(errno))), path};
        if (deadline.hasExpired())
            return Error{Text::tr("another mlops command or the studio kept the workspace locked for %1 s; try again "
                                  "when it has finished")
                             .arg(timeoutMs / 1000),
                         path};
        QThread::msleep(20);
    }
    return lock;
}

} // namespace mlops
