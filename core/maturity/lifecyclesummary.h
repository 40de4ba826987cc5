// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QList>
#include <QString>

namespace mlops {

struct WorkspaceFacts;

/** One stage of the ML lifecycle and where the workspace stands in it. */
struct LifecycleStage
{
    enum class State { NotStarted, InProgress, Done, Attention };

    QString id;         ///< data | train | evaluate | register | deploy | monitor
    QString title;      ///< translated
    State state = State::NotStarted;
    QString headline;   ///< "3 versions", "2 awaiting approval"…
    QString detail;     ///< one more line: the latest event, or what to do
    QString screen;     ///< the studio screen that shows this stage

    static QString stateName(State state);   ///< "not-started", "in-progress", "done", "attention"
};

/**
 * The ML lifecycle — data → train → evaluate → register → deploy → monitor — with the
 * workspace's state at each stage, for the Overview. Derived from the same facts as the
 * maturity assessment.
 */
QList<LifecycleStage> summarizeLifecycle(const WorkspaceFacts &facts);

} // namespace mlops
