// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QObject>

namespace mlops {

class MainWindow;

/**
 * Start-up measurement for the benchmarks (tests/bench): once the main window is shown
 * and its current screen has loaded its data, prints `startup_ms <milliseconds since
 * the process started>` on stdout and quits the application. Switched on by the
 * environment variable MLOPS_STUDIO_STARTUP_REPORT=1; not a user feature.
 */
class StartupReport : public QObject
{
    Q_OBJECT

public:
    explicit StartupReport(MainWindow *window);

    /** True when the environment asks for the report. */
    static bool isRequested();

    /** Starts watching; call after the window was shown and the workspace opened. */
    void start();

private:
    void check();

    MainWindow *m_window;
    bool m_reported = false;
};

} // namespace mlops
