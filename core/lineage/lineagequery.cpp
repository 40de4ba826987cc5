// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/lineage/lineagequery.h"

#include "core/common/fileutil.h"

#include "core/artifacts/contentscanner.h"
#include "core/artifacts/datapointer.h"
#include "core/artifacts/hashindex.h"
#include "core/registry/modelregistry.h"
#include "core/store/database.h"
#include "core/workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QQueue>
#include <QRegularExpression>
#include <QSet>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::LineageQuery)
};

const QString kSelect = QStringLiteral(
    "SELECT e.id, e.key, e.kind, e.name, e.hash, e.uri, e.size, r.uuid, e.properties, e.created_at"
    " FROM lineage_entities e LEFT JOIN runs r ON r.id = e.run_id");

LineageEntity readEntity(const Statement &s)
{
    LineageEntity e;
    e.id = s.int64(0);
    e.key = s.text(1);
    e.kind = parseEntityKind(s.text(2)).value_or(EntityKind::Output);
    e.name = s.text(3);
    e.hash = s.text(4);
    e.uri = s.text(5);
    e.size = s.isNull(6) ? -1 : s.int64(6);
    e.runUuid = s.text(7);
    e.properties = QJsonDocument::fromJson(s.text(8).toUtf8()).object();
    e.created = QDateTime::fromMSecsSinceEpoch(s.int64(9), Qt::UTC);
    return e;
}

bool isHex(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isDigit() && !(c >= QLatin1Char('a') && c <= QLatin1Char('f')))
            return false;
    }
    return !text.isEmpty();
}

} // namespace

Result<QList<LineageEntity>> LineageQuery::load(const QString &where, const QVariantList &binds)
{
    Result<Statement> s = m_db.prepare(kSelect + QStringLiteral(" WHERE ") + where);
    if (!s)
        return s.error();
    for (int i = 0; i < binds.size(); ++i)
        s->bindVariant(i + 1, binds.at(i));
    QList<LineageEntity> list;
    if (Status rowsRead = s->forEachRow([&] {
        list.append(readEntity(*s));
    }); !rowsRead)
        return rowsRead.error();
    return list;
}

Result<LineageEntity> LineageQuery::entity(qint64 id)
{
    Result<QList<LineageEntity>> list = load(QStringLiteral("e.id = ?"), {id});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error::badInput(Text::tr("there is no lineage entity %1").arg(id));
    return list->first();
}

Result<int> LineageQuery::entityCount()
{
    Result<QVariant> n = m_db.scalar(QStringLiteral("SELECT count(*) FROM lineage_entities"));
    if (!n)
        return n.error();
    return n->toInt();
}

Result<QList<LineageEntity>> LineageQuery::newest(EntityKind kind, int limit)
{
    return load(QStringLiteral("e.kind = ? ORDER BY e.created_at DESC, e.id DESC LIMIT ?"), {entityKindName(kind), limit});
}

Result<qint64> LineageQuery::byKey(const QString &key)
{
    Result<std::optional<qint64>> id = findLineageEntity(m_db, key);
    if (!id)
        return id.error();
    if (!*id)
        return Error::badInput(Text::tr("%1 has no lineage recorded").arg(key));
    return **id;
}

Result<qint64> LineageQuery::byHashPrefix(const QString &prefix)
{
    Result<QList<LineageEntity>> found =
        load(QStringLiteral("e.hash >= ?1 AND e.hash < ?1 || 'g' ORDER BY e.id LIMIT 6"), {prefix});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::badInput(Text::tr("no artifact or commit has a hash starting with '%1'").arg(prefix));
    if (found->size() > 1) {
        QStringList names;
        for (const LineageEntity &e : std::as_const(*found))
            names.append(e.hash.left(12) + QStringLiteral(" (") + e.name + QLatin1Char(')'));
        return Error::badInput(Text::tr("'%1' is ambiguous: it starts %2; give more characters")
                                   .arg(prefix, names.join(QStringLiteral(", "))));
    }
    return found->first().id;
}

Result<std::optional<qint64>> LineageQuery::byName(const QString &name)
{
    Result<QList<LineageEntity>> found =
        load(QStringLiteral("e.name = ? ORDER BY e.created_at DESC, e.id DESC LIMIT 7"), {name});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<qint64>();
    if (found->size() == 1)
        return std::optional<qint64>(found->first().id);
    QStringList which;
    for (const LineageEntity &e : found->mid(0, 6)) {
        const QString id = !e.runUuid.isEmpty() ? e.runUuid.left(8) : !e.hash.isEmpty() ? e.hash.left(12) : e.key;
        which.append(QStringLiteral("%1 %2").arg(entityKindDisplayName(e.kind), id));
    }
    if (found->size() > 6)
        which.append(Text::tr("more"));
    return Error::badInput(Text::tr("'%1' is ambiguous: it names %2 (newest first); give one of these ids instead")
                               .arg(name, which.join(QStringLiteral(", "))));
}

