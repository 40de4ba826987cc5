// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/workspace/workspacetemplate.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace mlops {

QString WorkspaceTemplate::description() const
{
    return QCoreApplication::translate("mlops::WorkspaceTemplate", descriptionText);
}

bool WorkspaceTemplate::hasGenerator() const
{
    return QFileInfo::exists(generatorPath());
}

const QList<WorkspaceTemplate> &WorkspaceTemplate::all()
{
    static const QList<WorkspaceTemplate> templates = {
        {QStringLiteral("demo"),
         QT_TRANSLATE_NOOP("mlops::WorkspaceTemplate",
                           "Breast-cancer classification with a real data set (569 samples, "
                           "30 features) to start from"),
         QStringLiteral("data/breast_cancer.csv"), 569, 31},
        {QStringLiteral("empty"),
         QT_TRANSLATE_NOOP("mlops::WorkspaceTemplate",
                           "An empty workspace with the standard folders")},
    };
    return templates;
}

const WorkspaceTemplate *WorkspaceTemplate::find(const QString &name)
{
    for (const WorkspaceTemplate &t : all()) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QStringList WorkspaceTemplate::names()
{
    QStringList names;
    for (const WorkspaceTemplate &t : all())
        names.append(t.name);
    return names;
}

} // namespace mlops
