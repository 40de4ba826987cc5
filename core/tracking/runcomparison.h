// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/tracking/runrecord.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace mlops {

class Database;

/**
 * A run as the comparison sees it: its parameters (and hyperparameters) and final
 * metrics, taken from the run or, for a pipeline execution, from its step runs. Built
 * from the runs, params and metrics tables only, so pipeline executions, step runs and
 * notebook runs compare with each other.
 */
struct ComparedRun
{
    qint64 id = 0;
    QString uuid;
    QString kind;
    QString name;
    RunStatus status = RunStatus::Pending;
    qint64 createdMs = 0;
    QMap<QString, QString> parameters;
    QMap<QString, double> metrics;

    /** "breast-cancer · 0e193b9c": short enough for a legend or a column header. */
    QString label() const;
};

/** Several runs side by side. */
struct RunComparison
{
    QList<ComparedRun> runs;          ///< in the order asked for
    QStringList parameterKeys;        ///< every parameter any run has, sorted
    QStringList metricKeys;           ///< every final metric any run has, sorted

    /** True when the runs do not all have the same value (a missing value differs). */
    bool parameterDiffers(const QString &key) const;
    bool metricDiffers(const QString &key) const;
    QStringList differingParameters() const;
    /** The parameter's values as numbers, when every run that has it has a number. */
    bool isNumericParameter(const QString &key) const;
};

/** Loads the runs `ids` for comparison (unknown ids are left out). Blocking. */
Result<RunComparison> loadRunComparison(Database &db, const QList<qint64> &ids);

} // namespace mlops
