// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/shell/tour.h"

#include "views/shell/mainwindow.h"
#include "views/shell/screen.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

namespace mlops {

Tour::Tour(MainWindow *window, QString workspaceRoot, QString outDir, QObject *parent)
    : QObject(parent), m_window(window), m_workspaceRoot(std::move(workspaceRoot)),
      m_outDir(std::move(outDir))
{
}

void Tour::start()
{
    QDir().mkpath(m_outDir);
    m_window->setRememberRecent(false);
    m_window->resize(1280, 820);
    m_window->show();
    m_window->showWelcome();
    // Let the window lay out and paint once before the first picture.
    QTimer::singleShot(300, this, [this] {
        capture(QStringLiteral("welcome"));
        QString error;
        if (!m_window->openWorkspace(m_workspaceRoot, &error, true)) {
            QTextStream(stderr) << tr("tour: cannot open %1: %2").arg(m_workspaceRoot, error)
                                << Qt::endl;
            emit finished(1);
            return;
        }
        next();
    });
}

void Tour::next()
{
    ++m_index;
    const QList<Screen *> &screens = m_window->screens();
    if (m_index >= screens.size()) {
        if (m_index > screens.size() || screens.isEmpty()) {
            emit finished(m_failures == 0 ? 0 : 1);
            return;
        }
        // The first screen once more, now that the tour has run the pipeline and the
        // notebook: the Overview with runs, a registered model and the audit trail.
        Screen *first = screens.first();
        m_window->showScreen(first->screenId());
        waitUntilIdle([this, first] {
            QTimer::singleShot(400, this, [this, first] {
                capture(first->screenId() + QStringLiteral("-after-runs"));
                next();
            });
        });
        return;
    }
    Screen *screen = screens.at(m_index);
    m_window->showScreen(screen->screenId());
    waitUntilIdle([this, screen] {
        screen->prepareForTour();
        waitUntilIdle([this, screen] {
            // One more beat for charts and scenes to paint what they just received.
            QTimer::singleShot(400, this, [this, screen] {
                capture(screen->screenId());
                captureExtras(screen, screen->tourCaptures());
            });
        });
    });
}

void Tour::captureExtras(Screen *screen, QStringList names)
{
    if (names.isEmpty()) {
        next();
        return;
    }
    const QString name = names.takeFirst();
    screen->prepareTourCapture(name);
    waitUntilIdle([this, screen, name, names] {
        QTimer::singleShot(400, this, [this, screen, name, names] {
            capture(screen->screenId() + QLatin1Char('-') + name);
            captureExtras(screen, names);
        });
    });
}

void Tour::waitUntilIdle(const std::function<void()> &then, int waitedMs)
{
    Screen *screen = m_window->currentScreen();
    if (screen && screen->isBusy()) {
        if (waitedMs >= kScreenTimeoutMs) {
            QTextStream(stderr) << tr("tour: %1 was still loading after %2 s; capturing it as is")
                                       .arg(screen->screenId())
                                       .arg(kScreenTimeoutMs / 1000)
                                << Qt::endl;
            ++m_failures;
            then();
            return;
        }
        QTimer::singleShot(50, this, [this, then, waitedMs] { waitUntilIdle(then, waitedMs + 50); });
        return;
    }
    QTimer::singleShot(0, this, then);
}

void Tour::capture(const QString &name)
{
    QApplication::processEvents();
    const QString file = QDir(m_outDir).filePath(name + QStringLiteral(".png"));
    const QPixmap shot = m_window->grab();
    if (!shot.save(file)) {
        QTextStream(stderr) << tr("tour: cannot write %1").arg(file) << Qt::endl;
        ++m_failures;
        return;
    }
    m_saved.append(file);
    QTextStream(stdout) << file << Qt::endl;
}

} // namespace mlops
