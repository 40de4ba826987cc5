// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/pipelinesscreen.h"

#include "core/common/fileutil.h"
#include "views/common/async.h"
#include "views/common/workspacesession.h"
#include "views/pipeline/executioncontroller.h"
#include "views/pipeline/newpipelinedialog.h"
#include "views/pipeline/pipelinedocument.h"
#include "views/pipeline/diskchangebar.h"
#include "views/pipeline/pipelineeditor.h"
#include "views/pipeline/pipelinelistmodel.h"
#include "views/pipeline/pipelinescene.h"
#include "views/pipeline/pipelineview.h"
#include "views/pipeline/runpanel.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace mlops {

PipelinesScreen::PipelinesScreen(WorkspaceSession *session, QWidget *parent)
    : Screen(session, parent), m_list(new PipelineListModel(this)), m_listView(new QListView(this)),
      m_editor(new PipelineEditor(this))
{
    setObjectName(QStringLiteral("pipelinesScreen"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *side = new QWidget(split);
    side->setObjectName(QStringLiteral("pipelineList"));
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(10, 10, 6, 10);
    sideLayout->setSpacing(8);
    auto *title = new QLabel(tr("Pipelines"), side);
    title->setProperty("role", QStringLiteral("sectionTitle"));
    sideLayout->addWidget(title);
    m_listView->setObjectName(QStringLiteral("pipelineListView"));
    m_listView->setModel(m_list);
    m_listView->setIconSize(QSize(16, 16));
    m_listView->setSpacing(2);
    m_listView->setWordWrap(true);
    m_listView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    sideLayout->addWidget(m_listView, 1);
    auto *newButton = new QPushButton(QIcon(QStringLiteral(":/icons/editor-new.svg")), tr("New Pipeline…"), side);
    newButton->setObjectName(QStringLiteral("newPipelineButton"));
    sideLayout->addWidget(newButton);
    split->addWidget(side);
    // No pipeline open: say what to do rather than show an empty canvas and step form.
    m_editorStack = new QStackedWidget(split);
    auto *empty = new QWidget(m_editorStack);
    empty->setObjectName(QStringLiteral("pipelinesEmpty"));
    auto *emptyLayout = new QVBoxLayout(empty);
    m_emptyText = new QLabel(empty);
    m_emptyText->setObjectName(QStringLiteral("pipelinesEmptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setProperty("role", QStringLiteral("muted"));
    auto *emptyNew = new QPushButton(QIcon(QStringLiteral(":/icons/editor-new.svg")), tr("New Pipeline…"), empty);
    emptyNew->setObjectName(QStringLiteral("pipelinesEmptyNew"));
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(emptyNew, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_editorStack->addWidget(empty);
    m_editorStack->addWidget(m_editor);
    split->addWidget(m_editorStack);
    connect(emptyNew, &QPushButton::clicked, this, &PipelinesScreen::newPipeline);
    split->setStretchFactor(1, 1);
    split->setSizes({140, 1000});
    layout->addWidget(split);

    connect(newButton, &QPushButton::clicked, this, &PipelinesScreen::newPipeline);
    connect(m_editor, &PipelineEditor::newPipelineRequested, this, &PipelinesScreen::newPipeline);
    connect(m_listView, &QListView::activated, this, [this](const QModelIndex &index) {
        openPipeline(index.data(PipelineListModel::FileRole).toString());
    });
    connect(m_listView, &QListView::clicked, this, [this](const QModelIndex &index) {
        openPipeline(index.data(PipelineListModel::FileRole).toString());
    });
    connect(m_editor, &PipelineEditor::statusMessage, this, &Screen::statusMessage);
    connect(m_editor, &PipelineEditor::documentSaved, this, [this] { reloadList(); });
    connect(m_editor, &PipelineEditor::runFinished, this, [this] {
        this->session()->notifyChanged();
        if (m_tour == Tour::Running)
            tourStep();
    });
    connect(session, &WorkspaceSession::workspaceOpened, this, &PipelinesScreen::workspaceOpened);
    connect(session, &WorkspaceSession::workspaceClosed, this, &PipelinesScreen::workspaceClosed);
    connect(session, &WorkspaceSession::workspaceChanged, this, &PipelinesScreen::reloadList);
    if (session->hasWorkspace())
        workspaceOpened();
    updateEmptyState();
}

void PipelinesScreen::updateEmptyState()
{
    if (m_editor->document()) {
        m_editorStack->setCurrentWidget(m_editor);
        return;
    }
    if (!session()->hasWorkspace())
        m_emptyText->setText(tr("Open a workspace to design and run its pipelines."));
    else if (m_loadingList || m_opening)
        m_emptyText->setText(tr("Reading the pipelines…"));
    else if (m_list->entries().isEmpty())
        m_emptyText->setText(tr("There are no pipelines in pipelines/ yet. Create one with the button below, "
                                "then add steps from the palette."));
    else
        m_emptyText->setText(tr("Pick a pipeline from the list to open it."));
    m_editorStack->setCurrentIndex(0);
}

QString PipelinesScreen::title() const
{
    return tr("Pipelines");
}

QIcon PipelinesScreen::icon() const
{
    return QIcon(QStringLiteral(":/icons/pipelines.svg"));
}

bool PipelinesScreen::isBusy() const
{
    return m_loadingList || m_opening || m_editor->isLoadingRun() || m_editor->runPanel()->isLoadingDetails()
           || (m_tour != Tour::Off && m_tour != Tour::Done);
}

void PipelinesScreen::setBusy(bool busy)
{
    updateEmptyState();
    if (busy != m_busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
}

void PipelinesScreen::activate()
{
    reloadList();
}

bool PipelinesScreen::confirmClose()
{
    return m_editor->confirmClose();
}

void PipelinesScreen::workspaceOpened()
{
    m_editor->setWorkspace(session()->workspace());
    m_editor->setDocument(nullptr);
    reloadList();
}

void PipelinesScreen::workspaceClosed()
{
    ++m_openGeneration;
    m_editor->setDocument(nullptr);
    m_editor->setWorkspace(std::nullopt);
    m_list->setEntries({});
    updateEmptyState();
}

void PipelinesScreen::reloadList()
{
    if (!session()->hasWorkspace())
        return;
    if (m_loadingList) {
        m_reloadPending = true;
        return;
    }
    m_loadingList = true;
    setBusy(true);
    const Workspace workspace = session()->workspace();
    runAsync(this, [workspace] { return PipelineListModel::scan(workspace); },
             [this](const QList<PipelineEntry> &entries) {
                 m_loadingList = false;
                 m_list->setEntries(entries);
                 const PipelineDocument *doc = m_editor->document();
                 if (doc) {
                     m_listView->setCurrentIndex(m_list->index(m_list->rowOf(doc->pipelineFile())));
                     // The list changed because files did: the open one may be among them.
                     m_editor->diskChangeBar()->check();
                 }
                 else if (!entries.isEmpty() && !m_opening)
                     openPipeline(entries.first().file);  // something to look at right away
                 setBusy(isBusy());
                 if (m_reloadPending) {
                     m_reloadPending = false;
                     reloadList();
                 }
             });
}

bool PipelinesScreen::openPipeline(const QString &file)
{
    if (!session()->hasWorkspace() || file.isEmpty())
        return false;
    const Workspace workspace = session()->workspace();
    const QString path = QDir::isAbsolutePath(file) ? file : workspace.path(file);
    if (m_editor->document() && QFileInfo(m_editor->document()->filePath()) == QFileInfo(path))
        return true;
    if (!m_editor->confirmClose(PipelineEditor::CloseReason::OpenAnother))
        return false;
    m_opening = true;
    setBusy(true);
    const int generation = ++m_openGeneration;
    // Reading, parsing and validating happen off the GUI thread; only the views are built here.
    const QString shown = workspace.relativePath(path);
    runAsync(this,
             [path, shown, workspace]() -> Result<PipelineDocument::Parsed> {
                 Result<QByteArray> text = readFile(path);
                 if (!text)
                     return text.error();
                 return PipelineDocument::parse(*text, shown, workspace.root());
             },
             [this, generation, path, workspace](const Result<PipelineDocument::Parsed> &parsed) {
        if (generation != m_openGeneration)
            return;
        m_opening = false;
        if (!parsed) {
            QMessageBox::warning(this, tr("Open Pipeline"), parsed.error().toString());
            setBusy(isBusy());
            if (m_tour == Tour::Opening)
                m_tour = Tour::Done;
            return;
        }
        m_editor->setDocument(PipelineDocument::fromParsed(*parsed, path, workspace.root()));
        m_listView->setCurrentIndex(m_list->index(m_list->rowOf(workspace.relativePath(path))));
        m_editor->loadLastRun();
        setBusy(isBusy());
        if (m_tour == Tour::Opening)
            tourStep();
    });
    return true;
}

void PipelinesScreen::newPipeline()
{
    if (!session()->hasWorkspace() || !m_editor->confirmClose(PipelineEditor::CloseReason::OpenAnother))
        return;
    const Workspace workspace = session()->workspace();
    NewPipelineDialog dialog(workspace.pipelineFiles(), workspace.pipelinesDir(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ++m_openGeneration;
    auto doc = PipelineDocument::fromText(dialog.startingText(),
                                          QDir(workspace.pipelinesDir()).filePath(dialog.name() + QStringLiteral(".yaml")),
                                          workspace.root());
    doc->setUnsaved(true);
    m_editor->setDocument(std::move(doc));
    updateEmptyState();
    m_listView->clearSelection();
    emit statusMessage(tr("New pipeline %1: add steps from the palette, then save (Ctrl+S)").arg(dialog.name()));
}

void PipelinesScreen::navigateTo(const QVariant &argument)
{
    openPipeline(argument.toString());
}

void PipelinesScreen::prepareForTour()
{
    // The demo pipeline, laid out, with the status of a finished run on its nodes: the
    // last one from the store, or a fresh run through the real engine.
    m_tour = Tour::Opening;
    setBusy(true);
    QString file = QStringLiteral("pipelines/breast-cancer.yaml");
    if (m_list->rowOf(file) < 0 && !m_list->entries().isEmpty())
        file = m_list->entries().first().file;
    if (!QFileInfo::exists(session()->workspace().path(file))) {
        // A workspace without pipelines: its empty screen is what there is to see.
        m_tour = Tour::Done;
        setBusy(isBusy());
        return;
    }
    if (m_editor->document() && m_editor->document()->pipelineFile() == file) {
        tourStep();
        return;
    }
    if (!openPipeline(file))
        m_tour = Tour::Done;
}

void PipelinesScreen::tourStep()
{
    switch (m_tour) {
    case Tour::Opening:
        m_tour = Tour::LoadingRun;
        m_editor->loadLastRun();
        QTimer::singleShot(50, this, &PipelinesScreen::tourStep);
        return;
    case Tour::LoadingRun:
        if (m_editor->isLoadingRun()) {
            QTimer::singleShot(50, this, &PipelinesScreen::tourStep);
            return;
        }
        if (!m_editor->scene() || !m_editor->scene()->hasStatuses()) {
            QString why;
            if (m_editor->runWith(ExecutionOptions{}, &why)) {
                m_tour = Tour::Running;
                return;
            }
            emit statusMessage(why);
        }
        m_tour = Tour::Done;
        break;
    case Tour::Running:
        m_tour = Tour::Done;
        break;
    case Tour::Off:
    case Tour::Done: return;
    }
    // Show the evaluation step's metrics and log beside the canvas.
    if (PipelineScene *scene = m_editor->scene()) {
        const QString pick = scene->node(QStringLiteral("evaluate")) ? QStringLiteral("evaluate")
                                                                      : scene->nodes().keys().value(0);
        scene->selectSteps({pick});
    }
    m_editor->inspector()->setCurrentWidget(m_editor->runPanel());
    m_editor->view()->fitAll();
    setBusy(isBusy());
}

} // namespace mlops
