// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/runtime/containerrunner.h"

#include "core/common/datadirs.h"
#include "core/common/fileutil.h"
#include "core/runtime/childprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QProcess>
#include <QSet>

#include <csignal>
#include <limits>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::ContainerRunner)
};

/** 64m, 1g: a memory size as a pipeline's `resources:` writes it. */
QString formatMemory(qint64 bytes)
{
    for (const auto &[factor, unit] : {std::pair{1024LL * 1024 * 1024, 'g'}, std::pair{1024LL * 1024, 'm'},
                                       std::pair{1024LL, 'k'}}) {
        if (bytes >= factor && bytes % factor == 0)
            return QString::number(bytes / factor) + QLatin1Char(unit);
    }
    return QString::number(bytes);
}

/** Containers a crashed studio left behind go once per engine and program. */
void cleanupLeftoversOnce(const ContainerEngine &engine)
{
    static QMutex mutex;
    static QSet<QString> done;
    QMutexLocker lock(&mutex);
    if (done.contains(engine.name()))
        return;
    done.insert(engine.name());
    (void)engine.cleanupLeftovers();
}

} // namespace

ContainerRunner::ContainerRunner(ContainerEngine engine, QObject *parent)
    : StepRunner(parent), m_engine(std::move(engine))
{
}

ContainerRunner::~ContainerRunner()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        signalProcessGroup(m_pgid, SIGKILL);
        m_process->waitForFinished(2000);
        (void)m_engine.remove(m_container);
    }
}

StepPaths ContainerRunner::paths(const StepLaunch &launch) const
{
    Q_UNUSED(launch);
    return StepPaths{ContainerRunSpec::jobDirTarget(), ContainerRunSpec::codeTarget(), ContainerRunSpec::helperTarget()};
}

QString ContainerRunner::pythonFor(const StepLaunch &launch) const
{
    Q_UNUSED(launch);
    return QStringLiteral("python3");
}

Status ContainerRunner::check() const
{
    const EngineStatus status = m_engine.detect();
    if (!status.usable())
        return Error{status.explanation()};
    cleanupLeftoversOnce(m_engine);
    return {};
}

Result<QString> ContainerRunner::environmentFingerprint(StepLaunch &launch, const PreparationOptions &options)
{
    // The image's id is part of the cache key: a rebuilt image reruns the step.
    if (!launch.build.isEmpty()) {
        ImageBuildSpec build;
        build.contextDir = QDir(launch.workspaceRoot).absoluteFilePath(launch.build.context);
        // The context goes to the engine: never a folder outside the workspace.
        if (!isSafeRelativePath(launch.build.context.isEmpty() ? QStringLiteral(".") : launch.build.context)
            || !isPathInside(launch.workspaceRoot, build.contextDir))
            return Error::badInput(Text::tr("step '%1': the build context must stay inside the workspace: %2")
                                       .arg(launch.stepName, launch.build.context));
        build.dockerfile = launch.build.dockerfile;
        build.name = launch.stepName;
        ImageBuildOptions buildOptions;
        buildOptions.onOutput = options.onOutput;
        buildOptions.cancelRequested = options.cancelRequested;
        if (options.timeoutMs > 0)
            buildOptions.timeoutMs = int(qMin<qint64>(options.timeoutMs, std::numeric_limits<int>::max()));
        Result<ImageInfo> built = m_engine.buildImage(build, buildOptions);
        if (!built)
            return built.error();
        launch.image = built->reference;
        return built->id;
    }
    if (launch.image.isEmpty())
        return Error::badInput(Text::tr("step '%1' runs in a %2 container but names no image (set 'image:' or 'build:')")
                                   .arg(launch.stepName, m_engine.name()));
    Result<ImageInfo> image = m_engine.inspectImage(launch.image);
    if (!image)
        return image.error();
    return image->id;
}

ContainerRunSpec ContainerRunner::specFor(const StepLaunch &launch) const
{
    ContainerRunSpec spec;
    spec.image = launch.image;
    spec.runId = launch.layout.runId;
    spec.kind = QStringLiteral("step");
    spec.jobDir = launch.layout.root;
    // Input channels are read-only inside the writable job folder, as on SageMaker.
    for (const QString &channel : launch.layout.inputs)
        spec.mounts.append(ContainerMount{launch.layout.hostInputDir(channel),
                                          launch.layout.inputDir(channel, ContainerRunSpec::jobDirTarget()), true});
    spec.workspaceDir = launch.workspaceRoot;
    spec.helperDir = QFileInfo(pythonHelperDir()).absoluteFilePath();
    spec.environment = launch.environment;
    const QMap<QString, QString> contract = launch.layout.environment(paths(launch));
    for (auto it = contract.cbegin(); it != contract.cend(); ++it)
        spec.environment.insert(it.key(), it.value());
    spec.command = mapInterpreter(launch.command, pythonFor(launch));
    spec.network = launch.network;
    spec.cpus = launch.resources.cpus;
    spec.memoryBytes = launch.resources.memoryBytes;
    // Removed by start()'s end handler after State.OOMKilled was read (and by
    // cleanupLeftovers() after a crash of the studio).
    spec.removeOnExit = false;
    return spec;
}

