// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QString>

namespace mlops {

/**
 * `text` in double quotes with backslash escapes (\\ \" \n \r \t, \xNN for other
 * control characters): a string literal that Python and YAML read back unchanged.
 */
QString backslashQuoted(const QString &text);

} // namespace mlops
