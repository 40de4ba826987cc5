// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// Data versioning never records or restores something other than what the user has:
// a corrupted cache object or a pointer with a wrong size is refused by checkout and
// the workspace stays as it was; data reached through a symbolic link, a link itself,
// and folders holding links or empty folders are refused by name instead of being
// copied or silently dropped.
#include "datafixture.h"
#include "testsupport.h"

#include "core/artifacts/dataversioning.h"
#include "core/artifacts/hasher.h"
#include "core/store/store.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest/QTest>

#include <atomic>
#include <thread>

using namespace mlops;
using namespace mlops::test;

namespace {

using Fixture = DataFixture;

/** Overwrites a (read-only) cache object with other bytes of the same size. */
bool corrupt(const QString &object)
{
    QFile::setPermissions(object, QFile::ReadOwner | QFile::WriteOwner);
    QByteArray bytes = readFile(object);
    if (bytes.isEmpty())
        return false;
    bytes[0] = char(bytes.at(0) ^ 0x20);
    return writeFile(object, bytes);
}

QString errorText(const Error &e)
{
    return e.toString();
}

/** Appends to `file` every half millisecond until stopped: a download still in progress. */
class Writer
{
public:
    explicit Writer(const QString &file)
        : m_thread([this, file] {
              QFile out(file);
              if (!out.open(QIODevice::Append))
                  return;
              while (!m_stop) {
                  out.write("more,rows\n");
                  out.flush();
                  ++m_writes;
                  QThread::usleep(500);
              }
          })
    {
        // Appending before the reading starts, however late the thread is scheduled.
        for (int i = 0; i < 10000 && m_writes == 0; ++i)
            QThread::usleep(1000);
    }
    ~Writer() { stop(); }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_writes{0};
    std::thread m_thread;
};

/** Cache objects whose content does not hash to their name. */
QStringList misnamedObjects(const QString &cacheDir)
{
    QStringList bad;
    QDirIterator it(cacheDir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString object = it.next();
        const QString name = QFileInfo(object).dir().dirName() + QFileInfo(object).fileName();
        if (name.size() != 64)
            continue;   // manifests (.dir) and temporary files
        const Result<ContentDigest> digest = hashFile(object);
        if (!digest || digest->sha256 != name)
            bad.append(object);
    }
    return bad;
}

} // namespace

class TestDataIntegrity : public QObject
{
    Q_OBJECT

private slots:
    void checkoutRefusesACorruptedObject()
    {
        Fixture f;
        QVERIFY(f.ws.isValid());
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/a.csv")), "x,y\n1,2\n"));
        DataVersioning data = f.data();
        Result<QList<DataAddResult>> added = data.add({QStringLiteral("data/a.csv")});
        QVERIFY(added);
        const QString object = data.cache().objectPath(added->first().pointer.hash);
        QVERIFY(corrupt(object));
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/a.csv")), "my edit\n"));
        const Result<QList<DataCheckoutResult>> out = data.checkout({}, true);
        QVERIFY(!out);
        QVERIFY2(errorText(out.error()).contains(object), qPrintable(errorText(out.error())));
        QVERIFY2(errorText(out.error()).contains(QStringLiteral("corrupted")), qPrintable(errorText(out.error())));
        QCOMPARE(readFile(f.ws.path(QStringLiteral("data/a.csv"))), QByteArray("my edit\n"));
        QCOMPARE(data.status()->first().state, DataState::Modified);
        // Missing data is not replaced by the corrupted copy either.
        QVERIFY(QFile::remove(f.ws.path(QStringLiteral("data/a.csv"))));
        QVERIFY(!data.checkout());
        QVERIFY(!QFileInfo::exists(f.ws.path(QStringLiteral("data/a.csv"))));
        QCOMPARE(data.status()->first().state, DataState::Missing);
    }

    void folderCheckoutChangesNothingWhenOneObjectIsCorrupted()
    {
        Fixture f;
        QVERIFY(f.ws.isValid());
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/set/a.txt")), "aaaa"));
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/set/b.txt")), "bbbb"));
        DataVersioning data = f.data();
        Result<QList<DataAddResult>> added = data.add({QStringLiteral("data/set")});
        QVERIFY(added);
        QString bHash;
        for (const TreeEntry &e : added->first().pointer.entries)
            if (e.path == QStringLiteral("b.txt"))
                bHash = e.hash;
        QVERIFY(corrupt(data.cache().objectPath(bHash)));
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/set/a.txt")), "edit"));
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/set/b.txt")), "edit"));
        const Result<QList<DataCheckoutResult>> out = data.checkout({}, true);
        QVERIFY(!out);
        QVERIFY2(errorText(out.error()).contains(data.cache().objectPath(bHash)), qPrintable(errorText(out.error())));
        QCOMPARE(readFile(f.ws.path(QStringLiteral("data/set/a.txt"))), QByteArray("edit"));
        QCOMPARE(readFile(f.ws.path(QStringLiteral("data/set/b.txt"))), QByteArray("edit"));
        QCOMPARE(QDir(f.ws.path(QStringLiteral("data/set"))).entryList(QDir::Files | QDir::Hidden).size(), 2);
    }

