// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/runtime/joblayout.h"

#include "core/common/fileutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <sys/stat.h>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::JobLayout)
};

QString compact(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
}

/** SM_HPS decodes values that read as JSON (numbers, booleans), as the toolkit does. */
QJsonValue decoded(const QString &value)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + value.toUtf8() + "]", &error);
    if (error.error == QJsonParseError::NoError && doc.isArray() && doc.array().size() == 1)
        return doc.array().at(0);
    return value;
}

/** str() of a decoded JSON value in Python, for the values inside a mapping. */
QString pythonText(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    if (v.isNull())
        return QStringLiteral("None");
    if (v.isString())
        return v.toString();
    const QByteArray json = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

/**
 * A hyperparameter as the toolkit passes it on the command line: the text as written,
 * except JSON booleans (Python's True/False), null (empty) and mappings (k=v,k=v).
 */
QString argumentValue(const QString &value)
{
    const QJsonValue v = decoded(value);
    if (v.isBool() || v.isNull())
        return v.isNull() ? QString() : pythonText(v);
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        QStringList items;
        for (auto it = o.begin(); it != o.end(); ++it)
            items.append(it.key() + QLatin1Char('=') + pythonText(it.value()));
        return items.join(QLatin1Char(','));
    }
    return value;
}

} // namespace

QStringList JobLayout::userArgs() const
{
    QList<QPair<QString, QString>> sorted = hyperparameters;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList args;
    for (const auto &[name, value] : std::as_const(sorted)) {
        args.append((name.size() > 1 ? QStringLiteral("--") : QStringLiteral("-")) + name);
        args.append(argumentValue(value));
    }
    return args;
}

QString JobLayout::variableName(const QString &name)
{
    QString v = name.toUpper();
    for (QChar &c : v) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char('_');
    }
    return v;
}

QString JobLayout::inputDir(const QString &name, const QString &mlRoot) const
{
    return mlRoot + QLatin1Char('/') + inputRoot + QLatin1Char('/') + name;
}

QString JobLayout::outputDir(const QString &name, const QString &mlRoot) const
{
    return mlRoot + QLatin1Char('/') + outputRoot + QLatin1Char('/') + name;
}

