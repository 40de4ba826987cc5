// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/vcs/gitrepository.h"

#include <QString>
#include <QStringList>

namespace mlops {

struct InitOptions
{
    QString dir;
    QString templateName = QStringLiteral("demo");
    QString name;    ///< default: the folder's name
    QString python;  ///< default: defaultPython()
};

struct InitResult
{
    QString root;
    QString templateName;
    QString commit;               ///< sha of the commit holding the workspace files
    bool existingRepository = false;
    QString repositoryRoot;
    QStringList files;            ///< committed, relative to the repository root
    GitIdentity author;
};

/**
 * `mlops init`: lays out a workspace (DESIGN.md §3) from a template and commits it.
 *
 * - An empty or missing folder gets a new git repository with a first commit.
 * - A non-empty folder inside a git repository gets the workspace files in a commit of
 *   their own; nothing else in the repository (staged work included) is touched, and an
 *   existing file is never overwritten (a README is kept; `.gitignore` gains `.mlops/`).
 * - A non-empty folder outside any repository is refused (BadInput) and left alone.
 *
 * Files are prepared in a staging folder first; if anything fails (the demo data set
 * cannot be produced, git fails) everything created is removed again.
 */
Result<InitResult> initWorkspace(const InitOptions &options);

} // namespace mlops
