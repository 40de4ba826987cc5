// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/tracking/runrecord.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mlops {

namespace {
struct StatusName
{
    RunStatus status;
    const char *name;
    const char *display;
};
constexpr StatusName kStatuses[] = {
    {RunStatus::Pending, "Pending", QT_TRANSLATE_NOOP("mlops::RunStatus", "Pending")},
    {RunStatus::Running, "Running", QT_TRANSLATE_NOOP("mlops::RunStatus", "Running")},
    {RunStatus::Completed, "Completed", QT_TRANSLATE_NOOP("mlops::RunStatus", "Completed")},
    {RunStatus::Failed, "Failed", QT_TRANSLATE_NOOP("mlops::RunStatus", "Failed")},
    {RunStatus::Stopped, "Stopped", QT_TRANSLATE_NOOP("mlops::RunStatus", "Stopped")},
    {RunStatus::Interrupted, "Interrupted", QT_TRANSLATE_NOOP("mlops::RunStatus", "Interrupted")},
    {RunStatus::Skipped, "Skipped", QT_TRANSLATE_NOOP("mlops::RunStatus", "Skipped")},
};

QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject toJsonObject(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}
} // namespace

QString runStatusName(RunStatus status)
{
    for (const StatusName &s : kStatuses) {
        if (s.status == status)
            return QString::fromLatin1(s.name);
    }
    return {};
}

QString runStatusDisplayName(RunStatus status)
{
    for (const StatusName &s : kStatuses) {
        if (s.status == status)
            return QCoreApplication::translate("mlops::RunStatus", s.display);
    }
    return {};
}

std::optional<RunStatus> parseRunStatus(const QString &name)
{
    for (const StatusName &s : kStatuses) {
        if (name.compare(QLatin1String(s.name), Qt::CaseInsensitive) == 0)
            return s.status;
    }
    return std::nullopt;
}

bool isFinalStatus(RunStatus status)
{
    return status != RunStatus::Pending && status != RunStatus::Running;
}

qint64 RunRecord::durationMs() const
{
    if (!started.isValid())
        return -1;
    const QDateTime end = ended.isValid() ? ended : QDateTime::currentDateTimeUtc();
    return started.msecsTo(end);
}

QJsonObject RunRecord::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), uuid);
    o.insert(QStringLiteral("kind"), kind);
    o.insert(QStringLiteral("name"), name);
    if (!pipeline.isEmpty())
        o.insert(QStringLiteral("pipeline"), pipeline);
    if (!stepType.isEmpty())
        o.insert(QStringLiteral("type"), stepType);
    o.insert(QStringLiteral("status"), runStatusName(status));
    if (!runner.isEmpty())
        o.insert(QStringLiteral("runner"), runner);
    o.insert(QStringLiteral("created"), isoOrNull(created));
    o.insert(QStringLiteral("started"), isoOrNull(started));
    o.insert(QStringLiteral("ended"), isoOrNull(ended));
    const qint64 duration = durationMs();
    o.insert(QStringLiteral("duration_ms"), duration >= 0 ? QJsonValue(duration) : QJsonValue());
    QJsonObject git;
    git.insert(QStringLiteral("commit"), gitCommit.isEmpty() ? QJsonValue() : QJsonValue(gitCommit));
    git.insert(QStringLiteral("branch"), gitBranch.isEmpty() ? QJsonValue() : QJsonValue(gitBranch));
    git.insert(QStringLiteral("dirty"), gitDirty);
    o.insert(QStringLiteral("git"), git);
    o.insert(QStringLiteral("parameters"), toJsonObject(parameters));
    if (kind == QStringLiteral("step"))
        o.insert(QStringLiteral("hyperparameters"), toJsonObject(hyperparameters));
    QJsonObject m;
    for (auto it = metrics.cbegin(); it != metrics.cend(); ++it)
        m.insert(it.key(), it.value());
    o.insert(QStringLiteral("metrics"), m);
    if (kind == QStringLiteral("step")) {
        o.insert(QStringLiteral("attempts"), attempts);
        o.insert(QStringLiteral("exit_code"), exitCode ? QJsonValue(*exitCode) : QJsonValue());
        o.insert(QStringLiteral("cached"), isCacheHit());
        o.insert(QStringLiteral("cached_from"),
                 cachedFromUuid.isEmpty() ? QJsonValue() : QJsonValue(cachedFromUuid));
        o.insert(QStringLiteral("cache_key"), cacheKey.isEmpty() ? QJsonValue() : QJsonValue(cacheKey));
    }
    o.insert(QStringLiteral("failure_reason"),
             failureReason.isEmpty() ? QJsonValue() : QJsonValue(failureReason));
    QJsonArray arts;
    for (const ArtifactRecord &a : artifacts) {
        QJsonObject ao;
        ao.insert(QStringLiteral("role"), a.role);
        ao.insert(QStringLiteral("name"), a.name);
        ao.insert(QStringLiteral("hash"), a.hash.isEmpty() ? QJsonValue() : QJsonValue(a.hash));
        ao.insert(QStringLiteral("kind"), a.kind);
        ao.insert(QStringLiteral("size"), a.size);
        ao.insert(QStringLiteral("path"), a.path);
        arts.append(ao);
    }
    o.insert(QStringLiteral("artifacts"), arts);
    if (kind == QStringLiteral("pipeline")) {
        QJsonArray steps;
        for (const RunRecord &child : children)
            steps.append(child.toJson());
        o.insert(QStringLiteral("steps"), steps);
    }
    return o;
}

} // namespace mlops
