// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "app/cli/command.h"
#include "core/workspace/workspaceinitializer.h"
#include "core/workspace/workspacetemplate.h"

#include <QCoreApplication>
#include <QDir>

namespace mlops::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("mlops::cli::init", text);
}
} // namespace

int runInit(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption templateOption(
        {QStringLiteral("t"), QStringLiteral("template")},
        tr("The template: %1 (default: demo).").arg(WorkspaceTemplate::names().join(QStringLiteral(", "))),
        tr("NAME"), QStringLiteral("demo"));
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                       tr("The workspace name (default: the folder's name)."),
                                       tr("NAME"));
    const QCommandLineOption pythonOption(QStringLiteral("python"),
                                          tr("The Python interpreter for steps and notebooks "
                                             "(default: /usr/bin/python3)."),
                                          tr("PATH"));
    parser.addOptions({templateOption, nameOption, pythonOption});
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("The folder of the new workspace."));
    const QString usage = tr("Usage: mlops init DIR [--template demo|empty] [--name NAME] "
                             "[--python PATH]");
    if (const int rc = ctx.parse(parser, args, usage); rc >= 0)
        return rc;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return ctx.usageError(tr("init needs exactly one folder\n%1").arg(usage));

    InitOptions options;
    const QString base = ctx.directory.isEmpty() ? ctx.currentDir : ctx.directory;
    options.dir = QDir(base).absoluteFilePath(positional.first());
    options.templateName = parser.value(templateOption);
    options.name = parser.value(nameOption);
    options.python = parser.value(pythonOption);

    Result<InitResult> result = initWorkspace(options);
    if (!result)
        return ctx.fail(result.error());
    ctx.out << tr("Created workspace '%1' from the %2 template in %3")
                   .arg(QFileInfo(result->root).fileName(), result->templateName, result->root)
            << Qt::endl;
    if (result->existingRepository)
        ctx.out << tr("Added %1 files to the git repository %2 in commit %3 (by %4)")
                       .arg(result->files.size())
                       .arg(result->repositoryRoot, result->commit.left(8), result->author.toString())
                << Qt::endl;
    else
        ctx.out << tr("New git repository with %1 files; first commit %2 (by %3)")
                       .arg(result->files.size())
                       .arg(result->commit.left(8), result->author.toString())
                << Qt::endl;
    if (!result->author.fromConfig)
        ctx.out << tr("Note: git has no user.name/user.email configured; commits use %1. Set "
                      "them with 'git config --global user.name ...'.")
                       .arg(result->author.toString())
                << Qt::endl;
    return ExitOk;
}

} // namespace mlops::cli
