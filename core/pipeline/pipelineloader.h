// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/pipeline/diagnostic.h"
#include "core/pipeline/pipelinespec.h"

#include <QByteArray>
#include <QString>

namespace mlops {

/** A loaded pipeline and everything wrong with its form. */
struct LoadedPipeline
{
    PipelineSpec spec;
    Diagnostics diagnostics;
    bool parsed = false;   ///< false when the YAML itself could not be read

    bool ok() const { return parsed && !hasErrors(diagnostics); }
};

/**
 * Reads a pipeline file (DESIGN.md §4) into a PipelineSpec. Checks the form — known
 * keys (with "did you mean"), value types, names — and reports every problem with its
 * file, line and column, going on past the first so a user sees them all. Meaning
 * (references, cycles, branches) is PipelineValidator's job.
 */
class PipelineLoader
{
public:
    static LoadedPipeline load(const QString &file, const QByteArray &text);
    static LoadedPipeline loadFile(const QString &path, const QString &displayName = {});

    /** Top-level keys of a pipeline file. */
    static QStringList topLevelKeys();
};

/** Memory in bytes from "512m", "4g", "2Gi", "1000000"; nullopt when unreadable. */
std::optional<qint64> parseMemory(const QString &text);

} // namespace mlops
