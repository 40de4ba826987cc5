// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/executioncontroller.h"

#include "core/runtime/watchdog.h"

#include <QThread>
#include <QTimer>

#include <memory>

namespace mlops {

/** Lives on the worker thread: owns the execution and batches its output. */
class ExecutionWorker : public QObject
{
    Q_OBJECT

public:
    void run(const Workspace &workspace, const PipelineSpec &spec, const QString &file, const ExecutionOptions &options)
    {
        m_flush = new QTimer(this);
        m_flush->setInterval(100);
        connect(m_flush, &QTimer::timeout, this, &ExecutionWorker::flush);
        m_execution = new PipelineExecution(workspace, spec, file, options, this);
        // Should the studio crash or be killed, its companion ends what the run left:
        // the step containers, and the run marked Interrupted.
        m_watchdog = std::make_unique<Watchdog>(workspace.storePath());
        if (Status s = m_execution->prepare(); !s) {
            m_watchdog.reset();
            emit failedToStart(s.error().toString());
            QThread::currentThread()->quit();
            return;
        }
        connect(m_execution, &PipelineExecution::stepChanged, this, &ExecutionWorker::stepChanged);
        connect(m_execution, &PipelineExecution::stepOutput, this,
                [this](const QString &step, const QString &line, bool) {
                    m_pending[step].append(line);
                    if (!m_flush->isActive())
                        m_flush->start();
                });
        connect(m_execution, &PipelineExecution::finished, this, [this](RunStatus status, const QString &reason) {
            flush();
            m_watchdog.reset();   // ended as it should: the companion may go
            emit finished(status, reason);
            // The steps are done: the thread that started their processes may end now.
            QThread::currentThread()->quit();
        });
        emit started(m_execution->run().uuid, m_execution->steps());
        m_execution->start();
    }

    void stop()
    {
        if (m_execution)
            m_execution->stop();
    }

signals:
    void started(const QString &runId, const QList<mlops::StepEvent> &steps);
    void stepChanged(const mlops::StepEvent &event);
    void outputReceived(const QString &step, const QStringList &lines);
    void finished(mlops::RunStatus status, const QString &reason);
    void failedToStart(const QString &message);

private:
    void flush()
    {
        m_flush->stop();
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
            emit outputReceived(it.key(), it.value());
        m_pending.clear();
    }

    PipelineExecution *m_execution = nullptr;
    std::unique_ptr<Watchdog> m_watchdog;   ///< while the execution runs
    QTimer *m_flush = nullptr;
    QHash<QString, QStringList> m_pending;
};

ExecutionController::ExecutionController(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<mlops::StepEvent>();
    qRegisterMetaType<mlops::RunStatus>();
    qRegisterMetaType<QList<mlops::StepEvent>>();
}

ExecutionController::~ExecutionController()
{
    if (m_thread) {
        // Destroyed with its editor: nothing may hear "stopping" any more (the editor's
        // members are gone by the time its children are deleted).
        blockSignals(true);
        stop();
        m_thread->wait();
        cleanUp();
    }
}

void ExecutionController::start(const Workspace &workspace, const PipelineSpec &spec, const QString &pipelineFile,
                                const ExecutionOptions &options)
{
    if (m_running)
        return;
    cleanUp();
    m_running = true;
    m_stopping = false;
    m_runId.clear();
    m_steps.clear();
    m_order.clear();
    m_output.clear();
    m_status = RunStatus::Running;
    m_reason.clear();

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("pipeline-execution"));
    auto *worker = new ExecutionWorker;
    worker->moveToThread(m_thread);
    m_worker = worker;
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &ExecutionWorker::started, this, [this](const QString &runId, const QList<StepEvent> &steps) {
        m_runId = runId;
        for (const StepEvent &e : steps) {
            m_order.append(e.step);
            m_steps.insert(e.step, e);
        }
        emit started(runId, steps);
    });
    connect(worker, &ExecutionWorker::stepChanged, this, [this](const StepEvent &e) {
        m_steps.insert(e.step, e);
        emit stepChanged(e);
    });
    connect(worker, &ExecutionWorker::outputReceived, this, [this](const QString &step, const QStringList &lines) {
        QStringList &kept = m_output[step];
        kept += lines;
        if (kept.size() > kMaxLines)
            kept.erase(kept.begin(), kept.begin() + (kept.size() - kMaxLines));
        emit outputReceived(step, lines);
    });
    connect(worker, &ExecutionWorker::finished, this, [this](RunStatus status, const QString &reason) {
        m_status = status;
        m_reason = reason;
    });
    connect(worker, &ExecutionWorker::failedToStart, this, [this](const QString &message) {
        m_status = RunStatus::Failed;
        m_reason = message;
        m_failedToStart = true;
    });
    // Report the end only when the thread is really gone, so a new run may start at once.
    connect(m_thread, &QThread::finished, this, [this] {
        m_running = false;
        m_stopping = false;
        if (m_failedToStart) {
            m_failedToStart = false;
            emit failedToStart(m_reason);
        } else {
            emit finished(m_status, m_reason);
        }
    });
    m_thread->start();
    ExecutionOptions tagged = options;
    if (tagged.launcher.isEmpty())
        tagged.launcher = QStringLiteral("studio");   // the maturity model tells attended runs apart
    QMetaObject::invokeMethod(worker, [worker, workspace, spec, pipelineFile, tagged] {
        worker->run(workspace, spec, pipelineFile, tagged);
    }, Qt::QueuedConnection);
}

void ExecutionController::stop()
{
    if (!m_running || !m_worker || m_stopping)
        return;
    // Steps get a grace period to exit: say at once that the run is on its way down.
    m_stopping = true;
    emit stopping();
    ExecutionWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->stop(); }, Qt::QueuedConnection);
}

QList<StepEvent> ExecutionController::steps() const
{
    QList<StepEvent> list;
    for (const QString &name : m_order)
        list.append(m_steps.value(name));
    return list;
}

void ExecutionController::cleanUp()
{
    if (!m_thread)
        return;
    if (m_thread->isRunning())
        return;
    delete m_thread;
    m_thread = nullptr;
}

} // namespace mlops

#include "executioncontroller.moc"
