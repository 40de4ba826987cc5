// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "app/cli/command.h"
#include "core/common/datadirs.h"
#include "core/runtime/watchdog.h"
#include "core/serving/modelserver.h"
#include "core/serving/servedmodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QProcess>
#include <QSocketNotifier>

#include <atomic>
#include <optional>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace mlops::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::cli::ServeCommand)
};

std::atomic<int> g_signal{0};
int g_signalPipe[2] = {-1, -1};

void onStopSignal(int signal)
{
    g_signal = signal;
    const char byte = 1;
    // Async-signal-safe wake-up of the event loop.
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &byte, 1);
}

/**
 * SIGINT, SIGTERM and SIGHUP (a closed terminal) stop the server cleanly instead of
 * killing the CLI and leaving a container behind on the port.
 */
bool installStopSignals()
{
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    for (const int signal : {SIGINT, SIGTERM, SIGHUP})
        ::sigaction(signal, &action, nullptr);
    return true;
}
} // namespace

int runServe(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption runner(QStringLiteral("runner"),
                                    Text::tr("Where the server runs: process, sandbox, docker or podman (default: process)."),
                                    Text::tr("RUNNER"), QStringLiteral("process"));
    const QCommandLineOption port({QStringLiteral("p"), QStringLiteral("port")},
                                  Text::tr("Port on the host (default 8080; 0 picks a free one)."), Text::tr("PORT"),
                                  QStringLiteral("8080"));
    const QCommandLineOption host(QStringLiteral("host"),
                                  Text::tr("Address to listen on (default 127.0.0.1)."), Text::tr("HOST"),
                                  QStringLiteral("127.0.0.1"));
    const QCommandLineOption program(QStringLiteral("program"),
                                     Text::tr("The inference code (default: MODEL/code/inference.py, else the "
                                              "workspace's src/inference.py)."),
                                     Text::tr("FILE"));
    const QCommandLineOption image(QStringLiteral("image"),
                                   Text::tr("Image for docker and podman (default mlops/python:3.11)."),
                                   Text::tr("IMAGE"), QStringLiteral("mlops/python:3.11"));
    const QCommandLineOption byoc(QStringLiteral("image-serves"),
                                  Text::tr("The image brings its own server: run it as 'IMAGE serve'."));
    const QCommandLineOption startup(QStringLiteral("startup-timeout"),
                                     Text::tr("Seconds to wait for /ping (default 240, SageMaker's limit)."),
                                     Text::tr("SECONDS"), QStringLiteral("240"));
    parser.addOptions({runner, port, host, program, image, byoc, startup});
    const QString usage = Text::tr("Usage: mlops serve MODEL [--runner process|sandbox|docker|podman] [--port P] "
                                   "[--host H]\n  MODEL is a model folder, a run id (prefix) of the workspace, or a registered\n  model version: GROUP/VERSION or GROUP@ALIAS.");
    if (const int rc = ctx.parse(parser, args, usage); rc >= 0)
        return rc;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return ctx.usageError(Text::tr("serve needs exactly one MODEL\n%1").arg(usage));

    ServeSpec spec;
    spec.runner = parser.value(runner);
    if (!ServeRunnerRegistry::instance().contains(spec.runner)) {
        return ctx.usageError(Text::tr("unknown runner '%1' (one of: %2)")
                                  .arg(spec.runner, ServeRunnerRegistry::instance().runners().join(QStringLiteral(", "))));
    }
    // Process and sandbox servers run no image: the options would silently change nothing
    // of what the user meant (--image-serves would even drop the inference code).
    if ((parser.isSet(image) || parser.isSet(byoc)) && !ContainerEngine::byName(spec.runner)) {
        return ctx.usageError(Text::tr("--image and --image-serves need the docker or podman runner; "
                                       "the %1 runner runs no image (add --runner docker or --runner podman)")
                                  .arg(spec.runner));
    }
    bool ok = false;
    spec.port = parser.value(port).toInt(&ok);
    if (!ok || spec.port < 0 || spec.port > 65535)
        return ctx.usageError(Text::tr("--port needs a number from 0 to 65535, not '%1'").arg(parser.value(port)));
    spec.host = parser.value(host);
    const int startupSeconds = parser.value(startup).toInt(&ok);
    if (!ok || startupSeconds <= 0)
        return ctx.usageError(Text::tr("--startup-timeout needs a positive number of seconds"));
    spec.image = parser.value(image);
    spec.imageServes = parser.isSet(byoc);

    std::optional<Workspace> workspace;
    if (Result<Workspace> ws = ctx.workspace())
        workspace = *ws;
    Result<ServedModel> source = resolveServedModel(positional.first(), ctx.currentDir, workspace);
    if (!source)
        return ctx.fail(source.error());
    spec.modelDir = source->dir;
    spec.program = parser.isSet(program) ? QDir(ctx.currentDir).absoluteFilePath(parser.value(program))
                                         : source->program;
    // The image's own server runs without the studio's inference code.
    if (spec.imageServes)
        spec.program.clear();
    spec.python = workspace ? workspace->python() : defaultPython();
    spec.name = source->runId.isEmpty() ? QString() : source->runId.left(12);

    if (!installStopSignals())
        return ctx.fail(Error{Text::tr("cannot set up signal handling")});
    // Killed outright, its companion removes the server's container, which would hold the port.
    std::optional<Watchdog> watchdog;
    if (ContainerEngine::byName(spec.runner))
        watchdog.emplace();
    ModelServer server(spec);
    if (spec.imageServes) {
        ctx.err << Text::tr("Starting the model server for %1 (runner %2, the image's own server)…")
                       .arg(spec.modelDir, spec.runner)
                << Qt::endl;
    } else {
        ctx.err << Text::tr("Starting the model server for %1 (runner %2, code: %3)…")
                       .arg(spec.modelDir, spec.runner,
                            spec.program.isEmpty() ? Text::tr("default handlers") : spec.program)
                << Qt::endl;
    }
    if (Status started = server.start(); !started)
        return ctx.fail(started.error());
    Status healthy = server.waitUntilHealthy(startupSeconds * 1000, [] { return g_signal != 0; });
    if (!healthy) {
        server.stop();
        return ctx.fail(healthy.error());
    }
    const QString base = server.url().toString();
    ctx.out << Text::tr("Serving %1 at %2").arg(source->origin, base) << Qt::endl;
    ctx.out << Text::tr("  GET %1/ping   POST %1/invocations   (Ctrl-C stops)").arg(base) << Qt::endl;

    QEventLoop loop;
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &loop, &QEventLoop::quit);
    QObject::connect(server.process(), &QProcess::finished, &loop, &QEventLoop::quit);
    if (g_signal == 0 && server.isRunning())
        loop.exec();

    if (g_signal != 0) {
        ctx.err << Text::tr("Stopping the model server…") << Qt::endl;
        server.stop();
        ctx.out << Text::tr("Stopped.") << Qt::endl;
        return ExitOk;
    }
    const int code = server.process()->exitCode();
    server.stop();
    return ctx.fail(Error{Text::tr("the model server exited unexpectedly (code %1)").arg(code)});
}

} // namespace mlops::cli
