// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// mlops lineage ID: where an artifact, run or model version came from and what it fed.
#include "app/cli/command.h"
#include "core/common/datasize.h"
#include "core/lineage/lineagedot.h"
#include "core/lineage/lineagequery.h"
#include "core/lineage/lineagerecorder.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace mlops::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::cli::LineageCommand)
};

QString joined(const QJsonObject &o)
{
    QStringList parts;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QJsonValue v = it.value();
        parts.append(it.key() + QLatin1Char('=')
                     + (v.isDouble() ? QString::number(v.toDouble(), 'g', 6) : v.toVariant().toString()));
    }
    return parts.join(QLatin1Char(' '));
}

/** The lines under an entity: its ids and the properties that say what it is. */
QStringList details(const LineageEntity &e)
{
    QStringList lines;
    const QJsonObject &p = e.properties;
    if (!e.runUuid.isEmpty())
        lines.append(Text::tr("run %1  %2").arg(e.runUuid, p.value(QStringLiteral("status")).toString()));
    if (e.kind == EntityKind::CodeCommit) {
        lines.append(Text::tr("commit %1").arg(e.hash));
        if (p.contains(QStringLiteral("author")))
            lines.append(Text::tr("by %1 at %2").arg(p.value(QStringLiteral("author")).toString(),
                                                    p.value(QStringLiteral("time")).toString()));
    } else if (!e.hash.isEmpty()) {
        QString line = Text::tr("sha256 %1").arg(e.hash);
        if (e.size >= 0)
            line += QStringLiteral("  ") + formatDataSize(e.size);
        lines.append(line);
    }
    if (!e.uri.isEmpty() && e.uri != e.name && e.category() == LineageCategory::Artifact)
        lines.append(Text::tr("at %1").arg(e.uri));
    if (p.contains(QStringLiteral("cached_from")))
        lines.append(Text::tr("cache hit: reused the outputs of run %1").arg(p.value(QStringLiteral("cached_from")).toString()));
    if (p.contains(QStringLiteral("commit")) && e.kind != EntityKind::StepRun)
        lines.append(Text::tr("commit %1%2").arg(p.value(QStringLiteral("commit")).toString(),
                                                 p.value(QStringLiteral("dirty")).toBool()
                                                     ? Text::tr(" with uncommitted changes")
                                                     : QString()));
    if (p.contains(QStringLiteral("parameters")) && e.kind != EntityKind::StepRun)
        lines.append(Text::tr("parameters %1").arg(joined(p.value(QStringLiteral("parameters")).toObject())));
    if (p.contains(QStringLiteral("hyperparameters")))
        lines.append(Text::tr("hyperparameters %1").arg(joined(p.value(QStringLiteral("hyperparameters")).toObject())));
    if (p.contains(QStringLiteral("metrics")))
        lines.append(Text::tr("metrics %1").arg(joined(p.value(QStringLiteral("metrics")).toObject())));
    if (e.kind == EntityKind::ModelPackage)
        lines.append(Text::tr("approval %1").arg(p.value(QStringLiteral("status")).toString()));
    return lines;
}

/** The association by which `e` is linked toward the focus. */
QString relation(const LineageGraph &graph, const LineageEntity &e)
{
    const int d = graph.distance.value(e.id);
    for (const LineageEdge &edge : graph.edges) {
        if (d < 0 && edge.source == e.id && graph.distance.value(edge.destination) == d + 1)
            return associationName(edge.type);
        if (d > 0 && edge.destination == e.id && graph.distance.value(edge.source) == d - 1)
            return associationName(edge.type);
    }
    return {};
}

void printSection(QTextStream &out, const LineageGraph &graph, const QString &title,
                  const QList<const LineageEntity *> &entities)
{
    out << Qt::endl << title << QStringLiteral(" (%1)").arg(entities.size()) << Qt::endl;
    if (entities.isEmpty()) {
        out << QStringLiteral("  ") << Text::tr("nothing") << Qt::endl;
        return;
    }
    for (const LineageEntity *e : entities) {
        out << QStringLiteral("  %1  %2  %3  %4")
                   .arg(QString::number(std::abs(graph.distance.value(e->id))).rightJustified(2),
                        relation(graph, *e).leftJustified(14), entityKindDisplayName(e->kind).leftJustified(18), e->name)
            << Qt::endl;
        for (const QString &line : details(*e))
            out << QStringLiteral("                                         ") << line << Qt::endl;
    }
}

} // namespace

