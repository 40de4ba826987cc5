// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// Data versioning: pointer files round-trip and refuse bad input, status follows edits,
// checkout restores the exact bytes, unchanged files are not read again, git and the
// audit log see every new version, and pipelines read versioned data by its hash.
#include "datafixture.h"
#include "testsupport.h"

#include "core/artifacts/dataversioning.h"
#include "core/artifacts/hasher.h"
#include "core/governance/auditlog.h"
#include "core/pipeline/pipelineexecution.h"
#include "core/pipeline/pipelinevalidator.h"
#include "core/store/store.h"
#include "core/tracking/runstore.h"
#include "core/vcs/gitignorefile.h"
#include "core/vcs/gitrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <git2.h>

using namespace mlops;
using namespace mlops::test;

namespace {

QByteArray bytes(int n, char seed)
{
    QByteArray b;
    b.reserve(n);
    for (int i = 0; i < n; ++i)
        b.append(char(seed + (i * 7) % 23));
    return b;
}

using Fixture = DataFixture;

} // namespace

class TestDataVersioning : public QObject
{
    Q_OBJECT

private slots:
    void pointerRoundTrip()
    {
        DataPointer file;
        file.path = QStringLiteral("train.csv");
        file.hash = QString(64, QLatin1Char('a'));
        file.size = 1234;
        Result<DataPointer> back = DataPointer::parse(QStringLiteral("p.mlops"), file.toYaml(QStringLiteral("data/train.csv")));
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(back->path, file.path);
        QCOMPARE(back->hash, file.hash);
        QCOMPARE(back->size, file.size);
        QVERIFY(!back->folder);

        QList<TreeEntry> entries{{QStringLiteral("a b/c.png"), QString(64, QLatin1Char('1')), 10, false},
                                 {QStringLiteral("run.sh"), QString(64, QLatin1Char('2')), 5, true},
                                 {QStringLiteral("ü.txt"), QString(64, QLatin1Char('3')), 0, false}};
        StoredArtifact tree;
        tree.kind = QStringLiteral("tree");
        tree.hash = sha256Hex(ArtifactCache::manifestBytes(entries));
        tree.size = 15;
        const DataPointer folder = DataPointer::fromContent(QStringLiteral("images"), tree, entries);
        const QByteArray yaml = folder.toYaml(QStringLiteral("data/images"));
        QVERIFY(yaml.contains("mlops data checkout data/images"));
        back = DataPointer::parse(QStringLiteral("images.mlops"), yaml);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        QVERIFY(back->folder);
        QCOMPARE(back->hash, tree.hash);
        QCOMPARE(back->entries.size(), 3);
        QCOMPARE(back->entries.at(0).path, QStringLiteral("a b/c.png"));
        QVERIFY(back->entries.at(1).executable);
        QCOMPARE(back->entries.at(2).path, QStringLiteral("ü.txt"));
        // Written twice, the same bytes: git diffs show only real changes.
        QCOMPARE(back->toYaml(QStringLiteral("data/images")), yaml);
    }

