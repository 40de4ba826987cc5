// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "views/pipeline/nodegeometry.h"

#include <QColor>
#include <QGraphicsItem>
#include <QHash>
#include <QIcon>
#include <QString>
#include <QStringList>

namespace mlops {

/**
 * A step on the canvas. Holds the step's name (its id) and what the scene pushes in
 * through setters — never the step itself (STYLE.md §6). Draws a card: the type's
 * colour and icon, the name, a subtitle (runner and image, the condition, the fail
 * message), the run status badge, a problem marker, and the ports with their labels.
 */
class StepNodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 101 };

    explicit StepNodeItem(const QString &name);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const QString &name() const { return m_name; }
    void setName(const QString &name);
    void setStepType(const QString &type);
    void setSubtitle(const QString &subtitle);
    /** A note shown instead of the subtitle: a failure or skip reason. */
    void setNote(const QString &note, const QColor &color);
    void setPorts(const QList<PortSlot> &ports, const QSizeF &size);
    /** Inputs fed from a workspace path (drawn filled, no edge comes in). */
    void setPathInputs(const QStringList &inputs, const QStringList &tooltips);
    void setStatus(const QString &text, const QColor &color);
    void clearStatus();
    /** Problems of the step: shown as a marker with the messages as its tooltip. */
    void setProblems(const QStringList &errors, const QStringList &warnings);
    void setPortProblems(const QHash<QString, QString> &inputProblems);
    void setHighlightedPort(const PortRef &port);
    void setDropTarget(bool target);
    void setDimmed(bool dimmed);

    QSizeF size() const { return m_size; }
    QRectF rect() const { return QRectF(QPointF(0, 0), m_size); }
    QString statusText() const { return m_statusText; }
    QString note() const { return m_note; }
    QString subtitle() const { return m_subtitle; }
    bool hasErrors() const { return !m_errors.isEmpty(); }
    const QStringList &errors() const { return m_errors; }
    const QList<PortSlot> &ports() const { return m_ports; }
    /** The port within a few pixels of `scenePos`, if any. */
    std::optional<PortSlot> portAt(const QPointF &scenePos, qreal tolerance = 9) const;
    QPointF portScenePos(const PortRef &port) const;

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void refreshToolTip(const std::optional<PortSlot> &port);
    void paintPort(QPainter *painter, const PortSlot &slot) const;

    QString m_name;
    QString m_type;
    QIcon m_icon;
    QColor m_color;
    QString m_subtitle;
    QString m_note;
    QColor m_noteColor;
    QList<PortSlot> m_ports;
    QSizeF m_size;
    QStringList m_pathInputs;
    QStringList m_pathTooltips;
    QString m_statusText;
    QColor m_statusColor;
    QStringList m_errors;
    QStringList m_warnings;
    QHash<QString, QString> m_portProblems;
    PortRef m_highlighted;
    bool m_dropTarget = false;
    bool m_dimmed = false;
};

} // namespace mlops
