// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/runtime/environmentbuild.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::EnvironmentBuild)
};

/**
 * Threads for builds: they wait minutes on an engine, so they must not take the global
 * pool's few threads (one per core) from the work that computes.
 */
QThreadPool &buildPool()
{
    static QThreadPool pool;
    pool.setMaxThreadCount(16);
    return pool;
}

} // namespace

EnvironmentBuild::EnvironmentBuild(QString runnerName, StepLaunch launch, qint64 timeoutMs, QObject *parent)
    : QObject(parent), m_runnerName(std::move(runnerName)), m_launch(std::move(launch)), m_timeoutMs(timeoutMs)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        emit finished(outcome.fingerprint, outcome.image, outcome.error);
    });
}

EnvironmentBuild::~EnvironmentBuild()
{
    if (m_watcher.isRunning()) {
        *m_cancel = true;
        m_watcher.waitForFinished();
    }
}

void EnvironmentBuild::start()
{
    PreparationOptions options;
    options.timeoutMs = m_timeoutMs;
    options.cancelRequested = [cancel = m_cancel] { return cancel->load(); };
    // Called on the worker; the destructor waits for it, so `this` outlives every call.
    // Queued events are delivered in order, before the watcher's finished().
    options.onOutput = [this](const QByteArray &data, bool isStderr) {
        QMetaObject::invokeMethod(this, [this, data, isStderr] { emit output(data, isStderr); }, Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run(&buildPool(), [runnerName = m_runnerName, launch = m_launch,
                                                         options]() mutable {
        Outcome outcome;
        // A runner object of this thread: runners are QObjects.
        std::unique_ptr<StepRunner> runner(RunnerRegistry::instance().create(runnerName, nullptr));
        if (!runner) {
            outcome.error = Text::tr("runner '%1' is not available in this build").arg(runnerName);
            return outcome;
        }
        Result<QString> fingerprint = runner->environmentFingerprint(launch, options);
        if (fingerprint) {
            outcome.fingerprint = *fingerprint;
            outcome.image = launch.image;
        } else {
            outcome.error = fingerprint.error().toString();
        }
        return outcome;
    }));
}

void EnvironmentBuild::cancel()
{
    *m_cancel = true;
}

bool EnvironmentBuild::isRunning() const
{
    return m_watcher.isRunning();
}

} // namespace mlops
