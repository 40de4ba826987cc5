// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/pipeline/commandstep.h"

#include "core/artifacts/dataversioning.h"
#include "core/artifacts/hasher.h"
#include "core/common/duration.h"
#include "core/common/fileutil.h"
#include "core/common/quoting.h"
#include "core/pipeline/steptype.h"
#include "core/runtime/containerengine.h"
#include "core/runtime/environmentbuild.h"
#include "core/store/database.h"
#include "core/tracking/runtags.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QTimer>

#include <cmath>

namespace mlops {

namespace {

/** The longest line the engine reads from a step's output; longer ones come in pieces. */
constexpr qsizetype kMaxLineBytes = 64 * 1024;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::CommandStep)
};

QJsonObject mapToJson(const QList<QPair<QString, QString>> &pairs)
{
    QJsonObject o;
    for (const auto &[k, v] : pairs)
        o.insert(k, v);
    return o;
}

QString channelNameFor(const Reference &ref)
{
    return ref.step + QLatin1Char('_') + (ref.kind == Reference::Kind::StepModel ? QStringLiteral("model") : ref.name);
}

/** The runner a step uses: the execution's, the step's, the pipeline's default, the workspace's. */
QString runnerNameFor(const ExecutionContext &ctx, const StepSpec &spec)
{
    const StepDefaults &defaults = ctx.spec.defaults;
    const QString name = !ctx.options.runner.isEmpty() ? ctx.options.runner
                         : spec.runner                 ? *spec.runner
                         : defaults.runner             ? *defaults.runner
                                                       : ctx.workspace.manifest().runner;
    return name.isEmpty() ? QStringLiteral("process") : name;
}

/** What ExecutionContext::fingerprints knows an environment by: one lookup (or build) per execution. */
QString fingerprintKeyOf(const QString &runner, const QString &image, const BuildSpec &build)
{
    return runner + QLatin1Char('\n') + image + QLatin1Char('\n') + build.context + QLatin1Char('\n')
           + build.dockerfile;
}

} // namespace

CommandStep::CommandStep(ExecutionContext &context, const StepSpec &spec, const StepType &type, RunRef run,
                         QObject *parent)
    : QObject(parent), m_ctx(context), m_spec(type.effectiveSpec(spec)), m_type(type), m_run(std::move(run))
{
}

CommandStep::~CommandStep() = default;

void CommandStep::start()
{
    m_clock.start();
    if (buildEnvironment())
        return;
    proceed();
}

bool CommandStep::buildEnvironment()
{
    // A BYOC build can take minutes. It is part of the step: the step shows as running,
    // the build's output goes to its log, stop() and the timeout end it — and it runs on a
    // worker thread, so the other steps and the user's Stop are not kept waiting.
    if (m_spec.build.isEmpty())
        return false;
    const QString runnerName = runnerNameFor(m_ctx, m_spec);
    if (!ContainerEngine::byName(runnerName))
        return false;
    const QString image = m_spec.image.value_or(m_ctx.spec.defaults.image.value_or(QString()));
    if (m_ctx.fingerprints.contains(fingerprintKeyOf(runnerName, image, m_spec.build)))
        return false;
    std::unique_ptr<StepRunner> probe(RunnerRegistry::instance().create(runnerName, nullptr));
    if (!probe)
        return false;
    if (!m_ctx.checkedRunners.contains(runnerName)) {
        if (!probe->check())
            return false;   // prepare() says why
        m_ctx.checkedRunners.insert(runnerName);
    }
    m_timeoutMs = m_spec.timeoutMs.value_or(m_ctx.spec.defaults.timeoutMs.value_or(0));

    StepLaunch launch;
    launch.stepName = m_spec.name;
    launch.workspaceRoot = m_ctx.workspace.root();
    launch.image = image;
    launch.build = m_spec.build;
    openLogs();
    (void)m_ctx.tracker->start(m_run.id);
    emit running(0);
    onOutput(Text::tr("mlops: building the image of step '%1' from %2\n")
                 .arg(m_spec.name, m_spec.build.context.isEmpty() ? QStringLiteral(".") : m_spec.build.context)
                 .toUtf8(),
             false);
    m_build = new EnvironmentBuild(runnerName, launch, m_timeoutMs, this);
    connect(m_build, &EnvironmentBuild::output, this, &CommandStep::onOutput);
    connect(m_build, &EnvironmentBuild::finished, this, &CommandStep::onEnvironmentBuilt);
    m_build->start();
    armTimeout();
    return true;
}

