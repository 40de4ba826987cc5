// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"

#include <QString>

namespace mlops {

/**
 * Copies the file `source` to `target` (created or truncated) as cheaply as the file
 * system allows: a reflink where it can share blocks (btrfs, XFS), else an in-kernel
 * copy (copy_file_range), else read and write. The error names the file.
 */
Status copyFileFast(const QString &source, const QString &target);

} // namespace mlops
