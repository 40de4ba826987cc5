// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/runtime/steprunner.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace mlops {

/**
 * A step's environment made ready off the caller's thread: StepRunner::environmentFingerprint()
 * — for a BYOC step, the image build, which can take minutes — on a worker thread, with
 * its output as it comes, stoppable and bounded by a timeout. The caller's event loop
 * (the scheduler's) stays free for the other steps and for Stop.
 */
class EnvironmentBuild : public QObject
{
    Q_OBJECT

public:
    EnvironmentBuild(QString runnerName, StepLaunch launch, qint64 timeoutMs, QObject *parent = nullptr);
    /** Stops a build still running and waits for it (it reports to this object). */
    ~EnvironmentBuild() override;

    void start();
    /** Asks the build to stop (its client is killed); finished() follows with an error. */
    void cancel();
    bool isRunning() const;

signals:
    /** Output of the build, on the object's thread. */
    void output(const QByteArray &data, bool isStderr);
    /** `error` is empty on success; `image` is what the step runs in (the built tag). */
    void finished(const QString &fingerprint, const QString &image, const QString &error);

private:
    struct Outcome
    {
        QString fingerprint;
        QString image;
        QString error;
    };

    QString m_runnerName;
    StepLaunch m_launch;
    qint64 m_timeoutMs = 0;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace mlops
