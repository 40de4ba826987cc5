// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "app/cli/command.h"
#include "core/common/fileutil.h"
#include "core/common/signalwatcher.h"
#include "core/notebook/kernelspec.h"
#include "core/notebook/notebookrunner.h"
#include "core/runtime/watchdog.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QProcessEnvironment>
#include <QThread>

#include <csignal>
#include <optional>

#include <unistd.h>

namespace mlops::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::cli::NotebookCommand)
};

QString seconds(qint64 ms)
{
    return QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

QString indented(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line.prepend(QStringLiteral("    "));
    return lines.join(QLatin1Char('\n'));
}

int runKernels(Context &ctx, const Workspace *ws)
{
    const QList<KernelSpec> specs = KernelSpecs::discover(ws ? ws->python() : QString(), true);
    for (const KernelSpec &spec : specs) {
        if (spec.isBroken()) {
            ctx.out << QStringLiteral("%1  %2  %3")
                           .arg(spec.name.leftJustified(16), Text::tr("(broken)").leftJustified(28), spec.brokenReason)
                    << Qt::endl;
            continue;
        }
        ctx.out << QStringLiteral("%1  %2  %3")
                       .arg(spec.name.leftJustified(16), spec.displayName.leftJustified(28),
                            spec.resourceDir.isEmpty() ? spec.argv.value(0) : spec.resourceDir)
                << Qt::endl;
    }
    return ExitOk;
}

/** `failureFile`: for a pipeline step, where the reason of a failed cell is written (output/failure). */
int reportNotebookRun(Context &ctx, NotebookRunOptions &options, const QString &shown, const QString &failureFile = {});

int runNotebookRun(Context &ctx, QCommandLineParser &parser, const QStringList &positional,
                   const QCommandLineOption &output, const QCommandLineOption &kernel,
                   const QCommandLineOption &param, const QCommandLineOption &step, const QString &usage)
{
    if (positional.size() != 2)
        return ctx.usageError(Text::tr("notebook run needs exactly one notebook\n%1").arg(usage));
    const QString base = ctx.directory.isEmpty() ? ctx.currentDir : ctx.directory;
    NotebookRunOptions options;
    options.notebookPath = QDir(base).absoluteFilePath(positional.at(1));
    if (!QFileInfo(options.notebookPath).isFile())
        return ctx.fail(Error::badInput(Text::tr("no such notebook"), options.notebookPath));
    if (parser.isSet(output))
        options.outputPath = QDir(base).absoluteFilePath(parser.value(output));
    options.kernelName = parser.value(kernel);
    for (const QString &assignment : parser.values(param)) {
        Result<NotebookParameter> p = NotebookParameter::parse(assignment);
        if (!p)
            return ctx.fail(p.error());
        options.parameters.append(*p);
    }

    if (parser.isSet(step)) {
        // A pipeline's notebook step: the step run is the record, its job layout says
        // where the executed notebook goes, its hyperparameters are the parameters.
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString outputDir = env.value(QStringLiteral("MLOPS_OUTPUT_NOTEBOOK"));
        if (!env.contains(QStringLiteral("MLOPS_RUN_ID")) || outputDir.isEmpty())
            return ctx.usageError(Text::tr("--step is for the notebook steps of a pipeline: the engine sets "
                                           "MLOPS_RUN_ID and MLOPS_OUTPUT_NOTEBOOK (run the notebook with "
                                           "'mlops notebook run' without --step instead)"));
        if (!parser.isSet(output))
            options.outputPath = QDir(outputDir).filePath(QFileInfo(options.notebookPath).fileName());
        const QJsonObject hps = QJsonDocument::fromJson(env.value(QStringLiteral("SM_HPS")).toUtf8()).object();
        QList<NotebookParameter> fromStep;
        for (auto it = hps.constBegin(); it != hps.constEnd(); ++it) {
            // Hyperparameters reach a step as strings (SageMaker's contract); YAML's
            // true/false/null come back as Python's True/False/None.
            static const QHash<QString, QString> yamlWords{
                {QStringLiteral("true"), QStringLiteral("True")},   {QStringLiteral("TRUE"), QStringLiteral("True")},
                {QStringLiteral("false"), QStringLiteral("False")}, {QStringLiteral("FALSE"), QStringLiteral("False")},
                {QStringLiteral("null"), QStringLiteral("None")},   {QStringLiteral("~"), QStringLiteral("None")}};
            const QString raw = it.value().isString() ? it.value().toString()
                                                        : QString::fromUtf8(QJsonDocument(QJsonArray{it.value()})
                                                                                .toJson(QJsonDocument::Compact))
                                                              .mid(1)
                                                              .chopped(1);
            const QString value = yamlWords.value(raw, raw);
            Result<NotebookParameter> p = NotebookParameter::parse(it.key() + QLatin1Char('=') + value);
            if (!p)
                return ctx.fail(Error::badInput(Text::tr("hyperparameter '%1': %2").arg(it.key(), p.error().message)));
            fromStep.append(*p);
        }
        options.parameters = fromStep + options.parameters;  // -p given as well comes last and wins
        const QString shown = QDir(ctx.currentDir).relativeFilePath(options.notebookPath);
        ctx.err << Text::tr("Running %1 as a pipeline step").arg(shown) << Qt::endl;
        const QString smOutput = env.value(QStringLiteral("SM_OUTPUT_DIR"));
        return reportNotebookRun(ctx, options, shown,
                                 smOutput.isEmpty() ? QString() : QDir(smOutput).filePath(QStringLiteral("failure")));
    }

    // The notebook's own workspace (or -C's) records the run; outside one it runs untracked.
    Result<Workspace> ws = ctx.directory.isEmpty()
                               ? Workspace::locate({}, QFileInfo(options.notebookPath).absolutePath())
                               : ctx.workspace();
    if (ws) {
        options.workspace = *ws;
    } else if (!ctx.directory.isEmpty()) {
        return ctx.fail(ws.error());
    } else {
        ctx.err << Text::tr("mlops: note: %1 is not inside a workspace; the run is not tracked")
                       .arg(QDir::toNativeSeparators(options.notebookPath))
                << Qt::endl;
    }
    const QString shown = options.workspace ? options.workspace->relativePath(options.notebookPath)
                                            : options.notebookPath;
    ctx.err << Text::tr("Running %1").arg(shown) << Qt::endl;
    return reportNotebookRun(ctx, options, shown);
}

/**
 * Runs the notebook on a worker thread while this one waits for SIGINT/SIGTERM: the
 * first interrupts the running cell and runs no more (the notebook is still written and
 * the run recorded as Stopped), a second abandons the cell at once.
 */
Result<NotebookRunResult> runStoppably(Context &ctx, NotebookRunOptions &options, QMutex &errLock)
{
    NotebookRunControl control;
    options.control = &control;
    std::optional<Result<NotebookRunResult>> result;
    QEventLoop loop;
    QThread *worker = QThread::create([&] {
        result.emplace(mlops::runNotebook(options));
    });
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    SignalWatcher signals_;
    QObject::connect(&signals_, &SignalWatcher::interrupted, &loop, [&](int signalNumber) {
        {
            QMutexLocker lock(&errLock);
            ctx.err << QLatin1Char('\n')
                    << (signals_.count() == 1
                            ? Text::tr("Stopping (%1): interrupting the running cell, then writing the notebook "
                                       "(again to stop waiting for the cell)…")
                                  .arg(signalNumber == SIGTERM ? QStringLiteral("SIGTERM") : QStringLiteral("Ctrl-C"))
                            : Text::tr("Stopping now: abandoning the running cell…"))
                    << Qt::endl;
        }
        control.stop();
    });
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    options.control = nullptr;
    return std::move(*result);
}

int reportNotebookRun(Context &ctx, NotebookRunOptions &options, const QString &shown, const QString &failureFile)
{
    const bool interactive = ::isatty(STDERR_FILENO);
    QMutex errLock;  // progress comes from the run's thread, the stop notice from this one
    options.progress = [&ctx, &errLock, interactive](const NotebookProgress &p) {
        QMutexLocker lock(&errLock);
        if (!p.finished) {
            if (interactive)
                ctx.err << Text::tr("  [%1/%2] running %3…").arg(p.codeCellNumber).arg(p.codeCellCount).arg(cellLabel(p.cellIndex, p.injectedIndex))
                        << QLatin1Char('\r');
            ctx.err.flush();
            return;
        }
        ctx.err << Text::tr("  [%1/%2] %3 %4 in %5")
                       .arg(p.codeCellNumber)
                       .arg(p.codeCellCount)
                       .arg(cellLabel(p.cellIndex, p.injectedIndex))
                       .arg(p.failed ? Text::tr("failed") : Text::tr("ran"), seconds(p.elapsedMs))
                << QStringLiteral("    ") << Qt::endl;
    };
    options.warning = [&ctx, &errLock](const QString &warning) {
        QMutexLocker lock(&errLock);
        ctx.err << Text::tr("mlops: warning: %1").arg(warning) << Qt::endl;
    };
    // Killed outright (kill -9), the run is still marked Interrupted at once.
    std::optional<Watchdog> watchdog;
    if (options.workspace)
        watchdog.emplace(options.workspace->storePath());
    Result<NotebookRunResult> result = runStoppably(ctx, options, errLock);
    if (!result)
        return ctx.fail(result.error());
    // Writing -o failed after the notebook ran (checked before, so rare: a full disk…).
    if (!result->outputError.isEmpty()) {
        ctx.err << Text::tr("mlops: error: cannot write the executed notebook: %1").arg(result->outputError) << Qt::endl;
        if (!result->keptOutputPath.isEmpty())
            ctx.err << Text::tr("The executed notebook is kept in %1").arg(result->keptOutputPath) << Qt::endl;
    }

    if (result->stopped) {
        const NotebookRunResult &r = *result;
        ctx.err << (r.failedCellIndex >= 0
                        ? Text::tr("mlops: %1: stopped while %2 ran; %n cell(s) ran.", nullptr, r.executedCells)
                              .arg(shown, cellLabel(r.failedCellIndex, r.injectedCellIndex))
                        : Text::tr("mlops: %1: stopped; %n cell(s) ran.", nullptr, r.executedCells).arg(shown))
                << Qt::endl;
        if (!r.outputPath.isEmpty())
            ctx.err << Text::tr("The executed notebook, up to where it stopped, is in %1").arg(r.outputPath) << Qt::endl;
        if (!r.runId.isEmpty())
            ctx.err << Text::tr("Run %1 stopped after %2.").arg(r.runId.left(10), seconds(r.durationMs)) << Qt::endl;
        if (!failureFile.isEmpty())
            (void)writeFileAtomically(failureFile, Text::tr("stopped").toUtf8());
        return ExitFailed;  // as `mlops run` ends a stopped run
    }

    if (!result->succeeded) {
        const NotebookRunResult &r = *result;
        ctx.err << Text::tr("mlops: error: %1: %2 failed: %3")
                       .arg(shown, cellLabel(r.failedCellIndex, r.injectedCellIndex), r.failureReason)
                << Qt::endl;
        ctx.err << Text::tr("The cell:") << QLatin1Char('\n') << indented(r.failedCellSource) << Qt::endl;
        if (!r.traceback.isEmpty())
            ctx.err << Text::tr("Traceback:") << QLatin1Char('\n')
                    << indented(stripAnsi(r.traceback.join(QLatin1Char('\n')))) << Qt::endl;
        if (!r.outputPath.isEmpty())
            ctx.err << Text::tr("The executed notebook, with the error, is in %1").arg(r.outputPath) << Qt::endl;
        if (!r.runId.isEmpty())
            ctx.err << Text::tr("Run %1 failed.").arg(r.runId.left(10)) << Qt::endl;
        // As a pipeline step: the reason goes where SageMaker's contract looks for it.
        if (!failureFile.isEmpty())
            (void)writeFileAtomically(failureFile, Text::tr("%1 failed: %2")
                                                     .arg(cellLabel(r.failedCellIndex, r.injectedCellIndex), r.failureReason)
                                                     .toUtf8());
        return ExitFailed;
    }

    ctx.out << Text::tr("Ran %1 with kernel %2: %n cell(s) in %3", nullptr, result->executedCells)
                   .arg(shown, result->kernelName, seconds(result->durationMs))
            << Qt::endl;
    if (!result->metrics.isEmpty()) {
        QStringList parts;
        for (auto it = result->metrics.cbegin(); it != result->metrics.cend(); ++it)
            parts.append(it.key() + QLatin1Char('=') + QString::number(it.value(), 'g', 6));
        ctx.out << Text::tr("Metrics: %1").arg(parts.join(QStringLiteral(", "))) << Qt::endl;
    }
    if (!result->outputPath.isEmpty())
        ctx.out << Text::tr("Wrote %1").arg(result->outputPath) << Qt::endl;
    if (!result->runId.isEmpty())
        ctx.out << Text::tr("Run %1 completed.").arg(result->runId.left(10)) << Qt::endl;
    return result->outputError.isEmpty() ? ExitOk : ExitFailed;
}
} // namespace

int runNotebookCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Text::tr("Write the executed notebook to FILE."), Text::tr("FILE"));
    const QCommandLineOption kernel(QStringLiteral("kernel"),
                                    Text::tr("The Jupyter kernel (default: the notebook's, else python3)."),
                                    Text::tr("NAME"));
    const QCommandLineOption param({QStringLiteral("p"), QStringLiteral("param")},
                                   Text::tr("Set a parameter (injected after the cell tagged 'parameters'; "
                                            "numbers, True/False and None keep their type; a value reads as its "
                                            "default's type where it can: true for a True/False default)."),
                                   Text::tr("NAME=VALUE"));
    const QCommandLineOption step(QStringLiteral("step"),
                                  Text::tr("Run as a pipeline's notebook step (set by the engine): untracked, "
                                           "parameters from the step's hyperparameters, the executed notebook "
                                           "into the step's output 'notebook'."));
    parser.addOptions({output, kernel, param, step});
    parser.addPositionalArgument(QStringLiteral("run"), Text::tr("Run a notebook headless and track the run."),
                                 QStringLiteral("run IN.ipynb"));
    parser.addPositionalArgument(QStringLiteral("kernels"), Text::tr("List the installed Jupyter kernels."),
                                 QStringLiteral("| kernels"));
    const QString usage = Text::tr("Usage: mlops notebook run IN.ipynb [-o OUT.ipynb] [--kernel NAME] "
                                   "[-p NAME=VALUE]...\n       mlops notebook kernels");
    if (const int rc = ctx.parse(parser, args, usage); rc >= 0)
        return rc;
    const QStringList positional = parser.positionalArguments().mid(1);
    const QString sub = positional.value(0);
    if (sub == QStringLiteral("run"))
        return runNotebookRun(ctx, parser, positional, output, kernel, param, step, usage);
    if (sub == QStringLiteral("kernels")) {
        if (positional.size() != 1)
            return ctx.usageError(usage);
        Result<Workspace> ws = ctx.workspace();
        return runKernels(ctx, ws ? &*ws : nullptr);
    }
    if (sub.isEmpty())
        return ctx.usageError(Text::tr("notebook needs a subcommand\n%1").arg(usage));
    return ctx.usageError(Text::tr("unknown notebook subcommand '%1'\n%2").arg(sub, usage));
}

} // namespace mlops::cli
