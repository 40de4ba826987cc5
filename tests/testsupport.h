// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

// Shared helpers for the test executables (linked into each by mlops_add_test).

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <memory>

namespace mlops::test {

/** The output of a command run to completion. */
struct CommandResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

/** Runs a program with arguments (no shell), waiting up to `timeoutMs`. */
CommandResult runProgram(const QString &program, const QStringList &args,
                         const QString &workingDir = {},
                         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                         int timeoutMs = 120000);

/** Runs the built `mlops` binary. */
CommandResult runCli(const QStringList &args, const QString &workingDir = {},
                     const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                     int timeoutMs = 120000);

/** The path of the built `mlops` and `mlops-studio` binaries. */
QString cliPath();
QString studioPath();

/** True when the CI environment asks for every component (CI=true). */
bool isCi();

/** True when Debian's /usr/bin/python3 imports `modules` (a comma-separated list). */
bool pythonImports(const QString &modules);

/**
 * A workspace made by `mlops init` in a temporary folder, removed afterwards.
 * The demo template runs /usr/bin/python3 with scikit-learn (about a second); tests
 * that do not need the data set use the empty template.
 */
class TempWorkspace
{
public:
    explicit TempWorkspace(const QString &templateName = QStringLiteral("empty"));
    bool isValid() const { return m_valid; }
    QString root() const { return m_root; }
    QString path(const QString &relative) const;
    const QString &error() const { return m_error; }

private:
    QTemporaryDir m_dir;
    QString m_root;
    QString m_error;
    bool m_valid = false;
};

/**
 * Writes an executable stand-in for the workspace's Python at `path`: run as the demo
 * template's generator (`PYTHON SCRIPT WORKSPACE`), it writes `data/breast_cancer.csv`
 * with a header and `rows` rows of `columns` columns, without scikit-learn; with
 * `rows` < 0 it writes nothing and still exits with 0.
 */
bool writeFakePython(const QString &path, int rows = 569, int columns = 31);

/**
 * A bubblewrap in front of the real one for MLOPS_BWRAP: its first `failures` calls end
 * as a set-up that lost a race with a container engine's mount does (exit code 1, bwrap's
 * message, no "exit-code" in the status); the later ones run the real bwrap. Each call
 * appends a line to `path + ".calls"`.
 */
bool writeFlakyBwrap(const QString &path, int failures);
/** How many times the flaky bubblewrap at `path` was called. */
int flakyBwrapCalls(const QString &path);

/** Writes a file (creating folders); returns false on failure. */
bool writeFile(const QString &path, const QByteArray &content);
QByteArray readFile(const QString &path);

} // namespace mlops::test

/**
 * Requires a component (a container engine, bubblewrap, a Jupyter kernel…) for the rest
 * of the test: skips with the reason when it is missing, but fails under CI=true, where
 * every component must be there (the fresh-machine rule).
 */
#define MLOPS_REQUIRE(condition, reason)                                                   \
    do {                                                                                    \
        if (!(condition)) {                                                                 \
            if (::mlops::test::isCi())                                                      \
                QFAIL(qPrintable(QStringLiteral("required under CI=true: ") + (reason)));    \
            QSKIP(qPrintable(reason));                                                      \
        }                                                                                   \
    } while (false)
