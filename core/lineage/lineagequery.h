// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/lineage/lineagegraph.h"

#include <QList>
#include <QString>

#include <optional>

namespace mlops {

class Database;
class Workspace;

/** A shortest path between two entities. */
struct LineagePath
{
    LineageGraph graph;          ///< the path's entities in order, and its edges
    QList<qint64> order;         ///< entity ids from the first to the second entity
    bool directed = true;        ///< false: no path follows the edges; this one ignores their direction
};

/**
 * Reads lineage from the store: finds an entity by what a user types, walks upstream and
 * downstream closures with a depth limit, finds shortest paths, searches. Breadth-first
 * walks over indexed edge lookups, so a closure costs what it returns, not what the
 * store holds. One query object per connection and thread.
 */
class LineageQuery
{
public:
    explicit LineageQuery(Database &db) : m_db(db) {}

    /**
     * The entity a user means by `id`: a registry version (GROUP/VERSION, GROUP@ALIAS,
     * GROUP/latest), a file or folder of the workspace (relative to `currentDir`, or to
     * the workspace; versioned data by its pointer), a run id or a unique prefix of one
     * (4+ characters), an artifact hash or commit sha prefix (6+ characters), an
     * entity key ("endpoint:NAME"), or else the name of exactly one entity (as the graph
     * shows it: "train/model", "prepare"). BadInput when nothing or more than one thing
     * matches; an ambiguous name lists the ids of what it names.
     */
    Result<qint64> resolve(const QString &id, const Workspace *workspace = nullptr, const QString &currentDir = {});

    Result<LineageEntity> entity(qint64 id);
    /** The entities `depth` steps (0 = any number) up and/or downstream of `focus`. */
    Result<LineageGraph> closure(qint64 focus, LineageDirection direction, int depth = 0, int limit = 0);
    /** A shortest path from `from` to `to` (either way along the edges, else ignoring direction). */
    Result<LineagePath> shortestPath(qint64 from, qint64 to);
    /** The whole graph (the newest `limit` entities when there are more) and every edge among them. */
    Result<LineageGraph> wholeGraph(int limit = 0);
    /** Entities whose name, hash, run id or location contains `text`, newest first. */
    Result<QList<LineageEntity>> search(const QString &text, int limit = 50);
    Result<int> entityCount();
    /** The newest entities of a kind (by when they came about), newest first. */
    Result<QList<LineageEntity>> newest(EntityKind kind, int limit = 1);

private:
    Result<QList<LineageEntity>> load(const QString &where, const QVariantList &binds);
    Result<QList<QPair<qint64, Association>>> neighbours(qint64 id, bool upstream);
    Result<qint64> byKey(const QString &key);
    Result<qint64> byHashPrefix(const QString &prefix);
    /** The one entity named `name`; nothing when none is; BadInput listing them when several are. */
    Result<std::optional<qint64>> byName(const QString &name);

    Database &m_db;
};

} // namespace mlops
