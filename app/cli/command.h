// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/workspace/workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace mlops::cli {

/** Exit codes of DESIGN.md §6. */
enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

/** What every command gets: the global options and the output streams. */
struct Context
{
    QString directory;    ///< -C DIR, or empty
    QString currentDir;
    QTextStream &out;
    QTextStream &err;

    /** The workspace from -C or found from the current folder. */
    Result<Workspace> workspace() const;

    /** Prints `mlops: error: …` and returns the exit code for the error's kind. */
    int fail(const Error &error) const;
    int usageError(const QString &message) const;

    /**
     * Parses a command's arguments (args[0] is the command name). On `--help` prints the
     * help and returns ExitOk; on bad options prints why and returns ExitUsage; returns
     * -1 when the command should go on.
     */
    int parse(QCommandLineParser &parser, const QStringList &args, const QString &usage) const;

    /** Prints a --json result, indented; an empty list as `[]` (Qt would write "[\n]"). */
    void printJson(const QJsonArray &array) const;
};

/**
 * Why `parser` refused `args`, in the style of every other message: an unknown option as
 * it was typed, with a "did you mean" suggestion from the options the parser knows.
 */
QString parseErrorText(const QCommandLineParser &parser, const QStringList &args);

using Handler = std::function<int(Context &, const QStringList &)>;

struct Command
{
    QString name;
    const char *summary;  ///< untranslated, see QT_TRANSLATE_NOOP
    Handler handler;
};

/** Every command, in the order `mlops --help` lists them. */
const QList<Command> &commands();

// One function per command; each lives in its own source file.
int runInit(Context &ctx, const QStringList &args);
int runRuns(Context &ctx, const QStringList &args);
int runValidate(Context &ctx, const QStringList &args);
int runFmt(Context &ctx, const QStringList &args);
int runRun(Context &ctx, const QStringList &args);
int runShow(Context &ctx, const QStringList &args);

/** A pipeline argument: as given, else relative to the workspace or its pipelines/. */
QString resolvePipelinePath(const Context &ctx, const QString &argument, const Workspace *workspace);
/**
 * The pipeline file an argument names, as resolvePipelinePath() finds it; a BadInput
 * error when none does (with a "did you mean") or when two pipelines share the name.
 */
Result<QString> findPipeline(const Context &ctx, const QString &argument, const Workspace &workspace);
/**
 * Pipeline arguments with each folder (`pipelines`, as given or in the workspace)
 * replaced by its `*.yaml` and `*.yml` files, by name; other arguments stay as they are.
 */
QStringList expandPipelineFolders(const Context &ctx, const QStringList &arguments, const Workspace *workspace);
int runRegistry(Context &ctx, const QStringList &args);
int runAudit(Context &ctx, const QStringList &args);
int runMaturity(Context &ctx, const QStringList &args);
int runNotebookCommand(Context &ctx, const QStringList &args);
int runDoctor(Context &ctx, const QStringList &args);
int runServe(Context &ctx, const QStringList &args);
int runInvoke(Context &ctx, const QStringList &args);
int runData(Context &ctx, const QStringList &args);
int runLineage(Context &ctx, const QStringList &args);
int runReproduce(Context &ctx, const QStringList &args);

} // namespace mlops::cli
