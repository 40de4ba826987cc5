// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// The packages cpack makes from this build: what the .deb and the .tar.gz hold, that
// their programs run on their own, and that the desktop entry and the AppStream
// metainfo pass their validators.
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace mlops::test;

namespace {

QString describe(const CommandResult &r)
{
    return QStringLiteral("exit %1\n%2\n%3").arg(r.exitCode).arg(r.outText(), r.errText());
}

const QString kDesktopFile = QStringLiteral("org.mlopsstudio.MLOpsStudio.desktop");
const QString kMetainfo = QStringLiteral("org.mlopsstudio.MLOpsStudio.metainfo.xml");

/** The files every package holds, relative to its prefix. */
QStringList expectedFiles()
{
    return {QStringLiteral("bin/mlops"),
            QStringLiteral("bin/mlops-studio"),
            QStringLiteral("share/mlops-studio/python/mlops_studio/__init__.py"),
            QStringLiteral("share/applications/") + kDesktopFile,
            QStringLiteral("share/metainfo/") + kMetainfo,
            QStringLiteral("share/icons/hicolor/scalable/apps/org.mlopsstudio.MLOpsStudio.svg"),
            QStringLiteral("share/doc/mlops-studio/copyright")};
}

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_out;

    /** Runs cpack with one generator into m_out; returns the package file. */
    QString makePackage(const QString &generator, const QString &suffix)
    {
        const CommandResult r = runProgram(QStringLiteral(MLOPS_CPACK_PATH),
                                           {QStringLiteral("-G"), generator, QStringLiteral("-B"), m_out.path(),
                                            QStringLiteral("--config"),
                                            QStringLiteral(MLOPS_BINARY_DIR "/CPackConfig.cmake")},
                                           QStringLiteral(MLOPS_BINARY_DIR), QProcessEnvironment::systemEnvironment(),
                                           600000);
        if (r.exitCode != 0) {
            qWarning().noquote() << describe(r);
            return {};
        }
        const QStringList found = QDir(m_out.path()).entryList({QStringLiteral("mlops-studio*") + suffix}, QDir::Files);
        return found.size() == 1 ? QDir(m_out.path()).filePath(found.first()) : QString();
    }

