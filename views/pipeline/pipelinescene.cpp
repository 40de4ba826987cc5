// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/pipelinescene.h"

#include "core/common/duration.h"
#include "core/pipeline/steptype.h"
#include "views/common/theme.h"
#include "views/pipeline/connectinteraction.h"
#include "views/pipeline/edgeitem.h"
#include "views/pipeline/moveinteraction.h"
#include "views/pipeline/pipelinedocument.h"
#include "views/pipeline/rubberbandinteraction.h"
#include "views/pipeline/stepnodeitem.h"
#include "views/pipeline/steptypestyle.h"

#include <QGraphicsSceneMouseEvent>
#include <QLineF>
#include <QSet>
#include <QTimer>

namespace mlops {

namespace {

constexpr qreal kClearance = 14;   // between an edge's detour and the nodes it avoids

QString clock(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    return s >= 3600 ? QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

PipelineScene::PipelineScene(PipelineDocument *document, QObject *parent)
    : QGraphicsScene(parent), m_document(document), m_tick(new QTimer(this))
{
    setItemIndexMethod(BspTreeIndex);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &PipelineScene::tick);

    // Within one command (a paste of many steps, a delete with its unlinking) the layout
    // and the edges are redone once, when the command is done.
    connect(document, &PipelineDocument::stepsAdded, this, [this](const QStringList &names) {
        for (const QString &n : names)
            syncStep(n);
        structureChanged();
    });
    connect(document, &PipelineDocument::stepsRemoved, this, [this](const QStringList &names) {
        for (const QString &n : names)
            removeStepItem(n);
        structureChanged();
    });
    connect(document, &PipelineDocument::stepChanged, this, [this](const QString &name) {
        syncStep(name);
        structureChanged();
    });
    connect(document, &PipelineDocument::stepRenamed, this, &PipelineScene::renameStepItem);
    connect(document, &PipelineDocument::layoutChanged, this, [this] {
        if (m_document->isInBatch())
            m_relayoutPending = true;
        else
            relayout();
    });
    connect(document, &PipelineDocument::batchEnded, this, [this] {
        if (m_rebuildPending) {
            relayout();
            rebuildEdges();
        } else if (m_relayoutPending) {
            relayout();
        }
        m_rebuildPending = false;
        m_relayoutPending = false;
    });
    connect(document, &PipelineDocument::pipelineChanged, this, [this] {
        // Defaults (runner, image) show in the subtitles.
        for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
            it.value()->setSubtitle(subtitleFor(it.key()));
    });
    connect(document, &PipelineDocument::documentReset, this, &PipelineScene::syncAll);
    connect(document, &PipelineDocument::diagnosticsChanged, this, &PipelineScene::applyDiagnostics);
    connect(document, &PipelineDocument::graphEditableChanged, this, [this](bool editable) {
        if (!editable)
            cancelInteraction();
    });
    syncAll();
    applyDiagnostics();
}

PipelineScene::~PipelineScene()
{
    // Items go while this is still a PipelineScene, and without selection signals.
    m_interaction.reset();
    blockSignals(true);
    m_edges.clear();
    m_edgesOf.clear();
    m_nodes.clear();
    clear();
}

EdgeItem *PipelineScene::edgeItem(const GraphEdge &edge) const
{
    return m_edges.value(EdgeItem::key(edge));
}

StepNodeItem *PipelineScene::nodeAt(const QPointF &scenePos) const
{
    // Ports stick out of the card a little: look in a small square, topmost first.
    const QList<QGraphicsItem *> hits = items(QRectF(scenePos - QPointF(6, 6), QSizeF(12, 12)),
                                              Qt::IntersectsItemShape, Qt::DescendingOrder);
    for (QGraphicsItem *item : hits) {
        if (item->type() == StepNodeItem::Type)
            return static_cast<StepNodeItem *>(item);
    }
    return nullptr;
}

QStringList PipelineScene::selectedSteps() const
{
    QStringList names;
    for (const StepSpec &s : m_document->spec().steps) {
        if (StepNodeItem *item = m_nodes.value(s.name); item && item->isSelected())
            names.append(s.name);
    }
    return names;
}

QList<GraphEdge> PipelineScene::selectedEdges() const
{
    QList<GraphEdge> edges;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == EdgeItem::Type)
            edges.append(static_cast<EdgeItem *>(item)->edge());
    }
    return edges;
}

