// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/shell/screen.h"

namespace mlops {

Screen::Screen(WorkspaceSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
}

} // namespace mlops
