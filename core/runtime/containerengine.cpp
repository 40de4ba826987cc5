// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/runtime/containerengine.h"

#include "core/common/datadirs.h"
#include "core/runtime/buildcontext.h"
#include "core/runtime/childprocess.h"
#include "core/runtime/toolrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>

#include <csignal>
#include <unistd.h>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::ContainerEngine)
};

const QString kDefaultDockerSocket = QStringLiteral("/var/run/docker.sock");

QJsonValue jsonPath(const QJsonObject &object, const QStringList &path)
{
    QJsonValue value = object;
    for (const QString &key : path)
        value = value.toObject().value(key);
    return value;
}

QJsonObject parseObject(const QByteArray &data)
{
    const QJsonDocument doc = QJsonDocument::fromJson(data);
    if (doc.isArray())
        return doc.array().first().toObject();
    return doc.object();
}

QString firstLine(const QString &text)
{
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

/** A client call that runs in containerClientWorkingDir(). */
ToolCommand clientCommand(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
                          int timeoutMs)
{
    ToolCommand command{program, arguments, env};
    command.workingDirectory = containerClientWorkingDir();
    command.timeoutMs = timeoutMs;
    return command;
}

/**
 * Docker's legacy builder opens its error output with a multi-line deprecation notice
 * ("DEPRECATED: The legacy builder is deprecated…", indented lines, a blank line).
 */
QString withoutBuilderBanner(const QString &text)
{
    QStringList kept;
    bool inBanner = false;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("DEPRECATED:"))) {
            inBanner = true;
            continue;
        }
        if (inBanner && (line.startsWith(QLatin1Char(' ')) || line.trimmed().isEmpty()))
            continue;
        inBanner = false;
        kept.append(line);
    }
    return kept.join(QLatin1Char('\n')).trimmed();
}

/** A missing image; the studio's default one comes with the script that creates it. */
Error imageNotFound(const QString &reference)
{
    QString message = Text::tr("image not found locally: %1 — build it or import it; no registry is reachable")
                          .arg(reference);
    if (reference == ContainerRunSpec::defaultImage())
        message += Text::tr(" (%1, run as root, creates it)").arg(containerEnginesScript());
    return Error::badInput(message);
}

/** What detect() found out about rootless engines, per engine and endpoint. */
QMutex g_rootlessMutex;
QHash<QString, bool> g_rootless;

QString rootlessKey(const QString &name, const QString &program, const QProcessEnvironment &env)
{
    return name + QLatin1Char('|') + program + QLatin1Char('|') + env.value(QStringLiteral("DOCKER_HOST"))
           + QLatin1Char('|') + env.value(QStringLiteral("CONTAINER_HOST"));
}

} // namespace

QString containerClientWorkingDir()
{
    const QString dir = QDir::temp().filePath(QStringLiteral("mlops-engine-%1").arg(::getuid()));
    QDir().mkpath(dir);
    return dir;
}

bool isEngineUsageHint(const QString &line)
{
    static const QRegularExpression hint(
        QStringLiteral("^(Run|See) '(docker|podman)\\b[^']*--help'( for more information)?\\.?$"));
    return hint.match(line.trimmed()).hasMatch();
}

QString engineErrorMessage(const QString &output)
{
    const QStringList lines = output.split(QLatin1Char('\n'));
    QString line;
    for (qsizetype i = lines.size() - 1; i >= 0 && line.isEmpty(); --i) {
        if (!isEngineUsageHint(lines[i]))
            line = lines[i].trimmed();
    }
    for (const QString &prefix : {QStringLiteral("docker: Error response from daemon:"),
                                  QStringLiteral("Error response from daemon:"), QStringLiteral("docker:"),
                                  QStringLiteral("Error:")}) {
        if (line.startsWith(prefix)) {
            line = line.mid(prefix.size()).trimmed();
            break;
        }
    }
    // "failed to create shim task: OCI runtime create failed: runc create failed: unable
    // to start container process: exec: …: unknown": the part after the wrapping.
    const QString wrapped = QStringLiteral("unable to start container process: ");
    if (const qsizetype at = line.indexOf(wrapped); at >= 0)
        line = line.mid(at + wrapped.size());
    for (const QString &suffix : {QStringLiteral(": unknown"),
                                  QStringLiteral(": OCI runtime attempted to invoke a command that was not found")}) {
        if (line.endsWith(suffix))
            line.chop(suffix.size());
    }
    return line.trimmed();
}

