// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/notebook/notebookscreen.h"

#include "core/common/fileutil.h"
#include "core/notebook/notebookformat.h"
#include "core/notebook/notebookrecovery.h"
#include "views/common/async.h"
#include "views/common/flowlayout.h"
#include "views/common/theme.h"
#include "views/common/workspacesession.h"
#include "views/notebook/celleditor.h"
#include "views/notebook/cellwidget.h"
#include "views/notebook/findbar.h"
#include "views/notebook/metricsoutputview.h"
#include "views/notebook/notebookdocument.h"
#include "views/notebook/notebooksession.h"
#include "views/notebook/notebookview.h"
#include "views/notebook/outputarea.h"

#include <QAction>
#include <QComboBox>
#include <QStandardItemModel>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace mlops {

namespace {
const QString kDemoNotebook = QStringLiteral("notebooks/breast-cancer.ipynb");

struct Loaded
{
    Result<Notebook> notebook = Error{};
    std::optional<RecoverySnapshot> snapshot;
};

struct Lists
{
    QStringList notebooks;
    QList<KernelSpec> specs;
};
} // namespace

NotebookScreen::NotebookScreen(WorkspaceSession *session, QWidget *parent)
    : Screen(session, parent), m_toolbar(new QToolBar(this)), m_notebookPicker(new QComboBox(this)),
      m_kernelPicker(new QComboBox(this)), m_cellType(new QComboBox(this)), m_kernelStatus(new QLabel(this)),
      m_banner(new QWidget(this)), m_bannerText(new QLabel(m_banner)),
      m_bannerRestart(new QPushButton(tr("Restart kernel"), m_banner)), m_stack(new QStackedWidget(this)),
      m_emptyLabel(new QLabel(this)), m_view(new NotebookView(this)), m_findBar(new FindBar(m_view, this))
{
    setObjectName(QStringLiteral("notebookScreen"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("notebookHeader"));
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(16, 10, 16, 4);
    headerLayout->setSpacing(8);
    m_notebookPicker->setObjectName(QStringLiteral("notebookPicker"));
    m_notebookPicker->setMinimumWidth(260);
    m_kernelPicker->setObjectName(QStringLiteral("kernelPicker"));
    m_kernelPicker->setMinimumWidth(180);
    m_kernelStatus->setObjectName(QStringLiteral("kernelStatus"));
    auto *newButton = new QPushButton(tr("New notebook"), header);
    newButton->setObjectName(QStringLiteral("newNotebook"));
    headerLayout->addWidget(new QLabel(tr("Notebook"), header));
    headerLayout->addWidget(m_notebookPicker);
    auto *saveButton = new QPushButton(tr("Save"), header);
    saveButton->setObjectName(QStringLiteral("saveNotebook"));
    headerLayout->addWidget(saveButton);
    headerLayout->addWidget(newButton);
    headerLayout->addStretch(1);
    m_editTools = new QToolBar(header);
    m_editTools->setObjectName(QStringLiteral("notebookEditTools"));
    m_editTools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    headerLayout->addWidget(m_editTools);
    headerLayout->addSpacing(12);
    headerLayout->addWidget(new QLabel(tr("Kernel"), header));
    headerLayout->addWidget(m_kernelPicker);
    headerLayout->addWidget(m_kernelStatus);
    outer->addWidget(header);

    // Cell tools, then run and kernel tools; a second row when a translation is too wide for one.
    auto *toolRow = new QWidget(this);
    toolRow->setObjectName(QStringLiteral("notebookToolRow"));
    toolRow->setAttribute(Qt::WA_StyledBackground);
    auto *toolFlow = new FlowLayout(toolRow, 6);
    toolFlow->setContentsMargins(8, 0, 8, 0);
    m_toolbar->setMovable(false);
    m_toolbar->setObjectName(QStringLiteral("notebookToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_runTools = new QToolBar(toolRow);
    m_runTools->setObjectName(QStringLiteral("notebookRunTools"));
    m_runTools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_runTools->setMovable(false);
    toolFlow->addWidget(m_toolbar);
    toolFlow->addWidget(m_runTools);
    outer->addWidget(toolRow);

    m_banner->setObjectName(QStringLiteral("kernelBanner"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(16, 6, 16, 6);
    m_bannerText->setWordWrap(true);
    m_bannerText->setObjectName(QStringLiteral("kernelBannerText"));
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerRestart);
    m_banner->hide();
    outer->addWidget(m_banner);

    auto *empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(empty);
    m_emptyLabel->setObjectName(QStringLiteral("notebookEmpty"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setProperty("role", QStringLiteral("muted"));
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addStretch(2);
    m_stack->addWidget(empty);
    m_stack->addWidget(m_view);
    outer->addWidget(m_stack, 1);
    m_findBar->hide();
    outer->addWidget(m_findBar);

    createActions();
    connect(newButton, &QPushButton::clicked, this, &NotebookScreen::newNotebook);
    connect(saveButton, &QPushButton::clicked, m_actions.value(QStringLiteral("save")), &QAction::trigger);
    connect(m_actions.value(QStringLiteral("save")), &QAction::changed, saveButton,
            [this, saveButton] { saveButton->setEnabled(m_actions.value(QStringLiteral("save"))->isEnabled()); });
    connect(m_bannerRestart, &QPushButton::clicked, this, &NotebookScreen::restartKernel);
    connect(m_notebookPicker, &QComboBox::activated, this, [this](int index) {
        const QString path = m_notebookPicker->itemData(index).toString();
        if (!path.isEmpty() && path != m_openPath)
            openNotebook(path);
    });
    connect(m_kernelPicker, &QComboBox::activated, this, [this](int index) {
        if (!m_notebook || index < 0 || index >= m_specs.size() || m_specs.at(index).isBroken())
            return;
        if (m_specs.at(index).name != m_notebook->kernel()->spec().name)
            m_notebook->switchKernel(m_specs.at(index));
    });
    connect(m_cellType, &QComboBox::activated, this, [this](int index) {
        if (m_document)
            m_document->changeCellType(m_view->currentIndex(), m_cellType->itemData(index).toString());
    });
    connect(m_view, &NotebookView::currentChanged, this, &NotebookScreen::updateActions);
    connect(m_view, &NotebookView::inputSubmitted, this, [this](const QString &cellId, const QString &value) {
        if (!m_notebook)
            return;
        // As a terminal and JupyterLab show it, the question and its answer stay in the
        // cell's output (a password as dots), before what the code prints next.
        const auto [prompt, password] = m_inputPrompts.take(cellId);
        JupyterMessage echo;
        echo.header.insert(QStringLiteral("msg_type"), QStringLiteral("stream"));
        echo.content.insert(QStringLiteral("name"), QStringLiteral("stdout"));
        const QString answer = password ? QString(8, QChar(0x00b7)) : value;
        echo.content.insert(QStringLiteral("text"), QString(prompt + answer + QLatin1Char('\n')));
        m_document->applyKernelMessage(cellId, echo);
        m_notebook->kernel()->sendInput(value);
    });
    connect(session, &WorkspaceSession::workspaceOpened, this, [this] {
        closeNotebook();
        reloadLists();
    });
    connect(session, &WorkspaceSession::workspaceChanged, this, &NotebookScreen::reloadLists);
    connect(session, &WorkspaceSession::workspaceClosed, this, [this] {
        closeNotebook();
        m_notebookFiles.clear();
        m_notebookPicker->clear();
    });
    if (session->hasWorkspace())
        reloadLists();
    updateActions();
    updateKernelStatus();
}

NotebookScreen::~NotebookScreen()
{
    closeNotebook();
}

QString NotebookScreen::title() const
{
    return tr("Notebook");
}

QIcon NotebookScreen::icon() const
{
    return QIcon(QStringLiteral(":/icons/notebook.svg"));
}

NotebookDocument *NotebookScreen::document() const
{
    return m_document;
}

bool NotebookScreen::isBusy() const
{
    return m_loading || m_tourPending || m_listsLoading || (m_notebook && m_notebook->isBusy());
}

void NotebookScreen::createActions()
{
    QToolBar *bar = m_toolbar;
    auto add = [this, &bar](const QString &id, const QString &text, const QString &tip,
                      const QList<QKeySequence> &keys, auto slot, bool toolbar = true) {
        auto *action = new QAction(text, this);
        action->setObjectName(id);
        action->setToolTip(keys.isEmpty() ? tip : tip + QStringLiteral(" (") + keys.first().toString(QKeySequence::NativeText) + QLatin1Char(')'));
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        if (toolbar)
            bar->addAction(action);
        m_actions.insert(id, action);
        if (id == QStringLiteral("undo") || id == QStringLiteral("redo") || id == QStringLiteral("find"))
            m_editTools->addAction(action);
        return action;
    };
    add(QStringLiteral("save"), tr("Save"), tr("Save the notebook"), {QKeySequence::Save}, [this] { save(); }, false);
    add(QStringLiteral("addCode"), tr("+ Code"), tr("Add a code cell below"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)}, [this] {
        if (m_document)
            m_document->addCell(m_view->currentIndex() + 1, QStringLiteral("code"));
    });
    add(QStringLiteral("addMarkdown"), tr("+ Markdown"), tr("Add a Markdown cell below"), {}, [this] {
        if (m_document)
            m_document->addCell(m_view->currentIndex() + 1, QStringLiteral("markdown"));
    });
    add(QStringLiteral("deleteCell"), tr("Delete"), tr("Delete the cell"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)}, [this] {
        if (m_document)
            m_document->removeCell(m_view->currentIndex());
    });
    add(QStringLiteral("moveUp"), QStringLiteral("↑"), tr("Move the cell up"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up)}, [this] {
        if (m_document)
            m_document->moveCell(m_view->currentIndex(), -1);
    });
    add(QStringLiteral("moveDown"), QStringLiteral("↓"), tr("Move the cell down"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down)}, [this] {
        if (m_document)
            m_document->moveCell(m_view->currentIndex(), 1);
    });
    add(QStringLiteral("split"), tr("Split"), tr("Split the cell at the cursor"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Minus)}, [this] {
        CellWidget *cell = m_view->cellWidget(m_view->currentIndex());
        if (m_document && cell)
            m_document->splitCell(m_view->currentIndex(), cell->editor()->cursorOffset());
    });
    add(QStringLiteral("merge"), tr("Merge"), tr("Merge the cell with the one below"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)}, [this] {
        if (m_document)
            m_document->mergeCellWithNext(m_view->currentIndex());
    });
    m_cellType->setObjectName(QStringLiteral("cellTypePicker"));
    m_cellType->addItem(tr("Code"), QStringLiteral("code"));
    m_cellType->addItem(tr("Markdown"), QStringLiteral("markdown"));
    m_cellType->addItem(tr("Raw"), QStringLiteral("raw"));
    m_cellType->setMinimumWidth(118);
    m_toolbar->addWidget(m_cellType);
    bar = m_runTools;
    add(QStringLiteral("run"), tr("▶ Run"), tr("Run the cell and go to the next"),
        {QKeySequence(Qt::SHIFT | Qt::Key_Return), QKeySequence(Qt::SHIFT | Qt::Key_Enter)}, [this] { runCurrent(true); });
    add(QStringLiteral("runInPlace"), tr("Run in place"), tr("Run the cell and stay"),
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}, [this] { runCurrent(false); }, false);
    add(QStringLiteral("runAbove"), tr("Run above"), tr("Run every cell above this one"),
        {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Enter)}, [this] { runAbove(); });
    add(QStringLiteral("runAll"), tr("Run all"), tr("Run every cell from the top"),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter)}, [this] { runAll(); });
    add(QStringLiteral("interrupt"), tr("■ Interrupt"), tr("Interrupt the kernel"), {QKeySequence(Qt::CTRL | Qt::Key_I)}, [this] { interruptKernel(); });
    add(QStringLiteral("restart"), tr("↻ Restart"), tr("Restart the kernel (its variables are lost)"),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)}, [this] { restartKernel(); });
    add(QStringLiteral("clearOutputs"), tr("Clear"), tr("Clear every output"), {}, [this] {
        if (m_document)
            m_document->clearAllOutputs();
    });
    add(QStringLiteral("undo"), QStringLiteral("↶"), tr("Undo"), QKeySequence::keyBindings(QKeySequence::Undo), [this] {
        if (m_document)
            m_document->undoStack()->undo();
    }, false);
    add(QStringLiteral("redo"), QStringLiteral("↷"), tr("Redo"),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}, [this] {
            if (m_document)
                m_document->undoStack()->redo();
        }, false);
    add(QStringLiteral("find"), tr("Find"), tr("Find in the notebook"), {QKeySequence::Find}, [this] {
        if (m_document)
            m_findBar->activate();
    }, false);
}

