// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace mlops {

/** A host folder or file seen inside a container. */
struct ContainerMount
{
    QString source;   ///< absolute host path
    QString target;   ///< absolute path in the container
    bool readOnly = true;
};

/** A container port published on the host (`-p HOST_IP:HOST_PORT:CONTAINER_PORT`). */
struct PortMapping
{
    QString hostIp = QStringLiteral("127.0.0.1");
    int hostPort = 0;
    int containerPort = 8080;
};

/**
 * Everything a step or model-server container needs, independent of the engine. The
 * paths inside the container follow SageMaker's contract (DESIGN.md §5): the job
 * directory is `/opt/ml`, the workspace is `/opt/ml/code` (read-only, the working
 * directory), the studio's Python helper is `/opt/mlops/python` (read-only, on PYTHONPATH).
 */
struct ContainerRunSpec
{
    static QString jobDirTarget() { return QStringLiteral("/opt/ml"); }
    static QString codeTarget() { return QStringLiteral("/opt/ml/code"); }
    static QString modelTarget() { return QStringLiteral("/opt/ml/model"); }
    static QString helperTarget() { return QStringLiteral("/opt/mlops/python"); }
    /** The image the demo pipeline and `mlops serve` use unless told otherwise. */
    static QString defaultImage() { return QStringLiteral("mlops/python:3.11"); }

    /** Labels every container of the studio carries, so leftovers are found. */
    static QString managedLabel() { return QStringLiteral("org.mlopsstudio.managed"); }
    static QString runIdLabel() { return QStringLiteral("org.mlopsstudio.run-id"); }
    static QString ownerLabel() { return QStringLiteral("org.mlopsstudio.owner"); }
    static QString kindLabel() { return QStringLiteral("org.mlopsstudio.kind"); }
    /** Unique per started container, so its starter can tell it from one of the same name. */
    static QString instanceLabel() { return QStringLiteral("org.mlopsstudio.instance"); }

    QString image;
    QString name;                      ///< container name; derived from the run id when empty
    QString runId;                     ///< recorded as a label
    QString kind = QStringLiteral("step");  ///< step | serve, recorded as a label
    QString jobDir;                    ///< host job directory → /opt/ml (read-write)
    QString workspaceDir;              ///< host workspace → /opt/ml/code (read-only)
    QString modelDir;                  ///< host model folder → /opt/ml/model (read-only), for servers
    QString helperDir;                 ///< the studio's Python helper → /opt/mlops/python
    QList<ContainerMount> mounts;      ///< further mounts
    QMap<QString, QString> environment;
    QStringList command;               ///< a leading python/python3 becomes the image's python3
    QString workingDir;                ///< default: /opt/ml/code when a workspace is mounted
    bool network = false;              ///< false: --network none
    QString networkName;               ///< with network: host, a named network, or empty = default
    QList<PortMapping> ports;
    double cpus = 0;                   ///< 0 = no limit
    qint64 memoryBytes = 0;            ///< 0 = no limit
    QString user;                      ///< "uid:gid"; empty = the current user's
    /**
     * The engine maps the calling user to the container's root (rootless Podman or
     * Docker): with no `user`, the container runs as root, which is the user outside.
     */
    bool rootless = false;
    /**
     * --init: a small init (tini, catatonit) is PID 1 and hands signals on to the
     * command. A command that is PID 1 itself ignores SIGTERM unless it installs a
     * handler, so every stop would wait for the whole grace period and end in SIGKILL.
     */
    bool init = false;
    QString initPath;                  ///< --init-path: the (static) init binary, for Podman
    bool removeOnExit = true;          ///< --rm
    bool interactive = false;          ///< -i: keep stdin open
    QMap<QString, QString> labels;     ///< further labels
    QString owner;                     ///< "pid:starttime" of the program that owns it; default: this one

    /** The container name actually used. */
    QString containerName() const;
    /**
     * `uid:gid` actually used: `user`, else the current user's — or `0:0` under a
     * rootless engine, whose root is the current user on the host (any other uid maps
     * to a subordinate id that can neither write the job folder nor own what it writes).
     */
    QString effectiveUser() const;
};

/**
 * The argument list of `docker run` / `podman run` (everything after the program name)
 * for `spec`. Pure: touches no file and starts nothing, so it is easy to test. Docker
 * and Podman accept the same arguments here.
 */
QStringList buildContainerRunArguments(const ContainerRunSpec &spec);

/**
 * One field of a `--mount` value (`source=PATH`), quoted as CSV when it holds a comma or
 * a double quote: both engines read the value as a CSV line.
 */
QString mountField(const QString &field);

/** A leading `python`/`python3` (or a path ending in it) becomes `python3`, the image's interpreter. */
QStringList mapCommandForImage(const QStringList &command);

/** A name the engines accept: [a-zA-Z0-9][a-zA-Z0-9_.-]*, at most 128 characters. */
QString sanitizeContainerName(const QString &name);

/** `pid:starttime` of this program: the owner label value of its containers. */
QString currentOwnerLabel();

/** True while the program named by an owner label value still runs. */
bool isOwnerAlive(const QString &ownerLabel);

} // namespace mlops
