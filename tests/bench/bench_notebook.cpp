// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// Benchmark: a 50-cell notebook executed headless by `mlops notebook run` and by
// `jupyter nbconvert --execute` (Debian's jupyter-nbconvert) on the same file, each as
// a whole program run from a cold start, as a user or a CI job runs them. Prints
// `name value unit` lines; the goal is a ratio of at most 1.
//
//   bench_notebook [--repeat N]

#include "core/notebook/notebook.h"
#include "core/notebook/notebookformat.h"
#include "core/notebook/notebookrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace mlops;

namespace {

constexpr int kCells = 50;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

/** 50 small cells of the kinds notebooks hold: assignments, loops, prints, results, displays. */
Notebook benchmarkNotebook()
{
    Notebook nb;
    nb.setKernelSpec(QStringLiteral("python3"), QStringLiteral("Python 3 (ipykernel)"), QStringLiteral("python"));
    NotebookCell params = NotebookCell::make(QStringLiteral("code"), QStringLiteral("scale = 1000"));
    params.setTags({QStringLiteral("parameters")});
    nb.cells.append(params);
    for (int i = 1; i < kCells; ++i) {
        QString source;
        switch (i % 4) {
        case 0: source = QStringLiteral("x%1 = sum(range(%1 * scale))\nx%1").arg(i); break;
        case 1: source = QStringLiteral("for j in range(3):\n    print('cell %1, line', j)").arg(i); break;
        case 2: source = QStringLiteral("from IPython.display import display\ndisplay({'cell': %1, 'squares': [k * k for k in range(10)]})").arg(i); break;
        default: source = QStringLiteral("values = [v / %1 for v in range(100)]\nround(sum(values), 3)").arg(i); break;
        }
        nb.cells.append(NotebookCell::make(QStringLiteral("code"), source));
    }
    return nb;
}

/** Runs a program to completion; returns milliseconds, or -1 when it failed. */
qint64 timeProgram(const QString &program, const QStringList &args, const QString &dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        QTextStream(stderr) << program << " failed: " << QString::fromLocal8Bit(p.readAll()) << Qt::endl;
        return -1;
    }
    return t.elapsed();
}

double median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? double(values.at(n / 2)) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int repeat = 5;
    const QStringList args = app.arguments();
    const qsizetype r = args.indexOf(QStringLiteral("--repeat"));
    if (r > 0 && r + 1 < args.size())
        repeat = qMax(1, args.at(r + 1).toInt());
    // --smoke: one round, proving the benchmark works (its ctest entry); measures nothing.
    if (args.contains(QStringLiteral("--smoke")))
        repeat = 1;

    QTemporaryDir dir;
    const QString cli = QStringLiteral(MLOPS_CLI_PATH);
    // A workspace, so `mlops notebook run` records every run as it would for a user.
    if (timeProgram(cli, {QStringLiteral("init"), QStringLiteral("ws"), QStringLiteral("--template"), QStringLiteral("empty")},
                    dir.path()) < 0)
        return 1;
    const QString ws = dir.filePath(QStringLiteral("ws"));
    const QString notebook = ws + QStringLiteral("/notebooks/bench.ipynb");
    if (!NotebookFormat::write(notebook, benchmarkNotebook())) {
        QTextStream(stderr) << "cannot write " << notebook << Qt::endl;
        return 1;
    }
    const QString jupyter = QStandardPaths::findExecutable(QStringLiteral("jupyter"), {QStringLiteral("/usr/bin")});
    if (jupyter.isEmpty()) {
        QTextStream(stderr) << "jupyter (jupyter-nbconvert) is not installed" << Qt::endl;
        return 1;
    }

    // One warm-up of each, so both read Python's modules from the page cache.
    QList<qint64> ours;
    QList<qint64> theirs;
    for (int i = -1; i < repeat; ++i) {
        const qint64 a = timeProgram(cli, {QStringLiteral("notebook"), QStringLiteral("run"), notebook, QStringLiteral("-o"),
                                           dir.filePath(QStringLiteral("ours.ipynb")), QStringLiteral("-p"),
                                           QStringLiteral("scale=1000")},
                                     ws);
        const qint64 b = timeProgram(jupyter, {QStringLiteral("nbconvert"), QStringLiteral("--execute"), QStringLiteral("--to"),
                                               QStringLiteral("notebook"), QStringLiteral("--output"),
                                               dir.filePath(QStringLiteral("theirs.ipynb")), notebook},
                                     ws);
        if (a < 0 || b < 0)
            return 1;
        if (i >= 0) {
            ours.append(a);
            theirs.append(b);
        }
    }
    // The same execution in-process: what the pipeline's notebook step pays.
    QList<qint64> inProcess;
    for (int i = 0; i < repeat; ++i) {
        NotebookRunOptions options;
        options.notebookPath = notebook;
        QElapsedTimer t;
        t.start();
        Result<NotebookRunResult> result = runNotebook(options);
        if (!result || !result->succeeded)
            return 1;
        inProcess.append(t.elapsed());
    }

    const double a = median(ours);
    const double b = median(theirs);
    out() << "notebook_cells " << kCells << " cells\n";
    out() << "mlops_notebook_run_ms " << a << " ms\n";
    out() << "nbconvert_execute_ms " << b << " ms\n";
    out() << "mlops_vs_nbconvert_ratio " << QString::number(a / b, 'f', 3) << " x\n";
    out() << "run_notebook_in_process_ms " << median(inProcess) << " ms\n";
    out() << "repeats " << repeat << " runs\n";
    out().flush();
    return 0;
}
