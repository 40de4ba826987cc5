// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/stepnodeitem.h"

#include "views/common/theme.h"
#include "views/pipeline/steptypestyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::StepNodeItem)
};

constexpr qreal kRadius = 8;
constexpr qreal kPortRadius = 5;
constexpr qreal kMargin = 10;   // room outside the card for ports and the marker

QColor portColor(PortRef::Kind kind)
{
    switch (kind) {
    case PortRef::Kind::Then: return QColor(0x15, 0x80, 0x3d);
    case PortRef::Kind::Else: return QColor(0xb9, 0x1c, 0x1c);
    case PortRef::Kind::Property: return QColor(0xb4, 0x53, 0x09);
    case PortRef::Kind::Model: return QColor(0x7c, 0x3a, 0xed);
    case PortRef::Kind::Trigger:
    case PortRef::Kind::Done: return QColor(0x6b, 0x72, 0x80);
    case PortRef::Kind::Input:
    case PortRef::Kind::Output: break;
    }
    return QColor(0x37, 0x41, 0x51);
}

QString kindText(PortRef::Kind kind)
{
    switch (kind) {
    case PortRef::Kind::Trigger: return Text::tr("Drop a connection here to make this step run after another");
    case PortRef::Kind::Done: return Text::tr("Drag to a step that should run after this one (depends_on)");
    case PortRef::Kind::Input: return Text::tr("Input");
    case PortRef::Kind::Output: return Text::tr("Output (drag to a step to feed it)");
    case PortRef::Kind::Model: return Text::tr("The trained model (drag to a step to feed it)");
    case PortRef::Kind::Property: return Text::tr("Property: a value from a JSON file the step writes");
    case PortRef::Kind::Then: return Text::tr("Steps that run when the condition is true");
    case PortRef::Kind::Else: return Text::tr("Steps that run when the condition is false");
    }
    return QString();
}

} // namespace

StepNodeItem::StepNodeItem(const QString &name) : m_name(name), m_size(NodeGeometry::kMinWidth, NodeGeometry::kHeight)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setCacheMode(DeviceCoordinateCache);
    setZValue(1);
}

QRectF StepNodeItem::boundingRect() const
{
    return rect().adjusted(-kMargin, -kMargin, kMargin, kMargin);
}

QPainterPath StepNodeItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(rect().adjusted(-kPortRadius, -kPortRadius, kPortRadius, kPortRadius), kRadius, kRadius);
    return path;
}

void StepNodeItem::setName(const QString &name)
{
    if (name == m_name)
        return;
    m_name = name;
    update();
}

void StepNodeItem::setStepType(const QString &type)
{
    if (type == m_type)
        return;
    m_type = type;
    m_icon = steptypestyle::icon(type);
    m_color = steptypestyle::color(type);
    update();
}

void StepNodeItem::setSubtitle(const QString &subtitle)
{
    if (subtitle == m_subtitle)
        return;
    m_subtitle = subtitle;
    update();
}

void StepNodeItem::setNote(const QString &note, const QColor &color)
{
    if (note == m_note && color == m_noteColor)
        return;
    m_note = note;
    m_noteColor = color;
    refreshToolTip(std::nullopt);
    update();
}

void StepNodeItem::setPorts(const QList<PortSlot> &ports, const QSizeF &size)
{
    bool same = ports.size() == m_ports.size() && size == m_size;
    for (qsizetype i = 0; same && i < ports.size(); ++i)
        same = ports.at(i).port == m_ports.at(i).port && ports.at(i).position == m_ports.at(i).position;
    if (same)
        return;
    prepareGeometryChange();
    m_ports = ports;
    m_size = size;
    update();
}

void StepNodeItem::setPathInputs(const QStringList &inputs, const QStringList &tooltips)
{
    if (inputs == m_pathInputs && tooltips == m_pathTooltips)
        return;
    m_pathInputs = inputs;
    m_pathTooltips = tooltips;
    update();
}

void StepNodeItem::setStatus(const QString &text, const QColor &color)
{
    if (text == m_statusText && color == m_statusColor)
        return;
    m_statusText = text;
    m_statusColor = color;
    update();
}

void StepNodeItem::clearStatus()
{
    setStatus(QString(), QColor());
}

void StepNodeItem::setProblems(const QStringList &errors, const QStringList &warnings)
{
    if (errors == m_errors && warnings == m_warnings)
        return;
    m_errors = errors;
    m_warnings = warnings;
    refreshToolTip(std::nullopt);
    update();
}

void StepNodeItem::setPortProblems(const QHash<QString, QString> &inputProblems)
{
    if (inputProblems == m_portProblems)
        return;
    m_portProblems = inputProblems;
    update();
}

