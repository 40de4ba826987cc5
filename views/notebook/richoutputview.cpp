// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/notebook/richoutputview.h"

#include <QAbstractTextDocumentLayout>
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

void RichOutputView::setContent(const QString &text, Format format)
{
    if (format == Format::Markdown) {
        setLineWrapMode(QTextEdit::WidgetWidth);
        setMarkdown(text);
    } else {
        setHtml(sanitizedHtml(text));
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
