// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// mlops-studio: the desktop studio. Parses the command line and wires the main window.

#include "core/common/i18n.h"
#include "core/runtime/watchdog.h"
#include "core/workspace/workspace.h"
#include "core/workspace/workspaceinitializer.h"
#include "views/common/theme.h"
#include "views/shell/mainwindow.h"
#include "views/shell/startupreport.h"
#include "views/shell/tour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstring>

using namespace mlops;

namespace {

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("mlops-studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MLOPS_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("MLOps Studio"));
}

struct Options
{
    QCommandLineOption tour{QStringLiteral("tour"),
                            QCoreApplication::translate(
                                "mlops::studio",
                                "Visit every screen and save one PNG per screen into OUTDIR, "
                                "then quit. Without WORKSPACE, a fresh demo workspace is used."),
                            QCoreApplication::translate("mlops::studio", "OUTDIR")};
};

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "mlops::studio", "MLOps Studio: notebooks, pipelines, runs and lineage on your machine."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.tour);
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"),
                                 QCoreApplication::translate("mlops::studio", "The workspace to open."),
                                 QStringLiteral("[WORKSPACE]"));
}

/**
 * Parses the command line; a usage error is printed and exits with 2 (DESIGN.md §6),
 * as `mlops` does. Returns false then.
 */
bool parseOrExplain(QCommandLineParser &parser)
{
    if (parser.parse(QCoreApplication::arguments()))
        return true;
    QString why = parser.errorText().trimmed();
    if (why.endsWith(QLatin1Char('.')))
        why.chop(1);
    if (!why.isEmpty())
        why[0] = why.at(0).toLower();
    if (const QStringList unknown = parser.unknownOptionNames(); !unknown.isEmpty())
        why = QCoreApplication::translate("mlops::studio", "unknown option '%1'")
                  .arg((unknown.first().size() == 1 ? QStringLiteral("-") : QStringLiteral("--"))
                       + unknown.first());
    QTextStream(stderr) << QCoreApplication::translate("mlops::studio",
                                                       "mlops-studio: error: %1 (see 'mlops-studio --help')")
                               .arg(why)
                        << Qt::endl;
    return false;
}

/** --help and --version print and exit without a display, so no QApplication for them. */
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // The companion a pipeline run starts (Watchdog): no display, nothing else.
    if (argc > 1 && watchdogCommand() == QLatin1String(argv[1])) {
        QCoreApplication app(argc, argv);
        return watchdogMain(app.arguments().mid(1));
    }
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        installTranslations(app);
        QCommandLineParser parser;
        const Options options;
        describe(parser, options);
        if (!parseOrExplain(parser))
            return 2;
        parser.process(app);  // the options are valid: prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("MLOps Studio"));
    QApplication::setDesktopFileName(QStringLiteral("org.mlopsstudio.MLOpsStudio"));
    installTranslations(app);
    applyStudioTheme(app);

    QCommandLineParser parser;
    const Options options;
    describe(parser, options);
    if (!parseOrExplain(parser))
        return 2;
    const QStringList positional = parser.positionalArguments();
    QTextStream err(stderr);
    if (positional.size() > 1) {
        err << QApplication::translate("mlops::studio", "mlops-studio: error: give at most one workspace")
            << Qt::endl;
        return 2;
    }

    QString workspace = positional.isEmpty() ? QString() : QDir().absoluteFilePath(positional.first());
    if (!workspace.isEmpty()) {
        if (!QFileInfo::exists(workspace)) {
            err << QApplication::translate("mlops::studio", "mlops-studio: error: %1: no such folder")
                       .arg(workspace)
                << Qt::endl;
            return 2;
        }
        const std::optional<QString> root = Workspace::findRoot(workspace);
        if (!root) {
            err << QApplication::translate("mlops::studio",
                                           "mlops-studio: error: %1 is not inside an MLOps Studio "
                                           "workspace (no mlops.yaml in it or above it)")
                       .arg(workspace)
                << Qt::endl;
            return 2;
        }
        workspace = *root;
    }

    MainWindow window;

    if (parser.isSet(options.tour)) {
        QTemporaryDir demoDir;
        if (workspace.isEmpty()) {
            InitOptions init;
            init.dir = demoDir.filePath(QStringLiteral("breast-cancer-demo"));
            Result<InitResult> created = initWorkspace(init);
            if (!created) {
                err << QApplication::translate("mlops::studio", "mlops-studio: error: %1")
                           .arg(created.error().toString())
                    << Qt::endl;
                return 1;
            }
            workspace = created->root;
        } else if (Result<Workspace> opened = Workspace::open(workspace); !opened) {
            // Bad input: said before any picture is taken (the studio itself would show it).
            err << QApplication::translate("mlops::studio", "mlops-studio: error: %1")
                       .arg(opened.error().toString())
                << Qt::endl;
            return 2;
        }
        Tour tour(&window, workspace, QDir().absoluteFilePath(parser.value(options.tour)));
        int exitCode = 0;
        QObject::connect(&tour, &Tour::finished, &app, [&exitCode](int code) {
            exitCode = code;
            QApplication::quit();
        });
        QTimer::singleShot(0, &tour, &Tour::start);
        app.exec();
        return exitCode;
    }

    const bool reportStartup = StartupReport::isRequested();
    if (reportStartup)
        window.setRememberRecent(false);  // a measurement, not the user's work
    window.show();
    if (!workspace.isEmpty())
        window.openWorkspace(workspace);
    if (reportStartup)
        (new StartupReport(&window))->start();
    return app.exec();
}