void CommandStep::onEnvironmentBuilt(const QString &fingerprint, const QString &builtImage, const QString &error)
{
    m_build->deleteLater();
    m_build = nullptr;
    if (m_timeout)
        m_timeout->stop();
    for (int i = 0; i < 2; ++i) {
        if (!m_partialLine[i].isEmpty())
            onOutput("\n", i == 1);
    }
    if (m_timedOut) {
        finish(RunStatus::Failed, Text::tr("timed out after %1 while building the image").arg(formatDuration(m_timeoutMs)));
        return;
    }
    if (m_stopping) {
        finish(RunStatus::Stopped, Text::tr("stopped by the user"));
        return;
    }
    if (!error.isEmpty()) {
        finish(RunStatus::Failed, error);
        return;
    }
    const QString image = m_spec.image.value_or(m_ctx.spec.defaults.image.value_or(QString()));
    m_ctx.fingerprints.insert(fingerprintKeyOf(runnerNameFor(m_ctx, m_spec), image, m_spec.build),
                              {fingerprint, builtImage});
    proceed();
}

void CommandStep::proceed()
{
    if (Status s = prepare(); !s) {
        finish(RunStatus::Failed, s.error().toString());
        return;
    }
    Result<bool> hit = tryCache();
    if (!hit) {
        finish(RunStatus::Failed, hit.error().toString());
        return;
    }
    if (*hit) {
        finish(RunStatus::Completed, QString());
        return;
    }
    startAttempt();
}