int runLineage(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption upstream(QStringLiteral("upstream"), Text::tr("Only what ID came from."));
    const QCommandLineOption downstream(QStringLiteral("downstream"), Text::tr("Only what ID fed."));
    const QCommandLineOption depth(QStringLiteral("depth"), Text::tr("Follow at most N associations (default: all)."),
                                   Text::tr("N"));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON (format in the README)."));
    const QCommandLineOption dot(QStringLiteral("dot"), Text::tr("Print a Graphviz DOT graph (render it with dot -Tsvg)."));
    const QCommandLineOption to(QStringLiteral("to"), Text::tr("The shortest path from ID to OTHER instead."),
                                Text::tr("OTHER"));
    parser.addOptions({upstream, downstream, depth, json, dot, to});
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 Text::tr("A run id, an artifact hash (prefix), a file of the workspace, a model "
                                          "version (GROUP/VERSION) or an entity's name (train/model)."));
    const QString usage =
        Text::tr("Usage: mlops lineage ID [--upstream|--downstream] [--depth N] [--json|--dot] [--to OTHER]");
    if (const int rc = ctx.parse(parser, args, usage); rc >= 0)
        return rc;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return ctx.usageError(Text::tr("lineage needs exactly one ID\n%1").arg(usage));
    if (parser.isSet(upstream) && parser.isSet(downstream))
        return ctx.usageError(Text::tr("--upstream and --downstream exclude each other; leave both out for both"));
    if (parser.isSet(to) && (parser.isSet(depth) || parser.isSet(upstream) || parser.isSet(downstream)))
        return ctx.usageError(Text::tr("--to finds the path between two entities; it does not take --depth, "
                                       "--upstream or --downstream"));
    if (parser.isSet(json) && parser.isSet(dot))
        return ctx.usageError(Text::tr("choose --json or --dot, not both"));
    int maxDepth = 0;
    if (parser.isSet(depth)) {
        bool ok = false;
        maxDepth = parser.value(depth).toInt(&ok);
        if (!ok || maxDepth < 1)
            return ctx.usageError(Text::tr("--depth needs a positive number, not '%1'").arg(parser.value(depth)));
    }

    Result<Workspace> ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    Result<std::unique_ptr<Store>> store = Store::open(ws->storePath());
    if (!store)
        return ctx.fail(store.error());
    Database &db = (*store)->db();
    // Runs written without the engine's recorder, and registry changes, first.
    if (Result<int> recorded = LineageRecorder(db, ws->root()).recordPending(); !recorded)
        return ctx.fail(recorded.error());
    LineageQuery query(db);
    Result<qint64> focus = query.resolve(positional.first(), &*ws, ctx.currentDir);
    if (!focus)
        return ctx.fail(focus.error());

    LineageGraph graph;
    bool pathDirected = true;
    if (parser.isSet(to)) {
        Result<qint64> other = query.resolve(parser.value(to), &*ws, ctx.currentDir);
        if (!other)
            return ctx.fail(other.error());
        Result<LineagePath> path = query.shortestPath(*focus, *other);
        if (!path)
            return ctx.fail(path.error());
        graph = path->graph;
        pathDirected = path->directed;
    } else {
        const LineageDirection direction = parser.isSet(upstream)     ? LineageDirection::Upstream
                                           : parser.isSet(downstream) ? LineageDirection::Downstream
                                                                      : LineageDirection::Both;
        Result<LineageGraph> closure = query.closure(*focus, direction, maxDepth);
        if (!closure)
            return ctx.fail(closure.error());
        graph = *closure;
    }

    if (parser.isSet(json)) {
        QJsonObject root = graph.toJson();
        if (parser.isSet(to))
            root.insert(QStringLiteral("directed"), pathDirected);
        ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)) << Qt::flush;
        return ExitOk;
    }
    if (parser.isSet(dot)) {
        ctx.out << lineageToDot(graph) << Qt::flush;
        return ExitOk;
    }
    const LineageEntity *self = graph.entity(*focus);
    if (!self)
        return ctx.fail(Error{Text::tr("the lineage of %1 could not be read").arg(positional.first())});
    ctx.out << entityKindDisplayName(self->kind) << QStringLiteral("  ") << self->name << Qt::endl;
    for (const QString &line : details(*self))
        ctx.out << QStringLiteral("  ") << line << Qt::endl;
    if (parser.isSet(to)) {
        ctx.out << Qt::endl
                << (pathDirected ? Text::tr("Shortest path") : Text::tr("Shortest path (ignoring the direction of the associations)"))
                << Qt::endl;
        for (int i = 0; i < graph.entities.size(); ++i) {
            const LineageEntity &e = graph.entities.at(i);
            QString via;
            if (i > 0) {
                for (const LineageEdge &edge : graph.edges) {
                    const qint64 prev = graph.entities.at(i - 1).id;
                    if ((edge.source == prev && edge.destination == e.id) || (edge.destination == prev && edge.source == e.id))
                        via = (edge.source == prev ? QStringLiteral("→ ") : QStringLiteral("← ")) + associationName(edge.type);
                }
            }
            ctx.out << QStringLiteral("  %1  %2  %3").arg(via.leftJustified(16), entityKindDisplayName(e.kind).leftJustified(18), e.name)
                    << Qt::endl;
        }
        return ExitOk;
    }
    if (!parser.isSet(downstream))
        printSection(ctx.out, graph, Text::tr("Upstream: what it came from"), graph.upstream());
    if (!parser.isSet(upstream))
        printSection(ctx.out, graph, Text::tr("Downstream: what it fed"), graph.downstream());
    return ExitOk;
}

} // namespace mlops::cli
