// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/notebook/kernelworker.h"

#include "core/notebook/notebookrunrecorder.h"
#include "core/notebook/parameterscell.h"

#include <QFileInfo>
#include <QMutexLocker>
#include <QTimer>

namespace mlops {

namespace {
constexpr int kIdlePollMs = 400;
} // namespace

KernelWorker::KernelWorker(std::optional<Workspace> workspace, QString notebookPath)
    : m_workspace(std::move(workspace)), m_notebookPath(std::move(notebookPath)), m_idlePoll(new QTimer(this))
{
    m_idlePoll->setInterval(kIdlePollMs);
    connect(m_idlePoll, &QTimer::timeout, this, &KernelWorker::pollIdle);
}

KernelWorker::~KernelWorker()
{
    endRun();
}

void KernelWorker::interrupt()
{
    QMutexLocker lock(&m_clientMutex);
    if (m_client) {
        m_interrupted = true;
        m_client->interrupt();
    }
}

void KernelWorker::sendInput(const QString &value)
{
    QMutexLocker lock(&m_clientMutex);
    if (m_client)
        m_client->sendInput(value);
}

void KernelWorker::cancel()
{
    QMutexLocker lock(&m_clientMutex);
    if (m_client)
        m_client->cancel();
}

void KernelWorker::startKernel(const KernelSpec &spec)
{
    m_idlePoll->stop();
    endRun();
    // The old kernel goes outside the lock: interrupt() from the GUI never waits for it.
    std::unique_ptr<KernelClient> old;
    {
        QMutexLocker lock(&m_clientMutex);
        old = std::move(m_client);
    }
    if (old)
        (void)old->shutdown();
    old.reset();
    // Created here, in the thread that will own the kernel process.
    KernelOptions options;
    options.launch.workingDirectory = QFileInfo(m_notebookPath).absolutePath();
    m_spec = spec;
    {
        QMutexLocker lock(&m_clientMutex);
        m_client = std::make_unique<KernelClient>(spec, options);
    }
    if (Status s = m_client->start(); !s) {
        emit kernelFailed(s.error().message);
        return;
    }
    m_idlePoll->start();
    emit kernelReady(m_client->kernelInfo());
}

void KernelWorker::restartKernel()
{
    if (!m_client) {
        startKernel(m_spec);
        return;
    }
    m_idlePoll->stop();
    endRun();
    if (Status s = m_client->restart(); !s) {
        emit kernelFailed(s.error().message);
        return;
    }
    m_idlePoll->start();
    emit kernelReady(m_client->kernelInfo());
}

void KernelWorker::shutdownKernel()
{
    m_idlePoll->stop();
    endRun();
    std::unique_ptr<KernelClient> client;
    {
        QMutexLocker lock(&m_clientMutex);
        client = std::move(m_client);
    }
    if (client)
        (void)client->shutdown();
}

void KernelWorker::execute(const QString &cellId, const QString &code, bool parametersCell)
{
    if (!m_client || m_client->state() != KernelState::Idle) {
        const QString reason = m_client && m_client->state() == KernelState::Dead ? m_client->deathReason()
                                                                                 : tr("The kernel is not running.");
        emit executed(cellId, Outcome::NotRun, 0, reason);
        return;
    }
    m_lastCellId = cellId;
    ExecuteRequest request;
    request.code = code;
    Result<ExecuteReply> reply = m_client->execute(
        request, [&](const JupyterMessage &m) { handleOutput(cellId, m); },
        [&](const InputRequest &r) { emit inputRequested(cellId, r.prompt, r.password); });
    if (m_recorder) {
        if (Status s = m_recorder->flush(); !s)
            emit trackingFailed(s.error().message);
    }
    if (!reply) {
        if (m_client->state() == KernelState::Dead) {
            emit executed(cellId, Outcome::KernelDied, 0, reply.error().message);
            died(reply.error().message);
        } else {
            emit executed(cellId, Outcome::NotRun, 0, reply.error().message);
        }
        return;
    }
    const Outcome outcome = reply->status == ExecuteReply::Status::Ok      ? Outcome::Ok
                            : reply->status == ExecuteReply::Status::Error ? Outcome::Error
                                                                           : Outcome::Aborted;
    if (outcome != Outcome::Ok && m_batchFailure.isEmpty())
        m_batchFailure = reply->ename.isEmpty() ? tr("a cell was aborted") : reply->ename + QStringLiteral(": ") + reply->evalue;
    if (outcome == Outcome::Ok && parametersCell) {
        m_parameters.clear();
        for (const ParametersCell::Parameter &p : ParametersCell::parse(code)) {
            if (p.literal)
                m_parameters.insert(p.name, p.text);
        }
        if (m_recorder) {
            if (Status s = m_recorder->setParameters(m_parameters); !s)
                emit trackingFailed(s.error().message);
        }
    }
    emit executed(cellId, outcome, reply->executionCount,
                  reply->ename.isEmpty() ? QString() : reply->ename + QStringLiteral(": ") + reply->evalue);
}

void KernelWorker::endRun()
{
    const RunStatus status = m_interrupted ? RunStatus::Stopped
                             : m_batchFailure.isEmpty() ? RunStatus::Completed
                                                        : RunStatus::Failed;
    finishRun(status, status == RunStatus::Stopped ? tr("interrupted by the user")
                      : status == RunStatus::Failed ? m_batchFailure
                                                    : QString());
    m_batchFailure.clear();
    m_interrupted = false;
}

void KernelWorker::pollIdle()
{
    if (!m_client || m_client->state() != KernelState::Idle)
        return;
    const QString cellId = m_lastCellId;
    Status alive = m_client->poll(0, [&](const JupyterMessage &m) { handleOutput(cellId, m); });
    if (!alive && m_client->state() == KernelState::Dead)
        died(alive.error().message);
}

void KernelWorker::handleOutput(const QString &cellId, const JupyterMessage &message)
{
    emit output(cellId, message);
    if (message.msgType() != QStringLiteral("display_data"))
        return;
    if (const std::optional<LoggedValue> value =
            LoggedValue::fromMimeBundle(message.content.value(QStringLiteral("data")).toObject()))
        record(*value);
}

void KernelWorker::record(const LoggedValue &value)
{
    if (!m_workspace)
        return;
    if (!m_recorder) {
        // A run starts with the first value the session logs: plain exploration leaves no runs.
        auto recorder = std::make_unique<NotebookRunRecorder>(*m_workspace, m_notebookPath, m_spec.name);
        if (Status s = recorder->begin(m_parameters); !s) {
            emit trackingFailed(s.error().message);
            return;
        }
        m_recorder = std::move(recorder);
        emit runStarted(m_recorder->run().uuid);
    }
    if (Status s = m_recorder->record(value); !s)
        emit trackingFailed(s.error().message);
}

void KernelWorker::finishRun(RunStatus status, const QString &reason)
{
    if (!m_recorder)
        return;
    const QString runId = m_recorder->run().uuid;
    if (Status s = m_recorder->finish(status, reason); !s)
        emit trackingFailed(s.error().message);
    m_recorder.reset();
    emit runFinished(runId, status);
}

void KernelWorker::died(const QString &reason)
{
    m_idlePoll->stop();
    finishRun(RunStatus::Failed, reason);
    emit kernelFailed(reason);
}

} // namespace mlops
