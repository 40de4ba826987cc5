// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// Benchmark: studio start to an interactive window with a 10,000-run workspace
// (DESIGN.md §7: under 1 s). Creates the workspace with RunTracker, then starts
// mlops-studio several times with MLOPS_STUDIO_STARTUP_REPORT=1: each start is timed
// from spawning the process until it reports that the Overview shows its loaded data.
// Prints `name value unit` lines. `--smoke` makes a tiny workspace and starts once,
// to check the benchmark works (the ctest entry); it reports nothing.

#include "core/store/store.h"
#include "core/tracking/runtracker.h"
#include "core/workspace/workspaceinitializer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace mlops;

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool fillRuns(const QString &storePath, int runs)
{
    Result<std::unique_ptr<Store>> store = Store::open(storePath);
    if (!store) {
        err() << store.error().toString() << Qt::endl;
        return false;
    }
    RunTracker tracker((*store)->db());
    for (int i = 0; i < runs; ++i) {
        NewRun run{QStringLiteral("pipeline"), QStringLiteral("breast-cancer"),
                   QStringLiteral("pipelines/breast-cancer.yaml"), {}, QStringLiteral("process")};
        run.gitCommit = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
        run.gitBranch = QStringLiteral("main");
        Result<RunRef> ref = tracker.createRun(run);
        if (!ref || !tracker.start(ref->id)
            || !tracker.setParams(ref->id, {{QStringLiteral("test_size"), QString::number(0.1 + (i % 5) * 0.05)},
                                            {QStringLiteral("n_estimators"), QString::number(100 + i % 300)}})
            || !tracker.logMetrics(ref->id, {{QStringLiteral("accuracy"), 0.9 + (i % 100) / 1000.0},
                                             {QStringLiteral("roc_auc"), 0.95 + (i % 50) / 1000.0},
                                             {QStringLiteral("loss"), 0.3 - (i % 100) / 1000.0}})
            || !tracker.finish(ref->id, i % 10 == 0 ? RunStatus::Failed : RunStatus::Completed, 0)) {
            err() << "cannot record run " << i << Qt::endl;
            return false;
        }
    }
    return true;
}

/** One start: milliseconds from spawn to the report, and the studio's own figure. */
bool startOnce(const QString &workspace, double *spawnToReady, double *selfReported)
{
    QProcess studio;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MLOPS_STUDIO_STARTUP_REPORT"), QStringLiteral("1"));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    studio.setProcessEnvironment(env);
    studio.setProgram(QStringLiteral(MLOPS_STUDIO_PATH));
    studio.setArguments({workspace});
    QElapsedTimer timer;
    timer.start();
    studio.start();
    QByteArray out;
    while (!out.contains('\n')) {
        if (!studio.waitForReadyRead(60000)) {
            err() << "mlops-studio did not report: " << studio.readAllStandardError() << Qt::endl;
            studio.kill();
            studio.waitForFinished();
            return false;
        }
        out += studio.readAllStandardOutput();
    }
    *spawnToReady = double(timer.nsecsElapsed()) / 1e6;
    const QList<QByteArray> fields = out.trimmed().split(' ');
    *selfReported = fields.size() == 2 && fields.at(0) == "startup_ms" ? fields.at(1).toDouble() : -1;
    studio.waitForFinished(30000);
    return studio.exitStatus() == QProcess::NormalExit && studio.exitCode() == 0 && *selfReported > 0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool smoke = app.arguments().contains(QStringLiteral("--smoke"));
    const int runs = smoke ? 20 : 10000;
    const int starts = smoke ? 1 : 7;

    QTemporaryDir tmp;
    InitOptions options;
    options.dir = tmp.filePath(QStringLiteral("bench"));
    options.templateName = QStringLiteral("empty");
    Result<InitResult> created = initWorkspace(options);
    if (!created) {
        err() << created.error().toString() << Qt::endl;
        return 1;
    }
    if (!fillRuns(QDir(created->root).filePath(QStringLiteral(".mlops/store.db")), runs))
        return 1;

    // One start first to warm the file cache, as a user's second start would be.
    QList<double> spawn;
    QList<double> self;
    for (int i = 0; i <= starts; ++i) {
        double a = 0;
        double b = 0;
        if (!startOnce(created->root, &a, &b))
            return 1;
        if (i > 0 || smoke) {
            spawn.append(a);
            self.append(b);
        }
    }
    if (smoke)
        return 0;
    QTextStream out(stdout);
    out << "studio_startup_10k_runs " << QString::number(median(spawn), 'f', 0) << " ms" << Qt::endl;
    out << "studio_startup_10k_runs_max " << QString::number(*std::max_element(spawn.cbegin(), spawn.cend()), 'f', 0)
        << " ms" << Qt::endl;
    out << "studio_startup_10k_runs_self_reported " << QString::number(median(self), 'f', 0) << " ms" << Qt::endl;
    return 0;
}
