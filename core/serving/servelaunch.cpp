// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/serving/servelaunch.h"

#include "core/common/datadirs.h"
#include "core/runtime/containerrunspec.h"
#include "core/runtime/processrunner.h"
#include "core/runtime/toolrunner.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QTcpServer>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::ServeRunnerRegistry)
};

const QString kModule = QStringLiteral("mlops_studio.model_server");

QString helperOf(const ServeSpec &spec)
{
    return spec.helperDir.isEmpty() ? pythonHelperDir() : spec.helperDir;
}

/** `-m mlops_studio.model_server serve …` for a model at `modelDir` seen by the server. */
QStringList serverArguments(const QString &modelDir, const QString &program, const QString &host, int port)
{
    QStringList args{QStringLiteral("-m"), kModule, QStringLiteral("serve"), QStringLiteral("--model-dir"),
                     modelDir, QStringLiteral("--host"), host, QStringLiteral("--port"), QString::number(port)};
    if (!program.isEmpty())
        args << QStringLiteral("--program") << program;
    return args;
}

Status checkCommon(const ServeSpec &spec)
{
    if (!QFileInfo(spec.modelDir).isDir())
        return Error::badInput(Text::tr("model folder not found: %1").arg(spec.modelDir));
    if (!spec.program.isEmpty() && !QFileInfo(spec.program).isFile())
        return Error::badInput(Text::tr("inference code not found: %1").arg(spec.program));
    return {};
}

QString pythonOf(const ServeSpec &spec)
{
    return spec.python.isEmpty() ? defaultPython() : spec.python;
}

Result<ServeLaunch> processLaunch(const ServeSpec &spec)
{
    if (Status s = checkCommon(spec); !s)
        return s.error();
    ServeLaunch launch;
    launch.program = pythonOf(spec);
    launch.arguments = serverArguments(QFileInfo(spec.modelDir).absoluteFilePath(),
                                       spec.program.isEmpty() ? QString() : QFileInfo(spec.program).absoluteFilePath(),
                                       spec.host, spec.port);
    launch.environment = QProcessEnvironment::systemEnvironment();
    const QString existing = launch.environment.value(QStringLiteral("PYTHONPATH"));
    launch.environment.insert(QStringLiteral("PYTHONPATH"),
                              existing.isEmpty() ? helperOf(spec) : helperOf(spec) + QLatin1Char(':') + existing);
    launch.environment.insert(QStringLiteral("SAGEMAKER_BIND_TO_PORT"), QString::number(spec.port));
    launch.environment.insert(QStringLiteral("SM_MODEL_DIR"), QFileInfo(spec.modelDir).absoluteFilePath());
    launch.environment.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    for (auto it = spec.environment.cbegin(); it != spec.environment.cend(); ++it)
        launch.environment.insert(it.key(), it.value());
    launch.workingDirectory = QFileInfo(spec.modelDir).absoluteFilePath();
    return launch;
}

/**
 * bubblewrap: read-only system, the model read-only at /opt/ml/model, its own PID, IPC
 * and user namespaces — but the host's network, or nobody could reach the server.
 */
Result<ServeLaunch> sandboxLaunch(const ServeSpec &spec)
{
    if (Status s = checkCommon(spec); !s)
        return s.error();
    const QString bwrap = SandboxRunner::bwrapPath();
    if (bwrap.isEmpty())
        return Error{Text::tr("bubblewrap (bwrap) is not installed: apt-get install bubblewrap")};
    ServeLaunch launch;
    launch.program = bwrap;
    launch.bubblewrap = true;
    QStringList &a = launch.arguments;
    a << QStringLiteral("--ro-bind") << QStringLiteral("/") << QStringLiteral("/")
      << QStringLiteral("--dev") << QStringLiteral("/dev") << QStringLiteral("--proc") << QStringLiteral("/proc")
      << QStringLiteral("--tmpfs") << QStringLiteral("/tmp") << QStringLiteral("--tmpfs") << QStringLiteral("/opt")
      << QStringLiteral("--ro-bind") << QFileInfo(spec.modelDir).absoluteFilePath() << ContainerRunSpec::modelTarget()
      << QStringLiteral("--ro-bind") << helperOf(spec) << ContainerRunSpec::helperTarget();
    QString program;
    if (!spec.program.isEmpty()) {
        const QFileInfo code(spec.program);
        a << QStringLiteral("--ro-bind") << code.absolutePath() << ContainerRunSpec::codeTarget();
        program = ContainerRunSpec::codeTarget() + QLatin1Char('/') + code.fileName();
    }
    // No --new-session: the studio already starts it in a session of its own, and the
    // server must stay in that process group so SIGTERM reaches it for a clean stop.
    a << QStringLiteral("--unshare-all") << QStringLiteral("--share-net") << QStringLiteral("--die-with-parent")
      << QStringLiteral("--chdir") << QStringLiteral("/tmp")
      << QStringLiteral("--setenv") << QStringLiteral("PYTHONPATH") << ContainerRunSpec::helperTarget()
      << QStringLiteral("--setenv") << QStringLiteral("PYTHONUNBUFFERED") << QStringLiteral("1")
      << QStringLiteral("--setenv") << QStringLiteral("HOME") << QStringLiteral("/tmp")
      << QStringLiteral("--setenv") << QStringLiteral("SM_MODEL_DIR") << ContainerRunSpec::modelTarget()
      << QStringLiteral("--setenv") << QStringLiteral("SAGEMAKER_BIND_TO_PORT") << QString::number(spec.port);
    for (auto it = spec.environment.cbegin(); it != spec.environment.cend(); ++it)
        a << QStringLiteral("--setenv") << it.key() << it.value();
    a << QStringLiteral("--") << pythonOf(spec)
      << serverArguments(ContainerRunSpec::modelTarget(), program, spec.host, spec.port);
    launch.environment = QProcessEnvironment::systemEnvironment();
    return launch;
}