QString initExecFailure(const QString &output, const QString &program)
{
    // tini (docker-init): "[FATAL tini (7)] exec no-such-program failed: No such file or directory"
    static const QRegularExpression tini(QStringLiteral("^\\[FATAL tini \\(\\d+\\)\\] exec (.+) failed: (.+)$"));
    // catatonit: "… failed to exec pid1: No such file or directory"
    static const QRegularExpression catatonit(QStringLiteral("catatonit.*failed to exec pid1: (.+)$"));
    const QStringList lines = output.trimmed().split(QLatin1Char('\n'));
    const QString last = lines.isEmpty() ? QString() : lines.last().trimmed();
    if (const QRegularExpressionMatch m = tini.match(last); m.hasMatch())
        return QStringLiteral("exec: \"%1\": %2").arg(m.captured(1), m.captured(2));
    if (const QRegularExpressionMatch m = catatonit.match(last); m.hasMatch())
        return QStringLiteral("exec: \"%1\": %2").arg(program, m.captured(1));
    return {};
}

QString EngineStatus::explanation() const
{
    if (usable())
        return {};
    // The problem is the engine's own words: it may end in its own punctuation.
    QString text = problem.trimmed();
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('?'))
        && !text.endsWith(QLatin1Char('!')))
        text += QLatin1Char('.');
    return Text::tr("the %1 runner cannot run containers: %2 %3").arg(engine, text, fix).trimmed();
}

QJsonObject EngineStatus::toJson() const
{
    return QJsonObject{{QStringLiteral("engine"), engine},
                       {QStringLiteral("installed"), installed},
                       {QStringLiteral("running"), running},
                       {QStringLiteral("program"), program},
                       {QStringLiteral("client_version"), clientVersion},
                       {QStringLiteral("server_version"), serverVersion},
                       {QStringLiteral("rootless"), rootless},
                       {QStringLiteral("endpoint"), endpoint},
                       {QStringLiteral("runtime"), runtime},
                       {QStringLiteral("problem"), problem},
                       {QStringLiteral("fix"), fix}};
}

QString studioDockerSocket()
{
    const QString runDir = qEnvironmentVariable("MLOPS_ENGINES_RUN", QStringLiteral("/run/mlops-engines"));
    return runDir + QStringLiteral("/docker.sock");
}

ContainerEngine::ContainerEngine(Kind kind, QString program, QProcessEnvironment env)
    : m_kind(kind), m_program(std::move(program)), m_env(std::move(env))
{
}

ContainerEngine ContainerEngine::docker()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("DOCKER_HOST")) && !QFileInfo::exists(kDefaultDockerSocket)
        && QFileInfo::exists(studioDockerSocket())) {
        env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix://") + studioDockerSocket());
    }
    // The legacy builder works with any daemon and needs no buildx plugin.
    env.insert(QStringLiteral("DOCKER_BUILDKIT"), QStringLiteral("0"));
    env.insert(QStringLiteral("DOCKER_CLI_HINTS"), QStringLiteral("false"));
    const QString program = findProgram(QStringLiteral("docker"));
    return ContainerEngine(Kind::Docker, program.isEmpty() ? QStringLiteral("docker") : program, env);
}

ContainerEngine ContainerEngine::podman()
{
    const QString program = findProgram(QStringLiteral("podman"));
    return ContainerEngine(Kind::Podman, program.isEmpty() ? QStringLiteral("podman") : program,
                           QProcessEnvironment::systemEnvironment());
}

std::optional<ContainerEngine> ContainerEngine::byName(const QString &name)
{
    if (name == QStringLiteral("docker"))
        return docker();
    if (name == QStringLiteral("podman"))
        return podman();
    return std::nullopt;
}

QStringList ContainerEngine::names()
{
    return {QStringLiteral("docker"), QStringLiteral("podman")};
}

QString ContainerEngine::name() const
{
    return m_kind == Kind::Docker ? QStringLiteral("docker") : QStringLiteral("podman");
}

