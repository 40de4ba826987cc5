// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/maturity/lifecyclesummary.h"
#include "core/maturity/maturityassessor.h"
#include "core/maturity/workspacefacts.h"
#include "core/workspace/workspace.h"

#include "fixtures/governanceworkspace.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QtTest/QTest>

#include <sqlite3.h>

using namespace mlops;

namespace {
MaturityAssessment assess(const QString &root)
{
    Result<Workspace> ws = Workspace::open(root);
    if (!ws)
        qFatal("%s", qPrintable(ws.error().toString()));
    return assessWorkspaceMaturity(*ws);
}

QString evidenceOf(const MaturityAssessment &a, const QString &id)
{
    const CriterionResult *c = a.criterion(id);
    if (!c)
        return {};
    QStringList lines;
    for (const Evidence &e : c->evidence)
        lines.append(QStringLiteral("%1 %2 [%3]").arg(e.supports ? QLatin1Char('+') : QLatin1Char('-')).arg(e.text, e.source));
    return lines.join(QLatin1Char('\n'));
}

bool met(const MaturityAssessment &a, const QString &id)
{
    const CriterionResult *c = a.criterion(id);
    return c && c->met;
}
} // namespace

class TestMaturity : public QObject
{
    Q_OBJECT

private slots:
    void freshDemoWorkspaceIsInitial()
    {
        test::TempWorkspace ws(QStringLiteral("demo"));
        MLOPS_REQUIRE(ws.isValid(), QStringLiteral("demo workspace: ") + ws.error());
        const MaturityAssessment a = assess(ws.root());
        QCOMPARE(a.phaseIndex, int(MaturityPhase::Initial));
        QCOMPARE(a.google.level, 0);
        QCOMPARE(a.azure.level, 0);
        QVERIFY(met(a, QStringLiteral("git-repository")));
        QVERIFY2(evidenceOf(a, QStringLiteral("git-repository")).contains(QStringLiteral("1 commit")),
                 qPrintable(evidenceOf(a, QStringLiteral("git-repository"))));
        QVERIFY(met(a, QStringLiteral("experimentation-environment")));
        QVERIFY(evidenceOf(a, QStringLiteral("experimentation-environment")).contains(QStringLiteral("[data/]")));
        QVERIFY(!met(a, QStringLiteral("tracked-experiments")));
        // The demo template sketches staging and production, but neither has a deployment
        // target yet: the user has not set them up, so they do not count.
        QVERIFY(!met(a, QStringLiteral("staging-production")));
        QVERIFY2(evidenceOf(a, QStringLiteral("staging-production"))
                     .contains(QStringLiteral("- staging environment 'staging' has no deployment target")),
                 qPrintable(evidenceOf(a, QStringLiteral("staging-production"))));
        // It names its creator approver.
        QVERIFY(evidenceOf(a, QStringLiteral("approval-workflow")).contains(QStringLiteral("approver role held by")));

        // Every unmet criterion says what to do; the first next steps lead to Repeatable.
        for (const CriterionResult &c : a.criteria)
            QVERIFY2(c.met || !c.next.isEmpty(), qPrintable(c.id));
        const QList<CriterionResult> next = a.nextSteps();
        QVERIFY(!next.isEmpty());
        QCOMPARE(next.first().phase, MaturityPhase::Repeatable);
        QVERIFY(next.first().required);
        QVERIFY2(next.first().next.command.startsWith(QStringLiteral("mlops run ")), qPrintable(next.first().next.command));
        // One command is one action, however many criteria it moves forward.
        QStringList commands;
        for (const CriterionResult &c : next) {
            QVERIFY2(c.next.command.isEmpty() || !commands.contains(c.next.command), qPrintable(c.next.command));
            commands.append(c.next.command);
        }
        QVERIFY2(next.first().next.criteria.size() > 1, qPrintable(next.first().next.criteria.join(QLatin1Char(' '))));
        // Each reason on a line of its own.
        QCOMPARE(next.first().next.text.count(QLatin1Char('\n')) + 1, next.first().next.criteria.size());
        // Monitoring points at a step towards it, not at a listing.
        QVERIFY2(!a.criterion(QStringLiteral("monitoring"))->next.command.contains(QStringLiteral("registry list")),
                 qPrintable(a.criterion(QStringLiteral("monitoring"))->next.command));
    }

    void approversForSomeGroupsAreNamedWithTheirGroups()
    {
        test::TempWorkspace ws;
        QVERIFY(ws.isValid());
        QByteArray manifest = test::readFile(ws.path(QStringLiteral("mlops.yaml")));
        const qsizetype roles = manifest.indexOf("roles:");
        QVERIFY(roles >= 0);
        manifest.truncate(roles);
        manifest += "roles:\n  approver:\n    \"*\": [\"Bob <bob@example.org>\"]\n"
                    "    conc: [\"Eve <eve@example.org>\", \"Bob <bob@example.org>\"]\n"
                    "    churn: [\"Eve <eve@example.org>\"]\n";
        QVERIFY(test::writeFile(ws.path(QStringLiteral("mlops.yaml")), manifest));
        const QString evidence = evidenceOf(assess(ws.root()), QStringLiteral("approval-workflow"));
        QVERIFY2(evidence.contains(QStringLiteral("approver role held by Bob <bob@example.org>, "
                                                  "Eve <eve@example.org> (only for churn, conc)")),
                 qPrintable(evidence));
    }