void NotebookScreen::reloadLists()
{
    if (!session()->hasWorkspace() || m_listsLoading)
        return;
    m_listsLoading = true;
    const Workspace ws = session()->workspace();
    runAsync(this, [ws] { return Lists{ws.notebookFiles(), KernelSpecs::discover(ws.python(), true)}; },
             [this](const Lists &lists) {
                 m_listsLoading = false;
                 m_notebookFiles = lists.notebooks;
                 m_specs = lists.specs;
                 const QSignalBlocker block1(m_notebookPicker);
                 const QSignalBlocker block2(m_kernelPicker);
                 m_notebookPicker->clear();
                 for (const QString &path : std::as_const(m_notebookFiles))
                     m_notebookPicker->addItem(path, path);
                 m_kernelPicker->clear();
                 for (const KernelSpec &spec : std::as_const(m_specs)) {
                     m_kernelPicker->addItem(spec.displayName, spec.name);
                     if (!spec.isBroken())
                         continue;
                     // Shown, so that the user learns why it is missing, but not selectable.
                     const int row = m_kernelPicker->count() - 1;
                     m_kernelPicker->setItemText(row, tr("%1 (broken)").arg(spec.displayName));
                     m_kernelPicker->setItemData(row, spec.brokenReason, Qt::ToolTipRole);
                     if (auto *model = qobject_cast<QStandardItemModel *>(m_kernelPicker->model()))
                         model->item(row)->setEnabled(false);
                 }
                 // A reload of the lists keeps showing the kernel in use (clear() left the
                 // first entry current, which may be a broken one).
                 if (m_notebook && m_notebook->kernel()) {
                     const int current = m_kernelPicker->findData(m_notebook->kernel()->spec().name);
                     if (current >= 0)
                         m_kernelPicker->setCurrentIndex(current);
                 }
                 updateActions();
                 updateKernelStatus();
                 if (!m_document && !m_loading && isVisible() && !m_notebookFiles.isEmpty())
                     openNotebook(m_notebookFiles.contains(kDemoNotebook) ? kDemoNotebook : m_notebookFiles.first());
                 emit busyChanged(isBusy());
             });
}

