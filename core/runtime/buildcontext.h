// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace mlops {

/**
 * The patterns of a build context's `.dockerignore`, matched as Docker matches them:
 * one pattern a line, `#` comments, `*` and `?` within a path segment, `**` across
 * segments, `[…]` classes, `!` exceptions that bring files back, the last matching line
 * deciding; a pattern that matches a folder matches everything under it.
 */
class DockerIgnore
{
public:
    static DockerIgnore parse(const QByteArray &text);
    /** The `.dockerignore` of a context folder (none: nothing excluded). */
    static DockerIgnore ofContext(const QString &contextDir);

    /** Whether a path relative to the context (with `/`) is left out of the context. */
    bool excludes(const QString &relativePath) const;

private:
    struct Pattern
    {
        QRegularExpression regex;
        bool exception = false;
    };
    QList<Pattern> m_patterns;
};

/**
 * The content hash (sha256, hex) of a BYOC build: every file under the context that
 * the build sees (path, executable bit, content; symlinks by their target) plus the
 * Dockerfile's content. Left out: what `.dockerignore` excludes, and always `.git` and
 * the studio's own `.mlops` (its store and job folders change with every run). Equal
 * hashes mean the same image, so it is built once and its tag reused.
 */
Result<QString> hashBuildContext(const QString &contextDir, const QString &dockerfile);

/** The images a Dockerfile's FROM lines name, without `scratch`, earlier stages and `${…}` ones. */
QStringList dockerfileBaseImages(const QByteArray &dockerfile);

} // namespace mlops
