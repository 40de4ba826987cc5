// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/lineage/lineagegraph.h"

#include <QJsonArray>

#include <algorithm>

namespace mlops {

void LineageGraph::reindex() const
{
    if (m_indexed == entities.size())
        return;
    m_index.clear();
    m_index.reserve(entities.size());
    for (int i = 0; i < entities.size(); ++i)
        m_index.insert(entities.at(i).id, i);
    m_indexed = entities.size();
}

int LineageGraph::indexOf(qint64 id) const
{
    reindex();
    return m_index.value(id, -1);
}

const LineageEntity *LineageGraph::entity(qint64 id) const
{
    const int i = indexOf(id);
    return i >= 0 ? &entities.at(i) : nullptr;
}

int LineageGraph::addEntity(const LineageEntity &entity)
{
    const int existing = indexOf(entity.id);
    if (existing >= 0)
        return existing;
    entities.append(entity);
    m_index.insert(entity.id, int(entities.size() - 1));
    m_indexed = entities.size();
    return int(entities.size() - 1);
}

void LineageGraph::addEdge(const LineageEdge &edge)
{
    const QString key = QString::number(edge.source) + QLatin1Char('>') + QString::number(edge.destination)
                        + QLatin1Char(':') + QString::number(int(edge.type));
    if (m_edgeKeys.contains(key))
        return;
    m_edgeKeys.insert(key);
    edges.append(edge);
}

QList<const LineageEntity *> LineageGraph::upstream() const
{
    QList<const LineageEntity *> list;
    for (const LineageEntity &e : entities) {
        if (distance.value(e.id, 0) < 0)
            list.append(&e);
    }
    std::stable_sort(list.begin(), list.end(), [this](const LineageEntity *a, const LineageEntity *b) {
        return distance.value(a->id) > distance.value(b->id);
    });
    return list;
}

QList<const LineageEntity *> LineageGraph::downstream() const
{
    QList<const LineageEntity *> list;
    for (const LineageEntity &e : entities) {
        if (distance.value(e.id, 0) > 0)
            list.append(&e);
    }
    std::stable_sort(list.begin(), list.end(), [this](const LineageEntity *a, const LineageEntity *b) {
        return distance.value(a->id) < distance.value(b->id);
    });
    return list;
}

QJsonObject LineageGraph::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("focus"), focus ? QJsonValue(focus) : QJsonValue());
    QJsonArray nodes;
    for (const LineageEntity &e : entities) {
        QJsonObject o = e.toJson();
        if (focus)
            o.insert(QStringLiteral("distance"), distance.value(e.id, 0));
        nodes.append(o);
    }
    root.insert(QStringLiteral("entities"), nodes);
    QJsonArray links;
    for (const LineageEdge &e : edges) {
        QJsonObject o;
        o.insert(QStringLiteral("source"), e.source);
        o.insert(QStringLiteral("destination"), e.destination);
        o.insert(QStringLiteral("type"), associationName(e.type));
        links.append(o);
    }
    root.insert(QStringLiteral("edges"), links);
    root.insert(QStringLiteral("truncated"), truncated);
    return root;
}

} // namespace mlops