Result<qint64> LineageQuery::resolve(const QString &rawId, const Workspace *workspace, const QString &currentDir)
{
    const QString id = rawId.trimmed();
    if (id.isEmpty())
        return Error::badInput(Text::tr("name a run, an artifact hash, a file or a model version"));
    static const QStringList keyPrefixes = {QStringLiteral("artifact:"), QStringLiteral("run:"),
                                            QStringLiteral("commit:"), QStringLiteral("image:"),
                                            QStringLiteral("model-package:"), QStringLiteral("endpoint:")};
    for (const QString &prefix : keyPrefixes) {
        if (id.startsWith(prefix))
            return byKey(id);
    }

    // A registry version: GROUP/VERSION, GROUP@ALIAS, GROUP/latest.
    static const QRegularExpression versionRef(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*(/([0-9]+|latest)|@[A-Za-z0-9._-]+)$"));
    std::optional<Error> registryError;
    if (versionRef.match(id).hasMatch()) {
        ModelRegistry registry(m_db);
        Result<ModelVersion> version = registry.version(id);
        if (version)
            return byKey(QStringLiteral("model-package:") + version->ref());
        registryError = version.error();
    }

    // A file or folder of the workspace: its content hash (a pointer's, for versioned data).
    if (workspace) {
        QStringList candidates;
        if (!currentDir.isEmpty())
            candidates.append(QDir::cleanPath(QDir(currentDir).absoluteFilePath(id)));
        candidates.append(QDir::cleanPath(QDir(workspace->root()).absoluteFilePath(id)));
        for (QString path : std::as_const(candidates)) {
            if (DataPointer::isPointerFile(path))
                path.chop(DataPointer::suffix().size());
            const bool exists = QFileInfo::exists(path);
            const bool pointed = QFileInfo::exists(path + DataPointer::suffix());
            if (!exists && !pointed)
                continue;
            if (!isPathInside(workspace->root(), path))
                return Error::badInput(Text::tr("%1 is not inside the workspace %2; lineage knows the workspace's "
                                                "files only")
                                           .arg(QDir::toNativeSeparators(path), workspace->root()));
            const QString relative = workspace->relativePath(path);
            QString hash;
            if (pointed) {
                Result<DataPointer> pointer = DataPointer::load(path + DataPointer::suffix());
                if (!pointer)
                    return pointer.error();
                hash = pointer->hash;
            } else {
                HashIndex index(m_db);
                ContentScanner scanner(nullptr, &index);
                Result<ScannedContent> content = scanner.scan(path, false);
                if (!content)
                    return content.error();
                hash = content->artifact.hash;
            }
            if (Result<qint64> found = byKey(QStringLiteral("artifact:") + hash); found)
                return found;
            // The file changed since a run read it: the newest version a run recorded.
            Result<Statement> s = m_db.prepare(QStringLiteral(
                "SELECT hash FROM artifacts WHERE path = ? AND hash IS NOT NULL ORDER BY id DESC LIMIT 1"));
            if (!s)
                return s.error();
            s->bind(1, relative);
            if (Result<bool> row = s->step(); row && *row) {
                if (Result<qint64> found = byKey(QStringLiteral("artifact:") + s->text(0)); found)
                    return found;
            }
            return Error::badInput(Text::tr("no run used or produced %1 as it is now (content hash %2)")
                                       .arg(relative, hash.left(12)));
        }
    }

    // A run id or a hash, by prefix.
    const QString lower = id.toLower();
    if (isHex(lower) && lower.size() >= 4) {
        Result<Statement> runs = m_db.prepare(QStringLiteral(
            "SELECT uuid, status FROM runs WHERE uuid >= ?1 AND uuid < ?1 || 'g' LIMIT 2"));
        if (!runs)
            return runs.error();
        runs->bind(1, lower);
        QStringList matches;
        QString status;
        if (Status rowsRead = runs->forEachRow([&] {
            matches.append(runs->text(0));
            status = runs->text(1);
        }); !rowsRead)
            return rowsRead.error();
        if (matches.size() > 1)
            return Error::badInput(Text::tr("'%1' is ambiguous: several runs start with it; give more characters").arg(id));
        if (matches.size() == 1) {
            // A prefix may name a run and an artifact at once: say so, rather than pick one.
            if (lower.size() >= 6 && lower.size() < 64) {
                Result<QList<LineageEntity>> hashed =
                    load(QStringLiteral("e.hash >= ?1 AND e.hash < ?1 || 'g' LIMIT 1"), {lower});
                if (hashed && !hashed->isEmpty())
                    return Error::badInput(Text::tr("'%1' is ambiguous: it starts the run %2 and the hash of an "
                                                    "artifact; give more characters, or write run:ID or "
                                                    "artifact:HASH")
                                               .arg(id, matches.first()));
            }
            Result<qint64> found = byKey(QStringLiteral("run:") + matches.first());
            if (!found)
                return Error::badInput(Text::tr("run %1 is %2 and has no lineage").arg(matches.first().left(8), status));
            return found;
        }
        if (lower.size() >= 6)
            return byHashPrefix(lower);
        return Error::badInput(Text::tr("no run starts with '%1' (hash prefixes need at least 6 characters)").arg(id));
    }
    // An entity's name as the graph shows it (train/model, prepare, a data set's path).
    if (Result<std::optional<qint64>> named = byName(id); !named)
        return named.error();
    else if (*named)
        return **named;
    if (isHex(lower) && !registryError)
        return Error::badInput(Text::tr("'%1' is too short: give at least 4 characters of a run id, or 6 of an "
                                        "artifact hash")
                                   .arg(id));
    if (registryError)
        return *registryError;
    return Error::badInput(Text::tr("'%1' is not a run id, an artifact hash, a file of the workspace, a model "
                                    "version (GROUP/VERSION) or the name of an entity")
                               .arg(id));
}

Result<LineageGraph> LineageQuery::closure(qint64 focus, LineageDirection direction, int depth, int limit)
{
    LineageGraph graph;
    graph.focus = focus;
    graph.distance.insert(focus, 0);
    Result<Statement> up = m_db.prepare(QStringLiteral("SELECT source, type FROM lineage_edges WHERE destination = ?"));
    if (!up)
        return up.error();
    Result<Statement> down = m_db.prepare(QStringLiteral("SELECT destination, type FROM lineage_edges WHERE source = ?"));
    if (!down)
        return down.error();
    QList<qint64> order{focus};
    auto walk = [&](bool upstream) -> Status {
        Statement &next = upstream ? *up : *down;
        QQueue<qint64> queue;
        queue.enqueue(focus);
        while (!queue.isEmpty()) {
            const qint64 id = queue.dequeue();
            const int d = std::abs(graph.distance.value(id));
            if (depth > 0 && d >= depth)
                continue;
            next.bind(1, id);
            for (;;) {
                Result<bool> row = next.step();
                if (!row)
                    return row.error();
                if (!*row)
                    break;
                const qint64 other = next.int64(0);
                const Association type = parseAssociation(next.text(1)).value_or(Association::Used);
                const bool seen = graph.distance.contains(other);
                if (!seen) {
                    if (limit > 0 && order.size() >= limit) {
                        graph.truncated = true;
                        continue;
                    }
                    graph.distance.insert(other, upstream ? -(d + 1) : d + 1);
                    order.append(other);
                    queue.enqueue(other);
                }
                graph.addEdge(upstream ? LineageEdge{other, id, type} : LineageEdge{id, other, type});
            }
            next.reset();
        }
        return {};
    };
    if (direction != LineageDirection::Downstream) {
        if (Status s = walk(true); !s)
            return s.error();
    }
    if (direction != LineageDirection::Upstream) {
        if (Status s = walk(false); !s)
            return s.error();
    }
    // Entities in one statement: the ids go in as a JSON array.
    QJsonArray ids;
    for (qint64 id : std::as_const(order))
        ids.append(id);
    Result<QList<LineageEntity>> entities = load(QStringLiteral("e.id IN (SELECT value FROM json_each(?))"),
                                                 {QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))});
    if (!entities)
        return entities.error();
    if (entities->isEmpty())
        return Error::badInput(Text::tr("there is no lineage entity %1").arg(focus));
    QHash<qint64, LineageEntity> byId;
    for (const LineageEntity &e : std::as_const(*entities))
        byId.insert(e.id, e);
    for (qint64 id : std::as_const(order)) {
        if (byId.contains(id))
            graph.addEntity(byId.value(id));
    }
    return graph;
}

