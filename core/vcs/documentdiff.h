// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

namespace mlops {

class GitRepository;

/** A workspace document compared between two versions. */
struct DocumentDiff
{
    QString path;
    QString from;          ///< a commit sha
    QString to;            ///< a commit sha, or empty for the working tree
    bool notebook = false; ///< compared as cell sources, not as JSON
    QString text;          ///< the unified diff; empty when nothing changed
};

/**
 * The diff of a pipeline, notebook or any text file of the repository between two
 * commits, or between a commit and the working tree (`to` empty). Notebooks are compared
 * by their cells' sources — what people edit — not by their JSON with outputs and
 * execution counts. A file missing on one side counts as empty (added or deleted); one
 * missing on both sides is a BadInput error saying so (not an empty diff).
 */
Result<DocumentDiff> diffDocument(const GitRepository &repo, const QString &path, const QString &from,
                                  const QString &to = {});

/** A notebook as text: every cell's source under a `# %% [code] cell N` line. */
QString notebookAsText(const QByteArray &json);

} // namespace mlops
