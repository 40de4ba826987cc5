// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "app/cli/command.h"
#include "core/store/store.h"
#include "core/tracking/runstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace mlops::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::cli::RunsCommand)
};

QString formatDuration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("-");
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(ms);
    if (ms < 60000)
        return QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    return QStringLiteral("%1 min %2 s").arg(ms / 60000).arg((ms % 60000) / 1000);
}
} // namespace

int runRuns(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON (format in the README)."));
    const QCommandLineOption limit({QStringLiteral("n"), QStringLiteral("limit")},
                                   Text::tr("Show at most N runs (newest first)."), Text::tr("N"));
    parser.addOptions({json, limit});
    const QString usage = Text::tr("Usage: mlops runs [--json] [--limit N]");
    if (const int rc = ctx.parse(parser, args, usage); rc >= 0)
        return rc;
    if (parser.positionalArguments().size() > 1)
        return ctx.usageError(Text::tr("runs takes no arguments\n%1").arg(usage));
    RunQuery query;
    if (parser.isSet(limit)) {
        bool ok = false;
        query.limit = parser.value(limit).toInt(&ok);
        if (!ok || query.limit <= 0)
            return ctx.usageError(Text::tr("--limit needs a positive number, not '%1'").arg(parser.value(limit)));
    }

    Result<Workspace> ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    Result<std::unique_ptr<Store>> store = Store::open(ws->storePath());
    if (!store)
        return ctx.fail(store.error());
    RunStore runs((*store)->db());
    query.withDetails = parser.isSet(json);
    Result<QList<RunRecord>> list = runs.list(query);
    if (!list)
        return ctx.fail(list.error());

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const RunRecord &run : *list)
            array.append(run.toJson());
        ctx.printJson(array);
        return ExitOk;
    }
    if (list->isEmpty()) {
        ctx.out << Text::tr("No runs yet. Run a pipeline with 'mlops run pipelines/<name>.yaml'.") << Qt::endl;
        return ExitOk;
    }
    ctx.out << QStringLiteral("%1  %2  %3  %4  %5")
                   .arg(Text::tr("RUN").leftJustified(10), Text::tr("KIND").leftJustified(9),
                        Text::tr("STATUS").leftJustified(11), Text::tr("DURATION").leftJustified(10), Text::tr("NAME"))
            << Qt::endl;
    for (const RunRecord &run : *list) {
        ctx.out << QStringLiteral("%1  %2  %3  %4  %5")
                       .arg(run.uuid.left(10), run.kind.leftJustified(9),
                            runStatusName(run.status).leftJustified(11),
                            formatDuration(run.durationMs()).leftJustified(10), run.name)
                << Qt::endl;
    }
    return ExitOk;
}

} // namespace mlops::cli