Result<QByteArray> ContainerEngine::client(const QStringList &arguments, int timeoutMs) const
{
    const ToolOutput output = runTool(clientCommand(m_program, arguments, m_env, timeoutMs));
    if (!output.succeeded()) {
        return Error{Text::tr("%1 %2 failed: %3")
                         .arg(name(), arguments.value(0), firstLine(output.failureText()))};
    }
    return output.out;
}

EngineStatus ContainerEngine::detect() const
{
    EngineStatus status;
    status.engine = name();
    status.program = findProgram(m_program);
    const bool docker = m_kind == Kind::Docker;
    if (docker)
        status.endpoint = m_env.value(QStringLiteral("DOCKER_HOST"),
                                      QStringLiteral("unix://") + kDefaultDockerSocket);
    if (status.program.isEmpty()) {
        status.problem = Text::tr("%1 is not installed").arg(name());
        status.fix = docker ? Text::tr("Install and start Docker: run %1 as root "
                                       "(installs docker.io and starts dockerd), or apt-get install docker.io")
                                  .arg(containerEnginesScript())
                            : Text::tr("Install Podman: apt-get install podman runc, then run "
                                       "%1 as root to configure it")
                                  .arg(containerEnginesScript());
        return status;
    }
    status.installed = true;

    ToolCommand version{m_program, {}, m_env};
    version.timeoutMs = 20000;
    version.arguments = docker ? QStringList{QStringLiteral("version"), QStringLiteral("--format"),
                                             QStringLiteral("{{.Client.Version}}")}
                               : QStringList{QStringLiteral("version"), QStringLiteral("--format"),
                                             QStringLiteral("{{.Client.Version}}")};
    const ToolOutput v = runTool(version);
    status.clientVersion = firstLine(v.outText());

    ToolCommand info{m_program, {QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("json")}, m_env};
    if (docker)
        info.arguments = {QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("{{json .}}")};
    info.timeoutMs = 30000;
    const ToolOutput i = runTool(info);
    const QJsonObject o = parseObject(i.out);
    if (!i.succeeded() || o.isEmpty()) {
        status.problem = firstLine(i.failureText());
        status.fix = docker ? Text::tr("Start the Docker engine: run %1 as root "
                                       "(dockerd on %2), or systemctl start docker; set DOCKER_HOST when it "
                                       "listens elsewhere")
                                  .arg(containerEnginesScript(), studioDockerSocket())
                            : Text::tr("Podman does not work here: run %1 as root "
                                       "(runc and fixed ulimits in /etc/containers/containers.conf.d)")
                                  .arg(containerEnginesScript());
        return status;
    }
    if (docker) {
        status.serverVersion = o.value(QStringLiteral("ServerVersion")).toString();
        status.runtime = o.value(QStringLiteral("DefaultRuntime")).toString();
        const QJsonArray security = o.value(QStringLiteral("SecurityOptions")).toArray();
        for (const QJsonValue &option : security)
            status.rootless = status.rootless || option.toString().contains(QStringLiteral("rootless"));
        // A docker.io daemon may report a server error inside a successful `info`.
        const QJsonArray errors = o.value(QStringLiteral("ServerErrors")).toArray();
        if (!errors.isEmpty() || status.serverVersion.isEmpty()) {
            status.problem = errors.isEmpty() ? Text::tr("the Docker daemon did not answer")
                                              : errors.first().toString();
            status.fix = Text::tr("Start the Docker engine: run %1 as root").arg(containerEnginesScript());
            return status;
        }
    } else {
        status.serverVersion = jsonPath(o, {QStringLiteral("version"), QStringLiteral("Version")}).toString();
        status.rootless = jsonPath(o, {QStringLiteral("host"), QStringLiteral("security"),
                                       QStringLiteral("rootless")}).toBool();
        status.runtime = jsonPath(o, {QStringLiteral("host"), QStringLiteral("ociRuntime"),
                                      QStringLiteral("name")}).toString();
    }
    status.running = true;
    QMutexLocker lock(&g_rootlessMutex);
    g_rootless.insert(rootlessKey(name(), m_program, m_env), status.rootless);
    return status;
}

