// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/steppalette.h"

#include "core/pipeline/steptype.h"
#include "views/pipeline/pipelineview.h"
#include "views/pipeline/steptypestyle.h"

#include <QEvent>
#include <QMimeData>
#include <QScrollBar>

#include <algorithm>

namespace mlops {

StepPalette::StepPalette(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("stepPalette"));
    setDragEnabled(true);
    setDragDropMode(DragOnly);
    setSelectionMode(SingleSelection);
    setIconSize(QSize(22, 22));
    setSpacing(2);
    setUniformItemSizes(true);
    setFocusPolicy(Qt::NoFocus);
    for (const QString &name : StepTypeRegistry::instance().names()) {
        const StepType *type = StepTypeRegistry::instance().find(name);
        auto *item = new QListWidgetItem(steptypestyle::icon(name), name, this);
        item->setData(Qt::UserRole, name);
        item->setToolTip(tr("<b>%1</b><br>%2<br><i>Drag onto the canvas, or double-click.</i>")
                             .arg(name, type->description().toHtmlEscaped()));
    }
    connect(this, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { emit stepTypeActivated(item->data(Qt::UserRole).toString()); });
}

bool StepPalette::event(QEvent *event)
{
    const bool handled = QListWidget::event(event);
    // The application's style and font apply when the widget is polished, after the
    // constructor: measure then (and again whenever they change).
    switch (event->type()) {
    case QEvent::Polish:
    case QEvent::FontChange:
    case QEvent::StyleChange: fitWidth(); break;
    default: break;
    }
    return handled;
}

void StepPalette::fitWidth()
{
    int widest = sizeHintForColumn(0);
    for (int i = 0; i < count(); ++i)
        widest = std::max(widest, fontMetrics().horizontalAdvance(item(i)->text()) + iconSize().width() + 16);
    const int width = widest + 2 * spacing() + 2 * frameWidth() + contentsMargins().left() + contentsMargins().right()
                      + 12;
    setMinimumWidth(width);
    setMaximumWidth(width + 40);
}

QStringList StepPalette::mimeTypes() const
{
    return {PipelineView::stepTypeMimeType()};
}

QMimeData *StepPalette::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(PipelineView::stepTypeMimeType(), items.first()->data(Qt::UserRole).toString().toUtf8());
    return data;
}

} // namespace mlops