Result<QList<QPair<qint64, Association>>> LineageQuery::neighbours(qint64 id, bool upstream)
{
    Result<Statement> s = m_db.prepare(upstream ? QStringLiteral("SELECT source, type FROM lineage_edges WHERE destination = ?")
                                                : QStringLiteral("SELECT destination, type FROM lineage_edges WHERE source = ?"));
    if (!s)
        return s.error();
    s->bind(1, id);
    QList<QPair<qint64, Association>> list;
    if (Status rowsRead = s->forEachRow([&] {
        list.append({s->int64(0), parseAssociation(s->text(1)).value_or(Association::Used)});
    }); !rowsRead)
        return rowsRead.error();
    return list;
}

Result<LineagePath> LineageQuery::shortestPath(qint64 from, qint64 to)
{
    // Breadth-first search; `modes` says which edges a step may follow.
    enum Mode { Down, Up, Any };
    auto search = [&](qint64 start, qint64 goal, Mode mode) -> Result<QList<QPair<qint64, LineageEdge>>> {
        QHash<qint64, QPair<qint64, LineageEdge>> parent;
        QSet<qint64> seen{start};
        QQueue<qint64> queue;
        queue.enqueue(start);
        while (!queue.isEmpty()) {
            const qint64 id = queue.dequeue();
            if (id == goal)
                break;
            for (bool upstream : {false, true}) {
                if ((mode == Down && upstream) || (mode == Up && !upstream))
                    continue;
                Result<QList<QPair<qint64, Association>>> next = neighbours(id, upstream);
                if (!next)
                    return next.error();
                for (const auto &[other, type] : std::as_const(*next)) {
                    if (seen.contains(other))
                        continue;
                    seen.insert(other);
                    parent.insert(other, {id, upstream ? LineageEdge{other, id, type} : LineageEdge{id, other, type}});
                    queue.enqueue(other);
                }
            }
        }
        QList<QPair<qint64, LineageEdge>> path;
        if (!seen.contains(goal))
            return path;
        for (qint64 at = goal; at != start; at = parent.value(at).first)
            path.prepend({at, parent.value(at).second});
        path.prepend({start, LineageEdge{}});
        return path;
    };
    LineagePath result;
    Result<QList<QPair<qint64, LineageEdge>>> path = search(from, to, Down);
    if (path && path->isEmpty())
        path = search(from, to, Up);
    if (path && path->isEmpty()) {
        result.directed = false;
        path = search(from, to, Any);
    }
    if (!path)
        return path.error();
    if (path->isEmpty())
        return Error::badInput(Text::tr("the two entities are not connected"));
    QJsonArray ids;
    for (const auto &[id, edge] : std::as_const(*path)) {
        ids.append(id);
        result.order.append(id);
        if (edge.source != 0)
            result.graph.addEdge(edge);
    }
    Result<QList<LineageEntity>> entities = load(QStringLiteral("e.id IN (SELECT value FROM json_each(?))"),
                                                 {QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))});
    if (!entities)
        return entities.error();
    QHash<qint64, LineageEntity> byId;
    for (const LineageEntity &e : std::as_const(*entities))
        byId.insert(e.id, e);
    for (int i = 0; i < result.order.size(); ++i) {
        result.graph.addEntity(byId.value(result.order.at(i)));
        result.graph.distance.insert(result.order.at(i), i);
    }
    result.graph.focus = from;
    return result;
}

