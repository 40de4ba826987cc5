// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "app/cli/command.h"
#include "core/common/duration.h"
#include "core/common/signalwatcher.h"
#include "core/pipeline/pipelineexecution.h"
#include "core/pipeline/pipelinevalidator.h"
#include "core/runtime/watchdog.h"
#include "core/tracking/runstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>

namespace mlops::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::cli::RunCommand)
};

QString statusSymbol(const StepEvent &e)
{
    if (e.cached)
        return QStringLiteral("↺");
    switch (e.status) {
    case RunStatus::Completed: return QStringLiteral("✓");
    case RunStatus::Failed: return QStringLiteral("✗");
    case RunStatus::Running: return QStringLiteral("▶");
    case RunStatus::Skipped: return QStringLiteral("–");
    case RunStatus::Stopped:
    case RunStatus::Interrupted: return QStringLiteral("■");
    case RunStatus::Pending: break;
    }
    return QStringLiteral("·");
}

QString describe(const StepEvent &e)
{
    const QString name = e.step.leftJustified(14);
    if (e.status == RunStatus::Running)
        return QStringLiteral("  %1 %2 %3").arg(statusSymbol(e), name,
                                                e.attempt > 1 ? Text::tr("running (%1, attempt %2)").arg(e.runner).arg(e.attempt)
                                                              : Text::tr("running (%1)").arg(e.runner.isEmpty() ? e.type : e.runner));
    QString status = e.cached ? Text::tr("Cached") : runStatusDisplayName(e.status);
    QString line = QStringLiteral("  %1 %2 %3").arg(statusSymbol(e), name, status.leftJustified(10));
    if (e.cached)
        line += QLatin1Char(' ') + Text::tr("from run %1").arg(e.cachedFrom.left(8));
    else if (e.durationMs >= 0 && e.status != RunStatus::Skipped)
        line += QLatin1Char(' ') + (e.reason.isEmpty() ? formatDuration(e.durationMs)
                                                       : formatDuration(e.durationMs).leftJustified(9));
    if (!e.reason.isEmpty())
        line += QStringLiteral("  ") + e.reason;
    return line.trimmed().prepend(QStringLiteral("  "));
}

} // namespace

