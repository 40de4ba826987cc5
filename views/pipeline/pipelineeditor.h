// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/pipeline/executioncontext.h"
#include "core/workspace/workspace.h"

#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QToolBar;

namespace mlops {

class DiskChangeBar;
class ExecutionController;
class PipelineDocument;
class PipelinePropertiesPanel;
class PipelineScene;
class PipelineView;
class RunPanel;
class StepPalette;
class StepPropertiesPanel;
class YamlEditor;

/**
 * The visual pipeline editor: palette, canvas, and beside it the step's properties,
 * the pipeline's properties and parameters, the YAML and the run — all views of one
 * PipelineDocument. Actions with their shortcuts: save (Ctrl+S), save as, undo/redo,
 * cut/copy/paste/duplicate/delete, select all, arrange, fit/zoom, run (F5), stop.
 */
class PipelineEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PipelineEditor(QWidget *parent = nullptr);
    ~PipelineEditor() override;

    void setWorkspace(const std::optional<Workspace> &workspace);
    /** Shows a document (the editor owns it from now on); nullptr closes it. */
    void setDocument(std::unique_ptr<PipelineDocument> document);
    PipelineDocument *document() const { return m_document.get(); }
    PipelineScene *scene() const { return m_scene; }
    PipelineView *view() const { return m_view; }
    RunPanel *runPanel() const { return m_runPanel; }
    YamlEditor *yamlEditor() const { return m_yaml; }
    StepPropertiesPanel *stepPanel() const { return m_stepPanel; }
    PipelinePropertiesPanel *pipelinePanel() const { return m_pipelinePanel; }
    ExecutionController *controller() const { return m_controller; }
    QTabWidget *inspector() const { return m_inspector; }
    QAction *action(const QString &name) const;
    DiskChangeBar *diskChangeBar() const { return m_diskBar; }

    /** Why the open pipeline is about to go (confirmClose asks accordingly). */
    enum class CloseReason {
        OpenAnother,     ///< another pipeline replaces it; a run may go on in the background
        CloseWorkspace,  ///< the workspace or the studio closes: a run must end
    };
    /**
     * Asks to save unsaved changes and, while a run is in progress, whether to stop it
     * (or, when opening another pipeline, to keep it running in the background); false
     * when the user cancels.
     */
    bool confirmClose(CloseReason reason = CloseReason::CloseWorkspace);
    bool save();
    bool saveAs();
    /** Runs with the Run dialog. */
    void run();
    /** Runs with given options (no dialog); false when the pipeline cannot run now. */
    bool runWith(const ExecutionOptions &options, QString *why = nullptr);
    /** A run is in progress (of the open pipeline or, in the background, of another). */
    bool isRunning() const;
    /** Whether the open pipeline is the one the editor's run (current or last) belongs to. */
    bool showsRun() const;
    /** Loads the pipeline's last run from the store onto the nodes (off the GUI thread). */
    void loadLastRun();
    bool isLoadingRun() const { return m_loadingRun; }

    void copy();
    void paste();
    void duplicate();
    void deleteSelection();
    /** Adds a new step of a type at a scene position (palette drop). */
    bool addStepOfType(const QString &type, const QPointF &scenePos);
    /** Adds a new step of a type at the free place nearest the middle of the view (palette double-click). */
    bool addStepNearCentre(const QString &type);
    /**
     * The canvas's context menu for a right click at a scene position: on a step (which
     * becomes the selection) Rename, the clipboard, Duplicate and Delete; on a connection
     * Delete; on empty canvas Add Step and Paste; always Select All, Arrange and Fit. The
     * editor's own actions, so the menu shows their shortcuts.
     */
    QMenu *createCanvasMenu(const QPointF &scenePos, QWidget *parent);

signals:
    void statusMessage(const QString &message);
    void documentSaved(const QString &path);
    void newPipelineRequested();
    void runFinished();
    void titleChanged(const QString &title);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createActions();
    /**
     * Takes what is being typed in a field of the inspector (a line, a spin box, a table
     * cell) into the document, as leaving the field would: Save, Run and closing must not
     * act on the document without it. The YAML view's pending text too.
     */
    void commitTyping();
    void updateActions();
    void updateStatus();
    void updateRunActions();
    void distributeWidth();
    void onSelectionChanged();
    void nudge(const QPointF &delta);
    bool addStep(const QString &type, const QPointF &scenePos, bool avoidOthers);
    /** The selected steps as YAML with their positions (what Copy puts on the clipboard). */
    QByteArray selectionYaml() const;
    /** Adds copies of the steps in `yaml` beside the originals, clear of other steps. */
    bool pasteSteps(const QByteArray &yaml);

    std::optional<Workspace> m_workspace;
    std::unique_ptr<PipelineDocument> m_document;
    PipelineScene *m_scene = nullptr;
    PipelineView *m_view;
    StepPalette *m_palette;
    QTabWidget *m_inspector;
    StepPropertiesPanel *m_stepPanel;
    PipelinePropertiesPanel *m_pipelinePanel;
    YamlEditor *m_yaml;
    RunPanel *m_runPanel;
    ExecutionController *m_controller;
    QToolBar *m_toolBar;
    QLabel *m_validity;
    QLabel *m_banner;
    DiskChangeBar *m_diskBar;
    QSplitter *m_split;
    QHash<QString, QAction *> m_actions;
    bool m_loadingRun = false;
    bool m_userSized = false;   ///< the user dragged a splitter handle: keep their sizes
    QString m_runPath;   ///< the file of the pipeline the controller runs (or ran last)
    QString m_runName;
    int m_runGeneration = 0;
};

} // namespace mlops
