// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// The registry checked against the audit log: hand edits of model_versions and
// model_aliases, which carry no hashes of their own, are found by what the log says.
#include "core/governance/auditlog.h"
#include "core/registry/modelregistry.h"
#include "core/registry/registryaudit.h"
#include "core/store/store.h"

#include "fixtures/trainingruns.h"

#include <QJsonArray>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <atomic>
#include <thread>

using namespace mlops;

namespace {
const GitIdentity kJane{QStringLiteral("Jane Doe"), QStringLiteral("jane@example.org"), true};
} // namespace

class TestRegistryAudit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    Database &db() { return m_store->db(); }

    AuditVerification verify()
    {
        Result<AuditVerification> v = RegistryAudit(db()).verify();
        if (!v)
            return AuditVerification{false, 0, -1, v.error().toString(), {}};
        return *v;
    }

    void tamper(const QString &sql) { QVERIFY2(db().exec(sql).ok(), qPrintable(sql)); }

private slots:
    void init()
    {
        static int n = 0;
        Result<std::unique_ptr<Store>> store = Store::open(m_dir.filePath(QStringLiteral("r%1.db").arg(++n)));
        QVERIFY(store.ok());
        m_store = std::move(*store);
        AccessPolicy policy;
        policy.grant(QStringLiteral("approver"), kJane.toString());
        ModelRegistry registry(db(), GovernanceContext(kJane, policy));
        // breast-cancer/1 Approved (champion), /2 Rejected, /3 pending with an edited card.
        for (int seed = 1; seed <= 3; ++seed) {
            test::TrainingRunSpec spec;
            spec.seed = seed;
            spec.accuracy = 0.9 + seed / 100.0;
            Result<test::TrainingRunIds> ids = test::addTrainingPipelineRun(db(), spec);
            QVERIFY(ids.ok());
            QVERIFY(registry.registerModel({QStringLiteral("breast-cancer"), ids->train.uuid}).ok());
        }
        QVERIFY(registry.approve(QStringLiteral("breast-cancer/1"), QStringLiteral("baseline")).ok());
        QVERIFY(registry.reject(QStringLiteral("breast-cancer/2"), QStringLiteral("dirty tree")).ok());
        QVERIFY(registry.setAlias(QStringLiteral("breast-cancer/1"), QStringLiteral("champion")).ok());
        QVERIFY(registry.setModelCard(QStringLiteral("breast-cancer/3"), QStringLiteral("# Card\n")).ok());
    }

    void anUntouchedRegistryMatches()
    {
        const AuditVerification v = verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.versionsChecked, 3);
        QVERIFY(v.registryProblems.isEmpty());
    }

    void findsAnApprovalEditedByHand()
    {
        tamper(QStringLiteral("UPDATE model_versions SET status = 'Approved', status_by = 'Bob <bob@x>' WHERE version = 2"));
        const AuditVerification v = verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.registryProblems.size(), 1);
        QVERIFY2(v.problem.startsWith(QStringLiteral("model version breast-cancer/2 does not match the audit log")),
                 qPrintable(v.problem));
        QVERIFY2(v.problem.contains(QStringLiteral("its status is Approved but the log says Rejected")), qPrintable(v.problem));
        QVERIFY2(v.problem.contains(QStringLiteral("decided by Bob <bob@x> but the log says Jane Doe <jane@example.org>")),
                 qPrintable(v.problem));
        QVERIFY(v.firstBadSeq > 0);
    }

    void findsADecisionTimeOrCommentEditedByHand()
    {
        tamper(QStringLiteral("UPDATE model_versions SET status_at = status_at - 86400000 WHERE version = 1"));
        AuditVerification v = verify();
        QVERIFY(!v.intact);
        QVERIFY2(v.problem.contains(QStringLiteral("breast-cancer/1")) && v.problem.contains(QStringLiteral("decided at")),
                 qPrintable(v.problem));

        init();
        tamper(QStringLiteral("UPDATE model_versions SET status_comment = 'full review' WHERE version = 1"));
        v = verify();
        QVERIFY2(v.problem.contains(QStringLiteral("approval comment \"full review\" differs from the log's \"baseline\"")),
                 qPrintable(v.problem));
    }

    void findsAPendingVersionMarkedApproved()
    {
        tamper(QStringLiteral("UPDATE model_versions SET status = 'Approved', status_by = 'Jane Doe <jane@example.org>',"
                              " status_at = created_at WHERE version = 3"));
        const AuditVerification v = verify();
        QVERIFY(!v.intact);
        QVERIFY2(v.problem.contains(QStringLiteral("breast-cancer/3"))
                     && v.problem.contains(QStringLiteral("the log says PendingManualApproval")),
                 qPrintable(v.problem));
    }

    void findsAVersionAddedOrRemovedByHand()
    {
        tamper(QStringLiteral(
            "INSERT INTO model_versions(group_id, version, run_uuid, model_hash, status, created_at, created_by)"
            " SELECT group_id, 7, run_uuid, model_hash, 'Approved', created_at, created_by FROM model_versions"
            " WHERE version = 3"));
        AuditVerification v = verify();
        QVERIFY(!v.intact);
        QVERIFY2(v.problem.contains(QStringLiteral("model version breast-cancer/7 has no model.register entry")),
                 qPrintable(v.problem));

        init();
        tamper(QStringLiteral("DELETE FROM model_versions WHERE version = 2"));
        v = verify();
        QVERIFY(!v.intact);
        QVERIFY2(v.problem.contains(QStringLiteral("model version breast-cancer/2 was registered")) &&
                     v.problem.contains(QStringLiteral("missing from the registry")),
                 qPrintable(v.problem));
    }

    void findsAMovedAliasOrEditedCard()
    {
        tamper(QStringLiteral("UPDATE model_aliases SET version_id = (SELECT id FROM model_versions WHERE version = 2)"));
        AuditVerification v = verify();
        QVERIFY(!v.intact);
        QVERIFY2(v.problem.contains(QStringLiteral("alias 'champion' of breast-cancer points at version 2, but the "
                                                   "audit log last moved it to version 1")),
                 qPrintable(v.problem));

        init();
        tamper(QStringLiteral("UPDATE model_versions SET model_card = 'Safe for production' WHERE version = 3"));
        v = verify();
        QVERIFY(!v.intact);
        QVERIFY2(v.problem.contains(QStringLiteral("breast-cancer/3")) && v.problem.contains(QStringLiteral("model card")),
                 qPrintable(v.problem));
    }

    void findsAnOriginFieldEditedByHand_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("metrics") << QStringLiteral("UPDATE model_versions SET metrics = json_set(metrics, "
                                                   "'$.\"test:accuracy\"', 0.999) WHERE version = 2")
                                 << QStringLiteral("its metrics (");
        QTest::newRow("metric removed") << QStringLiteral("UPDATE model_versions SET metrics = '{}' WHERE version = 2")
                                        << QStringLiteral("its metrics (none) differ");
        QTest::newRow("run") << QStringLiteral("UPDATE model_versions SET run_uuid = 'feedbeef' WHERE version = 2")
                             << QStringLiteral("its run is feedbeef but the log registered run");
        QTest::newRow("pipeline run") << QStringLiteral("UPDATE model_versions SET pipeline_run_uuid = 'feedbeef' "
                                                        "WHERE version = 2")
                                      << QStringLiteral("its pipeline run is feedbeef");
        QTest::newRow("git commit") << QStringLiteral("UPDATE model_versions SET git_commit = 'deadbeef' WHERE version = 2")
                                    << QStringLiteral("its git commit is deadbeef but the log registered 4f0c2a9e");
        QTest::newRow("dirty tree") << QStringLiteral("UPDATE model_versions SET git_dirty = 1 WHERE version = 2")
                                    << QStringLiteral("it says its working tree was dirty");
        QTest::newRow("inputs") << QStringLiteral("UPDATE model_versions SET inputs = json_set(inputs, '$[0].path', "
                                                  "'data/other.csv') WHERE version = 2")
                                << QStringLiteral("its input data (");
        QTest::newRow("description") << QStringLiteral("UPDATE model_versions SET description = 'Signed off by QA' "
                                                       "WHERE version = 2")
                                     << QStringLiteral("its description \"Signed off by QA\" differs");
        // Who registered it and when, and what the model's files are, are shown with the version.
        QTest::newRow("registered by") << QStringLiteral("UPDATE model_versions SET created_by = 'Bob <bob@x>' WHERE version = 2")
                                       << QStringLiteral("it was registered by Bob <bob@x> but the log says");
        QTest::newRow("registered at") << QStringLiteral("UPDATE model_versions SET created_at = created_at - 86400000 "
                                                         "WHERE version = 2")
                                       << QStringLiteral("it was registered at ");
        QTest::newRow("model path") << QStringLiteral("UPDATE model_versions SET model_path = '/etc' WHERE version = 2")
                                    << QStringLiteral("/etc) differs from the one the log registered");
        QTest::newRow("model size") << QStringLiteral("UPDATE model_versions SET model_size = model_size + 1 WHERE version = 2")
                                    << QStringLiteral("differs from the one the log registered");
    }

    void findsAnOriginFieldEditedByHand()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        QCOMPARE(verify().intact, true);
        tamper(sql);
        QVERIFY2(db().changes() == 1, "the edit changed nothing");
        const AuditVerification v = verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.registryProblems.size(), 1);
        QVERIFY2(v.problem.startsWith(QStringLiteral("model version breast-cancer/2 does not match the audit log")),
                 qPrintable(v.problem));
        QVERIFY2(v.problem.contains(expected), qPrintable(v.problem));
    }

    void checksOnlyTheFieldsAnOlderEntryRecorded()
    {
        // A version registered before the log recorded metrics, inputs, commit and
        // description: the entry has the fields of that time only. It verifies, and the
        // fields it has are still compared.
        tamper(QStringLiteral(
            "INSERT INTO model_versions(group_id, version, run_uuid, git_commit, model_hash, metrics, inputs,"
            " description, model_card, status, created_at, created_by)"
            " SELECT group_id, 4, run_uuid, git_commit, 'ab12', metrics, inputs, 'old', model_card,"
            " 'PendingManualApproval', created_at, created_by FROM model_versions WHERE version = 3"));
        Result<ModelVersion> old = ModelRegistry(db()).version(QStringLiteral("breast-cancer/4"));
        QVERIFY(old.ok());
        const QJsonObject details{{QStringLiteral("run"), old->runUuid},
                                  {QStringLiteral("model_hash"), QStringLiteral("ab12")},
                                  {QStringLiteral("status"), QStringLiteral("PendingManualApproval")}};
        QVERIFY(AuditLog(db()).append({kJane.toString(), QStringLiteral("model.register"),
                                       QStringLiteral("breast-cancer/4"), QStringLiteral("old"), details})
                    .ok());
        AuditVerification v = verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.versionsChecked, 4);

        tamper(QStringLiteral("UPDATE model_versions SET metrics = '{}', git_commit = 'x', description = 'y'"
                              " WHERE version = 4"));
        v = verify();
        QVERIFY2(v.intact, qPrintable(v.problem));  // not recorded then: nothing to compare with
        tamper(QStringLiteral("UPDATE model_versions SET run_uuid = 'feedbeef' WHERE version = 4"));
        v = verify();
        QVERIFY(!v.intact);
        QVERIFY2(v.problem.contains(QStringLiteral("breast-cancer/4")) && v.problem.contains(QStringLiteral("its run is feedbeef")),
                 qPrintable(v.problem));
    }

    void staysIntactWhileAnotherConnectionWrites()
    {
        // A writer decides and re-decides a version on its own connection (as another
        // `mlops` process would) while verification runs beside it: every check must find
        // the log and the registry intact, whatever moment it reads them at.
        const QString path = db().path();
        std::atomic<bool> stop{false};
        std::atomic<int> decisions{0};
        std::atomic<bool> writerFailed{false};
        std::thread writer([&] {
            Result<std::unique_ptr<Store>> store = Store::open(path);
            if (!store) {
                writerFailed = true;
                return;
            }
            AccessPolicy policy;
            policy.grant(QStringLiteral("approver"), kJane.toString());
            ModelRegistry registry((*store)->db(), GovernanceContext(kJane, policy));
            for (int i = 0; !stop; ++i) {
                const QString comment = QStringLiteral("round %1").arg(i);
                const bool ok = i % 2 ? registry.reject(QStringLiteral("breast-cancer/3"), comment).ok()
                                      : registry.approve(QStringLiteral("breast-cancer/3"), comment).ok();
                if (!ok) {
                    writerFailed = true;
                    return;
                }
                ++decisions;
            }
        });
        Result<std::unique_ptr<Store>> reader = Store::open(path);
        QVERIFY(reader.ok());
        QStringList falseReports;
        int checks = 0;
        QElapsedTimer clock;
        clock.start();
        while ((checks < 150 || decisions < 150) && clock.elapsed() < 60'000 && !writerFailed) {
            Result<AuditVerification> v = RegistryAudit((*reader)->db()).verify();
            ++checks;
            if (!v)
                falseReports.append(v.error().toString());
            else if (!v->intact)
                falseReports.append(v->problem);
        }
        stop = true;
        writer.join();
        QVERIFY(!writerFailed);
        QVERIFY2(decisions >= 150 && checks >= 150,
                 qPrintable(QStringLiteral("%1 decisions, %2 checks").arg(decisions.load()).arg(checks)));
        QVERIFY2(falseReports.isEmpty(), qPrintable(QStringLiteral("%1 of %2 checks: %3")
                                                        .arg(falseReports.size())
                                                        .arg(checks)
                                                        .arg(falseReports.value(0))));
        QVERIFY2(verify().intact, qPrintable(verify().problem));
    }

    void listsEveryDifference()
    {
        tamper(QStringLiteral("UPDATE model_versions SET status = 'Rejected' WHERE version = 1;"
                              "UPDATE model_versions SET status = 'Approved' WHERE version = 2"));
        const AuditVerification v = verify();
        QCOMPARE(v.registryProblems.size(), 2);
        QVERIFY2(v.problem.contains(QStringLiteral("(and 1 more difference")), qPrintable(v.problem));
        QCOMPARE(v.toJson().value(QStringLiteral("registry_problems")).toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRegistryAudit)
#include "tst_registryaudit.moc"