void NotebookScreen::activate()
{
    if (!m_document && !m_loading && !m_notebookFiles.isEmpty())
        openNotebook(m_notebookFiles.contains(kDemoNotebook) ? kDemoNotebook : m_notebookFiles.first());
}

void NotebookScreen::openNotebook(const QString &path)
{
    if (!session()->hasWorkspace() || m_loading)
        return;
    if (m_document && m_document->isModified() && !confirmClose()) {
        m_notebookPicker->setCurrentIndex(m_notebookPicker->findData(m_openPath));
        return;
    }
    const Workspace ws = session()->workspace();
    const QString absolute = QDir(ws.root()).absoluteFilePath(path);
    m_loading = true;
    emit busyChanged(true);
    runAsync(this, [ws, absolute] {
        Loaded loaded;
        loaded.notebook = NotebookFormat::read(absolute);
        loaded.snapshot = NotebookRecovery(ws, absolute).find();
        return loaded;
    }, [this, absolute](const Loaded &loaded) {
        m_loading = false;
        if (!loaded.notebook) {
            m_lastError = loaded.notebook.error().toString();
            showBanner(tr("Cannot open the notebook: %1").arg(m_lastError), false);
            m_tourPending = false;
            emit busyChanged(isBusy());
            return;
        }
        Notebook notebook = loaded.notebook.value();
        bool restored = false;
        Result<Notebook> recovered = loaded.snapshot
                                         ? NotebookFormat::parse(loaded.snapshot->content, loaded.snapshot->path)
                                         : Result<Notebook>(Error{});
        if (loaded.snapshot && !recovered) {
            // Nothing to offer, and nothing to throw away either: the file is kept aside
            // for the user to look at, and the notebook opens as it was saved.
            const QString kept = loaded.snapshot->path + QStringLiteral(".unreadable");
            QFile::remove(kept);
            QFile::rename(loaded.snapshot->path, kept);
            const QString message = tr("The unsaved changes kept for %1 cannot be read (%2); the file is kept as %3.")
                                        .arg(QFileInfo(absolute).fileName(), recovered.error().toString(),
                                             QDir(session()->workspace().root()).relativeFilePath(kept));
            if (m_recoveryPolicy == RecoveryPolicy::Ask)
                QMessageBox::warning(this, tr("Unsaved changes cannot be read"), message);
            emit statusMessage(message);
        } else if (loaded.snapshot) {
            RecoveryPolicy policy = m_recoveryPolicy;
            if (policy == RecoveryPolicy::Ask) {
                const QMessageBox::StandardButton answer = QMessageBox::question(
                    this, tr("Recover unsaved changes?"),
                    tr("The studio closed before %1 was saved. Restore the changes kept on %2?")
                        .arg(QFileInfo(absolute).fileName(),
                             QLocale().toString(loaded.snapshot->modified, QLocale::ShortFormat)),
                    QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
                policy = answer == QMessageBox::Yes ? RecoveryPolicy::Restore : RecoveryPolicy::Discard;
            }
            if (policy == RecoveryPolicy::Restore) {
                notebook = *recovered;
                restored = true;
            } else {
                NotebookRecovery(session()->workspace(), absolute).discard();
            }
        }
        showNotebook(absolute, notebook, restored);
        emit busyChanged(isBusy());
    });
}

void NotebookScreen::closeNotebook()
{
    m_findBar->hide();
    m_view->setDocument(nullptr);
    delete m_notebook;  // shuts the kernel down
    delete m_document;
    m_openPath.clear();
    m_banner->hide();
    updateActions();
    updateKernelStatus();
}

void NotebookScreen::showNotebook(const QString &path, const Notebook &notebook, bool restored)
{
    closeNotebook();
    m_lastError.clear();
    m_openPath = session()->workspace().relativePath(path);
    m_document = new NotebookDocument(notebook, path, this);
    if (restored)
        m_document->markModified();
    m_view->setDocument(m_document);
    m_notebook = new NotebookSession(session()->workspace(), m_document, this);

    connect(m_notebook, &NotebookSession::runStateChanged, this, [this](const QString &id, CellWidget::RunState state) {
        if (CellWidget *w = m_view->cellWidget(id))
            w->setRunState(state);
    });
    connect(m_notebook, &NotebookSession::busyChanged, this, [this](bool) {
        updateActions();
        if (m_tourPending && !m_notebook->isBusy())
            finishTour();
        emit busyChanged(isBusy());
    });
    connect(m_notebook, &NotebookSession::statusMessage, this, &Screen::statusMessage);
    connect(m_notebook, &NotebookSession::saved, this, [this] {
        emit statusMessage(tr("Saved %1").arg(m_openPath));
        session()->notifyChanged();
    });
    connect(m_notebook, &NotebookSession::saveFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Cannot save"), message);
    });
    NotebookKernel *kernel = m_notebook->kernel();
    connect(kernel, &NotebookKernel::stateChanged, this, [this] {
        updateKernelStatus();
        updateActions();
    });
    connect(kernel, &NotebookKernel::kernelReady, m_banner, &QWidget::hide);
    connect(kernel, &NotebookKernel::kernelFailed, this, [this](const QString &reason) {
        showBanner(reason, true);
    });
    connect(kernel, &NotebookKernel::inputRequested, this, [this](const QString &id, const QString &prompt, bool password) {
        m_inputPrompts.insert(id, {prompt, password});
        if (CellWidget *w = m_view->cellWidget(id))
            w->askInput(prompt, password);
    });
    connect(m_document, &NotebookDocument::modifiedChanged, this, &NotebookScreen::updateActions);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &NotebookScreen::updateActions);

    const int pickerIndex = m_notebookPicker->findData(m_openPath);
    if (pickerIndex >= 0)
        m_notebookPicker->setCurrentIndex(pickerIndex);
    const KernelSpec spec = specFor(notebook.kernelName());
    if (!notebook.kernelName().isEmpty() && spec.name != notebook.kernelName())
        emit statusMessage(tr("The kernel '%1' of this notebook is not installed; using %2")
                               .arg(notebook.kernelName(), spec.displayName));
    m_notebook->startKernel(spec);
    const int kernelIndex = m_kernelPicker->findData(m_notebook->kernel()->spec().name);
    if (kernelIndex >= 0)
        m_kernelPicker->setCurrentIndex(kernelIndex);
    if (restored)
        emit statusMessage(tr("Restored unsaved changes to %1").arg(m_openPath));
    if (m_tourPending) {
        m_document->clearAllOutputs();
        m_notebook->runAll();
    }
    updateActions();
    updateKernelStatus();
}

