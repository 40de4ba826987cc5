// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "app/cli/command.h"
#include "core/workspace/workspaceinitializer.h"
#include "core/workspace/workspacetemplate.h"

#include <QCoreApplication>
#include <QDir>

namespace mlops::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::cli::InitCommand)
};
} // namespace

int runInit(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption templateOption(
        {QStringLiteral("t"), QStringLiteral("template")},
        Text::tr("The template: %1 (default: demo).").arg(WorkspaceTemplate::names().join(QStringLiteral(", "))),
        Text::tr("NAME"), QStringLiteral("demo"));
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                       Text::tr("The workspace name (default: the folder's name)."),
                                       Text::tr("NAME"));
    const QCommandLineOption pythonOption(QStringLiteral("python"),
                                          Text::tr("The Python interpreter for steps and notebooks: "
                                             "a path, or a command on PATH (default: /usr/bin/python3)."),
                                          Text::tr("PATH"));
    parser.addOptions({templateOption, nameOption, pythonOption});
    parser.addPositionalArgument(QStringLiteral("DIR"), Text::tr("The folder of the new workspace."));
    const QString usage = Text::tr("Usage: mlops init DIR [--template demo|empty] [--name NAME] "
                             "[--python PATH]");
    if (const int rc = ctx.parse(parser, args, usage); rc >= 0)
        return rc;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return ctx.usageError(Text::tr("init needs exactly one folder\n%1").arg(usage));
    if (positional.first().trimmed().isEmpty())
        return ctx.usageError(Text::tr("no folder given for the new workspace (use '.' for the current one)\n%1")
                                  .arg(usage));

    InitOptions options;
    const QString base = ctx.directory.isEmpty() ? ctx.currentDir : ctx.directory;
    options.dir = QDir(base).absoluteFilePath(positional.first());
    options.templateName = parser.value(templateOption);
    options.name = parser.value(nameOption);
    options.python = parser.value(pythonOption);
    options.baseDir = base;

    Result<InitResult> result = initWorkspace(options);
    if (!result)
        return ctx.fail(result.error());
    ctx.out << Text::tr("Created workspace '%1' from the %2 template in %3")
                   .arg(QFileInfo(result->root).fileName(), result->templateName, result->root)
            << Qt::endl;
    if (result->existingRepository)
        ctx.out << Text::tr("Added %1 files to the git repository %2 in commit %3 (by %4)")
                       .arg(result->files.size())
                       .arg(result->repositoryRoot, result->commit.left(8), result->author.toString())
                << Qt::endl;
    else
        ctx.out << Text::tr("New git repository with %1 files; first commit %2 (by %3)")
                       .arg(result->files.size())
                       .arg(result->commit.left(8), result->author.toString())
                << Qt::endl;
    // Say exactly what git is missing; the rest of the identity is the user's own.
    const GitIdentity &author = result->author;
    if (!author.nameFromConfig && !author.emailFromConfig)
        ctx.out << Text::tr("Note: git has neither user.name nor user.email configured; the commit "
                            "and the approver role use %1. Set them with 'git config --global "
                            "user.name \"Your Name\"' and 'git config --global user.email "
                            "you@example.org'.")
                       .arg(author.toString())
                << Qt::endl;
    else if (!author.nameFromConfig)
        ctx.out << Text::tr("Note: git has no user.name configured; the commit and the approver "
                            "role use %1. Set it with 'git config --global user.name \"Your Name\"'.")
                       .arg(author.toString())
                << Qt::endl;
    else if (!author.emailFromConfig)
        ctx.out << Text::tr("Note: git has no user.email configured; the commit and the approver "
                            "role use %1. Set it with 'git config --global user.email "
                            "you@example.org'.")
                       .arg(author.toString())
                << Qt::endl;
    return ExitOk;
}

} // namespace mlops::cli
