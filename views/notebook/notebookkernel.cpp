// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/notebook/notebookkernel.h"

#include <QThread>

namespace mlops {

NotebookKernel::NotebookKernel(std::optional<Workspace> workspace, const QString &notebookPath, QObject *parent)
    : QObject(parent), m_thread(new QThread(this))
{
    qRegisterMetaType<JupyterMessage>();
    qRegisterMetaType<KernelSpec>();
    qRegisterMetaType<RunStatus>();
    m_thread->setObjectName(QStringLiteral("kernel"));
    m_worker = new KernelWorker(std::move(workspace), notebookPath);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &KernelWorker::kernelReady, this, [this](const QJsonObject &info) {
        m_kernelInfo = info;
        m_deathReason.clear();
        setState(m_running.isEmpty() ? State::Idle : State::Busy);
        emit kernelReady();
        dispatchNext();
    });
    connect(m_worker, &KernelWorker::kernelFailed, this, [this](const QString &reason) {
        m_deathReason = reason;
        skipQueue();
        setState(State::Dead);
        emit kernelFailed(reason);
    });
    connect(m_worker, &KernelWorker::output, this, &NotebookKernel::output);
    connect(m_worker, &KernelWorker::inputRequested, this, &NotebookKernel::inputRequested);
    connect(m_worker, &KernelWorker::executed, this, &NotebookKernel::onExecuted);
    connect(m_worker, &KernelWorker::runStarted, this, &NotebookKernel::runStarted);
    connect(m_worker, &KernelWorker::runFinished, this, &NotebookKernel::runFinished);
    connect(m_worker, &KernelWorker::trackingFailed, this, &NotebookKernel::trackingFailed);
    m_thread->start();
}

NotebookKernel::~NotebookKernel()
{
    m_queue.clear();
    if (m_worker) {
        m_worker->cancel();
        // A short, bounded wait: the kernel is asked to shut down, then killed.
        QMetaObject::invokeMethod(m_worker, &KernelWorker::shutdownKernel, Qt::BlockingQueuedConnection);
    }
    m_thread->quit();
    m_thread->wait();
}

void NotebookKernel::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QStringList NotebookKernel::queuedCells() const
{
    QStringList ids;
    for (const QueuedCell &entry : m_queue)
        ids.append(entry.id);
    return ids;
}

bool NotebookKernel::hasWork() const
{
    return m_state == State::Starting || !m_running.isEmpty() || !m_queue.isEmpty();
}

void NotebookKernel::start(const KernelSpec &spec)
{
    m_spec = spec;
    if (m_worker)
        m_worker->cancel();
    setState(State::Starting);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, spec] {
        if (worker)
            worker->startKernel(spec);
    }, Qt::QueuedConnection);
}

void NotebookKernel::restart()
{
    skipQueue();
    if (m_worker)
        m_worker->cancel();
    setState(State::Starting);
    QMetaObject::invokeMethod(m_worker, &KernelWorker::restartKernel, Qt::QueuedConnection);
}

void NotebookKernel::interrupt()
{
    if (m_worker && !m_running.isEmpty())
        m_worker->interrupt();
}

void NotebookKernel::run(const QString &cellId, const QString &code, bool parametersCell)
{
    // A cell still waiting runs once, with the code it has now (edited since it was queued).
    for (QueuedCell &entry : m_queue) {
        if (entry.id == cellId) {
            entry.code = code;
            entry.parametersCell = parametersCell;
            return;
        }
    }
    // Pressed again while it runs: the same code is not run twice; edited code runs after.
    if (m_running == cellId && m_runningCode == code)
        return;
    m_queue.append({cellId, code, parametersCell});
    if (m_running != cellId)
        emit cellQueued(cellId);
    if (m_state == State::Stopped || m_state == State::Dead) {
        if (m_spec.isValid())
            start(m_spec);
        return;
    }
    dispatchNext();
}

void NotebookKernel::clearQueue()
{
    skipQueue();
}

void NotebookKernel::sendInput(const QString &value)
{
    if (m_worker)
        m_worker->sendInput(value);
}

void NotebookKernel::dispatchNext()
{
    if (!m_running.isEmpty() || m_queue.isEmpty() || (m_state != State::Idle && m_state != State::Busy))
        return;
    const QueuedCell next = m_queue.takeFirst();
    m_running = next.id;
    m_runningCode = next.code;
    setState(State::Busy);
    emit cellStarted(next.id);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, next] {
        if (worker)
            worker->execute(next.id, next.code, next.parametersCell);
    }, Qt::QueuedConnection);
}

void NotebookKernel::onExecuted(const QString &cellId, KernelWorker::Outcome outcome, int executionCount,
                                const QString &reason)
{
    if (cellId == m_running) {
        m_running.clear();
        m_runningCode.clear();
    }
    const bool ok = outcome == KernelWorker::Outcome::Ok;
    if (!ok)
        skipQueue();  // stop on error, as Jupyter does
    const bool died = outcome == KernelWorker::Outcome::KernelDied;
    if (died) {
        // Dead from now on, not Idle until the worker's kernelFailed follows.
        m_deathReason = reason;
        setState(State::Dead);
        emit cellKernelDied(cellId, reason);
    }
    emit cellFinished(cellId, ok, outcome == KernelWorker::Outcome::NotRun || died ? 0 : executionCount);
    if (m_state == State::Busy)
        setState(State::Idle);
    dispatchNext();
    // The batch is done: the run it logged ends (after this cell's execute, in the worker's order).
    if (m_running.isEmpty() && m_queue.isEmpty())
        QMetaObject::invokeMethod(m_worker, &KernelWorker::endRun, Qt::QueuedConnection);
}

void NotebookKernel::skipQueue()
{
    const QList<QueuedCell> skipped = std::exchange(m_queue, {});
    for (const QueuedCell &entry : skipped)
        emit cellSkipped(entry.id);
}

} // namespace mlops
