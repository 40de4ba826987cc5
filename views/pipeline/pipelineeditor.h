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
class QSplitter;
class QTabWidget;
class QToolBar;

namespace mlops {

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

    /** Asks to save unsaved changes; false when the user cancels. */
    bool confirmClose();
    bool save();
    bool saveAs();
    /** Runs with the Run dialog. */
    void run();
    /** Runs with given options (no dialog); false when the pipeline cannot run now. */
    bool runWith(const ExecutionOptions &options, QString *why = nullptr);
    bool isRunning() const;
    /** Loads the pipeline's last run from the store onto the nodes (off the GUI thread). */
    void loadLastRun();
    bool isLoadingRun() const { return m_loadingRun; }

    void copy();
    void paste();
    void duplicate();
    void deleteSelection();
    /** Adds a new step of a type at a scene position (palette drop). */
    bool addStepOfType(const QString &type, const QPointF &scenePos);

signals:
    void statusMessage(const QString &message);
    void documentSaved(const QString &path);
    void newPipelineRequested();
    void runFinished();
    void titleChanged(const QString &title);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void updateActions();
    void updateStatus();
    void onSelectionChanged();
    void nudge(const QPointF &delta);

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
    QSplitter *m_split;
    QHash<QString, QAction *> m_actions;
    bool m_loadingRun = false;
    int m_runGeneration = 0;
};

} // namespace mlops