void PipelineScene::selectSteps(const QStringList &names)
{
    QSignalBlocker blocker(this);
    clearSelection();
    for (const QString &n : names) {
        if (StepNodeItem *item = m_nodes.value(n))
            item->setSelected(true);
    }
    blocker.unblock();
    emit selectionChanged();
}

QRectF PipelineScene::contentRect() const
{
    QRectF r;
    for (const StepNodeItem *item : m_nodes)
        r |= item->mapRectToScene(item->rect());
    return r.isNull() ? QRectF(0, 0, 400, 300) : r.adjusted(-24, -24, 24, 24);
}

QPointF PipelineScene::freeSpotNear(const QPointF &centre, const QSizeF &size, qreal grid) const
{
    constexpr qreal kMargin = 24;
    QList<QRectF> taken;
    taken.reserve(m_nodes.size());
    for (const StepNodeItem *item : m_nodes)
        taken.append(item->mapRectToScene(item->rect()).adjusted(-kMargin, -kMargin, kMargin, kMargin));
    const auto snap = [grid](qreal v) { return std::round(v / grid) * grid; };
    const QPointF start(snap(centre.x() - size.width() / 2), snap(centre.y() - size.height() / 2));
    const auto isFree = [&](const QPointF &topLeft) {
        const QRectF card(topLeft, size);
        return std::none_of(taken.cbegin(), taken.cend(), [&card](const QRectF &r) { return r.intersects(card); });
    };
    if (isFree(start))
        return start;
    // Rings of grid places around the centre, nearest first within each ring.
    for (int ring = 1; ring <= 400; ++ring) {
        QList<QPointF> candidates;
        for (int i = -ring; i <= ring; ++i) {
            candidates.append(start + QPointF(i, -ring) * grid);
            candidates.append(start + QPointF(i, ring) * grid);
            if (i != -ring && i != ring) {
                candidates.append(start + QPointF(-ring, i) * grid);
                candidates.append(start + QPointF(ring, i) * grid);
            }
        }
        std::sort(candidates.begin(), candidates.end(), [&start](const QPointF &a, const QPointF &b) {
            return QLineF(start, a).length() < QLineF(start, b).length();
        });
        for (const QPointF &p : std::as_const(candidates)) {
            if (isFree(p))
                return p;
        }
    }
    // Everything near is taken: below all the nodes.
    return QPointF(start.x(), snap(contentRect().bottom() + kMargin));
}

bool PipelineScene::isEditable() const
{
    return m_document->isGraphEditable();
}

// --- Following the document --------------------------------------------------------------

QString PipelineScene::subtitleFor(const QString &name) const
{
    const StepSpec *s = m_document->step(name);
    if (!s)
        return QString();
    const StepType *type = StepTypeRegistry::instance().find(s->type);
    if (!type)
        return s->type.isEmpty() ? tr("no type") : tr("%1 (unknown type)").arg(s->type);
    switch (type->execution()) {
    case StepType::Execution::Condition: return s->when.isEmpty() ? tr("no condition yet") : s->when;
    case StepType::Execution::Fail: return s->message.isEmpty() ? tr("stops the pipeline") : s->message;
    case StepType::Execution::InProcess: {
        const QString summary = type->summary(*s);
        return summary.isEmpty() ? s->type : summary;
    }
    case StepType::Execution::Command: break;
    }
    const StepDefaults &d = m_document->spec().defaults;
    const QString runner = s->runner.value_or(d.runner.value_or(QStringLiteral("process")));
    QString text = runner;
    if (runner == QStringLiteral("docker") || runner == QStringLiteral("podman")) {
        if (!s->build.isEmpty())
            text += QStringLiteral(" · ") + tr("build %1").arg(s->build.context);
        else if (const std::optional<QString> image = s->image ? s->image : d.image)
            text += QStringLiteral(" · ") + *image;
    }
    const QString summary = type->summary(*s);
    if (!summary.isEmpty())
        text += QStringLiteral(" · ") + summary;
    else if (!s->command.isEmpty())
        text += QStringLiteral(" · ") + s->command.mid(0, 3).join(QLatin1Char(' '));
    return text;
}

