// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QStyledItemDelegate>

namespace mlops {

/**
 * Paints a status (Completed, Failed, Running…) as a small coloured pill, the colour
 * from theme::statusColor. The status name comes from `statusRole`, the label from
 * the display role (translated).
 */
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit StatusBadgeDelegate(int statusRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /** The width of a column whose pills show any of `labels` in full, for a view in `font`. */
    static int columnWidth(const QStringList &labels, const QFont &font);

private:
    int m_statusRole;
};

} // namespace mlops