int runRun(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption param({QStringLiteral("p"), QStringLiteral("param")},
                                   Text::tr("Override a pipeline parameter (repeatable)."), Text::tr("NAME=VALUE"));
    const QCommandLineOption runner(QStringLiteral("runner"),
                                    Text::tr("Run every command step with this runner (process, sandbox, docker, podman)."),
                                    Text::tr("RUNNER"));
    const QCommandLineOption noCache(QStringLiteral("no-cache"), Text::tr("Run every step, reusing no cached result."));
    const QCommandLineOption maxParallel(QStringLiteral("max-parallel"),
                                         Text::tr("Run at most N steps at once (default: the number of cores)."),
                                         Text::tr("N"));
    const QCommandLineOption logs(QStringLiteral("logs"), Text::tr("Print the steps' output as it comes."));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print the finished run as JSON (as 'mlops show --json')."));
    parser.addOptions({param, runner, noCache, maxParallel, logs, json});
    parser.addPositionalArgument(QStringLiteral("PIPELINE"), Text::tr("The pipeline file to run."));
    const QString usage = Text::tr("Usage: mlops run PIPELINE [--param NAME=VALUE]... [--runner RUNNER] [--no-cache] "
                                   "[--max-parallel N] [--logs] [--json]");
    if (const int rc = ctx.parse(parser, args, usage); rc >= 0)
        return rc;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return ctx.usageError(Text::tr("run needs exactly one pipeline file\n%1").arg(usage));

    ExecutionOptions options;
    for (const QString &p : parser.values(param)) {
        const qsizetype eq = p.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return ctx.usageError(Text::tr("--param needs NAME=VALUE, not '%1'").arg(p));
        const QString name = p.left(eq);
        if (options.parameters.contains(name))
            return ctx.usageError(Text::tr("--param %1 given twice (%2 and %3); give each parameter once")
                                      .arg(name, options.parameters.value(name), p.mid(eq + 1)));
        options.parameters.insert(name, p.mid(eq + 1));
    }
    options.runner = parser.value(runner);
    const QString ci = qEnvironmentVariable("CI").toLower();
    options.launcher = ci == QStringLiteral("true") || ci == QStringLiteral("1") ? QStringLiteral("ci")
                                                                                : QStringLiteral("cli");
    options.noCache = parser.isSet(noCache);
    if (parser.isSet(maxParallel)) {
        bool ok = false;
        options.maxParallel = parser.value(maxParallel).toInt(&ok);
        if (!ok || options.maxParallel < 1)
            return ctx.usageError(Text::tr("--max-parallel needs a positive number, not '%1'").arg(parser.value(maxParallel)));
    }

    Result<Workspace> ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    const Result<QString> found = findPipeline(ctx, positional.first(), *ws);
    if (!found)
        return ctx.fail(found.error());
    const QString path = *found;
    const QString shown = ws->relativePath(path);
    ValidationOptions validation;
    validation.workspaceRoot = ws->root();
    const LoadedPipeline loaded = loadAndValidate(path, shown, validation);
    for (const Diagnostic &d : loaded.diagnostics)
        ctx.err << d.toString() << Qt::endl;
    if (!loaded.ok()) {
        ctx.err << Text::tr("mlops: error: %1 is not valid; nothing was run").arg(shown) << Qt::endl;
        return ExitUsage;
    }

    PipelineExecution execution(*ws, loaded.spec, shown, options);
    if (Status s = execution.prepare(); !s)
        return ctx.fail(s.error());
    // Killed outright, the run is still marked Interrupted and its steps' processes end.
    const Watchdog watchdog(ws->storePath());
    const bool quiet = parser.isSet(json);
    QTextStream &progress = quiet ? ctx.err : ctx.out;
    const GitProvenance &git = execution.git();
    progress << Text::tr("Pipeline %1 · run %2 · commit %3 (%4) · %n step(s)", nullptr, int(loaded.spec.steps.size()))
                    .arg(loaded.spec.name, execution.run().uuid.left(8),
                         git.commit.isEmpty() ? Text::tr("none") : git.commit.left(8),
                         git.commit.isEmpty() ? Text::tr("not in git")
                                              : (git.dirty ? Text::tr("%1, uncommitted changes").arg(git.branch)
                                                           : Text::tr("%1, clean").arg(git.branch)))
             << Qt::endl;

    QObject::connect(&execution, &PipelineExecution::stepChanged, &execution, [&progress](const StepEvent &e) {
        if (e.status != RunStatus::Pending)
            progress << describe(e) << Qt::endl;
    });
    if (parser.isSet(logs)) {
        QObject::connect(&execution, &PipelineExecution::stepOutput, &execution,
                         [&progress](const QString &step, const QString &line, bool) {
                             progress << QStringLiteral("    %1 │ %2").arg(step, line) << Qt::endl;
                         });
    }
    SignalWatcher signals_;
    QObject::connect(&signals_, &SignalWatcher::interrupted, &execution, [&](int) {
        if (signals_.count() == 1) {
            progress << Text::tr("Stopping: terminating running steps (Ctrl-C again to kill them now)…") << Qt::endl;
            execution.stop();
        } else if (signals_.count() == 2) {
            // Not waiting any longer: kill the steps now; the run still ends Stopped in
            // the store (leaving the event loop here would leave it Running, for the
            // next program to find Interrupted).
            progress << Text::tr("Stopping now: killing running steps…") << Qt::endl;
            execution.kill();
        } else {
            // A step that cannot even be killed (e.g. stuck in the kernel): give up on
            // it; the watchdog marks the run Interrupted.
            QCoreApplication::exit(ExitFailed);
        }
    });
    QEventLoop loop;
    QObject::connect(&execution, &PipelineExecution::finished, &loop, &QEventLoop::quit);
    QMetaObject::invokeMethod(&execution, &PipelineExecution::start, Qt::QueuedConnection);
    loop.exec();

    int completed = 0;
    int cached = 0;
    int skipped = 0;
    int failed = 0;
    for (const StepEvent &e : execution.steps()) {
        completed += e.status == RunStatus::Completed;
        cached += e.cached;
        skipped += e.status == RunStatus::Skipped;
        failed += e.status == RunStatus::Failed;
    }
    progress << Text::tr("%1 in %2: %3 completed (%4 from cache), %5 skipped, %6 failed. Details: mlops show %7")
                    .arg(runStatusDisplayName(execution.status()), formatDuration(execution.elapsedMs()))
                    .arg(completed)
                    .arg(cached)
                    .arg(skipped)
                    .arg(failed)
                    .arg(execution.run().uuid.left(8))
             << Qt::endl;
    if (execution.status() == RunStatus::Failed) {
        for (const QString &failure : execution.failures())
            ctx.err << Text::tr("mlops: %1").arg(failure) << Qt::endl;
    }
    if (parser.isSet(json)) {
        Result<std::unique_ptr<Store>> store = Store::open(ws->storePath());
        if (!store)
            return ctx.fail(store.error());
        RunStore runs((*store)->db());
        Result<RunRecord> record = runs.get(execution.run().id);
        if (!record)
            return ctx.fail(record.error());
        ctx.out << QString::fromUtf8(QJsonDocument(record->toJson()).toJson(QJsonDocument::Indented)) << Qt::flush;
    }
    return execution.status() == RunStatus::Completed ? ExitOk : ExitFailed;
}

} // namespace mlops::cli
