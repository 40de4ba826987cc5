// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "views/common/card.h"

namespace mlops {

/**
 * A dashboard card that loads its content off the GUI thread. The screen hosting it
 * asks it to reload and counts it as busy while it loads (so the tour waits for it).
 */
class AsyncCard : public Card
{
    Q_OBJECT

public:
    using Card::Card;

    bool isBusy() const { return m_busy; }

public slots:
    /** Starts loading (coalesced: a reload while loading runs once more afterwards). */
    virtual void reload() = 0;

signals:
    void busyChanged(bool busy);
    /** The user asked to see this in another screen (id as in Screen::screenId()). */
    void navigateRequested(const QString &screenId, const QVariant &argument);

protected:
    /** Call with true when a load starts and false when it ends. */
    void setBusy(bool busy);
    /** True (and remembers to reload) when a load is running; reload() returns then. */
    bool deferWhileBusy();
    /** Call at the end of a load: reloads if one was asked for meanwhile. */
    void finishLoad();

private:
    bool m_busy = false;
    bool m_pending = false;
};

} // namespace mlops
