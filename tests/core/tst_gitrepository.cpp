// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "testsupport.h"

#include "core/governance/governancecontext.h"
#include "core/vcs/gitrepository.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <git2.h>

using namespace mlops;
using namespace mlops::test;

namespace {

QStringList lines(const QByteArray &text)
{
    return QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString changeText(const GitChange &c)
{
    return c.path + QLatin1Char(':') + GitChange::kindName(c.kind)
           + (c.staged ? QStringLiteral(":staged") : QString());
}

} // namespace

class TestGitRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;  ///< stands in for $HOME, $XDG_CONFIG_HOME and /etc
    QProcessEnvironment m_env;

    CommandResult git(const QString &dir, const QStringList &args)
    {
        return runProgram(QStringLiteral("git"), args, dir, m_env);
    }

    /** A repository made by GitRepository::init with `a.txt` and `b.txt` committed. */
    std::optional<GitRepository> makeRepository(const QString &root, QString *sha = nullptr)
    {
        Result<GitRepository> repo = GitRepository::init(root);
        if (!repo)
            return std::nullopt;
        writeFile(QDir(root).filePath(QStringLiteral("a.txt")), "alpha\n");
        writeFile(QDir(root).filePath(QStringLiteral("b.txt")), "beta\n");
        Result<QString> commit = repo->commitPaths({QStringLiteral("a.txt"), QStringLiteral("b.txt")},
                                                   QStringLiteral("First"));
        if (!commit)
            return std::nullopt;
        if (sha)
            *sha = *commit;
        return std::move(*repo);
    }

