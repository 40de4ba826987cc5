// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace mlops {

/** A short-lived helper program to run to completion: a container client, bwrap, python. */
struct ToolCommand
{
    QString program;
    QStringList arguments;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString workingDirectory;
    QByteArray input;             ///< written to stdin, which is then closed
    int timeoutMs = 60000;
};

/** What a helper program did. */
struct ToolOutput
{
    bool started = false;
    bool timedOut = false;
    int exitCode = -1;            ///< -1 when it crashed, timed out or did not start
    QByteArray out;
    QByteArray err;
    QString startError;           ///< why it did not start (not found, not executable…)

    bool succeeded() const { return started && !timedOut && exitCode == 0; }
    QString outText() const { return QString::fromUtf8(out).trimmed(); }
    QString errText() const { return QString::fromUtf8(err).trimmed(); }
    /** The most useful one-line reason for a failure: stderr, else stdout, else the start error. */
    QString failureText() const;
};

/**
 * Runs a helper program with an argument list (never a shell) and waits for it. Blocking:
 * call from the CLI or a worker thread, never from the GUI thread (STYLE.md §13). On a
 * timeout the whole process group is killed.
 */
ToolOutput runTool(const ToolCommand &command);

/** The absolute path of `program` on PATH (or `program` itself when it has a slash), empty when missing. */
QString findProgram(const QString &program);

} // namespace mlops