    void onlyCompletedStepsShowWhereStepsRun()
    {
        test::TempWorkspace ws(QStringLiteral("demo"));
        MLOPS_REQUIRE(ws.isValid(), QStringLiteral("demo workspace: ") + ws.error());
        test::SeedOptions options;
        options.operations = true;
        QVERIFY(test::seedWorkspace(ws.root(), options).ok());
        QVERIFY(met(assess(ws.root()), QStringLiteral("containerised-steps")));

        // The same runs, but every container step failed or was skipped: nothing ran in one.
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(qPrintable(ws.path(QStringLiteral(".mlops/store.db"))), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "UPDATE runs SET status = CASE WHEN id % 2 = 0 THEN 'Failed' ELSE 'Skipped' END"
                                  " WHERE parent_id IS NOT NULL AND runner IN ('docker', 'podman')",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        const MaturityAssessment a = assess(ws.root());
        QVERIFY(!met(a, QStringLiteral("containerised-steps")));
        const QString evidence = evidenceOf(a, QStringLiteral("containerised-steps"));
        QVERIFY2(!evidence.contains(QStringLiteral("docker")), qPrintable(evidence));
        QVERIFY2(evidence.contains(QStringLiteral("completed step run(s) with the process runner")), qPrintable(evidence));
    }

    void azureFourNeedsAutomatedRetrainingAndPromotion()
    {
        test::TempWorkspace ws(QStringLiteral("demo"));
        MLOPS_REQUIRE(ws.isValid(), QStringLiteral("demo workspace: ") + ws.error());
        test::SeedOptions options;
        options.operations = true;
        QVERIFY(test::seedWorkspace(ws.root(), options).ok());
        MaturityAssessment a = assess(ws.root());
        QCOMPARE(a.azure.level, 4);
        QVERIFY2(evidenceOf(a, QStringLiteral("automated-retraining"))
                     .contains(QStringLiteral("+ 1 pipeline execution(s) started by schedule")),
                 qPrintable(evidenceOf(a, QStringLiteral("automated-retraining"))));

        // Every execution started by hand from a terminal: monitored and gated, but nothing
        // retrains on its own, so not level 4.
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(qPrintable(ws.path(QStringLiteral(".mlops/store.db"))), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "UPDATE tags SET value = 'cli' WHERE key = 'mlops.launcher'", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        a = assess(ws.root());
        QCOMPARE(a.azure.level, 3);
        QCOMPARE(a.azure.missing, QStringList{QStringLiteral("automated-retraining")});
        const QString evidence = evidenceOf(a, QStringLiteral("automated-retraining"));
        QVERIFY2(evidence.contains(QStringLiteral("- no pipeline execution was started by CI or a schedule")),
                 qPrintable(evidence));
        QVERIFY2(evidence.contains(QStringLiteral("+ 4 version(s) promoted by approval")), qPrintable(evidence));
        QVERIFY(a.criterion(QStringLiteral("automated-retraining"))->next.command.startsWith(QStringLiteral("CI=true mlops run ")));
    }

    void emptyWorkspaceIsNotYetInitial()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const MaturityAssessment a = assess(ws.root());
        QCOMPARE(a.phaseIndex, -1);
        QVERIFY(!a.hasPhase());
        QVERIFY(!met(a, QStringLiteral("experimentation-environment")));
        QCOMPARE(a.toJson().value(QStringLiteral("phase")).type(), QJsonValue::Null);
    }

    void dataAloneIsNoExperimentationEnvironment()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QVERIFY(test::writeFile(ws.path(QStringLiteral("data/train.csv")), "x,y\n1,2\n"));
        MaturityAssessment a = assess(ws.root());
        QVERIFY(!met(a, QStringLiteral("experimentation-environment")));
        QVERIFY(!a.hasPhase());
        QString evidence = evidenceOf(a, QStringLiteral("experimentation-environment"));
        QVERIFY2(evidence.contains(QStringLiteral("- 1 data file(s), but no notebook or pipeline to explore them [data/]")),
                 qPrintable(evidence));
        QVERIFY(!a.criterion(QStringLiteral("experimentation-environment"))->next.text.isEmpty());

        // A notebook to explore it, and an interpreter that runs it: now it is one.
        QVERIFY(test::writeFile(ws.path(QStringLiteral("notebooks/explore.ipynb")),
                                "{\"cells\": [], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}\n"));
        const QString python = ws.path(QStringLiteral("bin/python3"));
        QVERIFY(test::writeFakePython(python));
        QString manifest = QString::fromUtf8(test::readFile(ws.path(QStringLiteral("mlops.yaml"))));
        manifest.replace(QRegularExpression(QStringLiteral("(?m)^python: .*$")),
                         QStringLiteral("python: \"%1\"").arg(python));
        QVERIFY(manifest.contains(python));
        QVERIFY(test::writeFile(ws.path(QStringLiteral("mlops.yaml")), manifest.toUtf8()));
        a = assess(ws.root());
        evidence = evidenceOf(a, QStringLiteral("experimentation-environment"));
        QVERIFY2(met(a, QStringLiteral("experimentation-environment")), qPrintable(evidence));
        QVERIFY2(evidence.contains(QStringLiteral("+ 1 notebook(s): notebooks/explore.ipynb [notebooks/]")), qPrintable(evidence));
        QVERIFY2(evidence.contains(QStringLiteral("+ Python interpreter %1 runs the notebooks and steps [mlops.yaml]").arg(python)),
                 qPrintable(evidence));

        // The interpreter mlops.yaml names is gone: nothing can run the notebook.
        QVERIFY(QFile::remove(python));
        a = assess(ws.root());
        evidence = evidenceOf(a, QStringLiteral("experimentation-environment"));
        QVERIFY2(!met(a, QStringLiteral("experimentation-environment")), qPrintable(evidence));
        QVERIFY2(evidence.contains(QStringLiteral("- the Python interpreter %1 does not exist or cannot be run [mlops.yaml]")
                                       .arg(python)),
                 qPrintable(evidence));
        QCOMPARE(a.criterion(QStringLiteral("experimentation-environment"))->next.command, QStringLiteral("mlops doctor"));
    }