void PipelineScene::syncStep(const QString &name)
{
    const StepSpec *s = m_document->step(name);
    if (!s)
        return;
    StepNodeItem *item = m_nodes.value(name);
    if (!item) {
        item = new StepNodeItem(name);
        addItem(item);
        m_nodes.insert(name, item);
    }
    item->setStepType(s->type);
    item->setPorts(NodeGeometry::ports(*s), NodeGeometry::size(*s));
    m_tallest = std::max(m_tallest, item->size().height());
    m_cardsStale = true;
    item->setSubtitle(subtitleFor(name));
    QStringList pathInputs;
    QStringList paths;
    for (const InputSpec &in : s->inputs) {
        if (!in.value.contains(QStringLiteral("${"))) {
            pathInputs.append(in.name);
            paths.append(in.value);
        }
    }
    item->setPathInputs(pathInputs, paths);
    applyStatus(name);
}

void PipelineScene::removeStepItem(const QString &name)
{
    cancelInteraction();
    m_cardsStale = true;
    delete m_nodes.take(name);
}

void PipelineScene::renameStepItem(const QString &from, const QString &to)
{
    StepNodeItem *item = m_nodes.take(from);
    if (!item)
        return;
    item->setName(to);
    m_nodes.insert(to, item);
    if (m_status.contains(from))
        m_status.insert(to, m_status.take(from));
}

void PipelineScene::syncAll()
{
    cancelInteraction();
    QSet<QString> names;
    for (const StepSpec &s : m_document->spec().steps) {
        names.insert(s.name);
        syncStep(s.name);
    }
    const QStringList existing = m_nodes.keys();
    for (const QString &n : existing) {
        if (!names.contains(n))
            removeStepItem(n);
    }
    relayout();
    rebuildEdges();
    applyDiagnostics();
}

void PipelineScene::structureChanged()
{
    if (m_document->isInBatch()) {
        m_rebuildPending = true;
        return;
    }
    relayout();
    rebuildEdges();
}

void PipelineScene::relayout()
{
    const QHash<QString, QPointF> positions = m_document->positions();
    QStringList moved;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        const QPointF p = positions.value(it.key());
        if (it.value()->pos() != p) {
            it.value()->setPos(p);
            moved.append(it.key());
            m_cardsStale = true;
        }
    }
    if (!moved.isEmpty())
        updateEdgesOf(moved);
}

PortRef PipelineScene::sourcePortOf(const GraphEdge &e) const
{
    switch (e.kind) {
    case GraphEdge::Kind::Order: return PortRef{e.from, PortRef::Kind::Done, {}};
    case GraphEdge::Kind::Branch:
        return PortRef{e.from, e.fromPort == QStringLiteral("then") ? PortRef::Kind::Then : PortRef::Kind::Else, e.fromPort};
    case GraphEdge::Kind::Data:
    case GraphEdge::Kind::Value: break;
    }
    if (e.fromPort == QStringLiteral("model"))
        return PortRef{e.from, PortRef::Kind::Model, e.fromPort};
    const StepSpec *s = m_document->step(e.from);
    if (s) {
        for (const auto &[name, path] : s->properties) {
            if (name == e.fromPort)
                return PortRef{e.from, PortRef::Kind::Property, e.fromPort};
        }
    }
    return PortRef{e.from, PortRef::Kind::Output, e.fromPort};
}

PortRef PipelineScene::targetPortOf(const GraphEdge &e) const
{
    const StepSpec *target = m_document->step(e.to);
    if ((e.kind == GraphEdge::Kind::Data || e.kind == GraphEdge::Kind::Value) && target && target->input(e.toPort))
        return PortRef{e.to, PortRef::Kind::Input, e.toPort};
    return PortRef{e.to, PortRef::Kind::Trigger, {}};
}

