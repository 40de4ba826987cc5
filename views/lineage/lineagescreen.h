// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "views/lineage/lineagesnapshot.h"
#include "views/shell/screen.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSpinBox;
class QStackedWidget;
class QStringListModel;
class QToolButton;

namespace mlops {

class LineageDetailPanel;
class LineageExport;
class LineageScene;
class LineageView;

/**
 * The Lineage screen: the workspace's lineage graph from data sets and code to runs,
 * models, registered versions and endpoints, laid out in layers (Graphviz's dot, or the
 * studio's own layered layout for large graphs) off the GUI thread. Kinds have their own
 * shapes and colours, edges carry their association. Focus an entity (search, a double
 * click, or another screen's "lineage" link) to see what it came from and what it fed,
 * as far as the depth says; a click highlights the same in place, without a new layout.
 * The details panel shows hashes, sizes, runs, commits and parameters; the graph exports
 * to PNG, SVG and DOT.
 */
class LineageScreen : public Screen
{
    Q_OBJECT

public:
    explicit LineageScreen(WorkspaceSession *session, QWidget *parent = nullptr);
    ~LineageScreen() override;

    QString screenId() const override { return QStringLiteral("lineage"); }
    QString title() const override;
    QIcon icon() const override;
    bool isBusy() const override { return isLoading() || m_runningDemo || m_exporting; }
    void activate() override;
    /** Runs the workspace's first pipeline if it has no runs yet, then focuses the newest model. */
    void prepareForTour() override;

    /** Shows the lineage of what `id` names (run, hash, file, GROUP/VERSION, entity key). */
    void focusOn(const QString &id);
    void showWholeWorkspace();
    /**
     * Starts writing the graph as PNG, SVG or DOT (by the file's suffix) without freezing
     * the GUI (LineageExport), with a progress bar and a Cancel button; exportFinished()
     * follows. All or nothing: a file that cannot be written is an error naming it, and an
     * existing file stays as it was. False when an export is already running.
     */
    bool exportTo(const QString &path);
    bool isExporting() const { return m_exporting != nullptr; }
    /** Cancels the export while it paints (the write, once begun, completes). */
    void cancelExport();

    LineageScene *scene() const { return m_scene; }
    LineageView *view() const { return m_view; }
    LineageDetailPanel *details() const { return m_details; }
    QLineEdit *searchField() const { return m_search; }
    QSpinBox *depthBox() const { return m_depth; }
    QComboBox *directionBox() const { return m_direction; }
    QString statusText() const;
    const LineageSnapshot &snapshot() const { return m_snapshot; }

signals:
    /** An export ended: `error` is empty when the file was written, says why (naming the file) otherwise. */
    void exportFinished(const QString &path, const QString &error, bool cancelled);

public slots:
    void reload();
    /** A run id or hash from another screen. */
    void navigateTo(const QVariant &argument) override;

private:
    void load(const LineageRequest &request);
    void present(const LineageSnapshot &snapshot);
    void showSelection();
    /** What the search box's text names: the key of the one entity in view with that name, else the text. */
    QString searchTarget(const QString &text) const;
    void applyHighlight();
    LineageDirection direction() const;
    void exportDialog(const QString &suffix);
    void exportEnded();

    bool m_runningDemo = false;
    LineageExport *m_exporting = nullptr;
    std::optional<LineageSnapshot> m_deferred;   ///< a graph that arrived during an export
    LineageRequest m_request;
    LineageSnapshot m_snapshot;
    QLabel *m_subtitle;
    QLineEdit *m_search;
    QStringListModel *m_completions;
    QComboBox *m_direction;
    QSpinBox *m_depth;
    QToolButton *m_whole;
    QToolButton *m_export;
    QProgressBar *m_exportProgress;
    QToolButton *m_cancelExport;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    LineageScene *m_scene;
    LineageView *m_view;
    LineageDetailPanel *m_details;
    QLabel *m_status;
};

} // namespace mlops
