// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"

#include <QString>

namespace mlops {

/**
 * An exclusive lock between processes on a lock file (flock), released when the object
 * goes away or the process dies — a killed command never leaves a stale lock behind.
 * Serializes read-modify-write changes to shared workspace files (`.gitignore`, pointer
 * files, git's index) made by concurrent `mlops` commands and the studio.
 */
class FileLock
{
public:
    FileLock() = default;
    FileLock(FileLock &&other) noexcept;
    FileLock &operator=(FileLock &&other) noexcept;
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;
    ~FileLock();

    /**
     * Takes the lock on `path` (created, with its folder, when missing), waiting up to
     * `timeoutMs` while another process holds it. The error names the lock file and
     * says what holds it.
     */
    static Result<FileLock> acquire(const QString &path, int timeoutMs);

    bool isLocked() const { return m_fd >= 0; }
    void release();

private:
    explicit FileLock(int fd) : m_fd(fd) {}
    int m_fd = -1;
};

} // namespace mlops
