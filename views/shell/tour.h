// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

namespace mlops {

class MainWindow;
class Screen;

/**
 * `mlops-studio --tour OUTDIR`: shows the welcome screen, opens the workspace, visits
 * every screen, waits until each has loaded its data, and saves one PNG per screen
 * (`welcome.png`, `overview.png`, …) into OUTDIR, plus the extra pictures a screen asks
 * for (Screen::tourCaptures(), saved as `<screen>-<name>.png`). How anyone checks what the studio
 * looks like, also on the offscreen platform.
 */
class Tour : public QObject
{
    Q_OBJECT

public:
    Tour(MainWindow *window, QString workspaceRoot, QString outDir, QObject *parent = nullptr);

    void start();
    const QStringList &savedFiles() const { return m_saved; }

    /** Longest wait for one screen to finish loading. */
    static constexpr int kScreenTimeoutMs = 120000;

signals:
    /** 0 when every screen was captured, 1 otherwise. */
    void finished(int exitCode);

private:
    void next();
    void captureExtras(Screen *screen, QStringList names);
    void capture(const QString &name);
    void waitUntilIdle(const std::function<void()> &then, int waitedMs = 0);

    MainWindow *m_window;
    QString m_workspaceRoot;
    QString m_outDir;
    int m_index = -1;
    int m_failures = 0;
    QStringList m_saved;
};

} // namespace mlops