KernelSpec NotebookScreen::specFor(const QString &name) const
{
    const QString wanted = name.isEmpty() ? QStringLiteral("python3") : name;
    for (const KernelSpec &spec : m_specs) {
        if (spec.name == wanted && !spec.isBroken())
            return spec;
    }
    Result<KernelSpec> found = KernelSpecs::find(wanted, session()->workspace().python());
    if (found)
        return *found;
    return KernelSpec::pythonKernel(session()->workspace().python());
}

void NotebookScreen::updateActions()
{
    const bool open = m_document != nullptr;
    m_stack->setCurrentIndex(open ? 1 : 0);
    if (!session()->hasWorkspace())
        m_emptyLabel->setText(tr("Open a workspace to work with its notebooks."));
    else if (m_notebookFiles.isEmpty() && !m_listsLoading)
        m_emptyLabel->setText(tr("There are no notebooks in notebooks/ yet. Create one with New notebook."));
    else
        m_emptyLabel->setText(m_lastError.isEmpty() ? tr("Opening the notebook…") : m_lastError);
    const int current = m_view->currentIndex();
    const int count = open ? m_document->cellCount() : 0;
    const bool hasCell = open && current >= 0 && current < count;
    const NotebookKernel::State state = m_notebook ? m_notebook->kernel()->state() : NotebookKernel::State::Stopped;
    m_actions.value(QStringLiteral("save"))->setEnabled(open);
    for (const char *id : {"addCode", "addMarkdown", "clearOutputs", "runAll", "find"})
        m_actions.value(QLatin1String(id))->setEnabled(open);
    for (const char *id : {"deleteCell", "split", "run", "runInPlace", "runAbove"})
        m_actions.value(QLatin1String(id))->setEnabled(hasCell);
    m_actions.value(QStringLiteral("moveUp"))->setEnabled(hasCell && current > 0);
    m_actions.value(QStringLiteral("moveDown"))->setEnabled(hasCell && current + 1 < count);
    m_actions.value(QStringLiteral("merge"))->setEnabled(hasCell && current + 1 < count);
    m_actions.value(QStringLiteral("interrupt"))->setEnabled(state == NotebookKernel::State::Busy);
    m_actions.value(QStringLiteral("restart"))->setEnabled(open && state != NotebookKernel::State::Starting);
    m_actions.value(QStringLiteral("undo"))->setEnabled(open && m_document->undoStack()->canUndo());
    m_actions.value(QStringLiteral("redo"))->setEnabled(open && m_document->undoStack()->canRedo());
    m_cellType->setEnabled(hasCell);
    if (hasCell) {
        const QSignalBlocker block(m_cellType);
        m_cellType->setCurrentIndex(qMax(0, m_cellType->findData(m_document->cell(current).cellType)));
    }
    m_notebookPicker->setItemText(m_notebookPicker->findData(m_openPath),
                                  m_openPath + (open && m_document->isModified() ? QStringLiteral(" •") : QString()));
}

