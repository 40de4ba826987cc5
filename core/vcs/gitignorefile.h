// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"

#include <QString>

namespace mlops {

/**
 * Adds the line `pattern` to the .gitignore file at `path` unless the file already has
 * it, under a `# comment` header that is written once. The file is rewritten atomically
 * and its other lines are kept as they are. Returns whether the line was added.
 */
/**
 * The .gitignore line that matches exactly the workspace-relative `path` and nothing
 * else: anchored with a leading slash, glob characters (`* ? [ ] \\`) escaped, and
 * trailing spaces kept, as gitignore(5) describes.
 */
QString gitIgnorePatternFor(const QString &path);

Result<bool> addGitIgnoreEntry(const QString &path, const QString &pattern, const QString &comment);

} // namespace mlops
