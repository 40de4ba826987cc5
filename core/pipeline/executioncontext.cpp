// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/pipeline/executioncontext.h"

#include "core/artifacts/hasher.h"
#include "core/artifacts/hashindex.h"
#include "core/pipeline/codefingerprint.h"
#include "core/common/fileutil.h"
#include "core/common/suggest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::ExecutionContext)
};

QVariant jsonToVariant(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Double: return v.toDouble();
    case QJsonValue::Bool: return v.toBool();
    case QJsonValue::String: return v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default: return QVariant();
    }
}
} // namespace

QString ExecutionContext::valueToText(const QVariant &value)
{
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

Result<QVariant> ExecutionContext::value(const Reference &ref) const
{
    if (ref.kind == Reference::Kind::Parameter) {
        const ParameterSpec *p = spec.parameter(ref.name);
        if (!p || !parameters.contains(ref.name))
            return Error::badInput(Text::tr("unknown parameter '%1'").arg(ref.name));
        const QString text = parameters.value(ref.name);
        switch (p->type) {
        case ParameterSpec::Type::Number: return text.toDouble();
        case ParameterSpec::Type::Boolean: return text.toLower() == QStringLiteral("true");
        case ParameterSpec::Type::String: return text;
        }
    }
    if (ref.kind == Reference::Kind::StepProperty) {
        const auto it = results.constFind(ref.step);
        if (it == results.cend())
            return Error{Text::tr("step '%1' has not produced its properties").arg(ref.step)};
        if (!it->properties.contains(ref.name))
            return Error{Text::tr("step '%1' has no property '%2'").arg(ref.step, ref.name)};
        QJsonValue v = it->properties.value(ref.name);
        QString walked = ref.name;
        for (const QString &key : ref.path) {
            walked += QLatin1Char('.') + key;
            if (v.isObject() && v.toObject().contains(key)) {
                v = v.toObject().value(key);
            } else if (v.isArray()) {
                bool ok = false;
                const int index = key.toInt(&ok);
                if (!ok || index < 0 || index >= v.toArray().size())
                    return Error{Text::tr("'%1' is not in property '%2' of step '%3'").arg(key, ref.name, ref.step)};
                v = v.toArray().at(index);
            } else {
                QStringList keys = v.isObject() ? v.toObject().keys() : QStringList();
                return Error{Text::tr("property %1 of step '%2' has no key '%3'%4")
                                 .arg(walked.section(QLatin1Char('.'), 0, -2), ref.step, key, didYouMean(key, keys))};
            }
        }
        return jsonToVariant(v);
    }
    return Error{Text::tr("%1 is an artifact, not a value").arg(ref.toString())};
}

Result<StoredArtifact> ExecutionContext::artifact(const Reference &ref) const
{
    const auto it = results.constFind(ref.step);
    if (it == results.cend())
        return Error{Text::tr("step '%1' has not finished, so %2 is not available").arg(ref.step, ref.toString())};
    if (ref.kind == Reference::Kind::StepModel) {
        if (!it->model)
            return Error{Text::tr("step '%1' produced no model").arg(ref.step)};
        return *it->model;
    }
    if (ref.kind == Reference::Kind::StepOutput) {
        if (!it->outputs.contains(ref.name))
            return Error{Text::tr("step '%1' produced no output '%2'").arg(ref.step, ref.name)};
        return it->outputs.value(ref.name);
    }
    return Error{Text::tr("%1 is a value, not an artifact").arg(ref.toString())};
}

Result<QString> ExecutionContext::interpolate(
    const QString &text, const std::function<Result<QString>(const Reference &)> &artifactText) const
{
    Result<QList<TemplatePart>> parts = parseTemplate(text);
    if (!parts)
        return parts.error();
    QString out;
    for (const TemplatePart &p : std::as_const(*parts)) {
        if (!p.isReference) {
            out += p.literal;
        } else if (p.reference.isArtifact()) {
            Result<QString> t = artifactText(p.reference);
            if (!t)
                return t.error();
            out += *t;
        } else if (p.reference.kind == Reference::Kind::Parameter) {
            // Parameters go in as the user wrote them ("0.20" stays "0.20").
            if (!parameters.contains(p.reference.name))
                return Error::badInput(Text::tr("unknown parameter '%1'").arg(p.reference.name));
            out += parameters.value(p.reference.name);
        } else {
            Result<QVariant> v = value(p.reference);
            if (!v)
                return v.error();
            out += valueToText(*v);
        }
    }
    return out;
}

Result<QString> ExecutionContext::codeHash(const QString &folder, const QStringList &extraFiles)
{
    if (folder.isEmpty() && extraFiles.isEmpty())
        return QString();
    const QString memoKey = folder + QLatin1Char('\n') + extraFiles.join(QLatin1Char('\n'));
    if (const auto it = m_codeHashes.constFind(memoKey); it != m_codeHashes.cend())
        return *it;
    if (!m_codeFiles) {
        Result<QStringList> files = workspaceCodeFiles(workspace, git.untracked);
        if (!files)
            return files.error();
        m_codeFiles = *files;
    }
    QStringList files;
    if (!folder.isEmpty()) {
        const QString clean = QDir::cleanPath(folder);
        const QString prefix = clean == QStringLiteral(".") ? QString() : clean + QLatin1Char('/');
        for (const QString &file : std::as_const(*m_codeFiles)) {
            if (prefix.isEmpty() || file.startsWith(prefix) || file == clean)
                files.append(file);
        }
    }
    files += extraFiles;
    std::optional<HashIndex> index;
    if (store)
        index.emplace(store->db());
    Result<QString> hash = fingerprintFiles(workspace, files, index ? &*index : nullptr);
    if (!hash)
        return hash.error();
    m_codeHashes.insert(memoKey, *hash);
    return *hash;
}

Result<QMap<QString, QString>> resolveParameters(const PipelineSpec &spec, const QMap<QString, QString> &overrides)
{
    QMap<QString, QString> values;
    for (const ParameterSpec &p : spec.parameters)
        values.insert(p.name, p.defaultValue);
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        const ParameterSpec *p = spec.parameter(it.key());
        if (!p)
            return Error::badInput(Text::tr("pipeline '%1' has no parameter '%2'%3 (it has: %4)")
                                       .arg(spec.name, it.key(), didYouMean(it.key(), spec.parameterNames()),
                                            spec.parameterNames().isEmpty()
                                                ? Text::tr("none")
                                                : spec.parameterNames().join(QStringLiteral(", "))));
        QString value = it.value();
        if (p->type == ParameterSpec::Type::Number) {
            // " 0.3" is read as 0.3: the step, the store and the cache key get 0.3 too.
            value = value.trimmed();
            bool ok = false;
            const double number = value.toDouble(&ok);
            if (!ok)
                return Error::badInput(Text::tr("parameter '%1' needs a number (its default is %2), not '%3'")
                                           .arg(p->name, p->defaultValue, value));
            // QString::toDouble() reads nan and inf, which no comparison or step can use.
            if (!std::isfinite(number))
                return Error::badInput(Text::tr("parameter '%1' needs a finite number (its default is %2), not '%3'")
                                           .arg(p->name, p->defaultValue, value));
            // seed: 42 is an integer in YAML: a step reading it as one (argparse's type=int,
            // range()) would fail on 1.5 only after the steps before it had run.
            if (p->isInteger() && !isIntegerText(value))
                return Error::badInput(Text::tr("parameter '%1' needs a whole number (its default is %2), not '%3'")
                                           .arg(p->name, p->defaultValue, value));
        } else if (p->type == ParameterSpec::Type::Boolean) {
            const QString lower = value.trimmed().toLower();
            if (lower != QStringLiteral("true") && lower != QStringLiteral("false"))
                return Error::badInput(Text::tr("parameter '%1' needs true or false, not '%2'").arg(p->name, value));
            value = lower;   // as the default's YAML reads: TRUE and True run as true
        }
        values.insert(p->name, value);
    }
    return values;
}

QStringList commandFilesOf(const StepSpec &step, const Workspace &workspace)
{
    QStringList files;
    for (const QString &arg : step.command) {
        if (arg.contains(QStringLiteral("${")) || arg.startsWith(QLatin1Char('-')) || QDir::isAbsolutePath(arg)
            || !isSafeRelativePath(arg))
            continue;
        if (QFileInfo(workspace.path(arg)).isFile())
            files.append(QDir::cleanPath(arg));
    }
    return files;
}

QString codeFolderOf(const StepSpec &step, const Workspace &workspace)
{
    Q_UNUSED(workspace);
    if (!step.code.isEmpty())
        return QDir::cleanPath(step.code);
    // The whole workspace: a script imports modules from anywhere in it (sys.path,
    // packages next to its folder), so any code file may change what the step does.
    return QStringLiteral(".");
}

} // namespace mlops
