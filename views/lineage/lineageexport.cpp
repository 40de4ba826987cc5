// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/lineage/lineageexport.h"

#include "core/common/fileutil.h"
#include "core/lineage/lineagedot.h"
#include "views/common/async.h"
#include "views/lineage/lineagescene.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QStyleOptionGraphicsItem>
#include <QSvgGenerator>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <utility>

namespace mlops {

struct LineageExport::SvgOutput
{
    QBuffer buffer;
    QSvgGenerator generator;
    QPainter painter;
    ~SvgOutput()
    {
        if (painter.isActive())
            painter.end();
    }
};

namespace {
/** Painting time per slice: short enough that input and repaints stay smooth. */
constexpr int kSliceMs = 25;
} // namespace

LineageExport::Format LineageExport::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("svg"))
        return Format::Svg;
    if (suffix == QStringLiteral("dot") || suffix == QStringLiteral("gv"))
        return Format::Dot;
    return Format::Png;
}

LineageExport::LineageExport(LineageScene *scene, const QString &path, QObject *parent)
    : QObject(parent), m_scene(scene), m_path(path), m_format(formatOf(path))
{
}

LineageExport::~LineageExport()
{
    if (m_painter->isActive())
        m_painter->end();
}

void LineageExport::start()
{
    m_generation = m_scene->generation();
    if (m_format == Format::Dot) {
        // The graph is a value: the worker builds the text from its own copy.
        m_writing = true;
        emit progress(100);
        const LineageGraph graph = m_scene->graph();
        const QString path = m_path;
        runAsync(this, [graph, path]() -> Status { return writeFileAtomically(path, lineageToDot(graph).toUtf8()); },
                 [this](const Status &written) {
                     m_done = true;
                     emit finished(written);
                 });
        return;
    }

    m_source = m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    if (m_format == Format::Png) {
        const double scale = std::min(2.0, double(kMaxImageSide) / std::max(m_source.width(), m_source.height()));
        m_base = QTransform::fromScale(scale, scale).translate(-m_source.left(), -m_source.top());
        // A picture of the largest size is hundreds of megabytes: it is made and filled
        // with the background on a worker, the items are painted on it afterwards.
        const QSize size = (m_source.size() * scale).toSize();
        const QBrush background = m_scene->backgroundBrush();
        const QColor fill = background.style() == Qt::SolidPattern ? background.color() : QColor(Qt::white);
        emit progress(0);
        // Handed over in a holder, not as the future's result: a copy kept by the future
        // would make the painter detach (copy) the whole picture on the GUI thread.
        auto holder = std::make_shared<QImage>();
        runAsync(this,
                 [holder, size, fill] {
                     QImage image(size, QImage::Format_ARGB32_Premultiplied);
                     if (image.isNull())
                         return false;
                     image.fill(fill);
                     *holder = std::move(image);
                     return true;
                 },
                 [this, holder, size](bool made) {
                     if (m_cancelled || m_done)
                         return;
                     if (!made) {
                         fail(tr("not enough memory for a %1 × %2 picture").arg(size.width()).arg(size.height()));
                         return;
                     }
                     m_image = std::exchange(*holder, QImage());
                     m_painter->begin(&m_image);
                     beginPainting(m_scene->backgroundBrush().style() != Qt::SolidPattern);
                 });
        return;
    }
    m_svg = std::make_shared<SvgOutput>();
    m_svg->buffer.open(QIODevice::WriteOnly);
    m_svg->generator.setOutputDevice(&m_svg->buffer);
    m_svg->generator.setTitle(tr("Lineage"));
    m_svg->generator.setSize(m_source.size().toSize());
    m_svg->generator.setViewBox(QRectF(QPointF(0, 0), m_source.size()));
    m_base = QTransform::fromTranslate(-m_source.left(), -m_source.top());
    m_painter = &m_svg->painter;
    m_painter->begin(&m_svg->generator);
    if (m_painter->isActive())
        m_painter->fillRect(QRectF(QPointF(0, 0), m_source.size()), Qt::white);
    emit progress(0);
    beginPainting(true);
}

