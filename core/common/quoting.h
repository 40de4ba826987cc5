// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QByteArray>
#include <QString>

namespace mlops {

/**
 * `text` in double quotes with backslash escapes (\\ \" \n \r \t, \xNN for other
 * control characters): a string literal that Python and YAML read back unchanged.
 */
QString backslashQuoted(const QString &text);

/**
 * Appends `text` as a JSON string literal in UTF-8 with the escapes of Python's
 * json.dumps(ensure_ascii=False): \" \\ \n \r \t \b \f, \u00XX for other control
 * characters, everything else as is (nbformat files, the audit log's canonical form).
 */
void appendJsonString(QByteArray &out, const QString &text);

/**
 * `text` as a POSIX shell word: as is when it holds only characters no shell treats
 * specially, else in single quotes (a quote inside written '\'').
 */
QString shellQuoted(const QString &text);

} // namespace mlops
