// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// `mlops fmt [--check] PIPELINE…` end to end, through the real binary.

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace mlops;

namespace {

const QByteArray kUntidy = "name:   tidy-me\n"
                           "steps:\n"
                           "  # first\n"
                           "  a:\n"
                           "    type: processing\n"
                           "    command:\n"
                           "      - echo\n"
                           "      - hello\n"
                           "    timeout: 600s\n";

const QByteArray kTidy = "name: tidy-me\n"
                         "steps:\n"
                         "  # first\n"
                         "  a:\n"
                         "    type: processing\n"
                         "    command: [echo, hello]\n"
                         "    timeout: 10m\n";

} // namespace

class TestFmt : public QObject
{
    Q_OBJECT

private slots:
    void checkReportsAndChangesNothing()
    {
        QTemporaryDir dir;
        const QString untidy = dir.filePath(QStringLiteral("untidy.yaml"));
        const QString tidy = dir.filePath(QStringLiteral("tidy.yaml"));
        QVERIFY(test::writeFile(untidy, kUntidy));
        QVERIFY(test::writeFile(tidy, kTidy));

        test::CommandResult r = test::runCli({QStringLiteral("fmt"), QStringLiteral("--check"), tidy}, dir.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());

        r = test::runCli({QStringLiteral("fmt"), QStringLiteral("--check"), tidy, untidy}, dir.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.outText().contains(QStringLiteral("untidy.yaml would be reformatted")));
        QCOMPARE(r.outText().count(QStringLiteral("would be reformatted")), 1);
        QCOMPARE(test::readFile(untidy), kUntidy);
    }

