// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/runtime/doctor.h"

#include "core/common/datadirs.h"
#include "core/common/fileutil.h"
#include "core/runtime/toolrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::Doctor)
};

/**
 * A running engine without the studio's default image cannot run the demo pipeline nor
 * `mlops serve` in a container; no registry is reachable to pull it.
 */
void checkDefaultImage(DoctorCheck &c, const EngineStatus &s)
{
    const std::optional<ContainerEngine> engine = ContainerEngine::byName(s.engine);
    const QString image = ContainerRunSpec::defaultImage();
    if (!engine)
        return;
    if (Result<ImageInfo> found = engine->inspectImage(image); found) {
        c.detail += Text::tr("; image %1 present").arg(image);
        return;
    }
    c.state = DoctorCheck::State::Warning;
    c.detail += Text::tr("; no image %1 (the default of the demo pipeline and of mlops serve)").arg(image);
    c.fix = Text::tr("run %1 as root: it creates %2 without a registry; or name an image you have in a "
                     "step's image: (and in mlops serve --image)")
                .arg(containerEnginesScript(), image);
}

DoctorCheck engineCheck(const EngineStatus &s)
{
    DoctorCheck c;
    c.id = s.engine;
    c.title = s.engine == QStringLiteral("docker") ? Text::tr("Docker engine") : Text::tr("Podman engine");
    c.version = s.serverVersion.isEmpty() ? s.clientVersion : s.serverVersion;
    c.fix = s.fix;
    if (s.usable()) {
        c.state = DoctorCheck::State::Ok;
        QStringList parts;
        parts << (s.rootless ? Text::tr("rootless") : Text::tr("rootful"));
        if (!s.runtime.isEmpty())
            parts << Text::tr("runtime %1").arg(s.runtime);
        if (!s.endpoint.isEmpty())
            parts << s.endpoint;
        c.detail = Text::tr("running (%1)").arg(parts.join(QStringLiteral(", ")));
        checkDefaultImage(c, s);
    } else if (s.installed) {
        c.state = DoctorCheck::State::Warning;
        c.detail = Text::tr("installed (client %1) but not usable: %2").arg(s.clientVersion, s.problem);
    } else {
        c.state = DoctorCheck::State::Missing;
        c.detail = s.problem;
    }
    return c;
}

QList<DoctorCheck> checkBubblewrap(const DoctorContext &, DoctorReport &)
{
    DoctorCheck c;
    c.id = QStringLiteral("bubblewrap");
    c.title = Text::tr("bubblewrap (sandbox runner)");
    const QString bwrap = findProgram(QStringLiteral("bwrap"));
    if (bwrap.isEmpty()) {
        c.detail = Text::tr("bwrap is not installed");
        c.fix = Text::tr("apt-get install bubblewrap");
        return {c};
    }
    ToolCommand version{bwrap, {QStringLiteral("--version")}};
    version.timeoutMs = 10000;
    const ToolOutput v = runTool(version);
    c.version = v.outText().section(QLatin1Char(' '), -1);
    // The sandbox the step runner uses: read-only system, a job directory at /opt/ml.
    QTemporaryDir job;
    ToolCommand trial{bwrap,
                      {QStringLiteral("--ro-bind"), QStringLiteral("/"), QStringLiteral("/"),
                       QStringLiteral("--dev"), QStringLiteral("/dev"), QStringLiteral("--proc"),
                       QStringLiteral("/proc"), QStringLiteral("--tmpfs"), QStringLiteral("/tmp"),
                       QStringLiteral("--tmpfs"), QStringLiteral("/opt"), QStringLiteral("--bind"),
                       job.path(), QStringLiteral("/opt/ml"), QStringLiteral("--unshare-all"),
                       QStringLiteral("--die-with-parent"), QStringLiteral("--new-session"),
                       QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                       QStringLiteral("echo ok > /opt/ml/probe")}};
    trial.timeoutMs = 20000;
    const ToolOutput t = runTool(trial);
    if (t.succeeded() && QFile::exists(job.filePath(QStringLiteral("probe")))) {
        c.state = DoctorCheck::State::Ok;
        c.detail = Text::tr("a trial sandbox works (no network, read-only system, job directory at /opt/ml)");
    } else {
        c.state = DoctorCheck::State::Warning;
        c.detail = Text::tr("installed, but a trial sandbox failed: %1").arg(t.failureText());
        c.fix = Text::tr("allow unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1) "
                         "or run steps with the process runner");
    }
    return {c};
}