void LineageExport::beginPainting(bool paintBackground)
{
    if (m_scene->generation() != m_generation) {
        fail(tr("the graph was replaced while it was exported; export it again"));
        return;
    }
    if (!m_painter->isActive()) {
        fail(tr("cannot draw the graph as %1").arg(m_format == Format::Png ? QStringLiteral("PNG") : QStringLiteral("SVG")));
        return;
    }
    m_painter->setRenderHint(QPainter::Antialiasing);
    m_painter->setRenderHint(QPainter::TextAntialiasing);
    m_painter->setTransform(m_base);
    if (paintBackground)
        m_painter->fillRect(m_source, m_scene->backgroundBrush());
    m_items = m_scene->items(Qt::AscendingOrder);
    QTimer::singleShot(0, this, &LineageExport::paintSlice);
}

void LineageExport::cancel()
{
    if (m_writing || m_done || m_cancelled)
        return;
    m_cancelled = true;
    if (m_painter->isActive())
        m_painter->end();
    m_done = true;
    emit cancelled();
}

void LineageExport::paintSlice()
{
    if (m_cancelled || m_done)
        return;
    if (m_scene->generation() != m_generation) {
        fail(tr("the graph was replaced while it was exported; export it again"));
        return;
    }
    QElapsedTimer clock;
    clock.start();
    while (m_next < m_items.size() && clock.elapsed() < kSliceMs)
        paintItem(m_items.at(m_next++));
    if (m_next < m_items.size()) {
        emit progress(int(m_next * 100 / m_items.size()));
        QTimer::singleShot(0, this, &LineageExport::paintSlice);
        return;
    }
    m_writing = true;
    emit progress(100);
    if (m_format == Format::Png) {
        m_painter->end();
        encodeAndWrite();
    } else {
        writeSvg();
    }
}

void LineageExport::paintItem(QGraphicsItem *item)
{
    // As QGraphicsScene::render() draws an item, for one item at a time.
    if (!item->isVisible() || item->effectiveOpacity() <= 0)
        return;
    m_painter->save();
    m_painter->setTransform(item->sceneTransform() * m_base);
    m_painter->setOpacity(item->effectiveOpacity());
    QStyleOptionGraphicsItem option;
    option.state = QStyle::State_None;
    if (item->isEnabled())
        option.state |= QStyle::State_Enabled;
    if (item->isSelected())
        option.state |= QStyle::State_Selected;
    option.rect = item->boundingRect().toAlignedRect();
    option.exposedRect = item->boundingRect();
    item->paint(m_painter, &option, nullptr);
    m_painter->restore();
}

void LineageExport::encodeAndWrite()
{
    const QImage image = std::exchange(m_image, QImage());
    const QString path = m_path;
    runAsync(this,
             [image, path]() -> Status {
                 QByteArray bytes;
                 QBuffer buffer(&bytes);
                 buffer.open(QIODevice::WriteOnly);
                 if (!image.save(&buffer, "PNG") || bytes.isEmpty())
                     return Error{LineageExport::tr("cannot encode the graph as PNG"), path};
                 return writeFileAtomically(path, bytes);
             },
             [this](const Status &written) {
                 m_done = true;
                 emit finished(written);
             });
}

void LineageExport::writeSvg()
{
    // Ending the painter writes the whole document out (tens of megabytes for a large
    // graph): that happens on the worker, which takes the painter, generator and buffer.
    std::shared_ptr<SvgOutput> svg = std::exchange(m_svg, nullptr);
    m_painter = &m_imagePainter;
    const QString path = m_path;
    runAsync(this,
             [svg, path]() -> Status {
                 svg->painter.end();
                 if (svg->buffer.data().isEmpty())
                     return Error{LineageExport::tr("cannot draw the graph as SVG"), path};
                 return writeFileAtomically(path, svg->buffer.data());
             },
             [this](const Status &written) {
                 m_done = true;
                 emit finished(written);
             });
}

void LineageExport::fail(const QString &message)
{
    if (m_painter->isActive())
        m_painter->end();
    m_done = true;
    emit finished(Error{message, m_path});
}

} // namespace mlops
