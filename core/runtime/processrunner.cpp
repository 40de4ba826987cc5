// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/runtime/processrunner.h"

#include "core/common/datadirs.h"
#include "core/common/processinfo.h"
#include "core/runtime/childprocess.h"
#include "core/runtime/containerrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTimer>

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
        killProcessesMarked(m_marker);
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
    m_launch = launch;
    if (!launch.layout.runId.isEmpty())
        m_marker = QByteArrayLiteral("MLOPS_RUN_ID=") + launch.layout.runId.toUtf8();
    m_lastPidBefore = lastPidAllocated();
    m_clock.start();
    startProcess();
}

void ProcessRunner::prepareStart(QProcess &process, QStringList &arguments)
{
    Q_UNUSED(arguments);
    startInOwnProcessGroup(process);
}

bool ProcessRunner::startAgain(int exitCode, const QByteArray &stderrTail, QString *note)
{
    Q_UNUSED(exitCode);
    Q_UNUSED(stderrTail);
    Q_UNUSED(note);
    return false;
}

void ProcessRunner::keepTail(const QByteArray &stderrData)
{
    constexpr qsizetype kTail = 4096;
    m_stderrTail.append(stderrData.right(kTail));
    if (m_stderrTail.size() > kTail)
        m_stderrTail.remove(0, m_stderrTail.size() - kTail);
}

void ProcessRunner::startProcess()
{
    const StepLaunch &launch = m_launch;
    const QStringList line = commandLine(launch);
    m_startFailed = false;
    m_process = new QProcess(this);
    // Resolve a bare program name once, rather than letting exec try every PATH entry.
    QString program = line.first();
    if (!program.contains(QLatin1Char('/'))) {
        const QString found = QStandardPaths::findExecutable(program);
        if (!found.isEmpty())
            program = found;
    }
    QStringList arguments = line.mid(1);
    m_process->setWorkingDirectory(launch.workspaceRoot);
    m_process->setEnvironment(processEnvironment(launch));
    m_process->setStandardInputFile(QProcess::nullDevice());
    prepareStart(*m_process, arguments);
    m_process->setProgram(program);
    m_process->setArguments(arguments);
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            [this] { emit outputReady(m_process->readAllStandardOutput(), false); });
    m_stderrTail.clear();
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        const QByteArray data = m_process->readAllStandardError();
        keepTail(data);
        emit outputReady(data, true);
    });
    connect(m_process, &QProcess::started, this, [this] {
        m_pgid = m_process->processId();
        emit started(m_pgid);
    });
    const bool searchedPath = !line.first().contains(QLatin1Char('/')) && program == line.first();
    const QFileInfo programFile(QDir(launch.workspaceRoot), program);
    connect(m_process, &QProcess::errorOccurred, this,
            [this, line, searchedPath, programFile](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        m_startFailed = true;
        // Say what to change: execve's "No such file or directory" for a name that is on
        // no PATH folder, or "Permission denied" for a script without its x bit.
        QString why = m_process->errorString();
        if (searchedPath)
            why = Text::tr("there is no program of that name on PATH");
        else if (programFile.isFile() && !programFile.isExecutable())
            why = Text::tr("the file is not executable (start it through its interpreter, as in [python, %1], "
                           "or make it executable with chmod +x)")
                      .arg(line.first());
        else if (!programFile.exists())
            why = Text::tr("no such file");
        emit finished(-1, true, Text::tr("cannot start '%1': %2").arg(line.first(), why));
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        if (m_startFailed)
            return;
        // Drain what is left in the pipes before reporting the end.
        const QByteArray out = m_process->readAllStandardOutput();
        if (!out.isEmpty())
            emit outputReady(out, false);
        const QByteArray err = m_process->readAllStandardError();
        if (!err.isEmpty()) {
            keepTail(err);
            emit outputReady(err, true);
        }
        // The step's own children may outlive it in its group: they go with it, and so
        // do those that left the group (setsid, daemons), found by the run id in their
        // environment.
        signalProcessGroup(m_pgid, SIGKILL);
        QString note;
        if (status == QProcess::NormalExit && !m_stopRequested && startAgain(exitCode, m_stderrTail, &note)) {
            emit outputReady(note.toUtf8() + '\n', true);
            m_process->deleteLater();
            m_process = nullptr;
            m_pgid = 0;
            // A moment for the mounts to settle; a stop meanwhile ends it as it is.
            QTimer::singleShot(200, this, [this, exitCode] {
                if (m_stopRequested)
                    emit finished(exitCode, false, QString());
                else
                    startProcess();
            });
            return;
        }
        // Pids may wrap around during a long step (32,768 of them on some systems):
        // then every process is looked at, which costs a millisecond at the end of it.
        killProcessesMarked(m_marker, m_clock.elapsed() < 2000 ? m_lastPidBefore : 0);
        emit finished(exitCode, status == QProcess::CrashExit,
                      status == QProcess::CrashExit ? Text::tr("the step was killed by a signal") : QString());
    });
    m_process->start();
    afterStart();
}

