// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/lineage/lineagelegend.h"

#include "core/lineage/lineagestyle.h"
#include "views/lineage/lineagenodeitem.h"
#include "views/lineage/lineagepalette.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace mlops {

QIcon LineageLegend::kindIcon(EntityKind kind)
{
    const LineageKindStyle style = lineageKindStyle(kind);
    QIcon icon;
    for (const qreal scale : {1.0, 2.0}) {
        QPixmap pixmap(QSize(30, 18) * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF rect(1.5, 1.5, 27, 15);
        painter.setPen(QPen(QColor(style.stroke), 1.2));
        painter.setBrush(QColor(style.fill));
        painter.drawPath(LineageNodeItem::outline(style.shape, rect));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(LineageNodeItem::decoration(style.shape, rect));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

LineageLegend::LineageLegend(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("lineageLegend"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(2);
    int i = 0;
    const int columns = 7;
    auto add = [&](const QIcon &icon, const QString &text) {
        auto *cell = new QWidget(this);
        auto *row = new QHBoxLayout(cell);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(5);
        auto *picture = new QLabel(cell);
        picture->setPixmap(icon.pixmap(QSize(30, 18)));
        auto *label = new QLabel(text, cell);
        label->setProperty("role", QStringLiteral("muted"));
        row->addWidget(picture);
        row->addWidget(label);
        row->addStretch(1);
        grid->addWidget(cell, i / columns, i % columns);
        ++i;
    };
    for (EntityKind kind : allEntityKinds())
        add(kindIcon(kind), entityKindDisplayName(kind));
    auto swatch = [](const QColor &colour) {
        QPixmap pixmap(QSize(30, 18));
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(colour, 2.4));
        painter.drawLine(QPointF(2, 9), QPointF(26, 9));
        painter.setBrush(colour);
        painter.setPen(Qt::NoPen);
        painter.drawPolygon(QPolygonF({QPointF(28, 9), QPointF(22, 5), QPointF(22, 13)}));
        painter.end();
        return QIcon(pixmap);
    };
    add(swatch(lineagepalette::upstream()), tr("upstream of the focus"));
    add(swatch(lineagepalette::downstream()), tr("downstream of the focus"));
}

} // namespace mlops
