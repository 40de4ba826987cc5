// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// mlops maturity: the workspace's MLOps maturity from the evidence found in it.
#include "app/cli/command.h"
#include "core/maturity/maturityassessor.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace mlops::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::cli::MaturityCommand)
};

void printCriterion(QTextStream &out, const CriterionResult &c)
{
    out << QStringLiteral("  [%1] ").arg(c.met ? QLatin1Char('x') : QLatin1Char(' ')) << c.title;
    if (!c.required)
        out << Text::tr(" (recommended)");
    out << "\n";
    for (const Evidence &e : c.evidence)
        out << QStringLiteral("        %1 %2  [%3]\n").arg(e.supports ? QLatin1Char('+') : QLatin1Char('-')).arg(e.text, e.source);
    if (!c.next.isEmpty()) {
        out << QStringLiteral("        -> ") << c.next.text << "\n";
        if (!c.next.command.isEmpty())
            out << QStringLiteral("           $ ") << c.next.command << "\n";
    }
}
} // namespace

int runMaturity(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON (format in the README)."));
    parser.addOption(json);
    const QString usage = Text::tr("Usage: mlops maturity [--json]");
    if (const int rc = ctx.parse(parser, args, usage); rc >= 0)
        return rc;
    if (parser.positionalArguments().size() > 1)
        return ctx.usageError(Text::tr("maturity takes no arguments\n%1").arg(usage));
    Result<Workspace> ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    const MaturityAssessment a = assessWorkspaceMaturity(*ws);

    if (parser.isSet(json)) {
        ctx.out << QString::fromUtf8(QJsonDocument(a.toJson()).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return ExitOk;
    }

    QTextStream &out = ctx.out;
    out << Text::tr("MLOps maturity of %1 (%2)").arg(ws->name(), ws->root()) << "\n\n";
    out << Text::tr("AWS phase:    %1").arg(a.hasPhase() ? maturityPhaseDisplayName(a.phase())
                                                          : Text::tr("not yet Initial"));
    if (a.phaseIndex + 1 < int(maturityPhases().size()))
        out << Text::tr("  (next: %1)").arg(maturityPhaseDisplayName(MaturityPhase(a.phaseIndex + 1)));
    out << "\n";
    out << Text::tr("Google level: %1 of %2, %3").arg(a.google.level).arg(a.google.maxLevel).arg(a.google.name) << "\n";
    out << Text::tr("Azure level:  %1 of %2, %3").arg(a.azure.level).arg(a.azure.maxLevel).arg(a.azure.name) << "\n";

    for (MaturityPhase phase : maturityPhases()) {
        const QList<CriterionResult> criteria = a.criteriaOf(phase);
        int met = 0;
        int required = 0;
        for (const CriterionResult &c : criteria) {
            required += c.required ? 1 : 0;
            met += c.required && c.met ? 1 : 0;
        }
        out << "\n" << maturityPhaseDisplayName(phase) << QStringLiteral(" — ")
            << (a.reached(phase) ? Text::tr("reached")
                                 : Text::tr("%1 of %2 required criteria met").arg(met).arg(required))
            << "\n";
        for (const CriterionResult &c : criteria)
            printCriterion(out, c);
    }

    const QList<CriterionResult> next = a.nextSteps();
    if (!next.isEmpty()) {
        out << "\n" << Text::tr("Next actions:") << "\n";
        int n = 0;
        for (const CriterionResult &c : next) {
            out << QStringLiteral("  %1. ").arg(++n) << QString(c.next.text).replace(QLatin1Char('\n'), QStringLiteral("\n     ")) << (c.required ? QString() : Text::tr(" (recommended)"))
                << "\n";
            if (!c.next.command.isEmpty())
                out << QStringLiteral("     $ ") << c.next.command << "\n";
        }
    }
    out.flush();
    return ExitOk;
}

} // namespace mlops::cli
