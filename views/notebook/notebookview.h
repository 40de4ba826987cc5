// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QList>
#include <QPointer>
#include <QScrollArea>

class QVBoxLayout;

namespace mlops {

class CellWidget;
class NotebookDocument;

/**
 * The cells of a NotebookDocument as one scrolling page. Listens to the document and
 * keeps a CellWidget per cell (STYLE.md §7: the view follows the model, the model never
 * knows the view); sends typing back as EditCellSource commands. Knows the current cell.
 */
class NotebookView : public QScrollArea
{
    Q_OBJECT

public:
    explicit NotebookView(QWidget *parent = nullptr);

    void setDocument(NotebookDocument *document);
    NotebookDocument *document() const { return m_document; }

    int currentIndex() const { return m_current; }
    QString currentCellId() const;
    void setCurrentIndex(int index, bool focusEditor = false);
    CellWidget *cellWidget(int index) const;
    CellWidget *cellWidget(const QString &cellId) const;
    const QList<CellWidget *> &cellWidgets() const { return m_cells; }

    /** Scrolls so the cell shows; `atTop` puts its top at the top of the view. */
    void scrollToCell(int index, bool atTop = false);

signals:
    void currentChanged(int index);
    void inputSubmitted(const QString &cellId, const QString &value);

private:
    void rebuild();
    CellWidget *createCell(int index);
    void removeCellWidget(int index);
    int indexOfWidget(const QString &cellId) const;

    QPointer<NotebookDocument> m_document;
    QWidget *m_content;
    QVBoxLayout *m_layout;
    QList<CellWidget *> m_cells;
    int m_current = -1;
};

} // namespace mlops
