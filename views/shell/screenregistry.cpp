// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/shell/screenregistry.h"

#include "views/shell/screen.h"

#include <algorithm>

namespace mlops {

ScreenRegistry &ScreenRegistry::instance()
{
    static ScreenRegistry registry;
    return registry;
}

void ScreenRegistry::add(int order, Factory factory)
{
    m_entries.append({order, std::move(factory)});
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const Entry &a, const Entry &b) { return a.order < b.order; });
}

QList<Screen *> ScreenRegistry::createAll(WorkspaceSession *session, QWidget *parent) const
{
    QList<Screen *> screens;
    for (const Entry &e : m_entries)
        screens.append(e.factory(session, parent));
    return screens;
}

} // namespace mlops
