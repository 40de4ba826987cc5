// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

// A store full of runs for the Experiments tests and benchmarks, written with plain SQL
// in one transaction so 100,000 runs take seconds, not minutes.

#include "core/store/database.h"

#include <QString>
#include <QStringList>

namespace mlops::test {

/** What populateRuns writes, so tests can predict what a filter keeps. */
struct RunFixture
{
    int executions = 0;        ///< pipeline executions (each with prepare, train, evaluate)
    int notebooks = 0;         ///< notebook runs (every 7th top-level run)
    int lossPoints = 10;       ///< points of train:log_loss per train step run
    qint64 firstCreatedMs = 1'700'000'000'000;

    /**
     * Top-level run i (0-based, in creation order) is a notebook run when i % 7 == 6,
     * else a pipeline execution of "pipelines/breast-cancer.yaml" (i % 3 != 2) or
     * "pipelines/wine.yaml". Its accuracy is (80 + i % 20) / 100, its seed i,
     * n_estimators 50/100/200 by i % 3, status Failed when i % 10 == 9 (no metrics then),
     * every 5th execution a cache hit of its train step.
     */
    static bool isNotebook(int i) { return i % 7 == 6; }
    static bool isFailed(int i) { return !isNotebook(i) && i % 10 == 9; }
    static double accuracy(int i) { return (80 + i % 20) / 100.0; }
};

/** Writes `topLevel` runs as RunFixture describes into an open store. */
bool populateRuns(Database &db, int topLevel, RunFixture *fixture = nullptr, int lossPoints = 10);

} // namespace mlops::test
