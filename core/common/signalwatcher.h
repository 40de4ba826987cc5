// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QObject>

class QSocketNotifier;

namespace mlops {

/**
 * Turns SIGINT and SIGTERM into a Qt signal on the event loop (a self-pipe), so a
 * command-line program stops its work cleanly on Ctrl-C instead of dying mid-write.
 * While it lives, a reader of the program's output that goes away (SIGPIPE) no longer
 * kills the program either. One instance per process.
 */
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    /** How many signals arrived so far (a second Ctrl-C may mean "now"). */
    int count() const { return m_count; }

signals:
    void interrupted(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
    int m_count = 0;
};

} // namespace mlops
