// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/shell/screen.h"

#include "views/common/workspacesession.h"

namespace mlops {

Screen::Screen(WorkspaceSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
}

void Screen::followWorkspace(const std::function<void()> &reload, const std::function<void()> &closed)
{
    connect(m_session, &WorkspaceSession::workspaceOpened, this, reload);
    connect(m_session, &WorkspaceSession::workspaceChanged, this, reload);
    if (closed)
        connect(m_session, &WorkspaceSession::workspaceClosed, this, closed);
    if (m_session->hasWorkspace())
        reload();
}

} // namespace mlops
