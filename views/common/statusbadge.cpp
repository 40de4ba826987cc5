// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/common/statusbadge.h"

#include "views/common/theme.h"

#include <QPainter>
#include <QPixmap>

namespace mlops {

StatusBadge::StatusBadge(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("statusBadge"));
    setAlignment(Qt::AlignCenter);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
}

void StatusBadge::setStatus(const QString &status, const QString &text)
{
    m_status = status;
    const QColor c = theme::statusColor(status);
    QColor background = c;
    background.setAlpha(28);
    setStyleSheet(QStringLiteral("QLabel { color: %1; background: rgba(%2, %3, %4, %5); border: 1px solid %1;"
                                 " border-radius: 10px; padding: 2px 10px; font-weight: 600; }")
                      .arg(c.name())
                      .arg(background.red())
                      .arg(background.green())
                      .arg(background.blue())
                      .arg(background.alpha()));
    setText(text);
}

void StatusBadge::setChip(const QString &text)
{
    m_status.clear();
    setStyleSheet(QStringLiteral("QLabel { color: #1d4ed8; background: #eff6ff; border: 1px solid #bfdbfe;"
                                 " border-radius: 10px; padding: 2px 10px; }"));
    setText(text);
}

QIcon StatusBadge::dotIcon(const QString &status)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(theme::statusColor(status));
    p.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}

} // namespace mlops
