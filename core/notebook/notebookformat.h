// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/notebook/notebook.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace mlops {

/**
 * Reads and writes nbformat 4 files (`.ipynb`). Writing follows Jupyter's own layout —
 * one-space indentation, sorted keys, multi-line strings as lists of lines, UTF-8 — so a
 * notebook saved by the studio and by JupyterLab differ only where the content does,
 * which keeps git diffs small. Files are written atomically (DESIGN.md §8).
 */
class NotebookFormat
{
public:
    /**
     * Parses notebook JSON. Errors name `fileName` and, for JSON syntax errors, the line
     * and column; a notebook of another major version is refused with a hint.
     */
    static Result<Notebook> parse(const QByteArray &json, const QString &fileName = {});
    static Result<Notebook> read(const QString &path);

    /** The file content: nbformat 4.5, with cell ids, transient fields left out. */
    static QByteArray serialize(const Notebook &notebook);
    static Status write(const QString &path, const Notebook &notebook);

    /** JSON the way Python's json.dumps(indent=1, sort_keys=True, ensure_ascii=False) writes it. */
    static QByteArray toJupyterJson(const QJsonValue &value);
};

} // namespace mlops
