// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "testsupport.h"

#include "core/store/database.h"
#include "core/vcs/gitrepository.h"
#include "core/workspace/workspace.h"
#include "core/workspace/workspaceinitializer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace mlops;
using namespace mlops::test;

namespace {

/** Every entry under `root` (hidden ones included) with its content's hash and time. */
QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        const QByteArray state =
            info.isDir() ? QByteArray("dir")
                         : QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256)
                               + ' ' + QByteArray::number(info.lastModified().toMSecsSinceEpoch());
        entries.insert(QDir(root).relativeFilePath(path), state);
    }
    return entries;
}

CommandResult git(const QString &dir, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Ada Tester"));
    env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("ada@example.org"));
    env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Ada Tester"));
    env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("ada@example.org"));
    return runProgram(QStringLiteral("git"), args, dir, env);
}

QStringList lines(const QByteArray &text)
{
    return QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

/** A repository in `root` with `files` committed by the git command line. */
bool makeRepository(const QString &root, const QMap<QString, QByteArray> &files)
{
    if (!QDir().mkpath(root) || git(root, {QStringLiteral("init"), QStringLiteral("-q")}).exitCode != 0)
        return false;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!writeFile(QDir(root).filePath(it.key()), it.value()))
            return false;
    }
    return git(root, {QStringLiteral("add"), QStringLiteral("-A")}).exitCode == 0
           && git(root, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("start")}).exitCode == 0;
}

/** Everything under `root` except the repository's own folder. */
QMap<QString, QByteArray> workingTree(const QString &root)
{
    QMap<QString, QByteArray> entries;
    const QMap<QString, QByteArray> all = snapshot(root);
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.key() != QStringLiteral(".git") && !it.key().startsWith(QStringLiteral(".git/")))
            entries.insert(it.key(), it.value());
    }
    return entries;
}

bool demoDataAvailable()
{
    return runProgram(QStringLiteral("/usr/bin/python3"),
                      {QStringLiteral("-c"), QStringLiteral("import sklearn.datasets")})
               .exitCode
           == 0;
}

} // namespace