void NotebookScreen::updateKernelStatus()
{
    QString text;
    QColor colour = theme::muted();
    switch (m_notebook ? m_notebook->kernel()->state() : NotebookKernel::State::Stopped) {
    case NotebookKernel::State::Stopped: text = tr("No kernel"); break;
    case NotebookKernel::State::Starting: text = tr("Starting…"); colour = theme::warning(); break;
    case NotebookKernel::State::Idle: text = tr("Idle"); colour = theme::success(); break;
    case NotebookKernel::State::Busy: text = tr("Busy"); colour = theme::accent(); break;
    case NotebookKernel::State::Dead: text = tr("Dead"); colour = theme::danger(); break;
    }
    m_kernelStatus->setText(QStringLiteral("<span style='color:%1'>●</span> %2").arg(colour.name(), text.toHtmlEscaped()));
}

void NotebookScreen::showBanner(const QString &text, bool offerRestart)
{
    const QString firstLines = text.section(QLatin1Char('\n'), 0, 3);
    m_bannerText->setText(firstLines);
    m_bannerText->setToolTip(text);
    m_bannerRestart->setVisible(offerRestart && m_notebook);
    m_banner->show();
    emit statusMessage(text.section(QLatin1Char('\n'), 0, 0));
}

void NotebookScreen::runCurrent(bool advance)
{
    if (!m_document)
        return;
    const int index = m_view->currentIndex();
    CellWidget *cell = m_view->cellWidget(index);
    if (!cell)
        return;
    if (cell->cellType() == QStringLiteral("markdown"))
        cell->setEditing(false);
    else
        m_notebook->runCell(index);
    if (!advance)
        return;
    if (index + 1 < m_document->cellCount())
        m_view->setCurrentIndex(index + 1, true);
    else
        m_document->addCell(index + 1, QStringLiteral("code"));
}

