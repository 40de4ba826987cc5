// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"

#include <QString>
#include <QStringList>

namespace mlops {

/**
 * A command's argument list as one line of text for editing, and back: arguments are
 * separated by spaces, "double" or 'single' quotes keep spaces, a backslash escapes the
 * next character inside double quotes. Nothing ever runs through a shell; this is only
 * how the properties panel shows and reads `command:`.
 */
namespace commandlinetext {

QString join(const QStringList &arguments);
/** The arguments; BadInput with the column of an unclosed quote. */
Result<QStringList> split(const QString &text);
/** A list of names written as "a, b c" (commas or spaces). */
QStringList splitNames(const QString &text);

} // namespace commandlinetext

} // namespace mlops