bool ContainerEngine::isRootless() const
{
    const QString key = rootlessKey(name(), m_program, m_env);
    {
        QMutexLocker lock(&g_rootlessMutex);
        if (const auto known = g_rootless.constFind(key); known != g_rootless.cend())
            return *known;
    }
    // detect() remembers the answer when the engine runs; one that does not runs nothing.
    return detect().rootless;
}

QString ContainerEngine::initBinary() const
{
    if (m_kind == Kind::Docker)
        return QStringLiteral("-");
    // A remote Podman looks for the init on its own machine.
    if (!m_env.value(QStringLiteral("CONTAINER_HOST")).isEmpty())
        return {};
    // Podman bind-mounts it into the container: only static builds work in any image.
    for (const QString &candidate :
         {QStringLiteral("/usr/libexec/podman/catatonit"), QStringLiteral("/usr/lib/podman/catatonit"),
          QStringLiteral("/usr/bin/catatonit"), QStringLiteral("/usr/bin/tini-static"),
          QStringLiteral("/usr/bin/docker-init")}) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return {};
}

QStringList ContainerEngine::runArguments(const ContainerRunSpec &spec) const
{
    ContainerRunSpec forEngine = spec;
    forEngine.rootless = isRootless();
    const QString init = initBinary();
    forEngine.init = !init.isEmpty();
    forEngine.initPath = m_kind == Kind::Podman ? init : QString();
    return buildContainerRunArguments(forEngine);
}

Result<ImageInfo> ContainerEngine::inspectImage(const QString &reference) const
{
    if (reference.trimmed().isEmpty())
        return Error::badInput(Text::tr("no image named"));
    const ToolOutput output = runTool(
        clientCommand(m_program, {QStringLiteral("image"), QStringLiteral("inspect"), reference}, m_env, 30000));
    if (!output.started)
        return Error{Text::tr("%1 is not installed: %2").arg(name(), output.startError)};
    if (!output.succeeded()) {
        const QString reason = output.failureText();
        if (reason.contains(QStringLiteral("No such image"), Qt::CaseInsensitive)
            || reason.contains(QStringLiteral("image not known"), Qt::CaseInsensitive)
            || reason.contains(QStringLiteral("failed to find image"), Qt::CaseInsensitive)) {
            return imageNotFound(reference);
        }
        return Error{Text::tr("%1 cannot inspect image %2: %3").arg(name(), reference, firstLine(reason))};
    }
    const QJsonObject o = parseObject(output.out);
    ImageInfo info;
    info.reference = reference;
    info.id = o.value(QStringLiteral("Id")).toString();
    if (!info.id.isEmpty() && !info.id.startsWith(QStringLiteral("sha256:")))
        info.id.prepend(QStringLiteral("sha256:"));
    for (const QJsonValue &v : o.value(QStringLiteral("RepoDigests")).toArray())
        info.repoDigests.append(v.toString());
    for (const QJsonValue &v : o.value(QStringLiteral("RepoTags")).toArray())
        info.tags.append(v.toString());
    info.created = QDateTime::fromString(o.value(QStringLiteral("Created")).toString(), Qt::ISODateWithMs);
    info.size = qint64(o.value(QStringLiteral("Size")).toDouble());
    return info;
}

bool ContainerEngine::hasImage(const QString &reference) const
{
    return inspectImage(reference).ok();
}