QList<DoctorCheck> checkPython(const DoctorContext &context, DoctorReport &)
{
    DoctorCheck interpreter;
    interpreter.id = QStringLiteral("python");
    interpreter.title = Text::tr("Workspace Python");
    interpreter.essential = true;
    const QString python = findProgram(context.python);
    if (python.isEmpty()) {
        interpreter.detail = Text::tr("%1 not found").arg(context.python);
        interpreter.fix = Text::tr("apt-get install python3, or set 'python:' in mlops.yaml to an interpreter");
        return {interpreter};
    }
    ToolCommand probe{python,
                      {QStringLiteral("-c"),
                       QStringLiteral("import json, importlib, sys\n"
                                      "out = {'version': sys.version.split()[0]}\n"
                                      "for name in ('numpy', 'pandas', 'sklearn'):\n"
                                      "    try:\n"
                                      "        out[name] = importlib.import_module(name).__version__\n"
                                      "    except Exception as error:\n"
                                      "        out[name] = None\n"
                                      "print(json.dumps(out))\n")}};
    probe.timeoutMs = 60000;
    const ToolOutput out = runTool(probe);
    const QJsonObject o = QJsonDocument::fromJson(out.out).object();
    if (!out.succeeded() || o.isEmpty()) {
        interpreter.detail = Text::tr("%1 does not run: %2").arg(python, out.failureText());
        interpreter.fix = Text::tr("apt-get install python3, or set 'python:' in mlops.yaml to an interpreter");
        return {interpreter};
    }
    interpreter.state = DoctorCheck::State::Ok;
    interpreter.version = o.value(QStringLiteral("version")).toString();
    interpreter.detail = python;

    DoctorCheck packages;
    packages.id = QStringLiteral("python-packages");
    packages.title = Text::tr("numpy, pandas, scikit-learn");
    QStringList found;
    QStringList missing;
    const QMap<QString, QString> debian{{QStringLiteral("numpy"), QStringLiteral("python3-numpy")},
                                        {QStringLiteral("pandas"), QStringLiteral("python3-pandas")},
                                        {QStringLiteral("sklearn"), QStringLiteral("python3-sklearn")}};
    for (auto it = debian.cbegin(); it != debian.cend(); ++it) {
        const QJsonValue v = o.value(it.key());
        if (v.isString())
            found << QStringLiteral("%1 %2").arg(it.key(), v.toString());
        else
            missing << it.key();
    }
    packages.detail = found.join(QStringLiteral(", "));
    if (missing.isEmpty()) {
        packages.state = DoctorCheck::State::Ok;
    } else {
        packages.state = DoctorCheck::State::Warning;
        packages.detail = Text::tr("%1 cannot import: %2").arg(python, missing.join(QStringLiteral(", ")));
        QStringList names;
        for (const QString &m : missing)
            names << debian.value(m);
        packages.fix = python.startsWith(QStringLiteral("/usr/bin/"))
                           ? Text::tr("apt-get install %1").arg(names.join(QLatin1Char(' ')))
                           : Text::tr("%1 -m pip install %2").arg(python, missing.join(QLatin1Char(' ')).replace(
                                 QStringLiteral("sklearn"), QStringLiteral("scikit-learn")));
    }
    return {interpreter, packages};
}

