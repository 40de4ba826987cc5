// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/pipelineeditor.h"

#include "core/pipeline/pipelineedit.h"
#include "core/pipeline/pipelineloader.h"
#include "core/pipeline/pipelinewriter.h"
#include "views/common/async.h"
#include "views/common/theme.h"
#include "views/pipeline/diskchangebar.h"
#include "views/pipeline/edgeitem.h"
#include "views/pipeline/executioncontroller.h"
#include "views/pipeline/moveinteraction.h"
#include "views/pipeline/nodegeometry.h"
#include "views/pipeline/pipelinedocument.h"
#include "views/pipeline/pipelinepropertiespanel.h"
#include "views/pipeline/pipelinescene.h"
#include "views/pipeline/pipelineview.h"
#include "views/pipeline/rundialog.h"
#include "views/pipeline/runhistory.h"
#include "views/pipeline/runpanel.h"
#include "views/pipeline/steppalette.h"
#include "views/pipeline/stepnodeitem.h"
#include "views/pipeline/steppropertiespanel.h"
#include "views/pipeline/yamleditor.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QResizeEvent>
#include <QSplitter>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace mlops {

namespace {

enum Tab { StepTab, PipelineTab, YamlTab, RunTab };

constexpr int kInspectorMinWidth = 240;
constexpr int kInspectorMaxWidth = 460;
constexpr int kCanvasMinWidth = 200;

} // namespace