Result<ImageInfo> ContainerEngine::buildImage(const ImageBuildSpec &spec, const ImageBuildOptions &options) const
{
    const QDir context(spec.contextDir);
    const QString dockerfile = QDir::cleanPath(context.absoluteFilePath(
        spec.dockerfile.isEmpty() ? QStringLiteral("Dockerfile") : spec.dockerfile));
    Result<QString> hash = hashBuildContext(context.absolutePath(), dockerfile);
    if (!hash)
        return hash.error();
    QString repository = sanitizeContainerName(spec.name.isEmpty() ? QStringLiteral("image") : spec.name).toLower();
    if (repository.isEmpty())
        repository = QStringLiteral("image");
    const QString tag = QStringLiteral("mlops-build/%1:%2").arg(repository, hash->left(16));

    // Built once: the same context hash is the same image.
    if (Result<ImageInfo> existing = inspectImage(tag))
        return existing;

    QFile file(dockerfile);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(Text::tr("cannot read %1").arg(dockerfile));
    for (const QString &base : dockerfileBaseImages(file.readAll())) {
        if (Result<ImageInfo> found = inspectImage(base); !found)
            return Error::badInput(Text::tr("%1 (FROM in %2)").arg(found.error().message, dockerfile));
    }

    // --force-rm: a failed RUN leaves no stopped container behind (both engines know it).
    QStringList args{QStringLiteral("build"), QStringLiteral("--network"), QStringLiteral("none"),
                     QStringLiteral("--force-rm")};
    if (m_kind == Kind::Podman)
        args << QStringLiteral("--pull=never");
    args << QStringLiteral("-f") << dockerfile << QStringLiteral("-t") << tag
         << QStringLiteral("--label") << QStringLiteral("org.mlopsstudio.context-hash=") + *hash;
    for (auto it = spec.buildArgs.cbegin(); it != spec.buildArgs.cend(); ++it)
        args << QStringLiteral("--build-arg") << it.key() + QLatin1Char('=') + it.value();
    args << context.absolutePath();

    // Podman's builder keeps a working container that a killed build leaves behind (it
    // carries no label of ours): those that appear while it runs are removed if it is stopped.
    const QStringList podmanBefore = m_kind == Kind::Podman ? buildWorkingContainers() : QStringList();

    QProcess process;
    process.setProgram(m_program);
    process.setArguments(args);
    process.setProcessEnvironment(m_env);
    process.setWorkingDirectory(containerClientWorkingDir());
    process.setStandardInputFile(QProcess::nullDevice());
    startInOwnProcessGroup(process);
    process.start();
    if (!process.waitForStarted(30000))
        return Error{Text::tr("cannot start %1: %2").arg(m_program, process.errorString())};
    QByteArray errors;
    auto drain = [&] {
        const QByteArray out = process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        errors = QByteArray(errors + err).right(64 * 1024);
        if (options.onOutput && !out.isEmpty())
            options.onOutput(out, false);
        if (options.onOutput && !err.isEmpty())
            options.onOutput(err, true);
    };
    QElapsedTimer clock;
    clock.start();
    bool timedOut = false;
    bool cancelled = false;
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        drain();
        timedOut = options.timeoutMs > 0 && clock.elapsed() > options.timeoutMs;
        cancelled = options.cancelRequested && options.cancelRequested();
        if (timedOut || cancelled) {
            // SIGTERM lets the client tell the engine to cancel and clean up; then SIGKILL.
            const qint64 group = process.processId();
            signalProcessGroup(group, SIGTERM);
            if (!process.waitForFinished(3000)) {
                signalProcessGroup(group, SIGKILL);
                process.waitForFinished(5000);
            }
            break;
        }
    }
    process.waitForFinished(1000);
    drain();
    if ((cancelled || timedOut) && m_kind == Kind::Podman) {
        for (const QString &id : buildWorkingContainers()) {
            if (!podmanBefore.contains(id))
                (void)client({QStringLiteral("rm"), QStringLiteral("-f"), id}, 60000);
        }
    }
    if (cancelled)
        return Error{Text::tr("the build of %1 was stopped").arg(dockerfile)};
    if (timedOut)
        return Error{Text::tr("the build of %1 timed out").arg(dockerfile)};
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QString reason = withoutBuilderBanner(QString::fromUtf8(errors));
        if (reason.isEmpty())
            reason = Text::tr("exit code %1").arg(process.exitCode());
        return Error{Text::tr("%1 build of %2 failed: %3").arg(name(), dockerfile, reason.right(2000))};
    }
    Result<ImageInfo> built = inspectImage(tag);
    if (built)
        built->built = true;
    return built;
}

QStringList ContainerEngine::buildWorkingContainers() const
{
    const ToolOutput out = runTool(clientCommand(
        m_program,
        {QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--external"), QStringLiteral("--format"),
         QStringLiteral("{{.ID}} {{.Names}}")},
        m_env, 60000));
    QStringList ids;
    for (const QString &line : out.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.section(QLatin1Char(' '), 1).contains(QStringLiteral("-working-container")))
            ids.append(line.section(QLatin1Char(' '), 0, 0));
    }
    return ids;
}

