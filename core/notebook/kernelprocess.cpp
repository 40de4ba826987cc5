// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/notebook/kernelprocess.h"

#include "core/common/datadirs.h"
#include "core/notebook/connectioninfo.h"
#include "core/notebook/kernelspec.h"
#include "core/runtime/childprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <cstring>
#include <sys/wait.h>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::KernelProcess)
};
} // namespace

KernelProcess::KernelProcess() = default;

KernelProcess::~KernelProcess()
{
    stop(0);
}

Status KernelProcess::start(const KernelSpec &spec, const ConnectionInfo &connection,
                            const KernelLaunchOptions &options)
{
    stop(0);
    m_exited = false;
    m_exitCode = -1;
    m_exitSignal = 0;
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/mlops-kernel-XXXXXX"));
    if (!m_dir->isValid())
        return Error{Text::tr("cannot create a folder for the kernel's connection file: %1")
                         .arg(m_dir->errorString())};
    m_connectionFile = m_dir->filePath(QStringLiteral("kernel-connection.json"));
    m_logFile = m_dir->filePath(QStringLiteral("kernel.log"));
    if (Status s = connection.write(m_connectionFile); !s)
        return s;

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = spec.env.cbegin(); it != spec.env.cend(); ++it)
        env.insert(it.key(), it.value());
    for (auto it = options.environment.cbegin(); it != options.environment.cend(); ++it)
        env.insert(it.key(), it.value());
    QStringList pythonPath = options.pythonPath.isEmpty() ? QStringList{pythonHelperDir()}
                                                          : options.pythonPath;
    const QString existing = env.value(QStringLiteral("PYTHONPATH"));
    if (!existing.isEmpty())
        pythonPath.append(existing);
    env.insert(QStringLiteral("PYTHONPATH"), pythonPath.join(QLatin1Char(':')));
    // Lets the helper and user code know they run under the studio.
    env.insert(QStringLiteral("MLOPS_STUDIO_KERNEL"), QStringLiteral("1"));
    // As jupyter_client does: the kernel knows it has a front end (no console banner in
    // its log) and ipykernel ends itself if this process dies.
    env.insert(QStringLiteral("JPY_PARENT_PID"), QString::number(QCoreApplication::applicationPid()));
    // debugpy's warning about frozen modules on Python 3.11 would fill the kernel log.
    if (!env.contains(QStringLiteral("PYDEVD_DISABLE_FILE_VALIDATION")))
        env.insert(QStringLiteral("PYDEVD_DISABLE_FILE_VALIDATION"), QStringLiteral("1"));

    const QStringList command = spec.commandLine(m_connectionFile);
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(env);
    m_process->setProgram(command.first());
    m_process->setArguments(command.mid(1));
    if (!options.workingDirectory.isEmpty())
        m_process->setWorkingDirectory(options.workingDirectory);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_logFile);
    m_process->setStandardInputFile(QProcess::nullDevice());
    startInOwnProcessGroup(*m_process);
    m_process->start();
    if (!m_process->waitForStarted(30000)) {
        const QString why = m_process->errorString();
        m_process.reset();
        return Error{Text::tr("cannot start the kernel '%1' (%2): %3")
                         .arg(spec.name, command.first(), why)};
    }
    m_pid = m_process->processId();
    return {};
}

bool KernelProcess::isRunning() const
{
    const qint64 pid = m_pid.load();
    if (pid <= 0 || m_exited)
        return false;
    siginfo_t info;
    std::memset(&info, 0, sizeof info);
    // WNOWAIT: look without reaping, so QProcess still collects its child.
    const int rc = ::waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT | __WALL);
    if (rc == 0 && info.si_pid == 0)
        return true;
    if (rc == 0) {
        if (info.si_code == CLD_EXITED)
            m_exitCode = info.si_status;
        else
            m_exitSignal = info.si_status;
    }
    m_exited = true;
    return false;
}

QString KernelProcess::exitDescription() const
{
    if (isRunning() || m_pid.load() <= 0)
        return {};
    if (m_exitSignal > 0) {
        return Text::tr("was killed by signal %1 (%2)")
            .arg(m_exitSignal.load())
            .arg(QString::fromLocal8Bit(::strsignal(m_exitSignal.load())));
    }
    if (m_exitCode >= 0)
        return Text::tr("exited with code %1").arg(m_exitCode.load());
    return Text::tr("exited");
}

QString KernelProcess::logTail(int maxLines) const
{
    QFile file(m_logFile);
    if (m_logFile.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    const qint64 size = file.size();
    const qint64 window = 16 * 1024;
    if (size > window)
        file.seek(size - window);
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (lines.size() > maxLines)
        lines = lines.mid(lines.size() - maxLines);
    return lines.join(QLatin1Char('\n'));
}

bool KernelProcess::interrupt() const
{
    return isRunning() && signalProcessGroup(m_pid.load(), SIGINT);
}

void KernelProcess::kill() const
{
    if (m_pid.load() > 0)
        signalProcessGroup(m_pid.load(), SIGKILL);
}

bool KernelProcess::waitForExit(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (isRunning()) {
        if (timer.elapsed() >= timeoutMs)
            return false;
        QThread::msleep(5);
    }
    return true;
}

void KernelProcess::stop(int graceMs)
{
    if (!m_process)
        return;
    if (!waitForExit(graceMs))
        kill();
    // Reap the child (and its group's leftovers get the SIGKILL above).
    if (m_process->state() != QProcess::NotRunning && !m_process->waitForFinished(5000)) {
        kill();
        m_process->waitForFinished(1000);
    }
    // Whatever the kernel started in its group goes with it.
    if (processGroupExists(m_pid.load()))
        kill();
    m_exited = true;
    m_process.reset();
    m_dir.reset();
}

} // namespace mlops
