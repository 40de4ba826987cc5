// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/notebook/imageoutputview.h"

#include <QJsonObject>
#include <QPainter>
#include <QSvgRenderer>

namespace mlops {

ImageOutputView::ImageOutputView(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("outputImage"));
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
}

QStringList ImageOutputView::mimeTypes()
{
    return {QStringLiteral("image/png"), QStringLiteral("image/jpeg"), QStringLiteral("image/svg+xml")};
}

bool ImageOutputView::setImage(const QString &mimeType, const QString &data, const QJsonObject &metadata)
{
    QImage image;
    if (mimeType == QStringLiteral("image/svg+xml")) {
        QSvgRenderer svg(data.toUtf8());
        if (!svg.isValid())
            return false;
        const QSize size = svg.defaultSize().isValid() ? svg.defaultSize() : QSize(400, 300);
        image = QImage(size * devicePixelRatioF(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        svg.render(&painter);
        painter.end();
        image.setDevicePixelRatio(devicePixelRatioF());
    } else {
        image.loadFromData(QByteArray::fromBase64(data.toLatin1()));
    }
    if (image.isNull())
        return false;
    m_image = image;
    m_shownSize = {};
    // Retina figures say their intended size in the output's metadata.
    const QJsonObject size = metadata.value(mimeType).toObject();
    const int w = size.value(QStringLiteral("width")).toInt();
    const int h = size.value(QStringLiteral("height")).toInt();
    m_displaySize = w > 0 && h > 0 ? QSize(w, h) : image.deviceIndependentSize().toSize();
    rescale();
    return true;
}

void ImageOutputView::rescale()
{
    if (m_image.isNull())
        return;
    QSize target = m_displaySize;
    // Before its first layout the label has a default width; its area's width is what counts.
    const QWidget *area = parentWidget();
    const int available = testAttribute(Qt::WA_Resized) || !area ? width() : area->contentsRect().width();
    if (available <= 50)
        return;
    if (target.width() > available)
        target = target.scaled(available, 100000, Qt::KeepAspectRatio);
    if (target == m_shownSize && !pixmap().isNull())
        return;
    m_shownSize = target;
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap = QPixmap::fromImage(m_image.scaled(target * dpr, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(dpr);
    setPixmap(pixmap);
    setFixedHeight(target.height());
}

void ImageOutputView::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    rescale();
}

} // namespace mlops
