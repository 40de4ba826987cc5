// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/shell/screen.h"

#include "views/common/workspacesession.h"

#include <utility>

namespace mlops {

Screen::Screen(WorkspaceSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
}

void Screen::followWorkspace(const std::function<void()> &reload, const std::function<void()> &closed)
{
    m_reload = reload;
    connect(m_session, &WorkspaceSession::workspaceOpened, this, &Screen::reloadWhenShown);
    connect(m_session, &WorkspaceSession::workspaceChanged, this, &Screen::reloadWhenShown);
    if (closed) {
        connect(m_session, &WorkspaceSession::workspaceClosed, this, [this, closed] {
            m_stale = false;
            closed();
        });
    }
    if (m_session->hasWorkspace())
        reloadWhenShown();
}

void Screen::reloadWhenShown()
{
    if (!m_reload)
        return;
    if (isVisible()) {
        m_stale = false;
        m_reload();
    } else {
        m_stale = true;
    }
}

bool Screen::beginLoad(const std::function<void()> &retry)
{
    if (m_loading) {
        m_retry = retry;
        return false;
    }
    m_loading = true;
    emit busyChanged(true);
    return true;
}

void Screen::endLoad()
{
    m_loading = false;
    // The retry starts at once, so the screen does not flicker to idle in between.
    if (const std::function<void()> retry = std::exchange(m_retry, nullptr)) {
        retry();
        if (m_loading)
            return;
    }
    emit busyChanged(isBusy());
}

void Screen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && m_reload && m_session->hasWorkspace()) {
        m_stale = false;
        m_reload();
    }
}

} // namespace mlops
