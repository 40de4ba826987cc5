// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// End to end through the real `mlops` binary: registry, approvals with and without the
// role, aliases, the audit log and its tampering check, the maturity assessment.
#include "core/store/store.h"

#include "fixtures/governanceworkspace.h"
#include "fixtures/trainingruns.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QtTest/QTest>

using namespace mlops;
using namespace mlops::test;

class TestCliGovernance : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempWorkspace> m_ws;

    CommandResult mlops(const QStringList &args) { return runCli(QStringList{QStringLiteral("-C"), m_ws->root()} + args); }

    static QJsonObject json(const CommandResult &r)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON (%s): %s", qPrintable(error.errorString()), r.out.constData());
        return doc.object();
    }

    void setGitIdentity(const QString &name, const QString &email)
    {
        QCOMPARE(runProgram(QStringLiteral("git"), {QStringLiteral("-C"), m_ws->root(), QStringLiteral("config"),
                                                    QStringLiteral("user.name"), name})
                     .exitCode,
                 0);
        QCOMPARE(runProgram(QStringLiteral("git"), {QStringLiteral("-C"), m_ws->root(), QStringLiteral("config"),
                                                    QStringLiteral("user.email"), email})
                     .exitCode,
                 0);
    }

    QString sqlite3() const { return QStandardPaths::findExecutable(QStringLiteral("sqlite3")); }

