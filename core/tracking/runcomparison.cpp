// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/tracking/runcomparison.h"

#include "core/store/database.h"

#include <QFileInfo>
#include <QSet>

namespace mlops {

QString ComparedRun::label() const
{
    QString base = name;
    if (kind == QStringLiteral("notebook"))
        base = QFileInfo(name).fileName();   // breast-cancer.ipynb, apart from the pipeline breast-cancer
    return QStringLiteral("%1 · %2").arg(base, uuid.left(8));
}

namespace {
/**
 * The same value, written as different tools write it: "0.10" and "0.1" are one number;
 * YAML's true and Python's True one flag (a pipeline's hyperparameter and a notebook's
 * parameters cell); null, ~ and None nothing.
 */
bool sameParameterValue(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    bool aNumber = false;
    bool bNumber = false;
    if (a.toDouble(&aNumber) == b.toDouble(&bNumber) && aNumber && bNumber)
        return true;
    const auto word = [](const QString &value) -> int {
        const QString lower = value.toLower();
        if (lower == QStringLiteral("true"))
            return 1;
        if (lower == QStringLiteral("false"))
            return 2;
        if (lower == QStringLiteral("null") || lower == QStringLiteral("none") || value == QStringLiteral("~"))
            return 3;
        return 0;
    };
    return word(a) != 0 && word(a) == word(b);
}
} // namespace

bool RunComparison::parameterDiffers(const QString &key) const
{
    if (runs.size() < 2)
        return false;
    const auto first = runs.first().parameters.constFind(key);
    const bool firstHas = first != runs.first().parameters.cend();
    for (const ComparedRun &run : runs) {
        const auto it = run.parameters.constFind(key);
        const bool has = it != run.parameters.cend();
        if (has != firstHas || (has && !sameParameterValue(*it, *first)))
            return true;
    }
    return false;
}

bool RunComparison::metricDiffers(const QString &key) const
{
    if (runs.size() < 2)
        return false;
    const bool firstHas = runs.first().metrics.contains(key);
    const double firstValue = runs.first().metrics.value(key);
    for (const ComparedRun &run : runs) {
        const bool has = run.metrics.contains(key);
        if (has != firstHas || (has && run.metrics.value(key) != firstValue))
            return true;
    }
    return false;
}

QStringList RunComparison::differingParameters() const
{
    QStringList out;
    for (const QString &key : parameterKeys) {
        if (parameterDiffers(key))
            out.append(key);
    }
    return out;
}

bool RunComparison::isNumericParameter(const QString &key) const
{
    bool any = false;
    for (const ComparedRun &run : runs) {
        const auto it = run.parameters.constFind(key);
        if (it == run.parameters.cend())
            continue;
        bool ok = false;
        it->toDouble(&ok);
        if (!ok)
            return false;
        any = true;
    }
    return any;
}

Result<RunComparison> loadRunComparison(Database &db, const QList<qint64> &ids)
{
    RunComparison out;
    Result<Statement> run = db.prepare(
        QStringLiteral("SELECT id, uuid, kind, name, status, created_at FROM runs WHERE id = ?"));
    if (!run)
        return run.error();
    // Own values first, then the step runs' from the newest: the first value seen wins.
    Result<Statement> params = db.prepare(QStringLiteral(
        "SELECT key, value FROM params WHERE run_id = ?1 OR run_id IN (SELECT id FROM runs WHERE parent_id = ?1)"
        " ORDER BY run_id = ?1 DESC, run_id DESC"));
    if (!params)
        return params.error();
    Result<Statement> metrics = db.prepare(QStringLiteral(
        "SELECT k.name, l.value FROM latest_metrics l JOIN metric_keys k ON k.id = l.key_id"
        " WHERE l.run_id = ?1 OR l.run_id IN (SELECT id FROM runs WHERE parent_id = ?1)"
        " ORDER BY l.run_id = ?1 DESC, l.run_id DESC"));
    if (!metrics)
        return metrics.error();

    QSet<QString> parameterKeys;
    QSet<QString> metricKeys;
    for (qint64 id : ids) {
        run->bind(1, id);
        Result<bool> row = run->step();
        if (!row)
            return row.error();
        if (!*row) {
            run->reset();
            continue;
        }
        ComparedRun c;
        c.id = run->int64(0);
        c.uuid = run->text(1);
        c.kind = run->text(2);
        c.name = run->text(3);
        c.status = parseRunStatus(run->text(4)).value_or(RunStatus::Pending);
        c.createdMs = run->int64(5);
        run->reset();

        params->bind(1, id);
        if (Status rowsRead = params->forEachRow([&] {
            const QString key = params->text(0);
            if (!c.parameters.contains(key))
                c.parameters.insert(key, params->text(1));
        }); !rowsRead)
            return rowsRead.error();
        params->reset();
        metrics->bind(1, id);
        if (Status rowsRead = metrics->forEachRow([&] {
            const QString key = metrics->text(0);
            if (!c.metrics.contains(key))
                c.metrics.insert(key, metrics->real(1));
        }); !rowsRead)
            return rowsRead.error();
        metrics->reset();
        for (auto it = c.parameters.cbegin(); it != c.parameters.cend(); ++it)
            parameterKeys.insert(it.key());
        for (auto it = c.metrics.cbegin(); it != c.metrics.cend(); ++it)
            metricKeys.insert(it.key());
        out.runs.append(std::move(c));
    }
    out.parameterKeys = QStringList(parameterKeys.cbegin(), parameterKeys.cend());
    out.parameterKeys.sort();
    out.metricKeys = QStringList(metricKeys.cbegin(), metricKeys.cend());
    out.metricKeys.sort();
    return out;
}

} // namespace mlops
