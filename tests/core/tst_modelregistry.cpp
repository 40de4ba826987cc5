// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/governance/auditlog.h"
#include "core/registry/modelregistry.h"
#include "core/store/store.h"

#include "fixtures/trainingruns.h"

#include <QCryptographicHash>
#include <QFuture>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace mlops;
using mlops::test::TrainingRunSpec;

namespace {
const GitIdentity kJane{QStringLiteral("Jane Doe"), QStringLiteral("jane@example.org"), true};
const GitIdentity kBob{QStringLiteral("Bob"), QStringLiteral("bob@example.org"), true};
const GitIdentity kMallory{QStringLiteral("Mallory"), QStringLiteral("mallory@example.org"), true};

AccessPolicy policy()
{
    AccessPolicy p;
    p.grant(QStringLiteral("approver"), kJane.toString());
    p.grant(QStringLiteral("approver"), kBob.toString(), QStringLiteral("churn"));
    return p;
}
} // namespace

class TestModelRegistry : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    Database &db() { return m_store->db(); }
    ModelRegistry as(const GitIdentity &who) { return ModelRegistry(db(), GovernanceContext(who, policy())); }

    test::TrainingRunIds train(int seed, const QString &pipeline = QStringLiteral("breast-cancer"))
    {
        TrainingRunSpec spec;
        spec.seed = seed;
        spec.pipeline = pipeline;
        spec.accuracy = 0.9 + seed / 100.0;
        Result<test::TrainingRunIds> ids = test::addTrainingPipelineRun(db(), spec);
        if (!ids)
            qFatal("%s", qPrintable(ids.error().toString()));
        return *ids;
    }

    QList<AuditEntry> audit()
    {
        Result<QList<AuditEntry>> entries = AuditLog(db()).recent();
        return entries ? *entries : QList<AuditEntry>();
    }

