// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QTextBrowser>

namespace mlops {

/**
 * text/html and text/markdown outputs, such as pandas' DataFrame tables, rendered with
 * Qt's rich text: tables keep their natural width (and scroll sideways when wide),
 * scripts and remote resources are never run or fetched. Sized to its content.
 */
class RichOutputView : public QTextBrowser
{
    Q_OBJECT

public:
    enum class Format { Html, Markdown };

    explicit RichOutputView(QWidget *parent = nullptr);

    void setContent(const QString &text, Format format);

    /** HTML without <script> and <style> blocks (Qt would show their text). */
    static QString sanitizedHtml(const QString &html);

    /**
     * Table cells shown at most: Qt lays a table out in one go on the GUI thread, and a
     * DataFrame printed whole (20,000 rows) took it half a minute. Rows past this many
     * cells are left out of the view, with a note; the output keeps them all.
     */
    static constexpr int kMaxTableCells = 2500;
    /**
     * The HTML with table rows past kMaxTableCells left out; `shownRows` and `totalRows`
     * count the rows of data (those with <td> cells, not the header).
     */
    static QString limitedTables(const QString &html, int *shownRows = nullptr, int *totalRows = nullptr);

    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void updateHeight();
};

} // namespace mlops
