// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QByteArray>

namespace mlops {

/**
 * The 1-based line and column of a byte offset in UTF-8 text, as an editor shows them
 * (columns count characters, not bytes): where a parser's error offset points.
 */
void lineColumn(const QByteArray &data, int offset, int &line, int &column);

} // namespace mlops
