// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/notebook/richoutputview.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <algorithm>
#include <QRegularExpression>
#include <QScrollBar>

namespace mlops {

namespace {
constexpr int kMaxHeight = 460;

const QString kTableStyle = QStringLiteral(
    "table { border-collapse: collapse; margin: 2px 0; }"
    "th { background-color: #f1f3f6; font-weight: 600; text-align: right; padding: 3px 10px;"
    "     border-bottom: 1px solid #cbd2dc; color: #374151; }"
    "td { padding: 3px 10px; text-align: right; border-bottom: 1px solid #eef0f3; }"
    "code, pre { font-family: monospace; }");
} // namespace

RichOutputView::RichOutputView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("outputRich"));
    setFrameShape(QFrame::NoFrame);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setLineWrapMode(QTextEdit::NoWrap);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    document()->setDefaultStyleSheet(kTableStyle);
    document()->setDocumentMargin(4);
}

QString RichOutputView::sanitizedHtml(const QString &html)
{
    static const QRegularExpression blocks(QStringLiteral("<(script|style)\\b[^>]*>.*?</\\1\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::DotMatchesEverythingOption);
    QString out = html;
    out.remove(blocks);
    // pandas writes border="1"; the style sheet draws lighter rules instead.
    out.replace(QStringLiteral("border=\"1\""), QStringLiteral("border=\"0\" cellspacing=\"0\""));
    return out;
}

QString RichOutputView::limitedTables(const QString &html, int *shownRows, int *totalRows)
{
    static const QRegularExpression row(QStringLiteral("<tr\\b.*?</tr\\s*>"),
                                        QRegularExpression::CaseInsensitiveOption
                                            | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression cell(QStringLiteral("<t[dh]\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dataCell(QStringLiteral("<td\\b"), QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype copied = 0;
    int cells = 0;
    int rows = 0;
    int shown = 0;   // rows of data (with <td> cells), as the note counts them
    int total = 0;
    for (QRegularExpressionMatchIterator it = row.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const bool data = m.captured().contains(dataCell);
        total += data ? 1 : 0;
        const int rowCells = int(std::max<qsizetype>(1, m.captured().count(cell)));
        // The header and the first row always show; then as many rows as the budget allows.
        if (rows < 2 || cells + rowCells <= kMaxTableCells) {
            cells += rowCells;
            ++rows;
            shown += data ? 1 : 0;
            continue;
        }
        out += QStringView(html).mid(copied, m.capturedStart() - copied);
        copied = m.capturedEnd();
    }
    if (shownRows)
        *shownRows = shown;
    if (totalRows)
        *totalRows = total;
    if (copied == 0)
        return html;
    out += QStringView(html).mid(copied);
    return out;
}

void RichOutputView::setContent(const QString &text, Format format)
{
    if (format == Format::Markdown) {
        setLineWrapMode(QTextEdit::WidgetWidth);
        setMarkdown(text);
    } else {
        int shown = 0;
        int total = 0;
        QString html = limitedTables(sanitizedHtml(text), &shown, &total);
        if (shown < total)
            html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(tr("Only the first %1 of %2 table rows are shown here: a table this long would "
                                "stall the view. The notebook keeps every row.")
                                 .arg(QLocale().toString(shown), QLocale().toString(total))
                                 .toHtmlEscaped());
        setHtml(html);
    }
    updateHeight();
}

QVariant RichOutputView::loadResource(int type, const QUrl &name)
{
    // Outputs never reach the network or the disk; embedded data: URLs are fine.
    if (name.scheme() == QStringLiteral("data"))
        return QTextBrowser::loadResource(type, name);
    return {};
}

QSize RichOutputView::sizeHint() const
{
    const QSizeF doc = document()->documentLayout()->documentSize();
    int h = int(doc.height()) + 4;
    if (horizontalScrollBar()->isVisible() || doc.width() > viewport()->width())
        h += horizontalScrollBar()->sizeHint().height();
    return {int(doc.width()), qMin(h, kMaxHeight)};
}

void RichOutputView::updateHeight()
{
    setFixedHeight(sizeHint().height());
}

void RichOutputView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updateHeight();
}

} // namespace mlops
