// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// mlops data add|status|checkout: versioned data by pointer files (core/artifacts/dataversioning.h).
#include "app/cli/command.h"
#include "core/artifacts/dataversioning.h"
#include "core/common/datasize.h"
#include "core/common/quoting.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace mlops::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::cli::DataCommand)
};

QString bytes(qint64 size)
{
    return formatDataSize(size);
}

/** Which files of the pointer's version the cache lacks: " (missing: a (0f1e…), b (…))". */
QString missingNote(const DataStatus &s)
{
    QStringList names = s.notInCache;
    if (names.isEmpty())
        return {};
    const qsizetype total = names.size();
    if (total > 3)
        names = names.mid(0, 3) << Text::tr("and %n more", nullptr, int(total - 3));
    return QStringLiteral(" (") + Text::tr("missing: %1").arg(names.join(QStringLiteral(", "))) + QLatin1Char(')');
}

QString usageText()
{
    return Text::tr("Usage: mlops data add PATH...\n"
                    "       mlops data status [PATH...] [--json]\n"
                    "       mlops data checkout [PATH...] [--force]");
}

/** The workspace, its store and the data paths named on the command line. */
struct Setup
{
    Workspace workspace;
    std::unique_ptr<Store> store;
    QStringList paths;
};

Result<Setup> setUp(Context &ctx, const QStringList &arguments)
{
    Result<Workspace> ws = ctx.workspace();
    if (!ws)
        return ws.error();
    Result<std::unique_ptr<Store>> store = Store::open(ws->storePath());
    if (!store)
        return store.error();
    Setup setup{*ws, std::move(*store), {}};
    DataVersioning data(setup.workspace, setup.store->db());
    for (const QString &argument : arguments) {
        Result<QString> path = data.normalize(argument, ctx.currentDir);
        if (!path)
            return path.error();
        if (!setup.paths.contains(*path))
            setup.paths.append(*path);
    }
    return setup;
}

int add(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PATH"), Text::tr("Files or folders to version."), QStringLiteral("PATH..."));
    if (const int rc = ctx.parse(parser, args, usageText()); rc >= 0)
        return rc;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.isEmpty())
        return ctx.usageError(Text::tr("data add needs at least one file or folder\n%1").arg(usageText()));
    Result<Setup> setup = setUp(ctx, positional);
    if (!setup)
        return ctx.fail(setup.error());
    DataVersioning data(setup->workspace, setup->store->db());
    Result<QList<DataAddResult>> added = data.add(setup->paths);
    if (!added)
        return ctx.fail(added.error());
    // The command is for the folder the user is in; `git commit PATH` of data git no
    // longer tracks would put it back into git, so that case commits the index instead.
    const QDir here(ctx.currentDir);
    const auto fromHere = [&](const QString &relative) {
        return shellQuoted(QDir::cleanPath(here.relativeFilePath(setup->workspace.path(relative))));
    };
    QStringList toCommit;
    QStringList untracked;
    for (const DataAddResult &r : std::as_const(*added)) {
        const QString what = r.pointer.folder
                                 ? Text::tr("folder of %n file(s)", nullptr, int(r.pointer.entries.size()))
                                 : Text::tr("file");
        const QString verb = r.previousHash.isEmpty() ? Text::tr("added")
                             : r.changed              ? Text::tr("new version of")
                                                      : Text::tr("unchanged");
        ctx.out << QStringLiteral("%1 %2  %3  %4, %5")
                       .arg(verb, r.path, r.pointer.hash.left(12), what, bytes(r.pointer.size))
                << Qt::endl;
        ctx.out << QStringLiteral("  ")
                << Text::tr("%n file(s) hashed", nullptr, r.hashedFiles) << QStringLiteral(", ")
                << Text::tr("%n unchanged since the last look", nullptr, r.unchangedFiles) << Qt::endl;
        if (r.untracked) {
            ctx.out << QStringLiteral("  ")
                    << Text::tr("git no longer tracks %1 itself (removed from the index; the data stays on disk)").arg(r.path)
                    << Qt::endl;
            untracked.append(fromHere(r.path));
        }
        toCommit.append(fromHere(r.path + DataPointer::suffix()));
    }
    toCommit.append(fromHere(QStringLiteral(".gitignore")));
    if (untracked.isEmpty())
        ctx.out << Text::tr("The pointers and .gitignore are staged; commit them with: git commit %1")
                       .arg(toCommit.join(QLatin1Char(' ')))
                << Qt::endl;
    else
        ctx.out << Text::tr("The pointers, .gitignore and the removal of %1 from git are staged; commit the index "
                            "with: git commit")
                       .arg(untracked.join(QLatin1Char(' ')))
                << Qt::endl
                << Text::tr("  (naming paths, as in 'git commit %1', would put the data back into git)")
                       .arg(toCommit.join(QLatin1Char(' ')))
                << Qt::endl;
    return ExitOk;
}

