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

    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void updateHeight();
};

} // namespace mlops