    void manifestIsQtsCompactJson()
    {
        // Tree hashes are the sha256 of the manifest: it must stay the exact bytes that
        // QJsonDocument writes, whatever the file names hold.
        QString every;
        for (char16_t c = 1; c < 0x80; ++c)
            every += QChar(c);
        const QList<TreeEntry> entries{{QStringLiteral("a.csv"), QString(64, QLatin1Char('1')), 10, false},
                                       {every, QString(64, QLatin1Char('2')), 5, true},
                                       {QStringLiteral("ü/日本\u2028€.txt"), QString(64, QLatin1Char('3')), 0, false},
                                       {QStringLiteral("big"), QString(64, QLatin1Char('4')), (1LL << 53) + 7, false}};
        QJsonArray array;
        for (const TreeEntry &e : entries)
            array.append(QJsonObject{{QStringLiteral("path"), e.path},
                                     {QStringLiteral("hash"), e.hash},
                                     {QStringLiteral("size"), e.size},
                                     {QStringLiteral("executable"), e.executable}});
        const QByteArray expected =
            QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("tree")}, {QStringLiteral("entries"), array}})
                .toJson(QJsonDocument::Compact);
        QCOMPARE(ArtifactCache::manifestBytes(entries), expected);
        QCOMPARE(ArtifactCache::manifestBytes({}), QByteArray(R"({"entries":[],"type":"tree"})"));
    }

    void entriesReadAlikeInEveryForm()
    {
        // The canonical lines are read directly; any other YAML form of the same entries
        // reads the same, and a bad entry is named with its line either way.
        const QList<TreeEntry> entries{{QStringLiteral("a.csv"), QString(64, QLatin1Char('1')), 10, false},
                                       {QStringLiteral("bin/run.sh"), QString(64, QLatin1Char('2')), 5, true}};
        const QByteArray hash = sha256Hex(ArtifactCache::manifestBytes(entries)).toLatin1();
        const QByteArray head = "mlops-data: 1\npath: x\nkind: folder\nhash: " + hash + "\nsize: 15\nfiles: 2\nentries:\n";
        const QByteArray canonical = head + "  - {path: a.csv, hash: " + QByteArray(64, '1') + ", size: 10}\n"
                                     + "  - {path: bin/run.sh, hash: " + QByteArray(64, '2') + ", size: 5, executable: true}\n";
        const QByteArray handWritten = head + "  # the table\n  - {size: 10, path: \"a.csv\", hash: " + QByteArray(64, '1')
                                       + "}\n  - path: bin/run.sh\n    hash: " + QByteArray(64, '2')
                                       + "\n    size: 5\n    executable: true\n";
        for (const QByteArray &text : {canonical, handWritten}) {
            Result<DataPointer> p = DataPointer::parse(QStringLiteral("data/x.mlops"), text);
            QVERIFY2(p, qPrintable(p ? QString() : p.error().toString()));
            QCOMPARE(p->entries.size(), 2);
            QCOMPARE(p->entries.at(0).path, QStringLiteral("a.csv"));
            QCOMPARE(p->entries.at(0).size, 10);
            QVERIFY(!p->entries.at(0).executable);
            QCOMPARE(p->entries.at(1).path, QStringLiteral("bin/run.sh"));
            QCOMPARE(p->entries.at(1).hash, QString(64, QLatin1Char('2')));
            QVERIFY(p->entries.at(1).executable);
        }
        QByteArray badSecond = canonical;
        badSecond.replace("size: 5,", "size: 5x,");
        Result<DataPointer> bad = DataPointer::parse(QStringLiteral("data/x.mlops"), badSecond);
        QVERIFY(!bad);
        QVERIFY2(bad.error().toString().startsWith(QStringLiteral("data/x.mlops:9:")), qPrintable(bad.error().toString()));
        QVERIFY2(bad.error().toString().contains(QStringLiteral("'5x'")), qPrintable(bad.error().toString()));
        QByteArray asFile = canonical;
        asFile.replace("kind: folder", "kind: file");
        bad = DataPointer::parse(QStringLiteral("data/x.mlops"), asFile);
        QVERIFY(!bad);
        QVERIFY2(bad.error().toString().contains(QStringLiteral("a file pointer has no 'files' or 'entries'")),
                 qPrintable(bad.error().toString()));
    }

    void badPointers_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        const QByteArray h(64, 'a');
        QTest::newRow("not yaml") << QByteArray("mlops-data: [1,") << QStringLiteral("invalid YAML");
        QTest::newRow("not a mapping") << QByteArray("- 1\n") << QStringLiteral("mapping");
        QTest::newRow("unknown key") << QByteArray("mlops-data: 1\npath: x\nkind: file\nhash: " + h + "\nsize: 1\nsizes: 2\n")
                                     << QStringLiteral("unknown key 'sizes'");
        QTest::newRow("missing hash") << QByteArray("mlops-data: 1\npath: x\nkind: file\nsize: 1\n")
                                      << QStringLiteral("has no 'hash'");
        QTest::newRow("bad hash") << QByteArray("mlops-data: 1\npath: x\nkind: file\nhash: abc\nsize: 1\n")
                                  << QStringLiteral("SHA-256");
        QTest::newRow("negative size") << QByteArray("mlops-data: 1\npath: x\nkind: file\nhash: " + h + "\nsize: -4\n")
                                       << QStringLiteral("number of bytes");
        QTest::newRow("future version") << QByteArray("mlops-data: 2\npath: x\nkind: file\nhash: " + h + "\nsize: 1\n")
                                        << QStringLiteral("version 2 is not supported");
        QTest::newRow("escaping entry")
            << QByteArray("mlops-data: 1\npath: x\nkind: folder\nhash: " + h + "\nsize: 1\nentries:\n  - {path: ../etc/passwd, hash: "
                          + h + ", size: 1}\n")
            << QStringLiteral("must stay inside the folder");
        QTest::newRow("edited entries")
            << QByteArray("mlops-data: 1\npath: x\nkind: folder\nhash: " + h + "\nsize: 1\nentries:\n  - {path: a, hash: " + h
                          + ", size: 1}\n")
            << QStringLiteral("does not match its entries");
    }

    void badPointers()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        Result<DataPointer> p = DataPointer::parse(QStringLiteral("data/x.mlops"), text);
        QVERIFY(!p);
        QVERIFY(p.error().isBadInput());
        QVERIFY2(p.error().toString().contains(expected), qPrintable(p.error().toString()));
        QVERIFY2(p.error().toString().startsWith(QStringLiteral("data/x.mlops")), qPrintable(p.error().toString()));
    }

    void addFileWritesPointerIgnoresAndAudits()
    {
        Fixture f;
        QVERIFY2(f.ws.isValid(), qPrintable(f.ws.error()));
        const QByteArray content = bytes(5000, 'a');
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/train.csv")), content));
        // Committed first, as the demo's data set is: adding it moves it out of git.
        Result<GitRepository> repo = GitRepository::open(f.ws.root());
        QVERIFY(repo);
        QVERIFY(repo->commitPaths({QStringLiteral("data/train.csv")}, QStringLiteral("data")));

        DataVersioning data = f.data();
        Result<QList<DataAddResult>> added = data.add({QStringLiteral("data/train.csv")});
        QVERIFY2(added, qPrintable(added ? QString() : added.error().toString()));
        const DataAddResult r = added->first();
        QCOMPARE(r.pointer.hash, sha256Hex(content));
        QCOMPARE(r.pointer.size, qint64(content.size()));
        QVERIFY(r.changed);
        QVERIFY(r.untracked);
        QVERIFY(data.cache().hasFile(r.pointer.hash));

        Result<DataPointer> pointer = DataPointer::load(f.ws.path(QStringLiteral("data/train.csv.mlops")));
        QVERIFY(pointer);
        QCOMPARE(pointer->hash, r.pointer.hash);
        QVERIFY(readFile(f.ws.path(QStringLiteral(".gitignore"))).contains("\n/data/train.csv\n"));
        QVERIFY(!*repo->isTracked(QStringLiteral("data/train.csv")));
        QVERIFY(*repo->isTracked(QStringLiteral("data/train.csv.mlops")));
        int ignored = 0;
        QCOMPARE(git_ignore_path_is_ignored(&ignored, repo->handle(), "data/train.csv"), 0);
        QCOMPARE(ignored, 1);

        AuditLog log(f.store->db());
        Result<QList<AuditEntry>> entries = log.forSubject(QStringLiteral("data/train.csv"));
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().action, QStringLiteral("data.add"));
        QCOMPARE(entries->first().detailsObject().value(QStringLiteral("hash")).toString(), r.pointer.hash);

        // The same data again: nothing new, nothing audited, the .gitignore line once.
        added = data.add({QStringLiteral("data/train.csv")});
        QVERIFY(added);
        QVERIFY(!added->first().changed);
        QCOMPARE(log.forSubject(QStringLiteral("data/train.csv"))->size(), 1);
        QCOMPARE(readFile(f.ws.path(QStringLiteral(".gitignore"))).count("/data/train.csv"), 1);

        // A new version: audited with the one before.
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/train.csv")), bytes(6000, 'b')));
        added = data.add({QStringLiteral("data/train.csv")});
        QVERIFY(added && added->first().changed);
        QCOMPARE(added->first().previousHash, r.pointer.hash);
        entries = log.forSubject(QStringLiteral("data/train.csv"));
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->last().detailsObject().value(QStringLiteral("previous_hash")).toString(), r.pointer.hash);
    }

    void folderHashesLikeTheCache()
    {
        Fixture f;
        QVERIFY(f.ws.isValid());
        for (int i = 0; i < 40; ++i)
            QVERIFY(writeFile(f.ws.path(QStringLiteral("data/images/%1/img%2.bin").arg(i % 4).arg(i)), bytes(1000 + i, char('a' + i % 20))));
        DataVersioning data = f.data();
        Result<QList<DataAddResult>> added = data.add({QStringLiteral("data/images")});
        QVERIFY2(added, qPrintable(added ? QString() : added.error().toString()));
        QCOMPARE(added->first().pointer.entries.size(), 40);
        QCOMPARE(added->first().hashedFiles, 40);
        // The parallel scanner names a folder exactly as the cache does (the same cache keys).
        ArtifactCache other(f.ws.path(QStringLiteral("other-cache")));
        Result<StoredArtifact> stored = other.storeTree(f.ws.path(QStringLiteral("data/images")));
        QVERIFY(stored);
        QCOMPARE(added->first().pointer.hash, stored->hash);
        QVERIFY(data.cache().contains(added->first().pointer.artifact()));
    }

    void unchangedFilesAreNotReadAgain()
    {
        Fixture f;
        QVERIFY(f.ws.isValid());
        for (int i = 0; i < 10; ++i)
            QVERIFY(writeFile(f.ws.path(QStringLiteral("data/set/f%1.txt").arg(i)), bytes(100 + i, 'c')));
        DataVersioning data = f.data();
        QCOMPARE(data.add({QStringLiteral("data/set")})->first().hashedFiles, 10);
        Result<QList<DataAddResult>> again = data.add({QStringLiteral("data/set")});
        QCOMPARE(again->first().hashedFiles, 0);
        QCOMPARE(again->first().unchangedFiles, 10);
        QTest::qWait(20);
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/set/f3.txt")), bytes(400, 'd')));
        again = data.add({QStringLiteral("data/set")});
        QCOMPARE(again->first().hashedFiles, 1);
        QCOMPARE(again->first().unchangedFiles, 9);
        QVERIFY(again->first().changed);
    }

    void statusFollowsEdits()
    {
        Fixture f;
        QVERIFY(f.ws.isValid());
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/a.csv")), bytes(300, 'a')));
        for (const char *name : {"keep.txt", "edit.txt", "gone.txt"})
            QVERIFY(writeFile(f.ws.path(QStringLiteral("data/dir/") + QLatin1String(name)), bytes(50, name[0])));
        DataVersioning data = f.data();
        QVERIFY(data.add({QStringLiteral("data/a.csv"), QStringLiteral("data/dir")}));
        QCOMPARE(data.versionedPaths(), (QStringList{QStringLiteral("data/a.csv"), QStringLiteral("data/dir")}));
        Result<QList<DataStatus>> st = data.status();
        QVERIFY(st);
        QCOMPARE(st->size(), 2);
        QCOMPARE(st->at(0).state, DataState::Unchanged);
        QCOMPARE(st->at(1).state, DataState::Unchanged);

        QTest::qWait(20);
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/dir/edit.txt")), "changed"));
        QVERIFY(QFile::remove(f.ws.path(QStringLiteral("data/dir/gone.txt"))));
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/dir/new/more.txt")), "new"));
        QVERIFY(QFile::remove(f.ws.path(QStringLiteral("data/a.csv"))));
        st = data.status();
        QVERIFY(st);
        QCOMPARE(st->at(0).state, DataState::Missing);
        QVERIFY(st->at(0).inCache);
        QCOMPARE(st->at(1).state, DataState::Modified);
        QCOMPARE(st->at(1).added, QStringList{QStringLiteral("new/more.txt")});
        QCOMPARE(st->at(1).removed, QStringList{QStringLiteral("gone.txt")});
        QCOMPARE(st->at(1).modified, QStringList{QStringLiteral("edit.txt")});

        Result<QList<DataStatus>> unknown = data.status({QStringLiteral("data/nope.csv")});
        QVERIFY(!unknown && unknown.error().isBadInput());
    }

    void checkoutRestoresBytes()
    {
        Fixture f;
        QVERIFY(f.ws.isValid());
        const QByteArray fileBytes = bytes(70000, 'x');
        const QByteArray keep = bytes(900, 'k');
        const QByteArray script = "#!/bin/sh\necho hi\n";
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/big.bin")), fileBytes));
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/tree/keep.bin")), keep));
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/tree/sub/run.sh")), script));
        QFile::setPermissions(f.ws.path(QStringLiteral("data/tree/sub/run.sh")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        DataVersioning data = f.data();
        QVERIFY(data.add({QStringLiteral("data/big.bin"), QStringLiteral("data/tree")}));

        // As after a `git checkout` elsewhere: the data is gone, the pointers stay.
        QVERIFY(QFile::remove(f.ws.path(QStringLiteral("data/big.bin"))));
        QVERIFY(QDir(f.ws.path(QStringLiteral("data/tree"))).removeRecursively());
        Result<QList<DataCheckoutResult>> out = data.checkout();
        QVERIFY2(out, qPrintable(out ? QString() : out.error().toString()));
        QCOMPARE(out->size(), 2);
        QVERIFY(out->at(0).restored && out->at(1).restored);
        QCOMPARE(readFile(f.ws.path(QStringLiteral("data/big.bin"))), fileBytes);
        QCOMPARE(readFile(f.ws.path(QStringLiteral("data/tree/keep.bin"))), keep);
        QCOMPARE(readFile(f.ws.path(QStringLiteral("data/tree/sub/run.sh"))), script);
        QVERIFY(QFileInfo(f.ws.path(QStringLiteral("data/tree/sub/run.sh"))).isExecutable());
        // Restored files are the user's to edit again.
        QVERIFY(QFileInfo(f.ws.path(QStringLiteral("data/big.bin"))).isWritable());
        const Result<QList<DataStatus>> statuses = data.status();
        QVERIFY(statuses);
        for (const DataStatus &s : *statuses)
            QCOMPARE(s.state, DataState::Unchanged);

        // Local changes are kept unless the user says --force.
        QTest::qWait(20);
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/tree/keep.bin")), "edited"));
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/tree/extra.txt")), "extra"));
        Result<QList<DataCheckoutResult>> refused = data.checkout({QStringLiteral("data/tree")});
        QVERIFY(!refused);
        QVERIFY(refused.error().isBadInput());
        QVERIFY(refused.error().message.contains(QStringLiteral("--force")));
        QCOMPARE(readFile(f.ws.path(QStringLiteral("data/tree/keep.bin"))), QByteArray("edited"));
        out = data.checkout({QStringLiteral("data/tree")}, true);
        QVERIFY(out);
        QCOMPARE(out->first().restoredFiles, 1);
        QCOMPARE(out->first().removedFiles, 1);
        QCOMPARE(readFile(f.ws.path(QStringLiteral("data/tree/keep.bin"))), keep);
        QVERIFY(!QFileInfo::exists(f.ws.path(QStringLiteral("data/tree/extra.txt"))));
        QCOMPARE(data.status({QStringLiteral("data/tree")})->first().state, DataState::Unchanged);
    }

    void checkoutReplacesContentThatIsInAnotherVersion()
    {
        Fixture f;
        QVERIFY(f.ws.isValid());
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/tree/a.txt")), "version one"));
        DataVersioning data = f.data();
        QVERIFY(data.add({QStringLiteral("data/tree")}));
        const QByteArray firstPointer = readFile(f.ws.path(QStringLiteral("data/tree.mlops")));
        QTest::qWait(20);
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/tree/a.txt")), "version two"));
        QVERIFY(data.add({QStringLiteral("data/tree")}));
        // As after `git checkout` of the older pointer: the data on disk is version two,
        // which the cache holds, so nothing is lost by replacing it without --force.
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/tree.mlops")), firstPointer));
        const Result<QList<DataStatus>> before = data.status();
        QVERIFY(before);
        QCOMPARE(before->first().state, DataState::Modified);
        QVERIFY(before->first().currentInCache);
        Result<QList<DataCheckoutResult>> out = data.checkout();
        QVERIFY2(out, qPrintable(out ? QString() : out.error().toString()));
        QCOMPARE(readFile(f.ws.path(QStringLiteral("data/tree/a.txt"))), QByteArray("version one"));
    }

    void checkoutGoesBetweenAFileAndAFolderVersion()
    {
        // The data was a file, then became a folder: a git checkout of either pointer
        // is followed by a plain checkout, since both versions are in the cache.
        Fixture f;
        QVERIFY(f.ws.isValid());
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/set")), "one file"));
        DataVersioning data = f.data();
        QVERIFY(data.add({QStringLiteral("data/set")}));
        const QByteArray filePointer = readFile(f.ws.path(QStringLiteral("data/set.mlops")));
        QVERIFY(QFile::remove(f.ws.path(QStringLiteral("data/set"))));
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/set/a.txt")), "a"));
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/set/sub/b.txt")), "b"));
        QVERIFY(data.add({QStringLiteral("data/set")}));
        const QByteArray folderPointer = readFile(f.ws.path(QStringLiteral("data/set.mlops")));

        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/set.mlops")), filePointer));
        Result<QList<DataStatus>> st = data.status();
        QVERIFY(st);
        QCOMPARE(st->first().state, DataState::Modified);
        QVERIFY(st->first().kindChanged);
        QVERIFY(st->first().currentInCache);
        Result<QList<DataCheckoutResult>> out = data.checkout();
        QVERIFY2(out, qPrintable(out ? QString() : out.error().toString()));
        QVERIFY(QFileInfo(f.ws.path(QStringLiteral("data/set"))).isFile());
        QCOMPARE(readFile(f.ws.path(QStringLiteral("data/set"))), QByteArray("one file"));

        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/set.mlops")), folderPointer));
        st = data.status();
        QVERIFY(st);
        QVERIFY(st->first().currentInCache);
        out = data.checkout();
        QVERIFY2(out, qPrintable(out ? QString() : out.error().toString()));
        QCOMPARE(readFile(f.ws.path(QStringLiteral("data/set/sub/b.txt"))), QByteArray("b"));
        QCOMPARE(data.status()->first().state, DataState::Unchanged);

        // A file no version holds, where the folder should be, still needs --force.
        QVERIFY(QDir(f.ws.path(QStringLiteral("data/set"))).removeRecursively());
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/set")), "my own notes"));
        out = data.checkout();
        QVERIFY(!out);
        QVERIFY(out.error().isBadInput());
        QCOMPARE(readFile(f.ws.path(QStringLiteral("data/set"))), QByteArray("my own notes"));
    }

    void checkoutNeverWritesThroughASymbolicLink()
    {
        Fixture f;
        QVERIFY(f.ws.isValid());
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/images/a.txt")), "a"));
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/images/sub/b.txt")), "b"));
        DataVersioning data = f.data();
        QVERIFY(data.add({QStringLiteral("data/images")}));
        // The sub-folder is swapped for a link to a folder outside the workspace.
        QTemporaryDir outside;
        QVERIFY(writeFile(QDir(outside.path()).filePath(QStringLiteral("b.txt")), "keep"));
        QVERIFY(QDir(f.ws.path(QStringLiteral("data/images/sub"))).removeRecursively());
        QVERIFY(QFile::link(outside.path(), f.ws.path(QStringLiteral("data/images/sub"))));
        const Result<QList<DataStatus>> st = data.status();
        QVERIFY(st);
        QCOMPARE(st->first().state, DataState::Unreadable);
        QVERIFY2(st->first().problem.contains(QStringLiteral("symbolic link")), qPrintable(st->first().problem));
        QVERIFY(!data.checkout());   // without --force: the link is in no version
        Result<QList<DataCheckoutResult>> out = data.checkout({}, true);
        QVERIFY2(out, qPrintable(out ? QString() : out.error().toString()));
        QCOMPARE(readFile(QDir(outside.path()).filePath(QStringLiteral("b.txt"))), QByteArray("keep"));
        const QFileInfo sub(f.ws.path(QStringLiteral("data/images/sub")));
        QVERIFY(sub.isDir() && !sub.isSymLink());
        QCOMPARE(readFile(f.ws.path(QStringLiteral("data/images/sub/b.txt"))), QByteArray("b"));
        QCOMPARE(data.status()->first().state, DataState::Unchanged);
    }

    void oneUnreadableEntryDoesNotHideTheOthers()
    {
        Fixture f;
        QVERIFY(f.ws.isValid());
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/a.csv")), "a"));
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/links/real.txt")), "r"));
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/z.csv")), "z"));
        DataVersioning data = f.data();
        QVERIFY(data.add({QStringLiteral("data/a.csv"), QStringLiteral("data/links"), QStringLiteral("data/z.csv")}));
        // A link that leads nowhere appears in the versioned folder.
        QVERIFY(QFile::link(QStringLiteral("gone.txt"), f.ws.path(QStringLiteral("data/links/link.txt"))));
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/bad.csv.mlops")), "mlops-data: 7\n"));
        const Result<QList<DataStatus>> st = data.status();
        QVERIFY(st);
        QCOMPARE(st->size(), 4);
        QCOMPARE(st->at(0).state, DataState::Unchanged);
        QCOMPARE(st->at(1).path, QStringLiteral("data/bad.csv"));
        QCOMPARE(st->at(1).state, DataState::Unreadable);
        QVERIFY(!st->at(1).problem.isEmpty());
        QCOMPARE(st->at(2).state, DataState::Unreadable);
        QVERIFY2(st->at(2).problem.contains(QStringLiteral("leads to nothing")), qPrintable(st->at(2).problem));
        QCOMPARE(st->at(3).state, DataState::Unchanged);
    }

    void addIsAllOrNothing()
    {
        Fixture f;
        QVERIFY(f.ws.isValid());
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/ok.csv")), "ok"));
        QVERIFY(QDir().mkpath(f.ws.path(QStringLiteral("data/bad"))));
        QVERIFY(QFile::link(QStringLiteral("/etc/hostname"), f.ws.path(QStringLiteral("data/bad/out"))));
        DataVersioning data = f.data();
        const QByteArray ignoreBefore = readFile(f.ws.path(QStringLiteral(".gitignore")));
        Result<QList<DataAddResult>> r = data.add({QStringLiteral("data/ok.csv"), QStringLiteral("data/bad")});
        QVERIFY(!r);
        QVERIFY2(r.error().isBadInput(), qPrintable(r.error().toString()));
        QVERIFY(r.error().toString().contains(QStringLiteral("data/bad/out")));
        QVERIFY(!QFileInfo::exists(f.ws.path(QStringLiteral("data/ok.csv.mlops"))));
        QCOMPARE(readFile(f.ws.path(QStringLiteral(".gitignore"))), ignoreBefore);
    }

    void ignoreLinesMatchOnlyTheirPath()
    {
        Fixture f;
        QVERIFY(f.ws.isValid());
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/[1].csv")), "one"));
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/1.csv")), "plain"));
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/*.txt")), "star"));
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/notes.txt")), "notes"));
        DataVersioning data = f.data();
        QVERIFY(data.add({QStringLiteral("data/[1].csv"), QStringLiteral("data/*.txt")}));
        QCOMPARE(gitIgnorePatternFor(QStringLiteral("data/a b ")), QStringLiteral("/data/a b\\ "));
        Result<GitRepository> repo = GitRepository::open(f.ws.root());
        QVERIFY(repo);
        const auto ignored = [&](const char *path) {
            int flag = -1;
            return git_ignore_path_is_ignored(&flag, repo->handle(), path) == 0 && flag == 1;
        };
        QVERIFY(ignored("data/[1].csv"));
        QVERIFY(ignored("data/*.txt"));
        QVERIFY(!ignored("data/1.csv"));
        QVERIFY(!ignored("data/notes.txt"));
    }

    void namesAShellOrGitCannotTakeAsTheyAre()
    {
        // A line break in a name would split the .gitignore line (ignoring other files)
        // and the pointer's comment (a pointer no one can read): refused, nothing written.
        Fixture f;
        QVERIFY(f.ws.isValid());
        const QString broken = QStringLiteral("data/nl\nname.csv");
        QVERIFY(writeFile(f.ws.path(broken), "one"));
        const QByteArray ignoreBefore = readFile(f.ws.path(QStringLiteral(".gitignore")));
        DataVersioning data = f.data();
        Result<QList<DataAddResult>> refused = data.add({broken});
        QVERIFY(!refused);
        QVERIFY2(refused.error().isBadInput(), qPrintable(refused.error().toString()));
        QVERIFY2(refused.error().toString().contains(QStringLiteral("line break")), qPrintable(refused.error().toString()));
        QVERIFY(!QFile::exists(f.ws.path(broken + QStringLiteral(".mlops"))));
        QCOMPARE(readFile(f.ws.path(QStringLiteral(".gitignore"))), ignoreBefore);
        // A name with spaces is quoted in the pointer's restore command, so it can be pasted.
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/my data/a.csv")), "a"));
        QVERIFY(data.add({QStringLiteral("data/my data")}));
        const QByteArray pointer = readFile(f.ws.path(QStringLiteral("data/my data.mlops")));
        QVERIFY2(pointer.contains("# restore it with: mlops data checkout 'data/my data'\n"), pointer.constData());
        QVERIFY(DataPointer::load(f.ws.path(QStringLiteral("data/my data.mlops"))));
    }

    void refusesWhatCannotBeVersioned()
    {
        Fixture f;
        QVERIFY(f.ws.isValid());
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/dir/a.txt")), "a"));
        DataVersioning data = f.data();
        QVERIFY(data.add({QStringLiteral("data/dir")}));
        const QStringList bad{QStringLiteral("data/missing.csv"), QStringLiteral(".mlops/store.db"),
                              QStringLiteral("data/dir/a.txt"), QStringLiteral("mlops.yaml")};
        for (const QString &path : bad) {
            Result<QList<DataAddResult>> r = data.add({path});
            QVERIFY2(!r, qPrintable(path));
            QVERIFY2(r.error().isBadInput(), qPrintable(r.error().toString()));
        }
        QVERIFY(!data.normalize(QStringLiteral("/etc/passwd"), f.ws.root()));
        QCOMPARE(*data.normalize(QStringLiteral("dir/a.txt.mlops"), f.ws.path(QStringLiteral("data"))),
                 QStringLiteral("data/dir/a.txt"));
    }

    void pipelineReadsVersionedDataByHash()
    {
        Fixture f;
        QVERIFY(f.ws.isValid());
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/input.csv")), "x,y\n1,2\n3,4\n"));
        QVERIFY(writeFile(f.ws.path(QStringLiteral("src/count.py")),
                          "import os\n"
                          "src = os.path.join(os.environ['MLOPS_INPUT_RAW'], 'input.csv')\n"
                          "n = len(open(src).read().splitlines())\n"
                          "open(os.path.join(os.environ['MLOPS_OUTPUT_OUT'], 'n.txt'), 'w').write(str(n))\n"));
        QVERIFY(writeFile(f.ws.path(QStringLiteral("pipelines/p.yaml")),
                          "name: p\nsteps:\n  count:\n    type: processing\n    command: [python, src/count.py]\n"
                          "    inputs: {raw: data/input.csv}\n    outputs: [out]\n    cache: false\n"));
        DataVersioning data = f.data();
        Result<QList<DataAddResult>> added = data.add({QStringLiteral("data/input.csv")});
        QVERIFY(added);
        const QString version = added->first().pointer.hash;
        QVERIFY(QFile::remove(f.ws.path(QStringLiteral("data/input.csv"))));

        auto run = [&f]() -> std::pair<RunStatus, QString> {
            const LoadedPipeline loaded = loadAndValidate(f.ws.path(QStringLiteral("pipelines/p.yaml")),
                                                          QStringLiteral("pipelines/p.yaml"), {});
            if (!loaded.ok())
                return {RunStatus::Failed, QStringLiteral("invalid")};
            PipelineExecution execution(*f.workspace, loaded.spec, QStringLiteral("pipelines/p.yaml"), {});
            if (Status s = execution.prepare(); !s)
                return {RunStatus::Failed, s.error().toString()};
            QSignalSpy finished(&execution, &PipelineExecution::finished);
            execution.start();
            if (finished.isEmpty() && !finished.wait(60000))
                return {RunStatus::Failed, QStringLiteral("timeout")};
            return {execution.status(), execution.run().uuid + QLatin1Char('\n') + execution.failureReason()};
        };
        // Not checked out: the step gets the version from the cache.
        auto [status, detail] = run();
        QVERIFY2(status == RunStatus::Completed, qPrintable(detail));
        RunStore runs(f.store->db());
        Result<RunRecord> record = runs.find(detail.section(QLatin1Char('\n'), 0, 0));
        QVERIFY(record);
        const RunRecord &step = record->children.first();
        bool found = false;
        for (const ArtifactRecord &a : step.artifacts) {
            if (a.role == QStringLiteral("input")) {
                QCOMPARE(a.hash, version);
                QCOMPARE(a.path, QStringLiteral("data/input.csv"));
                found = true;
            }
        }
        QVERIFY(found);

        // Checked out and edited without `data add`: the run refuses, naming the file.
        QVERIFY(data.checkout());
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/input.csv")), "x,y\n9,9\n"));
        std::tie(status, detail) = run();
        QCOMPARE(status, RunStatus::Failed);
        QVERIFY2(detail.contains(QStringLiteral("data/input.csv changed since 'mlops data add'")), qPrintable(detail));
    }

    void anInputInsideAFolderThatIsNotCheckedOutSaysSo()
    {
        // The input names one file of a versioned folder that is not checked out: the
        // run says which folder to check out, not merely that the file does not exist.
        Fixture f;
        QVERIFY(f.ws.isValid());
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/my set/input.csv")), "x,y\n1,2\n"));
        QVERIFY(writeFile(f.ws.path(QStringLiteral("pipelines/p.yaml")),
                          "name: p\nsteps:\n  count:\n    type: processing\n    command: [python, -c, pass]\n"
                          "    inputs: {raw: data/my set/input.csv}\n    cache: false\n"));
        DataVersioning data = f.data();
        QVERIFY(data.add({QStringLiteral("data/my set")}));
        QCOMPARE(data.versionedFolderOf(QStringLiteral("data/my set/input.csv")), QStringLiteral("data/my set"));
        QCOMPARE(data.versionedFolderOf(QStringLiteral("data/my set")), QString());
        QVERIFY(QDir(f.ws.path(QStringLiteral("data/my set"))).removeRecursively());
        const LoadedPipeline loaded = loadAndValidate(f.ws.path(QStringLiteral("pipelines/p.yaml")),
                                                      QStringLiteral("pipelines/p.yaml"), {});
        QVERIFY(loaded.ok());
        PipelineExecution execution(*f.workspace, loaded.spec, QStringLiteral("pipelines/p.yaml"), {});
        QVERIFY(execution.prepare());
        QSignalSpy finished(&execution, &PipelineExecution::finished);
        execution.start();
        QVERIFY(!finished.isEmpty() || finished.wait(60000));
        QCOMPARE(execution.status(), RunStatus::Failed);
        QString detail = execution.failureReason();
        RunStore runs(f.store->db());
        if (Result<RunRecord> record = runs.find(execution.run().uuid); record && !record->children.isEmpty())
            detail += QLatin1Char('\n') + record->children.first().failureReason;
        QVERIFY2(detail.contains(QStringLiteral("inside the versioned folder data/my set"))
                     && detail.contains(QStringLiteral("mlops data checkout 'data/my set'")),
                 qPrintable(detail));
    }
};

QTEST_GUILESS_MAIN(TestDataVersioning)
#include "tst_dataversioning.moc"
