// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/lineage/lineagesnapshot.h"

#include "core/lineage/lineagequery.h"
#include "core/lineage/lineagerecorder.h"
#include "core/store/store.h"
#include "views/lineage/lineagescene.h"

#include <QElapsedTimer>

namespace mlops {

LineageSnapshot loadLineageSnapshot(const Workspace &workspace, const LineageRequest &request)
{
    QElapsedTimer clock;
    clock.start();
    LineageSnapshot snapshot;
    Result<std::unique_ptr<Store>> store = Store::open(workspace.storePath());
    if (!store) {
        snapshot.error = store.error().toString();
        return snapshot;
    }
    Database &db = (*store)->db();
    if (Result<int> recorded = LineageRecorder(db, workspace.root()).recordPending(); !recorded) {
        snapshot.error = recorded.error().toString();
        return snapshot;
    }
    LineageQuery query(db);
    if (Result<int> count = query.entityCount(); count)
        snapshot.totalEntities = *count;
    if (Result<QVariant> runs = db.scalar(QStringLiteral("SELECT count(*) FROM runs WHERE parent_id IS NULL")); runs)
        snapshot.runs = runs->toInt();

    QString id = request.id;
    bool whole = request.whole;
    if (id.isEmpty() && request.focusNewestModel) {
        if (Result<QList<LineageEntity>> models = query.newest(EntityKind::Model); models && !models->isEmpty())
            id = models->first().key;
    }
    if (id.isEmpty() && !whole) {
        if (snapshot.totalEntities <= 400) {
            whole = true;
        } else {
            Result<QList<LineageEntity>> models = query.newest(EntityKind::Model);
            if (models && !models->isEmpty())
                id = models->first().key;
            else
                whole = true;
        }
    }
    Result<LineageGraph> graph = LineageGraph();
    if (whole || id.isEmpty()) {
        graph = query.wholeGraph(request.limit);
        if (graph && !id.isEmpty()) {
            if (Result<qint64> focus = query.resolve(id, &workspace, workspace.root()); focus)
                graph->focus = *focus;
        }
    } else {
        Result<qint64> focus = query.resolve(id, &workspace, workspace.root());
        if (!focus) {
            snapshot.error = focus.error().message;
            return snapshot;
        }
        graph = query.closure(*focus, request.direction, request.depth, request.limit);
    }
    if (!graph) {
        snapshot.error = graph.error().toString();
        return snapshot;
    }
    snapshot.graph = *graph;
    snapshot.focus = graph->focus;
    if (const LineageEntity *focus = snapshot.graph.entity(snapshot.focus))
        snapshot.focusKey = focus->key;
    snapshot.layout = layoutGraph(LineageScene::layoutInput(snapshot.graph));
    snapshot.loadMs = double(clock.nsecsElapsed()) / 1e6;
    return snapshot;
}

} // namespace mlops
