// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/tracking/runquery.h"
#include "core/workspace/workspacesummary.h"
#include "views/shell/screen.h"

#include <optional>

class QLabel;
class QListWidget;
class QTimer;
class QVBoxLayout;

namespace mlops {

class AsyncCard;
class Card;
class StatTile;

/**
 * The Overview: the workspace at a glance — name and path, git branch, HEAD commit and
 * uncommitted changes, and counts of pipelines, notebooks, data files and runs. Loads
 * with summarizeWorkspace() off the GUI thread. While shown it polls the store, so runs
 * that `mlops run` starts and ends in a terminal show in the counts.
 */
class OverviewScreen : public Screen
{
    Q_OBJECT

public:
    explicit OverviewScreen(WorkspaceSession *session, QWidget *parent = nullptr);

    QString screenId() const override { return QStringLiteral("overview"); }
    QString title() const override;
    QIcon icon() const override;
    /** Busy while the summary or any extension card loads. */
    bool isBusy() const override;
    void activate() override;

    /** The summary on display (for tests). */
    const WorkspaceSummary &summary() const { return m_summary; }

    /** Extra cards from other screens' folders (engines, lifecycle) go below the rest. */
    QVBoxLayout *extensionArea() const { return m_extensions; }
    /**
     * Adds a card that loads itself to the extension area: it reloads with the Overview,
     * counts toward isBusy() and may ask to open another screen.
     */
    void addExtension(AsyncCard *card);
    const QList<AsyncCard *> &extensionCards() const { return m_cards; }

public slots:
    void reload();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void show(const WorkspaceSummary &summary);
    void poll();
    void stopPolling();

    WorkspaceSummary m_summary;
    QLabel *m_name;
    QLabel *m_path;
    QLabel *m_description;
    StatTile *m_pipelines;
    StatTile *m_notebooks;
    StatTile *m_data;
    StatTile *m_runs;
    QLabel *m_branch;
    QLabel *m_commit;
    QLabel *m_commitMeta;
    QLabel *m_dirty;
    QListWidget *m_changes;
    QLabel *m_python;
    QLabel *m_runner;
    QLabel *m_store;
    QVBoxLayout *m_extensions;
    QList<AsyncCard *> m_cards;
    QTimer *m_pollTimer;
    bool m_polling = false;
    /** The runs (newest id, those still going) when the counts were last read. */
    std::optional<RunsStamp> m_stamp;
};

} // namespace mlops
