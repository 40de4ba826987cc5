// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/lineage/lineageentity.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>

namespace mlops {

/** Which way a closure goes from its focus. */
enum class LineageDirection { Upstream, Downstream, Both };

/**
 * A piece of the lineage graph as value types (STYLE.md §5): entities, the associations
 * between them, and — for a closure — the focus and each entity's distance from it
 * (negative upstream, positive downstream, 0 the focus). What queries return, what the
 * CLI prints and what the Lineage screen lays out.
 */
class LineageGraph
{
public:
    QList<LineageEntity> entities;
    QList<LineageEdge> edges;
    qint64 focus = 0;               ///< 0 when the graph has no focus
    QHash<qint64, int> distance;    ///< entity id → signed steps from the focus
    bool truncated = false;         ///< a limit cut the graph short

    bool isEmpty() const { return entities.isEmpty(); }
    /** The index of an entity in `entities`, or -1. */
    int indexOf(qint64 id) const;
    const LineageEntity *entity(qint64 id) const;
    /** Adds an entity unless one with its id is there; returns its index. */
    int addEntity(const LineageEntity &entity);
    /** Adds an edge unless it is there. */
    void addEdge(const LineageEdge &edge);

    /** Entities upstream (distance < 0) of the focus, nearest first. */
    QList<const LineageEntity *> upstream() const;
    /** Entities downstream (distance > 0) of the focus, nearest first. */
    QList<const LineageEntity *> downstream() const;

    /** The stable JSON form of `mlops lineage --json` (see the README). */
    QJsonObject toJson() const;

private:
    void reindex() const;
    mutable QHash<qint64, int> m_index;
    mutable qsizetype m_indexed = -1;
    QSet<QString> m_edgeKeys;
};

} // namespace mlops
