// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// mlops reproduce RUN: run a pipeline execution again at its commit, with its parameters
// and data, and compare the two runs (core/pipeline/runreproducer.h).
#include "app/cli/command.h"
#include "core/pipeline/runreproducer.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace mlops::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::cli::ReproduceCommand)
};

QString number(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 6) : QStringLiteral("–");
}

} // namespace

int runReproduce(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption keep(QStringLiteral("keep-worktree"),
                                  Text::tr("Leave the git worktree in .mlops/worktrees/ to look at."));
    const QCommandLineOption useCache(QStringLiteral("use-cache"),
                                      Text::tr("Reuse cached step results (by default every step runs again)."));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON (format in the README)."));
    parser.addOptions({keep, useCache, json});
    parser.addPositionalArgument(QStringLiteral("RUN"), Text::tr("A pipeline execution (or one of its step runs)."));
    const QString usage = Text::tr("Usage: mlops reproduce RUN [--keep-worktree] [--use-cache] [--json]");
    if (const int rc = ctx.parse(parser, args, usage); rc >= 0)
        return rc;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return ctx.usageError(Text::tr("reproduce needs exactly one run id\n%1").arg(usage));
    Result<Workspace> ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    ReproduceOptions options;
    options.keepWorktree = parser.isSet(keep);
    options.useCache = parser.isSet(useCache);
    const QString ci = qEnvironmentVariable("CI").toLower();
    options.launcher = ci == QStringLiteral("true") || ci == QStringLiteral("1") ? QStringLiteral("ci") : QStringLiteral("cli");
    const bool quiet = parser.isSet(json);
    Result<Reproduction> r = reproduceRun(*ws, positional.first(), options, [&ctx, quiet](const QString &line) {
        if (!quiet)
            ctx.out << QStringLiteral("  ") << line << Qt::endl;
    });
    if (!r)
        return ctx.fail(r.error());
    if (quiet) {
        ctx.out << QString::fromUtf8(QJsonDocument(r->toJson()).toJson(QJsonDocument::Indented)) << Qt::flush;
        return r->succeeded() ? ExitOk : ExitFailed;
    }
    ctx.out << Text::tr("Reproduced run %1 as run %2 (%3) at commit %4%5")
                   .arg(r->original.uuid.left(8), r->reproduced.uuid.left(8), runStatusDisplayName(r->reproduced.status),
                        r->commit.left(8), r->appliedDiff ? Text::tr(" with its uncommitted changes") : QString())
            << Qt::endl;
    if (!r->reproduced.failureReason.isEmpty())
        ctx.out << QStringLiteral("  ") << r->reproduced.failureReason << Qt::endl;
    if (!r->data.isEmpty()) {
        ctx.out << Text::tr("Data") << Qt::endl;
        for (const DataComparison &d : r->data)
            ctx.out << QStringLiteral("  %1  %2  %3  %4")
                           .arg(d.path, d.originalHash.left(12),
                                d.reproducedHash.isEmpty() ? QStringLiteral("–").leftJustified(12) : d.reproducedHash.left(12),
                                d.originalHash == d.reproducedHash ? Text::tr("same") : Text::tr("DIFFERENT"))
                    << Qt::endl;
    }
    ctx.out << Text::tr("Metrics") << QStringLiteral("  (") << Text::tr("original") << QStringLiteral(" → ")
            << Text::tr("reproduced") << QStringLiteral(")") << Qt::endl;
    for (const MetricComparison &m : r->metrics) {
        const QString name = m.step.isEmpty() ? m.metric : m.step + QLatin1Char('/') + m.metric;
        ctx.out << QStringLiteral("  %1  %2  %3  %4")
                       .arg(name.leftJustified(32), number(m.original).leftJustified(12), number(m.reproduced).leftJustified(12),
                            m.same() ? Text::tr("same") : Text::tr("DIFFERENT"))
                << Qt::endl;
    }
    ctx.out << (r->identical() ? Text::tr("The reproduction matches the original: same data, same metrics.")
                               : Text::tr("The reproduction differs from the original."))
            << Qt::endl;
    return r->succeeded() ? ExitOk : ExitFailed;
}

} // namespace mlops::cli
