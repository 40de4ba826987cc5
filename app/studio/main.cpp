// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// mlops-studio: the desktop studio. Parses the command line and wires the main window.

#include "core/common/i18n.h"
#include "core/workspace/workspace.h"
#include "core/workspace/workspaceinitializer.h"
#include "views/common/theme.h"
#include "views/shell/mainwindow.h"
#include "views/shell/tour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace mlops;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mlops-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("MLOps Studio"));
    QApplication::setApplicationVersion(QStringLiteral(MLOPS_VERSION));
    QApplication::setOrganizationName(QStringLiteral("MLOps Studio"));
    QApplication::setDesktopFileName(QStringLiteral("org.mlopsstudio.MLOpsStudio"));
    installTranslations(app);
    applyStudioTheme(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "mlops::studio", "MLOps Studio: notebooks, pipelines, runs and lineage on your machine."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption tourOption(
        QStringLiteral("tour"),
        QApplication::translate("mlops::studio",
                                "Visit every screen and save one PNG per screen into OUTDIR, "
                                "then quit. Without WORKSPACE, a fresh demo workspace is used."),
        QApplication::translate("mlops::studio", "OUTDIR"));
    parser.addOption(tourOption);
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"),
                                 QApplication::translate("mlops::studio", "The workspace to open."),
                                 QStringLiteral("[WORKSPACE]"));
    parser.process(app);
    const QStringList positional = parser.positionalArguments();
    QTextStream err(stderr);
    if (positional.size() > 1) {
        err << QApplication::translate("mlops::studio", "mlops-studio: error: give at most one workspace")
            << Qt::endl;
        return 2;
    }

    QString workspace = positional.isEmpty() ? QString() : QDir().absoluteFilePath(positional.first());
    if (!workspace.isEmpty()) {
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

    if (parser.isSet(tourOption)) {
        QTemporaryDir demoDir;
        if (workspace.isEmpty()) {
            InitOptions options;
            options.dir = demoDir.filePath(QStringLiteral("breast-cancer-demo"));
            Result<InitResult> created = initWorkspace(options);
            if (!created) {
                err << QApplication::translate("mlops::studio", "mlops-studio: error: %1")
                           .arg(created.error().toString())
                    << Qt::endl;
                return 1;
            }
            workspace = created->root;
        }
        Tour tour(&window, workspace, QDir().absoluteFilePath(parser.value(tourOption)));
        int exitCode = 0;
        QObject::connect(&tour, &Tour::finished, &app, [&exitCode](int code) {
            exitCode = code;
            QApplication::quit();
        });
        QTimer::singleShot(0, &tour, &Tour::start);
        app.exec();
        return exitCode;
    }

    window.show();
    if (!workspace.isEmpty())
        window.openWorkspace(workspace);
    return app.exec();
}
