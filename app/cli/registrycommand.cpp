// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// mlops registry list|show|approve|reject|alias|register: the model registry headless.
#include "app/cli/command.h"
#include "core/governance/auditlog.h"
#include "core/registry/modelregistry.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace mlops::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::cli::RegistryCommand)
};

void printJson(Context &ctx, const QJsonObject &o)
{
    ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    ctx.out.flush();
}

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

/** The open store and a registry acting as the workspace's git user. */
struct Session
{
    Workspace workspace;
    std::unique_ptr<Store> store;
    std::unique_ptr<ModelRegistry> registry;
};

Result<Session> openSession(Context &ctx)
{
    Result<Workspace> ws = ctx.workspace();
    if (!ws)
        return ws.error();
    Result<std::unique_ptr<Store>> store = Store::open(ws->storePath());
    if (!store)
        return store.error();
    Session s{*ws, std::move(*store), nullptr};
    s.registry = std::make_unique<ModelRegistry>(s.store->db(), GovernanceContext::forWorkspace(s.workspace));
    return s;
}

int listVersions(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON (format in the README)."));
    parser.addOption(json);
    const QString usage = Text::tr("Usage: mlops registry list [--json]");
    if (const int rc = ctx.parse(parser, args, usage); rc >= 0)
        return rc;
    if (parser.positionalArguments().size() > 1)
        return ctx.usageError(Text::tr("registry list takes no arguments\n%1").arg(usage));
    Result<Session> s = openSession(ctx);
    if (!s)
        return ctx.fail(s.error());
    Result<QList<ModelGroup>> groups = s->registry->groups();
    if (!groups)
        return ctx.fail(groups.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const ModelGroup &g : *groups)
            array.append(g.toJson());
        printJson(ctx, QJsonObject{{QStringLiteral("groups"), array}});
        return ExitOk;
    }
    if (groups->isEmpty()) {
        ctx.out << Text::tr("No registered models yet. Register one with 'mlops registry register "
                            "GROUP --run RUN'.")
                << Qt::endl;
        return ExitOk;
    }
    ctx.out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                   .arg(Text::tr("VERSION").leftJustified(22), Text::tr("STATUS").leftJustified(21),
                        Text::tr("ALIASES").leftJustified(12), Text::tr("RUN").leftJustified(8),
                        Text::tr("CREATED").leftJustified(16), Text::tr("DECIDED BY"))
            << Qt::endl;
    for (const ModelGroup &g : *groups) {
        for (const ModelVersion &v : g.versions) {
            ctx.out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                           .arg(v.ref().leftJustified(22), approvalStatusName(v.status).leftJustified(21),
                                v.aliases.join(QLatin1Char(',')).leftJustified(12), v.runUuid.left(8).leftJustified(8),
                                when(v.created).leftJustified(16), v.statusBy.isEmpty() ? QStringLiteral("-") : v.statusBy)
                    << Qt::endl;
        }
    }
    return ExitOk;
}

