// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/artifacts/artifactcache.h"

#include "core/artifacts/filecopy.h"
#include "core/artifacts/hasher.h"
#include "core/common/fileutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::ArtifactCache)
};

QString tempName(const QString &target)
{
    return target + QStringLiteral(".tmp-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

} // namespace

ArtifactCache::ArtifactCache(QString dir) : m_dir(std::move(dir)) {}

QByteArray ArtifactCache::manifestBytes(const QList<TreeEntry> &entries)
{
    // The compact JSON that QJsonDocument writes for
    //   {"entries": [{"executable", "hash", "path", "size"}…], "type": "tree"}
    // (keys sorted), byte for byte: tree hashes depend on it. Written directly because
    // building QJsonObjects took a third of "data status" on 20,000 files; a path that
    // needs escaping still goes through QJsonDocument, so escapes stay Qt's.
    const auto plain = [](const QString &text) {
        return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
            return c.unicode() >= 0x20 && c != QLatin1Char('"') && c != QLatin1Char('\\') && c.unicode() != 0x7f
                   && !c.isSurrogate();
        });
    };
    const auto appendString = [&plain](QByteArray &out, const QString &text) {
        if (plain(text)) {
            out += '"';
            out += text.toUtf8();
            out += '"';
        } else {
            const QByteArray quoted = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
            out += QByteArrayView(quoted).sliced(1, quoted.size() - 2);   // without [ ]
        }
    };
    QByteArray out;
    out.reserve(20 + entries.size() * 140);
    out += "{\"entries\":[";
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const TreeEntry &e = entries.at(i);
        if (i > 0)
            out += ',';
        out += e.executable ? "{\"executable\":true,\"hash\":" : "{\"executable\":false,\"hash\":";
        appendString(out, e.hash);
        out += ",\"path\":";
        appendString(out, e.path);
        out += ",\"size\":";
        out += QByteArray::number(e.size);
        out += '}';
    }
    out += "],\"type\":\"tree\"}";
    return out;
}

QString ArtifactCache::newTempPath() const
{
    const QString dir = m_dir + QStringLiteral("/tmp");
    QDir().mkpath(dir);
    return dir + QStringLiteral("/object-") + QUuid::createUuid().toString(QUuid::Id128);
}