void ProcessRunner::terminate()
{
    m_stopRequested = true;
    if (!signalProcessGroup(m_pgid, SIGTERM) && m_process)
        m_process->terminate();
}

void ProcessRunner::kill()
{
    m_stopRequested = true;
    if (!signalProcessGroup(m_pgid, SIGKILL) && m_process)
        m_process->kill();
}

// --- SandboxRunner ---------------------------------------------------------------------

SandboxRunner::SandboxRunner(QObject *parent) : ProcessRunner(parent) {}

SandboxRunner::~SandboxRunner() = default;

void SandboxRunner::prepareStart(QProcess &process, QStringList &arguments)
{
    // A new pipe per start: bwrap's status for this start alone.
    m_status = std::make_unique<BwrapStatus>();
    ++m_attempt;
    const QStringList statusArguments = m_status->arguments();
    for (qsizetype i = 0; i < statusArguments.size(); ++i)
        arguments.insert(i, statusArguments.at(i));
    m_status->prepare(process);
}

void SandboxRunner::afterStart()
{
    if (m_status)
        m_status->closeWriteEnd();
}

bool SandboxRunner::startAgain(int exitCode, const QByteArray &stderrTail, QString *note)
{
    // bwrap says a failed set-up with exit code 1, no "exit-code" in its status and a
    // "bwrap: Can't …" (mount, remount, mkdir) — not "bwrap: execvp …", a command that
    // is not there and will not be there on the next try either.
    if (exitCode != 1 || !m_status || m_status->commandRan() || m_attempt >= BwrapStatus::kAttempts
        || !stderrTail.contains("bwrap: Can't "))
        return false;
    *note = Text::tr("mlops: the sandbox could not be set up (a mount changed while bubblewrap copied the "
                     "mount tree); starting it again (attempt %1 of %2)")
                .arg(m_attempt + 1)
                .arg(BwrapStatus::kAttempts);
    return true;
}


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
    Q_UNUSED(launch);
    // As in a SageMaker container (and the docker runner): the code at /opt/ml/code.
    return StepPaths{QStringLiteral("/opt/ml"), QStringLiteral("/opt/ml/code"), pythonHelperDir()};
}

void SandboxRunner::terminate()
{
    m_stopRequested = true;
    // SIGTERM to the whole group would reach bubblewrap first, which dies of it and takes
    // the sandbox's process namespace with it: every process inside would be SIGKILLed
    // without a chance to run its SIGTERM handler. So the signal goes to the processes
    // inside (the group minus bubblewrap's own two), which end, and bubblewrap with them;
    // the grace period's SIGKILL to the group stays the last word.
    int signalled = 0;
    for (const ProcessEntry &p : processGroupMembers(processGroup())) {
        if (p.name == QByteArrayLiteral("bwrap"))
            continue;
        signalled += ::kill(pid_t(p.pid), SIGTERM) == 0;
    }
    if (signalled == 0)
        ProcessRunner::terminate();   // nothing inside yet: stop bubblewrap itself
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
    // The workspace at /opt/ml/code too, where SageMaker puts the code, and the working
    // folder there; it stays at its own path as well, for absolute paths (a virtual
    // environment's interpreter, a path in the step's environment).
    args += {QStringLiteral("--ro-bind"), workspace, QStringLiteral("/opt/ml/code")};
    // Input channels are read-only inside the writable job folder, as on SageMaker.
    for (const QString &channel : launch.layout.inputs)
        args += {QStringLiteral("--ro-bind"), launch.layout.hostInputDir(channel),
                 launch.layout.inputDir(channel, QStringLiteral("/opt/ml"))};
    args += {QStringLiteral("--unshare-all"), QStringLiteral("--die-with-parent"),
             QStringLiteral("--chdir"), QStringLiteral("/opt/ml/code")};
    // The user's home is read-only here (or not theirs: /root); caches (~/.cache,
    // joblib, matplotlib) need a writable one. The private /tmp, as in containers.
    if (!launch.environment.contains(QStringLiteral("HOME")))
        args += {QStringLiteral("--setenv"), QStringLiteral("HOME"), QStringLiteral("/tmp")};
    if (launch.network)
        args.append(QStringLiteral("--share-net"));
    args.append(QStringLiteral("--"));
    args += mapInterpreter(launch.command, pythonFor(launch));
    return args;
}

} // namespace mlops