void printVersion(Context &ctx, const ModelVersion &v, const QList<AuditEntry> &history)
{
    auto row = [&ctx](const QString &key, const QString &value) {
        ctx.out << QString(key + QLatin1Char(':')).leftJustified(14) << ' ' << value << Qt::endl;
    };
    row(Text::tr("Version"), v.ref());
    row(Text::tr("Status"), approvalStatusName(v.status));
    if (!v.statusBy.isEmpty())
        row(Text::tr("Decided"), Text::tr("by %1 at %2").arg(v.statusBy, when(v.statusAt))
                                     + (v.statusComment.isEmpty() ? QString() : QStringLiteral(": ") + v.statusComment));
    if (!v.aliases.isEmpty())
        row(Text::tr("Aliases"), v.aliases.join(QStringLiteral(", ")));
    if (!v.description.isEmpty())
        row(Text::tr("Description"), v.description);
    row(Text::tr("Run"), v.runUuid + (v.runName.isEmpty() ? QString() : QStringLiteral(" (") + v.runName + QLatin1Char(')')));
    if (!v.pipelineRunUuid.isEmpty())
        row(Text::tr("Pipeline run"), v.pipelineRunUuid);
    if (!v.gitCommit.isEmpty())
        row(Text::tr("Commit"), v.gitCommit + (v.gitDirty ? Text::tr(" (with uncommitted changes)") : QString()));
    row(Text::tr("Model"), QStringLiteral("%1 %2 (%3, %4 bytes)").arg(v.modelName, v.modelHash, v.modelKind).arg(v.modelSize));
    if (!v.modelPath.isEmpty())
        row(Text::tr("Files"), v.modelPath);
    row(Text::tr("Created"), Text::tr("by %1 at %2").arg(v.createdBy, when(v.created)));
    if (!v.metrics.isEmpty()) {
        ctx.out << Text::tr("Metrics:") << Qt::endl;
        for (auto it = v.metrics.cbegin(); it != v.metrics.cend(); ++it)
            ctx.out << QStringLiteral("  %1 %2").arg(it.key().leftJustified(24)).arg(it.value(), 0, 'g', 6) << Qt::endl;
    }
    if (!v.inputs.isEmpty()) {
        ctx.out << Text::tr("Training data:") << Qt::endl;
        for (const ModelInput &i : v.inputs)
            ctx.out << QStringLiteral("  %1 %2 %3").arg(i.name.leftJustified(10), i.hash.left(16), i.path) << Qt::endl;
    }
    if (!history.isEmpty()) {
        ctx.out << Text::tr("History:") << Qt::endl;
        for (const AuditEntry &e : history)
            ctx.out << QStringLiteral("  #%1 %2  %3  %4%5")
                           .arg(QString::number(e.seq), when(e.time()), e.action.leftJustified(20), e.actor,
                                e.comment.isEmpty() ? QString() : QStringLiteral(" — ") + e.comment)
                    << Qt::endl;
    }
    ctx.out << Text::tr("Model card:") << Qt::endl;
    for (const QString &line : v.modelCard.split(QLatin1Char('\n')))
        ctx.out << QStringLiteral("  ") << line << Qt::endl;
}

int showVersion(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON (format in the README)."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("VERSION"), Text::tr("GROUP/VERSION or GROUP@ALIAS."));
    const QString usage = Text::tr("Usage: mlops registry show GROUP/VERSION [--json]");
    if (const int rc = ctx.parse(parser, args, usage); rc >= 0)
        return rc;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return ctx.usageError(Text::tr("registry show needs one model version\n%1").arg(usage));
    Result<Session> s = openSession(ctx);
    if (!s)
        return ctx.fail(s.error());
    Result<ModelVersion> v = s->registry->version(positional.first());
    if (!v)
        return ctx.fail(v.error());
    Result<QList<AuditEntry>> history = AuditLog(s->store->db()).forSubject(v->ref());
    if (!history)
        return ctx.fail(history.error());
    if (parser.isSet(json)) {
        QJsonObject o = v->toJson(true);
        QJsonArray h;
        for (const AuditEntry &e : *history)
            h.append(e.toJson());
        o.insert(QStringLiteral("history"), h);
        printJson(ctx, o);
        return ExitOk;
    }
    printVersion(ctx, *v, *history);
    return ExitOk;
}

int decide(Context &ctx, const QStringList &args, ApprovalStatus status)
{
    const bool approve = status == ApprovalStatus::Approved;
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print the version as JSON."));
    const QCommandLineOption comment({QStringLiteral("m"), QStringLiteral("comment")},
                                     Text::tr("Why: recorded with the decision and in the audit log."),
                                     Text::tr("TEXT"));
    parser.addOptions({json, comment});
    parser.addPositionalArgument(QStringLiteral("VERSION"), Text::tr("GROUP/VERSION or GROUP@ALIAS."));
    const QString usage = approve ? Text::tr("Usage: mlops registry approve GROUP/VERSION [--comment TEXT] [--json]")
                                  : Text::tr("Usage: mlops registry reject GROUP/VERSION [--comment TEXT] [--json]");
    if (const int rc = ctx.parse(parser, args, usage); rc >= 0)
        return rc;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return ctx.usageError(Text::tr("name one model version\n%1").arg(usage));
    Result<Session> s = openSession(ctx);
    if (!s)
        return ctx.fail(s.error());
    Result<ApprovalChange> change = s->registry->setApproval(positional.first(), status, parser.value(comment));
    if (!change)
        return ctx.fail(change.error());
    const ModelVersion &v = change->version;
    if (parser.isSet(json)) {
        QJsonObject o = v.toJson(false);
        o.insert(QStringLiteral("changed"), change->changed);
        if (!approve)
            o.insert(QStringLiteral("removed_aliases"), QJsonArray::fromStringList(change->removedAliases));
        printJson(ctx, o);
        return ExitOk;
    }
    if (!change->changed)
        ctx.out << (approve ? Text::tr("%1 is already Approved (by %2); nothing changed")
                            : Text::tr("%1 is already Rejected (by %2); nothing changed"))
                       .arg(v.ref(), v.statusBy)
                << Qt::endl;
    else
        ctx.out << (approve ? Text::tr("Approved %1 (by %2)") : Text::tr("Rejected %1 (by %2)"))
                       .arg(v.ref(), v.statusBy)
                << Qt::endl;
    for (const QString &alias : change->removedAliases)
        ctx.out << Text::tr("Removed alias %1 from %2: a rejected version keeps no alias").arg(alias, v.ref())
                << Qt::endl;
    return ExitOk;
}

