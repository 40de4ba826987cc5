// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/lineage/lineagegraph.h"
#include "core/workspace/workspace.h"
#include "views/lineage/graphlayout.h"

#include <QString>

namespace mlops {

/** What the Lineage screen asks for. */
struct LineageRequest
{
    QString id;              ///< what to focus: anything LineageQuery::resolve() takes; empty = the default view
    bool whole = false;      ///< the whole workspace (the newest `limit` entities)
    LineageDirection direction = LineageDirection::Both;
    int depth = 0;           ///< 0: any
    int limit = 20000;
    bool focusNewestModel = false;   ///< with no id: focus the newest model, if there is one
};

/** A graph loaded from the store and laid out, ready for the scene. */
struct LineageSnapshot
{
    LineageGraph graph;
    LayoutResult layout;
    qint64 focus = 0;
    QString focusKey;        ///< the focus's entity key, to find it again after a reload
    QString error;
    int totalEntities = 0;
    int runs = 0;
    double loadMs = 0;
};

/**
 * Loads and lays out the lineage a request names: records what the store holds but
 * lineage lacks (LineageRecorder::recordPending), resolves the focus, reads its closure
 * (or the whole graph) and lays it out. Blocking; the screen runs it off the GUI thread.
 * Without an id, small workspaces (up to 400 entities) show whole and larger ones the
 * lineage of their newest model.
 */
LineageSnapshot loadLineageSnapshot(const Workspace &workspace, const LineageRequest &request);

} // namespace mlops