private slots:
    void init()
    {
        m_ws = std::make_unique<TempWorkspace>();
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
        SeedOptions options;
        options.ciAndTests = false;
        Result<SeedReport> seeded = seedWorkspace(m_ws->root(), options);
        QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().toString()));
    }

    void listAndShowAsJson()
    {
        const CommandResult list = mlops({QStringLiteral("registry"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray groups = json(list).value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), 1);
        const QJsonObject group = groups.first().toObject();
        QCOMPARE(group.value(QStringLiteral("name")).toString(), QStringLiteral("breast-cancer"));
        QCOMPARE(group.value(QStringLiteral("latest_version")).toInt(), 5);
        QCOMPARE(group.value(QStringLiteral("latest_approved_version")).toInt(), 4);
        QCOMPARE(group.value(QStringLiteral("aliases")).toObject().value(QStringLiteral("champion")).toInt(), 3);
        const QJsonArray versions = group.value(QStringLiteral("versions")).toArray();
        QCOMPARE(versions.size(), 5);
        QCOMPARE(versions.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("Rejected"));
        QVERIFY(!versions.at(0).toObject().contains(QStringLiteral("model_card")));

        const CommandResult show = mlops({QStringLiteral("registry"), QStringLiteral("show"),
                                          QStringLiteral("breast-cancer@champion"), QStringLiteral("--json")});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject v = json(show);
        for (const char *key : {"group", "version", "ref", "status", "approval", "aliases", "description", "run", "model",
                                "metrics", "inputs", "created", "created_by", "model_card", "history"})
            QVERIFY2(v.contains(QLatin1String(key)), key);
        QCOMPARE(v.value(QStringLiteral("ref")).toString(), QStringLiteral("breast-cancer/3"));
        QCOMPARE(v.value(QStringLiteral("approval")).toObject().value(QStringLiteral("comment")).toString(),
                 QStringLiteral("Recall up 2 points on the hold-out set"));
        QCOMPARE(v.value(QStringLiteral("model")).toObject().value(QStringLiteral("hash")).toString(), modelHashFor(3));
        QCOMPARE(v.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("accuracy")).toDouble(), 0.947);
        QCOMPARE(v.value(QStringLiteral("inputs")).toArray().first().toObject().value(QStringLiteral("path")).toString(),
                 QStringLiteral("data/breast_cancer.csv"));
        QStringList history;
        for (const QJsonValue &e : v.value(QStringLiteral("history")).toArray())
            history.append(e.toObject().value(QStringLiteral("action")).toString());
        QCOMPARE(history, (QStringList{QStringLiteral("model.register"), QStringLiteral("model.approve"),
                                       QStringLiteral("model.alias"), QStringLiteral("model.card")}));

        const CommandResult text = mlops({QStringLiteral("registry"), QStringLiteral("list")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.outText().contains(QStringLiteral("breast-cancer/5")));
        QVERIFY(text.outText().contains(QStringLiteral("PendingManualApproval")));
    }

    void approvalNeedsTheRole()
    {
        // The workspace's creator holds the approver role; someone else does not.
        const QString approver = QString::fromUtf8(readFile(m_ws->path(QStringLiteral("mlops.yaml"))))
                                     .section(QStringLiteral("- \""), 1)
                                     .section(QLatin1Char('"'), 0, 0);
        QVERIFY(!approver.isEmpty());
        setGitIdentity(QStringLiteral("Mallory Intern"), QStringLiteral("mallory@example.org"));
        const CommandResult refused = mlops({QStringLiteral("registry"), QStringLiteral("approve"),
                                             QStringLiteral("breast-cancer/5"), QStringLiteral("--comment"),
                                             QStringLiteral("ship it")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.errText().contains(QStringLiteral("Mallory Intern <mallory@example.org> may not approve model versions of 'breast-cancer'")),
                 qPrintable(refused.errText()));
        QVERIFY(refused.errText().contains(QStringLiteral("role 'approver'")));
        QVERIFY(refused.errText().contains(approver));

        CommandResult show = mlops({QStringLiteral("registry"), QStringLiteral("show"), QStringLiteral("breast-cancer/5"),
                                    QStringLiteral("--json")});
        QCOMPARE(json(show).value(QStringLiteral("status")).toString(), QStringLiteral("PendingManualApproval"));

        // The identity in mlops.yaml approves.
        const QString name = approver.section(QStringLiteral(" <"), 0, 0);
        const QString email = approver.section(QLatin1Char('<'), 1).chopped(1);
        setGitIdentity(name, email);
        const CommandResult approved = mlops({QStringLiteral("registry"), QStringLiteral("approve"),
                                              QStringLiteral("breast-cancer/5"), QStringLiteral("-m"),
                                              QStringLiteral("accuracy 0.964"), QStringLiteral("--json")});
        QCOMPARE(approved.exitCode, 0);
        const QJsonObject v = json(approved);
        QCOMPARE(v.value(QStringLiteral("status")).toString(), QStringLiteral("Approved"));
        QCOMPARE(v.value(QStringLiteral("approval")).toObject().value(QStringLiteral("by")).toString(), approver);

        // The audit log shows both: the refusal and the approval.
        const CommandResult audit = mlops({QStringLiteral("audit"), QStringLiteral("--json"), QStringLiteral("--limit"),
                                           QStringLiteral("2")});
        QCOMPARE(audit.exitCode, 0);
        const QJsonArray entries = json(audit).value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 2);
        const QJsonObject last = entries.at(0).toObject();
        const QJsonObject denied = entries.at(1).toObject();
        QCOMPARE(last.value(QStringLiteral("action")).toString(), QStringLiteral("model.approve"));
        QCOMPARE(last.value(QStringLiteral("subject")).toString(), QStringLiteral("breast-cancer/5"));
        QCOMPARE(last.value(QStringLiteral("actor")).toString(), approver);
        QCOMPARE(last.value(QStringLiteral("comment")).toString(), QStringLiteral("accuracy 0.964"));
        QCOMPARE(denied.value(QStringLiteral("action")).toString(), QStringLiteral("model.approve.denied"));
        QCOMPARE(denied.value(QStringLiteral("actor")).toString(), QStringLiteral("Mallory Intern <mallory@example.org>"));
        QCOMPARE(denied.value(QStringLiteral("details")).toObject().value(QStringLiteral("missing_role")).toString(),
                 QStringLiteral("approver"));
        for (const char *key : {"seq", "time", "actor", "action", "subject", "comment", "details", "previous_hash", "hash"})
            QVERIFY2(last.contains(QLatin1String(key)), key);
        QCOMPARE(last.value(QStringLiteral("previous_hash")).toString(), denied.value(QStringLiteral("hash")).toString());
    }

    void rejectAliasAndRegister()
    {
        const CommandResult rejected = mlops({QStringLiteral("registry"), QStringLiteral("reject"),
                                              QStringLiteral("breast-cancer/5"), QStringLiteral("--comment"),
                                              QStringLiteral("worse on minorities")});
        QCOMPARE(rejected.exitCode, 0);
        QVERIFY(rejected.outText().startsWith(QStringLiteral("Rejected breast-cancer/5")));
        // It was the challenger: a rejected version keeps no alias, and gets none.
        QVERIFY2(rejected.outText().contains(QStringLiteral("Removed alias challenger from breast-cancer/5")),
                 qPrintable(rejected.outText()));
        const CommandResult aliasRefused = mlops({QStringLiteral("registry"), QStringLiteral("alias"),
                                                  QStringLiteral("breast-cancer/5"), QStringLiteral("challenger")});
        QCOMPARE(aliasRefused.exitCode, 2);
        QVERIFY2(aliasRefused.errText().contains(QStringLiteral("breast-cancer/5 was rejected")), qPrintable(aliasRefused.errText()));
        QCOMPARE(mlops({QStringLiteral("audit"), QStringLiteral("--verify")}).exitCode, 0);
        // Rejecting it again, or approving an approved version, is already satisfied.
        const QString entries = json(mlops({QStringLiteral("audit"), QStringLiteral("--json")}))
                                    .value(QStringLiteral("entries")).toArray().first().toObject()
                                    .value(QStringLiteral("hash")).toString();
        const CommandResult rejectedAgain = mlops({QStringLiteral("registry"), QStringLiteral("reject"),
                                                   QStringLiteral("breast-cancer/5")});
        QCOMPARE(rejectedAgain.exitCode, 0);
        QVERIFY2(rejectedAgain.outText().startsWith(QStringLiteral("breast-cancer/5 is already Rejected (by ")),
                 qPrintable(rejectedAgain.outText()));
        QVERIFY(rejectedAgain.outText().contains(QStringLiteral("nothing changed")));
        const CommandResult approvedAgain = mlops({QStringLiteral("registry"), QStringLiteral("approve"),
                                                   QStringLiteral("breast-cancer/4"), QStringLiteral("--json")});
        QCOMPARE(approvedAgain.exitCode, 0);
        QCOMPARE(json(approvedAgain).value(QStringLiteral("changed")).toBool(), false);
        QCOMPARE(json(approvedAgain).value(QStringLiteral("status")).toString(), QStringLiteral("Approved"));
        QCOMPARE(json(mlops({QStringLiteral("audit"), QStringLiteral("--json")}))
                     .value(QStringLiteral("entries")).toArray().first().toObject()
                     .value(QStringLiteral("hash")).toString(),
                 entries);  // nothing was logged

        const CommandResult moved = mlops({QStringLiteral("registry"), QStringLiteral("alias"), QStringLiteral("breast-cancer/4"),
                                           QStringLiteral("champion"), QStringLiteral("--json")});
        QCOMPARE(moved.exitCode, 0);
        QCOMPARE(json(moved).value(QStringLiteral("previous_version")).toInt(), 3);
        QCOMPARE(json(moved).value(QStringLiteral("changed")).toBool(), true);
        QCOMPARE(json(moved).value(QStringLiteral("version")).toObject().value(QStringLiteral("ref")).toString(),
                 QStringLiteral("breast-cancer/4"));

        // A new run's model becomes version 6; registering it again changes nothing.
        QString run;
        {
            Result<std::unique_ptr<Store>> store = Store::open(m_ws->path(QStringLiteral(".mlops/store.db")));
            QVERIFY(store.ok());
            TrainingRunSpec spec;
            spec.seed = 7;
            Result<TrainingRunIds> ids = addTrainingPipelineRun((*store)->db(), spec);
            QVERIFY(ids.ok());
            run = ids->train.uuid.left(8);
        }
        const CommandResult registered = mlops({QStringLiteral("registry"), QStringLiteral("register"),
                                                QStringLiteral("breast-cancer"), QStringLiteral("--run"), run,
                                                QStringLiteral("--description"), QStringLiteral("manual"),
                                                QStringLiteral("--json")});
        QCOMPARE(registered.exitCode, 0);
        QCOMPARE(json(registered).value(QStringLiteral("created")).toBool(), true);
        QCOMPARE(json(registered).value(QStringLiteral("version")).toObject().value(QStringLiteral("version")).toInt(), 6);
        const CommandResult again = mlops({QStringLiteral("registry"), QStringLiteral("register"),
                                           QStringLiteral("breast-cancer"), QStringLiteral("--run"), run});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.outText().contains(QStringLiteral("already registered as breast-cancer/6")));
    }

    void badUsageExitsTwo()
    {
        const QList<QStringList> bad = {
            {QStringLiteral("registry")},
            {QStringLiteral("registry"), QStringLiteral("frobnicate")},
            {QStringLiteral("registry"), QStringLiteral("approve")},
            {QStringLiteral("registry"), QStringLiteral("show"), QStringLiteral("breast-cancer")},
            {QStringLiteral("registry"), QStringLiteral("show"), QStringLiteral("nope/1")},
            {QStringLiteral("registry"), QStringLiteral("show"), QStringLiteral("breast-cancer/99")},
            {QStringLiteral("registry"), QStringLiteral("register"), QStringLiteral("bc")},
            {QStringLiteral("registry"), QStringLiteral("register"), QStringLiteral("bc"), QStringLiteral("--run"),
             QStringLiteral("ffffffff")},
            {QStringLiteral("registry"), QStringLiteral("alias"), QStringLiteral("breast-cancer/1"), QStringLiteral("Bad!")},
            {QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("x")},
            {QStringLiteral("maturity"), QStringLiteral("extra")},
        };
        for (const QStringList &args : bad) {
            const CommandResult r = mlops(args);
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" → ")
                                                 + QString::number(r.exitCode) + QLatin1Char(' ') + r.errText()));
            QVERIFY2(r.errText().startsWith(QStringLiteral("mlops: error: ")) || args.size() == 1, qPrintable(r.errText()));
        }
        QTemporaryDir elsewhere;
        QCOMPARE(runCli({QStringLiteral("registry"), QStringLiteral("list")}, elsewhere.path()).exitCode, 2);

        // Only a plain positive version number names a version.
        for (const char *ref : {"breast-cancer/ 1", "breast-cancer/+1", "breast-cancer/01", "breast-cancer/0",
                                "breast-cancer/1x", "breast-cancer/-1"}) {
            const CommandResult r = mlops({QStringLiteral("registry"), QStringLiteral("show"), QString::fromLatin1(ref)});
            QVERIFY2(r.exitCode == 2, ref);
            QVERIFY2(r.errText().contains(QStringLiteral("must be a plain positive number without leading zeros")),
                     qPrintable(r.errText()));
        }
        QCOMPARE(mlops({QStringLiteral("registry"), QStringLiteral("show"), QStringLiteral("breast-cancer/1")}).exitCode, 0);
        for (const char *ref : {" breast-cancer/1", "breast-cancer/1 ", "breast-cancer@champion "}) {
            const CommandResult r = mlops({QStringLiteral("registry"), QStringLiteral("show"), QString::fromLatin1(ref)});
            QVERIFY2(r.exitCode == 2 && r.errText().contains(QStringLiteral("remove the spaces")), qPrintable(r.errText()));
        }
        const CommandResult tooMany = mlops({QStringLiteral("audit"), QStringLiteral("-n"), QStringLiteral("99999999999")});
        QCOMPARE(tooMany.exitCode, 2);
        QVERIFY2(tooMany.errText().contains(QStringLiteral("from 1 to 2147483647")), qPrintable(tooMany.errText()));
    }

    void registerRefusesRejected()
    {
        QString run;
        {
            Result<std::unique_ptr<Store>> store = Store::open(m_ws->path(QStringLiteral(".mlops/store.db")));
            QVERIFY(store.ok());
            TrainingRunSpec spec;
            spec.seed = 8;
            Result<TrainingRunIds> ids = addTrainingPipelineRun((*store)->db(), spec);
            QVERIFY(ids.ok());
            run = ids->train.uuid.left(8);
        }
        for (const char *status : {"Rejected", "rejected", "Maybe"}) {
            const CommandResult r = mlops({QStringLiteral("registry"), QStringLiteral("register"), QStringLiteral("breast-cancer"),
                                           QStringLiteral("--run"), run, QStringLiteral("--approval"), QString::fromLatin1(status)});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.errText().contains(QStringLiteral("--approval takes PendingManualApproval or Approved, not '%1'")
                                              .arg(QString::fromLatin1(status))),
                     qPrintable(r.errText()));
        }
        const CommandResult list = mlops({QStringLiteral("registry"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(json(list).value(QStringLiteral("groups")).toArray().first().toObject()
                     .value(QStringLiteral("latest_version")).toInt(),
                 5);  // nothing was registered
    }

    void verifyFailsAfterTheDatabaseIsEditedByHand()
    {
        const QString tool = sqlite3();
        MLOPS_REQUIRE(!tool.isEmpty(), QStringLiteral("the sqlite3 command line tool is missing"));
        const CommandResult ok = mlops({QStringLiteral("audit"), QStringLiteral("--verify")});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.outText().startsWith(QStringLiteral("Audit log intact: 14 entries")), qPrintable(ok.outText()));

        // The append-only trigger stops a plain UPDATE…
        const QString db = m_ws->path(QStringLiteral(".mlops/store.db"));
        const CommandResult blocked = runProgram(tool, {db, QStringLiteral("UPDATE audit_log SET comment = 'x' WHERE seq = 6")});
        QVERIFY(blocked.exitCode != 0);
        QVERIFY(blocked.errText().contains(QStringLiteral("append-only")));
        // …so the tamperer drops it first. The chain still gives them away.
        const CommandResult edited = runProgram(
            tool, {db, QStringLiteral("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET comment = "
                                      "'approved after a full review' WHERE seq = 6;")});
        QCOMPARE(edited.exitCode, 0);
        const CommandResult caught = mlops({QStringLiteral("audit"), QStringLiteral("--verify")});
        QCOMPARE(caught.exitCode, 1);
        QVERIFY2(caught.errText().contains(QStringLiteral("audit entry #6 (model.approve breast-cancer/1 by")),
                 qPrintable(caught.errText()));
        QVERIFY(caught.errText().contains(QStringLiteral("was changed after it was written")));

        const CommandResult asJson = mlops({QStringLiteral("audit"), QStringLiteral("--verify"), QStringLiteral("--json")});
        QCOMPARE(asJson.exitCode, 1);
        const QJsonObject verification = json(asJson).value(QStringLiteral("verification")).toObject();
        QCOMPARE(verification.value(QStringLiteral("intact")).toBool(), false);
        QCOMPARE(verification.value(QStringLiteral("first_bad_seq")).toInt(), 6);
        QCOMPARE(verification.value(QStringLiteral("checked")).toInt(), 14);
    }

    void verifyFailsAfterARowIsDeleted()
    {
        const QString tool = sqlite3();
        MLOPS_REQUIRE(!tool.isEmpty(), QStringLiteral("the sqlite3 command line tool is missing"));
        const QString db = m_ws->path(QStringLiteral(".mlops/store.db"));
        QCOMPARE(runProgram(tool, {db, QStringLiteral("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 11;")})
                     .exitCode,
                 0);
        const CommandResult caught = mlops({QStringLiteral("audit"), QStringLiteral("--verify")});
        QCOMPARE(caught.exitCode, 1);
        QVERIFY2(caught.errText().contains(QStringLiteral("audit entry #11 is missing")), qPrintable(caught.errText()));
    }

    void verifyFailsAfterTheRegistryIsEditedByHand()
    {
        const QString tool = sqlite3();
        MLOPS_REQUIRE(!tool.isEmpty(), QStringLiteral("the sqlite3 command line tool is missing"));
        const CommandResult ok = mlops({QStringLiteral("audit"), QStringLiteral("--verify")});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.outText().contains(QStringLiteral("Registry matches the log: 5 model versions checked")),
                 qPrintable(ok.outText()));
        const QString db = m_ws->path(QStringLiteral(".mlops/store.db"));
        QCOMPARE(runProgram(tool, {db, QStringLiteral("UPDATE model_versions SET status = 'Approved', status_by = "
                                                      "'Bob <bob@x>' WHERE version = 2")})
                     .exitCode,
                 0);
        const CommandResult caught = mlops({QStringLiteral("audit"), QStringLiteral("--verify")});
        QCOMPARE(caught.exitCode, 1);
        QVERIFY2(caught.errText().contains(QStringLiteral("the model registry does not match the audit log: model "
                                                          "version breast-cancer/2 does not match the audit log")),
                 qPrintable(caught.errText()));
        QVERIFY(caught.errText().contains(QStringLiteral("its status is Approved but the log says Rejected")));
        QVERIFY(caught.errText().contains(QStringLiteral("decided by Bob <bob@x>")));

        const CommandResult asJson = mlops({QStringLiteral("audit"), QStringLiteral("--verify"), QStringLiteral("--json")});
        QCOMPARE(asJson.exitCode, 1);
        const QJsonObject verification = json(asJson).value(QStringLiteral("verification")).toObject();
        QCOMPARE(verification.value(QStringLiteral("intact")).toBool(), false);
        QCOMPARE(verification.value(QStringLiteral("registry_problems")).toArray().size(), 1);
    }

    void verifyFailsAfterTheWholeLogIsDeleted()
    {
        const QString tool = sqlite3();
        MLOPS_REQUIRE(!tool.isEmpty(), QStringLiteral("the sqlite3 command line tool is missing"));
        const QString db = m_ws->path(QStringLiteral(".mlops/store.db"));
        QCOMPARE(runProgram(tool, {db, QStringLiteral("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log;"
                                                      " DELETE FROM audit_head;")})
                     .exitCode,
                 0);
        const CommandResult caught = mlops({QStringLiteral("audit"), QStringLiteral("--verify")});
        QCOMPARE(caught.exitCode, 1);
        QVERIFY2(caught.errText().contains(QStringLiteral("the audit log is empty, but its head file "
                                                          "store.db.audit-head records 14 entries written")),
                 qPrintable(caught.errText()));

        // Without the head file too, the registry still has versions the log never registered.
        QVERIFY(QFile::remove(db + QStringLiteral(".audit-head")));
        const CommandResult still = mlops({QStringLiteral("audit"), QStringLiteral("--verify")});
        QCOMPARE(still.exitCode, 1);
        QVERIFY2(still.errText().contains(QStringLiteral("has no model.register entry in the audit log")),
                 qPrintable(still.errText()));
    }

    void verifyFailsAfterTheLastEntryIsCutAndTheHeadRewound()
    {
        const QString tool = sqlite3();
        MLOPS_REQUIRE(!tool.isEmpty(), QStringLiteral("the sqlite3 command line tool is missing"));
        const QString db = m_ws->path(QStringLiteral(".mlops/store.db"));
        QCOMPARE(runProgram(tool, {db, QStringLiteral("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 14;"
                                                      " UPDATE audit_head SET seq = 13, hash = (SELECT hash FROM audit_log"
                                                      " WHERE seq = 13);")})
                     .exitCode,
                 0);
        const CommandResult caught = mlops({QStringLiteral("audit"), QStringLiteral("--verify")});
        QCOMPARE(caught.exitCode, 1);
        QVERIFY2(caught.errText().contains(QStringLiteral("audit entry #14 is missing: the head file")),
                 qPrintable(caught.errText()));
    }

    void maturityAsJsonAndText()
    {
        const CommandResult r = mlops({QStringLiteral("maturity"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = json(r);
        QCOMPARE(o.value(QStringLiteral("phase")).toString(), QStringLiteral("Repeatable"));
        QCOMPARE(o.value(QStringLiteral("next_phase")).toString(), QStringLiteral("Reliable"));
        QCOMPARE(o.value(QStringLiteral("google")).toObject().value(QStringLiteral("level")).toInt(), 1);
        const QJsonArray next = o.value(QStringLiteral("next_actions")).toArray();
        QVERIFY(!next.isEmpty());
        QVERIFY(next.first().toObject().contains(QStringLiteral("command")));

        const CommandResult text = mlops({QStringLiteral("maturity")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.outText().contains(QStringLiteral("AWS phase:    Repeatable")));
        QVERIFY(text.outText().contains(QStringLiteral("[x] Models are kept in a registry")));
        QVERIFY(text.outText().contains(QStringLiteral("Next actions:")));
    }
};

QTEST_GUILESS_MAIN(TestCliGovernance)
#include "tst_cli_governance.moc"
