// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// What a command step takes from and gives to the artifact cache: the paths of its
// input references, reusing a cached run's outputs, and storing its outputs and model
// when it completes. The rest of the step's life is in commandstep.cpp.
#include "core/pipeline/commandstep.h"

#include "core/artifacts/dataversioning.h"
#include "core/artifacts/hasher.h"
#include "core/common/duration.h"
#include "core/common/fileutil.h"
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

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::CommandStep)
};

} // namespace

Result<QString> CommandStep::resolveArtifactPath(const Reference &ref, const StepPaths &paths)
{
    // An artifact used in the command lives in the input channel that holds it.
    for (const auto &[channel, artifact, source, fileName] : std::as_const(m_inputs)) {
        if (source == ref.toString()) {
            const QString dir = m_launch.layout.inputDir(channel, paths.mlRoot);
            return artifact.isTree() ? dir : dir + QLatin1Char('/') + fileName;
        }
    }
    return Error{Text::tr("%1 is not an input of step '%2'").arg(ref.toString(), m_spec.name)};
}

Result<bool> CommandStep::tryCache()
{
    if (!m_cacheEnabled)
        return false;
    Database &db = m_ctx.store->db();
    QString sql = QStringLiteral(
        "SELECT id, coalesce(cached_from, id) FROM runs WHERE kind = 'step' AND cache_key = ?"
        " AND status = 'Completed' AND id != ?");
    if (m_cacheExpireMs > 0)
        sql += QStringLiteral(" AND ended_at >= %1").arg(QDateTime::currentMSecsSinceEpoch() - m_cacheExpireMs);
    sql += QStringLiteral(" ORDER BY ended_at DESC LIMIT 5");
    Result<Statement> candidates = db.prepare(sql);
    if (!candidates)
        return candidates.error();
    candidates->bind(1, m_cacheKey).bind(2, m_run.id);
    QList<QPair<qint64, qint64>> found;
    if (Status rowsRead = candidates->forEachRow([&] {
        found.append({candidates->int64(0), candidates->int64(1)});
    }); !rowsRead)
        return rowsRead.error();
    for (const auto &[sourceId, originId] : std::as_const(found)) {
        Result<Statement> arts = db.prepare(QStringLiteral(
            "SELECT role, name, hash, kind, size, path FROM artifacts WHERE run_id = ?"
            " AND role IN ('output', 'model', 'property') ORDER BY id"));
        if (!arts)
            return arts.error();
        arts->bind(1, sourceId);
        StepResult result;
        QList<ArtifactRecord> records;
        bool complete = true;
        for (;;) {
            Result<bool> row = arts->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            ArtifactRecord a{0, arts->text(0), arts->text(1), arts->text(2), arts->text(3), arts->int64(4), arts->text(5)};
            const StoredArtifact stored{a.hash, a.kind, a.size, 0};
            if (!m_ctx.cache->contains(stored)) {
                complete = false;
                break;
            }
            if (a.role == QStringLiteral("output")) {
                result.outputs.insert(a.name, stored);
            } else if (a.role == QStringLiteral("model")) {
                result.model = stored;
            } else {
                Result<QByteArray> bytes = readFile(m_ctx.cache->objectPath(a.hash));
                if (!bytes)
                    return bytes.error();
                result.properties.insert(a.name, QJsonDocument::fromJson(*bytes).isObject()
                                                     ? QJsonValue(QJsonDocument::fromJson(*bytes).object())
                                                     : QJsonValue(QJsonDocument::fromJson(*bytes).array()));
                result.propertyFiles.insert(a.name, stored);
            }
            records.append(a);
        }
        if (!complete || result.outputs.size() != m_spec.outputs.size()
            || (m_type.producesModel() && !result.model))
            continue;
        // A hit: this run shows the reused outputs and the metrics that made them.
        for (ArtifactRecord &a : records) {
            if (Result<qint64> id = m_ctx.tracker->addArtifact(m_run.id, a); !id)
                return id.error();
        }
        Result<Statement> copyMetrics = db.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO metrics(run_id, key_id, step, value, ts)"
            " SELECT ?, key_id, step, value, ts FROM metrics WHERE run_id = ?"));
        Result<Statement> copyLatest = db.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO latest_metrics(run_id, key_id, step, value, ts)"
            " SELECT ?, key_id, step, value, ts FROM latest_metrics WHERE run_id = ?"));
        Result<Statement> copyParams = db.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO params(run_id, kind, key, value)"
            " SELECT ?, kind, key, value FROM params WHERE run_id = ? AND kind = 'parameter'"));
        for (Result<Statement> *s : {&copyMetrics, &copyLatest, &copyParams}) {
            if (!*s)
                return s->error();
            (*s)->bind(1, m_run.id).bind(2, sourceId);
            if (Status st = (*s)->exec(); !st)
                return st.error();
        }
        m_ctx.results.insert(m_spec.name, result);
        m_cachedFrom = originId;
        Result<QVariant> uuid = db.scalar(QStringLiteral("SELECT uuid FROM runs WHERE id = %1").arg(originId));
        m_cachedFromUuid = uuid ? uuid->toString() : QString();
        return true;
    }
    return false;
}

