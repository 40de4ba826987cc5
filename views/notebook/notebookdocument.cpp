// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/notebook/notebookdocument.h"

#include "core/notebook/jupytermessage.h"
#include "core/notebook/notebookformat.h"
#include "views/notebook/addremovecell.h"
#include "views/notebook/changecelltype.h"
#include "views/notebook/editcellsource.h"
#include "views/notebook/mergecells.h"
#include "views/notebook/movecell.h"
#include "views/notebook/splitcell.h"

#include <QUndoStack>

namespace mlops {

NotebookDocument::NotebookDocument(Notebook notebook, QString filePath, QObject *parent)
    : QObject(parent), m_notebook(std::move(notebook)), m_filePath(std::move(filePath)),
      m_undoStack(new QUndoStack(this))
{
    m_notebook.ensureCellIds();
    m_accumulator = std::make_unique<OutputAccumulator>([this](const QString &cellId) -> QJsonArray * {
        const int index = m_notebook.indexOf(cellId);
        return index < 0 ? nullptr : &m_notebook.cells[index].outputs;
    });
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &NotebookDocument::emitModified);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &NotebookDocument::contentChanged);
}

NotebookDocument::~NotebookDocument() = default;

bool NotebookDocument::isModified() const
{
    return !m_undoStack->isClean() || m_outputsModified;
}

void NotebookDocument::markSaved()
{
    m_outputsModified = false;
    m_undoStack->setClean();
    emitModified();
}

void NotebookDocument::markModified()
{
    m_outputsModified = true;
    emitModified();
}

QByteArray NotebookDocument::serialize() const
{
    return NotebookFormat::serialize(m_notebook);
}

void NotebookDocument::emitModified()
{
    const bool modified = isModified();
    if (modified != m_lastModified) {
        m_lastModified = modified;
        emit modifiedChanged(modified);
    }
}

void NotebookDocument::setOutputsModified()
{
    m_outputsModified = true;
    emitModified();
    emit contentChanged();
}

void NotebookDocument::addCell(int index, const QString &cellType, const QString &source)
{
    m_undoStack->push(new AddCell(this, qBound(0, index, cellCount()), NotebookCell::make(cellType, source)));
}

void NotebookDocument::removeCell(int index)
{
    if (index >= 0 && index < cellCount())
        m_undoStack->push(new RemoveCell(this, index));
}

void NotebookDocument::moveCell(int index, int delta)
{
    const int to = index + delta;
    if (index >= 0 && index < cellCount() && to >= 0 && to < cellCount() && to != index)
        m_undoStack->push(new MoveCell(this, index, to));
}

void NotebookDocument::splitCell(int index, int position)
{
    if (index >= 0 && index < cellCount())
        m_undoStack->push(new SplitCell(this, index, position));
}

void NotebookDocument::mergeCellWithNext(int index)
{
    if (index >= 0 && index + 1 < cellCount())
        m_undoStack->push(new MergeCells(this, index));
}

void NotebookDocument::changeCellType(int index, const QString &cellType)
{
    if (index >= 0 && index < cellCount() && cell(index).cellType != cellType)
        m_undoStack->push(new ChangeCellType(this, index, cellType));
}

void NotebookDocument::editCellSource(int index, const QString &source)
{
    if (index >= 0 && index < cellCount() && cell(index).source != source)
        m_undoStack->push(new EditCellSource(this, index, source));
}

void NotebookDocument::insertCellAt(int index, const NotebookCell &cell)
{
    m_notebook.cells.insert(index, cell);
    emit cellInserted(index);
}

NotebookCell NotebookDocument::takeCellAt(int index)
{
    NotebookCell cell = m_notebook.cells.takeAt(index);
    m_accumulator->forgetCell(cell.id);
    emit cellRemoved(index);
    return cell;
}

void NotebookDocument::moveCellTo(int from, int to)
{
    m_notebook.cells.move(from, to);
    emit cellMoved(from, to);
}

void NotebookDocument::replaceCellAt(int index, const NotebookCell &cell)
{
    m_accumulator->forgetCell(m_notebook.cells.at(index).id);
    m_notebook.cells[index] = cell;
    emit cellReplaced(index);
}

void NotebookDocument::setCellSourceAt(int index, const QString &source)
{
    m_notebook.cells[index].source = source;
    emit cellSourceChanged(index);
}

void NotebookDocument::beginExecution(const QString &cellId)
{
    const int index = indexOf(cellId);
    if (index < 0)
        return;
    m_accumulator->beginCell(cellId);
    if (!m_notebook.cells.at(index).outputs.isEmpty())
        clearOutputs(cellId);
}

void NotebookDocument::applyKernelMessage(const QString &cellId, const JupyterMessage &message)
{
    const QList<OutputChange> changes = m_accumulator->apply(cellId, message);
    for (const OutputChange &change : changes)
        emit outputsChanged(change.cellId, change);
    if (!changes.isEmpty())
        setOutputsModified();
}

void NotebookDocument::setExecutionCount(const QString &cellId, std::optional<int> count)
{
    const int index = indexOf(cellId);
    if (index < 0 || m_notebook.cells.at(index).executionCount == count)
        return;
    m_notebook.cells[index].executionCount = count;
    emit executionCountChanged(cellId);
    setOutputsModified();
}

void NotebookDocument::clearOutputs(const QString &cellId)
{
    const int index = indexOf(cellId);
    if (index < 0)
        return;
    NotebookCell &cell = m_notebook.cells[index];
    if (cell.outputs.isEmpty() && !cell.executionCount)
        return;
    cell.outputs = QJsonArray();
    m_accumulator->forgetCell(cellId);
    emit outputsChanged(cellId, OutputChange{OutputChange::Kind::Cleared, cellId, -1});
    setOutputsModified();
}

void NotebookDocument::clearAllOutputs()
{
    for (const NotebookCell &cell : std::as_const(m_notebook.cells)) {
        if (!cell.isCode())
            continue;
        clearOutputs(cell.id);
        setExecutionCount(cell.id, std::nullopt);
    }
}

void NotebookDocument::setKernelSpec(const QString &name, const QString &displayName, const QString &language)
{
    if (m_notebook.kernelName() == name)
        return;
    m_notebook.setKernelSpec(name, displayName, language);
    setOutputsModified();
}

void NotebookDocument::setLanguageInfo(const QJsonObject &languageInfo)
{
    if (languageInfo.isEmpty() || m_notebook.metadata.value(QStringLiteral("language_info")).toObject() == languageInfo)
        return;
    // Filled in by every kernel start: saved with the next save, but no reason to ask.
    m_notebook.setLanguageInfo(languageInfo);
}

} // namespace mlops