QList<DoctorCheck> checkKernels(const DoctorContext &, DoctorReport &)
{
    DoctorCheck c;
    c.id = QStringLiteral("jupyter-kernels");
    c.title = Text::tr("Jupyter kernels");
    QStringList found;
    for (const QString &dir : jupyterKernelDirs()) {
        const QDir kernels(dir);
        for (const QString &name : kernels.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QString spec = kernels.filePath(name + QStringLiteral("/kernel.json"));
            const Result<QByteArray> text = readFile(spec);
            const QJsonObject o = text ? QJsonDocument::fromJson(*text).object() : QJsonObject();
            const QString program = o.value(QStringLiteral("argv")).toArray().first().toString();
            if (o.isEmpty() || findProgram(program).isEmpty())
                continue;
            found << QStringLiteral("%1 (%2)").arg(name, spec);
        }
    }
    if (found.isEmpty()) {
        c.detail = Text::tr("no kernelspec found in %1").arg(jupyterKernelDirs().join(QStringLiteral(", ")));
        c.fix = Text::tr("apt-get install python3-ipykernel (provides the python3 kernel)");
        return {c};
    }
    c.state = DoctorCheck::State::Ok;
    c.detail = found.join(QStringLiteral("; "));
    return {c};
}

} // namespace

QJsonObject DoctorCheck::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("state"), doctorStateName(state)},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("detail"), detail},
                       {QStringLiteral("fix"), state == State::Ok ? QString() : fix},
                       {QStringLiteral("essential"), essential}};
}

QString doctorStateName(DoctorCheck::State state)
{
    switch (state) {
    case DoctorCheck::State::Ok: return QStringLiteral("ok");
    case DoctorCheck::State::Warning: return QStringLiteral("warning");
    case DoctorCheck::State::Missing: return QStringLiteral("missing");
    }
    return {};
}

bool DoctorReport::usable() const
{
    for (const DoctorCheck &c : checks) {
        if (c.essential && c.state != DoctorCheck::State::Ok)
            return false;
    }
    return true;
}

QJsonObject DoctorReport::toJson() const
{
    QJsonArray list;
    for (const DoctorCheck &c : checks)
        list.append(c.toJson());
    QJsonArray engineList;
    for (const EngineStatus &e : engines)
        engineList.append(e.toJson());
    return QJsonObject{{QStringLiteral("usable"), usable()},
                       {QStringLiteral("checks"), list},
                       {QStringLiteral("engines"), engineList}};
}

QList<EngineStatus> detectContainerEngines()
{
    QList<EngineStatus> engines;
    for (const QString &name : ContainerEngine::names())
        engines.append(ContainerEngine::byName(name)->detect());
    return engines;
}

QStringList jupyterKernelDirs()
{
    QStringList dirs;
    for (const QString &p : qEnvironmentVariable("JUPYTER_PATH").split(QLatin1Char(':'), Qt::SkipEmptyParts))
        dirs << p + QStringLiteral("/kernels");
    const QString dataHome = qEnvironmentVariable("XDG_DATA_HOME",
                                                  QDir::homePath() + QStringLiteral("/.local/share"));
    dirs << dataHome + QStringLiteral("/jupyter/kernels")
         << QStringLiteral("/usr/local/share/jupyter/kernels") << QStringLiteral("/usr/share/jupyter/kernels");
    return dirs;
}

DoctorRegistry::DoctorRegistry()
{
    add(QStringLiteral("engines"), [](const DoctorContext &, DoctorReport &report) {
        QList<DoctorCheck> checks;
        report.engines = detectContainerEngines();
        for (const EngineStatus &s : report.engines)
            checks.append(engineCheck(s));
        return checks;
    });
    add(QStringLiteral("bubblewrap"), checkBubblewrap);
    add(QStringLiteral("python"), checkPython);
    add(QStringLiteral("jupyter-kernels"), checkKernels);
}

DoctorRegistry &DoctorRegistry::instance()
{
    static DoctorRegistry registry;
    return registry;
}

void DoctorRegistry::add(const QString &id, Check check)
{
    m_checks.append({id, std::move(check)});
}

DoctorReport DoctorRegistry::run(const DoctorContext &context) const
{
    DoctorReport report;
    for (const auto &[id, check] : m_checks)
        report.checks += check(context, report);
    return report;
}

} // namespace mlops
