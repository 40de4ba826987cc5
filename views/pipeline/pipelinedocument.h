// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/pipeline/diagnostic.h"
#include "core/pipeline/pipelinegraph.h"
#include "core/pipeline/pipelineextras.h"
#include "core/pipeline/pipelineloader.h"
#include "core/pipeline/pipelinespec.h"
#include "views/pipeline/portref.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointF>

#include <memory>
#include <optional>

class QTimer;
class QUndoCommand;
class QUndoStack;

namespace mlops {

/**
 * One pipeline being edited (STYLE.md §8): the pipeline as value structs, its YAML
 * text, the node positions, the file path and the undo stack. The canvas, the YAML
 * view and the panels all edit this one document and listen to its typed change
 * signals; none of them talks to another.
 *
 * The text is the source of truth for saving. Opened and saved without edits, a file
 * is written back byte for byte. A graph edit rewrites the text with the canonical
 * PipelineWriter (keeping comments and metadata); a YAML edit keeps the user's text as
 * typed and reloads the pipeline from it. While typed text has errors of form (bad YAML,
 * unknown keys, wrong types) the graph shows the last state that loaded and cannot be
 * edited, so no graph edit can drop what the user wrote.
 *
 * Every edit goes through a QUndoCommand (one per verb+noun, see the edit functions);
 * the do*() functions below are the commands' primitives and emit the signals.
 */
class PipelineDocument : public QObject
{
    Q_OBJECT

public:
    explicit PipelineDocument(QObject *parent = nullptr);
    ~PipelineDocument() override;

    /** A file's text read and checked: the slow part of opening, safe on any thread. */
    struct Parsed
    {
        QByteArray text;
        LoadedPipeline loaded;
        PipelineExtras extras;
        Diagnostics diagnostics;   ///< of form and of meaning
    };
    /** `file` names the pipeline in messages (workspace-relative); blocking, thread-safe. */
    static Parsed parse(const QByteArray &text, const QString &file, const QString &workspaceRoot = {});
    /** A document over parsed text, on the GUI thread (cheap). */
    static std::unique_ptr<PipelineDocument> fromParsed(const Parsed &parsed, const QString &filePath,
                                                        const QString &workspaceRoot = {});
    /** A document over a file's text; `filePath` may be empty for a new pipeline. */
    static std::unique_ptr<PipelineDocument> fromText(const QByteArray &text, const QString &filePath = {},
                                                      const QString &workspaceRoot = {});
    /** Reads a file (blocking; views call it off the GUI thread through fromText). */
    static Result<std::unique_ptr<PipelineDocument>> open(const QString &path, const QString &workspaceRoot = {});
    /** A new pipeline with a name and no steps. */
    static std::unique_ptr<PipelineDocument> create(const QString &name, const QString &workspaceRoot = {});

    // The file.
    const QString &filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    /** The file name shown in titles and messages ("breast-cancer.yaml", "Untitled"). */
    QString displayName() const;
    /** The path as the engine names it: workspace-relative when inside the workspace. */
    QString pipelineFile() const;
    const QString &workspaceRoot() const { return m_workspaceRoot; }
    void setWorkspaceRoot(const QString &root);
    bool isModified() const;
    /** Marks a document made in the studio (from scratch or a template) as not yet saved. */
    void setUnsaved(bool unsaved);
    /** Writes the text (atomically) to the file and marks the document clean. */
    Status save();
    Status saveAs(const QString &path);
    /**
     * The file's text as this document last read or wrote it; nullopt for a pipeline not
     * on disk yet. Comparing it with the file tells a change made outside the studio from
     * the document's own save.
     */
    const std::optional<QByteArray> &diskText() const { return m_diskText; }
    /**
     * The file changed on disk: its `text` replaces the document's, as one undoable step
     * ("Reload from Disk"), and the document is clean again (it matches the file).
     */
    void reloadFromDisk(const QByteArray &text);
    /** The user keeps their version over the file's `text`: a later Save writes over it. */
    void keepOverDisk(const QByteArray &text) { m_diskText = text; }
    /** The file has the document's text (someone wrote the same): clean, nothing to reload. */
    void markSavedAs(const QByteArray &text);

    // The model.
    const PipelineSpec &spec() const { return m_spec; }
    const StepSpec *step(const QString &name) const { return m_spec.step(name); }
    const PipelineExtras &extras() const { return m_extras; }
    PipelineGraph graph() const;
    /** Positions the user placed (saved under `metadata: layout:`); empty: automatic. */
    const QHash<QString, QPointF> &manualLayout() const { return m_layout; }
    bool hasManualLayout() const { return !m_layout.isEmpty(); }
    /** Where every step is: the manual position, else the automatic layered layout. */
    QHash<QString, QPointF> positions() const;
    QByteArray text() const;
    QUndoStack *undoStack() const { return m_undo; }

    // What the text says about itself.
    bool isGraphEditable() const { return m_graphEditable; }
    /**
     * Loader and validator diagnostics of the current text. Validation after an edit is
     * coalesced and runs off the GUI thread; these wait for it (tests, Run, Save).
     */
    const Diagnostics &diagnostics() const;
    Diagnostics diagnosticsFor(const QString &step) const;
    bool hasErrors() const;
    /** What the last validation said, without waiting (views; diagnosticsChanged tells when it changes). */
    const Diagnostics &currentDiagnostics() const { return m_diagnostics; }
    Diagnostics currentDiagnosticsFor(const QString &step) const;
    /** Runs a pending validation now, on this thread (reading typed text first, see settleText()). */
    void validateNow() const;
    /**
     * Text typed in the YAML view is read (loader and validator) off the GUI thread; until
     * then the pipeline is the last state that loaded. This reads it now, on this thread,
     * when that has not happened yet. Every graph edit does it first, so no edit can work
     * on a pipeline older than the text.
     */
    void settleText() const;
    bool isReadingText() const { return m_textPending; }

