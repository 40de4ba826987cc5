// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mlops {

/**
 * One cell of an nbformat 4 notebook. Multi-line strings are joined on reading (the file
 * may hold them as lists of lines). Whatever the studio does not know — attachments,
 * fields of newer minor versions, unknown output types — stays in `extra` and in the
 * output objects, and is written back unchanged. A cell type nbformat 4 does not know is
 * refused on reading (writing it back would make an invalid notebook).
 */
struct NotebookCell
{
    QString id;
    QString cellType = QStringLiteral("code");  ///< code | markdown | raw
    QString source;
    QJsonObject metadata;
    std::optional<int> executionCount;          ///< code cells
    QJsonArray outputs;                         ///< code cells: nbformat output objects
    QJsonObject extra;

    bool isCode() const { return cellType == QStringLiteral("code"); }
    bool isMarkdown() const { return cellType == QStringLiteral("markdown"); }

    /** metadata.tags */
    QStringList tags() const;
    bool hasTag(const QString &tag) const { return tags().contains(tag); }
    void setTags(const QStringList &tags);

    /** A new cell with a fresh id. */
    static NotebookCell make(const QString &cellType, const QString &source = {});
    /** A fresh cell id, as nbformat makes them (8 hex digits). */
    static QString newId();
};

/** An nbformat 4 notebook (the format is read and written by NotebookFormat). */
struct Notebook
{
    QList<NotebookCell> cells;
    QJsonObject metadata;
    int nbformat = 4;
    int nbformatMinor = 5;
    QJsonObject extra;  ///< unknown top-level fields

    /** metadata.kernelspec.name, or empty. */
    QString kernelName() const;
    /** Sets metadata.kernelspec (name, display_name, language). */
    void setKernelSpec(const QString &name, const QString &displayName, const QString &language);
    /** Sets metadata.language_info from a kernel_info_reply's content. */
    void setLanguageInfo(const QJsonObject &languageInfo);

    int indexOf(const QString &cellId) const;
    /** Makes every id valid and unique (nbformat 4.5), replacing bad or repeated ones. */
    void ensureCellIds();
    /** Removes every output and execution count (Jupyter's "Clear all outputs"). */
    void clearOutputs();
};

} // namespace mlops
