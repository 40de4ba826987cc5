// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// The `mlops` command line end to end, through the real binary: exit codes (0 success,
// 1 failure, 2 bad usage or input), messages, workspace discovery and `--json` output.
#include "testsupport.h"

#include "core/store/store.h"
#include "core/tracking/runtracker.h"
#include "core/workspace/workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace mlops;
using namespace mlops::test;

namespace {

QString describe(const CommandResult &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.outText(), r.errText());
}

QStringList listing(const QString &root)
{
    QStringList entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        entries.append(QDir(root).relativeFilePath(path) + QLatin1Char(' ')
                       + QString::fromLatin1(readFile(path).toBase64()));
    }
    entries.sort();
    return entries;
}

bool demoDataAvailable()
{
    return runProgram(QStringLiteral("/usr/bin/python3"),
                      {QStringLiteral("-c"), QStringLiteral("import sklearn.datasets")})
               .exitCode
           == 0;
}

QJsonArray parseArray(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return {};
    return doc.array();
}

} // namespace

#define VERIFY_EXIT(result, code) QVERIFY2((result).exitCode == (code), qPrintable(describe(result)))

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void versionPrintsTheVersion()
    {
        const CommandResult r = runCli({QStringLiteral("--version")});
        VERIFY_EXIT(r, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^mlops \\d+\\.\\d+\\.\\d+\\n$")).match(r.outText()).hasMatch(),
                 qPrintable(r.outText()));
    }

    void helpListsTheCommands()
    {
        const CommandResult r = runCli({QStringLiteral("--help")});
        VERIFY_EXIT(r, 0);
        QVERIFY(r.outText().contains(QStringLiteral("Usage: mlops [-C DIR] COMMAND")));
        QVERIFY(r.outText().contains(QStringLiteral("  init ")));
        QVERIFY(r.outText().contains(QStringLiteral("  runs ")));
        const CommandResult init = runCli({QStringLiteral("init"), QStringLiteral("--help")});
        VERIFY_EXIT(init, 0);
        QVERIFY(init.outText().contains(QStringLiteral("--template")));
    }

    void speaksTheLanguageOfTheLocale()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LANGUAGE"));
        const CommandResult help = runCli({QStringLiteral("--help")}, {}, env);
        VERIFY_EXIT(help, 0);
        QVERIFY2(help.outText().contains(QStringLiteral("Befehle:")), qPrintable(help.outText()));
        QVERIFY(help.outText().contains(QStringLiteral("Einen Arbeitsbereich aus einer Vorlage anlegen")));
        const CommandResult wrong = runCli({QStringLiteral("rnus")}, {}, env);
        VERIFY_EXIT(wrong, 2);
        QVERIFY2(wrong.errText().contains(QStringLiteral("unbekannter Befehl „rnus“ (meinten Sie „runs“?)")),
                 qPrintable(wrong.errText()));
    }

    void noCommandIsAUsageError()
    {
        const CommandResult r = runCli({});
        VERIFY_EXIT(r, 2);
        QVERIFY(r.errText().contains(QStringLiteral("Usage: mlops")));
        QVERIFY(r.out.isEmpty());
    }

    void unknownCommandSuggestsTheClosest()
    {
        const CommandResult r = runCli({QStringLiteral("rnus")});
        VERIFY_EXIT(r, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("unknown command 'rnus' (did you mean 'runs'?)")),
                 qPrintable(r.errText()));
    }

    void unknownOptionsAreUsageErrors()
    {
        const CommandResult global = runCli({QStringLiteral("--frobnicate"), QStringLiteral("runs")});
        VERIFY_EXIT(global, 2);
        QVERIFY(global.errText().contains(QStringLiteral("--frobnicate")));
        QTemporaryDir dir;
        const CommandResult local = runCli({QStringLiteral("init"), dir.filePath(QStringLiteral("w")),
                                            QStringLiteral("--frobnicate")});
        VERIFY_EXIT(local, 2);
        QVERIFY(local.errText().contains(QStringLiteral("frobnicate")));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("w"))));
        const CommandResult noFolder = runCli({QStringLiteral("-C")});
        VERIFY_EXIT(noFolder, 2);
    }

    void unknownOptionsAreNamedAsTypedWithASuggestion()
    {
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const CommandResult runs = runCli({QStringLiteral("runs"), QStringLiteral("--jsn")}, ws.root());
        VERIFY_EXIT(runs, 2);
        QVERIFY2(runs.errText().startsWith(QStringLiteral("mlops: error: unknown option '--jsn' (did you mean '--json'?)\n")),
                 qPrintable(runs.errText()));
        QVERIFY(runs.out.isEmpty());
        const CommandResult init = runCli({QStringLiteral("init"), QStringLiteral("w"), QStringLiteral("--tempalte"),
                                           QStringLiteral("empty")}, ws.root());
        VERIFY_EXIT(init, 2);
        QVERIFY2(init.errText().contains(QStringLiteral("unknown option '--tempalte' (did you mean '--template'?)")),
                 qPrintable(init.errText()));
        const CommandResult shortOption = runCli({QStringLiteral("runs"), QStringLiteral("-q")}, ws.root());
        VERIFY_EXIT(shortOption, 2);
        QVERIFY2(shortOption.errText().contains(QStringLiteral("unknown option '-q'")), qPrintable(shortOption.errText()));
        const CommandResult noValue = runCli({QStringLiteral("runs"), QStringLiteral("--limit")}, ws.root());
        VERIFY_EXIT(noValue, 2);
        QVERIFY2(noValue.errText().startsWith(QStringLiteral("mlops: error: missing value after '--limit'\n")),
                 qPrintable(noValue.errText()));
    }

    void helpCommandShowsThatCommandsHelp()
    {
        const CommandResult runs = runCli({QStringLiteral("help"), QStringLiteral("runs")});
        VERIFY_EXIT(runs, 0);
        QVERIFY2(runs.outText().startsWith(QStringLiteral("Usage: mlops runs")), qPrintable(runs.outText()));
        QVERIFY(runs.outText().contains(QStringLiteral("--limit")));
        const CommandResult init = runCli({QStringLiteral("help"), QStringLiteral("init")});
        VERIFY_EXIT(init, 0);
        QVERIFY(init.outText().contains(QStringLiteral("--template")));
        const CommandResult typo = runCli({QStringLiteral("help"), QStringLiteral("rnus")});
        VERIFY_EXIT(typo, 2);
        QVERIFY2(typo.errText().contains(QStringLiteral("unknown command 'rnus' (did you mean 'runs'?)")),
                 qPrintable(typo.errText()));
    }

    void initResolvesARelativePythonAndRefusesAMissingOne()
    {
        QTemporaryDir dir;
        QVERIFY(writeFakePython(dir.filePath(QStringLiteral("py"))));
        const CommandResult demo = runCli({QStringLiteral("init"), QStringLiteral("d1"), QStringLiteral("--python"),
                                           QStringLiteral("./py")},
                                          dir.path());
        VERIFY_EXIT(demo, 0);
        QVERIFY(readFile(dir.filePath(QStringLiteral("d1/mlops.yaml")))
                    .contains(QByteArray("python: \"" + QFile::encodeName(dir.filePath(QStringLiteral("py"))) + '"')));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("d1/data/breast_cancer.csv"))).isFile());

        // Relative to -C DIR when given.
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("sub"))));
        QVERIFY(writeFakePython(dir.filePath(QStringLiteral("sub/py"))));
        const CommandResult withC = runCli({QStringLiteral("-C"), QStringLiteral("sub"), QStringLiteral("init"),
                                            QStringLiteral("d2"), QStringLiteral("--python"), QStringLiteral("./py")},
                                           dir.path());
        VERIFY_EXIT(withC, 0);
        QVERIFY(readFile(dir.filePath(QStringLiteral("sub/d2/mlops.yaml")))
                    .contains(QFile::encodeName(dir.filePath(QStringLiteral("sub/py")))));

        const CommandResult missing = runCli({QStringLiteral("init"), QStringLiteral("d3"), QStringLiteral("--template"),
                                              QStringLiteral("empty"), QStringLiteral("--python"), QStringLiteral("./nope")},
                                             dir.path());
        VERIFY_EXIT(missing, 2);
        QVERIFY2(missing.errText().contains(QStringLiteral("nope: the Python interpreter does not exist")),
                 qPrintable(missing.errText()));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("d3"))));
    }

    void initSaysWhichHalfOfTheGitIdentityIsMissing()
    {
        MLOPS_REQUIRE(runProgram(QStringLiteral("git"), {QStringLiteral("--version")}).exitCode == 0,
                      QStringLiteral("the git command line"));
        QTemporaryDir dir;
        const QString repo = dir.filePath(QStringLiteral("r"));
        QVERIFY(QDir().mkpath(repo));
        QCOMPARE(runProgram(QStringLiteral("git"), {QStringLiteral("init"), QStringLiteral("-q")}, repo).exitCode, 0);
        QCOMPARE(runProgram(QStringLiteral("git"), {QStringLiteral("config"), QStringLiteral("user.name"),
                                                    QStringLiteral("Only Name")}, repo).exitCode, 0);
        QVERIFY(writeFile(QDir(repo).filePath(QStringLiteral("a")), "a\n"));
        const CommandResult r = runCli({QStringLiteral("init"), QStringLiteral("."), QStringLiteral("--template"),
                                        QStringLiteral("empty")}, repo);
        VERIFY_EXIT(r, 0);
        QVERIFY2(r.outText().contains(QStringLiteral("(by Only Name <")), qPrintable(r.outText()));
        QVERIFY2(r.outText().contains(QStringLiteral("Note: git has no user.email configured")), qPrintable(r.outText()));
        QVERIFY(!r.outText().contains(QStringLiteral("user.name configured")));
    }

    void initNeedsAFolder()
    {
        const CommandResult r = runCli({QStringLiteral("init")});
        VERIFY_EXIT(r, 2);
        QVERIFY(r.errText().contains(QStringLiteral("init needs exactly one folder")));
        const CommandResult two = runCli({QStringLiteral("init"), QStringLiteral("a"), QStringLiteral("b")});
        VERIFY_EXIT(two, 2);
        // An empty argument is not the current folder.
        QTemporaryDir here;
        const CommandResult blank = runCli({QStringLiteral("init"), QString()}, here.path());
        VERIFY_EXIT(blank, 2);
        QVERIFY2(blank.errText().contains(QStringLiteral("no folder given")), qPrintable(blank.errText()));
        QVERIFY(QDir(here.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }

    void initWritesTheNameLiterallyAndRefusesABlankOne()
    {
        QTemporaryDir dir;
        const QString odd = dir.filePath(QStringLiteral("odd"));
        const CommandResult r = runCli({QStringLiteral("init"), odd, QStringLiteral("--template"), QStringLiteral("empty"),
                                        QStringLiteral("--name"), QStringLiteral("{{python}} \"lab\"")});
        VERIFY_EXIT(r, 0);
        const CommandResult runs = runCli({QStringLiteral("-C"), odd, QStringLiteral("runs")});
        VERIFY_EXIT(runs, 0);
        Result<Workspace> ws = Workspace::open(odd);
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().toString()));
        QCOMPARE(ws->manifest().name, QStringLiteral("{{python}} \"lab\""));

        for (const QString &name : {QStringLiteral("   "), QStringLiteral("two\nlines")}) {
            const QString folder = dir.filePath(QStringLiteral("blank"));
            const CommandResult blank = runCli({QStringLiteral("init"), folder, QStringLiteral("--template"),
                                                QStringLiteral("empty"), QStringLiteral("--name"), name});
            VERIFY_EXIT(blank, 2);
            QVERIFY2(blank.errText().contains(QStringLiteral("name")), qPrintable(blank.errText()));
            QVERIFY(!QFileInfo::exists(folder));
        }
    }

    void initSaysWhyAFolderCannotBeMade()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("afile")), "x\n"));
        const CommandResult under = runCli({QStringLiteral("init"), dir.filePath(QStringLiteral("afile/sub")),
                                            QStringLiteral("--template"), QStringLiteral("empty")});
        VERIFY_EXIT(under, 2);
        QVERIFY2(under.errText().contains(QStringLiteral("afile is a file, not a folder")), qPrintable(under.errText()));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere")), dir.filePath(QStringLiteral("dangling"))));
        const CommandResult dangling = runCli({QStringLiteral("init"), dir.filePath(QStringLiteral("dangling")),
                                               QStringLiteral("--template"), QStringLiteral("empty")});
        VERIFY_EXIT(dangling, 2);
        QVERIFY2(dangling.errText().contains(QStringLiteral("symbolic link")), qPrintable(dangling.errText()));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("nowhere"))));
    }

    void initRefusesANonEmptyFolderAndChangesNothing()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("thesis"));
        QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("chapter1.tex")), "\\chapter{One}\n"));
        QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("figures/plot.csv")), "x,y\n1,2\n"));
        const QStringList before = listing(folder);
        const CommandResult r = runCli({QStringLiteral("init"), folder, QStringLiteral("--template"), QStringLiteral("empty")});
        VERIFY_EXIT(r, 2);
        QVERIFY(r.errText().startsWith(QStringLiteral("mlops: error: ") + folder + QStringLiteral(": ")));
        QVERIFY(r.errText().contains(QStringLiteral("not empty")));
        QCOMPARE(listing(folder), before);
    }

    void initUnknownTemplate()
    {
        QTemporaryDir dir;
        const CommandResult r = runCli({QStringLiteral("init"), dir.filePath(QStringLiteral("w")),
                                        QStringLiteral("--template"), QStringLiteral("emtpy")});
        VERIFY_EXIT(r, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("did you mean 'empty'")), qPrintable(r.errText()));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("w"))));
    }

    void initDemoGivesARepositoryGitReadsCleanly()
    {
        MLOPS_REQUIRE(demoDataAvailable(), QStringLiteral("/usr/bin/python3 with scikit-learn"));
        MLOPS_REQUIRE(runProgram(QStringLiteral("git"), {QStringLiteral("--version")}).exitCode == 0,
                      QStringLiteral("the git command line"));
        QTemporaryDir dir;
        // A relative folder, resolved against the current folder.
        const CommandResult r = runCli({QStringLiteral("init"), QStringLiteral("my-project"),
                                        QStringLiteral("--template"), QStringLiteral("demo")},
                                       dir.path());
        VERIFY_EXIT(r, 0);
        const QString root = dir.filePath(QStringLiteral("my-project"));
        QVERIFY(r.outText().contains(QStringLiteral("Created workspace 'my-project' from the demo template")));
        const CommandResult log = runProgram(QStringLiteral("git"), {QStringLiteral("log"), QStringLiteral("--oneline")}, root);
        VERIFY_EXIT(log, 0);
        QCOMPARE(log.outText().count(QLatin1Char('\n')), 1);
        QVERIFY(log.outText().contains(QStringLiteral("Create MLOps Studio workspace 'my-project'")));
        const CommandResult fsck = runProgram(QStringLiteral("git"), {QStringLiteral("fsck"), QStringLiteral("--strict")}, root);
        VERIFY_EXIT(fsck, 0);
        QVERIFY2(!fsck.errText().contains(QStringLiteral("warning")), qPrintable(fsck.errText()));
        const CommandResult status = runProgram(QStringLiteral("git"), {QStringLiteral("status"), QStringLiteral("--porcelain"),
                                                                        QStringLiteral("--ignored=no")}, root);
        VERIFY_EXIT(status, 0);
        QCOMPARE(status.outText(), QString());
        QCOMPARE(QString::fromUtf8(readFile(QDir(root).filePath(QStringLiteral("data/breast_cancer.csv"))))
                     .count(QLatin1Char('\n')),
                 570);

        // The tests' HOME has no git identity: the commit says who it is by anyway.
        QVERIFY2(r.outText().contains(QStringLiteral("Note: git has neither user.name nor user.email configured")),
                 qPrintable(r.outText()));
    }

    void runsOfANewWorkspaceIsAnEmptyJsonArray()
    {
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const CommandResult r = runCli({QStringLiteral("runs"), QStringLiteral("--json")}, ws.root());
        VERIFY_EXIT(r, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isArray());
        QVERIFY(doc.array().isEmpty());
        QCOMPARE(r.out, QByteArray("[]\n"));   // as the README shows it
        const CommandResult text = runCli({QStringLiteral("runs")}, ws.root());
        VERIFY_EXIT(text, 0);
        QVERIFY(text.outText().startsWith(QStringLiteral("No runs yet.")));
    }

    void runsOutsideAWorkspaceSaysSo()
    {
        QTemporaryDir dir;
        const CommandResult r = runCli({QStringLiteral("runs")}, dir.path());
        VERIFY_EXIT(r, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("no MLOps Studio workspace found")), qPrintable(r.errText()));
        QVERIFY(r.errText().contains(QStringLiteral("mlops.yaml")));
        QVERIFY(r.out.isEmpty());
        QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }

    void dashCPointsAtTheWorkspace()
    {
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QTemporaryDir elsewhere;
        const CommandResult r = runCli({QStringLiteral("-C"), ws.root(), QStringLiteral("runs"), QStringLiteral("--json")},
                                       elsewhere.path());
        VERIFY_EXIT(r, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).isArray(), true);
        const CommandResult joined = runCli({QStringLiteral("-C") + ws.root(), QStringLiteral("runs")}, elsewhere.path());
        VERIFY_EXIT(joined, 0);
        const CommandResult after = runCli({QStringLiteral("runs"), QStringLiteral("-C"), ws.root()}, elsewhere.path());
        VERIFY_EXIT(after, 2);
        QVERIFY2(after.errText().contains(QStringLiteral("-C DIR goes before the command")), qPrintable(after.errText()));
        const CommandResult wrong = runCli({QStringLiteral("-C"), elsewhere.path(), QStringLiteral("runs")});
        VERIFY_EXIT(wrong, 2);
        QVERIFY2(wrong.errText().contains(QStringLiteral("no MLOps Studio workspace found")), qPrintable(wrong.errText()));

        // As if started in DIR: a folder inside the workspace finds it by walking up.
        QVERIFY(QDir().mkpath(ws.path(QStringLiteral("src/deep"))));
        const CommandResult inside = runCli({QStringLiteral("-C"), ws.path(QStringLiteral("src/deep")),
                                             QStringLiteral("runs"), QStringLiteral("--json")},
                                            elsewhere.path());
        VERIFY_EXIT(inside, 0);
        QVERIFY(QJsonDocument::fromJson(inside.out).isArray());
        const CommandResult relative = runCli({QStringLiteral("-C"), QStringLiteral("src"), QStringLiteral("runs")},
                                              ws.root());
        VERIFY_EXIT(relative, 0);

        // A -C folder that is not there is refused by every command, init too, like git -C.
        for (const QString &command : {QStringLiteral("runs"), QStringLiteral("init")}) {
            QStringList args{QStringLiteral("-C"), QStringLiteral("nothere"), command};
            if (command == QStringLiteral("init"))
                args << QStringLiteral("ws") << QStringLiteral("--template") << QStringLiteral("empty");
            const CommandResult missing = runCli(args, elsewhere.path());
            VERIFY_EXIT(missing, 2);
            QVERIFY2(missing.errText().contains(QStringLiteral("nothere: no such folder")), qPrintable(missing.errText()));
            QVERIFY(!QFileInfo::exists(QDir(elsewhere.path()).filePath(QStringLiteral("nothere"))));
        }

        // init relative to -C.
        const CommandResult init = runCli({QStringLiteral("-C"), elsewhere.path(), QStringLiteral("init"),
                                           QStringLiteral("sub"), QStringLiteral("--template"), QStringLiteral("empty")});
        VERIFY_EXIT(init, 0);
        QVERIFY(QFileInfo(QDir(elsewhere.path()).filePath(QStringLiteral("sub/mlops.yaml"))).isFile());
    }

    void initInsideAWorkspaceIsRefused()
    {
        // From inside a workspace, 'mlops init pipelines' would commit a second workspace
        // into the first one's pipelines/, whose mlops.yaml then fails 'mlops validate'.
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const CommandResult head = runProgram(QStringLiteral("git"), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")},
                                              ws.root());
        const CommandResult r = runCli({QStringLiteral("init"), QStringLiteral("pipelines"), QStringLiteral("--template"),
                                        QStringLiteral("empty")},
                                       ws.root());
        VERIFY_EXIT(r, 2);
        QVERIFY2(r.errText().startsWith(QStringLiteral("mlops: error: %1: inside the MLOps Studio workspace %2; "
                                                       "a workspace cannot hold another")
                                            .arg(ws.path(QStringLiteral("pipelines")), ws.root())),
                 qPrintable(r.errText()));
        QVERIFY(!QFileInfo::exists(ws.path(QStringLiteral("pipelines/mlops.yaml"))));
        QCOMPARE(runProgram(QStringLiteral("git"), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}, ws.root()).out,
                 head.out);
        QCOMPARE(runProgram(QStringLiteral("git"), {QStringLiteral("status"), QStringLiteral("--porcelain")}, ws.root()).out,
                 QByteArray());
    }

    void findsTheWorkspaceFromASubfolder()
    {
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const QString deep = ws.path(QStringLiteral("src/models/v1"));
        QVERIFY(QDir().mkpath(deep));
        const CommandResult r = runCli({QStringLiteral("runs"), QStringLiteral("--json")}, deep);
        VERIFY_EXIT(r, 0);
        QVERIFY(QJsonDocument::fromJson(r.out).isArray());
    }

    void runsJsonHasTheDocumentedFields()
    {
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QString parentUuid;
        {
            Result<std::unique_ptr<Store>> store = Store::open(ws.path(QStringLiteral(".mlops/store.db")));
            QVERIFY(store.ok());
            RunTracker tracker((*store)->db());
            NewRun older{QStringLiteral("notebook"), QStringLiteral("notebooks/explore.ipynb")};
            Result<RunRef> first = tracker.createRun(older, RunStatus::Completed);
            QVERIFY(first.ok());
            QTest::qWait(5);  // distinct creation times: the listing is newest first
            NewRun pipeline{QStringLiteral("pipeline"), QStringLiteral("breast-cancer"),
                            QStringLiteral("pipelines/breast-cancer.yaml"), {}, QStringLiteral("process")};
            pipeline.gitCommit = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
            pipeline.gitBranch = QStringLiteral("main");
            pipeline.gitDirty = true;
            Result<RunRef> parent = tracker.createRun(pipeline);
            QVERIFY(parent.ok());
            parentUuid = parent->uuid;
            QVERIFY(tracker.start(parent->id).ok());
            QVERIFY(tracker.setParams(parent->id, {{QStringLiteral("test_size"), QStringLiteral("0.2")}}).ok());
            NewRun step{QStringLiteral("step"), QStringLiteral("train"), pipeline.pipeline,
                        QStringLiteral("training"), QStringLiteral("process"), parent->id};
            Result<RunRef> child = tracker.createRun(step);
            QVERIFY(child.ok());
            QVERIFY(tracker.start(child->id).ok());
            QVERIFY(tracker.setParams(child->id, {{QStringLiteral("max_depth"), QStringLiteral("4")}},
                                      QStringLiteral("hyperparameter")).ok());
            QVERIFY(tracker.logMetrics(child->id, {{QStringLiteral("train:accuracy"), 0.5},
                                                   {QStringLiteral("train:accuracy"), 0.96}}).ok());
            QVERIFY(tracker.addArtifact(child->id, {0, QStringLiteral("model"), QStringLiteral("model"),
                                                    QStringLiteral("ab12"), QStringLiteral("tree"), 42,
                                                    QStringLiteral(".mlops/cache/ab/12")}).ok());
            QVERIFY(tracker.finish(child->id, RunStatus::Completed, 0).ok());
            QVERIFY(tracker.finish(parent->id, RunStatus::Completed).ok());
        }
        const CommandResult r = runCli({QStringLiteral("runs"), QStringLiteral("--json")}, ws.root());
        VERIFY_EXIT(r, 0);
        const QJsonArray runs = parseArray(r.out);
        QCOMPARE(runs.size(), 2);
        const QJsonObject p = runs.at(0).toObject();
        QCOMPARE(p.value(QStringLiteral("id")).toString(), parentUuid);
        QCOMPARE(p.value(QStringLiteral("kind")).toString(), QStringLiteral("pipeline"));
        QCOMPARE(p.value(QStringLiteral("name")).toString(), QStringLiteral("breast-cancer"));
        QCOMPARE(p.value(QStringLiteral("pipeline")).toString(), QStringLiteral("pipelines/breast-cancer.yaml"));
        QCOMPARE(p.value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
        QCOMPARE(p.value(QStringLiteral("runner")).toString(), QStringLiteral("process"));
        for (const char *time : {"created", "started", "ended"})
            QVERIFY2(QDateTime::fromString(p.value(QLatin1String(time)).toString(), Qt::ISODateWithMs).isValid(), time);
        QVERIFY(p.value(QStringLiteral("duration_ms")).toInteger(-1) >= 0);
        const QJsonObject git = p.value(QStringLiteral("git")).toObject();
        QCOMPARE(git.value(QStringLiteral("commit")).toString(), QStringLiteral("0123456789abcdef0123456789abcdef01234567"));
        QCOMPARE(git.value(QStringLiteral("branch")).toString(), QStringLiteral("main"));
        QCOMPARE(git.value(QStringLiteral("dirty")).toBool(), true);
        QCOMPARE(p.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("test_size")).toString(),
                 QStringLiteral("0.2"));
        QVERIFY(p.value(QStringLiteral("failure_reason")).isNull());
        const QJsonArray steps = p.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 1);
        const QJsonObject s = steps.at(0).toObject();
        QCOMPARE(s.value(QStringLiteral("kind")).toString(), QStringLiteral("step"));
        QCOMPARE(s.value(QStringLiteral("type")).toString(), QStringLiteral("training"));
        QCOMPARE(s.value(QStringLiteral("hyperparameters")).toObject().value(QStringLiteral("max_depth")).toString(),
                 QStringLiteral("4"));
        QCOMPARE(s.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("train:accuracy")).toDouble(), 0.96);
        QCOMPARE(s.value(QStringLiteral("exit_code")).toInt(-1), 0);
        QCOMPARE(s.value(QStringLiteral("attempts")).toInt(-1), 0);
        QCOMPARE(s.value(QStringLiteral("cached")).toBool(true), false);
        QVERIFY(s.value(QStringLiteral("cached_from")).isNull());
        const QJsonObject artifact = s.value(QStringLiteral("artifacts")).toArray().at(0).toObject();
        QCOMPARE(artifact.value(QStringLiteral("role")).toString(), QStringLiteral("model"));
        QCOMPARE(artifact.value(QStringLiteral("kind")).toString(), QStringLiteral("tree"));
        QCOMPARE(artifact.value(QStringLiteral("size")).toInteger(), 42);
        const QJsonObject n = runs.at(1).toObject();
        QCOMPARE(n.value(QStringLiteral("kind")).toString(), QStringLiteral("notebook"));
        QVERIFY(!n.contains(QStringLiteral("steps")));
        QVERIFY(n.value(QStringLiteral("started")).isNull());

        const CommandResult limited = runCli({QStringLiteral("runs"), QStringLiteral("--json"), QStringLiteral("--limit"),
                                              QStringLiteral("1")}, ws.root());
        VERIFY_EXIT(limited, 0);
        QCOMPARE(parseArray(limited.out).size(), 1);
        const CommandResult text = runCli({QStringLiteral("runs")}, ws.root());
        VERIFY_EXIT(text, 0);
        QVERIFY(text.outText().contains(parentUuid.left(10)));
        QVERIFY(text.outText().contains(QStringLiteral("Completed")));
        const CommandResult bad = runCli({QStringLiteral("runs"), QStringLiteral("--limit"), QStringLiteral("zero")}, ws.root());
        VERIFY_EXIT(bad, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
