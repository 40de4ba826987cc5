// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// A notebook cell's widget on its own: Markdown cells as Jupyter renders them.

#include "views/notebook/cellwidget.h"

#include <QBuffer>
#include <QDir>
#include <QTemporaryDir>
#include <QImage>
#include <QJsonObject>
#include <QLabel>
#include <QtTest/QtTest>

using namespace mlops;

namespace {
QString redSquarePng()
{
    QImage image(24, 24, QImage::Format_RGB32);
    image.fill(QColor(255, 0, 0));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    // nbformat keeps base64 with line breaks, as Jupyter writes it.
    QByteArray base64 = png.toBase64();
    base64.insert(20, '\n');
    return QString::fromLatin1(base64);
}

int redPixels(QWidget *widget)
{
    const QImage shot = widget->grab().toImage();
    int red = 0;
    for (int y = 0; y < shot.height(); ++y) {
        for (int x = 0; x < shot.width(); ++x) {
            const QColor c = shot.pixelColor(x, y);
            red += c.red() > 200 && c.green() < 60 && c.blue() < 60 ? 1 : 0;
        }
    }
    return red;
}
} // namespace

class TestCellWidget : public QObject
{
    Q_OBJECT

private slots:
    void showsImagesAttachedToAMarkdownCell()
    {
        // An image pasted into a Markdown cell in Jupyter lives in the cell's attachments.
        NotebookCell cell = NotebookCell::make(QStringLiteral("markdown"),
                                               QStringLiteral("# Figure\n\n![the plot](attachment:plot%20one.png)\n"));
        cell.extra.insert(QStringLiteral("attachments"),
                          QJsonObject{{QStringLiteral("plot one.png"),
                                       QJsonObject{{QStringLiteral("image/png"), redSquarePng()}}}});
        CellWidget widget(cell);
        widget.resize(600, 300);
        widget.show();
        widget.setEditing(false);
        QVERIFY(widget.isRendered());
        auto *view = widget.findChild<QLabel *>(QStringLiteral("markdownView"));
        QVERIFY(view);
        QVERIFY(!view->text().contains(QStringLiteral("attachment:")));
        QTRY_VERIFY(redPixels(view) >= 20 * 20);

        // An attachment the cell does not have stays a reference (nothing to show).
        NotebookCell other = NotebookCell::make(QStringLiteral("markdown"), QStringLiteral("![x](attachment:gone.png)"));
        other.extra = cell.extra;
        CellWidget missing(other);
        missing.show();
        missing.setEditing(false);
        QVERIFY(missing.findChild<QLabel *>(QStringLiteral("markdownView"))->text().contains(QStringLiteral("attachment:gone.png")));
    }

    void showsImagesBesideTheNotebook()
    {
        // ![roc](figures/roc.png): as in Jupyter, relative to the notebook's folder, not
        // to wherever the studio was started.
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("notebooks/figures")));
        QImage image(24, 24, QImage::Format_RGB32);
        image.fill(QColor(255, 0, 0));
        QVERIFY(image.save(dir.filePath(QStringLiteral("notebooks/figures/roc curve.png"))));
        CellWidget widget(NotebookCell::make(QStringLiteral("markdown"), QStringLiteral("![roc](figures/roc%20curve.png)")));
        widget.resize(600, 300);
        widget.show();
        widget.setBaseDirectory(dir.filePath(QStringLiteral("notebooks")));
        widget.setEditing(false);
        auto *view = widget.findChild<QLabel *>(QStringLiteral("markdownView"));
        QVERIFY(view);
        QTRY_VERIFY(redPixels(view) >= 20 * 20);
    }
};

QTEST_MAIN(TestCellWidget)
#include "tst_cellwidget.moc"