Status CommandStep::prepare()
{
    const StepDefaults &defaults = m_ctx.spec.defaults;
    m_runnerName = runnerNameFor(m_ctx, m_spec);
    m_retry = m_spec.retry.value_or(defaults.retry.value_or(RetryPolicy{}));
    m_timeoutMs = m_spec.timeoutMs.value_or(defaults.timeoutMs.value_or(0));
    const CachePolicy cache = m_spec.cache.value_or(defaults.cache.value_or(CachePolicy{}));
    m_cacheEnabled = cache.enabled && !m_ctx.options.noCache;
    m_cacheExpireMs = cache.expireAfterMs;

    if (const QStringList runners = m_type.supportedRunners(); !runners.isEmpty() && !runners.contains(m_runnerName))
        return Error::badInput(Text::tr("a %1 step cannot use the runner '%2' (it runs with: %3)")
                                   .arg(m_type.name(), m_runnerName, runners.join(QStringLiteral(", "))));
    std::unique_ptr<StepRunner> probe(RunnerRegistry::instance().create(m_runnerName, nullptr));
    if (!probe)
        return Error::badInput(Text::tr("runner '%1' is not available in this build (available: %2)")
                                   .arg(m_runnerName, RunnerRegistry::instance().names().join(QStringLiteral(", "))));
    if (!m_ctx.checkedRunners.contains(m_runnerName)) {
        if (Status s = probe->check(); !s)
            return s;
        m_ctx.checkedRunners.insert(m_runnerName);
    }
    // SM_NUM_GPUS would promise GPUs the step cannot reach.
    if (m_spec.resources.gpus > 0 && !probe->providesGpus()) {
        return Error::badInput(Text::tr("step '%1' asks for GPUs (gpus: %n), but the %2 runner gives its steps none: "
                                        "remove 'gpus' from its resources, or run it with the process runner, "
                                        "which uses this machine's GPUs",
                                        nullptr, m_spec.resources.gpus)
                                   .arg(m_spec.name, m_runnerName));
    }

    JobLayout &layout = m_launch.layout;
    layout.root = QDir(m_ctx.workspace.jobsDir()).filePath(m_run.uuid);
    layout.runId = m_run.uuid;
    layout.jobName = QStringLiteral("%1-%2-%3").arg(m_ctx.spec.name, m_spec.name, m_run.uuid.left(8));
    layout.inputRoot = m_type.inputRoot();
    layout.outputRoot = m_type.outputRoot();
    layout.outputs = m_spec.outputs;
    layout.cpus = m_spec.resources.cpus > 0 ? int(std::ceil(m_spec.resources.cpus)) : QThread::idealThreadCount();
    layout.gpus = m_spec.resources.gpus;

    m_launch.stepName = m_spec.name;
    m_launch.workspaceRoot = m_ctx.workspace.root();
    m_launch.python = m_ctx.workspace.python();
    m_launch.resources = m_spec.resources;
    m_launch.network = m_spec.network;
    m_launch.image = m_spec.image.value_or(defaults.image.value_or(QString()));
    m_launch.build = m_spec.build;
    m_launch.stopGraceMs = m_ctx.options.stopGraceMs;

    // Inputs: each becomes a channel holding an artifact from the cache.
    QStringList channels;
    auto addArtifactInput = [&](const QString &channel, const Reference &ref) -> Status {
        Result<StoredArtifact> artifact = m_ctx.artifact(ref);
        if (!artifact)
            return artifact.error();
        m_inputs.append({channel, *artifact, ref.toString(), channel});
        channels.append(channel);
        return {};
    };
    for (const InputSpec &input : m_spec.inputs) {
        Result<QList<TemplatePart>> parts = parseTemplate(input.value);
        if (!parts)
            return parts.error();
        if (parts->size() == 1 && parts->first().isReference && parts->first().reference.isArtifact()) {
            if (Status s = addArtifactInput(input.name, parts->first().reference); !s)
                return s;
            continue;
        }
        Result<QString> path = m_ctx.interpolate(input.value, [](const Reference &r) -> Result<QString> {
            return Error::badInput(Text::tr("%1 cannot be part of a path").arg(r.toString()));
        });
        if (!path)
            return path.error();
        const QString full = m_ctx.workspace.path(*path);
        if (!isSafeRelativePath(*path) || !isPathInside(m_ctx.workspace.root(), full))
            return Error::badInput(Text::tr("input '%1' must stay inside the workspace: %2").arg(input.name, *path));
        // By content: versioned data by its pointer (from the cache when it is not
        // checked out), anything else hashed through the index and stored.
        DataVersioning data(m_ctx.workspace, m_ctx.store->db());
        if (!QFileInfo::exists(full) && !QFileInfo::exists(full + DataPointer::suffix())) {
            const QString folder = data.versionedFolderOf(QDir::cleanPath(*path));
            if (!folder.isEmpty())
                return Error::badInput(Text::tr("input '%1': %2 is inside the versioned folder %3, which is not checked "
                                                "out; restore it with 'mlops data checkout %4', or make the folder the "
                                                "input")
                                           .arg(input.name, *path, folder, shellQuoted(folder)));
            return Error::badInput(Text::tr("input '%1': %2 does not exist").arg(input.name, *path));
        }
        Result<StoredArtifact> stored = data.inputArtifact(QDir::cleanPath(*path));
        if (!stored) {
            Error e = stored.error();
            e.message = Text::tr("input '%1': %2").arg(input.name, e.message);
            return e;
        }
        m_inputs.append({input.name, *stored, *path, QFileInfo(full).fileName()});
        channels.append(input.name);
    }
    // Artifacts used in the command or environment but not declared as inputs still
    // need a channel to live in.
    QList<Reference> extra;
    auto collect = [&](const QString &text) {
        for (const Reference &r : referencesIn(text)) {
            if (!r.isArtifact())
                continue;
            bool known = false;
            for (const auto &entry : std::as_const(m_inputs))
                known = known || std::get<2>(entry) == r.toString();
            if (!known)
                extra.append(r);
        }
    };
    for (const QString &arg : m_spec.command)
        collect(arg);
    for (const QString &value : m_spec.environment)
        collect(value);
    for (const Reference &r : std::as_const(extra)) {
        const QString channel = channelNameFor(r);
        if (channels.contains(channel))
            continue;
        if (Status s = addArtifactInput(channel, r); !s)
            return s;
    }
    layout.inputs = channels;

    // Resolve strings twice: once with the runner's paths (what runs), once with
    // content hashes (what the cache key sees, the same for every runner).
    std::unique_ptr<StepRunner> runner(RunnerRegistry::instance().create(m_runnerName, nullptr));
    const StepPaths paths = runner->paths(m_launch);
    auto pathOf = [this, &paths](const Reference &r) { return resolveArtifactPath(r, paths); };
    auto hashOf = [this](const Reference &r) -> Result<QString> {
        Result<StoredArtifact> a = m_ctx.artifact(r);
        if (!a)
            return a.error();
        return QStringLiteral("artifact:") + a->hash;
    };
    QJsonArray keyCommand;
    for (const QString &arg : m_spec.command) {
        Result<QString> resolved = m_ctx.interpolate(arg, pathOf);
        if (!resolved)
            return resolved.error();
        m_launch.command.append(*resolved);
        Result<QString> keyed = m_ctx.interpolate(arg, hashOf);
        if (!keyed)
            return keyed.error();
        keyCommand.append(*keyed);
    }
    QList<QPair<QString, QString>> keyHps;
    for (const auto &[name, value] : m_spec.hyperparameters) {
        Result<QString> resolved = m_ctx.interpolate(value, pathOf);
        if (!resolved)
            return resolved.error();
        layout.hyperparameters.append({name, *resolved});
        Result<QString> keyed = m_ctx.interpolate(value, hashOf);
        if (!keyed)
            return keyed.error();
        keyHps.append({name, *keyed});
    }
    QMap<QString, QString> environment = defaults.environment;
    for (auto it = m_spec.environment.cbegin(); it != m_spec.environment.cend(); ++it)
        environment.insert(it.key(), it.value());
    QJsonObject keyEnv;
    for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
        Result<QString> resolved = m_ctx.interpolate(it.value(), pathOf);
        if (!resolved)
            return resolved.error();
        m_launch.environment.insert(it.key(), *resolved);
        Result<QString> keyed = m_ctx.interpolate(it.value(), hashOf);
        if (!keyed)
            return keyed.error();
        keyEnv.insert(it.key(), *keyed);
    }

    // The cache key: everything that decides what the step writes.
    Result<QString> code = m_ctx.codeHash(codeFolderOf(m_spec, m_ctx.workspace),
                                          commandFilesOf(m_spec, m_ctx.workspace));
    if (!code)
        return code.error();
    // One image lookup (or build) per image and execution, not one per step.
    const QString fingerprintKey = fingerprintKeyOf(m_runnerName, m_launch.image, m_launch.build);
    Result<QString> fingerprint = QString();
    if (const auto known = m_ctx.fingerprints.constFind(fingerprintKey); known != m_ctx.fingerprints.cend()) {
        fingerprint = known->first;
        m_launch.image = known->second;
    } else {
        fingerprint = runner->environmentFingerprint(m_launch);
        if (!fingerprint)
            return fingerprint.error();
        m_ctx.fingerprints.insert(fingerprintKey, {*fingerprint, m_launch.image});
    }
    if (!fingerprint->isEmpty()) {
        // The image the step runs in: recorded on the run, and part of its cache key.
        QString id = *fingerprint;
        id.remove(QStringLiteral("sha256:"));
        const ArtifactRecord image{0, QStringLiteral("image"), m_launch.image, id, QStringLiteral("image"), 0,
                                   *fingerprint};
        if (Result<qint64> recorded = m_ctx.tracker->addArtifact(m_run.id, image); !recorded)
            return recorded.error();
    }
    QJsonObject key;
    key.insert(QStringLiteral("version"), 1);
    key.insert(QStringLiteral("type"), m_spec.type);
    key.insert(QStringLiteral("command"), keyCommand);
    key.insert(QStringLiteral("interpreter"), runner->pythonFor(m_launch));
    key.insert(QStringLiteral("environment"), keyEnv);
    key.insert(QStringLiteral("hyperparameters"), mapToJson(keyHps));
    QJsonObject keyInputs;
    for (const auto &[channel, artifact, source, fileName] : std::as_const(m_inputs))
        keyInputs.insert(channel, QString(artifact.hash + QLatin1Char(':') + fileName));
    key.insert(QStringLiteral("inputs"), keyInputs);
    key.insert(QStringLiteral("code"), *code);
    key.insert(QStringLiteral("outputs"), QJsonArray::fromStringList(m_spec.outputs));
    key.insert(QStringLiteral("properties"), mapToJson(m_spec.properties));
    key.insert(QStringLiteral("image"), m_launch.image);
    key.insert(QStringLiteral("environment_fingerprint"), *fingerprint);
    m_cacheKey = sha256Hex(QJsonDocument(key).toJson(QJsonDocument::Compact));

    // What the step is: its hyperparameters and inputs, recorded before it runs.
    QMap<QString, QString> hps;
    for (const auto &[k, v] : std::as_const(layout.hyperparameters))
        hps.insert(k, v);
    // Container runners run in an image: lineage shows it next to the code and data.
    if (!m_launch.image.isEmpty()
        && (m_runnerName == QStringLiteral("docker") || m_runnerName == QStringLiteral("podman"))) {
        if (Status s = m_ctx.tracker->setTag(m_run.id, runtags::image(), m_launch.image); !s)
            return s;
    }
    if (Status s = m_ctx.tracker->setParams(m_run.id, hps, QStringLiteral("hyperparameter")); !s)
        return s;
    for (const auto &[channel, artifact, source, fileName] : std::as_const(m_inputs)) {
        ArtifactRecord record{0, QStringLiteral("input"), channel, artifact.hash, artifact.kind, artifact.size, source};
        if (Result<qint64> id = m_ctx.tracker->addArtifact(m_run.id, record); !id)
            return id.error();
    }

    for (const MetricDefinition &def : m_spec.metrics)
        m_metricRegexes.append({def.name, QRegularExpression(def.regex)});
    return {};
}