QByteArray JobLayout::hyperparametersJson() const
{
    QJsonObject o;
    for (const auto &[k, v] : hyperparameters)
        o.insert(k, v);  // SageMaker writes every value as a string
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QByteArray JobLayout::inputDataConfig() const
{
    QJsonObject o;
    for (const QString &channel : inputs) {
        QJsonObject c;
        c.insert(QStringLiteral("TrainingInputMode"), QStringLiteral("File"));
        c.insert(QStringLiteral("S3DistributionType"), QStringLiteral("FullyReplicated"));
        c.insert(QStringLiteral("RecordWrapperType"), QStringLiteral("None"));
        o.insert(channel, c);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QByteArray JobLayout::resourceConfig() const
{
    QJsonObject o;
    o.insert(QStringLiteral("current_host"), QStringLiteral("algo-1"));
    o.insert(QStringLiteral("hosts"), QJsonArray{QStringLiteral("algo-1")});
    o.insert(QStringLiteral("network_interface_name"), QStringLiteral("eth0"));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Status JobLayout::create() const
{
    QStringList dirs = {QStringLiteral("input/config"), QStringLiteral("input/data"), QStringLiteral("model"),
                        QStringLiteral("output/data"), QStringLiteral("output/intermediate"),
                        QStringLiteral("checkpoints"), QStringLiteral("code"), inputRoot, outputRoot};
    for (const QString &input : inputs)
        dirs.append(inputRoot + QLatin1Char('/') + input);
    for (const QString &output : outputs)
        dirs.append(outputRoot + QLatin1Char('/') + output);
    // The root once through mkpath; below it, each folder after its parent, directly.
    if (!QDir().mkpath(root))
        return Error{Text::tr("cannot create the job folder"), root};
    QStringList all;
    for (const QString &d : std::as_const(dirs)) {
        QString prefix;
        for (const QString &part : d.split(QLatin1Char('/'))) {
            prefix = prefix.isEmpty() ? part : prefix + QLatin1Char('/') + part;
            if (!all.contains(prefix))
                all.append(prefix);
        }
    }
    for (const QString &d : std::as_const(all)) {
        const QByteArray path = QFile::encodeName(root + QLatin1Char('/') + d);
        if (::mkdir(path.constData(), 0755) != 0 && errno != EEXIST)
            return Error{Text::tr("cannot create the job folder"), QString::fromLocal8Bit(path)};
    }
    // A job folder is fresh and belongs to one attempt: plain writes, no fsync (a crash
    // leaves an Interrupted run whose folder nobody reuses).
    const QString config = QDir(root).filePath(QStringLiteral("input/config/"));
    const std::pair<const char *, QByteArray> files[] = {{"hyperparameters.json", hyperparametersJson()},
                                                          {"inputdataconfig.json", inputDataConfig()},
                                                          {"resourceconfig.json", resourceConfig()}};
    for (const auto &[name, content] : files) {
        QFile file(config + QString::fromLatin1(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
            return Error{Text::tr("cannot write the job configuration: %1").arg(file.errorString()), file.fileName()};
    }
    return {};
}

Status JobLayout::removeStoredCopies() const
{
    QStringList dirs;
    for (const QString &input : inputs)
        dirs.append(hostInputDir(input));
    for (const QString &output : outputs)
        dirs.append(hostOutputDir(output));
    for (const QString &dir : std::as_const(dirs)) {
        if (!QFileInfo::exists(dir))
            continue;
        // A step may leave read-only files and folders behind.
        (void)setTreeReadOnly(dir, false);
        if (!QDir(dir).removeRecursively() || !QDir().mkpath(dir))
            return Error{Text::tr("cannot empty the job folder's copy"), dir};
    }
    return {};
}

QMap<QString, QString> JobLayout::environment(const StepPaths &paths) const
{
    const QString ml = paths.mlRoot;
    QMap<QString, QString> env;
    QJsonArray channels;
    QStringList sorted = inputs;
    sorted.sort();
    for (const QString &c : std::as_const(sorted)) {
        channels.append(c);
        env.insert(QStringLiteral("SM_CHANNEL_") + variableName(c), inputDir(c, ml));
        env.insert(QStringLiteral("MLOPS_INPUT_") + variableName(c), inputDir(c, ml));
    }
    for (const QString &o : outputs)
        env.insert(QStringLiteral("MLOPS_OUTPUT_") + variableName(o), outputDir(o, ml));
    QJsonObject hps;
    for (const auto &[k, v] : hyperparameters) {
        hps.insert(k, decoded(v));
        env.insert(QStringLiteral("SM_HP_") + variableName(k), v);
    }
    const QJsonArray hosts{QStringLiteral("algo-1")};
    const QJsonObject resource = QJsonDocument::fromJson(resourceConfig()).object();
    const QJsonObject dataConfig = QJsonDocument::fromJson(inputDataConfig()).object();

    env.insert(QStringLiteral("SM_MODEL_DIR"), modelDir(ml));
    env.insert(QStringLiteral("SM_CHANNELS"), compact(channels));
    env.insert(QStringLiteral("SM_HPS"), compact(hps));
    env.insert(QStringLiteral("SM_INPUT_DIR"), ml + QStringLiteral("/input"));
    env.insert(QStringLiteral("SM_INPUT_CONFIG_DIR"), ml + QStringLiteral("/input/config"));
    env.insert(QStringLiteral("SM_OUTPUT_DIR"), ml + QStringLiteral("/output"));
    env.insert(QStringLiteral("SM_OUTPUT_DATA_DIR"), ml + QStringLiteral("/output/data"));
    env.insert(QStringLiteral("SM_OUTPUT_INTERMEDIATE_DIR"), ml + QStringLiteral("/output/intermediate"));
    env.insert(QStringLiteral("SM_CURRENT_HOST"), QStringLiteral("algo-1"));
    env.insert(QStringLiteral("SM_HOSTS"), compact(hosts));
    env.insert(QStringLiteral("SM_NUM_CPUS"), QString::number(cpus));
    env.insert(QStringLiteral("SM_NUM_GPUS"), QString::number(gpus));
    env.insert(QStringLiteral("SM_LOG_LEVEL"), QStringLiteral("20"));
    env.insert(QStringLiteral("SM_NETWORK_INTERFACE_NAME"), QStringLiteral("eth0"));
    const QJsonArray userArguments = QJsonArray::fromStringList(userArgs());
    env.insert(QStringLiteral("SM_USER_ARGS"), compact(userArguments));
    env.insert(QStringLiteral("SM_MODULE_DIR"), paths.workspace);
    env.insert(QStringLiteral("SM_RESOURCE_CONFIG"), compact(resource));
    env.insert(QStringLiteral("SM_INPUT_DATA_CONFIG"), compact(dataConfig));
    env.insert(QStringLiteral("TRAINING_JOB_NAME"), jobName);

    QJsonObject training;
    training.insert(QStringLiteral("channel_input_dirs"), [&] {
        QJsonObject o;
        for (const QString &c : std::as_const(sorted))
            o.insert(c, inputDir(c, ml));
        return o;
    }());
    training.insert(QStringLiteral("current_host"), QStringLiteral("algo-1"));
    training.insert(QStringLiteral("hosts"), hosts);
    training.insert(QStringLiteral("hyperparameters"), hps);
    training.insert(QStringLiteral("input_config_dir"), QString(ml + QStringLiteral("/input/config")));
    training.insert(QStringLiteral("input_data_config"), dataConfig);
    training.insert(QStringLiteral("input_dir"), QString(ml + QStringLiteral("/input")));
    training.insert(QStringLiteral("job_name"), jobName);
    training.insert(QStringLiteral("log_level"), 20);
    training.insert(QStringLiteral("model_dir"), modelDir(ml));
    training.insert(QStringLiteral("module_dir"), paths.workspace);
    training.insert(QStringLiteral("network_interface_name"), QStringLiteral("eth0"));
    training.insert(QStringLiteral("num_cpus"), cpus);
    training.insert(QStringLiteral("num_gpus"), gpus);
    training.insert(QStringLiteral("output_data_dir"), QString(ml + QStringLiteral("/output/data")));
    training.insert(QStringLiteral("output_dir"), QString(ml + QStringLiteral("/output")));
    training.insert(QStringLiteral("output_intermediate_dir"), QString(ml + QStringLiteral("/output/intermediate")));
    training.insert(QStringLiteral("resource_config"), resource);
    training.insert(QStringLiteral("user_args"), userArguments);
    env.insert(QStringLiteral("SM_TRAINING_ENV"), compact(training));

    env.insert(QStringLiteral("MLOPS_RUN_ID"), runId);
    env.insert(QStringLiteral("MLOPS_JOB_DIR"), ml);
    env.insert(QStringLiteral("MLOPS_METRICS_FILE"), metricsPath(ml));
    env.insert(QStringLiteral("MLOPS_MODEL_DIR"), modelDir(ml));
    env.insert(QStringLiteral("MLOPS_WORKSPACE"), paths.workspace);
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    return env;
}

} // namespace mlops
