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
    QString python;  ///< default: defaultPython(); a relative path is relative to baseDir
    QString baseDir; ///< what relative paths are relative to (default: the current folder)
};

struct InitResult
{
    QString root;
    QString templateName;
    QString commit;               ///< sha of the commit holding the workspace files
    bool existingRepository = false;
    QString repositoryRoot;
    QStringList files;            ///< added or changed by the commit, relative to the repository root
    GitIdentity author;
};

/**
 * `mlops init`: lays out a workspace (DESIGN.md §3) from a template and commits it.
 *
 * - An empty or missing folder gets a new git repository with a first commit.
 * - A non-empty folder inside a git repository gets the workspace files in a commit of
 *   their own, even those the repository's ignore rules match; nothing else in the
 *   repository (staged work included) is touched, and an existing file is never
 *   overwritten (a README is kept; `.gitignore` gains `.mlops/`, in the commit on top of
 *   HEAD's version, so edits in progress stay out of it).
 * - A non-empty folder outside any repository is refused (BadInput) and left alone, as
 *   is a `python` path that does not exist.
 *
 * Files are prepared in a staging folder first; if anything fails (the demo data set
 * cannot be produced or is incomplete, git fails) everything created is removed again,
 * parent folders included, and HEAD and the index stay as they were.
 */
Result<InitResult> initWorkspace(const InitOptions &options);

} // namespace mlops
