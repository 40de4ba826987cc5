// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// Pipeline engine benchmarks (issue 3), printing `name value unit` lines:
//  - orchestration overhead per step: 200 no-op steps (`true`), chained and fanned out,
//    against starting the same 200 processes directly;
//  - wall time of a fully cached rerun of the demo pipeline through the `mlops` binary.

#include "core/pipeline/pipelineexecution.h"
#include "core/pipeline/pipelinevalidator.h"
#include "core/workspace/workspaceinitializer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

using namespace mlops;

namespace {

int kSteps = 200;

void print(const QString &name, double value, const QString &unit)
{
    QTextStream(stdout) << name << ' ' << QString::number(value, 'f', 3) << ' ' << unit << Qt::endl;
}

/** Starts `true` n times, one after another, as directly as the OS allows. */
double directSpawnMs(int n)
{
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i) {
        pid_t pid = 0;
        char arg0[] = "true";
        char *argv[] = {arg0, nullptr};
        if (posix_spawnp(&pid, "true", nullptr, nullptr, argv, environ) != 0)
            return -1;
        int status = 0;
        waitpid(pid, &status, 0);
    }
    return double(t.nsecsElapsed()) / 1e6;
}

/** The same through QProcess, which the process runner uses. */
double directQProcessMs(int n)
{
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i) {
        QProcess p;
        p.start(QStringLiteral("true"), {});
        p.waitForFinished();
    }
    return double(t.nsecsElapsed()) / 1e6;
}

/** CPU time (user + system) this process itself used so far, in ms (children excluded). */
double selfCpuMs()
{
    rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return (double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

double g_lastCpuMs = 0;

double runPipelineMs(const Workspace &ws, const QString &file, int maxParallel)
{
    const double cpuBefore = selfCpuMs();
    const LoadedPipeline loaded = loadAndValidate(ws.path(file), file, {});
    if (!loaded.ok())
        return -1;
    ExecutionOptions options;
    options.noCache = true;
    options.maxParallel = maxParallel;
    QElapsedTimer t;
    t.start();
    PipelineExecution execution(ws, loaded.spec, file, options);
    if (!execution.prepare())
        return -1;
    QEventLoop loop;
    QObject::connect(&execution, &PipelineExecution::finished, &loop, &QEventLoop::quit);
    execution.start();
    loop.exec();
    if (execution.status() != RunStatus::Completed)
        return -1;
    g_lastCpuMs = selfCpuMs() - cpuBefore;
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // --smoke: a tiny run that proves the benchmark works (ctest), measuring nothing.
    const bool smoke = app.arguments().contains(QStringLiteral("--smoke"));
    if (smoke)
        kSteps = 5;
    QTemporaryDir dir;
    InitOptions init;
    init.dir = dir.filePath(QStringLiteral("ws"));
    init.templateName = QStringLiteral("empty");
    if (!initWorkspace(init)) {
        QTextStream(stderr) << "cannot create a workspace" << Qt::endl;
        return 1;
    }
    Result<Workspace> ws = Workspace::open(init.dir);

    QByteArray chained = "name: chained\nsteps:\n";
    QByteArray fanned = "name: fanned\nsteps:\n";
    for (int i = 0; i < kSteps; ++i) {
        chained += QStringLiteral("  s%1:\n    type: processing\n    command: [\"true\"]\n").arg(i).toUtf8();
        if (i > 0)
            chained += QStringLiteral("    depends_on: [s%1]\n").arg(i - 1).toUtf8();
        fanned += QStringLiteral("  s%1:\n    type: processing\n    command: [\"true\"]\n").arg(i).toUtf8();
    }
    QFile(ws->path(QStringLiteral("pipelines/chained.yaml"))).open(QIODevice::WriteOnly);
    for (const auto &[name, text] : {std::pair{QStringLiteral("chained"), chained}, std::pair{QStringLiteral("fanned"), fanned}}) {
        QFile f(ws->path(QStringLiteral("pipelines/%1.yaml").arg(name)));
        f.open(QIODevice::WriteOnly);
        f.write(text);
    }

    const int cores = std::max(1, QThread::idealThreadCount());
    const double spawn = directSpawnMs(kSteps);
    const double qprocess = directQProcessMs(kSteps);
    print(QStringLiteral("process_start_posix_spawn"), spawn / kSteps, QStringLiteral("ms/step"));
    print(QStringLiteral("process_start_qprocess"), qprocess / kSteps, QStringLiteral("ms/step"));

    // Median of three runs of each shape.
    double cpuMs = 0;
    auto median = [&](const QString &file, int parallel) {
        QList<double> times;
        QList<double> cpu;
        for (int i = 0; i < 3; ++i) {
            times.append(runPipelineMs(*ws, file, parallel));
            cpu.append(g_lastCpuMs);
        }
        std::sort(times.begin(), times.end());
        std::sort(cpu.begin(), cpu.end());
        cpuMs = cpu.at(1);
        return times.at(1);
    };
    const double chainedMs = median(QStringLiteral("pipelines/chained.yaml"), 1);
    print(QStringLiteral("pipeline_chained_%1_steps").arg(kSteps), chainedMs, QStringLiteral("ms"));
    print(QStringLiteral("orchestration_overhead_chained"), (chainedMs - spawn) / kSteps, QStringLiteral("ms/step"));
    // The orchestrator's own CPU time per step (its children excluded): stable under load.
    print(QStringLiteral("orchestration_cpu_chained"), cpuMs / kSteps, QStringLiteral("ms/step"));
    const double fannedMs = median(QStringLiteral("pipelines/fanned.yaml"), cores);
    print(QStringLiteral("pipeline_fanned_%1_steps").arg(kSteps), fannedMs, QStringLiteral("ms"));
    print(QStringLiteral("orchestration_overhead_fanned"), (fannedMs - spawn / cores) / kSteps, QStringLiteral("ms/step"));

    if (smoke)
        return chainedMs > 0 && fannedMs > 0 ? 0 : 1;

    // A fully cached rerun of the demo pipeline, through the real CLI.
    const QString cli = QStringLiteral(MLOPS_CLI_PATH);
    QProcess initDemo;
    initDemo.start(cli, {QStringLiteral("init"), dir.filePath(QStringLiteral("demo"))});
    initDemo.waitForFinished(120000);
    QProcess first;
    first.start(cli, {QStringLiteral("-C"), dir.filePath(QStringLiteral("demo")), QStringLiteral("run"), QStringLiteral("breast-cancer")});
    first.waitForFinished(300000);
    if (first.exitCode() != 0) {
        QTextStream(stderr) << "the demo pipeline failed: " << first.readAllStandardError() << Qt::endl;
        return 1;
    }
    QList<double> cached;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        QProcess again;
        again.start(cli, {QStringLiteral("-C"), dir.filePath(QStringLiteral("demo")), QStringLiteral("run"), QStringLiteral("breast-cancer")});
        again.waitForFinished(60000);
        cached.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(cached.begin(), cached.end());
    print(QStringLiteral("demo_pipeline_cached_rerun"), cached.at(2) / 1000.0, QStringLiteral("s"));
    return 0;
}
