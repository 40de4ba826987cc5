// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/notebook/kernelclient.h"
#include "core/notebook/loggedvalue.h"
#include "core/notebook/notebook.h"
#include "core/notebook/notebookparameters.h"
#include "core/workspace/workspace.h"

#include <QMap>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace mlops {

/** Where a headless run is, for progress output. */
struct NotebookProgress
{
    int cellIndex = -1;       ///< in the notebook
    int codeCellNumber = 0;   ///< 1-based among the code cells that run
    int codeCellCount = 0;
    bool finished = false;    ///< false: starting the cell; true: it ran
    bool failed = false;
    qint64 elapsedMs = 0;     ///< the cell's run time once finished
    int injectedIndex = -1;   ///< the injected parameters cell, if any (see cellLabel())
};

/**
 * A cell of the executed notebook as the user's file numbers it: "cell N", counting
 * without the injected parameters cell, or "the injected parameters cell".
 */
QString cellLabel(int index, int injectedIndex);

/**
 * Stops a headless run from another thread (Ctrl-C, SIGTERM): the first stop()
 * interrupts the running cell as Jupyter's Interrupt does and runs no further cell; a
 * second one abandons the cell at once (for code that ignores KeyboardInterrupt). The
 * run still writes the executed notebook, up to where it stopped, and records the run
 * as Stopped. Thread-safe.
 */
class NotebookRunControl
{
public:
    void stop();
    bool isStopped() const;

private:
    friend class NotebookKernelBinding;
    void attach(KernelClient *kernel);

    mutable QMutex m_mutex;
    KernelClient *m_kernel = nullptr;
    int m_stops = 0;
};

/** What to run and how (`mlops notebook run`, the pipeline's notebook step). */
struct NotebookRunOptions
{
    QString notebookPath;
    QString outputPath;       ///< where to write the executed notebook; empty: nowhere
    QString kernelName;       ///< empty: the notebook's kernelspec, else python3
    QList<NotebookParameter> parameters;
    /** Track the run in this workspace's store (kind "notebook"); none: untracked. */
    std::optional<Workspace> workspace;
    KernelOptions kernel;     ///< the working folder defaults to the notebook's folder
    std::function<void(const NotebookProgress &)> progress;
    /** Every metric and parameter the notebook logs through mlops_studio. */
    std::function<void(const LoggedValue &)> onLoggedValue;
    /**
     * Called before the kernel starts for what papermill would warn about: a parameter
     * the parameters cell does not define, or no parameters cell at all.
     */
    std::function<void(const QString &)> warning;
    /** Stops the run from another thread; none: it runs to the end. */
    NotebookRunControl *control = nullptr;
};

/** How a headless run went. A failing cell is a result (exit 1), not an Error. */
struct NotebookRunResult
{
    bool succeeded = false;
    bool stopped = false;              ///< NotebookRunControl::stop() ended it early
    Notebook notebook;                 ///< as executed, outputs included
    QString kernelName;
    int executedCells = 0;
    int failedCellIndex = -1;          ///< also the cell a stop interrupted, if any
    int injectedCellIndex = -1;        ///< where the parameters were injected (cellLabel())
    QString failedCellSource;
    QString errorName;
    QString errorValue;
    QStringList traceback;             ///< with the kernel's ANSI colours
    QString failureReason;             ///< one line: the error, or why the kernel died
    QString runId;                     ///< empty when untracked
    QString outputPath;                ///< written; empty when none was asked for or writing it failed
    QString outputError;               ///< writing the output failed at the end: why
    QString keptOutputPath;            ///< …and where the executed notebook was kept instead
    qint64 durationMs = 0;
    QMap<QString, double> metrics;     ///< the last value of each logged metric
    QMap<QString, QString> loggedParams;
    QStringList warnings;              ///< as given to NotebookRunOptions::warning
};

/**
 * Runs a notebook top to bottom on a fresh kernel, as `jupyter nbconvert --execute` and
 * papermill do: injects parameters after the cell tagged `parameters` (the run's
 * parameters are that cell's literal values, overridden by the given ones), stops at the
 * first failing cell, writes the executed notebook (also when a cell failed) and records
 * the run. Blocks; errors are bad input (unreadable notebook, unknown kernel, an output
 * path that cannot be written — all found before anything runs) or failures (the
 * kernel would not start). Should writing the output still fail at the end, the
 * executed notebook is kept in the run's log folder (see NotebookRunResult).
 */
Result<NotebookRunResult> runNotebook(const NotebookRunOptions &options);

/** Text without ANSI escape sequences (tracebacks for a log or a terminal that has none). */
QString stripAnsi(const QString &text);

} // namespace mlops
