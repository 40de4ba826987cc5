// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/maturity/lifecyclesummary.h"
#include "core/maturity/maturityassessor.h"
#include "core/maturity/workspacefacts.h"
#include "core/workspace/workspace.h"

#include "fixtures/governanceworkspace.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
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
        commit("# TODO call mlops\n");
        MaturityAssessment a = assess(ws.root());
        QVERIFY(met(a, QStringLiteral("ci-configuration")));
        QVERIFY(!met(a, QStringLiteral("ci-runs-pipeline")));
        QCOMPARE(a.google.level, 0);
        QVERIFY2(evidenceOf(a, QStringLiteral("ci-runs-pipeline")).contains(QStringLiteral("comments do not count")),
                 qPrintable(evidenceOf(a, QStringLiteral("ci-runs-pipeline"))));

        // Commented-out calls, and a word that merely mentions mlops, run nothing either.
        commit("jobs:\n  build:\n    steps:\n      # - run: mlops run pipelines/train.yaml\n"
               "      - run: echo mlops is great  # mlops validate x\n");
        QVERIFY(!met(assess(ws.root()), QStringLiteral("ci-runs-pipeline")));

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
        QVERIFY(test::writeFile(ws.path(QStringLiteral("monitoring/statistics.json")), "{}\n"));
        MaturityAssessment a = assess(ws.root());
        QVERIFY(!met(a, QStringLiteral("monitoring")));
        QVERIFY(!met(a, QStringLiteral("deployments")));
        QString evidence = evidenceOf(a, QStringLiteral("monitoring"));
        QVERIFY2(evidence.contains(QStringLiteral("- nothing is deployed, so there is nothing to monitor")), qPrintable(evidence));
        QVERIFY2(evidence.contains(QStringLiteral("- monitoring/statistics.json is empty and does not count")), qPrintable(evidence));
        QCOMPARE(monitorStage().state, LifecycleStage::State::NotStarted);
        QCOMPARE(monitorStage().detail, QStringLiteral("nothing deployed"));

        // Real baseline and capture files, still without a deployment: not met either.
        const QByteArray stats = "{\"features\": [{\"name\": \"x\", \"inferred_type\": \"Fractional\"}]}\n";
        QVERIFY(test::writeFile(ws.path(QStringLiteral("monitoring/statistics.json")), stats));
        QVERIFY(test::writeFile(ws.path(QStringLiteral("monitoring/capture/a.jsonl")), "\n{\"input\": [1], \"output\": 0}\n"));
        QVERIFY(!met(assess(ws.root()), QStringLiteral("monitoring")));
        QCOMPARE(monitorStage().state, LifecycleStage::State::NotStarted);

        // A deployed endpoint with an empty capture: deployed, not monitored.
        QVERIFY(QFile::remove(ws.path(QStringLiteral("monitoring/capture/a.jsonl"))));
        QVERIFY(test::writeFile(ws.path(QStringLiteral(".mlops/endpoints/staging/capture/b.jsonl")), ""));
        a = assess(ws.root());
        QVERIFY(met(a, QStringLiteral("deployments")));
        QVERIFY(!met(a, QStringLiteral("monitoring")));
        evidence = evidenceOf(a, QStringLiteral("monitoring"));
        QVERIFY2(evidence.contains(QStringLiteral("- no captured requests")), qPrintable(evidence));
        QCOMPARE(monitorStage().detail, QStringLiteral("no data capture"));

        // Captured requests and a baseline of a deployed endpoint: monitored, on both screens.
        QVERIFY(test::writeFile(ws.path(QStringLiteral(".mlops/endpoints/staging/capture/b.jsonl")),
                                "{\"input\": [1], \"output\": 0}\n"));
        a = assess(ws.root());
        QVERIFY2(met(a, QStringLiteral("monitoring")), qPrintable(evidenceOf(a, QStringLiteral("monitoring"))));
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
                     .contains(QStringLiteral("+ staging environment 'preprod' with a deployment target")),
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
        // A deployment under an environment's name is a target too.
        QVERIFY(test::writeFile(ws.path(QStringLiteral(".mlops/endpoints/production/config.json")), "{}"));
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
