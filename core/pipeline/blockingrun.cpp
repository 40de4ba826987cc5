// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/pipeline/blockingrun.h"

#include "core/pipeline/pipelineexecution.h"
#include "core/pipeline/pipelinevalidator.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::BlockingRun)
};
} // namespace

Result<BlockingRunResult> runPipelineBlocking(const Workspace &workspace, const QString &pipelineFile,
                                              const ExecutionOptions &options)
{
    ValidationOptions validation;
    validation.workspaceRoot = workspace.root();
    const LoadedPipeline loaded = loadAndValidate(workspace.path(pipelineFile), pipelineFile, validation);
    if (!loaded.ok()) {
        QStringList problems;
        for (const Diagnostic &d : loaded.diagnostics)
            problems.append(d.toString());
        return Error::badInput(Text::tr("%1 is not valid: %2").arg(pipelineFile, problems.join(QStringLiteral("; "))));
    }
    PipelineExecution execution(workspace, loaded.spec, pipelineFile, options);
    if (Status s = execution.prepare(); !s)
        return s.error();
    QEventLoop loop;
    QObject::connect(&execution, &PipelineExecution::finished, &loop, &QEventLoop::quit);
    execution.start();
    if (!isFinalStatus(execution.status()))
        loop.exec();
    return BlockingRunResult{execution.run(), execution.status(), execution.failureReason()};
}

} // namespace mlops
