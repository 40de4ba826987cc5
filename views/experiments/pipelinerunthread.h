// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/tracking/runrecord.h"
#include "core/workspace/workspace.h"

#include <QMap>
#include <QMutex>
#include <QThread>


namespace mlops {

class PipelineExecution;

/**
 * Runs one pipeline of a workspace through the engine (PipelineExecution) on a thread of
 * its own with its own event loop, so the GUI thread never waits on it. The tour uses it
 * to give a fresh demo workspace its runs. runFinished() comes on the thread that owns
 * this object; destroying it while the pipeline runs stops the pipeline first.
 */
class PipelineRunThread : public QThread
{
    Q_OBJECT

public:
    PipelineRunThread(const Workspace &workspace, const QString &pipelineFile,
                      const QMap<QString, QString> &parameters = {}, QObject *parent = nullptr);
    ~PipelineRunThread() override;

    /** After finished(): the run's status, and why it failed if it did. */
    RunStatus status() const { return m_status; }
    const QString &error() const { return m_error; }
    const QString &runUuid() const { return m_uuid; }

signals:
    void runFinished(mlops::RunStatus status, const QString &error);

protected:
    void run() override;

private:
    Workspace m_workspace;
    QString m_pipelineFile;
    QMap<QString, QString> m_parameters;
    RunStatus m_status = RunStatus::Pending;
    QString m_error;
    QString m_uuid;
    QMutex m_lock;
    PipelineExecution *m_execution = nullptr;   ///< while it runs, under m_lock
};

} // namespace mlops