Status ContainerEngine::stop(const QString &container, int graceSeconds) const
{
    const QStringList args{QStringLiteral("stop"), QStringLiteral("--time"),
                           QString::number(qMax(0, graceSeconds)), container};
    Result<QByteArray> r = client(args, (qMax(0, graceSeconds) + 60) * 1000);
    if (!r && containerExists(container))
        return r.error();
    return {};
}

Status ContainerEngine::remove(const QString &container) const
{
    // `docker rm -f` kills at once; `podman rm -f` first stops with a 10 s grace period
    // of its own unless told not to wait.
    QStringList args{QStringLiteral("rm"), QStringLiteral("-f")};
    if (m_kind == Kind::Podman)
        args << QStringLiteral("--time") << QStringLiteral("0");
    args << container;
    Result<QByteArray> r = client(args, 60000);
    if (!r && containerExists(container))
        return r.error();
    return {};
}

bool ContainerEngine::containerExists(const QString &container) const
{
    return runTool(clientCommand(m_program,
                                 {QStringLiteral("container"), QStringLiteral("inspect"), QStringLiteral("--format"),
                                  QStringLiteral("{{.Id}}"), container},
                                 m_env, 30000))
        .succeeded();
}

ContainerState ContainerEngine::containerState(const QString &container) const
{
    const ToolOutput output = runTool(clientCommand(
        m_program,
        {QStringLiteral("container"), QStringLiteral("inspect"), QStringLiteral("--format"),
         QStringLiteral("{{.State.StartedAt}}|{{.State.OOMKilled}}"), container},
        m_env, 60000));
    ContainerState state;
    if (!output.succeeded())
        return state;
    state.exists = true;
    const QString text = output.outText();
    // A container that never started has the zero time: Docker's 0001-01-01T00:00:00Z,
    // Podman's 0001-01-01 00:00:00 +0000 UTC.
    const QString startedAt = text.section(QLatin1Char('|'), 0, 0).trimmed();
    state.started = !startedAt.isEmpty() && !startedAt.startsWith(QStringLiteral("0001-01-01"));
    state.oomKilled = text.section(QLatin1Char('|'), 1).trimmed() == QStringLiteral("true");
    return state;
}

QString ContainerEngine::networkForContainers() const
{
    if (m_kind != Kind::Docker)
        return {};
    // Named for the serving it was first made for; steps with network share it.
    const QString network = QStringLiteral("mlops-serve");
    if (client({QStringLiteral("network"), QStringLiteral("inspect"), network}, 30000))
        return network;
    if (client({QStringLiteral("network"), QStringLiteral("create"), QStringLiteral("--label"),
                ContainerRunSpec::managedLabel() + QStringLiteral("=true"), network},
               60000))
        return network;
    // Created meanwhile by another studio?
    if (client({QStringLiteral("network"), QStringLiteral("inspect"), network}, 30000))
        return network;
    return QStringLiteral("host");
}

