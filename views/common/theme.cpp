// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/common/theme.h"

#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QStyleFactory>

namespace mlops {

void applyStudioTheme(QApplication &app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = app.palette();
    p.setColor(QPalette::Window, QColor(0xf5, 0xf6, 0xf8));
    p.setColor(QPalette::WindowText, QColor(0x11, 0x18, 0x27));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf8, 0xfa, 0xfc));
    p.setColor(QPalette::Text, QColor(0x11, 0x18, 0x27));
    p.setColor(QPalette::Button, Qt::white);
    p.setColor(QPalette::ButtonText, QColor(0x11, 0x18, 0x27));
    p.setColor(QPalette::Highlight, QColor(0x25, 0x63, 0xeb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x1f, 0x29, 0x37));
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9c, 0xa3, 0xaf));
    p.setColor(QPalette::Link, QColor(0x1d, 0x4e, 0xd8));
    app.setPalette(p);
    QFile qss(QStringLiteral(":/style/studio.qss"));
    if (qss.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(qss.readAll()));
}

namespace theme {
QColor accent() { return QColor(0x25, 0x63, 0xeb); }
QColor success() { return QColor(0x15, 0x80, 0x3d); }
QColor warning() { return QColor(0xb4, 0x53, 0x09); }
QColor danger() { return QColor(0xb9, 0x1c, 0x1c); }
QColor muted() { return QColor(0x6b, 0x72, 0x80); }

QColor statusColor(const QString &status)
{
    if (status == QStringLiteral("Completed") || status == QStringLiteral("InService")
        || status == QStringLiteral("Approved"))
        return success();
    if (status == QStringLiteral("Running") || status == QStringLiteral("Creating")
        || status == QStringLiteral("Updating"))
        return accent();
    if (status == QStringLiteral("Failed") || status == QStringLiteral("Rejected"))
        return danger();
    if (status == QStringLiteral("Stopped") || status == QStringLiteral("Interrupted")
        || status == QStringLiteral("PendingManualApproval") || status == QStringLiteral("RollingBack"))
        return warning();
    return muted();
}

QColor seriesColor(int index)
{
    // Okabe–Ito, readable for colour-blind users, then darker variants.
    static const QColor colors[] = {
        QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
        QColor(0xd5, 0x5e, 0x00), QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9),
        QColor(0x8c, 0x6d, 0x31), QColor(0x33, 0x33, 0x33), QColor(0xf0, 0xe4, 0x42),
        QColor(0x6a, 0x3d, 0x9a)};
    return colors[index % int(std::size(colors))];
}
QIcon withSelectedVariant(const QIcon &icon, const QSize &size)
{
    QIcon result;
    for (const qreal scale : {1.0, 2.0}) {
        QPixmap normal = icon.pixmap(size, scale);
        result.addPixmap(normal, QIcon::Normal);
        QPixmap white(normal.size());
        white.setDevicePixelRatio(normal.devicePixelRatio());
        white.fill(Qt::transparent);
        QPainter painter(&white);
        painter.drawPixmap(0, 0, normal);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(white.rect(), Qt::white);
        painter.end();
        result.addPixmap(white, QIcon::Selected);
    }
    return result;
}
QString actorHtml(const QString &actor)
{
    const qsizetype open = actor.indexOf(QStringLiteral(" <"));
    if (open < 0)
        return actor.toHtmlEscaped();
    return actor.left(open).toHtmlEscaped()
           + QStringLiteral(" <span style='color:%1'>%2</span>").arg(muted().name(), actor.mid(open + 1).toHtmlEscaped());
}

} // namespace theme

} // namespace mlops
