// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/lineage/lineageentity.h"

#include "core/common/result.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::LineageEntity)
};
} // namespace

QString entityKindName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::DataSet: return QStringLiteral("dataset");
    case EntityKind::Model: return QStringLiteral("model");
    case EntityKind::Output: return QStringLiteral("output");
    case EntityKind::CodeCommit: return QStringLiteral("code");
    case EntityKind::Image: return QStringLiteral("image");
    case EntityKind::Diff: return QStringLiteral("diff");
    case EntityKind::StepRun: return QStringLiteral("step-run");
    case EntityKind::NotebookRun: return QStringLiteral("notebook-run");
    case EntityKind::PipelineExecution: return QStringLiteral("pipeline-execution");
    case EntityKind::ModelPackage: return QStringLiteral("model-package");
    case EntityKind::Endpoint: return QStringLiteral("endpoint");
    }
    return {};
}

std::optional<EntityKind> parseEntityKind(const QString &name)
{
    for (EntityKind k : allEntityKinds()) {
        if (entityKindName(k) == name)
            return k;
    }
    return std::nullopt;
}

QList<EntityKind> allEntityKinds()
{
    return {EntityKind::DataSet,      EntityKind::CodeCommit,        EntityKind::Image,
            EntityKind::Diff,         EntityKind::PipelineExecution, EntityKind::StepRun,
            EntityKind::NotebookRun,  EntityKind::Output,            EntityKind::Model,
            EntityKind::ModelPackage, EntityKind::Endpoint};
}

QString entityKindDisplayName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::DataSet: return Text::tr("data set");
    case EntityKind::Model: return Text::tr("model");
    case EntityKind::Output: return Text::tr("output");
    case EntityKind::CodeCommit: return Text::tr("code commit");
    case EntityKind::Image: return Text::tr("image");
    case EntityKind::Diff: return Text::tr("uncommitted diff");
    case EntityKind::StepRun: return Text::tr("step run");
    case EntityKind::NotebookRun: return Text::tr("notebook run");
    case EntityKind::PipelineExecution: return Text::tr("pipeline execution");
    case EntityKind::ModelPackage: return Text::tr("model package");
    case EntityKind::Endpoint: return Text::tr("endpoint");
    }
    return {};
}

LineageCategory categoryOf(EntityKind kind)
{
    switch (kind) {
    case EntityKind::StepRun:
    case EntityKind::NotebookRun: return LineageCategory::Execution;
    case EntityKind::PipelineExecution:
    case EntityKind::ModelPackage:
    case EntityKind::Endpoint: return LineageCategory::Context;
    default: return LineageCategory::Artifact;
    }
}

QString categoryName(LineageCategory category)
{
    switch (category) {
    case LineageCategory::Artifact: return QStringLiteral("artifact");
    case LineageCategory::Execution: return QStringLiteral("execution");
    case LineageCategory::Context: return QStringLiteral("context");
    }
    return {};
}

QString associationName(Association type)
{
    switch (type) {
    case Association::Produced: return QStringLiteral("Produced");
    case Association::Used: return QStringLiteral("Used");
    case Association::DerivedFrom: return QStringLiteral("DerivedFrom");
    case Association::ContributedTo: return QStringLiteral("ContributedTo");
    case Association::AssociatedWith: return QStringLiteral("AssociatedWith");
    }
    return {};
}

std::optional<Association> parseAssociation(const QString &name)
{
    for (Association a : {Association::Produced, Association::Used, Association::DerivedFrom,
                          Association::ContributedTo, Association::AssociatedWith}) {
        if (associationName(a) == name)
            return a;
    }
    return std::nullopt;
}

QString LineageEntity::label() const
{
    switch (kind) {
    case EntityKind::StepRun:
    case EntityKind::NotebookRun:
    case EntityKind::PipelineExecution: return name + QLatin1Char(' ') + runUuid.left(8);
    case EntityKind::CodeCommit: return hash.left(8);
    case EntityKind::DataSet:
    case EntityKind::Model:
    case EntityKind::Output:
    case EntityKind::Diff: return name + QLatin1Char(' ') + hash.left(8);
    default: return name;
    }
}

QJsonObject LineageEntity::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("key"), key);
    o.insert(QStringLiteral("category"), categoryName(category()));
    o.insert(QStringLiteral("kind"), entityKindName(kind));
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("hash"), hash.isEmpty() ? QJsonValue() : QJsonValue(hash));
    o.insert(QStringLiteral("uri"), uri.isEmpty() ? QJsonValue() : QJsonValue(uri));
    o.insert(QStringLiteral("size"), size >= 0 ? QJsonValue(size) : QJsonValue());
    o.insert(QStringLiteral("run"), runUuid.isEmpty() ? QJsonValue() : QJsonValue(runUuid));
    o.insert(QStringLiteral("created"), created.isValid()
                                            ? QJsonValue(created.toUTC().toString(Qt::ISODateWithMs))
                                            : QJsonValue());
    o.insert(QStringLiteral("properties"), properties);
    return o;
}

Result<std::optional<qint64>> findLineageEntity(Database &db, const QString &key)
{
    Result<Statement> s = db.prepare(QStringLiteral("SELECT id FROM lineage_entities WHERE key = ?"));
    if (!s)
        return s.error();
    s->bind(1, key);
    Result<bool> row = s->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<qint64>();
    return std::optional<qint64>(s->int64(0));
}

} // namespace mlops