void NotebookScreen::runAll()
{
    if (!m_document)
        return;
    for (CellWidget *cell : m_view->cellWidgets()) {
        if (cell->cellType() == QStringLiteral("markdown"))
            cell->setEditing(false);
    }
    m_notebook->runAll();
}

void NotebookScreen::runAbove()
{
    if (m_notebook)
        m_notebook->runAbove(m_view->currentIndex());
}

void NotebookScreen::interruptKernel()
{
    if (m_notebook)
        m_notebook->interrupt();
}

void NotebookScreen::restartKernel()
{
    if (!m_notebook)
        return;
    m_banner->hide();
    m_notebook->restart();
}

void NotebookScreen::save()
{
    if (m_notebook)
        m_notebook->saveAsync();
}

void NotebookScreen::newNotebook()
{
    if (!session()->hasWorkspace())
        return;
    const Workspace ws = session()->workspace();
    QString relative = QStringLiteral("notebooks/Untitled.ipynb");
    for (int n = 2; QFileInfo::exists(ws.path(relative)); ++n)
        relative = QStringLiteral("notebooks/Untitled-%1.ipynb").arg(n);
    Notebook notebook;
    notebook.cells.append(NotebookCell::make(QStringLiteral("code")));
    const KernelSpec spec = specFor(QStringLiteral("python3"));
    notebook.setKernelSpec(spec.name, spec.displayName, spec.language);
    if (Status s = NotebookFormat::write(ws.path(relative), notebook); !s) {
        QMessageBox::warning(this, tr("Cannot create the notebook"), s.error().toString());
        return;
    }
    m_notebookFiles.append(relative);
    m_notebookPicker->addItem(relative, relative);
    openNotebook(relative);
}