void PipelineScene::rebuildEdges()
{
    m_cardsStale = true;
    QHash<QString, EdgeItem *> old = m_edges;
    m_edges.clear();
    m_edgesOf.clear();
    const PipelineGraph graph = m_document->graph();
    for (const GraphEdge &e : graph.edges()) {
        const QString key = EdgeItem::key(e);
        if (m_edges.contains(key))
            continue;  // the same reference twice in one step draws once
        EdgeItem *item = old.take(key);
        if (!item) {
            item = new EdgeItem(e, m_document->edgeField(e));
            addItem(item);
        }
        m_edges.insert(key, item);
        m_edgesOf.insert(e.from, item);
        m_edgesOf.insert(e.to, item);
        routeEdge(item);
    }
    qDeleteAll(old);
    applyDiagnostics();
}

void PipelineScene::updateEdgesOf(const QStringList &names)
{
    m_cardsStale = true;
    QSet<EdgeItem *> edges;
    for (const QString &n : names) {
        for (auto it = m_edgesOf.constFind(n); it != m_edgesOf.cend() && it.key() == n; ++it)
            edges.insert(it.value());
    }
    // Edges passing by a moved node may need a new detour too; they are few, so route
    // only the edges of moved nodes while dragging and everything on large moves.
    for (EdgeItem *e : std::as_const(edges))
        routeEdge(e);
    if (names.size() > 1 || m_nodes.size() <= 60) {
        for (EdgeItem *e : std::as_const(m_edges)) {
            if (!edges.contains(e))
                routeEdge(e);
        }
    }
}

void PipelineScene::routeEdge(EdgeItem *edge)
{
    const GraphEdge &e = edge->edge();
    StepNodeItem *from = m_nodes.value(e.from);
    StepNodeItem *to = m_nodes.value(e.to);
    if (!from || !to)
        return;
    edge->setRoute(route(from->portScenePos(sourcePortOf(e)), to->portScenePos(targetPortOf(e)), e.from, e.to));
}

QRectF PipelineScene::obstaclesIn(const QRectF &band, const QString &fromStep, const QString &toStep) const
{
    if (m_cardsStale) {
        m_cards.clear();
        m_cards.reserve(m_nodes.size());
        for (const StepNodeItem *node : m_nodes)
            m_cards.append({node->mapRectToScene(node->rect()), node});
        std::sort(m_cards.begin(), m_cards.end(),
                  [](const auto &a, const auto &b) { return a.first.top() < b.first.top(); });
        m_cardsStale = false;
    }
    // Cards that reach into the band start at most one card height above it.
    const auto first = std::lower_bound(m_cards.cbegin(), m_cards.cend(), band.top() - m_tallest,
                                        [](const auto &card, qreal y) { return card.first.top() < y; });
    QRectF blocked;
    for (auto it = first; it != m_cards.cend() && it->first.top() < band.bottom(); ++it) {
        if (it->first.intersects(band) && it->second->name() != fromStep && it->second->name() != toStep)
            blocked |= it->first;
    }
    return blocked;
}

