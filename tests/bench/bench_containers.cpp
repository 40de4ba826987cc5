// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// Container start-to-exit overhead of a step: the studio's full run spec (job directory
// at /opt/ml, workspace at /opt/ml/code, helper mount, environment, labels, user, no
// network, image check, stop/remove handling) against a bare `ENGINE run --rm IMAGE true`
// of the same image, and against `ENGINE run --rm --network none IMAGE true` (the same
// isolation as a step). Prints `name value unit` lines; medians over MLOPS_BENCH_RUNS runs
// (default 10) per engine.
//
//   bench_containers [IMAGE]        (default mlops/python:3.11)

#include "core/common/datadirs.h"
#include "core/runtime/containerengine.h"
#include "core/runtime/toolrunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <algorithm>

using namespace mlops;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n == 0)
        return 0;
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    // --smoke: one round, proving the benchmark works (its ctest entry); measures nothing.
    const bool smoke = app.arguments().contains(QStringLiteral("--smoke"));
    QStringList positional = app.arguments().mid(1);
    positional.removeAll(QStringLiteral("--smoke"));
    const QString image = positional.isEmpty() ? QStringLiteral("mlops/python:3.11") : positional.first();
    const int asked = qEnvironmentVariableIntValue("MLOPS_BENCH_RUNS");
    const int runs = smoke ? 1 : (asked > 0 ? asked : 10);

    int measured = 0;
    for (const QString &name : ContainerEngine::names()) {
        const ContainerEngine engine = *ContainerEngine::byName(name);
        const EngineStatus status = engine.detect();
        if (!status.usable() || !engine.hasImage(image)) {
            err << "skipping " << name << ": "
                << (status.usable() ? QStringLiteral("no image ") + image : status.problem) << Qt::endl;
            continue;
        }
        QTemporaryDir workspace;
        QList<double> bare;
        QList<double> bareNone;
        QList<double> step;
        // One warm-up of each, so neither pays for a cold page cache.
        for (int i = -1; i < runs; ++i) {
            ToolCommand command{engine.program(),
                                {QStringLiteral("run"), QStringLiteral("--rm"), image, QStringLiteral("true")},
                                engine.environment()};
            QElapsedTimer clock;
            clock.start();
            const ToolOutput plain = runTool(command);
            const double bareMs = double(clock.nsecsElapsed()) / 1e6;
            // The same isolation as a step: no network namespace shared with anything.
            command.arguments = {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"),
                                 QStringLiteral("none"), image, QStringLiteral("true")};
            clock.restart();
            const ToolOutput isolated = runTool(command);
            const double bareNoneMs = double(clock.nsecsElapsed()) / 1e6;
            if (!plain.succeeded() || !isolated.succeeded()) {
                err << name << " run failed: " << plain.failureText() << isolated.failureText() << Qt::endl;
                return 1;
            }

            QTemporaryDir job;
            ContainerRunSpec spec;
            spec.image = image;
            spec.runId = QUuid::createUuid().toString(QUuid::Id128).left(16);
            spec.jobDir = job.path();
            spec.workspaceDir = workspace.path();
            spec.helperDir = pythonHelperDir();
            spec.environment = {{QStringLiteral("SM_MODEL_DIR"), QStringLiteral("/opt/ml/model")},
                                {QStringLiteral("SM_CHANNELS"), QStringLiteral("[\"train\"]")},
                                {QStringLiteral("MLOPS_RUN_ID"), spec.runId}};
            spec.command = {QStringLiteral("true")};
            clock.restart();
            Result<ContainerExit> exit = engine.run(spec);
            const double stepMs = double(clock.nsecsElapsed()) / 1e6;
            if (!exit || exit->exitCode != 0) {
                err << name << " step run failed: " << (exit ? QString::fromUtf8(exit->output) : exit.error().toString())
                    << Qt::endl;
                return 1;
            }
            if (i >= 0) {
                bare.append(bareMs);
                bareNone.append(bareNoneMs);
                step.append(stepMs);
            }
        }
        const double b = median(bare);
        const double bn = median(bareNone);
        const double s = median(step);
        const QString prefix = QStringLiteral("containers.") + name;
        out << prefix << ".bare_run_true " << QString::number(b, 'f', 1) << " ms" << Qt::endl;
        out << prefix << ".bare_run_network_none_true " << QString::number(bn, 'f', 1) << " ms" << Qt::endl;
        out << prefix << ".step_run_true " << QString::number(s, 'f', 1) << " ms" << Qt::endl;
        out << prefix << ".ratio_vs_bare " << QString::number(s / b, 'f', 3) << " x" << Qt::endl;
        out << prefix << ".ratio_vs_bare_network_none " << QString::number(s / bn, 'f', 3) << " x" << Qt::endl;
        out << prefix << ".overhead_vs_bare_network_none " << QString::number(s - bn, 'f', 1) << " ms" << Qt::endl;
        ++measured;
    }
    if (measured == 0) {
        err << "no container engine with " << image << ": run packaging/container-engines.sh as root" << Qt::endl;
        // Outside CI a machine without engines is not a failure of the benchmark.
        const QString ci = qEnvironmentVariable("CI").toLower();
        return smoke && ci != QStringLiteral("true") && ci != QStringLiteral("1") ? 0 : 1;
    }
    return 0;
}