Status ArtifactCache::adoptObject(const QString &tempPath, const QString &hash)
{
    const QString target = objectPath(hash);
    if (QFileInfo::exists(target)) {
        QFile::remove(tempPath);
        return {};
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        QFile::remove(tempPath);
        return Error{Text::tr("cannot create a cache folder"), QFileInfo(target).absolutePath()};
    }
    QFile::setPermissions(tempPath, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    if (!QFile::rename(tempPath, target)) {
        QFile::remove(tempPath);
        if (!QFileInfo::exists(target))
            return Error{Text::tr("cannot move an object into the artifact cache"), target};
    }
    return {};
}

Status ArtifactCache::putFile(const QString &sourcePath, const QString &hash)
{
    return putObject(sourcePath, hash);
}

Result<StoredArtifact> ArtifactCache::putTree(QList<TreeEntry> entries)
{
    std::sort(entries.begin(), entries.end(),
              [](const TreeEntry &a, const TreeEntry &b) { return a.path < b.path; });
    const QByteArray manifest = manifestBytes(entries);
    StoredArtifact a;
    a.hash = sha256Hex(manifest);
    a.kind = QStringLiteral("tree");
    a.files = int(entries.size());
    for (const TreeEntry &e : std::as_const(entries))
        a.size += e.size;
    if (Status s = putBytes(manifestPath(a.hash), manifest); !s)
        return s.error();
    return a;
}

QString ArtifactCache::objectPath(const QString &hash) const
{
    return m_dir + QLatin1Char('/') + hash.left(2) + QLatin1Char('/') + hash.mid(2);
}

QString ArtifactCache::manifestPath(const QString &hash) const
{
    return objectPath(hash) + QStringLiteral(".dir");
}

bool ArtifactCache::hasFile(const QString &hash) const
{
    return isSha256Hex(hash) && QFileInfo::exists(objectPath(hash));
}

bool ArtifactCache::hasTree(const QString &hash) const
{
    return isSha256Hex(hash) && QFileInfo::exists(manifestPath(hash));
}

bool ArtifactCache::contains(const StoredArtifact &artifact) const
{
    if (!artifact.isTree())
        return hasFile(artifact.hash);
    Result<QList<TreeEntry>> entries = readTree(artifact.hash);
    if (!entries)
        return false;
    return std::all_of(entries->cbegin(), entries->cend(),
                       [this](const TreeEntry &e) { return hasFile(e.hash); });
}

Status ArtifactCache::putObject(const QString &sourcePath, const QString &hash)
{
    const QString target = objectPath(hash);
    if (QFileInfo::exists(target))
        return {};
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return Error{Text::tr("cannot create a cache folder"), QFileInfo(target).absolutePath()};
    const QString temp = tempName(target);
    if (Status s = copyFileFast(sourcePath, temp); !s) {
        QFile::remove(temp);
        return Error{Text::tr("cannot copy into the artifact cache"), sourcePath};
    }
    QFile::setPermissions(temp, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    if (!QFile::rename(temp, target)) {
        QFile::remove(temp);
        // Another writer may have put the same object in place meanwhile.
        if (!QFileInfo::exists(target))
            return Error{Text::tr("cannot move an object into the artifact cache"), target};
    }
    return {};
}

Status ArtifactCache::putBytes(const QString &target, const QByteArray &data)
{
    if (QFileInfo::exists(target))
        return {};
    return writeFileAtomically(target, data);
}

Result<StoredArtifact> ArtifactCache::storeFile(const QString &path)
{
    Result<ContentDigest> digest = hashFile(path);
    if (!digest)
        return digest.error();
    if (Status s = putObject(path, digest->sha256); !s)
        return s.error();
    StoredArtifact a;
    a.hash = digest->sha256;
    a.kind = QStringLiteral("file");
    a.size = digest->size;
    a.files = 1;
    return a;
}

Result<StoredArtifact> ArtifactCache::storeTree(const QString &dirPath)
{
    const QDir root(dirPath);
    const QString canonicalRoot = QFileInfo(dirPath).canonicalFilePath();
    QList<TreeEntry> entries;
    QDirIterator it(dirPath, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink()) {
            const QString target = info.canonicalFilePath();
            if (target.isEmpty() || !(target.startsWith(canonicalRoot + QLatin1Char('/'))))
                return Error{Text::tr("a symbolic link leads out of the folder; refusing to store it"),
                             file};
        }
        if (!info.isFile())
            continue;
        Result<ContentDigest> digest = hashFile(file);
        if (!digest)
            return digest.error();
        if (Status s = putObject(file, digest->sha256); !s)
            return s.error();
        entries.append(TreeEntry{root.relativeFilePath(file), digest->sha256, digest->size,
                                 info.isExecutable()});
    }
    return putTree(std::move(entries));
}

Result<StoredArtifact> ArtifactCache::store(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return storeTree(path);
    if (info.isFile())
        return storeFile(path);
    return Error{Text::tr("no such file or folder"), path};
}

Result<StoredArtifact> ArtifactCache::storeBytes(const QByteArray &data)
{
    StoredArtifact a;
    a.hash = sha256Hex(data);
    a.size = data.size();
    if (Status s = putBytes(objectPath(a.hash), data); !s)
        return s.error();
    return a;
}

Result<QList<TreeEntry>> ArtifactCache::readTree(const QString &hash) const
{
    if (!isSha256Hex(hash))
        return Error::badInput(Text::tr("'%1' is not a content hash").arg(hash));
    Result<QByteArray> bytes = readFile(manifestPath(hash));
    if (!bytes)
        return bytes.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &parseError);
    if (!doc.isObject())
        return Error{Text::tr("damaged folder manifest: %1").arg(parseError.errorString()),
                     manifestPath(hash)};
    QList<TreeEntry> entries;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("entries")).toArray()) {
        const QJsonObject o = v.toObject();
        TreeEntry e{o.value(QStringLiteral("path")).toString(), o.value(QStringLiteral("hash")).toString(),
                    qint64(o.value(QStringLiteral("size")).toDouble()),
                    o.value(QStringLiteral("executable")).toBool()};
        if (!isSafeRelativePath(e.path) || !isSha256Hex(e.hash))
            return Error{Text::tr("damaged folder manifest: bad entry '%1'").arg(e.path),
                         manifestPath(hash)};
        entries.append(e);
    }
    return entries;
}

Result<QString> ArtifactCache::fileInTree(const QString &treeHash, const QString &relativePath) const
{
    Result<QList<TreeEntry>> entries = readTree(treeHash);
    if (!entries)
        return entries.error();
    const QString wanted = QDir::cleanPath(relativePath);
    for (const TreeEntry &e : std::as_const(*entries)) {
        if (e.path == wanted)
            return e.hash;
    }
    return Error::badInput(Text::tr("there is no file '%1' in the stored folder").arg(relativePath));
}

Status ArtifactCache::materialize(const StoredArtifact &artifact, const QString &destination) const
{
    auto copyObject = [this](const QString &hash, const QString &target, bool executable) -> Status {
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return Error{Text::tr("cannot create folder"), QFileInfo(target).absolutePath()};
        if (QFileInfo::exists(target) || QFileInfo(target).isSymLink())
            QFile::remove(target);
        if (!copyFileFast(objectPath(hash), target))
            return Error{Text::tr("cannot copy out of the artifact cache (object %1)").arg(hash.left(12)),
                         target};
        QFile::Permissions p = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
        if (executable)
            p |= QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
        QFile::setPermissions(target, p);
        return {};
    };
    if (!artifact.isTree()) {
        if (!hasFile(artifact.hash))
            return Error{Text::tr("object %1 is missing from the artifact cache").arg(artifact.hash.left(12)),
                         m_dir};
        return copyObject(artifact.hash, destination, false);
    }
    Result<QList<TreeEntry>> entries = readTree(artifact.hash);
    if (!entries)
        return entries.error();
    if (!QDir().mkpath(destination))
        return Error{Text::tr("cannot create folder"), destination};
    for (const TreeEntry &e : std::as_const(*entries)) {
        if (Status s = copyObject(e.hash, QDir(destination).filePath(e.path), e.executable); !s)
            return s;
    }
    return {};
}

} // namespace mlops