void CommandStep::startAttempt()
{
    ++m_attempt;
    m_timedOut = false;
    // Every attempt starts from a fresh job folder with its inputs in place.
    (void)setInputsReadOnly(false);   // a first attempt has none yet
    QDir(m_launch.layout.root).removeRecursively();
    if (Status s = m_launch.layout.create(); !s) {
        finish(RunStatus::Failed, s.error().toString());
        return;
    }
    for (const auto &[channel, artifact, source, fileName] : std::as_const(m_inputs)) {
        const QString dir = m_launch.layout.hostInputDir(channel);
        const QString target = artifact.isTree() ? dir : QDir(dir).filePath(fileName);
        if (Status s = m_ctx.cache->materialize(artifact, target); !s) {
            finish(RunStatus::Failed, s.error().toString());
            return;
        }
    }
    // Input channels are read-only (SageMaker's input/data): a step cannot change what
    // the next attempt, or a step sharing the artifact, reads.
    if (Status s = setInputsReadOnly(true); !s) {
        finish(RunStatus::Failed, s.error().toString());
        return;
    }

    openLogs();
    if (m_attempt > 1) {
        const QByteArray note = "\n--- " + Text::tr("attempt %1").arg(m_attempt).toUtf8() + " ---\n";
        m_stdout->write(note);
        m_stderr->write(note);
    }
    m_metricsTail = std::make_unique<MetricsFileTail>(m_launch.layout.metricsPath(m_launch.layout.root));

    m_runner = RunnerRegistry::instance().create(m_runnerName, this);
    connect(m_runner, &StepRunner::outputReady, this, &CommandStep::onOutput);
    connect(m_runner, &StepRunner::finished, this, &CommandStep::onFinished);
    connect(m_runner, &StepRunner::started, this, [this](qint64 pgid) {
        (void)m_ctx.tracker->setProcessGroup(m_run.id, pgid);
    });
    if (Status s = m_ctx.tracker->startAttempt(m_run.id, m_attempt, m_ctx.workspace.relativePath(m_launch.layout.root));
        !s) {
        finish(RunStatus::Failed, s.error().toString());
        return;
    }
    if (!m_metricsTimer) {
        m_metricsTimer = new QTimer(this);
        m_metricsTimer->setInterval(250);
        connect(m_metricsTimer, &QTimer::timeout, this, &CommandStep::flushMetrics);
    }
    m_metricsTimer->start();
    armTimeout();
    emit running(m_attempt);
    m_runner->start(m_launch);
}

