// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/runtime/watchdog.h"

#include "core/common/processinfo.h"
#include "core/runtime/containerengine.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStandardPaths>
#include <QThread>

#include <unistd.h>

namespace mlops {

QString watchdogCommand()
{
    return QStringLiteral("internal-watch");
}

Watchdog::Watchdog(const QString &storePath)
{
    const ProcessIdentity self = ProcessIdentity::current();
    QStringList args{watchdogCommand(), QString::number(self.pid), QString::number(self.startTime)};
    if (!storePath.isEmpty())
        args << storePath;
    m_process.setProgram(QCoreApplication::applicationFilePath());
    m_process.setArguments(args);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.setStandardErrorFile(QProcess::nullDevice());
    // Its own session: Ctrl-C and a closing terminal reach the command, not its companion.
    m_process.setChildProcessModifier([] { ::setsid(); });
    m_process.start(QIODevice::WriteOnly);
    m_process.waitForStarted(2000);
}

Watchdog::~Watchdog()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.write("done\n");
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(2000))
        m_process.kill();
}

int watchdogMain(const QStringList &args)
{
    if (args.size() != 3 && args.size() != 4)
        return 2;
    const ProcessIdentity owner{args.at(1).toLongLong(), args.at(2).toLongLong()};
    const QString storePath = args.value(3);
    QByteArray said;
    char buffer[64];
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n > 0) {
            said.append(buffer, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        break;   // end of file: the command closed the pipe, or died
    }
    if (said.contains("done"))
        return 0;
    // The pipe closed as the command died: its runs were working until now.
    const WitnessedDeath death{owner, QDateTime::currentMSecsSinceEpoch()};
    // The pipe closed as the command's program died; wait until it is gone (not a zombie).
    for (int i = 0; i < 200 && owner.isAlive(); ++i)
        QThread::msleep(50);
    if (owner.isAlive())
        return 1;
    // Opening the store recovers what a dead run left: Interrupted, step processes ended.
    const bool recovered = storePath.isEmpty() || bool(Store::open(storePath, death));
    // A container's client died with the command, its container did not (a step's, or a
    // model server's holding its port): remove the containers whose owning program is gone.
    for (const QString &name : ContainerEngine::names()) {
        const std::optional<ContainerEngine> engine = ContainerEngine::byName(name);
        if (engine && !QStandardPaths::findExecutable(engine->program()).isEmpty())
            (void)engine->cleanupLeftovers();
    }
    return recovered ? 0 : 1;
}

} // namespace mlops
