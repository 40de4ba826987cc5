// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/pipeline/pipelineexecution.h"
#include "views/pipeline/nodegeometry.h"

#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QHash>
#include <QMultiHash>

#include <memory>

class QTimer;

namespace mlops {

class EdgeItem;
class PipelineDocument;
class SceneInteraction;
class StepNodeItem;

/**
 * The canvas's scene: one StepNodeItem per step and one EdgeItem per dependency, kept
 * in step with a PipelineDocument by listening to its change signals (STYLE.md §7; a map
 * from step name to item, as Orange's and QtNodes' scenes do). It never edits the
 * document itself: mouse gestures are SceneInteraction objects that push commands.
 *
 * It also shows a run: each node's status badge (pending, running with the time so far,
 * completed, cached, failed with the reason, skipped), and validation markers on nodes,
 * input ports and edges with the validator's messages.
 */
class PipelineScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit PipelineScene(PipelineDocument *document, QObject *parent = nullptr);
    ~PipelineScene() override;

    PipelineDocument *document() const { return m_document; }
    StepNodeItem *node(const QString &name) const { return m_nodes.value(name); }
    const QHash<QString, StepNodeItem *> &nodes() const { return m_nodes; }
    QList<EdgeItem *> edgeItems() const { return m_edges.values(); }
    EdgeItem *edgeItem(const GraphEdge &edge) const;
    StepNodeItem *nodeAt(const QPointF &scenePos) const;

    QStringList selectedSteps() const;
    QList<GraphEdge> selectedEdges() const;
    void selectSteps(const QStringList &names);
    /** The area every node covers, with a margin. */
    QRectF contentRect() const;
    /**
     * The top left, on the grid, of the free place nearest `centre` for a card of `size`:
     * it overlaps no node, with a margin.
     */
    QPointF freeSpotNear(const QPointF &centre, const QSizeF &size, qreal grid) const;

    /** Whether gestures may edit (the document's graph is editable). */
    bool isEditable() const;

    // Run state shown on the nodes.
    void setStepStatus(const StepEvent &event);
    void setStepStatuses(const QList<StepEvent> &events);
    void clearStatuses();
    bool hasStatuses() const { return !m_status.isEmpty(); }
    /** Stop was asked for: running steps show "Stopping…" until their final status comes. */
    void setStopping(bool stopping);

    /** Re-routes the edges touching these steps (after items moved). */
    void updateEdgesOf(const QStringList &names);
    void showMessage(const QString &message) { emit statusMessage(message); }
    /** Abandons a gesture in progress. */
    void cancelInteraction();

signals:
    void statusMessage(const QString &message);
    void stepActivated(const QString &name);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void syncAll();
    void syncStep(const QString &name);
    void removeStepItem(const QString &name);
    void renameStepItem(const QString &from, const QString &to);
    /** Steps came, went or changed: layout and edges again (once per command). */
    void structureChanged();
    void relayout();
    void rebuildEdges();
    void routeEdge(EdgeItem *edge);
    void applyDiagnostics();
    void applyStatus(const QString &name);
    void tick();
    QPainterPath route(const QPointF &from, const QPointF &to, const QString &fromStep, const QString &toStep) const;
    QString subtitleFor(const QString &name) const;
    /** Nodes whose card intersects `band`, except the two ends of an edge. */
    QRectF obstaclesIn(const QRectF &band, const QString &fromStep, const QString &toStep) const;
    PortRef sourcePortOf(const GraphEdge &edge) const;
    PortRef targetPortOf(const GraphEdge &edge) const;

    PipelineDocument *m_document;
    QHash<QString, StepNodeItem *> m_nodes;
    QHash<QString, EdgeItem *> m_edges;            ///< by EdgeItem::key
    QMultiHash<QString, EdgeItem *> m_edgesOf;     ///< step name → edges touching it
    std::unique_ptr<SceneInteraction> m_interaction;
    QHash<QString, StepEvent> m_status;
    QHash<QString, QElapsedTimer> m_runningSince;
    bool m_stopping = false;
    QTimer *m_tick;
    /** Node cards sorted by top edge, for routing (rebuilt when nodes moved). */
    mutable QList<QPair<QRectF, const StepNodeItem *>> m_cards;
    mutable bool m_cardsStale = true;
    qreal m_tallest = NodeGeometry::kHeight;
    bool m_rebuildPending = false;
    bool m_relayoutPending = false;
};

} // namespace mlops
