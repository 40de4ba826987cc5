// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// `mlops data` end to end through the binary: concurrent adds from many processes keep
// every .gitignore line and stage every pointer; one command cannot version a folder and
// a file inside it; status says when a modified file's version is gone from the cache;
// sizes are printed in SI units, as the studio shows them; the commit command `data add`
// suggests works from the folder the user is in and takes data git tracked out of git;
// a folder named to status or checkout stands for the versioned data in it.
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QtTest/QTest>

#include <memory>
#include <vector>

using namespace mlops;
using namespace mlops::test;

class TestDataCli : public QObject
{
    Q_OBJECT

private slots:
    void concurrentAddsKeepEveryChange()
    {
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const int count = 12;
        for (int i = 1; i <= count; ++i)
            QVERIFY(writeFile(ws.path(QStringLiteral("f%1.csv").arg(i)), QByteArray::number(i) + '\n'));
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 1; i <= count; ++i) {
            auto p = std::make_unique<QProcess>();
            p->setWorkingDirectory(ws.root());
            p->start(cliPath(), {QStringLiteral("data"), QStringLiteral("add"), QStringLiteral("f%1.csv").arg(i)});
            processes.push_back(std::move(p));
        }
        int succeeded = 0;
        for (auto &p : processes) {
            QVERIFY(p->waitForFinished(120000));
            if (p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0)
                ++succeeded;
            else
                qWarning("%s", p->readAllStandardError().constData());
        }
        QCOMPARE(succeeded, count);
        const QByteArray ignore = readFile(ws.path(QStringLiteral(".gitignore")));
        for (int i = 1; i <= count; ++i)
            QVERIFY2(ignore.contains(QStringLiteral("/f%1.csv\n").arg(i).toUtf8()), ignore.constData());
        const CommandResult git = runProgram(QStringLiteral("git"), {QStringLiteral("status"), QStringLiteral("--porcelain")},
                                             ws.root());
        QCOMPARE(git.exitCode, 0);
        for (int i = 1; i <= count; ++i)
            QVERIFY2(git.outText().contains(QStringLiteral("A  f%1.csv.mlops").arg(i)), git.out.constData());
        QVERIFY2(git.outText().contains(QStringLiteral("M  .gitignore")), git.out.constData());
    }

    void theSuggestedCommitWorksFromWhereTheUserIs()
    {
        // From a subfolder: one new file, and one that git tracked until now. Running what
        // `data add` suggests, there, commits the pointers and takes the data out of git.
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *key : {"GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"})
            env.insert(QString::fromLatin1(key), QStringLiteral("Data User"));
        for (const char *key : {"GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"})
            env.insert(QString::fromLatin1(key), QStringLiteral("data@example.org"));
        QVERIFY(writeFile(ws.path(QStringLiteral("data/tracked.csv")), "t\n1\n"));
        QCOMPARE(runProgram(QStringLiteral("git"), {QStringLiteral("add"), QStringLiteral("data/tracked.csv")}, ws.root(), env).exitCode, 0);
        QCOMPARE(runProgram(QStringLiteral("git"), {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("Data in git")},
                            ws.root(), env)
                     .exitCode,
                 0);
        QVERIFY(writeFile(ws.path(QStringLiteral("data/new file.csv")), "n\n2\n"));
        const QString here = ws.path(QStringLiteral("data"));
        for (const QString &file : {QStringLiteral("new file.csv"), QStringLiteral("tracked.csv")}) {
            const CommandResult r = runCli({QStringLiteral("data"), QStringLiteral("add"), file}, here);
            QCOMPARE(r.exitCode, 0);
            const QString out = r.outText();
            const qsizetype at = out.indexOf(QStringLiteral("with: "));
            QVERIFY2(at > 0, r.out.constData());
            const QString command = out.mid(at + 6).section(QLatin1Char('\n'), 0, 0);
            const CommandResult commit = runProgram(QStringLiteral("sh"), {QStringLiteral("-c"), command + QStringLiteral(" -qm v")}, here, env);
            QVERIFY2(commit.exitCode == 0, qPrintable(command + QLatin1Char('\n') + commit.errText()));
        }
        const CommandResult files = runProgram(QStringLiteral("git"), {QStringLiteral("ls-files")}, ws.root());
        QVERIFY2(files.outText().contains(QStringLiteral("data/new file.csv.mlops")), files.out.constData());
        QVERIFY2(files.outText().contains(QStringLiteral("data/tracked.csv.mlops")), files.out.constData());
        QVERIFY2(!files.outText().contains(QStringLiteral("data/tracked.csv\n")), files.out.constData());
        const CommandResult status = runProgram(QStringLiteral("git"), {QStringLiteral("status"), QStringLiteral("--porcelain")},
                                                ws.root());
        QCOMPARE(status.outText(), QString());
    }

    void oneCommandCannotNestVersionedData()
    {
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QVERIFY(writeFile(ws.path(QStringLiteral("data/with space/my file.csv")), "a,b\n1,2\n"));
        const QByteArray ignoreBefore = readFile(ws.path(QStringLiteral(".gitignore")));
        const CommandResult r = runCli({QStringLiteral("-C"), ws.root(), QStringLiteral("data"), QStringLiteral("add"),
                                        QStringLiteral("data/with space/my file.csv"), QStringLiteral("data/with space")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("data/with space/my file.csv is inside the folder data/with space")),
                 r.err.constData());
        QVERIFY(!QFile::exists(ws.path(QStringLiteral("data/with space.mlops"))));
        QVERIFY(!QFile::exists(ws.path(QStringLiteral("data/with space/my file.csv.mlops"))));
        QCOMPARE(readFile(ws.path(QStringLiteral(".gitignore"))), ignoreBefore);
    }

    void refusesAnEmptyFolderAndChangesNothing()
    {
        // An empty folder has nothing to version: refused by name, no pointer, no
        // .gitignore line, nothing staged, nothing in the audit log.
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QVERIFY(QDir().mkpath(ws.path(QStringLiteral("data/empty"))));
        const QByteArray ignoreBefore = readFile(ws.path(QStringLiteral(".gitignore")));
        const CommandResult auditBefore = runCli({QStringLiteral("-C"), ws.root(), QStringLiteral("audit")});
        QCOMPARE(auditBefore.exitCode, 0);
        const CommandResult gitBefore = runProgram(QStringLiteral("git"), {QStringLiteral("status"), QStringLiteral("--porcelain")},
                                                   ws.root());

        const CommandResult r = runCli({QStringLiteral("-C"), ws.root(), QStringLiteral("data"), QStringLiteral("add"),
                                        QStringLiteral("data/empty")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("data/empty")), r.err.constData());
        QVERIFY2(r.errText().contains(QStringLiteral("the folder is empty")), r.err.constData());
        QVERIFY(!QFile::exists(ws.path(QStringLiteral("data/empty.mlops"))));
        QCOMPARE(readFile(ws.path(QStringLiteral(".gitignore"))), ignoreBefore);
        QCOMPARE(runProgram(QStringLiteral("git"), {QStringLiteral("status"), QStringLiteral("--porcelain")}, ws.root()).out,
                 gitBefore.out);
        QCOMPARE(runCli({QStringLiteral("-C"), ws.root(), QStringLiteral("audit")}).out, auditBefore.out);

        // With a file in it, the same folder is versioned.
        QVERIFY(writeFile(ws.path(QStringLiteral("data/empty/a.csv")), "a\n1\n"));
        const CommandResult added = runCli({QStringLiteral("-C"), ws.root(), QStringLiteral("data"), QStringLiteral("add"),
                                            QStringLiteral("data/empty")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QVERIFY(QFile::exists(ws.path(QStringLiteral("data/empty.mlops"))));
    }

    void statusSaysWhenAModifiedFilesVersionIsNotCached()
    {
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QVERIFY(writeFile(ws.path(QStringLiteral("data/a.csv")), "first\n"));
        QCOMPARE(runCli({QStringLiteral("-C"), ws.root(), QStringLiteral("data"), QStringLiteral("add"),
                         QStringLiteral("data/a.csv")})
                     .exitCode,
                 0);
        QVERIFY(writeFile(ws.path(QStringLiteral("data/a.csv")), "second\n"));
        QVERIFY(QDir(ws.path(QStringLiteral(".mlops/cache"))).removeRecursively());
        const CommandResult r = runCli({QStringLiteral("-C"), ws.root(), QStringLiteral("data"), QStringLiteral("status")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(QStringLiteral("modified")), r.out.constData());
        QVERIFY2(r.outText().contains(QStringLiteral("not in this workspace's cache")), r.out.constData());
    }
    void aFolderStandsForTheVersionedDataInIt()
    {
        // As with git: `data status data/` and `data checkout .` are about the versioned
        // data in that folder, from wherever the user is.
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QVERIFY(writeFile(ws.path(QStringLiteral("data/raw/a.csv")), "a\n1\n"));
        QVERIFY(writeFile(ws.path(QStringLiteral("data/b.csv")), "b\n2\n"));
        QVERIFY(writeFile(ws.path(QStringLiteral("other/c.csv")), "c\n3\n"));
        QVERIFY(writeFile(ws.path(QStringLiteral("plain/notes.txt")), "n\n"));
        QCOMPARE(runCli({QStringLiteral("-C"), ws.root(), QStringLiteral("data"), QStringLiteral("add"),
                         QStringLiteral("data/raw"), QStringLiteral("data/b.csv"), QStringLiteral("other/c.csv")})
                     .exitCode,
                 0);
        CommandResult r = runCli({QStringLiteral("-C"), ws.root(), QStringLiteral("data"), QStringLiteral("status"),
                                  QStringLiteral("data/")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.outText().contains(QStringLiteral("data/raw ")) && r.outText().contains(QStringLiteral("data/b.csv ")),
                 r.out.constData());
        QVERIFY2(!r.outText().contains(QStringLiteral("other/c.csv")), r.out.constData());

        QVERIFY(QFile::remove(ws.path(QStringLiteral("data/b.csv"))));
        QVERIFY(QFile::remove(ws.path(QStringLiteral("other/c.csv"))));
        r = runCli({QStringLiteral("data"), QStringLiteral("checkout"), QStringLiteral(".")}, ws.path(QStringLiteral("data")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readFile(ws.path(QStringLiteral("data/b.csv"))), QByteArray("b\n2\n"));
        QVERIFY(!QFile::exists(ws.path(QStringLiteral("other/c.csv"))));   // not in the folder named
        r = runCli({QStringLiteral("data"), QStringLiteral("status"), QStringLiteral(".")}, ws.root());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.outText().contains(QStringLiteral("other/c.csv  missing")), r.out.constData());

        // A folder without versioned data, or one inside a versioned folder, says so.
        r = runCli({QStringLiteral("-C"), ws.root(), QStringLiteral("data"), QStringLiteral("status"), QStringLiteral("plain")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("plain is a folder without versioned data")), r.err.constData());
        QVERIFY(QDir().mkpath(ws.path(QStringLiteral("data/raw/sub"))));
        r = runCli({QStringLiteral("-C"), ws.root(), QStringLiteral("data"), QStringLiteral("checkout"),
                    QStringLiteral("data/raw/sub")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("inside the versioned folder data/raw")), r.err.constData());
        // The workspace itself is not data to add.
        r = runCli({QStringLiteral("data"), QStringLiteral("add"), QStringLiteral(".")}, ws.root());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("the workspace itself")), r.err.constData());
        QVERIFY(!QFile::exists(QDir::cleanPath(ws.root()) + QStringLiteral(".mlops")));
    }

    void sizesAreInSiUnits()
    {
        // The CLI and the studio print sizes alike: 1000-based kB and MB.
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QVERIFY(writeFile(ws.path(QStringLiteral("data/big.bin")), QByteArray(321300, 'x')));
        const CommandResult r = runCli({QStringLiteral("-C"), ws.root(), QStringLiteral("data"), QStringLiteral("add"),
                                        QStringLiteral("data/big.bin")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(QStringLiteral("321.3 kB")), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestDataCli)
#include "tst_datacli.moc"
