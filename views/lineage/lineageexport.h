// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QPainter>
#include <QRectF>
#include <QTransform>

#include <memory>

class QGraphicsItem;

namespace mlops {

class LineageScene;

/**
 * One export of the lineage graph to PNG, SVG or Graphviz DOT (by the file's suffix)
 * that leaves the GUI responsive for graphs of any size. A QGraphicsScene may only be
 * drawn on the GUI thread, so PNG and SVG are painted there item by item, in slices of a
 * few milliseconds between which the event loop runs; encoding the PNG, building the DOT
 * text and writing the file (atomically: an existing file stays as it was on failure)
 * happen on a worker thread. Reports progress, can be cancelled while it paints, and
 * fails with an error naming the file — also when the scene is replaced meanwhile.
 */
class LineageExport : public QObject
{
    Q_OBJECT

public:
    enum class Format { Png, Svg, Dot };

    /** PNG, SVG or DOT by the suffix of `path` (PNG for any other). */
    static Format formatOf(const QString &path);

    LineageExport(LineageScene *scene, const QString &path, QObject *parent = nullptr);
    ~LineageExport() override;

    /** Starts the export; progress() and then exactly one of finished() or cancelled() follow. */
    void start();
    /** Stops painting; a file being written is written whole. */
    void cancel();

    QString path() const { return m_path; }
    Format format() const { return m_format; }
    /** True once only the file write is left (it cannot be cancelled). */
    bool isWriting() const { return m_writing; }

    /** Largest side of an exported PNG, in pixels (the picture is scaled down past it). */
    static constexpr int kMaxImageSide = 16000;

signals:
    /** Painting progress, 0 to 100; 100 while the file is written. */
    void progress(int percent);
    /** The export ended: `status` is an error naming the file, or success. */
    void finished(const mlops::Status &status);
    void cancelled();

private:
    void beginPainting(bool paintBackground);
    void paintSlice();
    void paintItem(QGraphicsItem *item);
    void writeSvg();
    void encodeAndWrite();
    void fail(const QString &message);

    LineageScene *m_scene;
    QString m_path;
    Format m_format;
    quint64 m_generation = 0;
    QList<QGraphicsItem *> m_items;   ///< bottom to top
    qsizetype m_next = 0;
    QRectF m_source;
    QTransform m_base;
    QImage m_image;
    struct SvgOutput;
    std::shared_ptr<SvgOutput> m_svg;   ///< shared with the worker that ends the document
    QPainter m_imagePainter;
    QPainter *m_painter = &m_imagePainter;   ///< the image's painter, or the SVG's
    bool m_cancelled = false;
    bool m_writing = false;
    bool m_done = false;
};

} // namespace mlops