bool NotebookScreen::confirmClose()
{
    if (!m_document || !m_document->isModified())
        return true;
    if (m_tourMode) {
        // The tour ran the notebook to show it; the user's file stays as it was.
        m_notebook->recovery().discard();
        m_document->markSaved();
        return true;
    }
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Unsaved notebook"), tr("Save the changes to %1?").arg(m_openPath),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard) {
        m_notebook->recovery().discard();
        m_document->markSaved();  // nothing to keep: the next close does not ask again
        return true;
    }
    if (Status s = m_notebook->save(); !s) {
        QMessageBox::warning(this, tr("Cannot save"), s.error().toString());
        return false;
    }
    return true;
}

void NotebookScreen::prepareForTour()
{
    if (!session()->hasWorkspace())
        return;
    const QString path = m_notebookFiles.contains(kDemoNotebook) || m_notebookFiles.isEmpty()
                             ? kDemoNotebook
                             : m_notebookFiles.first();
    // A workspace without notebooks shows its empty notebook screen, not an error.
    if (!QFileInfo::exists(QDir(session()->workspace().root()).absoluteFilePath(path)))
        return;
    m_recoveryPolicy = RecoveryPolicy::Discard;
    m_tourMode = true;
    m_tourPending = true;
    emit busyChanged(true);
    if (m_document && m_openPath == path) {
        m_document->clearAllOutputs();
        runAll();
    } else {
        openNotebook(path);
    }
}

void NotebookScreen::finishTour()
{
    // Show the training cell's live chart with the figure below it.
    QTimer::singleShot(150, this, [this] {
        const QList<CellWidget *> &cells = m_view->cellWidgets();
        for (int i = 0; i < cells.size(); ++i) {
            OutputArea *outputs = cells.at(i)->outputArea();
            if (!outputs || !outputs->metricsView() || outputs->metricsView()->chartedMetrics().isEmpty())
                continue;
            const int y = outputs->metricsView()->mapTo(m_view->widget(), QPoint(0, 0)).y();
            m_view->verticalScrollBar()->setValue(y - 8);
            m_view->setCurrentIndex(qMin(i + 1, int(cells.size()) - 1));
            break;
        }
        m_tourPending = false;
        emit busyChanged(isBusy());
    });
}

} // namespace mlops
