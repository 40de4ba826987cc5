// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace mlops {

class Database;
struct RunFilterNode;

/** SQL parameters bound by number (?1, ?2…), so a query can be built in any order. */
struct SqlParams
{
    QVariantList binds;

    /** Adds a value; returns its placeholder. */
    QString bind(const QVariant &value);
    QString bind(const QString &text);
};

/**
 * The SQL behind the run filter language (RunFilter): conditions over `runs r`. A name
 * is a run field, a final metric or a parameter, resolved against the store (with "did
 * you mean" for names it does not know). A pipeline execution matches a metric or
 * parameter condition when it or one of its step runs does.
 */
namespace runsql {

/** Compiles a parsed filter into a condition; mistakes are BadInput with the column. */
Result<QString> compileFilter(Database &db, const RunFilterNode &root, SqlParams &sql);

/** The run fields the language knows besides metrics and parameters. */
QStringList filterFields();

/** SQL that is true when the text expression `expr` holds a number. */
QString isNumeric(const QString &expr);
/** `text` for a LIKE pattern with ESCAPE '\\'. */
QString likeEscape(QString text);
/**
 * A run's own value in `table` (params or latest_metrics) matching `keyCondition`, else
 * its newest step run's: the value an execution's row shows.
 */
QString ownOrChildValue(const QString &table, const QString &keyCondition, const QString &valueColumn);

} // namespace runsql

} // namespace mlops
