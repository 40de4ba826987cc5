// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/notebook/notebookview.h"

#include "views/notebook/celleditor.h"
#include "views/notebook/cellwidget.h"
#include "views/notebook/notebookdocument.h"

#include <QFileInfo>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace mlops {

NotebookView::NotebookView(QWidget *parent)
    : QScrollArea(parent), m_content(new QWidget(this)), m_layout(new QVBoxLayout(m_content))
{
    setObjectName(QStringLiteral("notebookView"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content->setObjectName(QStringLiteral("notebookPage"));
    m_layout->setContentsMargins(16, 12, 20, 120);
    m_layout->setSpacing(6);
    m_layout->addStretch(1);
    setWidget(m_content);
}

QString NotebookView::currentCellId() const
{
    return m_current >= 0 && m_current < m_cells.size() ? m_cells.at(m_current)->cellId() : QString();
}

CellWidget *NotebookView::cellWidget(int index) const
{
    return index >= 0 && index < m_cells.size() ? m_cells.at(index) : nullptr;
}

CellWidget *NotebookView::cellWidget(const QString &cellId) const
{
    return cellWidget(indexOfWidget(cellId));
}

int NotebookView::indexOfWidget(const QString &cellId) const
{
    for (int i = 0; i < m_cells.size(); ++i) {
        if (m_cells.at(i)->cellId() == cellId)
            return i;
    }
    return -1;
}

void NotebookView::setDocument(NotebookDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    rebuild();
    if (!document)
        return;
    connect(document, &NotebookDocument::cellInserted, this, [this](int index) {
        createCell(index);
        if (m_current >= index)
            ++m_current;
        setCurrentIndex(index, true);
    });
    connect(document, &NotebookDocument::cellRemoved, this, [this](int index) {
        removeCellWidget(index);
        if (m_current > index || m_current >= m_cells.size())
            --m_current;
        setCurrentIndex(qMin(qMax(m_current, 0), int(m_cells.size()) - 1));
    });
    connect(document, &NotebookDocument::cellMoved, this, [this](int from, int to) {
        CellWidget *w = m_cells.takeAt(from);
        m_layout->removeWidget(w);
        m_cells.insert(to, w);
        m_layout->insertWidget(to, w);
        setCurrentIndex(to, true);
    });
    connect(document, &NotebookDocument::cellReplaced, this, [this](int index) {
        const bool wasCurrent = index == m_current;
        removeCellWidget(index);
        createCell(index);
        if (wasCurrent)
            setCurrentIndex(index, true);
    });
    connect(document, &NotebookDocument::cellSourceChanged, this, [this](int index) {
        if (CellWidget *w = cellWidget(index))
            w->setSource(m_document->cell(index).source);
    });
    connect(document, &NotebookDocument::outputsChanged, this, [this](const QString &cellId, const OutputChange &change) {
        const int index = m_document->indexOf(cellId);
        if (CellWidget *w = cellWidget(cellId); w && index >= 0)
            w->applyOutputChange(change, m_document->cell(index).outputs);
    });
    connect(document, &NotebookDocument::executionCountChanged, this, [this](const QString &cellId) {
        const int index = m_document->indexOf(cellId);
        if (CellWidget *w = cellWidget(cellId); w && index >= 0)
            w->setExecutionCount(m_document->cell(index).executionCount);
    });
}

void NotebookView::rebuild()
{
    while (!m_cells.isEmpty())
        removeCellWidget(int(m_cells.size()) - 1);
    m_current = -1;
    if (!m_document)
        return;
    for (int i = 0; i < m_document->cellCount(); ++i)
        createCell(i);
    if (!m_cells.isEmpty())
        setCurrentIndex(0);
    verticalScrollBar()->setValue(0);
}

CellWidget *NotebookView::createCell(int index)
{
    auto *w = new CellWidget(m_document->cell(index), m_content);
    w->setBaseDirectory(QFileInfo(m_document->filePath()).absolutePath());
    m_cells.insert(index, w);
    m_layout->insertWidget(index, w);
    connect(w, &CellWidget::sourceEdited, this, [this](const QString &cellId, const QString &source) {
        if (m_document)
            m_document->editCellSource(m_document->indexOf(cellId), source);
    });
    connect(w, &CellWidget::activated, this, [this](const QString &cellId) {
        setCurrentIndex(indexOfWidget(cellId));
    });
    connect(w, &CellWidget::navigateUp, this, [this](const QString &cellId) {
        const int i = indexOfWidget(cellId);
        if (i > 0)
            setCurrentIndex(i - 1, true);
    });
    connect(w, &CellWidget::navigateDown, this, [this](const QString &cellId) {
        const int i = indexOfWidget(cellId);
        if (i + 1 < m_cells.size())
            setCurrentIndex(i + 1, true);
    });
    connect(w, &CellWidget::inputSubmitted, this, &NotebookView::inputSubmitted);
    return w;
}

void NotebookView::removeCellWidget(int index)
{
    CellWidget *w = m_cells.takeAt(index);
    m_layout->removeWidget(w);
    w->hide();
    w->deleteLater();
}

void NotebookView::setCurrentIndex(int index, bool focusEditor)
{
    if (index < 0 || index >= m_cells.size())
        index = -1;
    const bool changed = index != m_current;
    if (CellWidget *old = cellWidget(m_current); old && changed)
        old->setCurrent(false);
    m_current = index;
    CellWidget *w = cellWidget(index);
    if (w) {
        w->setCurrent(true);
        if (focusEditor && !(w->cellType() == QStringLiteral("markdown") && !w->isEditing()))
            w->editor()->setFocus();
        if (focusEditor)
            scrollToCell(index);
    }
    if (changed)
        emit currentChanged(index);
}

void NotebookView::scrollToCell(int index, bool atTop)
{
    CellWidget *w = cellWidget(index);
    if (!w)
        return;
    // After a layout pass, so a freshly added cell has its geometry.
    QTimer::singleShot(0, this, [this, w = QPointer<CellWidget>(w), atTop] {
        if (!w)
            return;
        if (atTop)
            verticalScrollBar()->setValue(w->y() - 8);
        else
            ensureWidgetVisible(w, 0, 40);
    });
}

} // namespace mlops