    /** Runs a program from an unpacked package, with nothing of the build tree around. */
    static void checkProgramsRun(const QString &prefix)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("MLOPS_DATA_DIR"));
        const CommandResult version = runProgram(QDir(prefix).filePath(QStringLiteral("bin/mlops")),
                                                 {QStringLiteral("--version")}, {}, env);
        QVERIFY2(version.exitCode == 0, qPrintable(describe(version)));
        QVERIFY(version.outText().startsWith(QStringLiteral("mlops " MLOPS_VERSION)));
        QTemporaryDir work;
        const CommandResult init = runProgram(QDir(prefix).filePath(QStringLiteral("bin/mlops")),
                                              {QStringLiteral("init"), QStringLiteral("ws"), QStringLiteral("--template"),
                                               QStringLiteral("empty")},
                                              work.path(), env);
        QVERIFY2(init.exitCode == 0, qPrintable(describe(init)));
        QVERIFY(QFileInfo(work.filePath(QStringLiteral("ws/mlops.yaml"))).isFile());
        const CommandResult studio = runProgram(QDir(prefix).filePath(QStringLiteral("bin/mlops-studio")),
                                                {QStringLiteral("--version")}, {}, env);
        QVERIFY2(studio.exitCode == 0, qPrintable(describe(studio)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_out.isValid());
        MLOPS_REQUIRE(QFileInfo(QStringLiteral(MLOPS_CPACK_PATH)).isExecutable(), QStringLiteral("cpack"));
    }

    void debianPackage()
    {
        MLOPS_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("dpkg-deb")).isEmpty(),
                      QStringLiteral("dpkg-deb"));
        MLOPS_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("dpkg-shlibdeps")).isEmpty(),
                      QStringLiteral("dpkg-shlibdeps (dpkg-dev)"));
        const QString deb = makePackage(QStringLiteral("DEB"), QStringLiteral(".deb"));
        QVERIFY2(!deb.isEmpty(), "cpack -G DEB made no package");
        QCOMPARE(QFileInfo(deb).fileName(), QStringLiteral("mlops-studio_" MLOPS_VERSION "_amd64.deb"));

        const CommandResult contents = runProgram(QStringLiteral("dpkg-deb"), {QStringLiteral("--contents"), deb});
        QVERIFY2(contents.exitCode == 0, qPrintable(describe(contents)));
        QStringList files;
        for (const QString &line : contents.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            files.append(line.section(QLatin1Char(' '), -1));
        for (const QString &file : expectedFiles())
            QVERIFY2(files.contains(QStringLiteral("./usr/") + file), qPrintable(file));
        for (const QString &file : std::as_const(files))
            QVERIFY2(file.startsWith(QStringLiteral("./usr/")), qPrintable(file));

        const CommandResult depends = runProgram(QStringLiteral("dpkg-deb"),
                                                 {QStringLiteral("--field"), deb, QStringLiteral("Depends")});
        for (const char *package : {"libqt6widgets6", "libgit2-1.5", "libyaml-cpp0.7", "libsqlite3-0",
                                    "python3-sklearn", "python3-ipykernel", "libqt6svg6", "fonts-dejavu-core"})
            QVERIFY2(depends.outText().contains(QLatin1String(package)), qPrintable(depends.outText()));

        // The programs run from the unpacked package, stripped and on their own.
        QTemporaryDir root;
        const CommandResult unpack = runProgram(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), deb, root.path()});
        QVERIFY2(unpack.exitCode == 0, qPrintable(describe(unpack)));
        checkProgramsRun(root.filePath(QStringLiteral("usr")));
    }

    void tarball()
    {
        const QString tgz = makePackage(QStringLiteral("TGZ"), QStringLiteral(".tar.gz"));
        QVERIFY2(!tgz.isEmpty(), "cpack -G TGZ made no package");
        QTemporaryDir root;
        const CommandResult unpack = runProgram(QStringLiteral("tar"), {QStringLiteral("-xzf"), tgz, QStringLiteral("-C"),
                                                                        root.path()});
        QVERIFY2(unpack.exitCode == 0, qPrintable(describe(unpack)));
        const QString prefix = root.filePath(QStringLiteral("mlops-studio-" MLOPS_VERSION "-Linux"));
        for (const QString &file : expectedFiles())
            QVERIFY2(QFileInfo(QDir(prefix).filePath(file)).isFile(), qPrintable(file));
        checkProgramsRun(prefix);
    }

    void desktopEntryIsValid()
    {
        const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        MLOPS_REQUIRE(!validator.isEmpty(), QStringLiteral("desktop-file-validate (desktop-file-utils)"));
        const CommandResult r = runProgram(validator, {QStringLiteral(MLOPS_SOURCE_DIR "/packaging/") + kDesktopFile});
        QVERIFY2(r.exitCode == 0 && r.out.isEmpty() && r.err.isEmpty(), qPrintable(describe(r)));
    }

    void metainfoIsValid()
    {
        const QString validator = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        MLOPS_REQUIRE(!validator.isEmpty(), QStringLiteral("appstreamcli (appstream)"));
        const CommandResult r = runProgram(validator, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                                       QStringLiteral(MLOPS_SOURCE_DIR "/packaging/") + kMetainfo});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        // Every screenshot it names is in the repository.
        const QByteArray xml = readFile(QStringLiteral(MLOPS_SOURCE_DIR "/packaging/") + kMetainfo);
        QVERIFY(xml.contains("<screenshot type=\"default\">"));
        for (const QString &name : {QStringLiteral("welcome.png"), QStringLiteral("overview.png")}) {
            QVERIFY2(xml.contains(name.toUtf8()), qPrintable(name));
            QVERIFY2(QFileInfo(QStringLiteral(MLOPS_SOURCE_DIR "/packaging/screenshots/") + name).isFile(),
                     qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
