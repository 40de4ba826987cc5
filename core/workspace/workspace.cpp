// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/workspace/workspace.h"

#include "core/common/datadirs.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::Workspace)
};

QStringList filesUnder(const QString &root, const QString &folder, const QStringList &patterns)
{
    QStringList files;
    const QDir base(root);
    QDirIterator it(base.filePath(folder), patterns, QDir::Files | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString rel = base.relativeFilePath(file);
        // Hidden files and folders (.ipynb_checkpoints, .gitkeep) are not content.
        if (rel.contains(QStringLiteral("/.")))
            continue;
        files.append(rel);
    }
    files.sort();
    return files;
}
} // namespace

std::optional<QString> Workspace::findRoot(const QString &start)
{
    QDir dir(QFileInfo(start).absoluteFilePath());
    for (;;) {
        if (QFileInfo(dir.filePath(manifestFileName())).isFile())
            return dir.absolutePath();
        if (!dir.cdUp())
            return std::nullopt;
    }
}

Result<Workspace> Workspace::open(const QString &root)
{
    const QFileInfo info(root);
    if (!info.isDir())
        return Error::badInput(Text::tr("no such folder"), root);
    Workspace ws;
    ws.m_root = info.absoluteFilePath();
    if (!QFileInfo(ws.manifestPath()).isFile())
        return Error::badInput(Text::tr("not an MLOps Studio workspace: there is no %1 here (create "
                                  "one with 'mlops init')")
                                   .arg(manifestFileName()),
                               ws.m_root);
    Result<WorkspaceManifest> manifest = WorkspaceManifest::load(ws.manifestPath());
    if (!manifest)
        return manifest.error();
    ws.m_manifest = *manifest;
    return ws;
}

Result<Workspace> Workspace::locate(const QString &explicitDir, const QString &start)
{
    // -C DIR runs as if started in DIR: the workspace is found from there, walking up.
    if (!explicitDir.isEmpty() && !QFileInfo(explicitDir).isDir())
        return Error::badInput(Text::tr("no such folder"), QFileInfo(explicitDir).absoluteFilePath());
    const QString from = explicitDir.isEmpty() ? start : explicitDir;
    const std::optional<QString> root = findRoot(from);
    if (!root)
        return Error::badInput(Text::tr("no MLOps Studio workspace found: there is no %1 in this "
                                        "folder or any folder above it (use -C DIR, or create "
                                        "one with 'mlops init')")
                                   .arg(manifestFileName()),
                               QFileInfo(from).absoluteFilePath());
    return open(*root);
}

QString Workspace::python() const
{
    return m_manifest.python.isEmpty() ? defaultPython() : m_manifest.python;
}

QString Workspace::path(const QString &relative) const
{
    return QDir(m_root).filePath(relative);
}

QStringList Workspace::pipelineFiles() const
{
    return filesUnder(m_root, QStringLiteral("pipelines"),
                      {QStringLiteral("*.yaml"), QStringLiteral("*.yml")});
}

QStringList Workspace::notebookFiles() const
{
    return filesUnder(m_root, QStringLiteral("notebooks"), {QStringLiteral("*.ipynb")});
}

QStringList Workspace::dataFiles() const
{
    const QStringList all = filesUnder(m_root, QStringLiteral("data"), {});
    // A pointer file `x.mlops` stands for `x` (a file or a whole folder), whether or not
    // `x` is checked out: it and everything under it count once.
    QStringList pointed;
    for (const QString &file : all) {
        if (file.endsWith(QStringLiteral(".mlops")))
            pointed.append(file.chopped(6));
    }
    QSet<QString> seen;
    QStringList result;
    for (const QString &file : all) {
        QString item = file.endsWith(QStringLiteral(".mlops")) ? file.chopped(6) : file;
        for (const QString &folder : std::as_const(pointed)) {
            if (item.startsWith(folder + QLatin1Char('/')))
                item = folder;
        }
        if (!seen.contains(item)) {
            seen.insert(item);
            result.append(item);
        }
    }
    result.sort();
    return result;
}

WorkspaceCounts Workspace::counts() const
{
    return WorkspaceCounts{int(pipelineFiles().size()), int(notebookFiles().size()),
                           int(dataFiles().size())};
}

QString Workspace::relativePath(const QString &path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString rel = QDir(m_root).relativeFilePath(absolute);
    return rel.startsWith(QStringLiteral("..")) ? absolute : rel;
}

} // namespace mlops
