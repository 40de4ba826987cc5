// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QString>

namespace mlops {

/**
 * A number of bytes as people read it, the same in the CLI and the studio: SI units,
 * 1000-based ("321.3 kB", "1.2 MB"), one decimal, in the user's locale.
 */
QString formatDataSize(qint64 bytes);

} // namespace mlops
