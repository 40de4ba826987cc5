// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/experiments/pipelinerunthread.h"

#include "core/pipeline/pipelineexecution.h"
#include "core/pipeline/pipelinevalidator.h"
#include "core/runtime/watchdog.h"

#include <QEventLoop>

namespace mlops {

PipelineRunThread::PipelineRunThread(const Workspace &workspace, const QString &pipelineFile,
                                     const QMap<QString, QString> &parameters, QObject *parent)
    : QThread(parent), m_workspace(workspace), m_pipelineFile(pipelineFile), m_parameters(parameters)
{
    connect(this, &QThread::finished, this, [this] { emit runFinished(m_status, m_error); });
}

PipelineRunThread::~PipelineRunThread()
{
    {
        const QMutexLocker lock(&m_lock);
        if (m_execution)
            QMetaObject::invokeMethod(m_execution, &PipelineExecution::stop, Qt::QueuedConnection);
    }
    wait();
}

void PipelineRunThread::run()
{
    ValidationOptions validation;
    validation.workspaceRoot = m_workspace.root();
    const LoadedPipeline loaded = loadAndValidate(m_workspace.path(m_pipelineFile), m_pipelineFile, validation);
    if (!loaded.ok()) {
        m_status = RunStatus::Failed;
        m_error = loaded.diagnostics.isEmpty() ? tr("%1 is not a valid pipeline").arg(m_pipelineFile)
                                               : loaded.diagnostics.first().toString();
        return;
    }
    ExecutionOptions options;
    options.parameters = m_parameters;
    options.launcher = QStringLiteral("studio");
    PipelineExecution execution(m_workspace, loaded.spec, m_pipelineFile, options);
    if (Status s = execution.prepare(); !s) {
        m_status = RunStatus::Failed;
        m_error = s.error().toString();
        return;
    }
    m_uuid = execution.run().uuid;
    // A killed studio leaves no step container running: its companion removes them.
    const Watchdog watchdog(m_workspace.storePath());
    {
        const QMutexLocker lock(&m_lock);
        m_execution = &execution;
    }
    QEventLoop loop;
    connect(&execution, &PipelineExecution::finished, &loop, [this, &loop](RunStatus status, const QString &reason) {
        m_status = status;
        m_error = reason;
        loop.quit();
    });
    execution.start();
    loop.exec();
    const QMutexLocker lock(&m_lock);
    m_execution = nullptr;
}

} // namespace mlops
