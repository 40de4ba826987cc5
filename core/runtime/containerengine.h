// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/runtime/containerrunspec.h"

#include <QDateTime>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace mlops {

/** What the studio knows about one engine on this machine (`mlops doctor`, the Overview). */
struct EngineStatus
{
    QString engine;          ///< docker | podman
    bool installed = false;  ///< the client program exists
    bool running = false;    ///< it can run containers (the daemon answers, for Docker)
    QString program;         ///< the client's absolute path
    QString clientVersion;
    QString serverVersion;   ///< the daemon's (Docker) or the engine's (Podman)
    bool rootless = false;
    QString endpoint;        ///< where the client talks to (DOCKER_HOST), for Docker
    QString runtime;         ///< the OCI runtime (runc, crun)
    QString problem;         ///< why it is not usable, in the engine's words
    QString fix;             ///< what to do about it

    bool usable() const { return installed && running; }
    /**
     * Why the engine's runner cannot work, in one message: which runner, the problem, the
     * fix ("the docker runner cannot run containers: … Start the Docker engine: …").
     * Empty when usable.
     */
    QString explanation() const;
    QJsonObject toJson() const;
};

/** A local image: what a run records and a step's cache key includes. */
struct ImageInfo
{
    QString reference;       ///< as asked for (name:tag)
    QString id;              ///< sha256:… of the image configuration: the content identity
    QStringList repoDigests; ///< registry digests, when the image came from one
    QStringList tags;
    QDateTime created;
    qint64 size = 0;
    bool built = false;      ///< true when buildImage() built it just now (not reused)

    /** The registry digest when there is one, else the image id. */
    QString digest() const { return repoDigests.isEmpty() ? id : repoDigests.first(); }
};

/** A BYOC image: a Dockerfile and its build context (a step's `build:`). */
struct ImageBuildSpec
{
    QString contextDir;      ///< absolute
    QString dockerfile;      ///< absolute or relative to the context; default "Dockerfile"
    QString name;            ///< repository part of the tag, e.g. the step name
    QMap<QString, QString> buildArgs;
};

/** Options of ContainerEngine::buildImage(): a build is long, so it streams and can be stopped. */
struct ImageBuildOptions
{
    int timeoutMs = 60 * 60 * 1000;            ///< 0 = none
    std::function<void(const QByteArray &, bool isStderr)> onOutput;  ///< chunks as they come
    std::function<bool()> cancelRequested;     ///< polled; true stops the build (the client is killed)
};

/** How a container run ended. */
struct ContainerExit
{
    int exitCode = -1;       ///< the container's exit code (-1: unknown)
    bool timedOut = false;   ///< stopped because the timeout passed
    bool stopped = false;    ///< stopped on request (timeout or cancel)
    QByteArray output;       ///< stdout and stderr, merged
};

/** What `inspect` says about a container's state (ContainerEngine::containerState). */
struct ContainerState
{
    bool exists = false;     ///< false: no such container (never created, or removed)
    bool started = false;    ///< its process ran; false when the engine failed before that
    bool oomKilled = false;  ///< the kernel killed it at its memory limit
};

/** Options of ContainerEngine::run(). */
struct ContainerRunOptions
{
    int timeoutMs = 0;                         ///< 0 = none
    int stopGraceSeconds = 10;                 ///< SIGTERM, then SIGKILL after this
    std::function<void(const QByteArray &)> onOutput;  ///< chunks as they come
    std::function<bool()> cancelRequested;     ///< polled; true stops the container
};

/**
 * A container engine driven through its command-line client (docker or podman), always
 * with argument lists. A value type: cheap to copy and safe to use from worker threads.
 * Every call blocks; the views run them with runAsync().
 */
class ContainerEngine
{
public:
    enum class Kind { Docker, Podman };

    /** Docker, reached through DOCKER_HOST, the default socket, or the socket of containerEnginesScript(). */
    static ContainerEngine docker();
    static ContainerEngine podman();
    /** "docker" or "podman"; nullopt for anything else. */
    static std::optional<ContainerEngine> byName(const QString &name);
    static QStringList names();

    Kind kind() const { return m_kind; }
    QString name() const;
    QString program() const { return m_program; }
    /** The environment the client runs with (DOCKER_HOST set when the studio found the socket). */
    QProcessEnvironment environment() const { return m_env; }

    /** Installed? Running? Which versions, rootless or not, and what to do when not usable. */
    EngineStatus detect() const;

    /** A local image; the error says it is missing and that no registry is reachable. */
    Result<ImageInfo> inspectImage(const QString &reference) const;
    bool hasImage(const QString &reference) const;