PipelineEditor::PipelineEditor(QWidget *parent)
    : QWidget(parent), m_view(new PipelineView(this)), m_palette(new StepPalette(this)),
      m_inspector(new QTabWidget(this)), m_stepPanel(new StepPropertiesPanel(this)),
      m_pipelinePanel(new PipelinePropertiesPanel(this)), m_yaml(new YamlEditor(this)), m_runPanel(new RunPanel(this)),
      m_controller(new ExecutionController(this)), m_toolBar(new QToolBar(this)), m_validity(new QLabel(this)),
      m_banner(new QLabel(this)), m_diskBar(new DiskChangeBar(this)), m_split(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("pipelineEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_toolBar->setIconSize(QSize(18, 18));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    layout->addWidget(m_toolBar);
    m_banner->setObjectName(QStringLiteral("editorBanner"));
    m_banner->setWordWrap(true);
    m_banner->setText(tr("The YAML has errors, so the canvas shows the last version that loaded and cannot be edited. "
                         "Fix the marked lines in the YAML view to edit the graph again."));
    m_banner->hide();
    layout->addWidget(m_banner);
    layout->addWidget(m_diskBar);
    connect(m_diskBar, &DiskChangeBar::statusMessage, this, &PipelineEditor::statusMessage);

    m_inspector->setObjectName(QStringLiteral("editorInspector"));
    m_inspector->setDocumentMode(true);
    m_inspector->addTab(m_stepPanel, tr("Step"));
    m_inspector->addTab(m_pipelinePanel, tr("Pipeline"));
    m_inspector->addTab(m_yaml, tr("YAML"));
    m_inspector->addTab(m_runPanel, tr("Run"));
    // The canvas gets the larger share; the palette is as wide as its names (it measures
    // itself once styled) and the inspector a third of the editor (see resizeEvent).
    m_inspector->setMinimumWidth(kInspectorMinWidth);
    m_view->setMinimumWidth(kCanvasMinWidth);
    m_split->setObjectName(QStringLiteral("editorSplit"));
    m_split->addWidget(m_palette);
    m_split->addWidget(m_view);
    m_split->addWidget(m_inspector);
    m_split->setStretchFactor(0, 0);
    m_split->setStretchFactor(1, 1);
    m_split->setStretchFactor(2, 0);
    m_split->setCollapsible(0, true);
    m_split->setCollapsible(1, false);
    m_split->setCollapsible(2, false);
    connect(m_split, &QSplitter::splitterMoved, this, [this] { m_userSized = true; });
    layout->addWidget(m_split, 1);

    m_validity->setObjectName(QStringLiteral("editorValidity"));
    m_validity->setTextInteractionFlags(Qt::LinksAccessibleByMouse);
    createActions();

    connect(m_view, &PipelineView::stepTypeDropped, this, &PipelineEditor::addStepOfType);
    connect(m_view, &PipelineView::contextMenuRequested, this, [this](const QPoint &globalPos, const QPointF &scenePos) {
        QMenu *menu = createCanvasMenu(scenePos, this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(globalPos);
    });
    connect(m_palette, &StepPalette::stepTypeActivated, this, &PipelineEditor::addStepNearCentre);
    connect(m_stepPanel, &StepPropertiesPanel::statusMessage, this, &PipelineEditor::statusMessage);
    connect(m_pipelinePanel, &PipelinePropertiesPanel::statusMessage, this, &PipelineEditor::statusMessage);
    connect(m_runPanel, &RunPanel::stepSelected, this, [this](const QString &name) {
        if (m_scene && m_scene->node(name))
            m_scene->selectSteps({name});
    });
    connect(m_runPanel, &RunPanel::stopRequested, m_controller, &ExecutionController::stop);
    connect(m_validity, &QLabel::linkActivated, this, [this] {
        if (!m_document)
            return;
        for (const Diagnostic &d : m_document->currentDiagnostics()) {
            if (d.isError() || d.line > 0) {
                m_inspector->setCurrentIndex(YamlTab);
                m_yaml->goTo(d.line, d.column);
                return;
            }
        }
    });

    // A run's statuses belong to its own pipeline's nodes, whatever pipeline is open now.
    connect(m_controller, &ExecutionController::started, this, [this](const QString &, const QList<StepEvent> &steps) {
        if (m_scene && showsRun()) {
            m_scene->setStopping(false);
            m_scene->setStepStatuses(steps);
        }
        updateActions();
    });
    connect(m_controller, &ExecutionController::stopping, this, [this] {
        if (m_scene && showsRun())
            m_scene->setStopping(true);
        updateActions();
        emit statusMessage(tr("Stopping the run of %1…").arg(m_runName));
    });
    connect(m_controller, &ExecutionController::stepChanged, this, [this](const StepEvent &e) {
        if (m_scene && showsRun())
            m_scene->setStepStatus(e);
    });
    connect(m_controller, &ExecutionController::finished, this, [this](RunStatus status, const QString &reason) {
        if (m_scene && showsRun())
            m_scene->setStopping(false);
        updateActions();
        const QString run = showsRun() ? m_controller->runId().left(8)
                                       : tr("%1 of %2").arg(m_controller->runId().left(8), m_runName);
        emit statusMessage(reason.isEmpty() ? tr("Run %1: %2").arg(run, runStatusDisplayName(status))
                                            : tr("Run %1: %2 — %3").arg(run, runStatusDisplayName(status), reason));
        emit runFinished();
    });
    connect(m_controller, &ExecutionController::failedToStart, this, [this](const QString &message) {
        updateActions();
        emit statusMessage(tr("The run did not start: %1").arg(message));
        emit runFinished();
    });
    m_view->installEventFilter(this);
    setDocument(nullptr);
}

PipelineEditor::~PipelineEditor()
{
    // Views of the document go before it.
    setDocument(nullptr);
}

QAction *PipelineEditor::action(const QString &name) const
{
    return m_actions.value(name);
}

void PipelineEditor::createActions()
{
    auto make = [this](const QString &name, const QString &text, const QString &icon, const QKeySequence &key,
                       QWidget *scope) {
        auto *a = new QAction(icon.isEmpty() ? QIcon() : QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), text, this);
        a->setObjectName(name);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        }
        a->setShortcutContext(scope == this ? Qt::WidgetWithChildrenShortcut : Qt::WidgetShortcut);
        scope->addAction(a);
        m_actions.insert(name, a);
        return a;
    };
    QAction *newAction = make(QStringLiteral("new"), tr("New"), QStringLiteral("editor-new"), QKeySequence::New, this);
    connect(newAction, &QAction::triggered, this, &PipelineEditor::newPipelineRequested);
    QAction *saveAction = make(QStringLiteral("save"), tr("Save"), QStringLiteral("editor-save"), QKeySequence::Save, this);
    connect(saveAction, &QAction::triggered, this, &PipelineEditor::save);
    QAction *saveAsAction = make(QStringLiteral("saveAs"), tr("Save As…"), QString(), QKeySequence::SaveAs, this);
    connect(saveAsAction, &QAction::triggered, this, &PipelineEditor::saveAs);
    QAction *undo = make(QStringLiteral("undo"), tr("Undo"), QStringLiteral("editor-undo"), QKeySequence::Undo, this);
    connect(undo, &QAction::triggered, this, [this] {
        m_yaml->flush();
        if (m_document)
            m_document->undoStack()->undo();
    });
    QAction *redo = make(QStringLiteral("redo"), tr("Redo"), QStringLiteral("editor-redo"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), this);
    // Both common bindings, on every platform (QKeySequence::Redo is only one of them on some).
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(redo, &QAction::triggered, this, [this] {
        m_yaml->flush();
        if (m_document)
            m_document->undoStack()->redo();
    });
    // Clipboard and selection act on the canvas only, so text fields keep their keys.
    connect(make(QStringLiteral("cut"), tr("Cut"), QString(), QKeySequence::Cut, m_view), &QAction::triggered, this, [this] {
        copy();
        deleteSelection();
    });
    connect(make(QStringLiteral("copy"), tr("Copy"), QString(), QKeySequence::Copy, m_view), &QAction::triggered, this,
            &PipelineEditor::copy);
    connect(make(QStringLiteral("paste"), tr("Paste"), QString(), QKeySequence::Paste, m_view), &QAction::triggered,
            this, &PipelineEditor::paste);
    connect(make(QStringLiteral("duplicate"), tr("Duplicate"), QString(), QKeySequence(Qt::CTRL | Qt::Key_D), m_view),
            &QAction::triggered, this, &PipelineEditor::duplicate);
    QAction *del = make(QStringLiteral("delete"), tr("Delete"), QString(), QKeySequence::Delete, m_view);
    del->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    connect(del, &QAction::triggered, this, &PipelineEditor::deleteSelection);
    connect(make(QStringLiteral("selectAll"), tr("Select All"), QString(), QKeySequence::SelectAll, m_view),
            &QAction::triggered, this, [this] {
                if (m_scene)
                    m_scene->selectSteps(m_scene->nodes().keys());
            });
    QAction *arrange = make(QStringLiteral("arrange"), tr("Arrange"), QStringLiteral("editor-arrange"),
                            QKeySequence(Qt::CTRL | Qt::Key_L), this);
    arrange->setToolTip(tr("Lay the steps out automatically in layers (Ctrl+L)"));
    connect(arrange, &QAction::triggered, this, [this] {
        if (m_document && m_document->arrange())
            m_view->fitAll();
    });
    QAction *fit = make(QStringLiteral("fit"), tr("Fit"), QStringLiteral("editor-fit"), QKeySequence(Qt::CTRL | Qt::Key_0), this);
    connect(fit, &QAction::triggered, m_view, [this] {
        m_view->setAutoFit(true);
        m_view->fitAll();
    });
    QAction *zoomIn = make(QStringLiteral("zoomIn"), tr("Zoom In"), QStringLiteral("editor-zoom-in"), QKeySequence::ZoomIn, this);
    // Ctrl+= too: the plus sign needs Shift on most keyboards.
    zoomIn->setShortcuts({QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(zoomIn, &QAction::triggered, m_view, &PipelineView::zoomIn);
    connect(make(QStringLiteral("zoomOut"), tr("Zoom Out"), QStringLiteral("editor-zoom-out"), QKeySequence::ZoomOut, this),
            &QAction::triggered, m_view, &PipelineView::zoomOut);
    QAction *runAction = make(QStringLiteral("run"), tr("Run"), QStringLiteral("editor-run"), QKeySequence(Qt::Key_F5), this);
    connect(runAction, &QAction::triggered, this, &PipelineEditor::run);
    QAction *stop = make(QStringLiteral("stop"), tr("Stop"), QStringLiteral("editor-stop"),
                         QKeySequence(Qt::SHIFT | Qt::Key_F5), this);
    connect(stop, &QAction::triggered, m_controller, &ExecutionController::stop);

    m_toolBar->addAction(newAction);
    m_toolBar->addAction(saveAction);
    m_toolBar->addAction(saveAsAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(undo);
    m_toolBar->addAction(redo);
    m_toolBar->addSeparator();
    m_toolBar->addAction(arrange);
    m_toolBar->addAction(fit);
    m_toolBar->addAction(m_actions.value(QStringLiteral("zoomOut")));
    m_toolBar->addAction(m_actions.value(QStringLiteral("zoomIn")));
    m_toolBar->addSeparator();
    m_toolBar->addAction(runAction);
    m_toolBar->addAction(stop);
    for (const QString &iconOnly : {QStringLiteral("zoomOut"), QStringLiteral("zoomIn"), QStringLiteral("fit"),
                                    QStringLiteral("undo"), QStringLiteral("redo"), QStringLiteral("new")}) {
        if (QWidget *button = m_toolBar->widgetForAction(m_actions.value(iconOnly)))
            static_cast<QToolButton *>(button)->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addWidget(m_validity);
}

void PipelineEditor::setWorkspace(const std::optional<Workspace> &workspace)
{
    m_workspace = workspace;
    m_runPanel->setWorkspace(workspace);
}

void PipelineEditor::setDocument(std::unique_ptr<PipelineDocument> document)
{
    ++m_runGeneration;
    m_loadingRun = false;
    m_stepPanel->setPipelineDocument(nullptr);
    m_pipelinePanel->setPipelineDocument(nullptr);
    m_yaml->setPipelineDocument(nullptr);
    m_diskBar->setDocument(nullptr);
    m_view->setPipelineScene(nullptr);
    if (m_scene)
        m_scene->disconnect(this);
    delete m_scene;
    m_scene = nullptr;
    m_document = std::move(document);
    m_runPanel->clear();
    // The Run tab follows the controller only for the pipeline its run belongs to.
    m_runPanel->setController(showsRun() ? m_controller : nullptr);
    if (m_document) {
        m_scene = new PipelineScene(m_document.get(), this);
        m_view->setPipelineScene(m_scene);
        m_stepPanel->setPipelineDocument(m_document.get());
        m_pipelinePanel->setPipelineDocument(m_document.get());
        m_yaml->setPipelineDocument(m_document.get());
        m_diskBar->setDocument(m_document.get());
        connect(m_scene, &QGraphicsScene::selectionChanged, this, &PipelineEditor::onSelectionChanged);
        connect(m_scene, &PipelineScene::statusMessage, this, &PipelineEditor::statusMessage);
        connect(m_scene, &PipelineScene::stepActivated, this, [this](const QString &name) {
            m_stepPanel->setStep(name);
            m_inspector->setCurrentIndex(StepTab);
            m_stepPanel->nameEdit()->setFocus();
        });
        PipelineDocument *doc = m_document.get();
        connect(doc, &PipelineDocument::diagnosticsChanged, this, &PipelineEditor::updateStatus);
        connect(doc, &PipelineDocument::graphEditableChanged, this, &PipelineEditor::updateStatus);
        connect(doc, &PipelineDocument::modifiedChanged, this, [this] {
            updateActions();
            emit titleChanged(m_document ? m_document->displayName() : QString());
        });
        connect(doc, &PipelineDocument::filePathChanged, this, [this] {
            emit titleChanged(m_document ? m_document->displayName() : QString());
        });
        connect(doc->undoStack(), &QUndoStack::canUndoChanged, this, &PipelineEditor::updateActions);
        connect(doc->undoStack(), &QUndoStack::canRedoChanged, this, &PipelineEditor::updateActions);
        connect(doc->undoStack(), &QUndoStack::undoTextChanged, this, &PipelineEditor::updateActions);
        m_inspector->setCurrentIndex(PipelineTab);
        m_view->setAutoFit(true);
        m_view->fitAll();
        if (isRunning() && showsRun()) {
            // Back to the pipeline that runs in the background: its run, live again.
            m_scene->setStepStatuses(m_controller->steps());
            m_scene->setStopping(m_controller->isStopping());
            m_runPanel->showController();
            m_inspector->setCurrentIndex(RunTab);
        } else if (isRunning()) {
            emit statusMessage(tr("%1 is still running in the background").arg(m_runName));
        }
    }
    m_palette->setEnabled(m_document != nullptr);
    updateStatus();
    updateActions();
    onSelectionChanged();
    emit titleChanged(m_document ? m_document->displayName() : QString());
}

void PipelineEditor::updateActions()
{
    const bool doc = m_document != nullptr;
    const bool editable = doc && m_document->isGraphEditable();
    const bool running = m_controller->isRunning();
    const bool selection = m_scene && !m_scene->selectedItems().isEmpty();
    auto enable = [this](const char *name, bool on) {
        if (QAction *a = m_actions.value(QString::fromLatin1(name)))
            a->setEnabled(on);
    };
    enable("save", doc);
    enable("saveAs", doc);
    enable("undo", doc && m_document->undoStack()->canUndo());
    enable("redo", doc && m_document->undoStack()->canRedo());
    if (doc) {
        m_actions.value(QStringLiteral("undo"))->setToolTip(tr("Undo %1 (Ctrl+Z)").arg(m_document->undoStack()->undoText()));
        m_actions.value(QStringLiteral("redo"))
            ->setToolTip(tr("Redo %1 (%2 or %3)")
                             .arg(m_document->undoStack()->redoText(),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z).toString(QKeySequence::NativeText),
                                  QKeySequence(Qt::CTRL | Qt::Key_Y).toString(QKeySequence::NativeText)));
    }
    enable("cut", editable && selection);
    enable("copy", doc && selection);
    enable("paste", editable);
    enable("duplicate", editable && selection);
    enable("delete", editable && selection);
    enable("selectAll", doc);
    enable("arrange", editable && m_document->hasManualLayout());
    enable("fit", doc);
    enable("zoomIn", doc);
    enable("zoomOut", doc);
    enable("run", doc && !running && m_workspace.has_value());
    enable("stop", running && !m_controller->isStopping());
    updateRunActions();
}

void PipelineEditor::updateRunActions()
{
    // Say why Run is unavailable, in its tooltip and on the Run tab.
    QAction *run = m_actions.value(QStringLiteral("run"));
    QAction *stop = m_actions.value(QStringLiteral("stop"));
    const QString key = run->shortcut().toString(QKeySequence::NativeText);
    const bool elsewhere = isRunning() && !showsRun();
    QString notice;
    if (elsewhere) {
        run->setToolTip(tr("Run is unavailable while %1 runs in the background; wait for it to end or stop it").arg(m_runName));
        stop->setToolTip(tr("Stop the run of %1 (%2)").arg(m_runName, stop->shortcut().toString(QKeySequence::NativeText)));
        notice = tr("%1 is running in the background. This pipeline can run when that run ends, or after you stop it "
                    "with Stop.")
                     .arg(m_runName);
    } else {
        if (isRunning())
            run->setToolTip(tr("This pipeline is running"));
        else if (!m_workspace)
            run->setToolTip(tr("Open a workspace to run pipelines"));
        else
            run->setToolTip(tr("Run (%1)").arg(key));
        stop->setToolTip(m_controller->isStopping()
                             ? tr("Stopping: the steps are asked to exit and are ended if they do not")
                             : tr("Stop (%1)").arg(stop->shortcut().toString(QKeySequence::NativeText)));
    }
    m_runPanel->setNotice(m_document ? notice : QString());
}

void PipelineEditor::updateStatus()
{
    if (!m_document) {
        m_validity->clear();
        m_banner->hide();
        return;
    }
    m_banner->setVisible(!m_document->isGraphEditable());
    int errors = 0;
    int warnings = 0;
    QStringList lines;
    for (const Diagnostic &d : m_document->currentDiagnostics()) {
        (d.isError() ? errors : warnings) += 1;
        if (lines.size() < 12)
            lines.append(d.toString().toHtmlEscaped());
    }
    if (errors == 0 && warnings == 0) {
        m_validity->setText(QStringLiteral("<span style='color:%1'>✓ %2</span>").arg(theme::success().name(), tr("Valid")));
    } else {
        QStringList parts;
        if (errors > 0)
            parts.append(tr("%n error(s)", nullptr, errors));
        if (warnings > 0)
            parts.append(tr("%n warning(s)", nullptr, warnings));
        m_validity->setText(QStringLiteral("<a href='#problems' style='color:%1; text-decoration:none'>%2 %3</a>")
                                .arg((errors ? theme::danger() : theme::warning()).name(),
                                     errors ? QStringLiteral("✗") : QStringLiteral("⚠"),
                                     parts.join(QStringLiteral(" · "))));
    }
    m_validity->setToolTip(lines.join(QStringLiteral("<br>")));
    updateActions();
}

void PipelineEditor::onSelectionChanged()
{
    const QStringList steps = m_scene ? m_scene->selectedSteps() : QStringList();
    if (steps.size() == 1) {
        m_stepPanel->setStep(steps.first());
        if (m_inspector->currentIndex() == PipelineTab)
            m_inspector->setCurrentIndex(StepTab);
        m_runPanel->selectStep(steps.first());
    } else {
        m_stepPanel->setStep(QString());
    }
    updateActions();
}

// --- Files -----------------------------------------------------------------------------

void PipelineEditor::commitTyping()
{
    m_yaml->flush();
    // Fields commit on Return or when they lose focus (QLineEdit, spin boxes, the tables'
    // cell editors): taking the focus away and giving it back commits what they hold,
    // through the same undoable edit. Ctrl+S and F5 leave the focus where it is.
    QWidget *focus = QApplication::focusWidget();
    if (!focus || !m_inspector->isAncestorOf(focus) || focus == m_yaml || m_yaml->isAncestorOf(focus))
        return;
    const QPointer<QWidget> field = focus;
    focus->clearFocus();
    // A table's cell editor closes when it commits; the other fields keep the focus.
    if (field && field->isVisible())
        field->setFocus(Qt::OtherFocusReason);
}

bool PipelineEditor::save()
{
    if (!m_document)
        return false;
    commitTyping();
    if (m_document->filePath().isEmpty())
        return saveAs();
    if (!m_diskBar->confirmOverwrite())
        return false;
    if (Status s = m_document->save(); !s) {
        QMessageBox::warning(this, tr("Save Pipeline"), tr("Could not save %1:\n%2").arg(m_document->displayName(), s.error().toString()));
        return false;
    }
    emit statusMessage(tr("Saved %1").arg(m_document->pipelineFile()));
    emit documentSaved(m_document->filePath());
    return true;
}

bool PipelineEditor::saveAs()
{
    if (!m_document)
        return false;
    commitTyping();
    const QString dir = m_workspace ? m_workspace->pipelinesDir() : QString();
    const QString suggested = m_document->filePath().isEmpty()
                                  ? QDir(dir).filePath(m_document->spec().name + QStringLiteral(".yaml"))
                                  : m_document->filePath();
    QString path = QFileDialog::getSaveFileName(this, tr("Save Pipeline As"), suggested, tr("Pipelines (*.yaml *.yml)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".yaml")) && !path.endsWith(QStringLiteral(".yml")))
        path += QStringLiteral(".yaml");
    if (Status s = m_document->saveAs(path); !s) {
        QMessageBox::warning(this, tr("Save Pipeline"), tr("Could not save %1:\n%2").arg(path, s.error().toString()));
        return false;
    }
    emit statusMessage(tr("Saved %1").arg(m_document->pipelineFile()));
    emit documentSaved(path);
    return true;
}

bool PipelineEditor::confirmClose(CloseReason reason)
{
    if (m_document) {
        commitTyping();
        if (m_document->isModified()) {
            const auto answer = QMessageBox::question(
                this, tr("Unsaved Changes"), tr("%1 has unsaved changes. Save them?").arg(m_document->displayName()),
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
            if (answer == QMessageBox::Cancel)
                return false;
            if (answer == QMessageBox::Save && !save())
                return false;
        }
    }
    if (!isRunning() || (reason == CloseReason::OpenAnother && !showsRun()))
        return true;  // nothing runs, or a background run goes on as it was
    QMessageBox box(QMessageBox::Question, tr("Pipeline Running"), QString(), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("runningQuestion"));
    QPushButton *stop = box.addButton(tr("Stop the Run"), QMessageBox::DestructiveRole);
    stop->setObjectName(QStringLiteral("stopRun"));
    QPushButton *keep = nullptr;
    if (reason == CloseReason::OpenAnother) {
        box.setText(tr("%1 is still running.").arg(m_runName));
        box.setInformativeText(tr("Stop the run, or keep it running in the background? Its progress stays with %1: "
                                  "open it again to follow the run.")
                                   .arg(m_runName));
        keep = box.addButton(tr("Keep Running"), QMessageBox::AcceptRole);
        keep->setObjectName(QStringLiteral("keepRunning"));
    } else {
        box.setText(tr("A run of %1 is in progress.").arg(m_runName));
        box.setInformativeText(tr("Closing stops the run."));
    }
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep ? keep : stop);
    box.exec();
    if (box.clickedButton() == stop) {
        m_controller->stop();
        return true;
    }
    return keep && box.clickedButton() == keep;
}

// --- Running ---------------------------------------------------------------------------

bool PipelineEditor::isRunning() const
{
    return m_controller->isRunning();
}

bool PipelineEditor::showsRun() const
{
    return m_document && !m_runPath.isEmpty() && m_document->filePath() == m_runPath;
}

void PipelineEditor::run()
{
    if (!m_document || !m_workspace || isRunning())
        return;
    commitTyping();
    m_diskBar->check();  // a file changed on disk: reloaded, or the conflict shown, before anything runs
    if (m_document->isModified() || m_document->filePath().isEmpty()) {
        const auto answer = QMessageBox::question(this, tr("Run Pipeline"),
                                                  tr("The run uses the saved file, and %1 has unsaved changes. Save and run?")
                                                      .arg(m_document->displayName()),
                                                  QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
        if (answer != QMessageBox::Save || !save())
            return;
    }
    if (m_document->hasErrors()) {
        QStringList errors;
        for (const Diagnostic &d : m_document->diagnostics()) {
            if (d.isError() && errors.size() < 8)
                errors.append(d.toString());
        }
        QMessageBox::warning(this, tr("Run Pipeline"),
                             tr("The pipeline has errors; fix them first:\n\n%1").arg(errors.join(QLatin1Char('\n'))));
        return;
    }
    RunDialog dialog(m_document->spec(), m_workspace->manifest().runner, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString why;
    if (!runWith(dialog.options(), &why))
        QMessageBox::warning(this, tr("Run Pipeline"), why);
}

bool PipelineEditor::runWith(const ExecutionOptions &options, QString *why)
{
    auto fail = [why](const QString &message) {
        if (why)
            *why = message;
        return false;
    };
    if (!m_document)
        return fail(tr("no pipeline is open"));
    if (!m_workspace)
        return fail(tr("open a workspace to run pipelines"));
    if (isRunning())
        return fail(tr("a run is already going"));
    commitTyping();
    m_diskBar->check();
    if (m_document->isModified() || m_document->filePath().isEmpty())
        return fail(tr("save the pipeline first: runs use the saved file"));
    // The run reads the pipeline the editor shows; it must be the file's, byte for byte.
    if (!m_diskBar->matchesDisk())
        return fail(tr("%1 on disk differs from the editor; reload it or save your version first")
                        .arg(m_document->pipelineFile()));
    if (m_document->hasErrors())
        return fail(tr("the pipeline has errors"));
    m_document->settleText();
    ++m_runGeneration;  // a late "last run" must not overwrite this one
    m_loadingRun = false;
    m_runPath = m_document->filePath();
    m_runName = m_document->displayName();
    m_runPanel->setController(m_controller);
    m_scene->clearStatuses();
    m_controller->start(*m_workspace, m_document->spec(), m_document->pipelineFile(), options);
    m_inspector->setCurrentIndex(RunTab);
    updateActions();
    return true;
}

void PipelineEditor::loadLastRun()
{
    if (!m_document || !m_workspace || m_document->filePath().isEmpty() || (isRunning() && showsRun()))
        return;
    const int generation = ++m_runGeneration;
    m_loadingRun = true;
    const Workspace workspace = *m_workspace;
    const QString file = m_document->pipelineFile();
    runAsync(this, [workspace, file] { return runhistory::lastRun(workspace, file); },
             [this, generation](const runhistory::PipelineRunSummary &run) {
                 if (generation != m_runGeneration)
                     return;
                 m_loadingRun = false;
                 if (!run.found || !m_scene || (isRunning() && showsRun()))
                     return;
                 m_scene->setStepStatuses(run.steps);
                 m_runPanel->showRun(run.uuid, run.status, run.durationMs, run.reason, run.steps, true);
             });
}

// --- Editing ---------------------------------------------------------------------------

void PipelineEditor::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    distributeWidth();
}

void PipelineEditor::distributeWidth()
{
    // Until the user drags a divider: the palette its own width, the inspector about a
    // third (within bounds), the canvas the rest. When narrow, the palette folds away
    // before the canvas gets too small to work in.
    if (m_userSized)
        return;
    const int total = m_split->width() - 2 * m_split->handleWidth();
    if (total <= 0)
        return;
    m_palette->ensurePolished();
    int palette = m_palette->minimumWidth();
    const int inspector = std::clamp(total * 34 / 100, kInspectorMinWidth, kInspectorMaxWidth);
    if (total - palette - inspector < kCanvasMinWidth + 80)
        palette = 0;
    m_split->setSizes({palette, std::max(kCanvasMinWidth, total - palette - inspector), inspector});
}

bool PipelineEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress && m_scene && !m_scene->selectedSteps().isEmpty()) {
        auto *key = static_cast<QKeyEvent *>(event);
        const qreal step = (key->modifiers() & Qt::ShiftModifier) ? 4 * MoveInteraction::kGrid : MoveInteraction::kGrid;
        QPointF delta;
        switch (key->key()) {
        case Qt::Key_Left: delta = QPointF(-step, 0); break;
        case Qt::Key_Right: delta = QPointF(step, 0); break;
        case Qt::Key_Up: delta = QPointF(0, -step); break;
        case Qt::Key_Down: delta = QPointF(0, step); break;
        default: break;
        }
        if (!delta.isNull()) {
            nudge(delta);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace mlops