void CommandStep::openLogs()
{
    if (m_stdout)
        return;
    const QString logDir = QDir(m_ctx.workspace.logsDir()).filePath(m_run.uuid);
    QDir().mkpath(logDir);
    m_stdout = std::make_unique<QFile>(QDir(logDir).filePath(QStringLiteral("stdout.log")));
    m_stderr = std::make_unique<QFile>(QDir(logDir).filePath(QStringLiteral("stderr.log")));
    m_stdout->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered);
    m_stderr->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered);
    QList<ArtifactRecord> logs;
    for (const char *name : {"stdout", "stderr"}) {
        const QString path = m_ctx.workspace.relativePath(
            QDir(logDir).filePath(QString::fromLatin1(name) + QStringLiteral(".log")));
        logs.append(ArtifactRecord{0, QStringLiteral("log"), QString::fromLatin1(name), {}, QStringLiteral("file"), 0, path});
    }
    (void)m_ctx.tracker->addArtifacts(m_run.id, logs);
}

void CommandStep::armTimeout()
{
    if (m_timeoutMs <= 0)
        return;
    if (!m_timeout) {
        m_timeout = new QTimer(this);
        m_timeout->setSingleShot(true);
        connect(m_timeout, &QTimer::timeout, this, [this] {
            m_timedOut = true;
            stop();
            m_stopping = false;  // a timeout is a failure, not a stop by the user
        });
    }
    m_timeout->start(int(std::min<qint64>(m_timeoutMs, std::numeric_limits<int>::max())));
}