    void aFolderStandsForItsPipelineFiles()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("pipelines")));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("pipelines/untidy.yaml")), kUntidy));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("pipelines/tidy.yml")), kTidy));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("pipelines/notes.txt")), "not a pipeline\n"));
        test::CommandResult r = test::runCli({QStringLiteral("fmt"), QStringLiteral("pipelines")}, dir.path());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText(), QStringLiteral("formatted pipelines/untidy.yaml\n"));
        QCOMPARE(test::readFile(dir.filePath(QStringLiteral("pipelines/untidy.yaml"))), kTidy);
        QCOMPARE(test::readFile(dir.filePath(QStringLiteral("pipelines/notes.txt"))), QByteArray("not a pipeline\n"));
    }

    void aFolderStandsForThePipelinesOfItsSubfoldersToo()
    {
        // The studio lists pipelines/team/x.yaml, and 'mlops run x' runs it: a check of
        // 'pipelines' in CI must not pass over it when it is broken or untidy.
        test::TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QVERIFY(test::writeFile(ws.path(QStringLiteral("pipelines/top.yaml")), kTidy));
        QVERIFY(test::writeFile(ws.path(QStringLiteral("pipelines/team/broken.yaml")),
                                "name: broken\nsteps:\n  a:\n    type: procesing\n    command: [\"true\"]\n"));
        QVERIFY(test::writeFile(ws.path(QStringLiteral("pipelines/.backup/old.yaml")), "not: [a pipeline\n"));
        test::CommandResult r = test::runCli({QStringLiteral("validate"), QStringLiteral("pipelines")}, ws.root());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().startsWith(QStringLiteral("pipelines/team/broken.yaml:4:11: error: unknown step type "
                                                        "'procesing'")),
                 r.err.constData());
        QVERIFY2(!r.errText().contains(QStringLiteral(".backup")), r.err.constData());
        QCOMPARE(r.outText(), QStringLiteral("pipelines/top.yaml: valid (1 step)\n"));

        QVERIFY(test::writeFile(ws.path(QStringLiteral("pipelines/team/broken.yaml")), kUntidy));
        r = test::runCli({QStringLiteral("fmt"), QStringLiteral("--check"), QStringLiteral("pipelines")}, ws.root());
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.outText(), QStringLiteral("pipelines/team/broken.yaml would be reformatted\n"));
    }

    void aFolderWithoutPipelineFilesSaysSo()
    {
        // A new workspace's pipelines/ has none yet: the message says that, not that a
        // folder cannot be read as a file.
        test::TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const QString expected = QStringLiteral("pipelines: error: a folder with no pipeline files (*.yaml, *.yml) in it\n");
        test::CommandResult r = test::runCli({QStringLiteral("validate"), QStringLiteral("pipelines")}, ws.root());
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.errText(), expected);
        r = test::runCli({QStringLiteral("fmt"), QStringLiteral("--check"), QStringLiteral("pipelines")}, ws.root());
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.errText(), QStringLiteral("mlops: error: pipelines: a folder with no pipeline files (*.yaml, *.yml) in it\n"));
        r = test::runCli({QStringLiteral("validate"), QStringLiteral("pipelines"), QStringLiteral("--json")}, ws.root());
        QCOMPARE(r.exitCode, 2);
        const QJsonArray results = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0)[QStringLiteral("valid")].toBool(true), false);
        QCOMPARE(results.at(0)[QStringLiteral("diagnostics")][0][QStringLiteral("message")].toString(),
                 QStringLiteral("a folder with no pipeline files (*.yaml, *.yml) in it"));
    }

    void aMisspeltPipelineGetsTheSuggestionThatRunGives()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QVERIFY(test::writeFile(ws.path(QStringLiteral("pipelines/breast-cancer.yaml")),
                                "name: breast-cancer\nsteps:\n  a:\n    type: processing\n    command: [echo, hello]\n"));
        const QString notFound = QStringLiteral("pipeline 'breast-cancr' not found: no such file, and no pipeline in "
                                                "pipelines/ has that name (did you mean 'breast-cancer'?)");
        test::CommandResult r = test::runCli({QStringLiteral("validate"), QStringLiteral("breast-cancr")}, ws.root());
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.errText(), QStringLiteral("breast-cancr: error: ") + notFound + QLatin1Char('\n'));
        r = test::runCli({QStringLiteral("fmt"), QStringLiteral("--check"), QStringLiteral("breast-cancr")}, ws.root());
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.errText(), QStringLiteral("mlops: error: ") + notFound + QLatin1Char('\n'));
        // The file's own name still finds it.
        r = test::runCli({QStringLiteral("validate"), QStringLiteral("breast-cancer")}, ws.root());
        QCOMPARE(r.exitCode, 0);
    }

    void rewritesInCanonicalForm()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("p.yaml"));
        QVERIFY(test::writeFile(file, kUntidy));
        test::CommandResult r = test::runCli({QStringLiteral("fmt"), file}, dir.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().contains(QStringLiteral("formatted")));
        QCOMPARE(test::readFile(file), kTidy);
        // Idempotent: a second run changes nothing and says nothing.
        r = test::runCli({QStringLiteral("fmt"), file}, dir.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        r = test::runCli({QStringLiteral("fmt"), QStringLiteral("--check"), file}, dir.path());
        QCOMPARE(r.exitCode, 0);
        // The result still means the same pipeline.
        r = test::runCli({QStringLiteral("validate"), file}, dir.path());
        QCOMPARE(r.exitCode, 0);
    }

    void refusesBrokenFiles()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("broken.yaml"));
        const QByteArray broken = "name: b\nsteps:\n  a:\n    type: processing\n    comand: [echo]\n";
        QVERIFY(test::writeFile(file, broken));
        test::CommandResult r = test::runCli({QStringLiteral("fmt"), file}, dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(QStringLiteral("broken.yaml:5:5")));
        QVERIFY(r.errText().contains(QStringLiteral("did you mean 'command'")));
        QCOMPARE(test::readFile(file), broken);

        r = test::runCli({QStringLiteral("fmt")}, dir.path());
        QCOMPARE(r.exitCode, 2);
        r = test::runCli({QStringLiteral("fmt"), dir.filePath(QStringLiteral("missing.yaml"))}, dir.path());
        QCOMPARE(r.exitCode, 2);
    }

    void demoPipelineIsCanonicalInAWorkspace()
    {
        test::TempWorkspace ws(QStringLiteral("empty"));
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const QByteArray demo = test::readFile(
            QStringLiteral(MLOPS_SOURCE_DIR "/resources/templates/demo/files/pipelines/breast-cancer.yaml"));
        QVERIFY(test::writeFile(ws.path(QStringLiteral("pipelines/breast-cancer.yaml")), demo));
        // Found by name, as `mlops run` finds it.
        test::CommandResult r = test::runCli({QStringLiteral("fmt"), QStringLiteral("--check"), QStringLiteral("breast-cancer")},
                                             ws.root());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFmt)
#include "tst_fmt.moc"
