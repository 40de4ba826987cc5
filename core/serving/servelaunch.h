// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/runtime/containerengine.h"

#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace mlops {

/** What to serve and how: the input of every serve runner. */
struct ServeSpec
{
    QString modelDir;                     ///< host folder with the model (→ /opt/ml/model)
    QString runner = QStringLiteral("process");  ///< process | sandbox | docker | podman
    QString host = QStringLiteral("127.0.0.1");  ///< host address the endpoint listens on
    int port = 8080;                      ///< host port
    QString program;                      ///< host path of the user's inference.py; empty = the model's code/ or defaults
    QString python;                       ///< interpreter for process and sandbox
    QString image = QStringLiteral("mlops/python:3.11");  ///< container runners
    bool imageServes = false;             ///< BYOC: run `IMAGE serve` instead of the stock server
    QMap<QString, QString> environment;   ///< extra variables for the server
    QString name;                         ///< identifies the server (container name, labels)
    QString instance;                     ///< unique per start: container name suffix, /ping identity
    QString helperDir;                    ///< the studio's Python package folder; default pythonHelperDir()
};

/** The command that starts a server, and how to stop it. */
struct ServeLaunch
{
    QString program;
    QStringList arguments;
    QProcessEnvironment environment;
    QString workingDirectory;
    std::optional<ContainerEngine> engine;  ///< set for container runners
    QString containerName;
    bool bubblewrap = false;   ///< the program is bwrap: a failed set-up is tried again
};

/**
 * How each runner starts the stock model server (or a BYOC image). A registry rather
 * than a switch: the deployment layer adds runners the same way (STYLE.md §18).
 */
class ServeRunnerRegistry
{
public:
    using Factory = std::function<Result<ServeLaunch>(const ServeSpec &)>;

    static ServeRunnerRegistry &instance();

    void add(const QString &runner, Factory factory);
    QStringList runners() const;
    bool contains(const QString &runner) const { return m_factories.contains(runner); }
    /** The launch for `spec.runner`; a bad-input error for an unknown runner. */
    Result<ServeLaunch> launch(const ServeSpec &spec) const;

private:
    ServeRunnerRegistry();
    QMap<QString, Factory> m_factories;
};

/** A free TCP port on `host` (for --port 0). */
int pickFreePort(const QString &host);

/** True when nothing listens on `port` of `host` (this program could bind it now). */
bool isPortFree(const QString &host, int port);

/**
 * The header with which the stock model server answers `/ping`: the value of its
 * `MLOPS_SERVER_ID` variable, so the studio knows the answer came from its own server.
 */
inline constexpr char kServerIdHeader[] = "X-Mlops-Server-Id";
inline const QString kServerIdVariable = QStringLiteral("MLOPS_SERVER_ID");

} // namespace mlops