void CommandStep::stop()
{
    if (m_done)
        return;
    m_stopping = true;
    if (m_build) {
        // Building its image: the build stops, and onEnvironmentBuilt() ends the step.
        m_build->cancel();
        return;
    }
    if (!m_runner || !m_runner->processGroup()) {
        // Between attempts (or before the first): nothing runs, so stop now.
        if (!m_runner && m_retryReason.isEmpty())
            finish(RunStatus::Stopped, Text::tr("stopped before it started"));
        else if (!m_runner)
            finish(RunStatus::Stopped, Text::tr("stopped while waiting to retry; attempt %1 of %2 failed: %3")
                                           .arg(m_attempt)
                                           .arg(m_retry.maxAttempts)
                                           .arg(m_retryReason));
        return;
    }
    m_runner->terminate();
    if (!m_grace) {
        m_grace = new QTimer(this);
        m_grace->setSingleShot(true);
        connect(m_grace, &QTimer::timeout, this, [this] {
            if (m_runner)
                m_runner->kill();
        });
    }
    m_grace->start(int(m_ctx.options.stopGraceMs));
}

void CommandStep::kill()
{
    if (m_done)
        return;
    if (!m_stopping || !m_runner || !m_runner->processGroup()) {
        stop();
        if (!m_runner || !m_runner->processGroup())
            return;
    }
    // The end arrives through the runner's finished(), as for any stop.
    m_runner->kill();
}

