// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "app/cli/command.h"
#include "core/common/duration.h"
#include "core/store/store.h"
#include "core/tracking/runstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>

namespace mlops::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::cli::ShowCommand)
};

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("–");
}

void printMap(QTextStream &out, const QString &title, const QMap<QString, QString> &map)
{
    if (map.isEmpty())
        return;
    out << title << Qt::endl;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out << QStringLiteral("  %1 = %2").arg(it.key(), it.value()) << Qt::endl;
}

QString tail(const QString &path, int lines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const qint64 size = file.size();
    file.seek(std::max<qint64>(0, size - 16384));
    const QStringList all = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    QStringList last = all.mid(std::max<qsizetype>(0, all.size() - lines - 1));
    while (!last.isEmpty() && last.last().trimmed().isEmpty())
        last.removeLast();
    return last.join(QLatin1Char('\n'));
}

void printRun(QTextStream &out, const RunRecord &run, const Workspace &ws)
{
    out << Text::tr("Run %1  (%2 %3)").arg(run.uuid, run.kind, run.name) << Qt::endl;
    out << Text::tr("  status      %1").arg(runStatusName(run.status)) << Qt::endl;
    if (!run.pipeline.isEmpty())
        out << Text::tr("  pipeline    %1").arg(run.pipeline) << Qt::endl;
    if (!run.stepType.isEmpty())
        out << Text::tr("  type        %1").arg(run.stepType) << Qt::endl;
    if (!run.runner.isEmpty())
        out << Text::tr("  runner      %1").arg(run.runner) << Qt::endl;
    out << Text::tr("  started     %1").arg(when(run.started)) << Qt::endl;
    out << Text::tr("  ended       %1").arg(when(run.ended)) << Qt::endl;
    out << Text::tr("  duration    %1").arg(formatDuration(run.durationMs())) << Qt::endl;
    out << Text::tr("  commit      %1%2")
               .arg(run.gitCommit.isEmpty() ? Text::tr("none") : run.gitCommit,
                    run.gitDirty ? Text::tr(" (with uncommitted changes)") : QString())
        << Qt::endl;
    if (run.isCacheHit())
        out << Text::tr("  cache       reused the outputs of run %1").arg(run.cachedFromUuid) << Qt::endl;
    if (run.attempts > 1)
        out << Text::tr("  attempts    %1").arg(run.attempts) << Qt::endl;
    if (run.exitCode)
        out << Text::tr("  exit code   %1").arg(*run.exitCode) << Qt::endl;
    if (!run.failureReason.isEmpty())
        out << Text::tr("  reason      %1").arg(run.failureReason) << Qt::endl;
    printMap(out, Text::tr("Parameters"), run.parameters);
    printMap(out, Text::tr("Hyperparameters"), run.hyperparameters);
    if (!run.metrics.isEmpty()) {
        out << Text::tr("Metrics (latest)") << Qt::endl;
        for (auto it = run.metrics.cbegin(); it != run.metrics.cend(); ++it)
            out << QStringLiteral("  %1 = %2").arg(it.key()).arg(it.value(), 0, 'g', 6) << Qt::endl;
    }
    if (!run.artifacts.isEmpty()) {
        out << Text::tr("Artifacts") << Qt::endl;
        for (const ArtifactRecord &a : run.artifacts)
            out << QStringLiteral("  %1 %2 %3 %4")
                       .arg(a.role.leftJustified(9), a.name.leftJustified(16),
                            a.hash.isEmpty() ? QStringLiteral("-").leftJustified(12) : a.hash.left(12), a.path)
                << Qt::endl;
    }
    if (run.kind == QStringLiteral("step") && run.status == RunStatus::Failed) {
        const QString log = tail(ws.path(QStringLiteral(".mlops/logs/%1/stderr.log").arg(run.uuid)), 15);
        if (!log.isEmpty())
            out << Text::tr("Last lines of stderr") << Qt::endl << log << Qt::endl;
    }
}

} // namespace

int runShow(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON (format in the README)."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("RUN"), Text::tr("A run id or a unique prefix of it."));
    const QString usage = Text::tr("Usage: mlops show RUN [--json]");
    if (const int rc = ctx.parse(parser, args, usage); rc >= 0)
        return rc;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return ctx.usageError(Text::tr("show needs exactly one run id\n%1").arg(usage));
    Result<Workspace> ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    Result<std::unique_ptr<Store>> store = Store::open(ws->storePath());
    if (!store)
        return ctx.fail(store.error());
    RunStore runs((*store)->db());
    Result<RunRecord> run = runs.find(positional.first());
    if (!run)
        return ctx.fail(run.error());
    if (parser.isSet(json)) {
        ctx.out << QString::fromUtf8(QJsonDocument(run->toJson()).toJson(QJsonDocument::Indented)) << Qt::flush;
        return ExitOk;
    }
    printRun(ctx.out, *run, *ws);
    if (!run->children.isEmpty()) {
        ctx.out << Text::tr("Steps") << Qt::endl;
        for (const RunRecord &step : run->children) {
            QString line = QStringLiteral("  %1  %2  %3  %4")
                               .arg(step.uuid.left(8), step.name.leftJustified(14),
                                    (step.isCacheHit() ? Text::tr("Cached") : runStatusName(step.status)).leftJustified(11),
                                    formatDuration(step.durationMs()).leftJustified(9));
            if (!step.failureReason.isEmpty())
                line += QStringLiteral("  ") + step.failureReason;
            ctx.out << line << Qt::endl;
        }
    }
    return ExitOk;
}

} // namespace mlops::cli
