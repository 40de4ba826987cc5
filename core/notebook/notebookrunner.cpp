// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/notebook/notebookrunner.h"

#include "core/common/datadirs.h"
#include "core/common/fileutil.h"
#include "core/notebook/kernelspec.h"
#include "core/notebook/notebookformat.h"
#include "core/notebook/notebookrunrecorder.h"
#include "core/notebook/outputaccumulator.h"
#include "core/notebook/parameterscell.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutexLocker>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <algorithm>
#include <memory>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::NotebookRunner)
};

/** Whether the executed notebook can be written at `path` (its folders made as needed). */
Status checkOutputPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Error::badInput(Text::tr("the output %1 is a folder; give the executed notebook a file name, "
                                        "such as %2")
                                   .arg(path, QDir(path).filePath(QStringLiteral("executed.ipynb"))));
    if (info.exists() && !info.isWritable())
        return Error::badInput(Text::tr("the output %1 cannot be written (no permission)").arg(path));
    // The nearest folder that exists must be a folder, and writable.
    QString parent = info.absolutePath();
    while (!QFileInfo::exists(parent) && QFileInfo(parent).absolutePath() != parent)
        parent = QFileInfo(parent).absolutePath();
    const QFileInfo folder(parent);
    if (!folder.isDir())
        return Error::badInput(Text::tr("the output %1 cannot be written: %2 is a file, not a folder").arg(path, parent));
    if (!folder.isWritable())
        return Error::badInput(Text::tr("the output %1 cannot be written: no permission to write in %2").arg(path, parent));
    return {};
}

/** Somewhere to keep the executed notebook when its output path failed after all. */
QString keepExecuted(const Notebook &nb, const QString &notebookPath, const QString &logDir)
{
    const QByteArray content = NotebookFormat::serialize(nb);
    const QString name = QFileInfo(notebookPath).completeBaseName() + QStringLiteral(".executed.ipynb");
    if (!logDir.isEmpty()) {
        const QString kept = QDir(logDir).filePath(name);
        if (writeFileAtomically(kept, content))
            return kept;
    }
    QTemporaryFile file(QDir(QDir::tempPath()).filePath(QFileInfo(notebookPath).completeBaseName()
                                                        + QStringLiteral("-XXXXXX.executed.ipynb")));
    file.setAutoRemove(false);
    if (file.open() && file.write(content) == content.size())
        return file.fileName();
    return {};
}
} // namespace

/** Attaches a kernel to a run control for as long as it lives. */
class NotebookKernelBinding
{
public:
    NotebookKernelBinding(NotebookRunControl *control, KernelClient *kernel) : m_control(control)
    {
        if (m_control)
            m_control->attach(kernel);
    }
    ~NotebookKernelBinding()
    {
        if (m_control)
            m_control->attach(nullptr);
    }
    NotebookKernelBinding(const NotebookKernelBinding &) = delete;
    NotebookKernelBinding &operator=(const NotebookKernelBinding &) = delete;

private:
    NotebookRunControl *m_control;
};

void NotebookRunControl::stop()
{
    QMutexLocker lock(&m_mutex);
    ++m_stops;
    if (!m_kernel)
        return;
    // First the polite way (KeyboardInterrupt in the cell); then stop waiting for it.
    if (m_stops == 1)
        m_kernel->interrupt();
    else
        m_kernel->cancel();
}

bool NotebookRunControl::isStopped() const
{
    QMutexLocker lock(&m_mutex);
    return m_stops > 0;
}

void NotebookRunControl::attach(KernelClient *kernel)
{
    QMutexLocker lock(&m_mutex);
    m_kernel = kernel;
}

QString cellLabel(int index, int injectedIndex)
{
    if (injectedIndex >= 0 && index == injectedIndex)
        return Text::tr("the injected parameters cell");
    return Text::tr("cell %1").arg(injectedIndex >= 0 && index > injectedIndex ? index : index + 1);
}