QString ContainerRunner::outOfMemoryReason(int exitCode, qint64 memoryBytes, bool oomKilled) const
{
    const QString limit = memoryBytes > 0 ? Text::tr(" (limit %1)").arg(formatMemory(memoryBytes)) : QString();
    if (oomKilled)
        return Text::tr("killed: out of memory%1").arg(limit);
    // Podman with cgroups v1 does not always record the OOM kill; SIGKILL under a memory
    // limit that nobody sent is most likely it.
    if (exitCode == 137 && memoryBytes > 0)
        return Text::tr("killed (exit code 137): most likely out of memory%1").arg(limit);
    return {};
}

void ContainerRunner::start(const StepLaunch &launch)
{
    ContainerRunSpec spec = specFor(launch);
    // Docker's daemon may have no default bridge: network access needs a network of its own.
    if (spec.network)
        spec.networkName = m_engine.networkForContainers();
    m_container = spec.containerName();
    // Mount targets must exist inside the job folder (bind mounts on bind mounts).
    QDir().mkpath(QDir(launch.layout.root).filePath(QStringLiteral("code")));
    m_process = new QProcess(this);
    m_process->setProgram(m_engine.program());
    m_process->setArguments(m_engine.runArguments(spec));
    m_process->setProcessEnvironment(m_engine.environment());
    m_process->setWorkingDirectory(containerClientWorkingDir());
    m_process->setStandardInputFile(QProcess::nullDevice());
    startInOwnProcessGroup(*m_process);
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            [this] { emit outputReady(m_process->readAllStandardOutput(), false); });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        const QByteArray data = m_process->readAllStandardError();
        m_stderrTail = QByteArray(m_stderrTail + data).right(4096);
        emit outputReady(data, true);
    });
    connect(m_process, &QProcess::started, this, [this] {
        m_pgid = m_process->processId();
        emit started(m_pgid);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        m_startFailed = true;
        emit finished(-1, true, Text::tr("cannot start %1: %2").arg(m_engine.program(), m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this, spec](int exitCode, QProcess::ExitStatus status) {
        if (m_startFailed)
            return;
        const QByteArray out = m_process->readAllStandardOutput();
        if (!out.isEmpty())
            emit outputReady(out, false);
        const QByteArray err = m_process->readAllStandardError();
        if (!err.isEmpty()) {
            m_stderrTail = QByteArray(m_stderrTail + err).right(4096);
            emit outputReady(err, true);
        }
        // Without --rm the container outlives its end long enough to ask why it ended: did
        // it run at all (else the engine failed, whatever the exit code), and was it OOM-killed?
        QString error;
        if (status == QProcess::NormalExit && exitCode != 0 && !m_stopRequested) {
            const ContainerState state = m_engine.containerState(m_container);
            if (!state.started) {
                Result<ImageInfo> image = m_engine.inspectImage(spec.image);
                error = !image ? image.error().message
                               : Text::tr("%1 could not start the container: %2")
                                     .arg(m_engine.name(), engineErrorMessage(QString::fromUtf8(m_stderrTail)));
            } else if (const QString exec = initExecFailure(QString::fromUtf8(m_stderrTail), spec.command.value(0));
                       (exitCode == 126 || exitCode == 127 || exitCode == 1) && !exec.isEmpty()) {
                // The init started, the command could not: said as the engine says it without one
                // (tini ends with 126/127, catatonit with 1).
                error = Text::tr("%1 could not start the container: %2").arg(m_engine.name(), exec);
            } else {
                error = outOfMemoryReason(exitCode, spec.memoryBytes, state.oomKilled);
            }
        }
        (void)m_engine.remove(m_container);
        if (status == QProcess::CrashExit)
            error = Text::tr("the %1 client was killed by a signal").arg(m_engine.name());
        emit finished(exitCode, status == QProcess::CrashExit, error);
    });
    m_process->start();
}

void ContainerRunner::terminate()
{
    m_stopRequested = true;
    // The client's signal proxy hands SIGTERM to the container's main process.
    if (!signalProcessGroup(m_pgid, SIGTERM) && m_process)
        m_process->terminate();
}

void ContainerRunner::kill()
{
    m_stopRequested = true;
    // Removed at once (SIGKILL): no second grace period of the engine's own.
    if (!m_container.isEmpty())
        (void)m_engine.remove(m_container);
    signalProcessGroup(m_pgid, SIGKILL);
}

} // namespace mlops