int setAlias(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print the change as JSON."));
    const QCommandLineOption comment({QStringLiteral("m"), QStringLiteral("comment")},
                                     Text::tr("Why: recorded in the audit log."), Text::tr("TEXT"));
    parser.addOptions({json, comment});
    parser.addPositionalArgument(QStringLiteral("VERSION"), Text::tr("GROUP/VERSION the alias points at."));
    parser.addPositionalArgument(QStringLiteral("NAME"), Text::tr("The alias, e.g. champion."));
    const QString usage = Text::tr("Usage: mlops registry alias GROUP/VERSION NAME [--comment TEXT] [--json]");
    if (const int rc = ctx.parse(parser, args, usage); rc >= 0)
        return rc;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 2)
        return ctx.usageError(Text::tr("registry alias needs a model version and an alias name\n%1").arg(usage));
    Result<Session> s = openSession(ctx);
    if (!s)
        return ctx.fail(s.error());
    Result<AliasChange> change = s->registry->setAlias(positional.at(0), positional.at(1), parser.value(comment));
    if (!change)
        return ctx.fail(change.error());
    if (parser.isSet(json)) {
        printJson(ctx, QJsonObject{{QStringLiteral("alias"), positional.at(1)},
                                   {QStringLiteral("changed"), change->changed},
                                   {QStringLiteral("previous_version"),
                                    change->previousVersion > 0 ? QJsonValue(change->previousVersion) : QJsonValue()},
                                   {QStringLiteral("version"), change->version.toJson(false)}});
        return ExitOk;
    }
    if (!change->changed)
        ctx.out << Text::tr("%1 already points at %2; nothing changed").arg(positional.at(1), change->version.ref()) << Qt::endl;
    else if (change->previousVersion > 0)
        ctx.out << Text::tr("Moved %1 from version %2 to %3").arg(positional.at(1), QString::number(change->previousVersion),
                                                                  change->version.ref())
                << Qt::endl;
    else
        ctx.out << Text::tr("%1 now points at %2").arg(positional.at(1), change->version.ref()) << Qt::endl;
    return ExitOk;
}