    // Edits. Each pushes one undo command and returns false when it changed nothing or
    // the graph cannot be edited (see isGraphEditable()).
    bool addStep(const StepSpec &step, std::optional<QPointF> position = std::nullopt);
    /** Adds copies (paste): names must be free; positions make the layout manual. */
    bool addSteps(const QList<StepSpec> &steps, const QHash<QString, QPointF> &positions, const QString &text);
    bool removeSteps(const QStringList &names);
    bool renameStep(const QString &from, const QString &to);
    /** Replaces one step's spec (same name); `field` names what changed, for merging and the undo text. */
    bool changeStep(const StepSpec &changed, const QString &field, bool mergeable = false);
    bool moveSteps(const QHash<QString, QPointF> &positions, bool mergeable = false);
    /** Back to the automatic layout (drops `metadata: layout:`). */
    bool arrange();
    bool connectPorts(const PortRef &from, const PortRef &to);
    bool disconnect(const GraphEdge &edge);
    /** Whether disconnect() can remove an edge (a value used inside a field's text cannot). */
    bool canDisconnect(const GraphEdge &edge) const;
    bool setParameters(const QList<ParameterSpec> &parameters, const QString &text);
    bool renameParameter(const QString &from, const QString &to);
    bool setPipelineInfo(const QString &name, const QString &description, const StepDefaults &defaults,
                         const QString &field);
    /** The YAML view's edit: keeps the text as typed. Edits in quick succession merge when `mergeable`. */
    bool editText(const QByteArray &text, bool mergeable = true);

    /** Why `from` cannot connect to `to`, or nullopt when it can. */
    std::optional<QString> connectionProblem(const PortRef &from, const PortRef &to) const;
    /** The field an edge stands for ("inputs.train", "when", "depends_on", "then"), for markers. */
    QString edgeField(const GraphEdge &edge) const;

    // Primitives for the undo commands.
    /** Inserts steps at their indexes (ascending) and tells the views once. */
    void doInsertSteps(const QList<QPair<qsizetype, StepSpec>> &steps);
    /** Removes steps and tells the views once. */
    void doRemoveSteps(const QStringList &names);
    void doReplaceStep(const StepSpec &step);
    void doSetSteps(const QList<StepSpec> &steps, const QString &renamedFrom = {}, const QString &renamedTo = {});
    void doSetLayout(const QHash<QString, QPointF> &layout);
    void doSetExtras(const PipelineExtras &extras);
    void doSetParameters(const QList<ParameterSpec> &parameters);
    void doSetInfo(const QString &name, const QString &description, const StepDefaults &defaults);
    void doSetText(const QByteArray &text);
    /** Puts back the exact text of an earlier state (undo keeps the user's formatting). */
    void doRestoreText(const QByteArray &text);
    /**
     * A command's primitives run between these (nested calls count): views that redo
     * heavy work per change (the scene's layout and edges) may wait for batchEnded().
     */
    void beginBatch() { ++m_batchDepth; }
    void endBatch();
    bool isInBatch() const { return m_batchDepth > 0; }

signals:
    void stepsAdded(const QStringList &names);
    void stepsRemoved(const QStringList &names);
    void stepChanged(const QString &name);
    void stepRenamed(const QString &from, const QString &to);
    /** Positions of steps changed (manual or automatic). */
    void layoutChanged();
    /** Name, description, parameters or defaults. */
    void pipelineChanged();
    /** Anything may have changed (the text was edited, or such an edit undone). */
    void documentReset();
    /** The YAML text changed (coalesced). */
    void textChanged();
    void diagnosticsChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    void graphEditableChanged(bool editable);
    /** The outermost batch of primitives (one undo command) is done. */
    void batchEnded();

private:
    void load(const Parsed &parsed);
    void applyText(const Parsed &parsed);
    void validateInBackground();
    void edited();
    void invalidateAutoLayout();
    void scheduleValidation();
    PipelineExtras extrasForWriting() const;
    bool push(QUndoCommand *command);

    PipelineSpec m_spec;
    PipelineExtras m_extras;
    QHash<QString, QPointF> m_layout;
    QString m_filePath;
    QString m_workspaceRoot;
    QUndoStack *m_undo;
    QTimer *m_validation;
    QTimer *m_textSignal;
    mutable QByteArray m_text;
    mutable bool m_textStale = false;
    mutable Diagnostics m_diagnostics;
    mutable bool m_validationPending = false;
    mutable int m_validationGeneration = 0;
    bool m_textPending = false;   ///< doSetText's text is being read in the background
    int m_textGeneration = 0;
    mutable QHash<QString, QPointF> m_autoLayout;
    mutable bool m_autoLayoutStale = true;
    bool m_graphEditable = true;
    bool m_unsaved = false;
    std::optional<QByteArray> m_diskText;
    int m_batchDepth = 0;
};

} // namespace mlops
