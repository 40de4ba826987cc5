// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "app/cli/command.h"
#include "core/common/datadirs.h"
#include "core/runtime/doctor.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace mlops::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::cli::DoctorCommand)
};

QString stateLabel(DoctorCheck::State state)
{
    switch (state) {
    case DoctorCheck::State::Ok: return Text::tr("ok");
    case DoctorCheck::State::Warning: return Text::tr("warning");
    case DoctorCheck::State::Missing: return Text::tr("missing");
    }
    return {};
}
} // namespace

int runDoctor(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON (format in the README)."));
    parser.addOption(json);
    const QString usage = Text::tr("Usage: mlops doctor [--json]");
    if (const int rc = ctx.parse(parser, args, usage); rc >= 0)
        return rc;
    if (parser.positionalArguments().size() > 1)
        return ctx.usageError(Text::tr("doctor takes no arguments\n%1").arg(usage));

    DoctorContext context;
    context.python = defaultPython();
    // Outside a workspace the default interpreter is checked.
    if (Result<Workspace> ws = ctx.workspace())
        context.python = ws->python();
    const DoctorReport report = DoctorRegistry::instance().run(context);

    if (parser.isSet(json)) {
        ctx.out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return report.usable() ? ExitOk : ExitFailed;
    }
    int width = 0;
    for (const DoctorCheck &c : report.checks)
        width = qMax(width, int(c.title.size()));
    for (const DoctorCheck &c : report.checks) {
        ctx.out << QStringLiteral("%1  %2  %3%4")
                       .arg(stateLabel(c.state).leftJustified(8), c.title.leftJustified(width),
                            c.version.isEmpty() ? QString() : c.version + QStringLiteral("  "), c.detail)
                << Qt::endl;
        if (c.state != DoctorCheck::State::Ok && !c.fix.isEmpty())
            ctx.out << QString(10 + width, QLatin1Char(' ')) << Text::tr("fix: %1").arg(c.fix) << Qt::endl;
    }
    ctx.out << Qt::endl;
    if (report.usable()) {
        ctx.out << Text::tr("MLOps Studio is usable; runners whose checks are not ok stay unavailable.")
                << Qt::endl;
        return ExitOk;
    }
    ctx.out << Text::tr("MLOps Studio cannot run pipelines until the essential checks above pass.") << Qt::endl;
    return ExitFailed;
}

} // namespace mlops::cli
