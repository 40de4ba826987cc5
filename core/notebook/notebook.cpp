// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/notebook/notebook.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

namespace mlops {

QStringList NotebookCell::tags() const
{
    QStringList out;
    for (const QJsonValue &v : metadata.value(QStringLiteral("tags")).toArray())
        out.append(v.toString());
    return out;
}

void NotebookCell::setTags(const QStringList &tags)
{
    if (tags.isEmpty()) {
        metadata.remove(QStringLiteral("tags"));
        return;
    }
    metadata.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
}

NotebookCell NotebookCell::make(const QString &cellType, const QString &source)
{
    NotebookCell cell;
    cell.id = newId();
    cell.cellType = cellType;
    cell.source = source;
    return cell;
}

QString NotebookCell::newId()
{
    return QString::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, QLatin1Char('0'));
}

QString Notebook::kernelName() const
{
    return metadata.value(QStringLiteral("kernelspec")).toObject().value(QStringLiteral("name")).toString();
}

void Notebook::setKernelSpec(const QString &name, const QString &displayName, const QString &language)
{
    QJsonObject spec = metadata.value(QStringLiteral("kernelspec")).toObject();
    spec.insert(QStringLiteral("name"), name);
    spec.insert(QStringLiteral("display_name"), displayName);
    if (!language.isEmpty())
        spec.insert(QStringLiteral("language"), language);
    metadata.insert(QStringLiteral("kernelspec"), spec);
}

void Notebook::setLanguageInfo(const QJsonObject &languageInfo)
{
    if (!languageInfo.isEmpty())
        metadata.insert(QStringLiteral("language_info"), languageInfo);
}

int Notebook::indexOf(const QString &cellId) const
{
    for (int i = 0; i < cells.size(); ++i) {
        if (cells.at(i).id == cellId)
            return i;
    }
    return -1;
}

void Notebook::ensureCellIds()
{
    static const QRegularExpression valid(QStringLiteral("^[a-zA-Z0-9_-]{1,64}$"));
    QSet<QString> seen;
    for (NotebookCell &cell : cells) {
        while (!valid.match(cell.id).hasMatch() || seen.contains(cell.id))
            cell.id = NotebookCell::newId();
        seen.insert(cell.id);
    }
}

void Notebook::clearOutputs()
{
    for (NotebookCell &cell : cells) {
        if (!cell.isCode())
            continue;
        cell.outputs = QJsonArray();
        cell.executionCount.reset();
    }
}

} // namespace mlops