int status(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON (format in the README)."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("PATH"), Text::tr("Versioned data to check (default: all)."),
                                 QStringLiteral("[PATH...]"));
    if (const int rc = ctx.parse(parser, args, usageText()); rc >= 0)
        return rc;
    Result<Setup> setup = setUp(ctx, parser.positionalArguments().mid(1));
    if (!setup)
        return ctx.fail(setup.error());
    DataVersioning data(setup->workspace, setup->store->db());
    Result<QList<DataStatus>> statuses = data.status(setup->paths);
    if (!statuses)
        return ctx.fail(statuses.error());
    const bool unreadable = std::any_of(statuses->cbegin(), statuses->cend(), [](const DataStatus &s) {
        return s.state == DataState::Unreadable;
    });
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const DataStatus &s : std::as_const(*statuses)) {
            QJsonObject o;
            o.insert(QStringLiteral("path"), s.path);
            o.insert(QStringLiteral("state"), DataStatus::stateName(s.state));
            o.insert(QStringLiteral("kind"), s.pointer.folder ? QStringLiteral("folder") : QStringLiteral("file"));
            o.insert(QStringLiteral("hash"), s.pointer.hash);
            o.insert(QStringLiteral("size"), s.pointer.size);
            o.insert(QStringLiteral("current_hash"), s.currentHash.isEmpty() ? QJsonValue() : QJsonValue(s.currentHash));
            o.insert(QStringLiteral("in_cache"), s.inCache);
            o.insert(QStringLiteral("not_in_cache"), QJsonArray::fromStringList(s.notInCache));
            o.insert(QStringLiteral("added"), QJsonArray::fromStringList(s.added));
            o.insert(QStringLiteral("removed"), QJsonArray::fromStringList(s.removed));
            o.insert(QStringLiteral("modified"), QJsonArray::fromStringList(s.modified));
            if (s.state == DataState::Unreadable)
                o.insert(QStringLiteral("problem"), s.problem);
            array.append(o);
        }
        ctx.printJson(array);
        return unreadable ? ExitFailed : ExitOk;
    }
    if (statuses->isEmpty()) {
        ctx.out << Text::tr("No versioned data yet; add some with 'mlops data add PATH'.") << Qt::endl;
        return ExitOk;
    }
    int width = 0;
    for (const DataStatus &s : std::as_const(*statuses))
        width = std::max(width, int(s.path.size()));
    for (const DataStatus &s : std::as_const(*statuses)) {
        QString line = s.path.leftJustified(width + 2);
        switch (s.state) {
        case DataState::Unchanged: line += Text::tr("unchanged"); break;
        case DataState::Missing:
            line += Text::tr("missing");
            line += QStringLiteral("   ")
                    + (s.inCache ? Text::tr("restore it with: mlops data checkout %1").arg(shellQuoted(s.path))
                                 : Text::tr("its content is not in this workspace's cache") + missingNote(s));
            break;
        case DataState::Modified:
            line += Text::tr("modified");
            if (s.kindChanged)
                line += QStringLiteral("  ") + (s.pointer.folder ? Text::tr("a file now; its pointer has a folder")
                                                                 : Text::tr("a folder now; its pointer has a file"));
            else if (s.pointer.folder)
                line += QStringLiteral("  ") + Text::tr("%n added", nullptr, int(s.added.size())) + QStringLiteral(", ")
                        + Text::tr("%n removed", nullptr, int(s.removed.size())) + QStringLiteral(", ")
                        + Text::tr("%n changed", nullptr, int(s.modified.size()));
            if (!s.inCache)
                line += QStringLiteral("   ") + Text::tr("the version it points at is not in this workspace's cache")
                        + missingNote(s);
            break;
        case DataState::Unreadable:
            line += Text::tr("unreadable") + QStringLiteral("  ") + s.problem;
            break;
        }
        ctx.out << line << Qt::endl;
        if (s.state == DataState::Modified && s.pointer.folder && !s.kindChanged) {
            for (const QString &f : s.added)
                ctx.out << QStringLiteral("    + ") << f << Qt::endl;
            for (const QString &f : s.removed)
                ctx.out << QStringLiteral("    - ") << f << Qt::endl;
            for (const QString &f : s.modified)
                ctx.out << QStringLiteral("    ~ ") << f << Qt::endl;
        }
    }
    return unreadable ? ExitFailed : ExitOk;
}

int checkout(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption force(QStringLiteral("force"), Text::tr("Replace data that changed since it was added."));
    parser.addOption(force);
    parser.addPositionalArgument(QStringLiteral("PATH"), Text::tr("Versioned data to restore (default: all)."),
                                 QStringLiteral("[PATH...]"));
    if (const int rc = ctx.parse(parser, args, usageText()); rc >= 0)
        return rc;
    Result<Setup> setup = setUp(ctx, parser.positionalArguments().mid(1));
    if (!setup)
        return ctx.fail(setup.error());
    DataVersioning data(setup->workspace, setup->store->db());
    Result<QList<DataCheckoutResult>> results = data.checkout(setup->paths, parser.isSet(force));
    if (!results)
        return ctx.fail(results.error());
    for (const DataCheckoutResult &r : std::as_const(*results)) {
        if (!r.restored) {
            ctx.out << Text::tr("%1 is up to date").arg(r.path) << Qt::endl;
            continue;
        }
        QString line = Text::tr("restored %1 (%2, %3)")
                           .arg(r.path, Text::tr("%n file(s)", nullptr, r.restoredFiles), bytes(r.restoredBytes));
        if (r.removedFiles > 0)
            line += QStringLiteral("; ") + Text::tr("%n file(s) not in this version removed", nullptr, r.removedFiles);
        ctx.out << line << Qt::endl;
    }
    return ExitOk;
}

} // namespace

int runData(Context &ctx, const QStringList &args)
{
    if (args.size() < 2 || args.at(1) == QStringLiteral("--help") || args.at(1) == QStringLiteral("-h")) {
        (args.size() < 2 ? ctx.err : ctx.out) << usageText() << Qt::endl;
        return args.size() < 2 ? ExitUsage : ExitOk;
    }
    const QString sub = args.at(1);
    const QStringList rest = args.mid(1);
    if (sub == QStringLiteral("add"))
        return add(ctx, rest);
    if (sub == QStringLiteral("status"))
        return status(ctx, rest);
    if (sub == QStringLiteral("checkout"))
        return checkout(ctx, rest);
    return ctx.usageError(Text::tr("unknown data command '%1' (add, status or checkout)\n%2").arg(sub, usageText()));
}

} // namespace mlops::cli