void StepNodeItem::setHighlightedPort(const PortRef &port)
{
    if (port == m_highlighted)
        return;
    m_highlighted = port;
    update();
}

void StepNodeItem::setDropTarget(bool target)
{
    if (target == m_dropTarget)
        return;
    m_dropTarget = target;
    update();
}

void StepNodeItem::setDimmed(bool dimmed)
{
    if (dimmed == m_dimmed)
        return;
    m_dimmed = dimmed;
    update();
}

std::optional<PortSlot> StepNodeItem::portAt(const QPointF &scenePos, qreal tolerance) const
{
    const QPointF local = mapFromScene(scenePos);
    std::optional<PortSlot> best;
    qreal bestDistance = tolerance;
    for (const PortSlot &slot : m_ports) {
        const qreal d = QLineF(local, slot.position).length();
        if (d <= bestDistance) {
            bestDistance = d;
            best = slot;
        }
    }
    return best;
}

QPointF StepNodeItem::portScenePos(const PortRef &port) const
{
    for (const PortSlot &slot : m_ports) {
        if (slot.port.kind == port.kind && slot.port.name == port.name)
            return mapToScene(slot.position);
    }
    // A port that is not there (a reference to an output the step does not declare):
    // the middle of the edge it would be on.
    return mapToScene(port.isSource() ? QPointF(m_size.width() / 2, m_size.height()) : QPointF(NodeGeometry::kAnchorX, 0));
}

void StepNodeItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const std::optional<PortSlot> port = portAt(event->scenePos());
    setHighlightedPort(port ? port->port : PortRef());
    refreshToolTip(port);
}

void StepNodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    Q_UNUSED(event);
    setHighlightedPort(PortRef());
}

void StepNodeItem::refreshToolTip(const std::optional<PortSlot> &port)
{
    QStringList lines;
    if (port) {
        lines.append(port->label.isEmpty() ? kindText(port->port.kind)
                                           : QStringLiteral("<b>%1</b> — %2")
                                                 .arg(port->label.toHtmlEscaped(), kindText(port->port.kind)));
        const qsizetype path = m_pathInputs.indexOf(port->port.name);
        if (port->port.kind == PortRef::Kind::Input && path >= 0)
            lines.append(Text::tr("Reads %1").arg(m_pathTooltips.value(path).toHtmlEscaped()));
        if (port->port.kind == PortRef::Kind::Input && m_portProblems.contains(port->port.name))
            lines.append(QStringLiteral("<span style='color:#fca5a5'>%1</span>")
                             .arg(m_portProblems.value(port->port.name).toHtmlEscaped()));
    } else {
        lines.append(QStringLiteral("<b>%1</b> · %2").arg(m_name.toHtmlEscaped(), m_type.toHtmlEscaped()));
        lines.append(m_subtitle.toHtmlEscaped());
        if (!m_statusText.isEmpty())
            lines.append(m_statusText.toHtmlEscaped());
        if (!m_note.isEmpty())
            lines.append(m_note.toHtmlEscaped());
        for (const QString &e : m_errors)
            lines.append(QStringLiteral("<span style='color:#fca5a5'>✗ %1</span>").arg(e.toHtmlEscaped()));
        for (const QString &w : m_warnings)
            lines.append(QStringLiteral("<span style='color:#fcd34d'>⚠ %1</span>").arg(w.toHtmlEscaped()));
    }
    setToolTip(lines.join(QStringLiteral("<br>")));
}

void StepNodeItem::paintPort(QPainter *painter, const PortSlot &slot) const
{
    const QColor color = portColor(slot.port.kind);
    const bool problem = slot.port.kind == PortRef::Kind::Input && m_portProblems.contains(slot.port.name);
    const bool hot = slot.port == m_highlighted;
    const qreal r = hot ? kPortRadius + 1.5 : kPortRadius;
    painter->setPen(QPen(problem ? theme::danger() : color, 1.6));
    const bool filled = slot.port.kind == PortRef::Kind::Input && m_pathInputs.contains(slot.port.name);
    painter->setBrush(hot ? color.lighter(170) : (filled ? QColor(0xd1, 0xd5, 0xdb) : QColor(Qt::white)));
    const QPointF c = slot.position;
    switch (slot.port.kind) {
    case PortRef::Kind::Trigger:
    case PortRef::Kind::Done: {
        const QPolygonF diamond{c + QPointF(0, -r), c + QPointF(r, 0), c + QPointF(0, r), c + QPointF(-r, 0)};
        painter->drawPolygon(diamond);
        break;
    }
    case PortRef::Kind::Property:
        painter->drawRect(QRectF(c - QPointF(r - 1, r - 1), QSizeF(2 * r - 2, 2 * r - 2)));
        break;
    default: painter->drawEllipse(c, r, r);
    }
}

void StepNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget);
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF r = rect();
    const bool selected = option->state & QStyle::State_Selected;
    // A step that did not run (skipped) is faded, but its name and the note saying why
    // stay readable.
    const qreal fade = m_dimmed ? 0.45 : 1.0;
    painter->setOpacity(fade);

    // Card with a soft shadow and the type's colour at the left edge.
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(15, 23, 42, 18));
    painter->drawRoundedRect(r.translated(0, 2), kRadius, kRadius);
    QPen border(QColor(0xcb, 0xd2, 0xdc), 1);
    if (!m_errors.isEmpty())
        border = QPen(theme::danger(), 1.6);
    if (m_dropTarget)
        border = QPen(theme::success(), 2.2);
    if (selected)
        border = QPen(theme::accent(), 2.2);
    if (m_dimmed && !selected)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(Qt::white);
    painter->setOpacity(1.0);
    painter->drawRoundedRect(r, kRadius, kRadius);
    painter->setOpacity(fade);
    QPainterPath bar;
    bar.addRoundedRect(QRectF(r.left() + 1, r.top() + 1, 10, r.height() - 2), kRadius - 1, kRadius - 1);
    QPainterPath clip;
    clip.addRect(QRectF(r.left(), r.top(), 5, r.height()));
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_color);
    painter->drawPath(bar.intersected(clip));

    QFont base = painter->font();
    QFont small = base;
    small.setPointSizeF(std::max(6.5, base.pointSizeF() * 0.82));
    QFont bold = base;
    bold.setBold(true);

    // Status badge (right of the header row).
    qreal nameRight = r.right() - 12;
    if (!m_statusText.isEmpty()) {
        painter->setOpacity(1.0);
        painter->setFont(small);
        const QFontMetricsF fm(small);
        const qreal w = fm.horizontalAdvance(m_statusText) + 16;
        const QRectF badge(r.right() - 10 - w, 27, w, 19);
        QColor fill = m_statusColor;
        fill.setAlpha(30);
        painter->setBrush(fill);
        painter->setPen(QPen(m_statusColor, 1));
        painter->drawRoundedRect(badge, 9.5, 9.5);
        painter->setPen(m_statusColor.darker(115));
        painter->drawText(badge, Qt::AlignCenter, m_statusText);
        nameRight = badge.left() - 6;
        painter->setOpacity(fade);
    }

    // Icon, name and subtitle.
    m_icon.paint(painter, QRect(14, 27, 20, 20));
    painter->setFont(bold);
    painter->setOpacity(1.0);
    painter->setPen(m_dimmed ? QColor(0x4b, 0x55, 0x63) : QColor(0x11, 0x18, 0x27));
    const QFontMetricsF boldMetrics(bold);
    const QRectF nameRect(42, 25, std::max(20.0, nameRight - 42), 22);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(m_name, Qt::ElideRight, nameRect.width()));
    painter->setFont(small);
    painter->setPen(m_note.isEmpty() ? QColor(0x4b, 0x55, 0x63) : m_noteColor);
    const QFontMetricsF smallMetrics(small);
    const QRectF subRect(42, 47, r.width() - 54, 16);
    painter->drawText(subRect, Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(m_note.isEmpty() ? m_subtitle : m_note, Qt::ElideRight, subRect.width()));
    painter->setOpacity(fade);

    // Port labels inside the card, ports on its edges.
    painter->setPen(QColor(0x37, 0x41, 0x51));
    for (const PortSlot &slot : m_ports) {
        if (slot.label.isEmpty())
            continue;
        const qreal width = NodeGeometry::kPortSpacing - 6;
        const QRectF label(slot.position.x() - width / 2, slot.top ? 7 : r.height() - 22, width, 15);
        const bool problem = slot.port.kind == PortRef::Kind::Input && m_portProblems.contains(slot.port.name);
        painter->setPen(problem ? theme::danger() : portColor(slot.port.kind).darker(110));
        painter->drawText(label, Qt::AlignCenter, smallMetrics.elidedText(slot.label, Qt::ElideMiddle, width));
    }
    for (const PortSlot &slot : m_ports)
        paintPort(painter, slot);

    // Problem marker at the top-right corner.
    if (!m_errors.isEmpty() || !m_warnings.isEmpty()) {
        const QColor c = m_errors.isEmpty() ? theme::warning() : theme::danger();
        const QRectF dot(r.right() - 9, -7, 16, 16);
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(c);
        painter->drawEllipse(dot);
        QFont mark = bold;
        mark.setPointSizeF(small.pointSizeF());
        painter->setFont(mark);
        painter->setPen(Qt::white);
        painter->drawText(dot, Qt::AlignCenter, QStringLiteral("!"));
    }
}

} // namespace mlops
