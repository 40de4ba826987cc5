// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"

#include <QString>
#include <QStringList>

namespace mlops {

/**
 * The content hash (sha256, hex) of a BYOC build: every file under the context (path,
 * executable bit, content; symlinks by their target; `.git` left out) plus the
 * Dockerfile's content. Equal hashes mean the same image, so it is built once and its
 * tag reused.
 */
Result<QString> hashBuildContext(const QString &contextDir, const QString &dockerfile);

/** The images a Dockerfile's FROM lines name, without `scratch`, earlier stages and `${…}` ones. */
QStringList dockerfileBaseImages(const QByteArray &dockerfile);

} // namespace mlops