void CommandStep::onOutput(const QByteArray &data, bool isStderr)
{
    QFile *log = isStderr ? m_stderr.get() : m_stdout.get();
    if (log)
        log->write(data);
    QByteArray &partial = m_partialLine[isStderr ? 1 : 0];
    // Only the new data can hold the next line break: scanning the whole buffer again
    // on every read made a long line cost quadratic time.
    qsizetype scanFrom = partial.size();
    partial += data;
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = partial.indexOf('\n', scanFrom);
        qsizetype end = newline;
        if (newline < 0 || newline - start > kMaxLineBytes) {
            // A very long line (a progress bar that never ends it, a binary dump) comes
            // in pieces, as journald cuts at LineMax: the log file keeps it whole, the
            // memory it takes here stays bounded. A cut never splits a UTF-8 character.
            if (newline < 0 && partial.size() - start <= kMaxLineBytes)
                break;
            end = start + kMaxLineBytes;
            while (end > start + 1 && (uchar(partial.at(end)) & 0xC0) == 0x80)
                --end;
        }
        const QString line = QString::fromUtf8(partial.constData() + start, end - start).remove(QLatin1Char('\r'));
        start = end == newline ? newline + 1 : end;
        // Where the next break is, or that the rest has none.
        scanFrom = end == newline ? start : (newline < 0 ? partial.size() : newline);
        // A container client's usage hint after its error is never the reason.
        if (isStderr && !line.trimmed().isEmpty() && !isEngineUsageHint(line))
            m_lastStderrLine = line.trimmed();
        for (const auto &[name, re] : std::as_const(m_metricRegexes)) {
            const QRegularExpressionMatch m = re.match(line);
            bool ok = false;
            const double value = m.hasMatch() ? m.captured(1).toDouble(&ok) : 0;
            if (ok && std::isfinite(value))
                m_pendingMetrics.append(MetricValue{name, value, -1, QDateTime::currentMSecsSinceEpoch()});
        }
        emit output(line, isStderr);
    }
    partial.remove(0, start);
}

void CommandStep::flushMetrics()
{
    QList<MetricValue> values = std::move(m_pendingMetrics);
    m_pendingMetrics.clear();
    QMap<QString, QString> params;
    if (m_metricsTail) {
        MetricsFileTail::Batch batch = m_metricsTail->readNew();
        values += batch.metrics;
        params = batch.params;
        if (batch.invalidLines > 0)
            emit output(Text::tr("mlops: %n line(s) of the metrics file ignored: %1", nullptr, batch.invalidLines)
                            .arg(batch.firstError),
                        true);
    }
    if (!values.isEmpty())
        (void)m_ctx.tracker->logMetrics(m_run.id, values);
    // A pipeline parameter is recorded on the step as the value the step ran with; a
    // log_param() of the same name must not rewrite that record after the fact.
    for (auto it = params.begin(); it != params.end();) {
        const auto pipelineValue = m_ctx.parameters.constFind(it.key());
        if (pipelineValue == m_ctx.parameters.cend()) {
            ++it;
            continue;
        }
        if (*pipelineValue != it.value())
            logNote(Text::tr("mlops: log_param('%1', %2) ignored: '%1' is a parameter of the pipeline, and the step "
                             "ran with %1 = %3; log the value under another name")
                        .arg(it.key(), it.value(), *pipelineValue));
        it = params.erase(it);
    }
    if (!params.isEmpty())
        (void)m_ctx.tracker->setParams(m_run.id, params);
}

