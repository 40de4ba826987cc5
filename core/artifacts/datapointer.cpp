// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/artifacts/datapointer.h"

#include "core/artifacts/hasher.h"
#include "core/common/fileutil.h"
#include "core/common/quoting.h"
#include "core/common/yamlutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <optional>
#include <string_view>

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

// The entries in exactly the form toYaml() writes them, one per line:
//   "  - {path: P, hash: H, size: N}" or "  - {path: P, hash: H, size: N, executable: true}"
// with P a plain path of [A-Za-z0-9._/+-] characters. yaml-cpp spends about 50 µs on
// each such line (tests/bench: bench_data, "data status" on 20,000 files), far more
// than the rest of "data status"; these lines are read directly. Anything else — a
// comment, a quoted path, another order, a bad value — gives nullopt, and the whole
// file goes through yaml-cpp, which reports the problem with its line and column.
std::optional<QList<TreeEntry>> canonicalEntries(std::string_view text, qint64 *total)
{
    static constexpr std::string_view kStart = "  - {path: ";
    static constexpr std::string_view kHash = ", hash: ";
    static constexpr std::string_view kSize = ", size: ";
    static constexpr std::string_view kExecutable = ", executable: true}";
    const auto pathChar = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
               || c == '/' || c == '+' || c == '-';
    };
    const auto hexChar = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); };
    QList<TreeEntry> entries;
    *total = 0;
    while (!text.empty()) {
        const size_t eol = text.find('\n');
        std::string_view line = text.substr(0, eol);
        text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
        if (line.empty()) {
            if (text.find_first_not_of('\n') != std::string_view::npos)
                return std::nullopt;
            break;
        }
        if (!line.starts_with(kStart))
            return std::nullopt;
        line.remove_prefix(kStart.size());
        size_t n = 0;
        while (n < line.size() && pathChar(line[n]))
            ++n;
        if (n == 0 || line[0] == '-' || !line.substr(n).starts_with(kHash))
            return std::nullopt;
        const QString path = QString::fromLatin1(line.data(), qsizetype(n));
        static const QStringList kKeywords{QStringLiteral("null"), QStringLiteral("true"), QStringLiteral("false"),
                                           QStringLiteral("yes"),  QStringLiteral("no"),   QStringLiteral("on"),
                                           QStringLiteral("off"),  QStringLiteral("y"),    QStringLiteral("n")};
        if (kKeywords.contains(path, Qt::CaseInsensitive) || !isSafeRelativePath(path))
            return std::nullopt;
        line.remove_prefix(n + kHash.size());
        if (line.size() < 64 || !std::all_of(line.begin(), line.begin() + 64, hexChar))
            return std::nullopt;
        const QString hash = QString::fromLatin1(line.data(), 64);
        line.remove_prefix(64);
        if (!line.starts_with(kSize))
            return std::nullopt;
        line.remove_prefix(kSize.size());
        qint64 size = 0;
        n = 0;
        while (n < line.size() && line[n] >= '0' && line[n] <= '9' && n < 18)
            size = size * 10 + (line[n++] - '0');
        if (n == 0 || (n > 1 && line[0] == '0'))
            return std::nullopt;
        line.remove_prefix(n);
        bool executable = false;
        if (line == kExecutable)
            executable = true;
        else if (line != "}")
            return std::nullopt;
        entries.append(TreeEntry{QDir::cleanPath(path), hash, size, executable});
        *total += size;
    }
    return entries;
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
                      + shellQuoted(shownPath).toUtf8() + "\n";
    text += QByteArray(out.c_str()) + '\n';
    return text;
}

Result<DataPointer> DataPointer::parse(const QString &file, const QByteArray &text)
{
    static constexpr std::string_view kEntries = "\nentries:\n";
    const std::string_view all(text.constData(), size_t(text.size()));
    if (const size_t at = all.find(kEntries); at != std::string_view::npos) {
        qint64 total = 0;
        if (std::optional<QList<TreeEntry>> entries = canonicalEntries(all.substr(at + kEntries.size()), &total))
            return parse(file, text.left(qsizetype(at) + 1), std::move(*entries), total);
    }
    return parse(file, text, std::nullopt, 0);
}

Result<DataPointer> DataPointer::parse(const QString &file, const QByteArray &text,
                                       std::optional<QList<TreeEntry>> canonical, qint64 canonicalTotal)
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
        if ((*root)["entries"] || (*root)["files"] || canonical)
            return yaml::errorAt(file, (*root)["kind"], Text::tr("a file pointer has no 'files' or 'entries'"));
        return p;
    }
    const YAML::Node entries = (*root)["entries"];
    if (!canonical && (!entries || !entries.IsSequence()))
        return Error::at(file, yaml::lineOf(*root), 1, Text::tr("a folder pointer needs the list 'entries'"));
    qint64 total = canonicalTotal;
    if (canonical)
        p.entries = std::move(*canonical);
    for (const YAML::Node &node : canonical ? YAML::Node(YAML::NodeType::Sequence) : entries) {
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