QPainterPath PipelineScene::route(const QPointF &s, const QPointF &d, const QString &fromStep,
                                  const QString &toStep) const
{
    QPainterPath path(s);
    const qreal dy = d.y() - s.y();
    if (dy < 2 * kClearance) {
        // Upwards (a cycle, or a hand-placed node): leave downwards, arrive from above.
        const qreal bend = std::max(60.0, std::abs(dy) * 0.6);
        path.cubicTo(s + QPointF(0, bend), d - QPointF(0, bend), d);
        return path;
    }
    const QRectF corridor(QPointF(std::min(s.x(), d.x()) - 2, s.y() + 4), QPointF(std::max(s.x(), d.x()) + 2, d.y() - 4));
    QRectF blocked = obstaclesIn(corridor, fromStep, toStep);
    if (blocked.isNull()) {
        const qreal k = std::max(24.0, dy * 0.45);
        path.cubicTo(s + QPointF(0, k), d - QPointF(0, k), d);
        return path;
    }
    // Detour through a lane beside the blocking nodes, on the side nearer the ends.
    qreal lane = 0;
    for (int i = 0; i < 6; ++i) {
        blocked = blocked.adjusted(-kClearance, -kClearance, kClearance, kClearance);
        const qreal mid = (s.x() + d.x()) / 2;
        lane = std::abs(blocked.right() - mid) <= std::abs(blocked.left() - mid) ? blocked.right() : blocked.left();
        const QRectF laneBand(lane - 4, blocked.top(), 8, blocked.height());
        const QRectF more = obstaclesIn(laneBand, fromStep, toStep);
        if (more.isNull() || blocked.contains(more))
            break;
        blocked |= more;
    }
    const qreal top = std::max(s.y() + kClearance, blocked.top());
    const qreal bottom = std::min(d.y() - kClearance, blocked.bottom());
    const qreal k1 = std::max(12.0, (top - s.y()) * 0.6);
    const qreal k2 = std::max(12.0, (d.y() - bottom) * 0.6);
    path.cubicTo(s + QPointF(0, k1), QPointF(lane, top - k1), QPointF(lane, top));
    if (bottom > top)
        path.lineTo(lane, bottom);
    path.cubicTo(QPointF(lane, bottom + k2), d - QPointF(0, k2), d);
    return path;
}

void PipelineScene::applyDiagnostics()
{
    QHash<QString, QStringList> errors;
    QHash<QString, QStringList> warnings;
    QHash<QString, QHash<QString, QString>> inputProblems;
    QHash<QString, QString> edgeProblems;   // "step|field" → message
    for (const Diagnostic &d : m_document->currentDiagnostics()) {
        if (d.step.isEmpty())
            continue;
        const QString where = d.line > 0 ? tr("line %1: %2").arg(d.line).arg(d.message) : d.message;
        (d.isError() ? errors : warnings)[d.step].append(where);
        if (d.field.startsWith(QStringLiteral("inputs.")))
            inputProblems[d.step].insert(d.field.mid(7), d.message);
        if (!d.field.isEmpty() && d.isError())
            edgeProblems.insert(d.step + QLatin1Char('|') + d.field, d.message);
    }
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        it.value()->setProblems(errors.value(it.key()), warnings.value(it.key()));
        it.value()->setPortProblems(inputProblems.value(it.key()));
    }
    for (EdgeItem *edge : std::as_const(m_edges)) {
        const GraphEdge &e = edge->edge();
        const QString owner = e.kind == GraphEdge::Kind::Branch ? e.from : e.to;
        const QString field = m_document->edgeField(e);
        edge->setProblem(edgeProblems.value(owner + QLatin1Char('|') + field));
    }
}

// --- Run status ------------------------------------------------------------------------

void PipelineScene::setStepStatus(const StepEvent &event)
{
    m_status.insert(event.step, event);
    if (event.status == RunStatus::Running) {
        QElapsedTimer timer;
        timer.start();
        m_runningSince.insert(event.step, timer);
        if (!m_tick->isActive())
            m_tick->start();
    } else {
        m_runningSince.remove(event.step);
    }
    applyStatus(event.step);
}

void PipelineScene::setStepStatuses(const QList<StepEvent> &events)
{
    clearStatuses();
    for (const StepEvent &e : events)
        setStepStatus(e);
}

void PipelineScene::clearStatuses()
{
    m_status.clear();
    m_runningSince.clear();
    m_tick->stop();
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        it.value()->clearStatus();
        it.value()->setNote(QString(), QColor());
        it.value()->setDimmed(false);
    }
    for (EdgeItem *e : std::as_const(m_edges))
        e->setDimmed(false);
}

