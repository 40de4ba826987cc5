// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace mlops {

/** A YAML comment as written, with the line it was on (for keeping their order). */
struct PipelineComment
{
    QString text;   ///< from the `#` on, without trailing blanks
    int line = 0;
};

/**
 * What a pipeline file holds besides the pipeline itself and a writer must keep: its
 * comments and its `metadata:` (top-level and per step), which the engine ignores and
 * the editor uses for node positions (`metadata: {layout: {STEP: [x, y]}}`).
 *
 * Comments belong to the key (or list item) on the line they are on (trailing) or to
 * the next key below them (leading). Keys are named by their path from the root,
 * segments joined with pathSeparator(): {"steps", "train", "command"}.
 */
struct PipelineExtras
{
    /** Top-level `metadata:` as a tree of QVariantMap, QVariantList and scalars. */
    QVariantMap metadata;
    /** `metadata:` of each step, by step name. */
    QHash<QString, QVariant> stepMetadata;
    QHash<QString, QList<PipelineComment>> leadingComments;
    QHash<QString, PipelineComment> trailingComments;
    QList<PipelineComment> footerComments;   ///< after the last key

    bool isEmpty() const;

    /** Reads comments and metadata; best effort (empty parts when the YAML is invalid). */
    static PipelineExtras read(const QByteArray &text);

    static QChar pathSeparator() { return QChar(0x1f); }
    static QString path(const QStringList &segments) { return segments.join(pathSeparator()); }

    /** Moves everything keyed by step `from` (comments, metadata) to step `to`. */
    void renameStep(const QString &from, const QString &to);
    void removeStep(const QString &name);
};

} // namespace mlops