void CommandStep::logNote(const QString &line)
{
    if (m_stderr) {
        m_stderr->write(line.toUtf8() + '\n');
        m_stderr->flush();
    }
    emit output(line, true);
}

QString CommandStep::failureReason(int exitCode, bool crashed, const QString &error) const
{
    if (m_timedOut)
        return Text::tr("timed out after %1").arg(formatDuration(m_timeoutMs));
    // SageMaker's rule: the first 1024 characters of output/failure are the reason.
    QFile failure(m_launch.layout.failurePath(m_launch.layout.root));
    if (failure.open(QIODevice::ReadOnly)) {
        const QString reason = QString::fromUtf8(failure.read(4096)).left(1024).trimmed();
        if (!reason.isEmpty())
            return reason;
    }
    if (!error.isEmpty())
        return error;
    const QString base = crashed ? Text::tr("the step crashed") : Text::tr("exited with code %1").arg(exitCode);
    return m_lastStderrLine.isEmpty() ? base : base + QStringLiteral(": ") + m_lastStderrLine.left(300);
}

void CommandStep::onFinished(int exitCode, bool crashed, const QString &error)
{
    if (m_timeout)
        m_timeout->stop();
    if (m_grace)
        m_grace->stop();
    if (m_metricsTimer)
        m_metricsTimer->stop();
    for (int i = 0; i < 2; ++i) {
        if (!m_partialLine[i].isEmpty())
            onOutput("\n", i == 1);
    }
    flushMetrics();
    if (m_runner)
        m_runner->deleteLater();
    m_runner = nullptr;
    // The job folder stays for inspection: writable again, so it can be removed.
    (void)setInputsReadOnly(false);

    const bool success = exitCode == 0 && !crashed && error.isEmpty() && !m_timedOut && !m_stopping;
    if (success) {
        if (Status s = collectOutputs(); !s) {
            finish(RunStatus::Failed, s.error().toString());
            return;
        }
        m_exitCode = exitCode;
        // Its inputs came from the artifact cache and its outputs are in it now: the
        // job folder's copies would only pile up, run after run. A failed step keeps
        // everything for inspection.
        if (Status s = m_launch.layout.removeStoredCopies(); !s)
            logNote(Text::tr("mlops: %1").arg(s.error().toString()));
        finish(RunStatus::Completed, QString());
        return;
    }
    m_exitCode = crashed ? std::optional<int>() : std::optional<int>(exitCode);
    if (m_stopping) {
        finish(RunStatus::Stopped, Text::tr("stopped by the user"));
        return;
    }
    const QString reason = failureReason(exitCode, crashed, error);
    if (m_attempt < m_retry.maxAttempts) {
        m_retryReason = reason;
        const double delay = m_retry.intervalSeconds * std::pow(m_retry.backoffRate, m_attempt - 1);
        emit output(Text::tr("mlops: attempt %1 of %2 failed (%3); retrying in %4")
                        .arg(m_attempt)
                        .arg(m_retry.maxAttempts)
                        .arg(reason, formatDuration(qint64(delay * 1000))),
                    true);
        QTimer::singleShot(int(delay * 1000), this, [this] {
            if (m_stopping)
                finish(RunStatus::Stopped, Text::tr("stopped by the user"));
            else if (!m_done)
                startAttempt();
        });
        return;
    }
    finish(RunStatus::Failed, reason);
}

void CommandStep::finish(RunStatus status, const QString &reason)
{
    if (m_done)
        return;
    m_done = true;
    if (m_metricsTimer)
        m_metricsTimer->stop();
    (void)m_ctx.tracker->finishWithCache(m_run.id, status, m_exitCode, reason, m_cacheKey, m_cachedFrom);
    emit finished(status, reason);
}

} // namespace mlops
