// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/notebook/kernelspec.h"

#include "core/common/datadirs.h"
#include "core/common/fileutil.h"
#include "core/common/textposition.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::KernelSpec)
};

const QString kPython3 = QStringLiteral("python3");

} // namespace

QStringList KernelSpec::commandLine(const QString &connectionFile) const
{
    QStringList out;
    out.reserve(argv.size());
    for (QString arg : argv) {
        arg.replace(QStringLiteral("{connection_file}"), connectionFile);
        arg.replace(QStringLiteral("{resource_dir}"), resourceDir);
        out.append(arg);
    }
    return out;
}

Result<KernelSpec> KernelSpec::fromDirectory(const QString &dir)
{
    const QString file = QDir(dir).filePath(QStringLiteral("kernel.json"));
    Result<QByteArray> data = readFile(file);
    if (!data)
        return data.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        int line = 0;
        int column = 0;
        lineColumn(*data, parseError.offset, line, column);
        return Error::at(file, line, column, Text::tr("not a valid kernel.json: the JSON is broken (%1)")
                                                 .arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return Error::badInput(Text::tr("not a valid kernel.json: not a JSON object"), file);
    const QJsonObject o = doc.object();
    KernelSpec spec;
    spec.name = QFileInfo(dir).fileName();
    spec.resourceDir = QFileInfo(dir).absoluteFilePath();
    for (const QJsonValue &v : o.value(QStringLiteral("argv")).toArray())
        spec.argv.append(v.toString());
    if (spec.argv.isEmpty() || spec.argv.first().isEmpty())
        return Error::badInput(Text::tr("kernel.json has no argv to start the kernel with"), file);
    spec.displayName = o.value(QStringLiteral("display_name")).toString(spec.name);
    spec.language = o.value(QStringLiteral("language")).toString();
    const QJsonObject env = o.value(QStringLiteral("env")).toObject();
    for (auto it = env.begin(); it != env.end(); ++it)
        spec.env.insert(it.key(), it.value().toString());
    spec.interruptMode = o.value(QStringLiteral("interrupt_mode")).toString() == QStringLiteral("message")
                             ? InterruptMode::Message
                             : InterruptMode::Signal;
    return spec;
}

KernelSpec KernelSpec::pythonKernel(const QString &python)
{
    KernelSpec spec;
    spec.name = kPython3;
    spec.displayName = Text::tr("Python 3 (ipykernel)");
    spec.language = QStringLiteral("python");
    spec.argv = {python.isEmpty() ? defaultPython() : python, QStringLiteral("-m"),
                 QStringLiteral("ipykernel_launcher"), QStringLiteral("-f"),
                 QStringLiteral("{connection_file}")};
    return spec;
}

QStringList KernelSpecs::dataDirectories()
{
    QStringList dirs;
    const QString jupyterPath = qEnvironmentVariable("JUPYTER_PATH");
    for (const QString &entry : jupyterPath.split(QLatin1Char(':'), Qt::SkipEmptyParts))
        dirs.append(entry);
    QString user = qEnvironmentVariable("JUPYTER_DATA_DIR");
    if (user.isEmpty()) {
        QString xdg = qEnvironmentVariable("XDG_DATA_HOME");
        if (xdg.isEmpty())
            xdg = QDir::homePath() + QStringLiteral("/.local/share");
        user = xdg + QStringLiteral("/jupyter");
    }
    dirs.append(user);
    dirs.append(QStringLiteral("/usr/local/share/jupyter"));
    dirs.append(QStringLiteral("/usr/share/jupyter"));
    for (QString &d : dirs)
        d = QDir::cleanPath(d);
    dirs.removeDuplicates();
    return dirs;
}

QList<KernelSpec> KernelSpecs::discover(const QString &python, bool withBroken)
{
    QMap<QString, KernelSpec> byName;
    for (const QString &dataDir : dataDirectories()) {
        const QDir kernels(dataDir + QStringLiteral("/kernels"));
        const QStringList names = kernels.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &name : names) {
            // Jupyter treats kernel names case-insensitively; the first folder wins.
            const QString key = name.toLower();
            if (byName.contains(key))
                continue;
            Result<KernelSpec> spec = KernelSpec::fromDirectory(kernels.filePath(name));
            if (spec) {
                spec->name = key;
                byName.insert(key, *spec);
            } else if (QFileInfo::exists(kernels.filePath(name + QStringLiteral("/kernel.json")))) {
                // Broken, yet it hides the same name further down, as in jupyter_client.
                KernelSpec broken;
                broken.name = key;
                broken.displayName = name;
                broken.resourceDir = QFileInfo(kernels.filePath(name)).absoluteFilePath();
                broken.brokenReason = spec.error().toString();
                byName.insert(key, broken);
            }
        }
    }
    if (!byName.contains(kPython3) || byName.value(kPython3).isBroken())
        byName.insert(kPython3, KernelSpec::pythonKernel(python));
    QList<KernelSpec> out;
    for (const KernelSpec &spec : std::as_const(byName)) {
        if (withBroken || !spec.isBroken())
            out.append(spec);
    }
    return out;
}

Result<KernelSpec> KernelSpecs::find(const QString &name, const QString &python)
{
    const QList<KernelSpec> all = discover(python, true);
    const QString wanted = name.isEmpty() ? kPython3 : name.toLower();
    for (const KernelSpec &spec : all) {
        if (spec.name == wanted && spec.isBroken())
            return Error::badInput(Text::tr("the Jupyter kernel '%1' is installed, but its kernelspec is broken: %2")
                                       .arg(name, spec.brokenReason));
        if (spec.name == wanted)
            return spec;
    }
    QStringList names;
    for (const KernelSpec &spec : all) {
        if (!spec.isBroken())
            names.append(spec.name);
    }
    return Error::badInput(Text::tr("no Jupyter kernel named '%1' is installed (installed: %2)")
                               .arg(name, names.join(QStringLiteral(", "))));
}

} // namespace mlops
