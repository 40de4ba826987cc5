// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/runtime/toolrunner.h"

#include "core/runtime/childprocess.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <csignal>

namespace mlops {

QString ToolOutput::failureText() const
{
    if (!started)
        return startError;
    const QString e = errText();
    if (!e.isEmpty())
        return e;
    const QString o = outText();
    if (!o.isEmpty())
        return o;
    if (timedOut)
        return QStringLiteral("timed out");
    return QStringLiteral("exit code %1").arg(exitCode);
}

ToolOutput runTool(const ToolCommand &command)
{
    ToolOutput result;
    QProcess process;
    process.setProgram(command.program);
    process.setArguments(command.arguments);
    process.setProcessEnvironment(command.environment);
    if (!command.workingDirectory.isEmpty())
        process.setWorkingDirectory(command.workingDirectory);
    startInOwnProcessGroup(process);
    process.start();
    if (!process.waitForStarted(30000)) {
        result.startError = process.errorString();
        return result;
    }
    result.started = true;
    if (!command.input.isEmpty())
        process.write(command.input);
    process.closeWriteChannel();
    if (!process.waitForFinished(command.timeoutMs)) {
        result.timedOut = true;
        signalProcessGroup(process.processId(), SIGKILL);
        process.kill();
        process.waitForFinished(5000);
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (!result.timedOut && process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    return result;
}

QString findProgram(const QString &program)
{
    if (program.contains(QLatin1Char('/'))) {
        const QFileInfo info(program);
        return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
    }
    return QStandardPaths::findExecutable(program);
}

} // namespace mlops