Status CommandStep::setInputsReadOnly(bool readOnly)
{
    for (const auto &[channel, artifact, source, fileName] : std::as_const(m_inputs)) {
        const QString dir = m_launch.layout.hostInputDir(channel);
        if (!QFileInfo::exists(dir))
            continue;
        if (Status s = setTreeReadOnly(dir, readOnly); !s)
            return s;
    }
    return {};
}

Status CommandStep::collectOutputs()
{
    StepResult result;
    const JobLayout &layout = m_launch.layout;
    auto record = [this](const QString &role, const QString &name, const StoredArtifact &a, const QString &path) {
        return m_ctx.tracker->addArtifact(m_run.id, ArtifactRecord{0, role, name, a.hash, a.kind, a.size, path});
    };
    for (const QString &output : m_spec.outputs) {
        Result<StoredArtifact> stored = m_ctx.cache->storeTree(layout.hostOutputDir(output));
        if (!stored)
            return stored.error();
        result.outputs.insert(output, *stored);
        if (Result<qint64> id = record(QStringLiteral("output"), output, *stored,
                                       layout.outputRoot + QLatin1Char('/') + output);
            !id)
            return id.error();
    }
    if (m_type.producesModel()) {
        Result<StoredArtifact> stored = m_ctx.cache->storeTree(layout.hostModelDir());
        if (!stored)
            return stored.error();
        if (stored->files == 0) {
            // SageMaker accepts a training job that saves no model; so does the studio,
            // with a word in the log. A later step that names this model fails on it.
            logNote(Text::tr("mlops: warning: the training step wrote no model: %1 is empty (write the model "
                             "to SM_MODEL_DIR)")
                        .arg(QStringLiteral("/opt/ml/model")));
        } else {
            result.model = *stored;
            if (Result<qint64> id =
                    record(QStringLiteral("model"), QStringLiteral("model"), *stored, QStringLiteral("model"));
                !id)
                return id.error();
        }
    }
    for (const auto &[name, path] : m_spec.properties) {
        const QString first = path.section(QLatin1Char('/'), 0, 0);
        const QString rest = path.section(QLatin1Char('/'), 1);
        const bool inModel = first == QStringLiteral("model") && !m_spec.outputs.contains(first);
        const QString file = inModel ? QDir(layout.hostModelDir()).filePath(rest)
                                     : QDir(layout.hostOutputDir(first)).filePath(rest);
        Result<QByteArray> bytes = readFile(file);
        if (!bytes)
            return Error{Text::tr("property '%1': the step did not write %2").arg(name, path)};
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
        if (doc.isNull())
            return Error{Text::tr("property '%1': %2 is not valid JSON: %3 (at byte %4)")
                             .arg(name, path, error.errorString())
                             .arg(error.offset)};
        result.properties.insert(name, doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
        const StoredArtifact &tree = inModel ? *result.model : result.outputs.value(first);
        Result<QString> hash = m_ctx.cache->fileInTree(tree.hash, rest);
        if (!hash)
            return hash.error();
        const StoredArtifact fileArtifact{*hash, QStringLiteral("file"), bytes->size(), 1};
        result.propertyFiles.insert(name, fileArtifact);
        if (Result<qint64> id = record(QStringLiteral("property"), name, fileArtifact, path); !id)
            return id.error();
    }
    m_ctx.results.insert(m_spec.name, result);
    return {};
}

} // namespace mlops