QString stripAnsi(const QString &text)
{
    static const QRegularExpression escape(QStringLiteral("\x1b\\[[0-9;?]*[ -/]*[@-~]|\x1b[@-Z\\\\-_]"));
    QString out = text;
    out.remove(escape);
    return out;
}

Result<NotebookRunResult> runNotebook(const NotebookRunOptions &options)
{
    QElapsedTimer total;
    total.start();
    const QString notebookPath = QFileInfo(options.notebookPath).absoluteFilePath();
    Result<Notebook> read = NotebookFormat::read(notebookPath);
    if (!read)
        return read.error();
    // A bad output path is found before any cell runs, not after.
    if (!options.outputPath.isEmpty()) {
        if (Status s = checkOutputPath(QFileInfo(options.outputPath).absoluteFilePath()); !s)
            return s.error();
    }
    NotebookRunResult result;
    result.notebook = std::move(*read);
    Notebook &nb = result.notebook;
    const QString shownPath = options.workspace ? options.workspace->relativePath(notebookPath) : notebookPath;
    // As papermill warns: a value for a name the parameters cell does not set, or no such cell.
    const ParametersCell parametersCell = ParametersCell::of(nb);
    if (!options.parameters.isEmpty() && !parametersCell.exists()) {
        result.warnings.append(Text::tr("%1 has no cell tagged 'parameters': the parameters are injected at the "
                                        "top of the notebook (tag the cell that sets their defaults 'parameters')")
                                   .arg(shownPath));
    } else {
        QStringList unknown;
        for (const NotebookParameter &p : options.parameters) {
            if (!parametersCell.defines(p.name) && !unknown.contains(p.name))
                unknown.append(p.name);
        }
        const QStringList known = parametersCell.names();
        for (const QString &name : std::as_const(unknown))
            result.warnings.append(Text::tr("notebook %1 has no parameter '%2' in its parameters cell (known: %3)")
                                       .arg(shownPath, name,
                                            known.isEmpty() ? Text::tr("none") : known.join(QStringLiteral(", "))));
    }
    // A value takes its default's type where it reads as one (true for a True/False default).
    QList<NotebookParameter> parameters = options.parameters;
    for (qsizetype i = 0; i < parameters.size(); ++i) {
        NotebookParameter &p = parameters[i];
        const bool overridden = std::any_of(parameters.cbegin() + i + 1, parameters.cend(),
                                            [&p](const NotebookParameter &later) { return later.name == p.name; });
        for (const ParametersCell::Parameter &defaultValue : parametersCell.parameters) {
            if (defaultValue.name != p.name)
                continue;
            // A value given again later is not the one that runs: nothing to warn about.
            if (const QString warning = p.typeLike(defaultValue); !warning.isEmpty() && !overridden)
                result.warnings.append(warning);
        }
    }
    if (options.warning) {
        for (const QString &w : std::as_const(result.warnings))
            options.warning(w);
    }
    result.injectedCellIndex = injectParameters(nb, parameters);
    const auto label = [&result](int index) { return cellLabel(index, result.injectedCellIndex); };

    const QString python = options.workspace ? options.workspace->python() : defaultPython();
    QString kernelName = options.kernelName;
    if (kernelName.isEmpty())
        kernelName = nb.kernelName();
    Result<KernelSpec> spec = KernelSpecs::find(kernelName.isEmpty() ? QStringLiteral("python3") : kernelName, python);
    if (!spec)
        return Error::badInput(spec.error().message, notebookPath);
    result.kernelName = spec->name;

    std::unique_ptr<NotebookRunRecorder> recorder;
    if (options.workspace) {
        recorder = std::make_unique<NotebookRunRecorder>(*options.workspace, notebookPath, spec->name);
        // The parameters cell's defaults, overridden by the values given.
        QMap<QString, QString> params;
        for (const ParametersCell::Parameter &p : parametersCell.parameters) {
            if (p.literal)
                params.insert(p.name, p.text);
        }
        for (const NotebookParameter &p : std::as_const(parameters))
            params.insert(p.name, p.value);
        if (Status s = recorder->begin(params); !s)
            return s.error();
        result.runId = recorder->run().uuid;
    }

    KernelOptions kernelOptions = options.kernel;
    if (kernelOptions.launch.workingDirectory.isEmpty())
        kernelOptions.launch.workingDirectory = QFileInfo(notebookPath).absolutePath();
    KernelClient kernel(*spec, kernelOptions);
    const NotebookKernelBinding binding(options.control, &kernel);
    const auto isStopped = [&options] { return options.control && options.control->isStopped(); };
    if (Status s = kernel.start(); !s) {
        if (recorder)
            (void)recorder->finish(RunStatus::Failed, s.error().message);
        return s.error();
    }
    nb.setKernelSpec(spec->name, spec->displayName, spec->language);
    nb.setLanguageInfo(kernel.kernelInfo().value(QStringLiteral("language_info")).toObject());

    QList<int> toRun;
    for (int i = 0; i < nb.cells.size(); ++i) {
        NotebookCell &cell = nb.cells[i];
        if (!cell.isCode())
            continue;
        cell.outputs = QJsonArray();
        cell.executionCount.reset();
        if (!cell.source.trimmed().isEmpty())
            toRun.append(i);
    }

    OutputAccumulator accumulator([&nb](const QString &cellId) -> QJsonArray * {
        const int index = nb.indexOf(cellId);
        return index < 0 ? nullptr : &nb.cells[index].outputs;
    });
    accumulator.setDeferStreams(true);   // outputs are read after each cell
    Status recordStatus;
    result.succeeded = true;
    const auto log = [&](const QString &line) {
        if (recorder && recordStatus)
            recordStatus = recorder->appendLog(line);
    };
    log(Text::tr("kernel %1 started; %n code cell(s) to run", nullptr, int(toRun.size())).arg(spec->name));
    for (int n = 0; n < toRun.size(); ++n) {
        const int index = toRun.at(n);
        if (isStopped()) {
            result.stopped = true;
            result.succeeded = false;
            break;
        }
        const QString cellId = nb.cells.at(index).id;
        NotebookProgress progress{index, n + 1, int(toRun.size()), false, false, 0, result.injectedCellIndex};
        if (options.progress)
            options.progress(progress);
        QElapsedTimer cellTimer;
        cellTimer.start();
        accumulator.beginCell(cellId);
        ExecuteRequest request;
        request.code = nb.cells.at(index).source;
        request.allowStdin = false;
        Result<ExecuteReply> reply = kernel.execute(request, [&](const JupyterMessage &m) {
            accumulator.apply(cellId, m);
            if (m.msgType() != QStringLiteral("display_data"))
                return;
            const std::optional<LoggedValue> value =
                LoggedValue::fromMimeBundle(m.content.value(QStringLiteral("data")).toObject());
            if (!value)
                return;
            if (value->kind == LoggedValue::Kind::Metric)
                result.metrics.insert(value->name, value->value);
            else
                result.loggedParams.insert(value->name, value->text);
            if (options.onLoggedValue)
                options.onLoggedValue(*value);
            if (recorder && recordStatus)
                recordStatus = recorder->record(*value);
        });
        accumulator.flush();
        progress.finished = true;
        progress.elapsedMs = cellTimer.elapsed();
        const bool stoppedHere = isStopped() && (!reply || reply->status != ExecuteReply::Status::Ok);
        if (stoppedHere) {
            // Interrupted (KeyboardInterrupt in its outputs) or abandoned: not a failure of the notebook.
            result.stopped = true;
            result.succeeded = false;
            result.failedCellIndex = index;
            result.failedCellSource = nb.cells.at(index).source;
            if (reply) {
                ++result.executedCells;
                nb.cells[index].executionCount = reply->executionCount;
            }
            progress.failed = true;
            if (options.progress)
                options.progress(progress);
            log(Text::tr("%1 interrupted after %2 ms: the run was stopped").arg(label(index)).arg(progress.elapsedMs));
            break;
        }
        if (!reply) {
            result.succeeded = false;
            result.failedCellIndex = index;
            result.failedCellSource = nb.cells.at(index).source;
            result.failureReason = reply.error().message;
            if (kernel.state() == KernelState::Dead) {
                // As papermill does: the saved notebook shows where the kernel died.
                result.errorName = QStringLiteral("DeadKernelError");
                result.errorValue = Text::tr("the kernel died while this cell ran: %1").arg(reply.error().message);
                nb.cells[index].outputs.append(QJsonObject{{QStringLiteral("output_type"), QStringLiteral("error")},
                                                           {QStringLiteral("ename"), result.errorName},
                                                           {QStringLiteral("evalue"), result.errorValue},
                                                           {QStringLiteral("traceback"), QJsonArray()}});
            }
            progress.failed = true;
            if (options.progress)
                options.progress(progress);
            log(Text::tr("%1 did not finish: %2").arg(label(index)).arg(result.failureReason));
            break;
        }
        ++result.executedCells;
        nb.cells[index].executionCount = reply->executionCount;
        if (reply->status != ExecuteReply::Status::Ok) {
            result.succeeded = false;
            result.failedCellIndex = index;
            result.failedCellSource = nb.cells.at(index).source;
            result.errorName = reply->ename;
            result.errorValue = reply->evalue;
            result.traceback = reply->traceback;
            result.failureReason = reply->status == ExecuteReply::Status::Aborted
                                       ? Text::tr("the kernel aborted the cell")
                                       : (reply->evalue.isEmpty() ? reply->ename
                                                                  : reply->ename + QStringLiteral(": ") + reply->evalue);
            progress.failed = true;
        }
        if (options.progress)
            options.progress(progress);
        log(progress.failed ? Text::tr("%1 failed after %2 ms: %3").arg(label(index)).arg(progress.elapsedMs).arg(result.failureReason)
                            : Text::tr("%1 ran in %2 ms").arg(label(index)).arg(progress.elapsedMs));
        if (!result.succeeded)
            break;
    }
    (void)kernel.shutdown();

    if (!options.outputPath.isEmpty()) {
        result.outputPath = QFileInfo(options.outputPath).absoluteFilePath();
        if (Status s = NotebookFormat::write(result.outputPath, nb); !s) {
            // What ran is not lost: it is kept with the run's logs (untracked: in the temp folder).
            result.outputError = s.error().toString();
            result.keptOutputPath = keepExecuted(nb, notebookPath, recorder ? recorder->logDir() : QString());
            if (recorder && !result.keptOutputPath.isEmpty())
                (void)recorder->appendLog(Text::tr("could not write %1 (%2); the executed notebook is kept in %3")
                                              .arg(result.outputPath, result.outputError, result.keptOutputPath));
            result.outputPath.clear();
        }
    }
    result.durationMs = total.elapsed();
    if (recorder) {
        Status s = recordStatus;
        if (s)
            s = recorder->addArtifact(QStringLiteral("output"), QFileInfo(notebookPath).fileName(),
                                      NotebookFormat::serialize(nb));
        QString reason;
        if (result.stopped)
            reason = result.failedCellIndex >= 0
                         ? Text::tr("stopped by the user while %1 ran").arg(label(result.failedCellIndex))
                         : Text::tr("stopped by the user");
        else if (!result.succeeded)
            reason = Text::tr("%1 failed: %2").arg(label(result.failedCellIndex)).arg(result.failureReason);
        const RunStatus status = result.stopped     ? RunStatus::Stopped
                                 : result.succeeded ? RunStatus::Completed
                                                    : RunStatus::Failed;
        Status finished = recorder->finish(status, reason);
        if (!s)
            return s.error();
        if (!finished)
            return finished.error();
    }
    return result;
}

} // namespace mlops
