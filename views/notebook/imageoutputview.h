// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QImage>
#include <QLabel>

namespace mlops {

/**
 * image/png, image/jpeg and image/svg+xml outputs (matplotlib figures): shown at their
 * size, scaled down smoothly when the cell is narrower.
 */
class ImageOutputView : public QLabel
{
    Q_OBJECT

public:
    explicit ImageOutputView(QWidget *parent = nullptr);

    /** Decodes the MIME bundle's best image; false when it holds none that decodes. */
    bool setImage(const QString &mimeType, const QString &data, const QJsonObject &metadata);
    const QImage &image() const { return m_image; }

    /** The image types shown, most preferred first. */
    static QStringList mimeTypes();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rescale();

    QImage m_image;
    QSize m_displaySize;
    QSize m_shownSize;
};

} // namespace mlops