int registerModel(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print the registration as JSON."));
    const QCommandLineOption run(QStringLiteral("run"),
                                 Text::tr("The run that trained the model: a training step run or its pipeline run."),
                                 Text::tr("RUN"));
    const QCommandLineOption model(QStringLiteral("model"),
                                   Text::tr("The model's hash (prefix), when the run has several."), Text::tr("HASH"));
    const QCommandLineOption description(QStringLiteral("description"), Text::tr("What this version is."),
                                         Text::tr("TEXT"));
    const QCommandLineOption approval(QStringLiteral("approval"),
                                      Text::tr("Initial status: PendingManualApproval (default) or Approved "
                                               "(needs the approver role)."),
                                      Text::tr("STATUS"), QStringLiteral("PendingManualApproval"));
    parser.addOptions({json, run, model, description, approval});
    parser.addPositionalArgument(QStringLiteral("GROUP"), Text::tr("The model group (created on first use)."));
    const QString usage = Text::tr("Usage: mlops registry register GROUP --run RUN [--model HASH] "
                                   "[--description TEXT] [--approval STATUS] [--json]");
    if (const int rc = ctx.parse(parser, args, usage); rc >= 0)
        return rc;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return ctx.usageError(Text::tr("registry register needs one model group\n%1").arg(usage));
    if (!parser.isSet(run) && !parser.isSet(model))
        return ctx.usageError(Text::tr("registry register needs --run RUN (or --model HASH)\n%1").arg(usage));
    // A version is rejected after review (`registry reject`), never at registration.
    const std::optional<ApprovalStatus> status = parseApprovalStatus(parser.value(approval));
    if (!status || *status == ApprovalStatus::Rejected)
        return ctx.usageError(Text::tr("--approval takes PendingManualApproval or Approved, not '%1'%2")
                                  .arg(parser.value(approval),
                                       status ? Text::tr(" (reject a version after review with "
                                                         "mlops registry reject)")
                                              : QString()));
    Result<Session> s = openSession(ctx);
    if (!s)
        return ctx.fail(s.error());
    ModelRegistration r;
    r.group = positional.first();
    r.runId = parser.value(run);
    r.modelHash = parser.value(model);
    r.approval = *status;
    r.description = parser.value(description);
    Result<Registration> done = s->registry->registerModel(r);
    if (!done)
        return ctx.fail(done.error());
    if (parser.isSet(json)) {
        printJson(ctx, QJsonObject{{QStringLiteral("created"), done->created},
                                   {QStringLiteral("version"), done->version.toJson(false)}});
        return ExitOk;
    }
    if (done->created)
        ctx.out << Text::tr("Registered %1 (%2) from run %3")
                       .arg(done->version.ref(), approvalStatusName(done->version.status), done->version.runUuid.left(8))
                << Qt::endl;
    else
        ctx.out << Text::tr("This model is already registered as %1; nothing changed").arg(done->version.ref())
                << Qt::endl;
    return ExitOk;
}

struct Subcommand
{
    const char *name;
    const char *summary;
    std::function<int(Context &, const QStringList &)> handler;
};

const QList<Subcommand> &subcommands()
{
    static const QList<Subcommand> table = {
        {"list", QT_TRANSLATE_NOOP("mlops::cli::RegistryCommand", "List model groups and their versions"), listVersions},
        {"show", QT_TRANSLATE_NOOP("mlops::cli::RegistryCommand", "Show one version: run, model, metrics, card, history"), showVersion},
        {"approve", QT_TRANSLATE_NOOP("mlops::cli::RegistryCommand", "Approve a version (needs the approver role)"),
         [](Context &ctx, const QStringList &args) { return decide(ctx, args, ApprovalStatus::Approved); }},
        {"reject", QT_TRANSLATE_NOOP("mlops::cli::RegistryCommand", "Reject a version (needs the approver role)"),
         [](Context &ctx, const QStringList &args) { return decide(ctx, args, ApprovalStatus::Rejected); }},
        {"alias", QT_TRANSLATE_NOOP("mlops::cli::RegistryCommand", "Point an alias (e.g. champion) at a version"), setAlias},
        {"register", QT_TRANSLATE_NOOP("mlops::cli::RegistryCommand", "Register the model of a run as a new version"),
         registerModel},
    };
    return table;
}

void printUsage(QTextStream &out)
{
    out << Text::tr("Usage: mlops registry COMMAND [OPTIONS]") << "\n\n" << Text::tr("Commands:") << "\n";
    for (const Subcommand &c : subcommands())
        out << "  " << QString::fromLatin1(c.name).leftJustified(10) << "  "
            << QCoreApplication::translate("mlops::cli::RegistryCommand", c.summary) << "\n";
    out << "\n" << Text::tr("Run 'mlops registry COMMAND --help' for a command's options.") << Qt::endl;
}
} // namespace

int runRegistry(Context &ctx, const QStringList &args)
{
    if (args.size() < 2 || args.at(1) == QStringLiteral("--help") || args.at(1) == QStringLiteral("-h")) {
        printUsage(args.size() < 2 ? ctx.err : ctx.out);
        return args.size() < 2 ? ExitUsage : ExitOk;
    }
    const QString name = args.at(1);
    for (const Subcommand &c : subcommands()) {
        if (name == QLatin1String(c.name))
            return c.handler(ctx, args.mid(1));
    }
    QStringList names;
    for (const Subcommand &c : subcommands())
        names.append(QString::fromLatin1(c.name));
    return ctx.usageError(Text::tr("unknown registry command '%1' (one of: %2)")
                              .arg(name, names.join(QStringLiteral(", "))));
}

} // namespace mlops::cli
