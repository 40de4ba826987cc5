// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

namespace mlops {

/**
 * Writes `data` to `path` through a temporary file and an atomic rename, so a crash
 * never leaves a half-written file behind (DESIGN.md §8). Creates missing parent folders.
 */
Status writeFileAtomically(const QString &path, const QByteArray &data);

/** Reads a whole file; the error names the file and the reason. */
Result<QByteArray> readFile(const QString &path);

/** True when `dir` does not exist or holds no entries at all (hidden ones included). */
bool isEmptyDirectory(const QString &dir);

/**
 * True when `path`, after resolving symlinks, stays inside `root`. Guards artifact and
 * template paths against `..`, absolute paths and symlinks that lead out.
 */
bool isPathInside(const QString &root, const QString &path);

/** A relative path that is safe to join under a root: no `..`, not absolute, not empty. */
bool isSafeRelativePath(const QString &relativePath);

/**
 * Makes a file, or a folder and everything in it, read-only (files 0444, folders 0555,
 * executables keep their x bits) or writable by the owner again (0644, 0755); symbolic
 * links are left alone. A read-only folder cannot be emptied: make it writable before
 * removing it.
 */
Status setTreeReadOnly(const QString &path, bool readOnly);

} // namespace mlops