    void failedCheckoutOfMissingDataLeavesNoFolders()
    {
        // data/deep/set is gone (subfolders and all) and one of its objects is corrupted:
        // the checkout fails and makes no folders, so the data is still just missing.
        Fixture f;
        QVERIFY(f.ws.isValid());
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/deep/set/a.txt")), "aaaa"));
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/deep/set/sub dir/ü/b.txt")), "bbbb"));
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/deep/set.txt")), "cccc"));
        DataVersioning data = f.data();
        Result<QList<DataAddResult>> added = data.add({QStringLiteral("data/deep/set"), QStringLiteral("data/deep/set.txt")});
        QVERIFY(added);
        QString bHash;
        for (const TreeEntry &e : added->first().pointer.entries)
            if (e.path.endsWith(QStringLiteral("b.txt")))
                bHash = e.hash;
        QVERIFY(corrupt(data.cache().objectPath(bHash)));
        QVERIFY(corrupt(data.cache().objectPath(added->at(1).pointer.hash)));
        QVERIFY(QDir(f.ws.path(QStringLiteral("data/deep/set"))).removeRecursively());
        QVERIFY(QFile::remove(f.ws.path(QStringLiteral("data/deep/set.txt"))));
        const Result<QList<DataCheckoutResult>> folder = data.checkout({QStringLiteral("data/deep/set")});
        QVERIFY(!folder);
        QVERIFY2(errorText(folder.error()).contains(QStringLiteral("corrupted")), qPrintable(errorText(folder.error())));
        QVERIFY(!QFileInfo::exists(f.ws.path(QStringLiteral("data/deep/set"))));
        const QStringList left{QStringLiteral("set.mlops"), QStringLiteral("set.txt.mlops")};
        QCOMPARE(QDir(f.ws.path(QStringLiteral("data/deep"))).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), left);
        const Result<QList<DataCheckoutResult>> file = data.checkout({QStringLiteral("data/deep/set.txt")});
        QVERIFY(!file);
        QCOMPARE(QDir(f.ws.path(QStringLiteral("data/deep"))).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), left);
        Result<QList<DataStatus>> st = data.status();
        QVERIFY(st);
        QCOMPARE(st->size(), 2);
        QCOMPARE(st->at(0).state, DataState::Missing);
        QCOMPARE(st->at(1).state, DataState::Missing);
    }

    void checkoutNamesTheFilesTheCacheLacks()
    {
        Fixture f;
        QVERIFY(f.ws.isValid());
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/set/a.txt")), "aaaa"));
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/set/sub/b.txt")), "bbbb"));
        DataVersioning data = f.data();
        Result<QList<DataAddResult>> added = data.add({QStringLiteral("data/set")});
        QVERIFY(added);
        const DataPointer pointer = added->first().pointer;
        QString bHash;
        for (const TreeEntry &e : pointer.entries)
            if (e.path == QStringLiteral("sub/b.txt"))
                bHash = e.hash;
        // The folder's manifest is not needed: its pointer lists every file.
        QVERIFY(QFile::remove(data.cache().manifestPath(pointer.hash)));
        QVERIFY(QDir(f.ws.path(QStringLiteral("data/set"))).removeRecursively());
        Result<QList<DataStatus>> st = data.status();
        QVERIFY(st);
        QVERIFY(st->first().inCache);
        QVERIFY(st->first().notInCache.isEmpty());
        Result<QList<DataCheckoutResult>> out = data.checkout();
        QVERIFY2(out, qPrintable(out ? QString() : errorText(out.error())));
        QCOMPARE(readFile(f.ws.path(QStringLiteral("data/set/sub/b.txt"))), QByteArray("bbbb"));

        // One object gone: status and checkout say which file it is.
        QVERIFY(QDir(f.ws.path(QStringLiteral("data/set"))).removeRecursively());
        QFile::setPermissions(data.cache().objectPath(bHash), QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(QFile::remove(data.cache().objectPath(bHash)));
        st = data.status();
        QVERIFY(st);
        QVERIFY(!st->first().inCache);
        QCOMPARE(st->first().notInCache, QStringList{QStringLiteral("data/set/sub/b.txt (%1)").arg(bHash.left(12))});
        out = data.checkout();
        QVERIFY(!out);
        QVERIFY2(errorText(out.error()).contains(QStringLiteral("data/set/sub/b.txt (%1)").arg(bHash.left(12))),
                 qPrintable(errorText(out.error())));
        QVERIFY(!QFileInfo::exists(f.ws.path(QStringLiteral("data/set"))));
    }

    void dataWrittenWhileItIsReadIsRefused()
    {
        // A file still being written has no one content: add refuses it by name, writes
        // no pointer and leaves no cache object named by a hash its bytes do not have.
        Fixture f;
        QVERIFY(f.ws.isValid());
        const QByteArray block(1 << 20, 'd');
        QByteArray big;
        for (int i = 0; i < 48; ++i)
            big += block;
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/download.csv")), big));
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/set/a.txt")), "aaaa"));
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/set/growing.csv")), big));
        DataVersioning data = f.data();
        const QString cacheDir = data.cache().dir();

        Writer file(f.ws.path(QStringLiteral("data/download.csv")));
        Result<QList<DataAddResult>> r = data.add({QStringLiteral("data/download.csv")});
        file.stop();
        QVERIFY(!r);
        QVERIFY2(errorText(r.error()).contains(QStringLiteral("changed while it was being read"))
                     && errorText(r.error()).contains(QStringLiteral("download.csv")),
                 qPrintable(errorText(r.error())));
        QVERIFY(!QFileInfo::exists(f.ws.path(QStringLiteral("data/download.csv.mlops"))));
        QCOMPARE(misnamedObjects(cacheDir), QStringList());

        Writer inFolder(f.ws.path(QStringLiteral("data/set/growing.csv")));
        r = data.add({QStringLiteral("data/set")});
        inFolder.stop();
        QVERIFY(!r);
        QVERIFY2(errorText(r.error()).contains(QStringLiteral("changed while it was being read"))
                     && errorText(r.error()).contains(QStringLiteral("growing.csv")),
                 qPrintable(errorText(r.error())));
        QVERIFY(!QFileInfo::exists(f.ws.path(QStringLiteral("data/set.mlops"))));
        QCOMPARE(misnamedObjects(cacheDir), QStringList());

        // Once the writing is done, both are added.
        r = data.add({QStringLiteral("data/download.csv"), QStringLiteral("data/set")});
        QVERIFY2(r, qPrintable(r ? QString() : errorText(r.error())));
        QCOMPARE(misnamedObjects(cacheDir), QStringList());
    }

    void aNewFileWhoseBytesAreCachedIsNotRemovedWithoutForce()
    {
        // A copy of a file (or an empty file) added to a versioned folder has bytes the
        // cache holds, but the folder as it is now is no version: checkout without
        // --force refuses rather than deleting the new file.
        Fixture f;
        QVERIFY(f.ws.isValid());
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/set/a.txt")), "aaaa"));
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/set/empty.txt")), ""));
        DataVersioning data = f.data();
        QVERIFY(data.add({QStringLiteral("data/set")}));
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/set/a copy.txt")), "aaaa"));
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/set/notes.txt")), ""));
        Result<QList<DataStatus>> st = data.status();
        QVERIFY(st);
        QCOMPARE(st->first().state, DataState::Modified);
        QVERIFY(!st->first().currentInCache);
        const Result<QList<DataCheckoutResult>> out = data.checkout();
        QVERIFY(!out);
        QVERIFY(out.error().isBadInput());
        QVERIFY2(errorText(out.error()).contains(QStringLiteral("--force")), qPrintable(errorText(out.error())));
        QCOMPARE(readFile(f.ws.path(QStringLiteral("data/set/a copy.txt"))), QByteArray("aaaa"));
        QVERIFY(QFileInfo::exists(f.ws.path(QStringLiteral("data/set/notes.txt"))));
        // Added as a version, it is one the next checkout may replace.
        QVERIFY(data.add({QStringLiteral("data/set")}));
        QVERIFY(data.status()->first().state == DataState::Unchanged);
    }

    void pointerSizeIsChecked()
    {
        Fixture f;
        QVERIFY(f.ws.isValid());
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/a.csv")), "12345"));
        DataVersioning data = f.data();
        QVERIFY(data.add({QStringLiteral("data/a.csv")}));
        const QString pointer = f.ws.path(QStringLiteral("data/a.csv.mlops"));
        QByteArray text = readFile(pointer);
        QVERIFY(text.contains("size: 5\n"));
        text.replace("size: 5\n", "size: 7\n");
        QVERIFY(writeFile(pointer, text));
        Result<QList<DataStatus>> st = data.status();
        QVERIFY(st);
        QCOMPARE(st->first().state, DataState::Unreadable);
        QVERIFY2(st->first().problem.contains(QStringLiteral("7 bytes")), qPrintable(st->first().problem));
        QVERIFY(QFile::remove(f.ws.path(QStringLiteral("data/a.csv"))));
        const Result<QList<DataCheckoutResult>> out = data.checkout();
        QVERIFY(!out);
        QVERIFY2(errorText(out.error()).contains(QStringLiteral("pointer says 7")), qPrintable(errorText(out.error())));
        QVERIFY(!QFileInfo::exists(f.ws.path(QStringLiteral("data/a.csv"))));
    }

    void symbolicLinksAreRefusedByName()
    {
        Fixture f;
        QVERIFY(f.ws.isValid());
        QVERIFY(writeFile(f.ws.path(QStringLiteral("real/x.txt")), "x"));
        QVERIFY(QFile::link(QStringLiteral("real"), f.ws.path(QStringLiteral("sdir"))));
        DataVersioning data = f.data();
        const QByteArray ignoreBefore = readFile(f.ws.path(QStringLiteral(".gitignore")));
        Result<QList<DataAddResult>> r = data.add({QStringLiteral("sdir/x.txt")});
        QVERIFY(!r);
        QVERIFY(r.error().isBadInput());
        QVERIFY2(errorText(r.error()).contains(QStringLiteral("symbolic link sdir")), qPrintable(errorText(r.error())));
        r = data.add({QStringLiteral("sdir")});
        QVERIFY(!r);
        QVERIFY(r.error().isBadInput());
        QVERIFY2(errorText(r.error()).contains(QStringLiteral("sdir is a symbolic link")), qPrintable(errorText(r.error())));
        QVERIFY(!QFileInfo::exists(f.ws.path(QStringLiteral("sdir/x.txt.mlops"))));
        QVERIFY(!QFileInfo::exists(f.ws.path(QStringLiteral("sdir.mlops"))));
        QCOMPARE(readFile(f.ws.path(QStringLiteral(".gitignore"))), ignoreBefore);
        QVERIFY(QFileInfo(f.ws.path(QStringLiteral("sdir"))).isSymLink());
        // The target itself can be versioned.
        QVERIFY(data.add({QStringLiteral("real/x.txt")}));
    }

    void foldersWithLinksOrEmptyFoldersAreRefused()
    {
        Fixture f;
        QVERIFY(f.ws.isValid());
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/set/a.txt")), "a"));
        QVERIFY(writeFile(f.ws.path(QStringLiteral("data/set/inner/b.txt")), "b"));
        QVERIFY(QFile::link(QStringLiteral("inner"), f.ws.path(QStringLiteral("data/set/innerlink"))));
        QVERIFY(QFile::link(QStringLiteral("a.txt"), f.ws.path(QStringLiteral("data/set/alink.txt"))));
        DataVersioning data = f.data();
        Result<QList<DataAddResult>> r = data.add({QStringLiteral("data/set")});
        QVERIFY(!r);
        QVERIFY(r.error().isBadInput());
        QVERIFY2(errorText(r.error()).contains(QStringLiteral("alink.txt, innerlink")), qPrintable(errorText(r.error())));
        QVERIFY(!QFileInfo::exists(f.ws.path(QStringLiteral("data/set.mlops"))));
        QVERIFY(QFile::remove(f.ws.path(QStringLiteral("data/set/innerlink"))));
        QVERIFY(QFile::remove(f.ws.path(QStringLiteral("data/set/alink.txt"))));
        QVERIFY(QDir().mkpath(f.ws.path(QStringLiteral("data/set/empty"))));
        r = data.add({QStringLiteral("data/set")});
        QVERIFY(!r);
        QVERIFY2(errorText(r.error()).contains(QStringLiteral("empty folders")) && errorText(r.error()).contains(QStringLiteral("empty")),
                 qPrintable(errorText(r.error())));
        QVERIFY(!QFileInfo::exists(f.ws.path(QStringLiteral("data/set.mlops"))));
        QVERIFY(QDir().rmdir(f.ws.path(QStringLiteral("data/set/empty"))));
        r = data.add({QStringLiteral("data/set")});
        QVERIFY2(r, qPrintable(r ? QString() : errorText(r.error())));
        QCOMPARE(r->first().pointer.entries.size(), 2);
        // A link that appears later makes the data unreadable, not silently a copy.
        QVERIFY(QFile::link(QStringLiteral("a.txt"), f.ws.path(QStringLiteral("data/set/later.txt"))));
        Result<QList<DataStatus>> st = data.status();
        QVERIFY(st);
        QCOMPARE(st->first().state, DataState::Unreadable);
        QVERIFY2(st->first().problem.contains(QStringLiteral("later.txt")), qPrintable(st->first().problem));
    }
};

QTEST_GUILESS_MAIN(TestDataIntegrity)
#include "tst_dataintegrity.moc"