    void pipelinesRegistryAndCiMakeItRepeatable()
    {
        test::TempWorkspace ws(QStringLiteral("demo"));
        MLOPS_REQUIRE(ws.isValid(), QStringLiteral("demo workspace: ") + ws.error());
        Result<test::SeedReport> seeded = test::seedWorkspace(ws.root());
        QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().toString()));
        const MaturityAssessment a = assess(ws.root());

        QCOMPARE(a.phaseIndex, int(MaturityPhase::Repeatable));
        QCOMPARE(a.google.level, 2);
        QCOMPARE(a.azure.level, 2);
        // The demo template's staging and production have no deployment targets yet.
        QCOMPARE(a.azure.missing, (QStringList{QStringLiteral("staging-production"), QStringLiteral("deployments")}));
        for (const char *id : {"tracked-experiments", "runs-from-commits", "automated-pipeline", "unattended-runs",
                               "model-registry", "step-caching", "automated-tests", "ci-configuration",
                               "ci-runs-pipeline", "model-validation-gate", "approval-workflow", "audit-trail"})
            QVERIFY2(met(a, QString::fromLatin1(id)), id);
        QVERIFY(!met(a, QStringLiteral("monitoring")));
        QVERIFY(!met(a, QStringLiteral("containerised-steps")));

        // Evidence a user can check, with where it came from.
        const QString commit = seeded->headCommit.left(8);
        QVERIFY2(evidenceOf(a, QStringLiteral("runs-from-commits")).contains(QStringLiteral("at commit %1, clean").arg(commit)),
                 qPrintable(evidenceOf(a, QStringLiteral("runs-from-commits"))));
        QVERIFY(evidenceOf(a, QStringLiteral("runs-from-commits")).contains(QStringLiteral("- 1 run(s) started from uncommitted changes")));
        QVERIFY(evidenceOf(a, QStringLiteral("unattended-runs")).contains(QStringLiteral("5 pipeline execution(s) started by cli")));
        QVERIFY(evidenceOf(a, QStringLiteral("model-registry")).contains(QStringLiteral("1 model group(s) with 5 version(s): 1 pending, 3 approved, 1 rejected")));
        QVERIFY(evidenceOf(a, QStringLiteral("approval-workflow")).contains(QStringLiteral("breast-cancer/4 Approved by")));
        QVERIFY(evidenceOf(a, QStringLiteral("ci-configuration")).contains(QStringLiteral(".github/workflows/mlops.yml (committed) [git]")));
        QVERIFY(evidenceOf(a, QStringLiteral("model-validation-gate")).contains(QStringLiteral("pipelines/breast-cancer.yaml gates the model with the condition step 'gate'")));
        QVERIFY(evidenceOf(a, QStringLiteral("automated-tests")).contains(QStringLiteral("tests/test_prepare.py (committed)")));

        const QList<CriterionResult> next = a.nextSteps();
        // Giving staging and production a deployment target comes first, then monitoring.
        QCOMPARE(next.first().id, QStringLiteral("staging-production"));
        QCOMPARE(next.at(1).id, QStringLiteral("monitoring"));
    }

    void operationsAtScaleMakeItScalable()
    {
        test::TempWorkspace ws(QStringLiteral("demo"));
        MLOPS_REQUIRE(ws.isValid(), QStringLiteral("demo workspace: ") + ws.error());
        test::SeedOptions options;
        options.operations = true;
        Result<test::SeedReport> seeded = test::seedWorkspace(ws.root(), options);
        QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().toString()));
        const MaturityAssessment a = assess(ws.root());
        QCOMPARE(a.phaseIndex, int(MaturityPhase::Scalable));
        QCOMPARE(a.azure.level, 4);
        QVERIFY(evidenceOf(a, QStringLiteral("several-contributors")).contains(QStringLiteral("Bob Builder")));
        QVERIFY(evidenceOf(a, QStringLiteral("monitoring")).contains(QStringLiteral(".mlops/endpoints/staging/capture/2026-01-05.jsonl")));
        QVERIFY(evidenceOf(a, QStringLiteral("containerised-steps")).contains(QStringLiteral("with the docker runner")));
        QVERIFY(a.nextSteps().isEmpty());
    }

    void uncommittedCiDoesNotCount()
    {
        test::TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(test::writeFile(ws.path(QStringLiteral(".gitlab-ci.yml")), "test:\n  script: mlops validate p.yaml\n"));
        const MaturityAssessment a = assess(ws.root());
        QVERIFY(!met(a, QStringLiteral("ci-configuration")));
        QVERIFY(evidenceOf(a, QStringLiteral("ci-configuration")).contains(QStringLiteral("- .gitlab-ci.yml exists but is not committed")));
        QVERIFY(a.criterion(QStringLiteral("ci-configuration"))->next.command.startsWith(QStringLiteral("git add .gitlab-ci.yml")));
        // CI never sees an uncommitted file, so it runs no pipeline either.
        QVERIFY(!met(a, QStringLiteral("ci-runs-pipeline")));
        QVERIFY2(evidenceOf(a, QStringLiteral("ci-runs-pipeline"))
                     .contains(QStringLiteral("- .gitlab-ci.yml runs: script: mlops validate p.yaml, but the file is not "
                                              "committed, so CI never sees it")),
                 qPrintable(evidenceOf(a, QStringLiteral("ci-runs-pipeline"))));
        QVERIFY(a.criterion(QStringLiteral("ci-runs-pipeline"))->next.command.startsWith(QStringLiteral("git add .gitlab-ci.yml")));
    }

    void onlyFilesATestRunnerCollectsAreTests()
    {
        test::TempWorkspace ws;
        QVERIFY(ws.isValid());
        auto commit = [&](const QString &file, const QByteArray &content) {
            QVERIFY(test::writeFile(ws.path(file), content));
            const QStringList git{QStringLiteral("-C"), ws.root(), QStringLiteral("-c"), QStringLiteral("user.name=T"),
                                  QStringLiteral("-c"), QStringLiteral("user.email=t@example.org")};
            QCOMPARE(test::runProgram(QStringLiteral("git"), git + QStringList{QStringLiteral("add"), file}).exitCode, 0);
            const test::CommandResult r = test::runProgram(
                QStringLiteral("git"), git + QStringList{QStringLiteral("commit"), QStringLiteral("-q"),
                                                         QStringLiteral("-m"), file});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        };
        // A README, a data file and an empty test module, all committed: nothing is tested.
        commit(QStringLiteral("tests/README.md"), "# Tests\n\nTo do.\n");
        commit(QStringLiteral("tests/fixtures.csv"), "x,y\n1,2\n");
        commit(QStringLiteral("tests/test_prepare.py"), "");
        MaturityAssessment a = assess(ws.root());
        QString evidence = evidenceOf(a, QStringLiteral("automated-tests"));
        QVERIFY2(!met(a, QStringLiteral("automated-tests")), qPrintable(evidence));
        QVERIFY2(evidence.contains(QStringLiteral("- tests/test_prepare.py is empty: it tests nothing [tests/test_prepare.py]")),
                 qPrintable(evidence));
        QVERIFY2(evidence.contains(QStringLiteral("- 2 file(s) in tests/, but no test a runner collects")), qPrintable(evidence));
        QVERIFY2(!evidence.contains(QStringLiteral("README.md (committed)")), qPrintable(evidence));
        QVERIFY(!a.criterion(QStringLiteral("automated-tests"))->next.command.isEmpty());

        // The module gets a test: now the code has one.
        commit(QStringLiteral("tests/test_prepare.py"), "def test_split():\n    assert 80 + 20 == 100\n");
        a = assess(ws.root());
        evidence = evidenceOf(a, QStringLiteral("automated-tests"));
        QVERIFY2(met(a, QStringLiteral("automated-tests")), qPrintable(evidence));
        QVERIFY2(evidence.contains(QStringLiteral("+ tests/test_prepare.py (committed)")), qPrintable(evidence));
    }

    void runsWithoutACommitDoNotSupportTheClaim()
    {
        test::TempWorkspace ws(QStringLiteral("demo"));
        MLOPS_REQUIRE(ws.isValid(), QStringLiteral("demo workspace: ") + ws.error());
        QVERIFY(test::seedWorkspace(ws.root()).ok());
        QString evidence = evidenceOf(assess(ws.root()), QStringLiteral("runs-from-commits"));
        QVERIFY2(evidence.contains(QStringLiteral("+ 6 of 6 runs record their git commit")), qPrintable(evidence));

        // The oldest run recorded no commit: the criterion asks that every run does.
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(qPrintable(ws.path(QStringLiteral(".mlops/store.db"))), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "UPDATE runs SET git_commit = NULL WHERE id = (SELECT min(id) FROM runs WHERE parent_id IS NULL)",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        evidence = evidenceOf(assess(ws.root()), QStringLiteral("runs-from-commits"));
        QVERIFY2(evidence.contains(QStringLiteral("- 5 of 6 runs record their git commit")), qPrintable(evidence));
    }

    void aConditionOnParametersAloneIsNoQualityGate()
    {
        test::TempWorkspace ws;
        QVERIFY(ws.isValid());
        const QByteArray pipeline = "name: train\n"
                                    "parameters: {ship: {type: Boolean, default: true}}\n"
                                    "steps:\n"
                                    "  train:\n"
                                    "    type: training\n"
                                    "    command: [python, src/train.py]\n"
                                    "  check:\n"
                                    "    type: condition\n"
                                    "    when: \"${parameters.ship}\"\n"
                                    "    then: [done]\n"
                                    "  done:\n"
                                    "    type: fail\n"
                                    "    message: stop\n";
        QVERIFY(test::writeFile(ws.path(QStringLiteral("pipelines/train.yaml")), pipeline));
        MaturityAssessment a = assess(ws.root());
        QString evidence = evidenceOf(a, QStringLiteral("model-validation-gate"));
        QVERIFY2(!met(a, QStringLiteral("model-validation-gate")), qPrintable(evidence));
        QVERIFY2(evidence.contains(QStringLiteral("- pipelines/train.yaml: the condition step 'check' compares no step's "
                                                  "result (${steps.…}), so it stops no model")),
                 qPrintable(evidence));
        QVERIFY(!a.criterion(QStringLiteral("model-validation-gate"))->next.command.isEmpty());

        // It compares what the training measured: now it is a gate.
        QByteArray gated = pipeline;
        gated.replace("\"${parameters.ship}\"", "\"${ steps.train.properties.metrics.accuracy } >= 0.9\"");
        QVERIFY(test::writeFile(ws.path(QStringLiteral("pipelines/train.yaml")), gated));
        a = assess(ws.root());
        evidence = evidenceOf(a, QStringLiteral("model-validation-gate"));
        QVERIFY2(met(a, QStringLiteral("model-validation-gate")), qPrintable(evidence));
        QVERIFY2(evidence.contains(QStringLiteral("+ pipelines/train.yaml gates the model with the condition step 'check'")),
                 qPrintable(evidence));
        QVERIFY2(!evidence.contains(QStringLiteral("stops no model")), qPrintable(evidence));
    }

    void onlyACommittedTemplateIsReusable()
    {
        test::TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(test::writeFile(ws.path(QStringLiteral("templates/classifier/mlops.yaml")), "name: classifier\n"));
        MaturityAssessment a = assess(ws.root());
        QString evidence = evidenceOf(a, QStringLiteral("project-templates"));
        QVERIFY2(!met(a, QStringLiteral("project-templates")), qPrintable(evidence));
        QVERIFY2(evidence.contains(QStringLiteral("- project template templates/classifier is not committed, so no other "
                                                  "project can start from it")),
                 qPrintable(evidence));
        QVERIFY(a.criterion(QStringLiteral("project-templates"))->next.command.startsWith(QStringLiteral("git add templates")));

        const QStringList git{QStringLiteral("-C"), ws.root(), QStringLiteral("-c"), QStringLiteral("user.name=T"),
                              QStringLiteral("-c"), QStringLiteral("user.email=t@example.org")};
        QCOMPARE(test::runProgram(QStringLiteral("git"), git + QStringList{QStringLiteral("add"), QStringLiteral("templates")})
                     .exitCode,
                 0);
        QCOMPARE(test::runProgram(QStringLiteral("git"), git + QStringList{QStringLiteral("commit"), QStringLiteral("-q"),
                                                                         QStringLiteral("-m"), QStringLiteral("t")})
                     .exitCode,
                 0);
        a = assess(ws.root());
        evidence = evidenceOf(a, QStringLiteral("project-templates"));
        QVERIFY2(met(a, QStringLiteral("project-templates")), qPrintable(evidence));
        QVERIFY2(evidence.contains(QStringLiteral("+ project template templates/classifier (committed)")), qPrintable(evidence));
    }

    void onlyACommittedCallOutsideCommentsRunsThePipeline()
    {
        test::TempWorkspace ws;
        QVERIFY(ws.isValid());
        const QString file = QStringLiteral(".github/workflows/ci.yml");
        auto commit = [&](const QByteArray &content) {
            QVERIFY(test::writeFile(ws.path(file), content));
            const QStringList git{QStringLiteral("-C"), ws.root(), QStringLiteral("-c"), QStringLiteral("user.name=T"),
                                  QStringLiteral("-c"), QStringLiteral("user.email=t@example.org")};
            QCOMPARE(test::runProgram(QStringLiteral("git"), git + QStringList{QStringLiteral("add"), file}).exitCode, 0);
            const test::CommandResult r = test::runProgram(
                QStringLiteral("git"), git + QStringList{QStringLiteral("commit"), QStringLiteral("-q"),
                                                         QStringLiteral("-m"), QStringLiteral("ci")});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        };
        // A workflow of comments only is a placeholder: no CI job runs from it.
        commit("# TODO call mlops\n\n   # later\n");
        MaturityAssessment a = assess(ws.root());
        QVERIFY(!met(a, QStringLiteral("ci-configuration")));
        QVERIFY2(evidenceOf(a, QStringLiteral("ci-configuration"))
                     .contains(QStringLiteral("- .github/workflows/ci.yml has nothing but comments: it configures no CI job")),
                 qPrintable(evidenceOf(a, QStringLiteral("ci-configuration"))));
        QCOMPARE(a.criterion(QStringLiteral("ci-configuration"))->next.command, QStringLiteral("$EDITOR .github/workflows/ci.yml"));
        QCOMPARE(a.azure.level, 0);
        QVERIFY(!met(a, QStringLiteral("ci-runs-pipeline")));
        QCOMPARE(a.google.level, 0);
        QVERIFY2(evidenceOf(a, QStringLiteral("ci-runs-pipeline")).contains(QStringLiteral("comments do not count")),
                 qPrintable(evidenceOf(a, QStringLiteral("ci-runs-pipeline"))));
        // GitHub runs only the YAML files of .github/workflows: a README there is no CI.
        QVERIFY(test::writeFile(ws.path(QStringLiteral(".github/workflows/README.md")), "jobs: see ci.yml\n"));
        QVERIFY(!evidenceOf(assess(ws.root()), QStringLiteral("ci-configuration")).contains(QStringLiteral("README.md")));

        // Commented-out calls, and a word that merely mentions mlops, run nothing either.
        commit("jobs:\n  build:\n    steps:\n      # - run: mlops run pipelines/train.yaml\n"
               "      - run: echo mlops is great  # mlops validate x\n");
        a = assess(ws.root());
        QVERIFY(met(a, QStringLiteral("ci-configuration")));
        QVERIFY(evidenceOf(a, QStringLiteral("ci-configuration")).contains(QStringLiteral("+ .github/workflows/ci.yml (committed) [git]")));
        QVERIFY(!met(a, QStringLiteral("ci-runs-pipeline")));

        commit("jobs:\n  build:\n    steps:\n      - run: mlops -C . validate pipelines/train.yaml  # gate\n");
        a = assess(ws.root());
        QVERIFY(met(a, QStringLiteral("ci-runs-pipeline")));
        QVERIFY2(evidenceOf(a, QStringLiteral("ci-runs-pipeline"))
                     .contains(QStringLiteral("+ .github/workflows/ci.yml runs: - run: mlops -C . validate pipelines/train.yaml")),
                 qPrintable(evidenceOf(a, QStringLiteral("ci-runs-pipeline"))));
    }

    void monitoringNeedsADeploymentWithCaptureAndBaseline()
    {
        test::TempWorkspace ws;
        QVERIFY(ws.isValid());
        auto monitorStage = [&] {
            Result<Workspace> opened = Workspace::open(ws.root());
            return summarizeLifecycle(collectWorkspaceFacts(*opened)).at(5);
        };
        // An empty statistics file while nothing is deployed is no monitoring.
        QVERIFY(test::writeFile(ws.path(QStringLiteral("monitoring/staging/statistics.json")), "{}\n"));
        MaturityAssessment a = assess(ws.root());
        QVERIFY(!met(a, QStringLiteral("monitoring")));
        QVERIFY(!met(a, QStringLiteral("deployments")));
        QString evidence = evidenceOf(a, QStringLiteral("monitoring"));
        QVERIFY2(evidence.contains(QStringLiteral("- nothing is deployed, so there is nothing to monitor")), qPrintable(evidence));
        QCOMPARE(monitorStage().state, LifecycleStage::State::NotStarted);
        QCOMPARE(monitorStage().detail, QStringLiteral("nothing deployed"));

        // An endpoint folder is not a deployment until its endpoint.json says what it serves.
        QVERIFY(QDir().mkpath(ws.path(QStringLiteral(".mlops/endpoints/staging"))));
        a = assess(ws.root());
        QVERIFY(!met(a, QStringLiteral("deployments")));
        QVERIFY2(evidenceOf(a, QStringLiteral("deployments"))
                     .contains(QStringLiteral("- .mlops/endpoints/staging does not count as a deployment: it has no "
                                              "endpoint.json")),
                 qPrintable(evidenceOf(a, QStringLiteral("deployments"))));
        QVERIFY(test::writeFile(ws.path(QStringLiteral(".mlops/endpoints/staging/endpoint.json")),
                                "{\"name\": \"other\", \"variants\": [{\"model\": \"bc/1\"}]}"));
        QVERIFY(!met(assess(ws.root()), QStringLiteral("deployments")));
        QVERIFY(test::writeFile(ws.path(QStringLiteral(".mlops/endpoints/staging/endpoint.json")),
                                "{\"name\": \"staging\", \"variants\": [{\"weight\": 1}]}"));
        QVERIFY(!met(assess(ws.root()), QStringLiteral("deployments")));

        // Real baseline and capture files that belong to no endpoint: not monitoring.
        const QByteArray stats = "{\"features\": [{\"name\": \"x\", \"inferred_type\": \"Fractional\"}]}\n";
        QVERIFY(test::writeFile(ws.path(QStringLiteral("monitoring/statistics.json")), stats));
        QVERIFY(test::writeFile(ws.path(QStringLiteral("monitoring/capture/a.jsonl")), "\n{\"input\": [1], \"output\": 0}\n"));
        a = assess(ws.root());
        QVERIFY(!met(a, QStringLiteral("monitoring")));
        evidence = evidenceOf(a, QStringLiteral("monitoring"));
        QVERIFY2(evidence.contains(QStringLiteral("- monitoring/statistics.json belongs to no deployed endpoint")),
                 qPrintable(evidence));
        QCOMPARE(monitorStage().state, LifecycleStage::State::NotStarted);

        // A deployed endpoint with an empty capture: deployed, not monitored.
        QVERIFY(test::writeFile(ws.path(QStringLiteral(".mlops/endpoints/staging/endpoint.json")),
                                "{\"name\": \"staging\", \"variants\": [{\"model\": \"breast-cancer/1\", \"weight\": 1}]}"));
        QVERIFY(test::writeFile(ws.path(QStringLiteral(".mlops/endpoints/staging/capture/b.jsonl")), ""));
        a = assess(ws.root());
        QVERIFY(met(a, QStringLiteral("deployments")));
        QVERIFY2(evidenceOf(a, QStringLiteral("deployments")).contains(QStringLiteral("+ endpoint staging serves breast-cancer/1")),
                 qPrintable(evidenceOf(a, QStringLiteral("deployments"))));
        QVERIFY(!met(a, QStringLiteral("monitoring")));
        evidence = evidenceOf(a, QStringLiteral("monitoring"));
        QVERIFY2(evidence.contains(QStringLiteral("- no captured requests of a deployed endpoint")), qPrintable(evidence));
        QVERIFY2(evidence.contains(QStringLiteral("- monitoring/staging/statistics.json is empty and does not count")),
                 qPrintable(evidence));
        QCOMPARE(monitorStage().detail, QStringLiteral("no data capture"));

        // Captured requests, but the only baseline is empty: still not monitored.
        QVERIFY(test::writeFile(ws.path(QStringLiteral(".mlops/endpoints/staging/capture/b.jsonl")),
                                "{\"input\": [1], \"output\": 0}\n"));
        QVERIFY(!met(assess(ws.root()), QStringLiteral("monitoring")));
        QCOMPARE(monitorStage().state, LifecycleStage::State::InProgress);

        // Captured requests and a baseline of the deployed endpoint: monitored, on both screens.
        QVERIFY(test::writeFile(ws.path(QStringLiteral("monitoring/staging/statistics.json")), stats));
        a = assess(ws.root());
        QVERIFY2(met(a, QStringLiteral("monitoring")), qPrintable(evidenceOf(a, QStringLiteral("monitoring"))));
        QVERIFY2(evidenceOf(a, QStringLiteral("monitoring"))
                     .contains(QStringLiteral("+ endpoint staging has captured requests and a baseline")),
                 qPrintable(evidenceOf(a, QStringLiteral("monitoring"))));
        QCOMPARE(monitorStage().state, LifecycleStage::State::Done);
    }

    void stagingAndProductionAreTwoRealTargets()
    {
        test::TempWorkspace ws;
        QVERIFY(ws.isValid());
        const QByteArray manifest = test::readFile(ws.path(QStringLiteral("mlops.yaml")));
        auto assessWith = [&](const QByteArray &environments) {
            if (!test::writeFile(ws.path(QStringLiteral("mlops.yaml")), manifest + "environments:\n" + environments))
                qFatal("cannot write mlops.yaml");
            return assess(ws.root());
        };
        // One environment whose name merely contains "prod", or "live" inside another word.
        MaturityAssessment a = assessWith("  preprod: {endpoint: http://127.0.0.1:8081}\n");
        QVERIFY(!met(a, QStringLiteral("staging-production")));
        QVERIFY2(evidenceOf(a, QStringLiteral("staging-production"))
                     .contains(QStringLiteral("+ staging environment 'preprod' deploys to endpoint http://127.0.0.1:8081")),
                 qPrintable(evidenceOf(a, QStringLiteral("staging-production"))));
        a = assessWith("  preprod: {endpoint: http://127.0.0.1:8081}\n  delivery: {url: http://127.0.0.1:8082}\n");
        QVERIFY(!met(a, QStringLiteral("staging-production")));
        QVERIFY(evidenceOf(a, QStringLiteral("staging-production"))
                    .contains(QStringLiteral("- environment 'delivery' is neither staging nor production")));
        // Names alone are a plan, not targets.
        a = assessWith("  staging: {description: later}\n  production: {}\n");
        QVERIFY(!met(a, QStringLiteral("staging-production")));
        QVERIFY(evidenceOf(a, QStringLiteral("staging-production"))
                    .contains(QStringLiteral("- production environment 'production' has no deployment target")));
        // Two distinct environments with targets, matched by whole words.
        a = assessWith("  ml-staging: {port: 8081}\n  prod_eu: {endpoint: http://127.0.0.1:8082}\n");
        QVERIFY2(met(a, QStringLiteral("staging-production")), qPrintable(evidenceOf(a, QStringLiteral("staging-production"))));
        // Both pointing at the same place is one environment with two names.
        a = assessWith("  staging: {endpoint: http://127.0.0.1:8081}\n  production: {endpoint: 'http://127.0.0.1:8081/'}\n");
        QVERIFY(!met(a, QStringLiteral("staging-production")));
        QVERIFY2(evidenceOf(a, QStringLiteral("staging-production"))
                     .contains(QStringLiteral("- staging 'staging' and production 'production' deploy to the same target "
                                              "(endpoint http://127.0.0.1:8081)")),
                 qPrintable(evidenceOf(a, QStringLiteral("staging-production"))));
        a = assessWith("  staging: {port: 8081}\n  production: {port: 8081}\n  prod-eu: {port: 8082}\n");
        QVERIFY2(met(a, QStringLiteral("staging-production")), qPrintable(evidenceOf(a, QStringLiteral("staging-production"))));
        // A deployment under an environment's name is a target too; an empty folder is not.
        QVERIFY(QDir().mkpath(ws.path(QStringLiteral(".mlops/endpoints/production"))));
        QVERIFY(!met(assessWith("  staging: {host: 127.0.0.1}\n  production: {}\n"), QStringLiteral("staging-production")));
        QVERIFY(test::writeFile(ws.path(QStringLiteral(".mlops/endpoints/production/endpoint.json")),
                                "{\"name\": \"production\", \"variants\": [{\"model\": \"bc@champion\"}]}"));
        QVERIFY(met(assessWith("  staging: {host: 127.0.0.1}\n  production: {}\n"), QStringLiteral("staging-production")));
    }

    void aTamperedAuditLogIsReported()
    {
        test::TempWorkspace ws;
        QVERIFY(ws.isValid());
        test::SeedOptions options;
        options.ciAndTests = false;
        QVERIFY(test::seedWorkspace(ws.root(), options).ok());
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(qPrintable(ws.path(QStringLiteral(".mlops/store.db"))), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'Eve' WHERE seq = 6",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        const MaturityAssessment a = assess(ws.root());
        QVERIFY(!met(a, QStringLiteral("audit-trail")));
        QVERIFY2(evidenceOf(a, QStringLiteral("audit-trail")).contains(QStringLiteral("#6")),
                 qPrintable(evidenceOf(a, QStringLiteral("audit-trail"))));
        QCOMPARE(a.criterion(QStringLiteral("audit-trail"))->next.command, QStringLiteral("mlops audit --verify"));
    }

    void lifecycleFollowsTheWork()
    {
        test::TempWorkspace ws(QStringLiteral("demo"));
        MLOPS_REQUIRE(ws.isValid(), QStringLiteral("demo workspace: ") + ws.error());
        Result<Workspace> opened = Workspace::open(ws.root());
        QList<LifecycleStage> fresh = summarizeLifecycle(collectWorkspaceFacts(*opened));
        QCOMPARE(fresh.size(), 6);
        QCOMPARE(fresh.at(0).id, QStringLiteral("data"));
        QCOMPARE(fresh.at(0).state, LifecycleStage::State::Done);
        QCOMPARE(fresh.at(1).state, LifecycleStage::State::NotStarted);
        QCOMPARE(fresh.at(3).state, LifecycleStage::State::NotStarted);

        QVERIFY(test::seedWorkspace(ws.root()).ok());
        opened = Workspace::open(ws.root());
        const QList<LifecycleStage> busy = summarizeLifecycle(collectWorkspaceFacts(*opened));
        // Every run read the one data file; the splits and models that steps pass on are
        // not data set versions.
        QCOMPARE(busy.at(0).detail, QStringLiteral("1 data set version(s) used by runs"));
        QCOMPARE(busy.at(1).state, LifecycleStage::State::Done);
        QCOMPARE(busy.at(1).headline, QStringLiteral("6 model(s) trained"));
        QCOMPARE(busy.at(2).state, LifecycleStage::State::Done);
        QCOMPARE(busy.at(3).state, LifecycleStage::State::Attention);
        QCOMPARE(busy.at(3).detail, QStringLiteral("1 awaiting approval"));
        QCOMPARE(busy.at(4).state, LifecycleStage::State::NotStarted);
        QCOMPARE(busy.at(4).detail, QStringLiteral("breast-cancer/4 is ready"));
    }

    void lifecycleShowsTheLatestOutcome()
    {
        test::TempWorkspace ws(QStringLiteral("demo"));
        MLOPS_REQUIRE(ws.isValid(), QStringLiteral("demo workspace: ") + ws.error());
        QVERIFY(test::seedWorkspace(ws.root()).ok());
        Result<Workspace> opened = Workspace::open(ws.root());
        QList<LifecycleStage> stages = summarizeLifecycle(collectWorkspaceFacts(*opened));
        QCOMPARE(stages.at(2).state, LifecycleStage::State::Done);
        QVERIFY2(stages.at(2).detail.startsWith(QStringLiteral("latest model passed the gate gate")),
                 qPrintable(stages.at(2).detail));

        // The newest model missed the required quality: Evaluate needs attention, even though
        // earlier models passed.
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(qPrintable(ws.path(QStringLiteral(".mlops/store.db"))), &db), SQLITE_OK);
        auto close = qScopeGuard([&db] { sqlite3_close(db); });
        QCOMPARE(sqlite3_exec(db, "UPDATE params SET value = 'false' WHERE kind = 'condition' AND key = 'outcome'"
                                  " AND run_id = (SELECT max(id) FROM runs WHERE step_type = 'condition')",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_changes(db), 1);
        stages = summarizeLifecycle(collectWorkspaceFacts(*opened));
        QCOMPARE(stages.at(2).state, LifecycleStage::State::Attention);
        QVERIFY2(stages.at(2).detail.startsWith(QStringLiteral("latest model failed the gate gate")),
                 qPrintable(stages.at(2).detail));

        // The newest training failed after six that completed: Train says so.
        QCOMPARE(stages.at(1).state, LifecycleStage::State::Done);
        QCOMPARE(sqlite3_exec(db, "UPDATE runs SET status = 'Failed'"
                                  " WHERE id = (SELECT max(id) FROM runs WHERE step_type = 'training')",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        stages = summarizeLifecycle(collectWorkspaceFacts(*opened));
        QCOMPARE(stages.at(1).state, LifecycleStage::State::Attention);
        QCOMPARE(stages.at(1).headline, QStringLiteral("Training failed"));
        QVERIFY2(stages.at(1).detail.endsWith(QStringLiteral(" · 5 model(s) trained before")), qPrintable(stages.at(1).detail));
    }

    void jsonHasTheDocumentedShape()
    {
        test::TempWorkspace ws;
        QVERIFY(ws.isValid());
        const QJsonObject o = assess(ws.root()).toJson();
        for (const char *key : {"workspace", "assessed_at", "phase", "phase_index", "next_phase", "phases", "criteria",
                                "google", "azure", "next_actions"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("phases")).toArray().size(), 4);
        const QJsonObject c = o.value(QStringLiteral("criteria")).toArray().first().toObject();
        for (const char *key : {"id", "phase", "title", "description", "required", "met", "evidence", "next_action"})
            QVERIFY2(c.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("google")).toObject().value(QStringLiteral("max_level")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("azure")).toObject().value(QStringLiteral("max_level")).toInt(), 4);
    }
};

QTEST_GUILESS_MAIN(TestMaturity)
#include "tst_maturity.moc"
