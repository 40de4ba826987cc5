// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/pipeline/codefingerprint.h"

#include "core/artifacts/datapointer.h"
#include "core/artifacts/hasher.h"
#include "core/artifacts/hashindex.h"
#include "core/vcs/gitrepository.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

namespace mlops {

namespace {

bool underFolder(const QString &path, const QString &folder)
{
    return path.size() > folder.size() && path.startsWith(folder) && path.at(folder.size()) == QLatin1Char('/');
}

/** Every file under the workspace outside hidden folders and what isCodePath() leaves out. */
QStringList walkWorkspace(const Workspace &workspace)
{
    QStringList files;
    const QDir root(workspace.root());
    QStringList pending{workspace.root()};
    while (!pending.isEmpty()) {
        const QString dir = pending.takeLast();
        QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
        while (it.hasNext()) {
            it.next();
            const QFileInfo info = it.fileInfo();
            const QString relative = root.relativeFilePath(info.filePath());
            if (info.isDir()) {
                // Hidden folders (.git, .venv, .mlops) and byte code are no one's source;
                // a link to a folder may lead anywhere, even back up.
                if (!info.isSymLink() && !info.fileName().startsWith(QLatin1Char('.'))
                    && info.fileName() != QStringLiteral("__pycache__") && isCodePath(relative + QStringLiteral("/x")))
                    pending.append(info.filePath());
            } else if (isCodePath(relative)) {
                files.append(relative);
            }
        }
    }
    return files;
}

} // namespace

bool isCodePath(const QString &relativePath)
{
    const QString &p = relativePath;
    if (p.startsWith(QStringLiteral(".mlops/")) || p.startsWith(QStringLiteral("data/"))
        || p.startsWith(QStringLiteral(".git/")))
        return false;
    if (DataPointer::isPointerFile(p) || p == QStringLiteral("mlops.yaml"))
        return false;
    // What git itself reads is no one's code.
    const QString name = p.section(QLatin1Char('/'), -1);
    if (name == QStringLiteral(".gitignore") || name == QStringLiteral(".gitattributes")
        || name == QStringLiteral(".gitmodules"))
        return false;
    if (p.startsWith(QStringLiteral("pipelines/"))
        && (p.endsWith(QStringLiteral(".yaml")) || p.endsWith(QStringLiteral(".yml"))))
        return false;
    // Prose: a README or a note is documentation, not something a step runs or imports.
    if (p.endsWith(QStringLiteral(".md")) || p.endsWith(QStringLiteral(".rst")))
        return false;
    if (p.endsWith(QStringLiteral(".ipynb")) || p.endsWith(QStringLiteral(".pyc"))
        || p.contains(QStringLiteral("__pycache__/")) || p.contains(QStringLiteral(".ipynb_checkpoints/")))
        return false;
    return true;
}

Result<QStringList> workspaceCodeFiles(const Workspace &workspace, const std::optional<QStringList> &untracked)
{
    Result<GitRepository> repo = GitRepository::open(workspace.root(), true);
    QStringList candidates;
    if (!repo) {
        candidates = walkWorkspace(workspace);
    } else {
        Result<QStringList> tracked = repo->trackedFiles();
        if (!tracked)
            return tracked.error();
        QStringList seen = *tracked;
        if (untracked) {
            seen += *untracked;
        } else {
            Result<QList<GitChange>> changes = repo->changes(true);
            if (!changes)
                return changes.error();
            for (const GitChange &c : std::as_const(*changes)) {
                if (c.kind == GitChange::Kind::Untracked)
                    seen.append(c.path);
            }
        }
        // Paths relative to the repository; the workspace may be a subfolder of it.
        const QString prefix = QDir(repo->workdir()).relativeFilePath(workspace.root());
        const bool whole = prefix == QStringLiteral(".") || prefix.isEmpty();
        for (const QString &f : std::as_const(seen)) {
            if (whole)
                candidates.append(f);
            else if (f.startsWith(prefix + QLatin1Char('/')))
                candidates.append(f.mid(prefix.size() + 1));
        }
    }
    // Versioned data is an input, hashed by content when a step names it: the data a
    // pointer stands for is no code, wherever it lies.
    QSet<QString> dataTargets;
    for (const QString &f : std::as_const(candidates)) {
        if (DataPointer::isPointerFile(f))
            dataTargets.insert(f.chopped(DataPointer::suffix().size()));
    }
    QStringList files;
    QSet<QString> unique;
    for (const QString &f : std::as_const(candidates)) {
        if (!isCodePath(f) || unique.contains(f))
            continue;
        bool data = dataTargets.contains(f);
        for (auto it = dataTargets.cbegin(); !data && it != dataTargets.cend(); ++it)
            data = underFolder(f, *it);
        if (data)
            continue;
        unique.insert(f);
        files.append(f);
    }
    files.sort();
    return files;
}

Result<QString> fingerprintFiles(const Workspace &workspace, QStringList files, HashIndex *index)
{
    files.sort();
    files.removeDuplicates();
    QByteArray material;
    QList<IndexedFile> learned;
    for (const QString &file : std::as_const(files)) {
        const QString path = QDir::cleanPath(workspace.path(file));
        const std::optional<FileStamp> stamp = HashIndex::stampOf(path);
        if (!stamp)
            continue;  // deleted in the working tree, or not a regular file
        QString hash;
        if (index) {
            if (std::optional<QString> known = index->lookup(path, *stamp))
                hash = *known;
        }
        if (hash.isEmpty()) {
            Result<ContentDigest> digest = hashFile(path);
            if (!digest)
                return digest.error();
            hash = digest->sha256;
            // Only a file that did not change while it was read is worth remembering, and
            // not one written just now: the kernel's clock for modification times is
            // coarse, so a second write within the same tick could keep the stamp.
            const qint64 ageNs = QDateTime::currentMSecsSinceEpoch() * 1000000LL - stamp->mtimeNs;
            if (index && ageNs > 2000000000LL && HashIndex::stampOf(path) == stamp)
                learned.append(IndexedFile{path, *stamp, hash});
        }
        material += file.toUtf8() + '\0' + hash.toLatin1() + '\n';
    }
    if (index && !learned.isEmpty())
        (void)index->remember(learned);
    return sha256Hex(material);
}

} // namespace mlops