Result<QStringList> ContainerEngine::listManagedContainers(const QString &labelFilter) const
{
    QStringList args{QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--filter"),
                     QStringLiteral("label=") + ContainerRunSpec::managedLabel() + QStringLiteral("=true")};
    if (!labelFilter.isEmpty())
        args << QStringLiteral("--filter") << QStringLiteral("label=") + labelFilter;
    args << QStringLiteral("--format") << QStringLiteral("{{.Names}}");
    Result<QByteArray> out = client(args, 60000);
    if (!out)
        return out.error();
    QStringList names;
    for (const QString &line : QString::fromUtf8(*out).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        names.append(line.trimmed());
    return names;
}

Result<QStringList> ContainerEngine::cleanupLeftovers(const QString &labelFilter) const
{
    Result<QStringList> names = listManagedContainers(labelFilter);
    if (!names)
        return names.error();
    if (names->isEmpty())
        return QStringList();
    QStringList args{QStringLiteral("container"), QStringLiteral("inspect"), QStringLiteral("--format"),
                     QStringLiteral("{{.Name}}\t{{index .Config.Labels \"%1\"}}")
                         .arg(ContainerRunSpec::ownerLabel())};
    args += *names;
    // Containers may vanish between ps and inspect; use what inspect could read.
    const ToolOutput owners = runTool(clientCommand(m_program, args, m_env, 60000));
    QStringList removed;
    for (const QString &line : QString::fromUtf8(owners.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QString container = line.section(QLatin1Char('\t'), 0, 0).trimmed();
        if (container.startsWith(QLatin1Char('/')))
            container.remove(0, 1);
        const QString owner = line.section(QLatin1Char('\t'), 1).trimmed();
        if (container.isEmpty() || isOwnerAlive(owner))
            continue;
        if (Status s = remove(container); !s)
            return s.error();
        removed.append(container);
    }
    return removed;
}

Result<ContainerExit> ContainerEngine::run(const ContainerRunSpec &spec, const ContainerRunOptions &options) const
{
    if (spec.image.trimmed().isEmpty())
        return Error::badInput(Text::tr("no image named"));
    const QString name = spec.containerName();
    if (name.isEmpty())
        return Error::badInput(Text::tr("a container needs a name or a run id"));
    if (!spec.jobDir.isEmpty()) {
        // Mount targets inside the job directory must exist, or the engine makes them as root.
        QDir job(spec.jobDir);
        if (!job.mkpath(QStringLiteral(".")))
            return Error{Text::tr("cannot create the job directory %1").arg(spec.jobDir)};
        if (!spec.workspaceDir.isEmpty())
            job.mkpath(QStringLiteral("code"));
        if (!spec.modelDir.isEmpty())
            job.mkpath(QStringLiteral("model"));
    }

    QProcess process;
    process.setProgram(m_program);
    // Kept after its end (no --rm) and removed below: an exit code 125 is the engine's
    // failure only when the container never started, which only inspect can tell.
    ContainerRunSpec kept = spec;
    kept.removeOnExit = false;
    process.setArguments(runArguments(kept));
    process.setProcessEnvironment(m_env);
    process.setWorkingDirectory(containerClientWorkingDir());
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!spec.interactive)
        process.setStandardInputFile(QProcess::nullDevice());
    startInOwnProcessGroup(process);
    process.start();
    if (!process.waitForStarted(30000))
        return Error{Text::tr("cannot start %1: %2").arg(m_program, process.errorString())};

    ContainerExit exit;
    QElapsedTimer clock;
    clock.start();
    auto drain = [&] {
        const QByteArray chunk = process.readAll();
        if (chunk.isEmpty())
            return;
        exit.output += chunk;
        if (options.onOutput)
            options.onOutput(chunk);
    };
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        drain();
        const bool timeUp = options.timeoutMs > 0 && clock.elapsed() > options.timeoutMs;
        const bool cancel = options.cancelRequested && options.cancelRequested();
        if (timeUp || cancel) {
            exit.timedOut = timeUp;
            exit.stopped = true;
            Status stopped = stop(name, options.stopGraceSeconds);
            if (!process.waitForFinished(30000)) {
                signalProcessGroup(process.processId(), SIGKILL);
                process.waitForFinished(5000);
            }
            drain();
            // --rm removes it as well; should both fail, cleanupLeftovers() finds it later.
            static_cast<void>(remove(name));
            if (!stopped)
                return stopped.error();
            break;
        }
    }
    process.waitForFinished(1000);
    drain();
    if (process.exitStatus() == QProcess::NormalExit)
        exit.exitCode = process.exitCode();
    // 125 is the engine's code for "could not run it" — and any program's to use. A missing
    // image is found this way rather than by an inspect before every run, which would add
    // a client start to each step.
    const bool engineFailed = exit.exitCode == 125 && !exit.stopped && !containerState(name).started;
    if (!exit.stopped) {
        if (Status removed = remove(name); !removed && !engineFailed)
            return removed.error();
    }
    if (engineFailed) {
        const QString output = QString::fromUtf8(exit.output).trimmed();
        if (output.contains(QStringLiteral("No such image"), Qt::CaseInsensitive)
            || output.contains(QStringLiteral("image not known"), Qt::CaseInsensitive)
            || output.contains(QStringLiteral("Unable to find image"), Qt::CaseInsensitive)) {
            return imageNotFound(spec.image);
        }
        return Error{Text::tr("%1 could not start the container: %2").arg(this->name(), engineErrorMessage(output))};
    }
    return exit;
}

} // namespace mlops
