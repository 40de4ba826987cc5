// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/tracking/runrecord.h"

#include <QString>

namespace mlops {

class Database;
class Workspace;

/** Everything the run details panel shows besides charts and logs. */
struct RunDetails
{
    RunRecord run;                ///< with parameters, final metrics, artifacts and step runs
    qint64 parentRowId = 0;       ///< the execution of a step run
    QString parentUuid;
    QString parentName;
    QString diff;                 ///< the uncommitted changes the run was made with (dirty trees)
    bool diffTruncated = false;
    QString diffError;            ///< why the diff could not be read, when it was recorded
};

/**
 * Loads a run's details by row id, with the stored uncommitted diff (its own, or its
 * execution's for a step run) read from the artifact cache. Blocking.
 */
Result<RunDetails> loadRunDetails(Database &db, const Workspace &workspace, qint64 rowId);

/** A piece of a log file: its end, or what was appended since `offset`. */
struct LogChunk
{
    QString text;
    qint64 offset = 0;            ///< where the next read continues
    bool exists = false;
    bool skippedStart = false;    ///< the file was longer than asked for: only its end is here
};

/**
 * Reads a step's log: the last `maxBytes` when `offset` < 0, else what follows `offset`
 * (at most `maxBytes`). With `wholeLinesOnly`, stops after the last newline, so a line
 * a running step is still writing comes with the next read.
 */
LogChunk readLogChunk(const QString &path, qint64 offset, qint64 maxBytes = 256 * 1024,
                      bool wholeLinesOnly = true);

} // namespace mlops