Result<ServeLaunch> containerLaunch(const ServeSpec &spec, const ContainerEngine &engine)
{
    if (Status s = checkCommon(spec); !s)
        return s.error();
    if (Result<ImageInfo> image = engine.inspectImage(spec.image); !image)
        return image.error();
    ContainerRunSpec run;
    run.image = spec.image;
    run.kind = QStringLiteral("serve");
    run.runId = spec.name.isEmpty() ? QStringLiteral("%1").arg(spec.port) : spec.name;
    // Two servers of one model (on two ports, or started twice) never share a name: a
    // second start must not collide with the first, nor stop it when it fails.
    run.name = sanitizeContainerName(QStringLiteral("mlops-serve-%1-%2%3")
                                         .arg(run.runId)
                                         .arg(spec.port)
                                         .arg(spec.instance.isEmpty() ? QString() : QLatin1Char('-') + spec.instance));
    if (!spec.instance.isEmpty())
        run.labels.insert(ContainerRunSpec::instanceLabel(), spec.instance);
    run.modelDir = QFileInfo(spec.modelDir).absoluteFilePath();
    run.helperDir = helperOf(spec);
    run.network = true;
    // The server listens on 8080 in the container (SageMaker's contract), published on the
    // host's port: Docker's -p works on a user-defined bridge (docker-proxy) even without
    // iptables; rootful Podman publishes from its default network (its port-forwarding
    // rules live as long as the container, and conmon holds the host port).
    run.networkName = engine.networkForContainers();
    const bool hostNetwork = run.networkName == QStringLiteral("host");
    const int containerPort = hostNetwork ? spec.port : 8080;
    const QString bindHost = hostNetwork ? spec.host : QStringLiteral("0.0.0.0");
    if (!hostNetwork)
        run.ports.append(PortMapping{spec.host, spec.port, containerPort});
    QString program;
    if (!spec.program.isEmpty()) {
        const QFileInfo code(spec.program);
        run.mounts.append(ContainerMount{code.absolutePath(), ContainerRunSpec::codeTarget(), true});
        program = ContainerRunSpec::codeTarget() + QLatin1Char('/') + code.fileName();
    }
    run.environment = spec.environment;
    run.environment.insert(QStringLiteral("SAGEMAKER_BIND_TO_PORT"), QString::number(containerPort));
    run.environment.insert(QStringLiteral("SAGEMAKER_BIND_TO_HOST"), bindHost);
    run.environment.insert(QStringLiteral("SM_MODEL_DIR"), ContainerRunSpec::modelTarget());
    if (spec.imageServes) {
        run.command = {QStringLiteral("serve")};
    } else {
        run.command = QStringList{QStringLiteral("python3")}
                      + serverArguments(ContainerRunSpec::modelTarget(), program, bindHost, containerPort);
    }
    ServeLaunch launch;
    launch.program = engine.program();
    launch.arguments = engine.runArguments(run);
    launch.environment = engine.environment();
    launch.workingDirectory = containerClientWorkingDir();
    launch.engine = engine;
    launch.containerName = run.containerName();
    return launch;
}

} // namespace

ServeRunnerRegistry::ServeRunnerRegistry()
{
    add(QStringLiteral("process"), processLaunch);
    add(QStringLiteral("sandbox"), sandboxLaunch);
    add(QStringLiteral("docker"), [](const ServeSpec &s) { return containerLaunch(s, ContainerEngine::docker()); });
    add(QStringLiteral("podman"), [](const ServeSpec &s) { return containerLaunch(s, ContainerEngine::podman()); });
}

ServeRunnerRegistry &ServeRunnerRegistry::instance()
{
    static ServeRunnerRegistry registry;
    return registry;
}

void ServeRunnerRegistry::add(const QString &runner, Factory factory)
{
    m_factories.insert(runner, std::move(factory));
}

QStringList ServeRunnerRegistry::runners() const
{
    return m_factories.keys();
}

Result<ServeLaunch> ServeRunnerRegistry::launch(const ServeSpec &spec) const
{
    const auto it = m_factories.constFind(spec.runner);
    if (it == m_factories.cend()) {
        return Error::badInput(Text::tr("unknown runner '%1' (one of: %2)")
                                   .arg(spec.runner, runners().join(QStringLiteral(", "))));
    }
    return (*it)(spec);
}

namespace {
QHostAddress addressOf(const QString &host)
{
    QHostAddress address(host);
    if (address.isNull())
        address = QHostAddress::LocalHost;
    return address;
}
} // namespace

int pickFreePort(const QString &host)
{
    QTcpServer server;
    if (!server.listen(addressOf(host), 0))
        return 0;
    const int port = server.serverPort();
    server.close();
    return port;
}

bool isPortFree(const QString &host, int port)
{
    if (port <= 0)
        return true;
    QTcpServer server;
    // Qt binds with SO_REUSEADDR, like the stock server: a listener blocks it, old
    // connections in TIME_WAIT do not.
    const bool free = server.listen(addressOf(host), quint16(port))
                      || server.serverError() == QAbstractSocket::SocketAccessError;
    server.close();
    return free;
}

} // namespace mlops
