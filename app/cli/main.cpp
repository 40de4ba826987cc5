// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// mlops: the command-line face of MLOps Studio (DESIGN.md §6). Everything the studio
// does, headless.

#include "app/cli/command.h"
#include "core/common/i18n.h"
#include "core/common/suggest.h"
#include "core/runtime/watchdog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

using namespace mlops;
using namespace mlops::cli;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::cli::Main)
};

void printHelp(QTextStream &out)
{
    out << Text::tr("Usage: mlops [-C DIR] COMMAND [OPTIONS]") << "\n\n"
        << Text::tr("MLOps Studio on the command line: workspaces, pipelines, runs.") << "\n\n"
        << Text::tr("Options:") << "\n"
        << "  -C DIR        " << Text::tr("Run as if started in DIR (the workspace folder)") << "\n"
        << "  --version     " << Text::tr("Print the version and exit") << "\n"
        << "  -h, --help    " << Text::tr("Show this help") << "\n\n"
        << Text::tr("Commands:") << "\n";
    for (const Command &c : commands())
        out << "  " << c.name.leftJustified(12) << "  "
            << QCoreApplication::translate("mlops::cli", c.summary) << "\n";
    out << "\n" << Text::tr("Run 'mlops COMMAND --help' for a command's options.") << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mlops"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MLOPS_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("MLOps Studio"));
    installTranslations(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    Context ctx{QString(), QDir::currentPath(), out, err};

    QStringList args = QCoreApplication::arguments().mid(1);
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString option = args.takeFirst();
        if (option == QStringLiteral("--version")) {
            out << "mlops " << QCoreApplication::applicationVersion() << Qt::endl;
            return ExitOk;
        }
        if (option == QStringLiteral("-h") || option == QStringLiteral("--help")) {
            printHelp(out);
            return ExitOk;
        }
        if (option == QStringLiteral("-C")) {
            if (args.isEmpty())
                return ctx.usageError(Text::tr("-C needs a folder"));
            ctx.directory = args.takeFirst();
            continue;
        }
        if (option.startsWith(QStringLiteral("-C"))) {
            ctx.directory = option.mid(2);
            continue;
        }
        return ctx.usageError(Text::tr("unknown option '%1' (see 'mlops --help')").arg(option));
    }
    if (!ctx.directory.isEmpty()) {
        // As if started there: relative paths on the command line are relative to DIR,
        // which must exist (as for `git -C`), whatever the command.
        ctx.directory = QDir::cleanPath(QDir(ctx.currentDir).absoluteFilePath(ctx.directory));
        if (!QFileInfo(ctx.directory).isDir())
            return ctx.fail(Error::badInput(Text::tr("no such folder"), ctx.directory));
        ctx.currentDir = ctx.directory;
    }
    if (args.isEmpty()) {
        printHelp(err);
        return ExitUsage;
    }
    const QString name = args.first();
    if (name == watchdogCommand())
        return watchdogMain(args);
    // `mlops help COMMAND` is `mlops COMMAND --help`.
    const bool help = name == QStringLiteral("help");
    if (help && args.size() == 1) {
        printHelp(out);
        return ExitOk;
    }
    if (help && args.size() > 2)
        return ctx.usageError(Text::tr("help takes one command (see 'mlops --help')"));
    const QString commandName = help ? args.at(1) : name;
    QStringList names;
    for (const Command &c : commands()) {
        names.append(c.name);
        if (c.name == commandName)
            return c.handler(ctx, help ? QStringList{commandName, QStringLiteral("--help")} : args);
    }
    return ctx.usageError(Text::tr("unknown command '%1'%2 (see 'mlops --help')")
                              .arg(commandName, didYouMean(commandName, names)));
}
