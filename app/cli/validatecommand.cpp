// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "app/cli/command.h"
#include "core/common/suggest.h"
#include "core/pipeline/pipelinevalidator.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mlops::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::cli::ValidateCommand)
};
} // namespace

QString resolvePipelinePath(const Context &ctx, const QString &argument, const Workspace *workspace)
{
    // A folder of the same name (`byoc/` next to pipelines/byoc.yaml) is not a pipeline.
    const auto isFile = [](const QString &path) { return QFileInfo(path).isFile(); };
    // As given (relative to where the user is), else relative to the workspace root.
    const QString base = ctx.directory.isEmpty() ? ctx.currentDir : ctx.directory;
    const QString direct = QDir(base).absoluteFilePath(argument);
    if (isFile(direct) || !workspace)
        return direct;
    const QString inWorkspace = workspace->path(argument);
    if (isFile(inWorkspace))
        return inWorkspace;
    const QString inPipelines = workspace->path(QStringLiteral("pipelines/") + argument);
    if (isFile(inPipelines))
        return inPipelines;
    if (isFile(inPipelines + QStringLiteral(".yaml")))
        return inPipelines + QStringLiteral(".yaml");
    // Last, a pipeline whose `name:` is the argument.
    for (const QString &file : workspace->pipelineFiles()) {
        const LoadedPipeline loaded = PipelineLoader::loadFile(workspace->path(file));
        if (loaded.parsed && loaded.spec.name == argument)
            return workspace->path(file);
    }
    return direct;
}

Result<QString> findPipeline(const Context &ctx, const QString &argument, const Workspace &workspace)
{
    const QString base = ctx.directory.isEmpty() ? ctx.currentDir : ctx.directory;
    const QString inPipelines = workspace.path(QStringLiteral("pipelines/") + argument);
    for (const QString &candidate : {QDir(base).absoluteFilePath(argument), workspace.path(argument), inPipelines,
                                     QString(inPipelines + QStringLiteral(".yaml"))}) {
        if (QFileInfo(candidate).isFile())
            return candidate;
    }
    // A pipeline of pipelines/ by its `name:`, when exactly one has it.
    const QStringList named = pipelinesNamed(workspace.root(), argument);
    if (named.size() > 1)
        return Error::badInput(Text::tr("pipeline name '%1' is used by %2; run one of them by its file, and give "
                                        "each its own name")
                                   .arg(argument, named.join(Text::tr(" and "))));
    if (named.size() == 1)
        return workspace.path(named.first());
    QStringList known;
    for (const QString &file : workspace.pipelineFiles()) {
        const LoadedPipeline loaded = PipelineLoader::loadFile(workspace.path(file));
        if (loaded.parsed && !known.contains(loaded.spec.name))
            known.append(loaded.spec.name);
        known.append(file);
    }
    return Error::badInput(Text::tr("pipeline '%1' not found: no such file, and no pipeline in pipelines/ has that "
                                    "name%2")
                               .arg(argument, didYouMean(argument, known)));
}

QStringList expandPipelineFolders(const Context &ctx, const QStringList &arguments, const Workspace *workspace)
{
    QStringList files;
    const QString base = ctx.directory.isEmpty() ? ctx.currentDir : ctx.directory;
    for (const QString &argument : arguments) {
        QString folder = QDir(base).absoluteFilePath(argument);
        if (!QFileInfo(folder).isDir() && workspace)
            folder = workspace->path(argument);
        // Subfolders too, as the studio's pipeline list and the Overview count them;
        // hidden ones (.ipynb_checkpoints, editor backups) are no pipelines.
        QStringList inside;
        if (QFileInfo(folder).isDir()) {
            QDirIterator it(folder, {QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString relative = QDir(folder).relativeFilePath(it.next());
                if (!relative.startsWith(QLatin1Char('.')) && !relative.contains(QStringLiteral("/.")))
                    inside.append(relative);
            }
            inside.sort();
        }
        if (inside.isEmpty()) {
            files.append(argument);
            continue;
        }
        for (const QString &name : inside)
            files.append(QDir::cleanPath(argument + QLatin1Char('/') + name));
    }
    return files;
}

int runValidate(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print the diagnostics as JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("PIPELINE"), Text::tr("The pipeline file(s) to check, or a folder of them."));
    const QString usage = Text::tr("Usage: mlops validate PIPELINE... [--json]");
    if (const int rc = ctx.parse(parser, args, usage); rc >= 0)
        return rc;
    const QStringList arguments = parser.positionalArguments().mid(1);
    if (arguments.isEmpty())
        return ctx.usageError(Text::tr("validate needs a pipeline file\n%1").arg(usage));
    Result<Workspace> ws = ctx.workspace();
    const Workspace *workspace = ws ? &*ws : nullptr;
    ValidationOptions options;
    if (workspace)
        options.workspaceRoot = workspace->root();

    const QStringList files = expandPipelineFolders(ctx, arguments, workspace);

    int errors = 0;
    QJsonArray results;
    for (const QString &file : files) {
        const QString path = resolvePipelinePath(ctx, file, workspace);
        const QString shown = workspace ? workspace->relativePath(path) : file;
        LoadedPipeline loaded;
        // Not found: said as 'mlops run' says it, with the pipeline whose name is close.
        if (Result<QString> found = workspace && !QFileInfo::exists(path) ? findPipeline(ctx, file, *workspace)
                                                                           : Result<QString>(path);
            !found) {
            Diagnostic d;
            d.message = found.error().message;
            d.file = shown;
            loaded.spec.file = shown;
            loaded.diagnostics.append(d);
        } else {
            loaded = loadAndValidate(path, shown, options);
        }
        QJsonArray diagnostics;
        for (const Diagnostic &d : loaded.diagnostics) {
            if (d.isError())
                ++errors;
            if (parser.isSet(json)) {
                QJsonObject o;
                o.insert(QStringLiteral("severity"), d.isError() ? QStringLiteral("error") : QStringLiteral("warning"));
                o.insert(QStringLiteral("message"), d.message);
                o.insert(QStringLiteral("file"), d.file);
                o.insert(QStringLiteral("line"), d.line);
                o.insert(QStringLiteral("column"), d.column);
                o.insert(QStringLiteral("step"), d.step.isEmpty() ? QJsonValue() : QJsonValue(d.step));
                o.insert(QStringLiteral("field"), d.field.isEmpty() ? QJsonValue() : QJsonValue(d.field));
                diagnostics.append(o);
            } else {
                ctx.err << d.toString() << Qt::endl;
            }
        }
        if (parser.isSet(json)) {
            QJsonObject o;
            o.insert(QStringLiteral("file"), shown);
            o.insert(QStringLiteral("valid"), loaded.ok());
            o.insert(QStringLiteral("steps"), loaded.parsed ? int(loaded.spec.steps.size()) : 0);
            o.insert(QStringLiteral("diagnostics"), diagnostics);
            results.append(o);
        } else if (loaded.ok()) {
            ctx.out << Text::tr("%1: valid (%n step(s))", nullptr, int(loaded.spec.steps.size())).arg(shown)
                    << Qt::endl;
        }
    }
    if (parser.isSet(json))
        ctx.out << QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Indented)) << Qt::flush;
    return errors > 0 ? ExitUsage : ExitOk;
}

} // namespace mlops::cli
