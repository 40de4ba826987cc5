// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QtGlobal>

class QProcess;

namespace mlops {

/**
 * Makes a QProcess start its child as the leader of a new session and process group,
 * with SIGKILL as its parent-death signal: stopping the group reaches the step's own
 * children too, and a crash (even kill -9) of the studio does not leave the child
 * running. Call before QProcess::start().
 */
void startInOwnProcessGroup(QProcess &process);

/** Sends `signal` to the whole process group `pgid` (no-op for pgid <= 1). */
bool signalProcessGroup(qint64 pgid, int signal);

/** True while any process of the group `pgid` exists. */
bool processGroupExists(qint64 pgid);

} // namespace mlops
