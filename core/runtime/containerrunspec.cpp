// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/runtime/containerrunspec.h"

#include "core/common/processinfo.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <unistd.h>

namespace mlops {

QString ContainerRunSpec::containerName() const
{
    if (!name.isEmpty())
        return sanitizeContainerName(name);
    if (!runId.isEmpty())
        return sanitizeContainerName(QStringLiteral("mlops-") + kind + QLatin1Char('-') + runId);
    return {};
}

QString ContainerRunSpec::effectiveUser() const
{
    if (!user.isEmpty())
        return user;
    if (rootless)
        return QStringLiteral("0:0");
    return QStringLiteral("%1:%2").arg(::getuid()).arg(::getgid());
}

QString sanitizeContainerName(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        const bool plain = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                           || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                           || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (plain || (!out.isEmpty() && (c == QLatin1Char('_') || c == QLatin1Char('.')
                                         || c == QLatin1Char('-'))))
            out.append(c);
        else if (!out.isEmpty())
            out.append(QLatin1Char('-'));
    }
    return out.left(128);
}

QStringList mapCommandForImage(const QStringList &command)
{
    if (command.isEmpty())
        return command;
    static const QRegularExpression python(QStringLiteral("^python(3(\\.[0-9]+)?)?$"));
    QStringList mapped = command;
    const QString base = QFileInfo(command.first()).fileName();
    if (python.match(base).hasMatch())
        mapped[0] = QStringLiteral("python3");
    return mapped;
}

QString currentOwnerLabel()
{
    const ProcessIdentity self = ProcessIdentity::current();
    return QStringLiteral("%1:%2").arg(self.pid).arg(self.startTime);
}

bool isOwnerAlive(const QString &ownerLabel)
{
    const QStringList parts = ownerLabel.split(QLatin1Char(':'));
    if (parts.size() != 2)
        return false;
    ProcessIdentity identity;
    bool okPid = false;
    bool okStart = false;
    identity.pid = parts[0].toLongLong(&okPid);
    identity.startTime = parts[1].toLongLong(&okStart);
    return okPid && okStart && identity.isAlive();
}

QString mountField(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QStringList buildContainerRunArguments(const ContainerRunSpec &spec)
{
    QStringList args{QStringLiteral("run")};
    if (spec.removeOnExit)
        args << QStringLiteral("--rm");
    if (spec.interactive)
        args << QStringLiteral("-i");
    // Never reach for a registry: a missing image is an error the caller reports.
    args << QStringLiteral("--pull=never");
    const QString name = spec.containerName();
    if (!name.isEmpty())
        args << QStringLiteral("--name") << name;

    args << QStringLiteral("--label") << ContainerRunSpec::managedLabel() + QStringLiteral("=true");
    args << QStringLiteral("--label") << ContainerRunSpec::kindLabel() + QLatin1Char('=') + spec.kind;
    if (!spec.runId.isEmpty())
        args << QStringLiteral("--label") << ContainerRunSpec::runIdLabel() + QLatin1Char('=') + spec.runId;
    args << QStringLiteral("--label")
         << ContainerRunSpec::ownerLabel() + QLatin1Char('=')
                + (spec.owner.isEmpty() ? currentOwnerLabel() : spec.owner);
    for (auto it = spec.labels.cbegin(); it != spec.labels.cend(); ++it)
        args << QStringLiteral("--label") << it.key() + QLatin1Char('=') + it.value();

    if (spec.init)
        args << QStringLiteral("--init");
    if (spec.init && !spec.initPath.isEmpty())
        args << QStringLiteral("--init-path") << spec.initPath;

    // Outputs belong to the user, not to root.
    args << QStringLiteral("--user") << spec.effectiveUser();

    if (!spec.network)
        args << QStringLiteral("--network") << QStringLiteral("none");
    else if (!spec.networkName.isEmpty())
        args << QStringLiteral("--network") << spec.networkName;
    for (const PortMapping &p : spec.ports) {
        args << QStringLiteral("-p")
             << QStringLiteral("%1:%2:%3").arg(p.hostIp).arg(p.hostPort).arg(p.containerPort);
    }

    if (spec.cpus > 0)
        args << QStringLiteral("--cpus") << QString::number(spec.cpus, 'g', 6);
    if (spec.memoryBytes > 0)
        args << QStringLiteral("--memory") << QString::number(spec.memoryBytes)
             << QStringLiteral("--memory-swap") << QString::number(spec.memoryBytes);

    auto mount = [&args](const QString &source, const QString &target, bool readOnly) {
        // --mount, unlike -v, refuses a missing source instead of creating a root-owned one.
        // Its value is a CSV line: a path with a comma or a quote is a quoted field.
        QString value = QStringLiteral("type=bind,%1,%2")
                            .arg(mountField(QStringLiteral("source=") + source),
                                 mountField(QStringLiteral("target=") + target));
        if (readOnly)
            value += QStringLiteral(",readonly");
        args << QStringLiteral("--mount") << value;
    };
    if (!spec.jobDir.isEmpty())
        mount(spec.jobDir, ContainerRunSpec::jobDirTarget(), false);
    if (!spec.workspaceDir.isEmpty())
        mount(spec.workspaceDir, ContainerRunSpec::codeTarget(), true);
    if (!spec.modelDir.isEmpty())
        mount(spec.modelDir, ContainerRunSpec::modelTarget(), true);
    if (!spec.helperDir.isEmpty())
        mount(spec.helperDir, ContainerRunSpec::helperTarget(), true);
    for (const ContainerMount &m : spec.mounts)
        mount(m.source, m.target, m.readOnly);

    QString workDir = spec.workingDir;
    if (workDir.isEmpty() && !spec.workspaceDir.isEmpty())
        workDir = ContainerRunSpec::codeTarget();
    if (!workDir.isEmpty())
        args << QStringLiteral("--workdir") << workDir;

    QMap<QString, QString> env = spec.environment;
    if (!spec.helperDir.isEmpty()) {
        const QString existing = env.value(QStringLiteral("PYTHONPATH"));
        env.insert(QStringLiteral("PYTHONPATH"),
                   existing.isEmpty() ? ContainerRunSpec::helperTarget()
                                      : ContainerRunSpec::helperTarget() + QLatin1Char(':') + existing);
    }
    // A uid without a passwd entry has no home; Python and joblib want a writable one.
    if (!env.contains(QStringLiteral("HOME")))
        env.insert(QStringLiteral("HOME"), QStringLiteral("/tmp"));
    if (!env.contains(QStringLiteral("PYTHONUNBUFFERED")))
        env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        args << QStringLiteral("--env") << it.key() + QLatin1Char('=') + it.value();

    args << spec.image;
    args << mapCommandForImage(spec.command);
    return args;
}

} // namespace mlops
