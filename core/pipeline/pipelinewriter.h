// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <optional>

#include "core/common/result.h"
#include "core/pipeline/diagnostic.h"
#include "core/pipeline/pipelineextras.h"
#include "core/pipeline/pipelinespec.h"

#include <QByteArray>
#include <QString>

namespace mlops {

/**
 * Writes a pipeline in its canonical form, the one `mlops fmt` and the visual editor
 * produce: keys in a fixed order (the order of DESIGN.md §4), two-space indentation,
 * lists and mappings of single values on one line (`[a, b]`, `{k: v}`) while the line
 * stays within lineWidth() columns and as blocks beyond, strings unquoted unless YAML
 * needs quotes (then double quotes, or single quotes for text with backslashes),
 * durations and sizes in their shortest exact form (`10m`, `1h30m`, `4g`), no blank
 * lines. Comments and metadata from PipelineExtras stay with their keys.
 *
 * Writing is a pure function: the same pipeline always gives the same bytes, and
 * reading canonical text back and writing it again gives it unchanged.
 */
class PipelineWriter
{
public:
    static int lineWidth() { return 120; }

    static QByteArray write(const PipelineSpec &spec, const PipelineExtras &extras = {});

    /**
     * The canonical form of a pipeline file's text. Refuses (BadInput, with the
     * diagnostics) a file that does not load cleanly, since writing it back would drop
     * what the loader could not read.
     */
    static Result<QByteArray> format(const QString &file, const QByteArray &text,
                                     Diagnostics *diagnostics = nullptr);

    /** A string as the writer writes a value: plain when YAML reads it back as is. */
    static QString scalar(const QString &value);

    /**
     * `text` with only its top-level `metadata:` block written anew from `metadata`
     * (the block removed when it is empty, added at the end when there is none), every
     * other byte as it was: moving nodes must not reformat the file. nullopt when the
     * block cannot be replaced safely (written in flow style, or with comments inside);
     * callers then write the whole file.
     */
    static std::optional<QByteArray> replaceMetadata(const QByteArray &text, const QVariantMap &metadata);
};

/** "10m", "1h30m", "1s500ms": the shortest exact form parseDuration() reads back. */
QString formatDurationSpec(qint64 ms);
/** "512m", "4g", "1000": the shortest exact form parseMemory() reads back. */
QString formatMemorySpec(qint64 bytes);

} // namespace mlops