    /**
     * Builds a BYOC image with `--network none`, tagged `mlops-build/<name>:<hash>` where
     * hash is the content hash of the context and Dockerfile — or reuses that tag when it
     * exists (built once). Base images named by FROM must exist locally. Intermediate
     * containers are removed also when the build fails (`--force-rm`).
     */
    Result<ImageInfo> buildImage(const ImageBuildSpec &spec, const ImageBuildOptions &options = {}) const;

    /**
     * The `run` arguments for a spec (buildContainerRunArguments), for this engine: under a
     * rootless engine a spec without a user runs as the container's root, the user outside;
     * the command runs under an init (initBinary()) so that SIGTERM stops it.
     */
    QStringList runArguments(const ContainerRunSpec &spec) const;

    /**
     * True when the engine runs containers in the user's own user namespace (rootless
     * Podman, rootless Docker): its root is the calling user. Asked once per engine and
     * endpoint (detect() answers it too), then remembered.
     */
    bool isRootless() const;

    /**
     * The init a container runs its command under: Docker brings its own (docker-init,
     * "-" here); Podman needs a static init on this machine (catatonit, or Docker's tini),
     * whose path this is. Empty when there is none: the command is PID 1 then.
     */
    QString initBinary() const;

    /**
     * Runs a container to completion: creates missing mount targets in
     * the job directory, starts the client in its own process group, stops the container
     * (SIGTERM, SIGKILL after the grace period) on timeout or cancel, and removes it.
     * A missing image is the same clear error as inspectImage()'s; other engine failures
     * (exit code 125 from a container that never started) are errors with the engine's
     * message, while the step's own exit code — 125 too — is in ContainerExit. The
     * container is removed after its end rather than with --rm, so inspect can tell the two.
     */
    Result<ContainerExit> run(const ContainerRunSpec &spec, const ContainerRunOptions &options = {}) const;

    /** SIGTERM to the container's main process, SIGKILL after `graceSeconds`. */
    Status stop(const QString &container, int graceSeconds = 10) const;
    /**
     * Removes a container (running or not) at once: a running one is killed (SIGKILL), not
     * stopped with the engine's own grace period. A missing one is not an error.
     */
    Status remove(const QString &container) const;
    /** True while a container of that name exists (running or not). */
    bool containerExists(const QString &container) const;
    /** Whether the container exists, whether its process ever started, and whether it was OOM-killed. */
    ContainerState containerState(const QString &container) const;

    /**
     * The network a container with network access joins (ContainerRunSpec::networkName).
     * Docker: the studio's own bridge network, created on first use — a daemon started
     * with `--bridge=none` has no default bridge, so its containers would see loopback
     * only — or the host network when it cannot be created. Podman: empty, its default
     * network.
     */
    QString networkForContainers() const;

    /** Names of the studio's containers, optionally only those with `label=value`. */
    Result<QStringList> listManagedContainers(const QString &labelFilter = {}) const;
    /**
     * Removes the studio's containers whose owning program is gone (a crashed or killed
     * studio); with `labelFilter` (e.g. "org.mlopsstudio.run-id=abc") only those. Returns
     * the names removed.
     */
    Result<QStringList> cleanupLeftovers(const QString &labelFilter = {}) const;

    /** Runs the client with `arguments` (for callers that need something not wrapped here). */
    Result<QByteArray> client(const QStringList &arguments, int timeoutMs = 120000) const;

private:
    ContainerEngine(Kind kind, QString program, QProcessEnvironment env);
    /** Podman: the ids of the builder's working containers (`ps --external`). */
    QStringList buildWorkingContainers() const;

    Kind m_kind;
    QString m_program;
    QProcessEnvironment m_env;
};

/**
 * The folder the engine clients are started in. Podman's conmon writes files such as
 * `oom` into its working folder: never the user's current folder.
 */
QString containerClientWorkingDir();

/** True for the clients' usage hints ("Run 'docker run --help' for more information"). */
bool isEngineUsageHint(const QString &line);

/**
 * The engine's own reason in a client's error output: the last line that is not a usage
 * hint, without the "docker: Error response from daemon:" or "Error:" prefix nor the OCI
 * runtime's wrapping ("…unable to start container process: exec: …: unknown").
 */
QString engineErrorMessage(const QString &output);

/**
 * The reason an init (--init: tini, catatonit) could not start the container's command,
 * from the end of its error output, as the engine says it without one: `exec:
 * "PROGRAM": REASON`. Empty when the output does not end in such a message.
 */
QString initExecFailure(const QString &output, const QString &program);

/** The socket containerEnginesScript() starts dockerd on (MLOPS_ENGINES_RUN/docker.sock). */
QString studioDockerSocket();

} // namespace mlops
