// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/registry/modelversion.h"

#include <QJsonArray>

#include <algorithm>

namespace mlops {

namespace {
QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
} // namespace

QJsonObject ModelVersion::toJson(bool withCard) const
{
    QJsonObject o;
    o.insert(QStringLiteral("group"), group);
    o.insert(QStringLiteral("version"), version);
    o.insert(QStringLiteral("ref"), ref());
    o.insert(QStringLiteral("status"), approvalStatusName(status));
    QJsonObject approval;
    approval.insert(QStringLiteral("by"), stringOrNull(statusBy));
    approval.insert(QStringLiteral("at"), isoOrNull(statusAt));
    approval.insert(QStringLiteral("comment"), stringOrNull(statusComment));
    o.insert(QStringLiteral("approval"), approval);
    o.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(aliases));
    o.insert(QStringLiteral("description"), description);
    QJsonObject run;
    run.insert(QStringLiteral("id"), runUuid);
    run.insert(QStringLiteral("pipeline_run"), stringOrNull(pipelineRunUuid));
    run.insert(QStringLiteral("name"), stringOrNull(runName));
    run.insert(QStringLiteral("git_commit"), stringOrNull(gitCommit));
    run.insert(QStringLiteral("git_dirty"), gitDirty);
    o.insert(QStringLiteral("run"), run);
    QJsonObject model;
    model.insert(QStringLiteral("name"), stringOrNull(modelName));
    model.insert(QStringLiteral("hash"), modelHash);
    model.insert(QStringLiteral("kind"), stringOrNull(modelKind));
    model.insert(QStringLiteral("size"), modelSize);
    model.insert(QStringLiteral("path"), stringOrNull(modelPath));
    o.insert(QStringLiteral("model"), model);
    QJsonObject m;
    for (auto it = metrics.cbegin(); it != metrics.cend(); ++it)
        m.insert(it.key(), it.value());
    o.insert(QStringLiteral("metrics"), m);
    QJsonArray in;
    for (const ModelInput &i : inputs) {
        QJsonObject io;
        io.insert(QStringLiteral("name"), i.name);
        io.insert(QStringLiteral("hash"), i.hash);
        io.insert(QStringLiteral("path"), stringOrNull(i.path));
        in.append(io);
    }
    o.insert(QStringLiteral("inputs"), in);
    o.insert(QStringLiteral("created"), isoOrNull(created));
    o.insert(QStringLiteral("created_by"), createdBy);
    if (withCard)
        o.insert(QStringLiteral("model_card"), modelCard);
    return o;
}

const ModelVersion *ModelGroup::latestApproved() const
{
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        if (it->status == ApprovalStatus::Approved)
            return &*it;
    }
    return nullptr;
}

int ModelGroup::count(ApprovalStatus status) const
{
    return int(std::count_if(versions.cbegin(), versions.cend(),
                             [status](const ModelVersion &v) { return v.status == status; }));
}

QJsonObject ModelGroup::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("description"), description);
    o.insert(QStringLiteral("created"), isoOrNull(created));
    o.insert(QStringLiteral("created_by"), createdBy);
    QJsonObject a;
    for (auto it = aliases.cbegin(); it != aliases.cend(); ++it)
        a.insert(it.key(), it.value());
    o.insert(QStringLiteral("aliases"), a);
    const ModelVersion *approved = latestApproved();
    o.insert(QStringLiteral("latest_version"), latest() ? QJsonValue(latest()->version) : QJsonValue());
    o.insert(QStringLiteral("latest_approved_version"),
             approved ? QJsonValue(approved->version) : QJsonValue());
    QJsonArray vs;
    for (const ModelVersion &v : versions)
        vs.append(v.toJson(false));
    o.insert(QStringLiteral("versions"), vs);
    return o;
}

} // namespace mlops
