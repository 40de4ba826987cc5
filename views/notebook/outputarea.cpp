// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/notebook/outputarea.h"

#include "core/notebook/loggedvalue.h"
#include "views/notebook/imageoutputview.h"
#include "views/notebook/metricsoutputview.h"
#include "views/notebook/richoutputview.h"
#include "views/notebook/textoutputview.h"

#include <QJsonObject>
#include <QVBoxLayout>

namespace mlops {

namespace {
QString joinedTraceback(const QJsonObject &output)
{
    QStringList lines;
    for (const QJsonValue &line : output.value(QStringLiteral("traceback")).toArray())
        lines.append(line.toString());
    if (lines.isEmpty())
        lines.append(output.value(QStringLiteral("ename")).toString() + QStringLiteral(": ")
                     + output.value(QStringLiteral("evalue")).toString());
    return lines.join(QLatin1Char('\n'));
}
} // namespace

OutputArea::OutputArea(QWidget *parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("outputArea"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
}

int OutputArea::viewCount() const
{
    return m_layout->count();
}

QString OutputArea::preferredMimeType(const QJsonObject &data)
{
    static const QStringList order = {
        LoggedValue::mimeType(),   QStringLiteral("image/png"),     QStringLiteral("image/jpeg"),
        QStringLiteral("image/svg+xml"), QStringLiteral("text/html"), QStringLiteral("text/markdown"),
        QStringLiteral("text/latex"),    QStringLiteral("text/plain")};
    for (const QString &mime : order) {
        if (data.contains(mime))
            return mime;
    }
    return data.isEmpty() ? QString() : data.begin().key();
}

QWidget *OutputArea::createView(const QJsonObject &output)
{
    const QString type = output.value(QStringLiteral("output_type")).toString();
    if (type == QStringLiteral("stream")) {
        const bool err = output.value(QStringLiteral("name")).toString() == QStringLiteral("stderr");
        auto *view = new TextOutputView(err ? TextOutputView::Kind::Stderr : TextOutputView::Kind::Stream, this);
        view->setText(output.value(QStringLiteral("text")).toString());
        return view;
    }
    if (type == QStringLiteral("error")) {
        auto *view = new TextOutputView(TextOutputView::Kind::Error, this);
        view->setText(joinedTraceback(output));
        return view;
    }
    const QJsonObject data = output.value(QStringLiteral("data")).toObject();
    const QString mime = preferredMimeType(data);
    const QJsonValue value = data.value(mime);
    if (ImageOutputView::mimeTypes().contains(mime)) {
        auto *view = new ImageOutputView(this);
        if (view->setImage(mime, value.toString(), output.value(QStringLiteral("metadata")).toObject()))
            return view;
        delete view;
    } else if (mime == QStringLiteral("text/html") || mime == QStringLiteral("text/markdown")) {
        auto *view = new RichOutputView(this);
        view->setContent(value.toString(), mime == QStringLiteral("text/html") ? RichOutputView::Format::Html
                                                                                : RichOutputView::Format::Markdown);
        return view;
    }
    auto *view = new TextOutputView(TextOutputView::Kind::Plain, this);
    QString text = data.value(QStringLiteral("text/plain")).toString();
    if (text.isEmpty() && !mime.isEmpty() && mime != QStringLiteral("text/plain"))
        text = tr("[output of type %1, which the studio does not show]").arg(mime);
    view->setText(text);
    return view;
}

void OutputArea::setOutputs(const QJsonArray &outputs)
{
    clearViews();
    for (int i = 0; i < outputs.size(); ++i)
        appendOutput(i, outputs.at(i).toObject());
    setVisible(m_layout->count() > 0);
}

void OutputArea::appendOutput(int index, const QJsonObject &output)
{
    while (m_views.size() < index)
        m_views.append(nullptr);
    if (const std::optional<LoggedValue> value = LoggedValue::fromOutput(output)) {
        if (!m_metrics) {
            m_metrics = new MetricsOutputView(this);
            m_layout->addWidget(m_metrics);
        }
        m_metrics->addValue(*value);
        m_views.insert(index, m_metrics.data());
        return;
    }
    QWidget *view = createView(output);
    m_layout->addWidget(view);
    m_views.insert(index, view);
}

void OutputArea::updateOutput(int index, const QJsonObject &output)
{
    QWidget *old = index < m_views.size() ? m_views.at(index).data() : nullptr;
    if (!old) {
        appendOutput(index, output);
        return;
    }
    if (auto *text = qobject_cast<TextOutputView *>(old);
        text && output.value(QStringLiteral("output_type")).toString() == QStringLiteral("stream")) {
        text->setText(output.value(QStringLiteral("text")).toString());
        return;
    }
    if (old == m_metrics.data()) {
        if (const std::optional<LoggedValue> value = LoggedValue::fromOutput(output))
            m_metrics->addValue(*value);
        return;
    }
    // update_display_data: a new view in the old one's place.
    QWidget *view = createView(output);
    delete m_layout->replaceWidget(old, view);
    old->hide();
    old->deleteLater();
    m_views[index] = view;
}

void OutputArea::applyChange(const OutputChange &change, const QJsonArray &outputs)
{
    switch (change.kind) {
    case OutputChange::Kind::Cleared:
        clearViews();
        break;
    case OutputChange::Kind::Appended:
        if (change.index == m_views.size())
            appendOutput(change.index, outputs.at(change.index).toObject());
        else
            setOutputs(outputs);
        break;
    case OutputChange::Kind::Updated:
        if (change.index >= 0 && change.index < outputs.size())
            updateOutput(change.index, outputs.at(change.index).toObject());
        break;
    }
    setVisible(m_layout->count() > 0);
}

void OutputArea::clearViews()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    m_views.clear();
    m_metrics = nullptr;
}

} // namespace mlops
