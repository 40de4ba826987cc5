// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/common/statusbadgedelegate.h"

#include "views/common/theme.h"

#include <QApplication>
#include <QPainter>

namespace mlops {

namespace {

QFont pillFont(const QFont &viewFont)
{
    QFont font = viewFont;
    font.setPointSizeF(font.pointSizeF() * 0.92);
    font.setWeight(QFont::DemiBold);
    return font;
}

int dotSizeFor(const QFontMetrics &metrics, int rowHeight)
{
    return std::max(4, std::min(rowHeight - 2, metrics.height() + 4) / 3);
}

} // namespace

StatusBadgeDelegate::StatusBadgeDelegate(int statusRole, QObject *parent)
    : QStyledItemDelegate(parent), m_statusRole(statusRole)
{
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QString status = index.data(m_statusRole).toString();
    const QString label = index.data(Qt::DisplayRole).toString();
    if (status.isEmpty() || label.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's selection background first, then the pill on top.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QColor color = theme::statusColor(status);
    const QFont font = pillFont(option.font);
    const QFontMetrics metrics(font);
    const int height = std::min(option.rect.height() - 2, metrics.height() + 4);
    const int dotSize = dotSizeFor(metrics, option.rect.height());
    const int width = std::min(option.rect.width() - 8, metrics.horizontalAdvance(label) + dotSize + 22);
    const QRect pill(option.rect.left() + 4, option.rect.center().y() - height / 2 + 1, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = color;
    fill.setAlpha(34);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setBrush(color);
    const int dot = dotSize;
    painter->drawEllipse(QRect(pill.left() + 6, pill.center().y() - dot / 2 + 1, dot, dot));
    painter->setFont(font);
    painter->setPen(color.darker(115));
    painter->drawText(pill.adjusted(dot + 9, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      metrics.elidedText(label, Qt::ElideRight, pill.width() - dot - 13));
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + 30);
    // Room above and below the pill, so pills of adjacent rows do not touch.
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 8));
    return size;
}

int StatusBadgeDelegate::columnWidth(const QStringList &labels, const QFont &font)
{
    const QFontMetrics metrics(pillFont(font));
    int widest = 0;
    for (const QString &label : labels)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    // The pill (text, dot and padding as paint() draws it), its margins and the cell's own.
    return widest + dotSizeFor(metrics, metrics.height() + 8) + 22 + 8 + 6;
}

} // namespace mlops