void PipelineScene::applyStatus(const QString &name)
{
    StepNodeItem *item = m_nodes.value(name);
    if (!item)
        return;
    const auto it = m_status.constFind(name);
    if (it == m_status.cend()) {
        item->clearStatus();
        item->setNote(QString(), QColor());
        item->setDimmed(false);
        return;
    }
    const StepEvent &e = *it;
    const QColor color = steptypestyle::statusColor(e.status, e.cached);
    QString text = steptypestyle::statusText(e.status, e.cached);
    if (e.status == RunStatus::Running && m_stopping) {
        item->setStatus(tr("Stopping…"), theme::warning());
        item->setNote(QString(), QColor());
        return;
    }
    if (e.status == RunStatus::Running) {
        const qint64 ms = std::max<qint64>(0, e.durationMs) + m_runningSince.value(name).elapsed();
        text += QLatin1Char(' ') + clock(ms);
        if (e.attempt > 1)
            text += QLatin1Char(' ') + tr("(try %1)").arg(e.attempt);
    } else if (!e.cached && e.durationMs >= 0 && (e.status == RunStatus::Completed || e.status == RunStatus::Failed)) {
        text += QStringLiteral(" · ") + formatDuration(e.durationMs);
    }
    item->setStatus(text, color);
    if (e.status == RunStatus::Failed || e.status == RunStatus::Stopped)
        item->setNote(e.reason, theme::danger());
    else if (e.status == RunStatus::Skipped)
        item->setNote(e.reason, theme::muted());
    else
        item->setNote(QString(), QColor());
    item->setDimmed(e.status == RunStatus::Skipped);
    for (auto edges = m_edgesOf.constFind(name); edges != m_edgesOf.cend() && edges.key() == name; ++edges) {
        const GraphEdge &ge = edges.value()->edge();
        const bool skipped = m_status.value(ge.to).status == RunStatus::Skipped && m_status.contains(ge.to);
        edges.value()->setDimmed(skipped);
    }
}

void PipelineScene::setStopping(bool stopping)
{
    if (stopping == m_stopping)
        return;
    m_stopping = stopping;
    for (auto it = m_status.cbegin(); it != m_status.cend(); ++it) {
        if (it->status == RunStatus::Running)
            applyStatus(it.key());
    }
}

void PipelineScene::tick()
{
    if (m_runningSince.isEmpty()) {
        m_tick->stop();
        return;
    }
    for (auto it = m_runningSince.cbegin(); it != m_runningSince.cend(); ++it)
        applyStatus(it.key());
}

// --- Gestures --------------------------------------------------------------------------

void PipelineScene::cancelInteraction()
{
    if (m_interaction) {
        m_interaction->cancel();
        m_interaction.reset();
    }
}

void PipelineScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsScene::mousePressEvent(event);
        return;
    }
    m_document->settleText();   // gestures start on the pipeline of the current text
    cancelInteraction();
    const QPointF pos = event->scenePos();
    const bool extend = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
    StepNodeItem *node = nodeAt(pos);
    if (node && isEditable()) {
        if (const std::optional<PortSlot> port = node->portAt(pos); port && port->port.isSource()) {
            m_interaction = std::make_unique<ConnectInteraction>(this, port->port, node->mapToScene(port->position));
            event->accept();
            return;
        }
    }
    if (node) {
        if (extend) {
            node->setSelected(!node->isSelected());
        } else if (!node->isSelected()) {
            clearSelection();
            node->setSelected(true);
        }
        if (isEditable() && node->isSelected())
            m_interaction = std::make_unique<MoveInteraction>(this, pos);
        event->accept();
        return;
    }
    QGraphicsItem *hit = itemAt(pos, QTransform());
    if (hit && hit->type() == EdgeItem::Type) {
        if (!extend)
            clearSelection();
        hit->setSelected(!extend || !hit->isSelected());
        event->accept();
        return;
    }
    m_interaction = std::make_unique<RubberBandInteraction>(this, pos, extend);
    event->accept();
}

void PipelineScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_interaction && (event->buttons() & Qt::LeftButton)) {
        m_interaction->mouseMove(event);
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void PipelineScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    // Text typed meanwhile that changes the pipeline ends the gesture (syncAll cancels it).
    m_document->settleText();
    if (m_interaction && event->button() == Qt::LeftButton) {
        // The release may change the document, which may end this interaction: take it first.
        std::unique_ptr<SceneInteraction> interaction = std::move(m_interaction);
        interaction->mouseRelease(event);
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
}

void PipelineScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (StepNodeItem *node = nodeAt(event->scenePos())) {
        emit stepActivated(node->name());
        event->accept();
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

} // namespace mlops
