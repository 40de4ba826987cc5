// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QIcon>
#include <QStringList>
#include <QWidget>

#include <functional>

namespace mlops {

class WorkspaceSession;

/**
 * One screen of the studio (Overview, Pipelines, Experiments…), hosted by the main
 * window's navigation. A screen loads its data off the GUI thread when the workspace
 * opens or changes, and says when it is busy so the tour can wait for real content.
 */
class Screen : public QWidget
{
    Q_OBJECT

public:
    explicit Screen(WorkspaceSession *session, QWidget *parent = nullptr);

    /** Stable id: the tour's file name (`overview.png`) and the navigation's key. */
    virtual QString screenId() const = 0;
    /** The title in the sidebar and the window, translated. */
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;

    /** True while the screen loads data; the tour waits for it. */
    virtual bool isBusy() const { return false; }

    /** Called when the screen becomes the visible one. */
    virtual void activate() {}

    /**
     * Called by the tour before the screenshot, to put the screen into its most
     * telling state (select the newest run, open a pipeline…). Default: nothing.
     */
    virtual void prepareForTour() {}

    /**
     * Extra pictures the tour takes of this screen after the main one, by name (saved
     * as `<screenId>-<name>.png`), e.g. a comparison next to the details. Default: none.
     */
    virtual QStringList tourCaptures() const { return {}; }
    /** Puts the screen into the state of the extra capture `name`; the tour then waits until idle. */
    virtual void prepareTourCapture(const QString &name) { Q_UNUSED(name); }

    /**
     * Asked before the workspace closes or the studio quits: a screen with unsaved work
     * asks the user (save, discard, cancel). False cancels the close.
     */
    virtual bool confirmClose() { return true; }

    WorkspaceSession *session() const { return m_session; }

signals:
    void busyChanged(bool busy);
    /** A short message for the status bar. */
    void statusMessage(const QString &message);
    /** Ask the main window to show another screen (by id), e.g. "open run in Experiments". */
    void navigateRequested(const QString &screenId, const QVariant &argument);

public slots:
    /** Show something given by another screen (a run id, a pipeline path…). */
    virtual void navigateTo(const QVariant &argument) { Q_UNUSED(argument); }

protected:
    /**
     * Calls `reload` when a workspace is open, and whenever one opens or changes, as soon
     * as the screen is shown: a hidden screen loads nothing (its work would queue ahead
     * of the visible screen's on the shared thread pool); `closed` (if given) when the
     * workspace closes.
     */
    void followWorkspace(const std::function<void()> &reload, const std::function<void()> &closed = {});
    /** Reloads now if shown, else on the next show (for screens using followWorkspace()). */
    void reloadWhenShown();

    /**
     * Begins loading the screen's data off the GUI thread: true when the load may start
     * now (the screen is busy until endLoad()). While a load runs it returns false and
     * `retry` runs once when that load ends, so a change that came meanwhile is not lost.
     */
    bool beginLoad(const std::function<void()> &retry);
    /** Ends the load that beginLoad() began; runs the retry asked for meanwhile, if any. */
    void endLoad();
    bool isLoading() const { return m_loading; }
    /** True when another load was asked for while this one ran (its result is stale). */
    bool isLoadPending() const { return bool(m_retry); }

    void showEvent(QShowEvent *event) override;

private:
    WorkspaceSession *m_session;
    std::function<void()> m_reload;
    bool m_stale = false;
    bool m_loading = false;
    std::function<void()> m_retry;
};

} // namespace mlops