private slots:
    void init()
    {
        static int n = 0;
        Result<std::unique_ptr<Store>> store = Store::open(m_dir.filePath(QStringLiteral("s%1.db").arg(++n)));
        QVERIFY(store.ok());
        m_store = std::move(*store);
    }

    void numbersVersionsPerGroup()
    {
        ModelRegistry registry = as(kJane);
        const auto a = train(1), b = train(2), c = train(3, QStringLiteral("churn"));
        Result<Registration> v1 = registry.registerModel({QStringLiteral("breast-cancer"), a.train.uuid});
        Result<Registration> v2 = registry.registerModel({QStringLiteral("breast-cancer"), b.pipeline.uuid.left(8)});
        Result<Registration> c1 = registry.registerModel({QStringLiteral("churn"), c.train.uuid});
        QVERIFY2(v1.ok(), qPrintable(v1.ok() ? QString() : v1.error().toString()));
        QVERIFY2(v2.ok(), qPrintable(v2.ok() ? QString() : v2.error().toString()));
        QVERIFY(c1.ok());
        QCOMPARE(v1->version.ref(), QStringLiteral("breast-cancer/1"));
        QCOMPARE(v2->version.ref(), QStringLiteral("breast-cancer/2"));
        QCOMPARE(c1->version.ref(), QStringLiteral("churn/1"));
        QCOMPARE(v1->version.status, ApprovalStatus::PendingManualApproval);

        // What a version links: run, model, metrics of the whole execution, training data.
        const ModelVersion &v = v2->version;
        QCOMPARE(v.runUuid, b.train.uuid);           // a pipeline id resolves to its train step
        QCOMPARE(v.pipelineRunUuid, b.pipeline.uuid);
        QCOMPARE(v.modelHash, b.modelHash);
        QVERIFY(v.modelPath.startsWith(QStringLiteral(".mlops/cache/")));
        QCOMPARE(v.metrics.value(QStringLiteral("accuracy")), 0.92);
        QVERIFY(v.metrics.contains(QStringLiteral("train:loss")));
        QCOMPARE(v.inputs.size(), 1);                // the raw data, not intermediate outputs
        QCOMPARE(v.inputs.first().path, QStringLiteral("data/breast_cancer.csv"));
        QCOMPARE(v.gitCommit.size(), 40);
        QVERIFY(v.modelCard.contains(QStringLiteral("# breast-cancer v2")));
        QVERIFY(v.modelCard.contains(QStringLiteral("| accuracy | 0.92 |")));
        QCOMPARE(v.createdBy, kJane.toString());

        Result<QList<ModelGroup>> groups = registry.groups();
        QCOMPARE(groups->size(), 2);
        QCOMPARE(groups->first().name, QStringLiteral("breast-cancer"));
        QCOMPARE(groups->first().versions.size(), 2);

        // Registering the very same model again (a cached re-run) changes nothing.
        Result<Registration> again = registry.registerModel({QStringLiteral("breast-cancer"), a.pipeline.uuid});
        QVERIFY(again.ok());
        QVERIFY(!again->created);
        QCOMPARE(again->version.version, 1);
        QCOMPARE(audit().size(), 3);
        QCOMPARE(audit().first().action, QStringLiteral("model.register"));
    }

    void refusesWhatCannotBeRegistered()
    {
        ModelRegistry registry = as(kJane);
        TrainingRunSpec failed;
        failed.seed = 9;
        failed.trainStatus = RunStatus::Failed;
        Result<test::TrainingRunIds> f = test::addTrainingPipelineRun(db(), failed);
        QVERIFY(f.ok());
        Result<Registration> r = registry.registerModel({QStringLiteral("bc"), f->train.uuid});
        QVERIFY(!r.ok());
        QVERIFY(r.error().isBadInput());
        QVERIFY2(r.error().message.contains(QStringLiteral("completed")), qPrintable(r.error().message));

        const auto ok = train(1);
        Result<Registration> noModel = registry.registerModel({QStringLiteral("bc"), ok.evaluate.uuid});
        QVERIFY(!noModel.ok());
        QVERIFY(noModel.error().message.contains(QStringLiteral("no model artifact")));
        Result<Registration> badName = registry.registerModel({QStringLiteral("bad/name"), ok.train.uuid});
        QVERIFY(!badName.ok());
        QVERIFY(badName.error().isBadInput());
        Result<Registration> unknownRun = registry.registerModel({QStringLiteral("bc"), QStringLiteral("deadbeef")});
        QVERIFY(!unknownRun.ok());
        QVERIFY(unknownRun.error().isBadInput());
        QVERIFY(audit().isEmpty());
    }

    void approvesWithTheRoleAndRefusesWithout()
    {
        const auto a = train(1);
        QVERIFY(as(kJane).registerModel({QStringLiteral("breast-cancer"), a.train.uuid}).ok());

        Result<ModelVersion> refused = as(kMallory).approve(QStringLiteral("breast-cancer/1"), QStringLiteral("ship it"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().isBadInput());
        QVERIFY2(refused.error().message.contains(QStringLiteral("role 'approver'")), qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(kJane.toString()));
        QCOMPARE(as(kJane).version(QStringLiteral("breast-cancer/1"))->status, ApprovalStatus::PendingManualApproval);
        // Per-group holders do not count for other groups.
        QVERIFY(!as(kBob).approve(QStringLiteral("breast-cancer/1")).ok());

        Result<ModelVersion> approved = as(kJane).approve(QStringLiteral("breast-cancer/1"), QStringLiteral("accuracy 0.91 on hold-out"));
        QVERIFY2(approved.ok(), qPrintable(approved.ok() ? QString() : approved.error().toString()));
        QCOMPARE(approved->status, ApprovalStatus::Approved);
        QCOMPARE(approved->statusBy, kJane.toString());
        QCOMPARE(approved->statusComment, QStringLiteral("accuracy 0.91 on hold-out"));
        QVERIFY(approved->statusAt.isValid());

        // Approving an approved version again is already satisfied: nothing changes, nothing is logged.
        const qint64 entriesBefore = *AuditLog(db()).count();
        Result<ApprovalChange> twice = as(kJane).setApproval(QStringLiteral("breast-cancer/1"), ApprovalStatus::Approved,
                                                             QStringLiteral("again"));
        QVERIFY(twice.ok());
        QVERIFY(!twice->changed);
        QCOMPARE(twice->version.statusComment, QStringLiteral("accuracy 0.91 on hold-out"));
        QCOMPARE(*AuditLog(db()).count(), entriesBefore);
        QVERIFY(as(kJane).reject(QStringLiteral("breast-cancer@latest"), QStringLiteral("drift found")).ok());
        QCOMPARE(as(kJane).version(QStringLiteral("breast-cancer/1"))->status, ApprovalStatus::Rejected);

        // The log shows the refusals and the decisions, newest first.
        QStringList actions;
        for (const AuditEntry &e : audit())
            actions.prepend(e.action + QLatin1Char(' ') + e.actor.section(QLatin1Char(' '), 0, 0));
        QCOMPARE(actions, (QStringList{QStringLiteral("model.register Jane"), QStringLiteral("model.approve.denied Mallory"),
                                       QStringLiteral("model.approve.denied Bob"), QStringLiteral("model.approve Jane"),
                                       QStringLiteral("model.reject Jane")}));
        const AuditEntry denial = audit().at(3);
        QCOMPARE(denial.detailsObject().value(QStringLiteral("missing_role")).toString(), QStringLiteral("approver"));
        QCOMPARE(denial.comment, QStringLiteral("ship it"));
        QVERIFY(AuditLog(db()).verify()->intact);
    }

    void perGroupApproverMayApproveTheirGroup()
    {
        const auto c = train(5, QStringLiteral("churn"));
        QVERIFY(as(kBob).registerModel({QStringLiteral("churn"), c.train.uuid}).ok());
        QVERIFY(as(kBob).approve(QStringLiteral("churn/1")).ok());
    }

    void approvedAtRegistrationNeedsTheRole()
    {
        const auto a = train(1);
        ModelRegistration r{QStringLiteral("breast-cancer"), a.train.uuid};
        r.approval = ApprovalStatus::Approved;
        Result<Registration> refused = as(kMallory).registerModel(r);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("approver")));
        Result<Registration> done = as(kJane).registerModel(r);
        QVERIFY(done.ok());
        QCOMPARE(done->version.status, ApprovalStatus::Approved);
        QCOMPARE(done->version.statusBy, kJane.toString());
    }

    void movesAliasesAndAuditsTheMove()
    {
        ModelRegistry registry = as(kJane);
        const auto a = train(1), b = train(2);
        QVERIFY(registry.registerModel({QStringLiteral("bc"), a.train.uuid}).ok());
        QVERIFY(registry.registerModel({QStringLiteral("bc"), b.train.uuid}).ok());
        Result<AliasChange> first = registry.setAlias(QStringLiteral("bc/1"), QStringLiteral("champion"));
        QVERIFY(first.ok());
        QCOMPARE(first->previousVersion, 0);
        QCOMPARE(first->version.aliases, QStringList{QStringLiteral("champion")});
        Result<AliasChange> moved = as(kMallory).setAlias(QStringLiteral("bc/2"), QStringLiteral("champion"), QStringLiteral("better f1"));
        QVERIFY(moved.ok());
        QCOMPARE(moved->previousVersion, 1);
        QCOMPARE(registry.version(QStringLiteral("bc@champion"))->version, 2);
        QVERIFY(registry.version(QStringLiteral("bc/1"))->aliases.isEmpty());
        QCOMPARE(registry.group(QStringLiteral("bc"))->aliases.value(QStringLiteral("champion")), 2);

        const AuditEntry last = audit().first();
        QCOMPARE(last.action, QStringLiteral("model.alias"));
        QCOMPARE(last.subject, QStringLiteral("bc/2"));
        QCOMPARE(last.actor, kMallory.toString());
        QCOMPARE(last.comment, QStringLiteral("better f1"));
        QCOMPARE(last.detailsObject().value(QStringLiteral("from")).toInt(), 1);
        QCOMPARE(last.detailsObject().value(QStringLiteral("to")).toInt(), 2);

        const int entries = int(audit().size());
        Result<AliasChange> same = registry.setAlias(QStringLiteral("bc/2"), QStringLiteral("champion"));
        QVERIFY(same.ok());
        QVERIFY(!same->changed);
        QCOMPARE(audit().size(), entries);

        QVERIFY(!registry.setAlias(QStringLiteral("bc/2"), QStringLiteral("Champion!")).ok());
        QVERIFY(!registry.setAlias(QStringLiteral("bc/2"), QStringLiteral("latest")).ok());
        Result<ModelVersion> unknown = registry.version(QStringLiteral("bc@staging"));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(QStringLiteral("champion")));
    }

    void aRejectedVersionKeepsNoAlias()
    {
        ModelRegistry registry = as(kJane);
        const auto a = train(1), b = train(2);
        QVERIFY(registry.registerModel({QStringLiteral("bc"), a.train.uuid}).ok());
        QVERIFY(registry.registerModel({QStringLiteral("bc"), b.train.uuid}).ok());
        QVERIFY(registry.setAlias(QStringLiteral("bc/1"), QStringLiteral("champion")).ok());
        QVERIFY(registry.setAlias(QStringLiteral("bc/1"), QStringLiteral("staging")).ok());
        QVERIFY(registry.setAlias(QStringLiteral("bc/2"), QStringLiteral("challenger")).ok());

        // Rejecting bc/1 takes both its aliases off, each with its own audit entry.
        const int before = int(audit().size());
        Result<ApprovalChange> rejected = registry.setApproval(QStringLiteral("bc@champion"), ApprovalStatus::Rejected,
                                                               QStringLiteral("leaks the label"));
        QVERIFY2(rejected.ok(), qPrintable(rejected.ok() ? QString() : rejected.error().toString()));
        QCOMPARE(rejected->removedAliases, (QStringList{QStringLiteral("champion"), QStringLiteral("staging")}));
        QVERIFY(rejected->version.aliases.isEmpty());
        QCOMPARE(registry.group(QStringLiteral("bc"))->aliases.keys(), QStringList{QStringLiteral("challenger")});
        const QList<AuditEntry> entries = audit();
        QCOMPARE(entries.size(), before + 3);
        QCOMPARE(entries.at(2).action, QStringLiteral("model.reject"));
        for (int i : {0, 1}) {
            const QJsonObject d = entries.at(i).detailsObject();
            QCOMPARE(entries.at(i).action, QStringLiteral("model.alias"));
            QCOMPARE(entries.at(i).subject, QStringLiteral("bc/1"));
            QCOMPARE(d.value(QStringLiteral("from")).toInt(), 1);
            QVERIFY(d.value(QStringLiteral("to")).isNull());
        }

        // An alias cannot be put on it either, and nothing is written for the attempt.
        const int now = int(audit().size());
        Result<AliasChange> refused = registry.setAlias(QStringLiteral("bc/1"), QStringLiteral("champion"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().isBadInput());
        QVERIFY2(refused.error().message.contains(QStringLiteral("bc/1 was rejected, so alias 'champion' cannot point at it")),
                 qPrintable(refused.error().message));
        QCOMPARE(int(audit().size()), now);

        // Rejecting a version without aliases removes nothing; approving keeps aliases.
        Result<ApprovalChange> approved = registry.setApproval(QStringLiteral("bc/2"), ApprovalStatus::Approved);
        QVERIFY(approved.ok());
        QVERIFY(approved->removedAliases.isEmpty());
        QCOMPARE(approved->version.aliases, QStringList{QStringLiteral("challenger")});
    }

    void decisionsRecordTheStateTheyChanged()
    {
        // Two registries on separate connections, as two processes: the second decides after
        // the first, from the state the first left, and its entry says so.
        ModelRegistry registry = as(kJane);
        const auto a = train(1);
        QVERIFY(registry.registerModel({QStringLiteral("bc"), a.train.uuid}).ok());
        Result<std::unique_ptr<Store>> other = Store::open(db().path());
        QVERIFY(other.ok());
        ModelRegistry second((*other)->db(), GovernanceContext(kBob, [] {
                                 AccessPolicy p;
                                 p.grant(QStringLiteral("approver"), kBob.toString());
                                 return p;
                             }()));
        QVERIFY(registry.approve(QStringLiteral("bc/1")).ok());
        QVERIFY(second.reject(QStringLiteral("bc/1")).ok());
        QCOMPARE(audit().first().detailsObject().value(QStringLiteral("from")).toString(), QStringLiteral("Approved"));
        QVERIFY(registry.approve(QStringLiteral("bc/1")).ok());
        Result<ApprovalChange> again = second.setApproval(QStringLiteral("bc/1"), ApprovalStatus::Approved);
        QVERIFY(again.ok());
        QVERIFY(!again->changed);  // already approved by the other process: nothing to record
    }

    void editsTheModelCardWithAnAuditEntry()
    {
        ModelRegistry registry = as(kJane);
        const auto a = train(1);
        QVERIFY(registry.registerModel({QStringLiteral("bc"), a.train.uuid}).ok());
        Result<ModelVersion> edited = registry.setModelCard(QStringLiteral("bc/1"), QStringLiteral("# Card\n\nFor screening only."));
        QVERIFY(edited.ok());
        QCOMPARE(edited->modelCard, QStringLiteral("# Card\n\nFor screening only."));
        QCOMPARE(audit().first().action, QStringLiteral("model.card"));
    }

    void cardSavesChainEachReplacedCard()
    {
        ModelRegistry registry = as(kJane);
        const auto a = train(1);
        QVERIFY(registry.registerModel({QStringLiteral("bc"), a.train.uuid}).ok());
        const QString original = registry.version(QStringLiteral("bc/1"))->modelCard;
        const auto cardEntries = [this] {
            QList<QJsonObject> out;   // newest first
            for (const AuditEntry &e : audit()) {
                if (e.action == QStringLiteral("model.card"))
                    out.append(e.detailsObject());
            }
            return out;
        };
        const auto hashOf = [](const QString &text) {
            return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
        };

        // Two saves in a row: each entry names the card the save replaced.
        QVERIFY(registry.setModelCard(QStringLiteral("bc/1"), QStringLiteral("# First")).ok());
        QVERIFY(registry.setModelCard(QStringLiteral("bc/1"), QStringLiteral("# Second")).ok());
        QList<QJsonObject> entries = cardEntries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).value(QStringLiteral("previous_sha256")).toString(), hashOf(original));
        QCOMPARE(entries.at(1).value(QStringLiteral("sha256")).toString(), hashOf(QStringLiteral("# First")));
        QCOMPARE(entries.at(0).value(QStringLiteral("previous_sha256")).toString(), hashOf(QStringLiteral("# First")));
        QCOMPARE(entries.at(0).value(QStringLiteral("sha256")).toString(), hashOf(QStringLiteral("# Second")));

        // Overlapping saves on two connections (as two studio threads or processes): the
        // second looks the card up while the first still holds the write lock, and must
        // record the card the first wrote, not the one it saw before.
        Result<std::unique_ptr<Store>> other = Store::open(db().path());
        QVERIFY(other.ok());
        ModelRegistry second((*other)->db(), GovernanceContext(kJane, policy()));
        {
            Transaction inProgress(db());
            QVERIFY(inProgress.isActive());
            QVERIFY(registry.setModelCard(QStringLiteral("bc/1"), QStringLiteral("# Third")).ok());
            QFuture<Result<ModelVersion>> racing = QtConcurrent::run(
                [&second] { return second.setModelCard(QStringLiteral("bc/1"), QStringLiteral("# Fourth")); });
            QTest::qWait(400);   // long enough to look the card up and wait for the lock
            QVERIFY(!racing.isFinished());
            QVERIFY(inProgress.commit().ok());
            racing.waitForFinished();
            const Result<ModelVersion> saved = racing.result();
            QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
            QCOMPARE(saved->modelCard, QStringLiteral("# Fourth"));
        }
        entries = cardEntries();
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(1).value(QStringLiteral("previous_sha256")).toString(), hashOf(QStringLiteral("# Second")));
        QCOMPARE(entries.at(0).value(QStringLiteral("previous_sha256")).toString(), hashOf(QStringLiteral("# Third")));
        QCOMPARE(entries.at(0).value(QStringLiteral("sha256")).toString(), hashOf(QStringLiteral("# Fourth")));
    }

    void referencesAreChecked()
    {
        ModelRegistry registry = as(kJane);
        const auto a = train(1);
        QVERIFY(registry.registerModel({QStringLiteral("bc"), a.train.uuid}).ok());
        for (const char *bad : {"bc", "bc/0", "bc/x", "/1", "bc/1@x"}) {
            Result<ModelVersion> v = registry.version(QString::fromLatin1(bad));
            QVERIFY2(!v.ok() && v.error().isBadInput(), bad);
        }
        Result<ModelVersion> missing = registry.version(QStringLiteral("bc/7"));
        QVERIFY(missing.error().message.contains(QStringLiteral("versions 1 to 1")));
        QVERIFY(registry.version(QStringLiteral("nope/1")).error().message.contains(QStringLiteral("bc")));

        // An alias that breaks only the length rule is told so; the 63 characters allowed work.
        const QString tooLong(64, QLatin1Char('a'));
        Result<AliasChange> refused = registry.setAlias(QStringLiteral("bc/1"), tooLong);
        QVERIFY(!refused.ok() && refused.error().isBadInput());
        QVERIFY2(refused.error().message.contains(QStringLiteral("at most 63 characters")), qPrintable(refused.error().message));
        QVERIFY(registry.setAlias(QStringLiteral("bc/1"), tooLong.left(63)).ok());
    }

    void versionRefsArePlainPositiveNumbers()
    {
        QCOMPARE(ModelVersionRef::parse(QStringLiteral("breast-cancer/12"))->version, 12);
        QCOMPARE(ModelVersionRef::parse(QStringLiteral("breast-cancer/latest"))->alias, QStringLiteral("latest"));
        for (const char *bad : {"g/ 1", "g/+1", "g/01", "g/0", "g/-1", "g/1.0", "g/1 1", "g/", "g/99999999999",
                                " g/1", "g/1 ", "g@champion ", "\tg@champion", "g/1\n"}) {
            Result<ModelVersionRef> r = ModelVersionRef::parse(QString::fromLatin1(bad));
            QVERIFY2(!r.ok(), bad);
            QCOMPARE(r.error().kind, Error::Kind::BadInput);
        }
        QVERIFY(ModelVersionRef::parse(QStringLiteral("g/01")).error().message.contains(
            QStringLiteral("plain positive number without leading zeros")));
        // A plain number that is too large says so, rather than calling it not plain.
        const QString huge = ModelVersionRef::parse(QStringLiteral("g/99999999999")).error().message;
        QVERIFY2(huge.contains(QStringLiteral("99999999999 is larger than any version number can be")), qPrintable(huge));
        QVERIFY2(!huge.contains(QStringLiteral("leading zeros")), qPrintable(huge));
    }

    void registrationCannotStartRejected()
    {
        const auto run = train(1);
        Result<Registration> r = as(kJane).registerModel(
            {QStringLiteral("breast-cancer"), run.train.uuid, {}, ApprovalStatus::Rejected});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("PendingManualApproval or Approved, not Rejected")),
                 qPrintable(r.error().message));
        QVERIFY(audit().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestModelRegistry)
#include "tst_modelregistry.moc"