Result<LineageGraph> LineageQuery::wholeGraph(int limit)
{
    LineageGraph graph;
    Result<QList<LineageEntity>> entities =
        limit > 0 ? load(QStringLiteral("e.id IN (SELECT id FROM lineage_entities ORDER BY id DESC LIMIT ?) ORDER BY e.id"),
                         {limit})
                  : load(QStringLiteral("1 ORDER BY e.id"), {});
    if (!entities)
        return entities.error();
    graph.entities.reserve(entities->size());
    for (const LineageEntity &e : std::as_const(*entities))
        graph.addEntity(e);
    if (limit > 0) {
        Result<int> total = entityCount();
        graph.truncated = total && *total > limit;
    }
    Result<Statement> s = m_db.prepare(QStringLiteral("SELECT source, destination, type FROM lineage_edges"));
    if (!s)
        return s.error();
    if (Status rowsRead = s->forEachRow([&] {
        const qint64 source = s->int64(0);
        const qint64 destination = s->int64(1);
        if (graph.indexOf(source) >= 0 && graph.indexOf(destination) >= 0)
            graph.edges.append(LineageEdge{source, destination, parseAssociation(s->text(2)).value_or(Association::Used)});
    }); !rowsRead)
        return rowsRead.error();
    return graph;
}

Result<QList<LineageEntity>> LineageQuery::search(const QString &text, int limit)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return QList<LineageEntity>();
    return load(QStringLiteral("e.name LIKE '%' || ?1 || '%' ESCAPE '\\' OR e.hash LIKE ?1 || '%' ESCAPE '\\'"
                               " OR r.uuid LIKE ?1 || '%' ESCAPE '\\' OR e.uri LIKE '%' || ?1 || '%' ESCAPE '\\'"
                               " ORDER BY e.created_at DESC, e.id DESC LIMIT ?2"),
                {QString(needle).replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                     .replace(QLatin1Char('%'), QStringLiteral("\\%"))
                     .replace(QLatin1Char('_'), QStringLiteral("\\_")),
                 limit});
}

} // namespace mlops
