// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/governance/accesspolicy.h"
#include "core/governance/permissions.h"
#include "core/workspace/manifest.h"

#include <QtTest/QTest>

using namespace mlops;

class TestAccessPolicy : public QObject
{
    Q_OBJECT

private:
    static GitIdentity person(const QString &name, const QString &email)
    {
        return GitIdentity{name, email, true, true};
    }

private slots:
    void parsesRolesForEveryGroupAndPerGroup()
    {
        const QByteArray yaml = "name: demo\n"
                                "roles:\n"
                                "  approver:\n"
                                "    \"*\": [\"Jane Doe <jane@example.org>\"]\n"
                                "    churn:\n"
                                "      - Bob <bob@example.org>\n";
        Result<WorkspaceManifest> m = WorkspaceManifest::parse(QStringLiteral("mlops.yaml"), yaml);
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().toString()));
        QCOMPARE(m->roles.value(QStringLiteral("approver")), QStringList{QStringLiteral("Jane Doe <jane@example.org>")});
        QCOMPARE(m->groupRoles.value(QStringLiteral("approver")).value(QStringLiteral("churn")),
                 QStringList{QStringLiteral("Bob <bob@example.org>")});

        const AccessPolicy policy = AccessPolicy::fromManifest(*m);
        const GitIdentity jane = person(QStringLiteral("Jane"), QStringLiteral("JANE@example.org"));
        const GitIdentity bob = person(QStringLiteral("Bob"), QStringLiteral("bob@example.org"));
        QVERIFY(policy.holds(jane, QStringLiteral("approver"), QStringLiteral("churn")));
        QVERIFY(policy.holds(jane, QStringLiteral("approver"), QStringLiteral("breast-cancer")));
        QVERIFY(policy.holds(bob, QStringLiteral("approver"), QStringLiteral("churn")));
        QVERIFY(!policy.holds(bob, QStringLiteral("approver"), QStringLiteral("breast-cancer")));
        QCOMPARE(policy.holders(QStringLiteral("approver"), QStringLiteral("churn")).size(), 2);
    }

    void listFormStillMeansEveryGroup()
    {
        Result<WorkspaceManifest> m = WorkspaceManifest::parse(
            QStringLiteral("mlops.yaml"), "name: demo\nroles:\n  approver:\n    - \"Jane <jane@example.org>\"\n");
        QVERIFY(m.ok());
        QVERIFY(AccessPolicy::fromManifest(*m).holds(person(QStringLiteral("J"), QStringLiteral("jane@example.org")),
                                                     QStringLiteral("approver"), QStringLiteral("any")));
    }

    void rolesErrorsNameTheLine()
    {
        Result<WorkspaceManifest> broken = WorkspaceManifest::parse(
            QStringLiteral("mlops.yaml"), "name: demo\nroles:\n  approver:\n    - \"Jane <jane@example.org\"\n");
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().line, 4);
        QCOMPARE(broken.error().column, 7);
        QVERIFY(broken.error().toString().startsWith(QStringLiteral("mlops.yaml:4:7: ")));
        QVERIFY(broken.error().message.contains(QStringLiteral("Name <email>")));

        Result<WorkspaceManifest> badGroup = WorkspaceManifest::parse(
            QStringLiteral("mlops.yaml"), "name: demo\nroles:\n  approver:\n    a/b: [x@y.z]\n");
        QVERIFY(!badGroup.ok());
        QCOMPARE(badGroup.error().line, 4);
        QVERIFY(badGroup.error().message.contains(QStringLiteral("a/b")));

        Result<WorkspaceManifest> nested = WorkspaceManifest::parse(
            QStringLiteral("mlops.yaml"), "name: demo\nroles:\n  approver:\n    churn: {a: b}\n");
        QVERIFY(!nested.ok());
        QCOMPARE(nested.error().line, 4);
    }

    void refusalNamesTheMissingRoleAndItsHolders()
    {
        AccessPolicy policy;
        policy.grant(QStringLiteral("approver"), QStringLiteral("Jane Doe <jane@example.org>"));
        policy.grant(QStringLiteral("approver"), QStringLiteral("Bob <bob@example.org>"), QStringLiteral("churn"));
        const GitIdentity mallory = person(QStringLiteral("Mallory"), QStringLiteral("mallory@example.org"));
        Status refused = policy.authorize(mallory, QStringLiteral("model.approve"), QStringLiteral("churn"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().isBadInput());
        const QString message = refused.error().message;
        QVERIFY2(message.contains(QStringLiteral("Mallory <mallory@example.org> may not approve model versions of 'churn'")),
                 qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("role 'approver'")));
        QVERIFY(message.contains(QStringLiteral("Jane Doe <jane@example.org>, Bob <bob@example.org>")));

        // Actions without a permission need no role.
        QVERIFY(policy.authorize(mallory, QStringLiteral("model.register"), QStringLiteral("churn")).ok());
        QVERIFY(policy.authorize(person(QStringLiteral("Bob"), QStringLiteral("bob@example.org")),
                                 QStringLiteral("model.reject"), QStringLiteral("churn"))
                    .ok());
    }

    void refusalWithoutAGitIdentitySaysSo()
    {
        AccessPolicy policy;
        policy.grant(QStringLiteral("approver"), QStringLiteral("Jane Doe <jane@example.org>"));
        // git has neither user.name nor user.email: the actor is the login name's stand-in.
        const GitIdentity standIn{QStringLiteral("jane"), QStringLiteral("jane@localhost"), false, false};
        Status refused = policy.authorize(standIn, QStringLiteral("model.approve"), QStringLiteral("churn"));
        QVERIFY(!refused.ok());
        QString message = refused.error().message;
        QVERIFY2(message.contains(QStringLiteral("held by Jane Doe <jane@example.org>")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("in mlops.yaml. Note: git has no user.name, user.email configured, so you act as "
                                                 "jane <jane@localhost>")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("git config --global user.email")), qPrintable(message));

        // Only the e-mail is missing.
        const GitIdentity noEmail{QStringLiteral("Jane Doe"), QStringLiteral("jane@localhost"), true, false};
        message = policy.authorize(noEmail, QStringLiteral("model.approve"), {}).error().message;
        QVERIFY2(message.contains(QStringLiteral("git has no user.email configured")), qPrintable(message));

        // A configured identity that lacks the role gets no such note.
        message = policy.authorize(person(QStringLiteral("Mallory"), QStringLiteral("mallory@example.org")),
                                   QStringLiteral("model.approve"), {})
                      .error()
                      .message;
        QVERIFY2(!message.contains(QStringLiteral("git has no")), qPrintable(message));
    }

    void refusalWhenNobodyHoldsTheRole()
    {
        const AccessPolicy policy;
        Status refused = policy.authorize(person(QStringLiteral("Jane"), QStringLiteral("jane@example.org")),
                                          QStringLiteral("model.approve"), QStringLiteral("churn"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("nobody holds")), qPrintable(refused.error().message));
    }

    void permissionsAreARegistry()
    {
        Permissions::instance().add({QStringLiteral("endpoint.deploy"), QStringLiteral("deployer"), "deploy models"});
        AccessPolicy policy;
        policy.grant(QStringLiteral("deployer"), QStringLiteral("ops@example.org"));
        QVERIFY(policy.authorize(person(QStringLiteral("Ops"), QStringLiteral("ops@example.org")),
                                 QStringLiteral("endpoint.deploy"), {})
                    .ok());
        QVERIFY(!policy.authorize(person(QStringLiteral("Dev"), QStringLiteral("dev@example.org")),
                                  QStringLiteral("endpoint.deploy"), {})
                     .ok());
        // mlops.yaml may name the role once a permission needs it; before, it would grant nothing.
        Result<WorkspaceManifest> m = WorkspaceManifest::parse(QStringLiteral("mlops.yaml"),
                                                               "name: demo\nroles:\n  deployer: ops@example.org\n");
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().toString()));
        QCOMPARE(m->roles.value(QStringLiteral("deployer")), QStringList{QStringLiteral("ops@example.org")});
    }
};

QTEST_GUILESS_MAIN(TestAccessPolicy)
#include "tst_accesspolicy.moc"
