// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/runhistory.h"

#include "core/store/store.h"
#include "core/tracking/runstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mlops::runhistory {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::RunHistory)
};

QString tail(const QString &path, int maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    const qint64 size = file.size();
    if (size > maxBytes)
        file.seek(size - maxBytes);
    QByteArray bytes = file.readAll();
    if (size > maxBytes) {
        // Start at a whole line.
        const qsizetype nl = bytes.indexOf('\n');
        if (nl >= 0)
            bytes = bytes.mid(nl + 1);
    }
    return QString::fromUtf8(bytes);
}

} // namespace

StepEvent eventFrom(const RunRecord &r)
{
    StepEvent e;
    e.step = r.name;
    e.type = r.stepType;
    e.runner = r.runner;
    e.status = r.status;
    e.cached = r.isCacheHit();
    e.cachedFrom = r.cachedFromUuid;
    e.runId = r.uuid;
    e.attempt = r.attempts;
    e.durationMs = r.durationMs();
    e.reason = r.failureReason;
    return e;
}

PipelineRunSummary lastRun(const Workspace &workspace, const QString &pipelineFile)
{
    PipelineRunSummary out;
    if (!QFileInfo::exists(workspace.storePath()))
        return out;
    Result<std::unique_ptr<Store>> store = Store::open(workspace.storePath());
    if (!store) {
        out.error = store.error().toString();
        return out;
    }
    RunStore runs((*store)->db());
    RunQuery query;
    query.limit = 200;
    query.withDetails = false;
    Result<QList<RunRecord>> list = runs.list(query);
    if (!list) {
        out.error = list.error().toString();
        return out;
    }
    for (const RunRecord &r : std::as_const(*list)) {
        if (r.kind != QStringLiteral("pipeline") || r.pipeline != pipelineFile)
            continue;
        Result<RunRecord> full = runs.get(r.id, true);
        if (!full) {
            out.error = full.error().toString();
            return out;
        }
        out.found = true;
        out.uuid = full->uuid;
        out.status = full->status;
        out.started = full->started;
        out.durationMs = full->durationMs();
        out.reason = full->failureReason;
        for (const RunRecord &child : std::as_const(full->children))
            out.steps.append(eventFrom(child));
        return out;
    }
    return out;
}

StepDetails stepDetails(const Workspace &workspace, const QString &stepRunUuid, int maxLogBytes)
{
    StepDetails out;
    out.uuid = stepRunUuid;
    Result<std::unique_ptr<Store>> store = Store::open(workspace.storePath());
    if (!store) {
        out.error = store.error().toString();
        return out;
    }
    RunStore runs((*store)->db());
    Result<RunRecord> run = runs.find(stepRunUuid, true);
    if (!run) {
        out.error = run.error().toString();
        return out;
    }
    out.status = run->status;
    out.failureReason = run->failureReason;
    out.metrics = run->metrics;
    out.logFromRun = run->isCacheHit() && !run->cachedFromUuid.isEmpty() ? run->cachedFromUuid : run->uuid;
    if (run->isCacheHit() && out.metrics.isEmpty()) {
        if (Result<RunRecord> source = runs.find(out.logFromRun, true); source)
            out.metrics = source->metrics;
    }
    const QDir logs(QDir(workspace.logsDir()).filePath(out.logFromRun));
    const QString stdoutText = tail(logs.filePath(QStringLiteral("stdout.log")), maxLogBytes);
    const QString stderrText = tail(logs.filePath(QStringLiteral("stderr.log")), maxLogBytes);
    out.log = stdoutText;
    if (!stderrText.trimmed().isEmpty()) {
        if (!out.log.isEmpty() && !out.log.endsWith(QLatin1Char('\n')))
            out.log += QLatin1Char('\n');
        out.log += QStringLiteral("── %1 ──\n").arg(Text::tr("stderr")) + stderrText;
    }
    return out;
}

} // namespace mlops::runhistory
