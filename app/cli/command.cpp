// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "app/cli/command.h"

#include "core/common/suggest.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace mlops::cli {

Result<Workspace> Context::workspace() const
{
    return Workspace::locate(directory, currentDir);
}

int Context::fail(const Error &error) const
{
    err << QCoreApplication::translate("mlops::cli", "mlops: error: %1").arg(error.toString())
        << Qt::endl;
    return error.isBadInput() ? ExitUsage : ExitFailed;
}

int Context::usageError(const QString &message) const
{
    err << QCoreApplication::translate("mlops::cli", "mlops: error: %1").arg(message) << Qt::endl;
    return ExitUsage;
}

namespace {

/** The options a parser knows, as typed (`--json`, `-o`), read from its help text. */
QStringList knownOptions(const QCommandLineParser &parser)
{
    static const QRegularExpression optionLine(QStringLiteral("^\\s+(-[^ ].*?)(?:\\s{2,}|$)"));
    static const QRegularExpression name(QStringLiteral("--?[A-Za-z0-9][A-Za-z0-9-]*"));
    QStringList options;
    for (const QString &line : parser.helpText().split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = optionLine.match(line);
        if (!m.hasMatch())
            continue;
        for (const QString &part : m.captured(1).split(QStringLiteral(", "))) {
            const QRegularExpressionMatch n = name.match(part);
            if (n.hasMatch() && n.capturedStart() == 0)
                options.append(n.captured());
        }
    }
    return options;
}

/** How the user typed an option Qt names without dashes. */
QString asTyped(const QString &option, const QStringList &args)
{
    const QString longForm = QStringLiteral("--") + option;
    for (const QString &arg : args) {
        if (arg == longForm || arg.startsWith(longForm + QLatin1Char('=')))
            return longForm;
    }
    return (option.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + option;
}

} // namespace

QString parseErrorText(const QCommandLineParser &parser, const QStringList &args)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (!unknown.isEmpty()) {
        const QString typed = asTyped(unknown.first(), args);
        if (typed == QStringLiteral("-C"))   // the global option, after the command
            return QCoreApplication::translate("mlops::cli",
                                               "-C DIR goes before the command, as in git: mlops -C DIR COMMAND …");
        return QCoreApplication::translate("mlops::cli", "unknown option '%1'%2")
            .arg(typed, didYouMean(typed, knownOptions(parser)));
    }
    // Qt's other messages ("Missing value after '--limit'.") in the style of ours.
    QString text = parser.errorText().trimmed();
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    if (!text.isEmpty())
        text[0] = text.at(0).toLower();
    return text;
}

int Context::parse(QCommandLineParser &parser, const QStringList &args, const QString &usage) const
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("mlops::cli", "Show this help."));
    parser.addOption(help);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    QStringList withProgram = args;
    withProgram.prepend(QStringLiteral("mlops"));
    if (!parser.parse(withProgram))
        return usageError(parseErrorText(parser, args) + QLatin1Char('\n') + usage);
    if (parser.isSet(help)) {
        out << usage << Qt::endl;
        QString text = parser.helpText();
        // The help text starts with Qt's own usage line; ours replaces it.
        text = text.section(QLatin1Char('\n'), 1);
        out << text;
        out.flush();
        return ExitOk;
    }
    return -1;
}

void Context::printJson(const QJsonArray &array) const
{
    if (array.isEmpty())
        out << "[]\n";
    else
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    out.flush();
}

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {QStringLiteral("init"), QT_TRANSLATE_NOOP("mlops::cli", "Create a workspace from a template"),
         runInit},
        {QStringLiteral("validate"), QT_TRANSLATE_NOOP("mlops::cli", "Check pipeline files and report every problem"),
         runValidate},
        {QStringLiteral("fmt"), QT_TRANSLATE_NOOP("mlops::cli", "Rewrite pipeline files in canonical form"),
         runFmt},
        {QStringLiteral("run"), QT_TRANSLATE_NOOP("mlops::cli", "Run a pipeline"), runRun},
        {QStringLiteral("runs"), QT_TRANSLATE_NOOP("mlops::cli", "List the workspace's runs"),
         runRuns},
        {QStringLiteral("show"), QT_TRANSLATE_NOOP("mlops::cli", "Show one run: steps, parameters, metrics, artifacts"),
         runShow},
        {QStringLiteral("data"),
         QT_TRANSLATE_NOOP("mlops::cli", "Version data by pointer files: add, status, checkout"), runData},
        {QStringLiteral("lineage"),
         QT_TRANSLATE_NOOP("mlops::cli", "Show where a run, artifact, file or model version came from and what it fed"),
         runLineage},
        {QStringLiteral("reproduce"),
         QT_TRANSLATE_NOOP("mlops::cli", "Run a pipeline execution again at its commit with its data and compare"),
         runReproduce},
        {QStringLiteral("registry"),
         QT_TRANSLATE_NOOP("mlops::cli", "Model registry: list, show, approve, reject, alias, register"),
         runRegistry},
        {QStringLiteral("audit"),
         QT_TRANSLATE_NOOP("mlops::cli", "Show the governance audit log; --verify checks it"), runAudit},
        {QStringLiteral("maturity"),
         QT_TRANSLATE_NOOP("mlops::cli", "Assess the workspace's MLOps maturity from its evidence"),
         runMaturity},
        {QStringLiteral("notebook"),
         QT_TRANSLATE_NOOP("mlops::cli", "Run a notebook headless with parameters, tracked as a run"),
         runNotebookCommand},
        {QStringLiteral("serve"), QT_TRANSLATE_NOOP("mlops::cli", "Serve a model over HTTP (SageMaker's inference contract)"),
         runServe},
        {QStringLiteral("invoke"), QT_TRANSLATE_NOOP("mlops::cli", "Send a request to a model server's /invocations"),
         runInvoke},
        {QStringLiteral("doctor"), QT_TRANSLATE_NOOP("mlops::cli", "Check container engines, sandbox, Python and kernels"),
         runDoctor},
    };
    return list;
}

} // namespace mlops::cli
