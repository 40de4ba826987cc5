// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "pipelinetestsupport.h"

#include "core/pipeline/pipelinevalidator.h"
#include "core/store/store.h"

#include <QSignalSpy>

namespace mlops::test {

bool copyData(const TempWorkspace &ws, const QString &relative, const QString &name)
{
    return writeFile(ws.path(relative), readFile(QStringLiteral(MLOPS_TEST_DATA_DIR "/exec/") + name));
}

Outcome runPipeline(const TempWorkspace &ws, const QString &file, ExecutionOptions options,
                    const std::function<void(PipelineExecution &)> &whileRunning)
{
    Outcome out;
    Result<Workspace> workspace = Workspace::open(ws.root());
    if (!workspace) {
        out.reason = workspace.error().toString();
        return out;
    }
    ValidationOptions validation;
    validation.workspaceRoot = ws.root();
    const LoadedPipeline loaded = loadAndValidate(ws.path(file), file, validation);
    if (!loaded.ok()) {
        for (const Diagnostic &d : loaded.diagnostics)
            out.reason += d.toString() + QLatin1Char('\n');
        return out;
    }
    PipelineExecution execution(*workspace, loaded.spec, file, options);
    if (Status s = execution.prepare(); !s) {
        out.reason = s.error().toString();
        return out;
    }
    QSignalSpy finished(&execution, &PipelineExecution::finished);
    execution.start();
    if (whileRunning)
        whileRunning(execution);
    if (finished.isEmpty() && !finished.wait(120000)) {
        out.reason = QStringLiteral("the pipeline did not finish");
        return out;
    }
    out.status = execution.status();
    out.reason = execution.failureReason();
    out.run = execution.run();
    for (const StepEvent &e : execution.steps())
        out.steps.insert(e.step, e);
    return out;
}

QStringList cacheHits(const Outcome &o)
{
    QStringList hits;
    for (const StepEvent &e : o.steps) {
        if (e.cached)
            hits.append(e.step);
    }
    hits.sort();
    return hits;
}

qint64 processGroupOf(const TempWorkspace &ws, const QString &runId)
{
    Result<std::unique_ptr<Store>> store = Store::open(ws.path(QStringLiteral(".mlops/store.db")));
    return (*store)->db().scalar(QStringLiteral("SELECT pgid FROM runs WHERE uuid = '%1'").arg(runId))->toLongLong();
}


} // namespace mlops::test
