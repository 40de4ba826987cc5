// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/runtime/processrunner.h"

#include "core/common/datadirs.h"
#include "core/runtime/childprocess.h"
#include "core/runtime/containerrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <csignal>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::ProcessRunner)
};
} // namespace

// --- registry --------------------------------------------------------------------------

RunnerRegistry::RunnerRegistry()
{
    add(QStringLiteral("process"), [](QObject *parent) { return new ProcessRunner(parent); });
    add(QStringLiteral("sandbox"), [](QObject *parent) { return new SandboxRunner(parent); });
    add(QStringLiteral("docker"),
        [](QObject *parent) { return new ContainerRunner(ContainerEngine::docker(), parent); });
    add(QStringLiteral("podman"),
        [](QObject *parent) { return new ContainerRunner(ContainerEngine::podman(), parent); });
}

RunnerRegistry &RunnerRegistry::instance()
{
    static RunnerRegistry registry;
    return registry;
}

void RunnerRegistry::add(const QString &name, Factory factory)
{
    m_factories.insert(name, std::move(factory));
}

StepRunner *RunnerRegistry::create(const QString &name, QObject *parent) const
{
    const auto it = m_factories.constFind(name);
    return it == m_factories.cend() ? nullptr : (*it)(parent);
}

QStringList mapInterpreter(const QStringList &command, const QString &python)
{
    QStringList mapped = command;
    if (!mapped.isEmpty() && (mapped.first() == QStringLiteral("python") || mapped.first() == QStringLiteral("python3")))
        mapped.first() = python;
    return mapped;
}

// --- ProcessRunner ---------------------------------------------------------------------

ProcessRunner::ProcessRunner(QObject *parent) : StepRunner(parent) {}

ProcessRunner::~ProcessRunner()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        signalProcessGroup(m_pgid, SIGKILL);
        m_process->waitForFinished(2000);
    }
}

StepPaths ProcessRunner::paths(const StepLaunch &launch) const
{
    return StepPaths{launch.layout.root, launch.workspaceRoot, pythonHelperDir()};
}

QStringList ProcessRunner::commandLine(const StepLaunch &launch) const
{
    return mapInterpreter(launch.command, pythonFor(launch));
}

QStringList ProcessRunner::processEnvironment(const StepLaunch &launch) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const StepPaths p = paths(launch);
    const QMap<QString, QString> contract = launch.layout.environment(p);
    for (auto it = launch.environment.cbegin(); it != launch.environment.cend(); ++it)
        env.insert(it.key(), it.value());
    for (auto it = contract.cbegin(); it != contract.cend(); ++it)
        env.insert(it.key(), it.value());
    const QString existing = env.value(QStringLiteral("PYTHONPATH"));
    env.insert(QStringLiteral("PYTHONPATH"),
               existing.isEmpty() ? p.helperDir : p.helperDir + QLatin1Char(':') + existing);
    return env.toStringList();
}

void ProcessRunner::start(const StepLaunch &launch)
{
    const QStringList line = commandLine(launch);
    m_process = new QProcess(this);
    // Resolve a bare program name once, rather than letting exec try every PATH entry.
    QString program = line.first();
    if (!program.contains(QLatin1Char('/'))) {
        const QString found = QStandardPaths::findExecutable(program);
        if (!found.isEmpty())
            program = found;
    }
    m_process->setProgram(program);
    m_process->setArguments(line.mid(1));
    m_process->setWorkingDirectory(launch.workspaceRoot);
    m_process->setEnvironment(processEnvironment(launch));
    m_process->setStandardInputFile(QProcess::nullDevice());
    startInOwnProcessGroup(*m_process);
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            [this] { emit outputReady(m_process->readAllStandardOutput(), false); });
    connect(m_process, &QProcess::readyReadStandardError, this,
            [this] { emit outputReady(m_process->readAllStandardError(), true); });
    connect(m_process, &QProcess::started, this, [this] {
        m_pgid = m_process->processId();
        emit started(m_pgid);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this, line](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        m_startFailed = true;
        emit finished(-1, true,
                      Text::tr("cannot start '%1': %2").arg(line.first(), m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        if (m_startFailed)
            return;
        // Drain what is left in the pipes before reporting the end.
        const QByteArray out = m_process->readAllStandardOutput();
        if (!out.isEmpty())
            emit outputReady(out, false);
        const QByteArray err = m_process->readAllStandardError();
        if (!err.isEmpty())
            emit outputReady(err, true);
        // The step's own children may outlive it in its group: they go with it.
        signalProcessGroup(m_pgid, SIGKILL);
        emit finished(exitCode, status == QProcess::CrashExit,
                      status == QProcess::CrashExit ? Text::tr("the step was killed by a signal") : QString());
    });
    m_process->start();
}

void ProcessRunner::terminate()
{
    if (!signalProcessGroup(m_pgid, SIGTERM) && m_process)
        m_process->terminate();
}

void ProcessRunner::kill()
{
    if (!signalProcessGroup(m_pgid, SIGKILL) && m_process)
        m_process->kill();
}

// --- SandboxRunner ---------------------------------------------------------------------

QString SandboxRunner::bwrapPath()
{
    const QString overridden = qEnvironmentVariable("MLOPS_BWRAP");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::findExecutable(QStringLiteral("bwrap"));
}

Status SandboxRunner::check() const
{
    if (bwrapPath().isEmpty())
        return Error{Text::tr("the sandbox runner needs bubblewrap, which is not installed "
                              "(apt install bubblewrap), or use runner: process")};
    return {};
}

StepPaths SandboxRunner::paths(const StepLaunch &launch) const
{
    return StepPaths{QStringLiteral("/opt/ml"), launch.workspaceRoot, pythonHelperDir()};
}

QStringList SandboxRunner::commandLine(const StepLaunch &launch) const
{
    const QString workspace = launch.workspaceRoot;
    const QString helper = QFileInfo(pythonHelperDir()).canonicalFilePath();
    // A bind target must exist in the read-only root: /opt and /tmp become tmpfs first.
    QStringList args = {bwrapPath(),
                        QStringLiteral("--ro-bind"), QStringLiteral("/"), QStringLiteral("/"),
                        QStringLiteral("--dev"), QStringLiteral("/dev"),
                        QStringLiteral("--proc"), QStringLiteral("/proc"),
                        QStringLiteral("--tmpfs"), QStringLiteral("/tmp"),
                        QStringLiteral("--tmpfs"), QStringLiteral("/opt"),
                        // The workspace and the helper may live under /tmp: bind them back.
                        QStringLiteral("--ro-bind"), workspace, workspace};
    if (!helper.isEmpty() && !helper.startsWith(workspace + QLatin1Char('/')))
        args += {QStringLiteral("--ro-bind"), helper, helper};
    args += {QStringLiteral("--bind"), launch.layout.root, QStringLiteral("/opt/ml")};
    // Input channels are read-only inside the writable job folder, as on SageMaker.
    for (const QString &channel : launch.layout.inputs)
        args += {QStringLiteral("--ro-bind"), launch.layout.hostInputDir(channel),
                 launch.layout.inputDir(channel, QStringLiteral("/opt/ml"))};
    args += {QStringLiteral("--unshare-all"), QStringLiteral("--die-with-parent"),
             QStringLiteral("--chdir"), workspace};
    if (launch.network)
        args.append(QStringLiteral("--share-net"));
    args.append(QStringLiteral("--"));
    args += mapInterpreter(launch.command, pythonFor(launch));
    return args;
}

} // namespace mlops
