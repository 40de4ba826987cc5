// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "testsupport.h"

#include "core/workspace/workspaceinitializer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace mlops::test {

bool pythonImports(const QString &modules)
{
    const CommandResult r = runProgram(QStringLiteral("/usr/bin/python3"),
                                       {QStringLiteral("-c"), QStringLiteral("import ") + modules}, {},
                                       QProcessEnvironment::systemEnvironment(), 60000);
    return r.finished && r.exitCode == 0;
}

CommandResult runProgram(const QString &program, const QStringList &args, const QString &workingDir,
                         const QProcessEnvironment &env, int timeoutMs)
{
    CommandResult result;
    QProcess process;
    process.setProgram(program);
    process.setArguments(args);
    process.setProcessEnvironment(env);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start();
    if (!process.waitForStarted(30000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    process.closeWriteChannel();
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString cliPath()
{
    return QStringLiteral(MLOPS_CLI_PATH);
}

QString studioPath()
{
    return QStringLiteral(MLOPS_STUDIO_PATH);
}

CommandResult runCli(const QStringList &args, const QString &workingDir,
                     const QProcessEnvironment &env, int timeoutMs)
{
    return runProgram(cliPath(), args, workingDir, env, timeoutMs);
}

bool isCi()
{
    const QString ci = qEnvironmentVariable("CI").toLower();
    return ci == QStringLiteral("true") || ci == QStringLiteral("1");
}

TempWorkspace::TempWorkspace(const QString &templateName)
{
    if (!m_dir.isValid()) {
        m_error = m_dir.errorString();
        return;
    }
    InitOptions options;
    options.dir = m_dir.filePath(QStringLiteral("ws"));
    options.templateName = templateName;
    Result<InitResult> created = initWorkspace(options);
    if (!created) {
        m_error = created.error().toString();
        return;
    }
    m_root = created->root;
    m_valid = true;
}

QString TempWorkspace::path(const QString &relative) const
{
    return QDir(m_root).filePath(relative);
}

bool writeFlakyBwrap(const QString &path, int failures)
{
    const QByteArray calls = QFile::encodeName(path + QStringLiteral(".calls"));
    const QByteArray script = "#!/bin/sh\n"
                              "echo call >> '" + calls + "'\n"
                              "if [ \"$(wc -l < '" + calls + "')\" -le " + QByteArray::number(failures) + " ]; then\n"
                              "  echo \"bwrap: Can't bind mount /oldroot/ on /newroot/: Invalid argument\" >&2\n"
                              "  exit 1\n"
                              "fi\n"
                              "exec /usr/bin/bwrap \"$@\"\n";
    if (!writeFile(path, script))
        return false;
    return QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ExeOwner);
}

int flakyBwrapCalls(const QString &path)
{
    return int(readFile(path + QStringLiteral(".calls")).count('\n'));
}

bool writeFakePython(const QString &path, int rows, int columns)
{
    QByteArray script = "#!/bin/sh\n";
    if (rows >= 0)
        script += "mkdir -p \"$2/data\" && awk -v rows=" + QByteArray::number(rows) + " -v cols="
                  + QByteArray::number(columns)
                  + " 'BEGIN { for (r = 0; r <= rows; r++) { line = \"\"; for (c = 1; c <= cols; c++)"
                    " line = line (c > 1 ? \",\" : \"\") (r == 0 ? \"f\" c : r % 2); print line } }'"
                    " > \"$2/data/breast_cancer.csv\"\n";
    script += "exit 0\n";
    if (!writeFile(path, script))
        return false;
    return QFile::setPermissions(path, QFile::permissions(path) | QFile::ExeOwner | QFile::ExeUser);
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace mlops::test