    void setGlobalIdentity(const QByteArray &name, const QByteArray &email)
    {
        writeFile(QDir(m_config.path()).filePath(QStringLiteral(".gitconfig")),
                  name.isEmpty() ? QByteArray()
                                 : "[user]\n\tname = " + name + "\n\temail = " + email + "\n");
    }

private slots:
    void initTestCase()
    {
        MLOPS_REQUIRE(runProgram(QStringLiteral("git"), {QStringLiteral("--version")}).exitCode == 0,
                      QStringLiteral("the git command line checks what libgit2 wrote"));
        // Every configuration level libgit2 reads points into a folder of our own, so
        // the identity is whatever this test writes there, on any machine.
        git_libgit2_init();
        const QByteArray path = QFile::encodeName(m_config.path());
        for (const int level : {GIT_CONFIG_LEVEL_SYSTEM, GIT_CONFIG_LEVEL_XDG,
                                GIT_CONFIG_LEVEL_GLOBAL, GIT_CONFIG_LEVEL_PROGRAMDATA})
            QCOMPARE(git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, level, path.constData()), 0);
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("HOME"), m_config.path());
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        m_env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
        m_env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Cli User"));
        m_env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("cli@example.org"));
        m_env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Cli User"));
        m_env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("cli@example.org"));
        setGlobalIdentity({}, {});
    }

    void stateOfANewRepository()
    {
        QTemporaryDir dir;
        Result<GitRepository> repo = GitRepository::init(dir.path());
        QVERIFY(repo.ok());
        Result<GitState> state = repo->state();
        QVERIFY(state.ok());
        QCOMPARE(state->branch, QStringLiteral("main"));
        QVERIFY(!state->head.has_value());
        QVERIFY(!state->isDirty());
        Result<QList<GitCommit>> log = repo->log();
        QVERIFY(log.ok());
        QVERIFY(log->isEmpty());
    }

    void stateNamesBranchHeadAndEveryKindOfChange()
    {
        QTemporaryDir dir;
        QString first;
        std::optional<GitRepository> repo = makeRepository(dir.path(), &first);
        QVERIFY(repo);
        Result<GitState> clean = repo->state();
        QVERIFY(clean.ok());
        QCOMPARE(clean->branch, QStringLiteral("main"));
        QVERIFY(!clean->detached);
        QVERIFY(clean->head.has_value());
        QCOMPARE(clean->head->sha, first);
        QCOMPARE(clean->head->shortSha(), first.left(8));
        QCOMPARE(clean->head->summary, QStringLiteral("First"));
        QVERIFY(!clean->isDirty());
        QCOMPARE(git(dir.path(), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).outText().trimmed(), first);

        QVERIFY(writeFile(dir.filePath(QStringLiteral("a.txt")), "alpha, edited\n"));
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("b.txt"))));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("new/untracked.txt")), "?\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("staged.txt")), "+\n"));
        QCOMPARE(git(dir.path(), {QStringLiteral("add"), QStringLiteral("staged.txt")}).exitCode, 0);

        Result<GitState> dirty = repo->state();
        QVERIFY(dirty.ok());
        QVERIFY(dirty->isDirty());
        QStringList seen;
        for (const GitChange &c : dirty->changes)
            seen.append(changeText(c));
        seen.sort();
        QCOMPARE(seen, (QStringList{QStringLiteral("a.txt:modified"), QStringLiteral("b.txt:deleted"),
                                    QStringLiteral("new/untracked.txt:untracked"),
                                    QStringLiteral("staged.txt:added:staged")}));
        // Without untracked files, only what git tracks or stages.
        Result<QList<GitChange>> tracked = repo->changes(false);
        QVERIFY(tracked.ok());
        QCOMPARE(tracked->size(), 3);

        QCOMPARE(git(dir.path(), {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("--detach")}).exitCode, 0);
        Result<GitState> detached = repo->state();
        QVERIFY(detached.ok());
        QVERIFY(detached->detached);
        QVERIFY(detached->branch.isEmpty());
        QCOMPARE(detached->head->sha, first);
    }

    void commitPathsLeavesOtherStagedWorkStaged()
    {
        QTemporaryDir dir;
        QString first;
        std::optional<GitRepository> repo = makeRepository(dir.path(), &first);
        QVERIFY(repo);
        // The user stages one file; we commit another.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("theirs.txt")), "work in progress\n"));
        QCOMPARE(git(dir.path(), {QStringLiteral("add"), QStringLiteral("theirs.txt")}).exitCode, 0);
        QVERIFY(writeFile(dir.filePath(QStringLiteral("ours/one.txt")), "1\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("ours/deeper/two.txt")), "2\n"));

        Result<QString> sha = repo->commitPaths({QStringLiteral("ours")}, QStringLiteral("Add ours"));
        QVERIFY2(sha.ok(), qPrintable(sha.ok() ? QString() : sha.error().toString()));
        QCOMPARE(git(dir.path(), {QStringLiteral("rev-parse"), QStringLiteral("HEAD~1")}).outText().trimmed(), first);
        QCOMPARE(lines(git(dir.path(), {QStringLiteral("show"), QStringLiteral("--name-only"),
                                        QStringLiteral("--format="), QStringLiteral("HEAD")}).out),
                 (QStringList{QStringLiteral("ours/deeper/two.txt"), QStringLiteral("ours/one.txt")}));
        QCOMPARE(git(dir.path(), {QStringLiteral("status"), QStringLiteral("--porcelain")}).outText(),
                 QStringLiteral("A  theirs.txt\n"));
        QCOMPARE(git(dir.path(), {QStringLiteral("fsck"), QStringLiteral("--strict")}).exitCode, 0);

        // A path that does not exist is an error, and nothing is committed.
        Result<QString> missing = repo->commitPaths({QStringLiteral("nope.txt")}, QStringLiteral("x"));
        QVERIFY(!missing.ok());
        QCOMPARE(git(dir.path(), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).outText().trimmed(), *sha);
    }

    void commitPathsCommitsDeletions()
    {
        QTemporaryDir dir;
        QString first;
        std::optional<GitRepository> repo = makeRepository(dir.path(), &first);
        QVERIFY(repo);
        QVERIFY(writeFile(dir.filePath(QStringLiteral("data.csv")), "x,y\n1,2\n"));
        QVERIFY(repo->commitPaths({QStringLiteral("data.csv")}, QStringLiteral("Add data")).ok());
        // b.txt is deleted on disk; data.csv is ignored and taken out of the index, as
        // `mlops data add` does with data git tracked; a.txt is edited but not committed.
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("b.txt"))));
        QVERIFY(writeFile(dir.filePath(QStringLiteral(".gitignore")), "/data.csv\n"));
        QCOMPARE(git(dir.path(), {QStringLiteral("rm"), QStringLiteral("-q"), QStringLiteral("--cached"),
                                  QStringLiteral("data.csv")}).exitCode,
                 0);
        QVERIFY(writeFile(dir.filePath(QStringLiteral("a.txt")), "alpha, edited\n"));

        GitCommitRequest request;
        request.paths = {QStringLiteral("b.txt"), QStringLiteral("data.csv"), QStringLiteral(".gitignore")};
        request.message = QStringLiteral("Remove b and untrack the data");
        Result<GitCommitResult> made = repo->commitFiles(request);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().toString()));
        QCOMPARE(lines(git(dir.path(), {QStringLiteral("show"), QStringLiteral("--name-status"),
                                        QStringLiteral("--format="), QStringLiteral("HEAD")}).out),
                 (QStringList{QStringLiteral("A\t.gitignore"), QStringLiteral("D\tb.txt"), QStringLiteral("D\tdata.csv")}));
        // The data stays on disk; only the edit nobody committed is left.
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("data.csv"))));
        QCOMPARE(git(dir.path(), {QStringLiteral("status"), QStringLiteral("--porcelain")}).outText(),
                 QStringLiteral(" M a.txt\n"));
        QCOMPARE(git(dir.path(), {QStringLiteral("fsck"), QStringLiteral("--strict")}).exitCode, 0);

        // A path neither HEAD nor the disk has is still an error, and nothing is committed.
        const QString head = git(dir.path(), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).outText().trimmed();
        QVERIFY(!repo->commitPaths({QStringLiteral("b.txt")}, QStringLiteral("again")).ok());
        QCOMPARE(git(dir.path(), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).outText().trimmed(), head);
    }

    void logListsCommitsNewestFirst()
    {
        QTemporaryDir dir;
        QString first;
        std::optional<GitRepository> repo = makeRepository(dir.path(), &first);
        QVERIFY(repo);
        QVERIFY(writeFile(dir.filePath(QStringLiteral("a.txt")), "2\n"));
        Result<QString> second = repo->commitPaths({QStringLiteral("a.txt")}, QStringLiteral("Second\n\nWith a body."));
        QVERIFY(second.ok());
        QVERIFY(writeFile(dir.filePath(QStringLiteral("a.txt")), "3\n"));
        QCOMPARE(git(dir.path(), {QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("Third")}).exitCode, 0);

        Result<QList<GitCommit>> log = repo->log();
        QVERIFY(log.ok());
        QCOMPARE(log->size(), 3);
        QCOMPARE(log->at(0).summary, QStringLiteral("Third"));
        QCOMPARE(log->at(0).authorName, QStringLiteral("Cli User"));
        QCOMPARE(log->at(1).sha, *second);
        QCOMPARE(log->at(1).summary, QStringLiteral("Second"));
        QVERIFY(log->at(1).message.contains(QStringLiteral("With a body.")));
        QCOMPARE(log->at(1).parents, QStringList{first});
        QCOMPARE(log->at(2).sha, first);
        QVERIFY(log->at(2).parents.isEmpty());
        Result<QList<GitCommit>> latest = repo->log(1);
        QVERIFY(latest.ok());
        QCOMPARE(latest->size(), 1);
    }

    void diffHeadIsThePatchGitWouldShow()
    {
        QTemporaryDir dir;
        std::optional<GitRepository> repo = makeRepository(dir.path());
        QVERIFY(repo);
        Result<QByteArray> none = repo->diffHead();
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());
        QVERIFY(writeFile(dir.filePath(QStringLiteral("a.txt")), "alpha\ngamma\n"));
        Result<QByteArray> diff = repo->diffHead();
        QVERIFY(diff.ok());
        QVERIFY(diff->contains("diff --git a/a.txt b/a.txt"));
        QVERIFY(diff->contains("\n+gamma\n"));
        QVERIFY(!diff->contains("b.txt"));
        // The patch applies to HEAD's tree, as `git apply` sees it.
        QCOMPARE(git(dir.path(), {QStringLiteral("stash"), QStringLiteral("-q")}).exitCode, 0);
        QVERIFY(writeFile(dir.filePath(QStringLiteral("change.patch")), *diff));
        QCOMPARE(git(dir.path(), {QStringLiteral("apply"), QStringLiteral("change.patch")}).exitCode, 0);
        QCOMPARE(readFile(dir.filePath(QStringLiteral("a.txt"))), QByteArray("alpha\ngamma\n"));
    }

    void trackedFilesAreWhatTheIndexHolds()
    {
        QTemporaryDir dir;
        std::optional<GitRepository> repo = makeRepository(dir.path());
        QVERIFY(repo);
        QVERIFY(writeFile(dir.filePath(QStringLiteral("src/x.py")), "x\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("src/y.py")), "y\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("srcs.txt")), "not in src/\n"));
        QVERIFY(repo->commitPaths({QStringLiteral("src"), QStringLiteral("srcs.txt")}, QStringLiteral("src")).ok());
        QVERIFY(writeFile(dir.filePath(QStringLiteral("src/untracked.py")), "u\n"));
        Result<QStringList> all = repo->trackedFiles();
        QVERIFY(all.ok());
        QCOMPARE(*all, (QStringList{QStringLiteral("a.txt"), QStringLiteral("b.txt"), QStringLiteral("src/x.py"),
                                    QStringLiteral("src/y.py"), QStringLiteral("srcs.txt")}));
        Result<QStringList> src = repo->trackedFiles(QStringLiteral("src"));
        QVERIFY(src.ok());
        QCOMPARE(*src, (QStringList{QStringLiteral("src/x.py"), QStringLiteral("src/y.py")}));
    }

    void identityFromConfigurationOrADefault()
    {
        QTemporaryDir dir;
        Result<GitRepository> repo = GitRepository::init(dir.path());
        QVERIFY(repo.ok());
        const GitIdentity fallback = repo->identity();
        QVERIFY(!fallback.fromConfig());
        QVERIFY(!fallback.name.isEmpty());
        QVERIFY(fallback.email.endsWith(QStringLiteral("@localhost")));

        setGlobalIdentity("Jane Data", "jane@example.org");
        auto reset = qScopeGuard([this] { setGlobalIdentity({}, {}); });
        Result<GitRepository> reopened = GitRepository::open(dir.path());
        QVERIFY(reopened.ok());
        const GitIdentity configured = reopened->identity();
        QVERIFY(configured.fromConfig());
        QCOMPARE(configured.toString(), QStringLiteral("Jane Data <jane@example.org>"));
        // Commits carry it.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("f.txt")), "f\n"));
        QVERIFY(reopened->commitPaths({QStringLiteral("f.txt")}, QStringLiteral("f")).ok());
        QCOMPARE(git(dir.path(), {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%an <%ae>")})
                     .outText().trimmed(),
                 QStringLiteral("Jane Data <jane@example.org>"));
    }

    void identityKeepsWhatIsConfigured()
    {
        QTemporaryDir dir;
        Result<GitRepository> repo = GitRepository::init(dir.path());
        QVERIFY(repo.ok());
        auto reset = qScopeGuard([this] { setGlobalIdentity({}, {}); });
        const QString config = QDir(m_config.path()).filePath(QStringLiteral(".gitconfig"));

        // Only a name: it is kept, the e-mail comes from the login name.
        QVERIFY(writeFile(config, "[user]\n\tname = Only Name\n"));
        GitIdentity who = GitRepository::open(dir.path())->identity();
        QCOMPARE(who.name, QStringLiteral("Only Name"));
        QVERIFY(who.nameFromConfig);
        QVERIFY(!who.emailFromConfig);
        QVERIFY(!who.fromConfig());
        QVERIFY(who.email.endsWith(QStringLiteral("@localhost")));

        // Only an e-mail: it is kept, the name comes from the login name.
        QVERIFY(writeFile(config, "[user]\n\temail = only@example.org\n"));
        who = GitRepository::open(dir.path())->identity();
        QCOMPARE(who.email, QStringLiteral("only@example.org"));
        QVERIFY(!who.nameFromConfig);
        QVERIFY(who.emailFromConfig);
        QVERIFY(!who.name.isEmpty());
    }

    void identityOutsideARepositoryIsTheConfiguredOne()
    {
        // A workspace that is not (or no longer) a git repository: whoever approves there is
        // still the git user of the global configuration, not the login name.
        QTemporaryDir dir;
        auto reset = qScopeGuard([this] { setGlobalIdentity({}, {}); });
        GitIdentity who = GovernanceContext::identityAt(dir.path());
        QVERIFY(!who.fromConfig());
        QVERIFY(who.email.endsWith(QStringLiteral("@localhost")));

        setGlobalIdentity("Jane Data", "jane@example.org");
        who = GovernanceContext::identityAt(dir.path());
        QVERIFY(who.fromConfig());
        QCOMPARE(who.toString(), QStringLiteral("Jane Data <jane@example.org>"));
        QCOMPARE(GitRepository::defaultIdentity().toString(), QStringLiteral("Jane Data <jane@example.org>"));
    }

    void aLockedIndexLeavesHeadWhereItWas()
    {
        QTemporaryDir dir;
        QString first;
        std::optional<GitRepository> repo = makeRepository(dir.path(), &first);
        QVERIFY(repo);
        QVERIFY(writeFile(dir.filePath(QStringLiteral("c.txt")), "gamma\n"));
        const QString lock = dir.filePath(QStringLiteral(".git/index.lock"));
        QVERIFY(writeFile(lock, {}));
        Result<QString> sha = repo->commitPaths({QStringLiteral("c.txt")}, QStringLiteral("Third"));
        QVERIFY(!sha.ok());
        QVERIFY2(sha.error().message.contains(QStringLiteral("lock")), qPrintable(sha.error().toString()));
        QCOMPARE(git(dir.path(), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).outText().trimmed(), first);
        QVERIFY(QFile::remove(lock));
        QCOMPARE(git(dir.path(), {QStringLiteral("status"), QStringLiteral("--porcelain")}).outText(),
                 QStringLiteral("?? c.txt\n"));

        // Once the lock is gone the same commit goes through, HEAD's reflog and all.
        sha = repo->commitPaths({QStringLiteral("c.txt")}, QStringLiteral("Third"));
        QVERIFY(sha.ok());
        QCOMPARE(git(dir.path(), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).outText().trimmed(), *sha);
        QCOMPARE(git(dir.path(), {QStringLiteral("status"), QStringLiteral("--porcelain")}).out, QByteArray());
        QVERIFY(git(dir.path(), {QStringLiteral("reflog"), QStringLiteral("-1")}).outText().contains(QStringLiteral("commit: Third")));
    }

    void aScopedRepositorySeesOnlyItsFolder()
    {
        // A workspace in a subfolder of a bigger repository: its changes, history and
        // uncommitted diff are its own, not the whole repository's.
        QTemporaryDir dir;
        QString first;
        std::optional<GitRepository> repo = makeRepository(dir.path(), &first);
        QVERIFY(repo);
        QVERIFY(writeFile(dir.filePath(QStringLiteral("ws/mlops.yaml")), "name: ws\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("ws-other/x.txt")), "x\n"));
        Result<QString> inWs = repo->commitPaths({QStringLiteral("ws")}, QStringLiteral("Workspace"));
        QVERIFY(inWs.ok());
        QVERIFY(writeFile(dir.filePath(QStringLiteral("a.txt")), "changed outside\n"));
        Result<QString> outside = repo->commitPaths({QStringLiteral("a.txt")}, QStringLiteral("Outside"));
        QVERIFY(outside.ok());
        QVERIFY(writeFile(dir.filePath(QStringLiteral("b.txt")), "dirty outside\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("ws/mlops.yaml")), "name: ws2\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("ws/new.py")), "print(1)\n"));

        Result<GitRepository> scoped = GitRepository::openScoped(dir.filePath(QStringLiteral("ws")));
        QVERIFY(scoped.ok());
        QCOMPARE(scoped->scope(), QStringLiteral("ws"));
        Result<GitState> state = scoped->state();
        QVERIFY(state.ok());
        QStringList seen;
        for (const GitChange &c : std::as_const(state->changes))
            seen.append(changeText(c));
        QCOMPARE(seen, (QStringList{QStringLiteral("ws/mlops.yaml:modified"), QStringLiteral("ws/new.py:untracked")}));
        QCOMPARE(state->head->sha, *outside);  // HEAD is still the repository's HEAD

        // History: the commits that change the workspace, and those a caller keeps.
        Result<QList<GitCommit>> log = scoped->log();
        QVERIFY(log.ok());
        QCOMPARE(log->size(), 1);
        QCOMPARE(log->at(0).sha, *inWs);
        Result<QList<GitCommit>> kept = scoped->log(100, [&](const QString &sha) { return sha == *outside; });
        QVERIFY(kept.ok());
        QCOMPARE(kept->size(), 2);
        QCOMPARE(kept->at(0).sha, *outside);

        Result<QByteArray> diff = scoped->diffHead();
        QVERIFY(diff.ok());
        QVERIFY(diff->contains("ws/mlops.yaml"));
        QVERIFY(diff->contains("ws/new.py"));
        QVERIFY2(!diff->contains("b.txt"), diff->constData());

        // Clean inside the workspace while the repository is dirty elsewhere.
        QVERIFY(repo->commitPaths({QStringLiteral("ws")}, QStringLiteral("Workspace 2")).ok());
        Result<GitState> clean = scoped->state();
        QVERIFY(clean.ok());
        QVERIFY(!clean->isDirty());
        // The repository itself still sees everything.
        Result<GitState> whole = repo->state();
        QVERIFY(whole.ok());
        QVERIFY(whole->isDirty());
        QCOMPARE(repo->log()->size(), 4);
        // At the root, the scope is the whole repository.
        Result<GitRepository> atRoot = GitRepository::openScoped(dir.path());
        QVERIFY(atRoot.ok());
        QCOMPARE(atRoot->scope(), QString());
        QVERIFY(atRoot->state()->isDirty());
        // A folder whose name reads as a glob pattern is still the folder itself.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("w[1]/x.txt")), "x\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("w1/y.txt")), "y\n"));
        Result<GitRepository> globbed = GitRepository::openScoped(dir.filePath(QStringLiteral("w[1]")));
        QVERIFY(globbed.ok());
        Result<QList<GitChange>> globChanges = globbed->changes();
        QVERIFY(globChanges.ok());
        QCOMPARE(globChanges->size(), 1);
        QCOMPARE(globChanges->first().path, QStringLiteral("w[1]/x.txt"));
    }

    void discoverFindsTheWorkingTreeRoot()
    {
        QTemporaryDir dir;
        std::optional<GitRepository> repo = makeRepository(dir.path());
        QVERIFY(repo);
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("deep/down"))));
        const std::optional<QString> root = GitRepository::discover(dir.filePath(QStringLiteral("deep/down")));
        QVERIFY(root);
        QCOMPARE(QDir(*root).canonicalPath(), QDir(dir.path()).canonicalPath());
        QTemporaryDir outside;
        QVERIFY(!GitRepository::discover(outside.path()));
        QVERIFY(!GitRepository::open(outside.path()).ok());
    }
};

QTEST_GUILESS_MAIN(TestGitRepository)
#include "tst_gitrepository.moc"
