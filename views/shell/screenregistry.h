// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QList>
#include <QWidget>

#include <functional>

namespace mlops {

class Screen;
class WorkspaceSession;

/**
 * The screens the studio has, in navigation order. Each screen's folder adds itself in
 * builtinscreens.cpp; the main window creates them from here and lists only these.
 */
class ScreenRegistry
{
public:
    using Factory = std::function<Screen *(WorkspaceSession *session, QWidget *parent)>;

    static ScreenRegistry &instance();

    template<typename T>
    void registerScreen(int order)
    {
        add(order, [](WorkspaceSession *session, QWidget *parent) -> Screen * {
            return new T(session, parent);
        });
    }
    void add(int order, Factory factory);

    /** Creates one of each screen, sorted by order. */
    QList<Screen *> createAll(WorkspaceSession *session, QWidget *parent) const;

private:
    struct Entry
    {
        int order;
        Factory factory;
    };
    QList<Entry> m_entries;
};

/** Registers every screen shipped with the studio (once). */
void registerBuiltinScreens();

} // namespace mlops
