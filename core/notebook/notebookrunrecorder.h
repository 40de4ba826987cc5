// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/notebook/loggedvalue.h"
#include "core/tracking/runrecord.h"
#include "core/tracking/runtracker.h"
#include "core/workspace/workspace.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>

namespace mlops {

class Store;

/**
 * Records notebook work as a run of kind "notebook" (DESIGN.md §1.2): the notebook's
 * path, the git commit, branch and dirty state (the diff as an artifact when dirty), the
 * kernel, parameters, and the metrics and parameters the kernel publishes through
 * `mlops_studio`. Metric values are batched and written every few hundred milliseconds.
 * Opens its own store connection: one recorder per thread.
 */
class NotebookRunRecorder
{
public:
    NotebookRunRecorder(Workspace workspace, QString notebookPath, QString kernelName);
    ~NotebookRunRecorder();

    /** Creates the run (Running) with the given parameters. */
    Status begin(const QMap<QString, QString> &parameters = {});
    bool isActive() const { return m_run.id != 0; }
    const RunRef &run() const { return m_run; }

    /** Records (or overrides) parameters of the running run. */
    Status setParameters(const QMap<QString, QString> &parameters);

    /** A value the kernel published; metrics are written in batches. */
    Status record(const LoggedValue &value);
    /** Writes buffered metrics now. */
    Status flush();

    /**
     * Keeps `content` in the workspace's content-addressed store (`.mlops/cache/ab/cdef…`)
     * and records it as an artifact of the run.
     */
    Status addArtifact(const QString &role, const QString &name, const QByteArray &content);

    /**
     * Appends a line to the run's log (`.mlops/logs/<run>/notebook.log`, an artifact of
     * role "log"). A headless run logs each cell as it ends, so a run whose program was
     * killed shows when it was last seen working (the store's recovery reads it).
     */
    Status appendLog(const QString &line);
    /** The run's log folder (also where an executed notebook is kept when -o fails). */
    QString logDir() const;

    /** Flushes and sets the final status. */
    Status finish(RunStatus status, const QString &failureReason = {});

private:
    Workspace m_workspace;
    QString m_notebookPath;  ///< workspace-relative
    QString m_kernelName;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<RunTracker> m_tracker;
    RunRef m_run;
    QList<MetricValue> m_pending;
    QElapsedTimer m_sinceFlush;
    bool m_logRecorded = false;
};

} // namespace mlops
