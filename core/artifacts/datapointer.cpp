// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/artifacts/datapointer.h"

#include "core/artifacts/hasher.h"
#include "core/common/fileutil.h"
#include "core/common/yamlutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::DataPointer)
};

std::string utf8(const QString &text)
{
    return text.toStdString();
}

Result<qint64> sizeField(const QString &file, const YAML::Node &node, const QString &what)
{
    Result<QString> text = yaml::scalar(file, node, what);
    if (!text)
        return text.error();
    bool ok = false;
    const qint64 value = text->toLongLong(&ok);
    if (!ok || value < 0)
        return yaml::errorAt(file, node, Text::tr("%1 must be a number of bytes, not '%2'").arg(what, *text));
    return value;
}

Result<QString> hashField(const QString &file, const YAML::Node &node, const QString &what)
{
    Result<QString> text = yaml::scalar(file, node, what);
    if (!text)
        return text.error();
    if (!isSha256Hex(*text))
        return yaml::errorAt(file, node,
                             Text::tr("%1 must be a SHA-256 hash (64 lowercase hex digits), not '%2'").arg(what, *text));
    return *text;
}

} // namespace

StoredArtifact DataPointer::artifact() const
{
    StoredArtifact a;
    a.hash = hash;
    a.kind = folder ? QStringLiteral("tree") : QStringLiteral("file");
    a.size = size;
    a.files = folder ? int(entries.size()) : 1;
    return a;
}

DataPointer DataPointer::fromContent(const QString &name, const StoredArtifact &artifact,
                                     const QList<TreeEntry> &entries)
{
    DataPointer p;
    p.path = name;
    p.folder = artifact.isTree();
    p.hash = artifact.hash;
    p.size = artifact.size;
    p.entries = entries;
    return p;
}

