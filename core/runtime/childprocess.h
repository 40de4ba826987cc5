// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QByteArray>
#include <QStringList>
#include <QtGlobal>

class QProcess;

namespace mlops {

/**
 * Makes a QProcess start its child as the leader of a new session and process group,
 * with SIGKILL as its parent-death signal: stopping the group reaches the step's own
 * children too, and a crash (even kill -9) of the studio does not leave the child
 * running. Call before QProcess::start().
 */
void startInOwnProcessGroup(QProcess &process, int inheritedFd = -1);

/** Sends `signal` to the whole process group `pgid` (no-op for pgid <= 1). */
bool signalProcessGroup(qint64 pgid, int signal);

/** True while any process of the group `pgid` exists. */
bool processGroupExists(qint64 pgid);

/**
 * bubblewrap's --json-status-fd, read back. bwrap writes `"exit-code"` there only once
 * the command inside has been executed, so a sandbox that could not be set up tells
 * itself apart from a command that failed. `--ro-bind / /` copies the whole mount tree,
 * and a container engine that mounts or unmounts an overlay meanwhile makes that copy
 * fail ("Can't bind mount /oldroot/ on /newroot/: Invalid argument"): such a start is
 * worth another try, a failed command is not.
 */
class BwrapStatus
{
public:
    BwrapStatus();
    ~BwrapStatus();
    Q_DISABLE_COPY_MOVE(BwrapStatus)

    /** bwrap's arguments for the pipe ({"--json-status-fd", N}); empty without one. */
    QStringList arguments() const;
    /** startInOwnProcessGroup, with the pipe's write end left open in the child. */
    void prepare(QProcess &process) const;
    /** After the start: the parent's copy of the write end closes. */
    void closeWriteEnd();
    /** After the end: whether bwrap executed the command (else its set-up failed). */
    bool commandRan();

    /** How many times a start whose set-up failed is tried in all. */
    static constexpr int kAttempts = 4;

private:
    int m_read = -1;
    int m_write = -1;
    QByteArray m_status;
};

} // namespace mlops
