// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/workspace/manifest.h"

#include <QtTest/QTest>

using namespace mlops;

class TestManifest : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryKey()
    {
        const QByteArray text = R"(# a comment
name: breast-cancer
description: "Classify tumours"
python: /opt/conda/bin/python
runner: sandbox
roles:
  approver:
    - Jane <jane@example.org>
    - Joe <joe@example.org>
environments:
  staging:
    port: 8081
  production:
)";
        Result<WorkspaceManifest> m = WorkspaceManifest::parse(QStringLiteral("mlops.yaml"), text);
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().toString()));
        QCOMPARE(m->name, QStringLiteral("breast-cancer"));
        QCOMPARE(m->description, QStringLiteral("Classify tumours"));
        QCOMPARE(m->python, QStringLiteral("/opt/conda/bin/python"));
        QCOMPARE(m->runner, QStringLiteral("sandbox"));
        QCOMPARE(m->roles.value(QStringLiteral("approver")),
                 (QStringList{QStringLiteral("Jane <jane@example.org>"), QStringLiteral("Joe <joe@example.org>")}));
        QCOMPARE(m->environments.keys(), (QStringList{QStringLiteral("production"), QStringLiteral("staging")}));
        QCOMPARE(m->environments.value(QStringLiteral("staging")).value(QStringLiteral("port")).toString(),
                 QStringLiteral("8081"));
    }

    void defaultsWhenOnlyTheNameIsGiven()
    {
        Result<WorkspaceManifest> m = WorkspaceManifest::parse(QStringLiteral("mlops.yaml"), "name: x\n");
        QVERIFY(m.ok());
        QCOMPARE(m->runner, QStringLiteral("process"));
        QVERIFY(m->python.isEmpty());
        QVERIFY(m->roles.isEmpty());
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");

        QTest::newRow("unknown key with a suggestion")
            << QByteArray("name: x\nrunner: process\npyhton: /usr/bin/python3\n") << 3 << 1
            << QStringLiteral("unknown key 'pyhton' in the workspace manifest (did you mean 'python'?)");
        QTest::newRow("unknown key, nothing close")
            << QByteArray("name: x\n  \nflavour: vanilla\n") << 3 << 1
            << QStringLiteral("unknown key 'flavour' in the workspace manifest");
        QTest::newRow("unknown runner")
            << QByteArray("name: x\nrunner:   dokcer\n") << 2 << 11
            << QStringLiteral("unknown runner 'dokcer' (one of: process, sandbox, docker, podman) (did you mean 'docker'?)");
        QTest::newRow("name is a list")
            << QByteArray("name:\n  - a\n  - b\n") << 2 << 3
            << QStringLiteral("name must be a single value");
        QTest::newRow("no name")
            << QByteArray("runner: process\n") << 1 << 1
            << QStringLiteral("the workspace manifest needs a 'name'");
        QTest::newRow("roles is a list")
            << QByteArray("name: x\nroles: [a, b]\n") << 2 << 8
            << QStringLiteral("'roles' must map role names to lists of people");
        QTest::newRow("a role holds a mapping")
            << QByteArray("name: x\nroles:\n  approver:\n    - {who: jane}\n") << 4 << 7
            << QStringLiteral("every item of role 'approver' must be a single value");
        QTest::newRow("a role given twice")
            << QByteArray("name: x\nroles:\n  approver: [\"A <a@x.org>\"]\n  approver: [\"B <b@x.org>\"]\n") << 4 << 3
            << QStringLiteral("'approver' appears twice in 'roles' (first at line 3)");
        QTest::newRow("a misspelt role")
            << QByteArray("name: x\nroles:\n  aprover: [\"A <a@x.org>\"]\n") << 3 << 3
            << QStringLiteral("unknown role 'aprover' in 'roles' (known roles: approver) (did you mean 'approver'?)");
        QTest::newRow("a group pattern")
            << QByteArray("name: x\nroles:\n  approver:\n    breast-*: [\"A <a@x.org>\"]\n") << 4 << 5
            << QStringLiteral("'breast-*' is a pattern, but roles are given per model group name, or \"*\" for every "
                              "group (role 'approver')");
        QTest::newRow("a group given twice")
            << QByteArray("name: x\nroles:\n  approver:\n    churn: [\"A <a@x.org>\"]\n    churn: [\"B <b@x.org>\"]\n")
            << 5 << 5 << QStringLiteral("'churn' appears twice in role 'approver' (first at line 4)");
        QTest::newRow("a number for a person")
            << QByteArray("name: x\nroles:\n  approver: 5\n") << 3 << 13
            << QStringLiteral("role 'approver' lists 5, which YAML reads as a number or a yes/no value, not a person: "
                              "write \"Name <email>\"");
        QTest::newRow("a yes/no value in a group's list")
            << QByteArray("name: x\nroles:\n  approver:\n    churn: [\"A <a@x.org>\", yes]\n") << 4 << 28
            << QStringLiteral("role 'approver' for 'churn' lists yes, which YAML reads as a number or a yes/no value, "
                              "not a person: write \"Name <email>\"");
        QTest::newRow("a key given twice")
            << QByteArray("name: x\nrunner: process\nname: y\n") << 3 << 1
            << QStringLiteral("'name' appears twice in the workspace manifest (first at line 1)");
        QTest::newRow("environment is a value")
            << QByteArray("name: x\nenvironments:\n  staging: yes\n") << 3 << 12
            << QStringLiteral("environment 'staging' must be a mapping of settings");
        QTest::newRow("not a mapping")
            << QByteArray("- name\n- x\n") << 1 << 1
            << QStringLiteral("the workspace manifest must be a mapping of keys");
    }

    void errors()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const QString file = QStringLiteral("/work/ws/mlops.yaml");
        Result<WorkspaceManifest> m = WorkspaceManifest::parse(file, text);
        QVERIFY(!m.ok());
        QVERIFY(m.error().isBadInput());
        QCOMPARE(m.error().message, message);
        QCOMPARE(m.error().file, file);
        QCOMPARE(m.error().line, line);
        QCOMPARE(m.error().column, column);
        QCOMPARE(m.error().toString(),
                 QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message));
    }

    void quotedNumbersAndPerGroupRolesAreAccepted()
    {
        // A quoted "5" is the author's string; "*" and exact group names are the documented forms.
        Result<WorkspaceManifest> m = WorkspaceManifest::parse(
            QStringLiteral("mlops.yaml"),
            "name: x\nroles:\n  approver:\n    \"*\": [\"Jane <jane@example.org>\"]\n    churn: [\"5\"]\n");
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().toString()));
        QCOMPARE(m->roles.value(QStringLiteral("approver")), QStringList{QStringLiteral("Jane <jane@example.org>")});
        QCOMPARE(m->groupRoles.value(QStringLiteral("approver")).value(QStringLiteral("churn")),
                 QStringList{QStringLiteral("5")});
    }

    void invalidYamlNamesWhere()
    {
        Result<WorkspaceManifest> m =
            WorkspaceManifest::parse(QStringLiteral("mlops.yaml"), "name: x\nroles: [a, b\n");
        QVERIFY(!m.ok());
        QVERIFY(m.error().isBadInput());
        QVERIFY(m.error().message.startsWith(QStringLiteral("invalid YAML")));
        QVERIFY(m.error().line >= 2);
    }

    void loadNamesAMissingFile()
    {
        Result<WorkspaceManifest> m = WorkspaceManifest::load(QStringLiteral("/nonexistent/mlops.yaml"));
        QVERIFY(!m.ok());
        QCOMPARE(m.error().file, QStringLiteral("/nonexistent/mlops.yaml"));
    }
};

QTEST_GUILESS_MAIN(TestManifest)
#include "tst_manifest.moc"
