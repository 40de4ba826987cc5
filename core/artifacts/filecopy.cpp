// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/artifacts/filecopy.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::FileCopy)
};

struct Fd
{
    int fd = -1;
    explicit Fd(int f) : fd(f) {}
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
};

Error ioError(const QString &path)
{
    return Error{Text::tr("cannot copy: %1").arg(QString::fromLocal8Bit(std::strerror(errno))), path};
}

} // namespace

Status copyFileFast(const QString &source, const QString &target)
{
    Fd in(::open(QFile::encodeName(source).constData(), O_RDONLY | O_CLOEXEC));
    if (in.fd < 0)
        return ioError(source);
    struct stat st = {};
    if (::fstat(in.fd, &st) != 0)
        return ioError(source);
    Fd out(::open(QFile::encodeName(target).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
    if (out.fd < 0)
        return ioError(target);
#ifdef FICLONE
    if (::ioctl(out.fd, FICLONE, in.fd) == 0)
        return {};
#endif
    off_t remaining = st.st_size;
    bool kernelCopy = true;
    while (remaining > 0 && kernelCopy) {
        const ssize_t n = ::copy_file_range(in.fd, nullptr, out.fd, nullptr, size_t(remaining), 0);
        if (n > 0) {
            remaining -= n;
            continue;
        }
        if (n == 0)
            break;
        if (errno == EINTR)
            continue;
        if (errno == EXDEV || errno == ENOSYS || errno == EINVAL || errno == EOPNOTSUPP) {
            kernelCopy = false;  // fall back to plain reads and writes below
            break;
        }
        return ioError(target);
    }
    if (remaining > 0) {
        const off_t done = st.st_size - remaining;
        if (::lseek(in.fd, done, SEEK_SET) < 0 || ::lseek(out.fd, done, SEEK_SET) < 0)
            return ioError(target);
        std::vector<char> buffer(1 << 20);
        for (;;) {
            const ssize_t n = ::read(in.fd, buffer.data(), buffer.size());
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0)
                return ioError(source);
            if (n == 0)
                break;
            for (ssize_t written = 0; written < n;) {
                const ssize_t w = ::write(out.fd, buffer.data() + written, size_t(n - written));
                if (w < 0 && errno == EINTR)
                    continue;
                if (w < 0)
                    return ioError(target);
                written += w;
            }
        }
    }
    if (::close(out.fd) != 0) {
        out.fd = -1;
        return ioError(target);
    }
    out.fd = -1;
    return {};
}

} // namespace mlops
