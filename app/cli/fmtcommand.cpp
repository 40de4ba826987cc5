// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "app/cli/command.h"
#include "core/common/fileutil.h"
#include "core/pipeline/pipelinewriter.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace mlops::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::cli::FmtCommand)
};
} // namespace

int runFmt(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption check(QStringLiteral("check"),
                                   Text::tr("Change nothing; list the files that are not in canonical form and exit "
                                            "with 1 if there are any."));
    parser.addOption(check);
    parser.addPositionalArgument(QStringLiteral("PIPELINE"), Text::tr("The pipeline file(s) to format, or a folder of them."));
    const QString usage = Text::tr("Usage: mlops fmt [--check] PIPELINE...");
    if (const int rc = ctx.parse(parser, args, usage); rc >= 0)
        return rc;
    const QStringList arguments = parser.positionalArguments().mid(1);
    if (arguments.isEmpty())
        return ctx.usageError(Text::tr("fmt needs a pipeline file\n%1").arg(usage));

    // Files work without a workspace; inside one, names resolve as for `mlops run`.
    Result<Workspace> ws = ctx.workspace();
    const Workspace *workspace = ws ? &*ws : nullptr;
    const QStringList files = expandPipelineFolders(ctx, arguments, workspace);
    int broken = 0;
    int changed = 0;
    for (const QString &file : files) {
        const QString path = resolvePipelinePath(ctx, file, workspace);
        const QString shown = workspace ? workspace->relativePath(path) : file;
        if (workspace && !QFileInfo::exists(path)) {
            if (Result<QString> found = findPipeline(ctx, file, *workspace); !found) {
                ctx.err << Text::tr("mlops: error: %1").arg(found.error().message) << Qt::endl;
                ++broken;
                continue;
            }
        }
        if (QFileInfo(path).isDir()) {
            ctx.err << Text::tr("mlops: error: %1: a folder with no pipeline files (*.yaml, *.yml) in it").arg(shown)
                    << Qt::endl;
            ++broken;
            continue;
        }
        Result<QByteArray> text = readFile(path);
        if (!text) {
            ctx.err << Text::tr("mlops: error: %1").arg(text.error().toString()) << Qt::endl;
            ++broken;
            continue;
        }
        Diagnostics diagnostics;
        Result<QByteArray> formatted = PipelineWriter::format(shown, *text, &diagnostics);
        if (!formatted) {
            for (const Diagnostic &d : std::as_const(diagnostics))
                ctx.err << d.toString() << Qt::endl;
            ctx.err << Text::tr("mlops: error: %1 has errors; it was not formatted").arg(shown) << Qt::endl;
            ++broken;
            continue;
        }
        if (*formatted == *text)
            continue;
        ++changed;
        if (parser.isSet(check)) {
            ctx.out << Text::tr("%1 would be reformatted").arg(shown) << Qt::endl;
            continue;
        }
        if (Status s = writeFileAtomically(path, *formatted); !s) {
            ctx.err << Text::tr("mlops: error: %1").arg(s.error().toString()) << Qt::endl;
            ++broken;
            continue;
        }
        ctx.out << Text::tr("formatted %1").arg(shown) << Qt::endl;
    }
    if (broken > 0)
        return ExitUsage;
    if (parser.isSet(check) && changed > 0) {
        ctx.err << Text::tr("%n file(s) would be reformatted; run 'mlops fmt' on them", nullptr, changed) << Qt::endl;
        return ExitFailed;
    }
    return ExitOk;
}

} // namespace mlops::cli