class TestWorkspaceInit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MLOPS_REQUIRE(runProgram(QStringLiteral("git"), {QStringLiteral("--version")}).exitCode == 0,
                      QStringLiteral("the git command line checks what libgit2 wrote"));
    }

    void createsTheDemoWorkspaceInANewFolder()
    {
        MLOPS_REQUIRE(demoDataAvailable(), QStringLiteral("/usr/bin/python3 with scikit-learn"));
        QTemporaryDir tmp;
        InitOptions options;
        options.dir = tmp.filePath(QStringLiteral("new/breast-cancer"));
        options.templateName = QStringLiteral("demo");
        Result<InitResult> result = initWorkspace(options);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        const QString root = result->root;
        QCOMPARE(root, QDir::cleanPath(options.dir));
        QVERIFY(!result->existingRepository);

        // The layout of DESIGN.md §3.
        for (const char *folder : {"pipelines", "notebooks", "src", "data", ".mlops", ".git"})
            QVERIFY2(QFileInfo(QDir(root).filePath(QLatin1String(folder))).isDir(), folder);
        for (const char *file : {"mlops.yaml", ".gitignore", "README.md", "data/breast_cancer.csv",
                                 ".mlops/store.db"})
            QVERIFY2(QFileInfo(QDir(root).filePath(QLatin1String(file))).isFile(), file);
        QVERIFY(lines(readFile(QDir(root).filePath(QStringLiteral(".gitignore"))))
                    .contains(QStringLiteral(".mlops/")));
        Result<Workspace> ws = Workspace::open(root);
        QVERIFY(ws.ok());
        QCOMPARE(ws->name(), QStringLiteral("breast-cancer"));
        QCOMPARE(ws->python(), QStringLiteral("/usr/bin/python3"));
        QCOMPARE(ws->dataFiles(), QStringList{QStringLiteral("data/breast_cancer.csv")});

        // The real data set: a header of 30 features and the target, 569 rows.
        const QStringList csv = lines(readFile(QDir(root).filePath(QStringLiteral("data/breast_cancer.csv"))));
        QCOMPARE(csv.size(), 570);
        const QStringList header = csv.first().split(QLatin1Char(','));
        QCOMPARE(header.size(), 31);
        QCOMPARE(header.first(), QStringLiteral("mean_radius"));
        QCOMPARE(header.last(), QStringLiteral("target"));
        for (const QString &row : csv.mid(1))
            QCOMPARE(row.count(QLatin1Char(',')), 30);

        // A repository with exactly one commit holding every workspace file, and clean.
        QCOMPARE(git(root, {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD")})
                     .outText().trimmed(),
                 QStringLiteral("1"));
        QCOMPARE(git(root, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).outText().trimmed(),
                 result->commit);
        QCOMPARE(git(root, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out, QByteArray());
        const QStringList committed = lines(git(root, {QStringLiteral("ls-files")}).out);
        QVERIFY(committed.contains(QStringLiteral("mlops.yaml")));
        QVERIFY(committed.contains(QStringLiteral("data/breast_cancer.csv")));
        QVERIFY(committed.contains(QStringLiteral("pipelines/breast-cancer.yaml")));
        QVERIFY(committed.contains(QStringLiteral("src/train.py")));
        for (const QString &file : committed)
            QVERIFY2(!file.startsWith(QStringLiteral(".mlops")), qPrintable(file));
        Result<GitRepository> repo = GitRepository::open(root);
        QVERIFY(repo.ok());
        Result<GitState> state = repo->state();
        QVERIFY(state.ok());
        QVERIFY(!state->isDirty());
        QCOMPARE(state->branch, QStringLiteral("main"));
        QVERIFY(!state->head->authorName.isEmpty());

        // The store is SQLite in WAL mode (a persistent property of the file).
        Result<std::unique_ptr<Database>> db =
            Database::open(QDir(root).filePath(QStringLiteral(".mlops/store.db")), false);
        QVERIFY(db.ok());
        QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
    }

    void addsTheWorkspaceToAnExistingRepositoryInACommitOfItsOwn()
    {
        QTemporaryDir tmp;
        const QString root = tmp.filePath(QStringLiteral("project"));
        QVERIFY(QDir().mkpath(root));
        QCOMPARE(git(root, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
                            QStringLiteral("trunk")}).exitCode, 0);
        QCOMPARE(git(root, {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Grace Owner")}).exitCode, 0);
        QCOMPARE(git(root, {QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("grace@example.org")}).exitCode, 0);
        const QByteArray readme = "# My project\n\nHand-written.\n";
        const QByteArray gitignore = "*.log";  // no final newline: the merge must add one
        QVERIFY(writeFile(QDir(root).filePath(QStringLiteral("README.md")), readme));
        QVERIFY(writeFile(QDir(root).filePath(QStringLiteral(".gitignore")), gitignore));
        QVERIFY(writeFile(QDir(root).filePath(QStringLiteral("analysis.py")), "print(1)\n"));
        QCOMPARE(git(root, {QStringLiteral("add"), QStringLiteral(".")}).exitCode, 0);
        QCOMPARE(git(root, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("start")}).exitCode, 0);
        const QString before = git(root, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).outText().trimmed();

        // Work in progress: a staged new file and a staged edit, plus an unstaged edit.
        QVERIFY(writeFile(QDir(root).filePath(QStringLiteral("notes.txt")), "staged\n"));
        QVERIFY(writeFile(QDir(root).filePath(QStringLiteral("analysis.py")), "print(2)\n"));
        QCOMPARE(git(root, {QStringLiteral("add"), QStringLiteral("notes.txt"), QStringLiteral("analysis.py")}).exitCode, 0);
        QVERIFY(writeFile(QDir(root).filePath(QStringLiteral("analysis.py")), "print(3)\n"));
        const QByteArray statusBefore = git(root, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out;

        InitOptions options;
        options.dir = root;
        options.templateName = QStringLiteral("empty");
        Result<InitResult> result = initWorkspace(options);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QVERIFY(result->existingRepository);
        QCOMPARE(result->repositoryRoot, root);
        QVERIFY(result->author.fromConfig());
        QCOMPARE(result->author.name, QStringLiteral("Grace Owner"));

        // One new commit on top of the user's, by the user, with only workspace files.
        QCOMPARE(git(root, {QStringLiteral("rev-parse"), QStringLiteral("HEAD~1")}).outText().trimmed(), before);
        QCOMPARE(git(root, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).outText().trimmed(), result->commit);
        QCOMPARE(git(root, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%an <%ae>")}).outText().trimmed(),
                 QStringLiteral("Grace Owner <grace@example.org>"));
        QStringList inCommit = lines(git(root, {QStringLiteral("show"), QStringLiteral("--name-only"),
                                                QStringLiteral("--format="), QStringLiteral("HEAD")}).out);
        inCommit.sort();
        QCOMPARE(inCommit, (QStringList{QStringLiteral(".gitignore"), QStringLiteral("data/.gitkeep"),
                                        QStringLiteral("mlops.yaml"), QStringLiteral("notebooks/.gitkeep"),
                                        QStringLiteral("pipelines/.gitkeep"), QStringLiteral("src/.gitkeep")}));

        // The user's work in progress is exactly as it was: staged, unstaged, uncommitted.
        QCOMPARE(git(root, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out, statusBefore);
        QCOMPARE(lines(git(root, {QStringLiteral("diff"), QStringLiteral("--cached"), QStringLiteral("--name-only")}).out),
                 (QStringList{QStringLiteral("analysis.py"), QStringLiteral("notes.txt")}));
        QCOMPARE(readFile(QDir(root).filePath(QStringLiteral("analysis.py"))), QByteArray("print(3)\n"));
        QCOMPARE(git(root, {QStringLiteral("show"), QStringLiteral(":analysis.py")}).out, QByteArray("print(2)\n"));

        // The README stays the user's; .gitignore keeps its rules and gains .mlops/.
        QCOMPARE(readFile(QDir(root).filePath(QStringLiteral("README.md"))), readme);
        const QStringList ignore = lines(readFile(QDir(root).filePath(QStringLiteral(".gitignore"))));
        QCOMPARE(ignore.first(), QStringLiteral("*.log"));
        QVERIFY(ignore.contains(QStringLiteral(".mlops/")));
        QVERIFY(QFileInfo(QDir(root).filePath(QStringLiteral(".mlops/store.db"))).isFile());
        QCOMPARE(git(root, {QStringLiteral("fsck"), QStringLiteral("--strict")}).exitCode, 0);
    }

    void refusesANonEmptyFolderOutsideARepository()
    {
        QTemporaryDir tmp;
        const QString root = tmp.filePath(QStringLiteral("photos"));
        QVERIFY(writeFile(QDir(root).filePath(QStringLiteral("holiday.jpg")), "not really a jpeg"));
        QVERIFY(writeFile(QDir(root).filePath(QStringLiteral(".hidden")), "x"));
        QVERIFY(writeFile(QDir(root).filePath(QStringLiteral("2024/beach.jpg")), "sand"));
        QVERIFY(!GitRepository::discover(root));
        const QMap<QString, QByteArray> before = snapshot(tmp.path());

        InitOptions options;
        options.dir = root;
        options.templateName = QStringLiteral("empty");
        Result<InitResult> result = initWorkspace(options);
        QVERIFY(!result.ok());
        QVERIFY(result.error().isBadInput());
        QVERIFY2(result.error().message.contains(QStringLiteral("not empty")),
                 qPrintable(result.error().toString()));
        QCOMPARE(result.error().file, root);
        QCOMPARE(snapshot(tmp.path()), before);
    }

    void refusesAFolderThatIsAlreadyAWorkspace()
    {
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const QMap<QString, QByteArray> before = snapshot(ws.root());
        InitOptions options;
        options.dir = ws.root();
        options.templateName = QStringLiteral("empty");
        Result<InitResult> again = initWorkspace(options);
        QVERIFY(!again.ok());
        QVERIFY(again.error().isBadInput());
        QVERIFY(again.error().message.contains(QStringLiteral("already")));
        QCOMPARE(snapshot(ws.root()), before);
    }

    void refusesAFolderInsideAnotherWorkspace()
    {
        // A workspace in the pipelines/ of another would make its mlops.yaml and pipelines
        // part of the outer workspace (a broken pipeline, a duplicate name).
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const QMap<QString, QByteArray> before = snapshot(ws.root());
        for (const QString &inner : {QStringLiteral("pipelines"), QStringLiteral("src/new/deeper")}) {
            InitOptions options;
            options.dir = ws.path(inner);
            options.templateName = QStringLiteral("empty");
            Result<InitResult> nested = initWorkspace(options);
            QVERIFY2(!nested.ok(), qPrintable(inner));
            QVERIFY(nested.error().isBadInput());
            QCOMPARE(nested.error().file, ws.path(inner));
            QCOMPARE(nested.error().message,
                     QStringLiteral("inside the MLOps Studio workspace %1; a workspace cannot hold another "
                                    "(choose a folder outside it)")
                         .arg(ws.root()));
            QCOMPARE(snapshot(ws.root()), before);
        }
        QVERIFY(!QFileInfo::exists(ws.path(QStringLiteral("src/new"))));
    }

    void aDataSetFailureLeavesNothingBehind()
    {
        QTemporaryDir tmp;
        InitOptions options;
        options.templateName = QStringLiteral("demo");
        options.python = QStringLiteral("/bin/false");

        // A folder we create is removed again.
        options.dir = tmp.filePath(QStringLiteral("a/b/new-workspace"));
        Result<InitResult> result = initWorkspace(options);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(QStringLiteral("data set")),
                 qPrintable(result.error().toString()));
        QVERIFY2(!QFileInfo::exists(options.dir), "the new folder was left behind");
        QVERIFY2(!QFileInfo::exists(tmp.filePath(QStringLiteral("a"))),
                 "the parent folders init made were left behind");

        // An empty folder the user made stays, empty.
        options.dir = tmp.filePath(QStringLiteral("mine"));
        QVERIFY(QDir().mkpath(options.dir));
        QVERIFY(!initWorkspace(options).ok());
        QVERIFY(QFileInfo(options.dir).isDir());
        QVERIFY(QDir(options.dir).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));

        // An existing repository is left exactly as it was.
        const QString repo = tmp.filePath(QStringLiteral("repo"));
        QVERIFY(QDir().mkpath(repo));
        QCOMPARE(git(repo, {QStringLiteral("init"), QStringLiteral("-q")}).exitCode, 0);
        QVERIFY(writeFile(QDir(repo).filePath(QStringLiteral("keep.txt")), "keep\n"));
        QCOMPARE(git(repo, {QStringLiteral("add"), QStringLiteral("keep.txt")}).exitCode, 0);
        QCOMPARE(git(repo, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("keep")}).exitCode, 0);
        const QMap<QString, QByteArray> before = snapshot(repo);
        options.dir = repo;
        QVERIFY(!initWorkspace(options).ok());
        QCOMPARE(snapshot(repo), before);
    }

    void aLockedIndexLeavesTheRepositoryAsItWas()
    {
        // Another git holds the index: the commit cannot be made, and nothing changes.
        QTemporaryDir tmp;
        const QString repo = tmp.filePath(QStringLiteral("r"));
        QVERIFY(makeRepository(repo, {{QStringLiteral("a"), "a\n"}}));
        const QString head = git(repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).outText();
        const QByteArray reflog = git(repo, {QStringLiteral("reflog")}).out;
        const QByteArray index = readFile(QDir(repo).filePath(QStringLiteral(".git/index")));
        const QMap<QString, QByteArray> before = workingTree(repo);
        QVERIFY(writeFile(QDir(repo).filePath(QStringLiteral(".git/index.lock")), {}));

        InitOptions options;
        options.dir = repo;
        options.templateName = QStringLiteral("empty");
        Result<InitResult> result = initWorkspace(options);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(QStringLiteral("lock")), qPrintable(result.error().toString()));

        QCOMPARE(git(repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).outText(), head);
        QCOMPARE(git(repo, {QStringLiteral("reflog")}).out, reflog);
        QCOMPARE(readFile(QDir(repo).filePath(QStringLiteral(".git/index"))), index);
        QCOMPARE(workingTree(repo), before);
        QVERIFY(QFile::remove(QDir(repo).filePath(QStringLiteral(".git/index.lock"))));
        QCOMPARE(git(repo, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out, QByteArray());
    }

    void aDataSetThatIsMissingOrIncompleteFails()
    {
        QTemporaryDir tmp;
        InitOptions options;
        options.templateName = QStringLiteral("demo");
        options.python = tmp.filePath(QStringLiteral("python-writes-nothing"));
        QVERIFY(writeFakePython(options.python, -1));
        options.dir = tmp.filePath(QStringLiteral("nothing"));
        Result<InitResult> result = initWorkspace(options);
        QVERIFY(!result.ok());
        QVERIFY(!result.error().isBadInput());
        QVERIFY2(result.error().message.contains(QStringLiteral("did not write data/breast_cancer.csv")),
                 qPrintable(result.error().toString()));
        QVERIFY(!QFileInfo::exists(options.dir));

        options.python = tmp.filePath(QStringLiteral("python-writes-ten-rows"));
        QVERIFY(writeFakePython(options.python, 10));
        options.dir = tmp.filePath(QStringLiteral("short"));
        result = initWorkspace(options);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(QStringLiteral("10 data rows instead of 569")),
                 qPrintable(result.error().toString()));
        QVERIFY(!QFileInfo::exists(options.dir));

        options.python = tmp.filePath(QStringLiteral("python-writes-five-columns"));
        QVERIFY(writeFakePython(options.python, 569, 5));
        options.dir = tmp.filePath(QStringLiteral("narrow"));
        result = initWorkspace(options);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(QStringLiteral("5 columns instead of 31")),
                 qPrintable(result.error().toString()));
        QVERIFY(!QFileInfo::exists(options.dir));

        // The complete data set is accepted.
        options.python = tmp.filePath(QStringLiteral("python-writes-all"));
        QVERIFY(writeFakePython(options.python));
        options.dir = tmp.filePath(QStringLiteral("complete"));
        result = initWorkspace(options);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QVERIFY(QFileInfo(QDir(options.dir).filePath(QStringLiteral("data/breast_cancer.csv"))).isFile());
    }

    void filesTheRepositoryIgnoresAreCommittedAnyway()
    {
        QTemporaryDir tmp;
        const QString repo = tmp.filePath(QStringLiteral("r"));
        QVERIFY(makeRepository(repo, {{QStringLiteral(".gitignore"), "*.csv\n*.py\nign/\n"},
                                      {QStringLiteral("notes.md"), "notes\n"}}));
        InitOptions options;
        options.dir = repo;
        options.templateName = QStringLiteral("demo");
        options.python = tmp.filePath(QStringLiteral("python"));
        QVERIFY(writeFakePython(options.python));
        Result<InitResult> result = initWorkspace(options);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));

        QStringList inCommit = lines(git(repo, {QStringLiteral("show"), QStringLiteral("--name-only"),
                                                QStringLiteral("--format="), QStringLiteral("HEAD")}).out);
        inCommit.sort();
        for (const char *file : {"data/breast_cancer.csv", "src/train.py", "src/prepare.py",
                                 "src/evaluate.py", "src/inference.py", "mlops.yaml"})
            QVERIFY2(inCommit.contains(QLatin1String(file)), file);
        QStringList reported = result->files;
        reported.sort();
        QCOMPARE(reported, inCommit);  // what init says it added is what the commit holds
        QCOMPARE(git(repo, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out, QByteArray());

        // A workspace in a folder the repository ignores as a whole (a repository that is
        // no workspace itself: a workspace cannot hold another).
        const QString other = tmp.filePath(QStringLiteral("r2"));
        QVERIFY(makeRepository(other, {{QStringLiteral(".gitignore"), "ign/\n"}}));
        const QString ignored = QDir(other).filePath(QStringLiteral("ign"));
        QVERIFY(writeFile(QDir(ignored).filePath(QStringLiteral("scratch.txt")), "mine\n"));
        options.dir = ignored;
        options.templateName = QStringLiteral("empty");
        result = initWorkspace(options);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        inCommit = lines(git(other, {QStringLiteral("show"), QStringLiteral("--name-only"),
                                     QStringLiteral("--format="), QStringLiteral("HEAD")}).out);
        QVERIFY2(inCommit.contains(QStringLiteral("ign/mlops.yaml")), qPrintable(inCommit.join(u' ')));
        QVERIFY(!inCommit.contains(QStringLiteral("ign/scratch.txt")));
        QCOMPARE(result->files.size(), inCommit.size());
        QCOMPARE(git(other, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out, QByteArray());
    }

    void gitignoreEditsInProgressStayOutOfTheCommit()
    {
        QTemporaryDir tmp;
        const QString repo = tmp.filePath(QStringLiteral("r"));
        QVERIFY(makeRepository(repo, {{QStringLiteral(".gitignore"), "*.log\n"}}));
        const QString gitignore = QDir(repo).filePath(QStringLiteral(".gitignore"));
        QVERIFY(writeFile(gitignore, "*.log\nstaged/\n"));
        QCOMPARE(git(repo, {QStringLiteral("add"), QStringLiteral(".gitignore")}).exitCode, 0);
        QVERIFY(writeFile(gitignore, "*.log\nstaged/\nunstaged/\n"));

        InitOptions options;
        options.dir = repo;
        options.templateName = QStringLiteral("empty");
        Result<InitResult> result = initWorkspace(options);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));

        const auto rules = [](const QByteArray &text) {
            QStringList kept;
            for (const QString &line : lines(text)) {
                if (!line.startsWith(QLatin1Char('#')))
                    kept.append(line);
            }
            return kept;
        };
        // The commit: HEAD's rules and the workspace's.
        QCOMPARE(rules(git(repo, {QStringLiteral("show"), QStringLiteral("HEAD:.gitignore")}).out),
                 (QStringList{QStringLiteral("*.log"), QStringLiteral(".mlops/")}));
        // The index: what the user staged, and the workspace's rule.
        QCOMPARE(rules(git(repo, {QStringLiteral("show"), QStringLiteral(":.gitignore")}).out),
                 (QStringList{QStringLiteral("*.log"), QStringLiteral("staged/"), QStringLiteral(".mlops/")}));
        // The file: everything.
        QCOMPARE(rules(readFile(gitignore)),
                 (QStringList{QStringLiteral("*.log"), QStringLiteral("staged/"), QStringLiteral("unstaged/"),
                              QStringLiteral(".mlops/")}));
        // So the staged change is still staged and the unstaged one unstaged.
        QCOMPARE(git(repo, {QStringLiteral("status"), QStringLiteral("--porcelain")}).outText(),
                 QStringLiteral("MM .gitignore\n"));
    }

    void relativePythonPathsAreResolvedAndMissingOnesRefused()
    {
        QTemporaryDir tmp;
        QVERIFY(QFile::link(QStringLiteral("/bin/sh"), tmp.filePath(QStringLiteral("py"))));
        InitOptions options;
        options.templateName = QStringLiteral("empty");
        options.baseDir = tmp.path();
        options.python = QStringLiteral("./py");
        options.dir = tmp.filePath(QStringLiteral("relative"));
        Result<InitResult> result = initWorkspace(options);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        Result<Workspace> ws = Workspace::open(result->root);
        QVERIFY(ws.ok());
        QCOMPARE(ws->python(), tmp.filePath(QStringLiteral("py")));

        // A command name is looked up on PATH and recorded as it is.
        options.python = QStringLiteral("sh");
        options.dir = tmp.filePath(QStringLiteral("bare"));
        result = initWorkspace(options);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QCOMPARE(Workspace::open(result->root)->python(), QStringLiteral("sh"));

        for (const QString &missing : {QStringLiteral("./nope"), QStringLiteral("no-such-python-here")}) {
            options.python = missing;
            options.dir = tmp.filePath(QStringLiteral("refused"));
            result = initWorkspace(options);
            QVERIFY(!result.ok());
            QVERIFY2(result.error().isBadInput(), qPrintable(result.error().toString()));
            QVERIFY2(result.error().toString().contains(QStringLiteral("nope"))
                         || result.error().toString().contains(QStringLiteral("no-such-python-here")),
                     qPrintable(result.error().toString()));
            QVERIFY(!QFileInfo::exists(options.dir));
        }
    }

    void aConfiguredNameIsKeptWithoutAnEmail()
    {
        QTemporaryDir tmp;
        const QString repo = tmp.filePath(QStringLiteral("r"));
        QVERIFY(makeRepository(repo, {{QStringLiteral("a"), "a\n"}}));
        QCOMPARE(git(repo, {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Only Name")}).exitCode, 0);
        InitOptions options;
        options.dir = repo;
        options.templateName = QStringLiteral("empty");
        Result<InitResult> result = initWorkspace(options);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QCOMPARE(result->author.name, QStringLiteral("Only Name"));
        QVERIFY(result->author.nameFromConfig);
        QVERIFY(!result->author.emailFromConfig);
        QVERIFY(result->author.email.endsWith(QStringLiteral("@localhost")));
        QCOMPARE(git(repo, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%an <%ae>")})
                     .outText().trimmed(),
                 result->author.toString());
        // The same identity is the first approver.
        QVERIFY(readFile(QDir(repo).filePath(QStringLiteral("mlops.yaml")))
                    .contains(result->author.toString().toUtf8()));
    }

    void unknownTemplateSuggestsTheClosest()
    {
        QTemporaryDir tmp;
        InitOptions options;
        options.dir = tmp.filePath(QStringLiteral("ws"));
        options.templateName = QStringLiteral("dmeo");
        Result<InitResult> result = initWorkspace(options);
        QVERIFY(!result.ok());
        QVERIFY(result.error().isBadInput());
        QVERIFY2(result.error().message.contains(QStringLiteral("did you mean 'demo'")),
                 qPrintable(result.error().message));
        QVERIFY(!QFileInfo::exists(options.dir));
    }

    void worksWithoutAGitIdentity()
    {
        // The tests run with a HOME of their own: no user.name/user.email anywhere.
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const QString author = git(ws.root(), {QStringLiteral("log"), QStringLiteral("-1"),
                                               QStringLiteral("--format=%an|%ae")}).outText().trimmed();
        const QStringList parts = author.split(QLatin1Char('|'));
        QCOMPARE(parts.size(), 2);
        QVERIFY(!parts.at(0).isEmpty());
        QVERIFY(parts.at(1).contains(QLatin1Char('@')));
        QCOMPARE(git(ws.root(), {QStringLiteral("fsck"), QStringLiteral("--strict")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceInit)
#include "tst_workspaceinit.moc"
