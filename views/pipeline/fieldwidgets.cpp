// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/fieldwidgets.h"

#include <QKeyEvent>

#include <algorithm>

namespace mlops {

void FieldTable::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && state() != EditingState) {
        QList<int> rows;
        for (const QModelIndex &i : selectionModel()->selectedIndexes()) {
            if (!rows.contains(i.row()))
                rows.append(i.row());
        }
        std::sort(rows.begin(), rows.end(), std::greater<>());
        for (int r : std::as_const(rows))
            model()->removeRow(r);
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

FieldTextEdit::FieldTextEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setFixedHeight(fontMetrics().lineSpacing() * 6 + 12);
}

void FieldTextEdit::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    if (m_finished)
        m_finished();
}

} // namespace mlops
