// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/shell/startupreport.h"

#include "core/common/processinfo.h"
#include "views/shell/mainwindow.h"
#include "views/shell/screen.h"

#include <QApplication>
#include <QTextStream>
#include <QTimer>

namespace mlops {

StartupReport::StartupReport(MainWindow *window) : QObject(window), m_window(window) {}

bool StartupReport::isRequested()
{
    return qEnvironmentVariable("MLOPS_STUDIO_STARTUP_REPORT") == QStringLiteral("1");
}

void StartupReport::start()
{
    for (Screen *screen : m_window->screens())
        connect(screen, &Screen::busyChanged, this, &StartupReport::check);
    QTimer::singleShot(0, this, &StartupReport::check);
}

void StartupReport::check()
{
    if (m_reported || !m_window->isVisible())
        return;
    const Screen *screen = m_window->currentScreen();
    if (!m_window->isWelcomeShown() && screen && screen->isBusy())
        return;
    m_reported = true;
    // Let the window paint what it just received, then take the time.
    QTimer::singleShot(0, this, [] {
        QCoreApplication::sendPostedEvents();
        QTextStream(stdout) << "startup_ms " << QString::number(processAgeMs(), 'f', 0) << Qt::endl;
        QCoreApplication::quit();
    });
}

} // namespace mlops
