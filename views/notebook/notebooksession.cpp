// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/notebook/notebooksession.h"

#include "core/common/fileutil.h"
#include "views/common/async.h"
#include "views/notebook/notebookdocument.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace mlops {

namespace {
constexpr int kAutosaveDelayMs = 1500;
} // namespace

NotebookSession::NotebookSession(const Workspace &workspace, NotebookDocument *document, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_document(document),
      m_kernel(new NotebookKernel(workspace, document->filePath(), this)),
      m_recovery(workspace, document->filePath()), m_autosave(new QTimer(this))
{
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &NotebookSession::autosaveNow);
    connect(m_document, &NotebookDocument::contentChanged, m_autosave, qOverload<>(&QTimer::start));

    connect(m_kernel, &NotebookKernel::cellQueued, this,
            [this](const QString &id) { setRunState(id, CellWidget::RunState::Queued); });
    connect(m_kernel, &NotebookKernel::cellStarted, this, [this](const QString &id) {
        m_document->beginExecution(id);
        setRunState(id, CellWidget::RunState::Running);
    });
    connect(m_kernel, &NotebookKernel::output, m_document, &NotebookDocument::applyKernelMessage);
    connect(m_kernel, &NotebookKernel::cellFinished, this, [this](const QString &id, bool ok, int count) {
        if (count > 0)
            m_document->setExecutionCount(id, count);
        setRunState(id, ok ? CellWidget::RunState::Idle : CellWidget::RunState::Failed);
    });
    connect(m_kernel, &NotebookKernel::cellKernelDied, this, [this](const QString &id, const QString &reason) {
        // As papermill writes it: the cell shows where the kernel died, also in the saved file.
        QJsonObject content;
        content.insert(QStringLiteral("ename"), QStringLiteral("DeadKernelError"));
        content.insert(QStringLiteral("evalue"), tr("the kernel died while this cell ran: %1").arg(reason));
        content.insert(QStringLiteral("traceback"), QJsonArray());
        m_document->applyKernelMessage(id, JupyterMessage::create(QStringLiteral("error"), content, QString()));
    });
    connect(m_kernel, &NotebookKernel::cellSkipped, this,
            [this](const QString &id) { setRunState(id, CellWidget::RunState::Idle); });
    connect(m_kernel, &NotebookKernel::kernelReady, this, [this] {
        m_document->setLanguageInfo(m_kernel->kernelInfo().value(QStringLiteral("language_info")).toObject());
    });
    connect(m_kernel, &NotebookKernel::stateChanged, this, &NotebookSession::updateBusy);
    connect(m_kernel, &NotebookKernel::runStarted, this, [this](const QString &runId) {
        emit statusMessage(tr("Values logged with mlops_studio are recorded as run %1").arg(runId.left(10)));
    });
    connect(m_kernel, &NotebookKernel::runFinished, this, [this](const QString &runId, RunStatus status) {
        emit statusMessage(tr("Run %1 ended: %2").arg(runId.left(10), runStatusDisplayName(status)));
    });
    connect(m_kernel, &NotebookKernel::trackingFailed, this, [this](const QString &message) {
        emit statusMessage(tr("Could not record the run: %1").arg(message));
    });
}

NotebookSession::~NotebookSession()
{
    // A clean close: nothing left to recover (confirmClose saved or discarded the edits).
    if (!m_document->isModified())
        m_recovery.discard();
}

void NotebookSession::startKernel(const KernelSpec &spec)
{
    m_kernel->start(spec);
    updateBusy();
}

void NotebookSession::switchKernel(const KernelSpec &spec)
{
    m_document->setKernelSpec(spec.name, spec.displayName, spec.language);
    startKernel(spec);
}

void NotebookSession::runCell(int index)
{
    if (index < 0 || index >= m_document->cellCount())
        return;
    const NotebookCell &cell = m_document->cell(index);
    if (!cell.isCode())
        return;
    if (cell.source.trimmed().isEmpty()) {
        // Jupyter runs nothing for an empty cell, and forgets what it showed.
        m_document->clearOutputs(cell.id);
        m_document->setExecutionCount(cell.id, std::nullopt);
        return;
    }
    m_kernel->run(cell.id, cell.source, cell.hasTag(QStringLiteral("parameters")));
    updateBusy();
}

void NotebookSession::runAll()
{
    for (int i = 0; i < m_document->cellCount(); ++i)
        runCell(i);
}

void NotebookSession::runAbove(int index)
{
    for (int i = 0; i < qMin(index, m_document->cellCount()); ++i)
        runCell(i);
}

void NotebookSession::interrupt()
{
    m_kernel->interrupt();
}

void NotebookSession::restart()
{
    m_kernel->restart();
    updateBusy();
}

CellWidget::RunState NotebookSession::runState(const QString &cellId) const
{
    return m_runStates.value(cellId, CellWidget::RunState::Idle);
}

bool NotebookSession::isBusy() const
{
    return m_kernel->hasWork();
}

void NotebookSession::setRunState(const QString &cellId, CellWidget::RunState state)
{
    if (state == CellWidget::RunState::Idle)
        m_runStates.remove(cellId);
    else
        m_runStates.insert(cellId, state);
    emit runStateChanged(cellId, state);
    updateBusy();
}

void NotebookSession::updateBusy()
{
    const bool busy = isBusy();
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

Status NotebookSession::save()
{
    const QByteArray content = m_document->serialize();
    if (Status s = writeFileAtomically(m_document->filePath(), content); !s)
        return s;
    m_document->markSaved();
    m_recovery.discard();
    emit saved();
    return {};
}

void NotebookSession::saveAsync()
{
    // The snapshot is what gets saved: edits made while it is written stay unsaved.
    const QByteArray content = m_document->serialize();
    const QString path = m_document->filePath();
    m_document->markSaved();
    const NotebookRecovery recovery = m_recovery;
    runAsync(this, [path, content, recovery]() -> Status {
        Status s = writeFileAtomically(path, content);
        if (s)
            recovery.discard();
        return s;
    }, [this](const Status &s) {
        if (!s) {
            m_document->markModified();
            emit saveFailed(s.error().toString());
            return;
        }
        emit saved();
    });
}

void NotebookSession::autosaveNow()
{
    m_autosave->stop();
    if (!m_document->isModified()) {
        m_recovery.discard();
        return;
    }
    const QByteArray content = m_document->serialize();
    const NotebookRecovery recovery = m_recovery;
    runAsync(this, [recovery, content] { return recovery.save(content); }, [this](const Status &s) {
        if (!s)
            emit statusMessage(tr("Could not keep a recovery copy: %1").arg(s.error().toString()));
    });
}

} // namespace mlops