QByteArray DataPointer::toYaml(const QString &shownPath) const
{
    YAML::Emitter out;
    out << YAML::BeginMap;
    out << YAML::Key << "mlops-data" << YAML::Value << 1;
    out << YAML::Key << "path" << YAML::Value << utf8(path);
    out << YAML::Key << "kind" << YAML::Value << (folder ? "folder" : "file");
    out << YAML::Key << "hash" << YAML::Value << utf8(hash);
    out << YAML::Key << "size" << YAML::Value << size;
    if (folder) {
        out << YAML::Key << "files" << YAML::Value << entries.size();
        out << YAML::Key << "entries" << YAML::Value << YAML::BeginSeq;
        for (const TreeEntry &e : entries) {
            out << YAML::Flow << YAML::BeginMap;
            out << YAML::Key << "path" << YAML::Value << utf8(e.path);
            out << YAML::Key << "hash" << YAML::Value << utf8(e.hash);
            out << YAML::Key << "size" << YAML::Value << e.size;
            if (e.executable)
                out << YAML::Key << "executable" << YAML::Value << true;
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;
    QByteArray text = "# MLOps Studio data pointer (mlops data add). The data is in .mlops/cache, not in git;\n"
                      "# restore it with: mlops data checkout "
                      + shownPath.toUtf8() + "\n";
    text += QByteArray(out.c_str()) + '\n';
    return text;
}

Result<DataPointer> DataPointer::parse(const QString &file, const QByteArray &text)
{
    Result<YAML::Node> root = yaml::parse(file, text);
    if (!root)
        return Error::badInput(root.error().message, file);
    if (!root->IsMap())
        return yaml::errorAt(file, *root, Text::tr("a data pointer must be a mapping of keys to values"));
    if (Status s = yaml::checkKeys(file, *root,
                                   {QStringLiteral("mlops-data"), QStringLiteral("path"), QStringLiteral("kind"),
                                    QStringLiteral("hash"), QStringLiteral("size"), QStringLiteral("files"),
                                    QStringLiteral("entries")},
                                   Text::tr("the data pointer"));
        !s)
        return s.error();
    for (const char *required : {"mlops-data", "path", "kind", "hash", "size"}) {
        if (!(*root)[required])
            return Error::at(file, 1, 1, Text::tr("the data pointer has no '%1'").arg(QLatin1String(required)));
    }
    Result<QString> version = yaml::scalar(file, (*root)["mlops-data"], QStringLiteral("mlops-data"));
    if (!version)
        return version.error();
    if (*version != QStringLiteral("1"))
        return yaml::errorAt(file, (*root)["mlops-data"],
                             Text::tr("data pointer version %1 is not supported by this version of MLOps Studio (it "
                                      "reads version 1)")
                                 .arg(*version));
    DataPointer p;
    Result<QString> path = yaml::scalar(file, (*root)["path"], QStringLiteral("path"));
    if (!path)
        return path.error();
    if (path->isEmpty() || path->contains(QLatin1Char('/')) || *path == QStringLiteral("..")
        || *path == QStringLiteral("."))
        return yaml::errorAt(file, (*root)["path"],
                             Text::tr("'path' must be the name of the data next to the pointer, not '%1'").arg(*path));
    p.path = *path;
    Result<QString> kind = yaml::scalar(file, (*root)["kind"], QStringLiteral("kind"));
    if (!kind)
        return kind.error();
    if (*kind != QStringLiteral("file") && *kind != QStringLiteral("folder"))
        return yaml::errorAt(file, (*root)["kind"],
                             Text::tr("'kind' must be file or folder, not '%1'").arg(*kind));
    p.folder = *kind == QStringLiteral("folder");
    Result<QString> hash = hashField(file, (*root)["hash"], QStringLiteral("hash"));
    if (!hash)
        return hash.error();
    p.hash = *hash;
    Result<qint64> size = sizeField(file, (*root)["size"], QStringLiteral("size"));
    if (!size)
        return size.error();
    p.size = *size;
    if (!p.folder) {
        if ((*root)["entries"] || (*root)["files"])
            return yaml::errorAt(file, (*root)["kind"], Text::tr("a file pointer has no 'files' or 'entries'"));
        return p;
    }
    const YAML::Node entries = (*root)["entries"];
    if (!entries || !entries.IsSequence())
        return Error::at(file, yaml::lineOf(*root), 1, Text::tr("a folder pointer needs the list 'entries'"));
    qint64 total = 0;
    for (const YAML::Node &node : entries) {
        if (!node.IsMap())
            return yaml::errorAt(file, node, Text::tr("each entry must be a mapping with path, hash and size"));
        if (Status s = yaml::checkKeys(file, node,
                                       {QStringLiteral("path"), QStringLiteral("hash"), QStringLiteral("size"),
                                        QStringLiteral("executable")},
                                       Text::tr("an entry"));
            !s)
            return s.error();
        if (!node["path"] || !node["hash"] || !node["size"])
            return yaml::errorAt(file, node, Text::tr("each entry needs path, hash and size"));
        Result<QString> entryPath = yaml::scalar(file, node["path"], QStringLiteral("path"));
        if (!entryPath)
            return entryPath.error();
        if (!isSafeRelativePath(*entryPath) || entryPath->startsWith(QLatin1Char('/')))
            return yaml::errorAt(file, node["path"],
                                 Text::tr("entry path '%1' must stay inside the folder (no '..', not absolute)")
                                     .arg(*entryPath));
        Result<QString> entryHash = hashField(file, node["hash"], QStringLiteral("hash"));
        if (!entryHash)
            return entryHash.error();
        Result<qint64> entrySize = sizeField(file, node["size"], QStringLiteral("size"));
        if (!entrySize)
            return entrySize.error();
        bool executable = false;
        if (node["executable"]) {
            Result<QString> flag = yaml::scalar(file, node["executable"], QStringLiteral("executable"));
            if (!flag)
                return flag.error();
            executable = *flag == QStringLiteral("true");
        }
        p.entries.append(TreeEntry{QDir::cleanPath(*entryPath), *entryHash, *entrySize, executable});
        total += *entrySize;
    }
    if ((*root)["files"]) {
        Result<qint64> files = sizeField(file, (*root)["files"], QStringLiteral("files"));
        if (!files)
            return files.error();
        if (*files != p.entries.size())
            return yaml::errorAt(file, (*root)["files"],
                                 Text::tr("'files' says %1 but the pointer lists %2 entries")
                                     .arg(*files)
                                     .arg(p.entries.size()));
    }
    if (total != p.size)
        return yaml::errorAt(file, (*root)["size"],
                             Text::tr("'size' says %1 bytes but the entries add up to %2").arg(p.size).arg(total));
    std::sort(p.entries.begin(), p.entries.end(),
              [](const TreeEntry &a, const TreeEntry &b) { return a.path < b.path; });
    // The folder's hash is the manifest's: a pointer whose entries do not give its hash
    // was edited by hand and would restore something else.
    if (sha256Hex(ArtifactCache::manifestBytes(p.entries)) != p.hash)
        return yaml::errorAt(file, (*root)["hash"],
                             Text::tr("the folder's hash does not match its entries (was the pointer edited by hand?)"));
    return p;
}

Result<DataPointer> DataPointer::load(const QString &pointerFile)
{
    Result<QByteArray> text = readFile(pointerFile);
    if (!text)
        return text.error();
    Result<DataPointer> p = parse(pointerFile, *text);
    if (!p)
        return p;
    const QString expected = QFileInfo(pointerFile.chopped(suffix().size())).fileName();
    if (p->path != expected)
        return Error::badInput(Text::tr("the pointer names '%1' but sits next to '%2'; rename it or run 'mlops data "
                                        "add' again")
                                   .arg(p->path, expected),
                               pointerFile);
    return p;
}

} // namespace mlops
