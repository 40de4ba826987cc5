// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/workspace/workspaceinitializer.h"

#include "core/common/datadirs.h"
#include "core/common/fileutil.h"
#include "core/common/suggest.h"
#include "core/store/store.h"
#include "core/workspace/workspace.h"
#include "core/workspace/workspacetemplate.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::WorkspaceInitializer)
};

QString yamlQuoted(QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

/** Template file name → workspace file name (dotfiles are shipped without the dot). */
QString targetName(const QString &relative)
{
    if (relative == QStringLiteral("gitignore"))
        return QStringLiteral(".gitignore");
    return relative;
}

struct TemplateFile
{
    QString relative;  ///< in the workspace
    QByteArray content;
};

/** `{{key}}` replaced by its value, in one pass over the text; unknown keys stay. */
QByteArray fillPlaceholders(const QByteArray &text, const QHash<QByteArray, QByteArray> &values)
{
    QByteArray out;
    out.reserve(text.size());
    qsizetype pos = 0;
    for (;;) {
        const qsizetype open = text.indexOf("{{", pos);
        const qsizetype close = open < 0 ? -1 : text.indexOf("}}", open + 2);
        if (close < 0)
            break;
        const auto value = values.constFind(text.mid(open + 2, close - open - 2));
        if (value == values.cend()) {
            out += text.mid(pos, open + 2 - pos);
            pos = open + 2;
            continue;
        }
        out += text.mid(pos, open - pos);
        out += *value;
        pos = close + 2;
    }
    out += text.mid(pos);
    return out;
}

/** Why mkpath could not make `root`: the first thing in the way, with the system's reason. */
QString whyNotCreated(const QString &root)
{
    QString path = root;
    while (!path.isEmpty() && path != QStringLiteral("/")) {
        const QFileInfo info(path);
        if (info.isSymLink() && !info.exists())
            return Text::tr("%1 is a symbolic link to %2, which does not exist").arg(path, info.symLinkTarget());
        if (info.exists()) {
            if (!info.isDir())
                return Text::tr("%1 is a file, not a folder").arg(path);
            if (!info.isWritable())
                return Text::tr("no permission to create folders in %1").arg(path);
            break;
        }
        path = QFileInfo(path).path();
    }
    return Text::tr("the system refused to create it");
}

QList<TemplateFile> renderTemplate(const WorkspaceTemplate &tmpl, const QString &name,
                                   const QString &python, const QString &identity)
{
    QList<TemplateFile> files;
    const QDir base(tmpl.filesDir());
    QDirIterator it(tmpl.filesDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QByteArray content = file.readAll();
        const QString rel = targetName(base.relativeFilePath(path));
        const bool isYaml = rel.endsWith(QStringLiteral(".yaml"));
        auto value = [isYaml](const QString &v) { return (isYaml ? yamlQuoted(v) : v).toUtf8(); };
        // One pass: a value that itself reads like a placeholder stays as it is.
        content = fillPlaceholders(content, {{"name", value(name)}, {"python", value(python)},
                                             {"identity", value(identity)}});
        files.append({rel, content});
    }
    std::sort(files.begin(), files.end(),
              [](const TemplateFile &a, const TemplateFile &b) { return a.relative < b.relative; });
    return files;
}

/** The generator's exit code is not enough: the data set must be there and complete. */
Status checkDataSet(const WorkspaceTemplate &tmpl, const QString &python, const QString &staging)
{
    if (tmpl.dataFile.isEmpty())
        return {};
    const QString path = QDir(staging).filePath(tmpl.dataFile);
    const auto problem = [&](const QString &what) {
        return Error{Text::tr("cannot produce the %1 data set with %2: %3").arg(tmpl.name, python, what)};
    };
    if (!QFileInfo(path).isFile())
        return problem(Text::tr("it did not write %1").arg(tmpl.dataFile));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return problem(Text::tr("cannot read %1: %2").arg(tmpl.dataFile, file.errorString()));
    int lineNumber = 0;
    int rows = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        const int columns = int(line.count(',')) + 1;
        if (columns != tmpl.dataColumns)
            return problem(Text::tr("%1:%2 has %3 columns instead of %4")
                               .arg(tmpl.dataFile)
                               .arg(lineNumber)
                               .arg(columns)
                               .arg(tmpl.dataColumns));
        if (lineNumber > 1)
            ++rows;
    }
    if (lineNumber == 0)
        return problem(Text::tr("%1 is empty").arg(tmpl.dataFile));
    if (rows != tmpl.dataRows)
        return problem(Text::tr("%1 has %2 data rows instead of %3")
                           .arg(tmpl.dataFile)
                           .arg(rows)
                           .arg(tmpl.dataRows));
    return {};
}

Status runGenerator(const WorkspaceTemplate &tmpl, const QString &python, const QString &staging)
{
    // A bare command name (`python3`) is run as found on PATH.
    const QString program = python.contains(QLatin1Char('/'))
                                ? python
                                : QStandardPaths::findExecutable(python);
    QFile script(tmpl.generatorPath());
    if (!script.open(QIODevice::ReadOnly))
        return Error{Text::tr("the template's data generator is missing"), tmpl.generatorPath()};
    const QString scriptPath = staging + QStringLiteral("/.generate.py");
    if (Status s = writeFileAtomically(scriptPath, script.readAll()); !s)
        return s;
    auto removeScript = qScopeGuard([&] { QFile::remove(scriptPath); });

    if (program.isEmpty() || !QFileInfo(program).isExecutable())
        return Error{Text::tr("cannot produce the %1 data set: the Python interpreter %2 does not "
                        "exist or is not executable (install python3-sklearn, or pass --python)")
                         .arg(tmpl.name, python)};
    QProcess process;
    process.setProgram(program);
    process.setArguments({scriptPath, staging});
    process.setWorkingDirectory(staging);
    process.start();
    if (!process.waitForStarted(30000))
        return Error{Text::tr("cannot produce the %1 data set: %2 did not start: %3")
                         .arg(tmpl.name, python, process.errorString())};
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished(5000);
        return Error{Text::tr("cannot produce the %1 data set: %2 did not finish within 3 minutes")
                         .arg(tmpl.name, python)};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString output = QString::fromUtf8(process.readAllStandardError()).trimmed();
        const QString lastLine = output.section(QLatin1Char('\n'), -1);
        return Error{Text::tr("cannot produce the %1 data set with %2: %3")
                         .arg(tmpl.name, python,
                              lastLine.isEmpty() ? Text::tr("the generator failed") : lastLine)};
    }
    return checkDataSet(tmpl, python, staging);
}

/** Appends `.mlops/` to an existing .gitignore unless it already ignores it. */
QByteArray mergeGitignore(const QByteArray &existing)
{
    for (const QByteArray &line : existing.split('\n')) {
        const QByteArray t = line.trimmed();
        if (t == ".mlops" || t == ".mlops/" || t == "/.mlops" || t == "/.mlops/")
            return existing;
    }
    QByteArray merged = existing;
    if (!merged.isEmpty() && !merged.endsWith('\n'))
        merged += '\n';
    merged += "# Local state of MLOps Studio (store, cache, job folders): never committed.\n"
              ".mlops/\n";
    return merged;
}

/**
 * The interpreter as mlops.yaml records it: a path made absolute against `base`, a bare
 * command name kept as it is (it is looked up on PATH). One that is not there is bad input.
 */
Result<QString> resolvePython(const QString &given, const QString &base)
{
    if (given.isEmpty())
        return defaultPython();
    if (!given.contains(QLatin1Char('/'))) {
        if (QStandardPaths::findExecutable(given).isEmpty())
            return Error::badInput(Text::tr("there is no Python interpreter '%1' on PATH (give "
                                            "its path with --python)")
                                       .arg(given));
        return given;
    }
    const QString path = QDir::cleanPath(QDir(base.isEmpty() ? QDir::currentPath() : base).absoluteFilePath(given));
    const QFileInfo info(path);
    if (!info.exists())
        return Error::badInput(Text::tr("the Python interpreter does not exist"), path);
    if (!info.isFile() || !info.isExecutable())
        return Error::badInput(Text::tr("the Python interpreter is not an executable file"), path);
    return path;
}

/** The highest folder of `path` (itself included) that does not exist yet, or "". */
QString firstMissingFolder(const QString &path)
{
    QString missing;
    for (QFileInfo info(path); !info.exists(); info = QFileInfo(info.absolutePath())) {
        missing = info.absoluteFilePath();
        if (info.absolutePath() == missing)
            break;
    }
    return missing;
}

} // namespace

Result<InitResult> initWorkspace(const InitOptions &options)
{
    const WorkspaceTemplate *tmpl = WorkspaceTemplate::find(options.templateName);
    if (!tmpl)
        return Error::badInput(Text::tr("unknown template '%1' (one of: %2)%3")
                                   .arg(options.templateName,
                                        WorkspaceTemplate::names().join(QStringLiteral(", ")),
                                        didYouMean(options.templateName,
                                                   WorkspaceTemplate::names())));
    if (options.dir.isEmpty())
        return Error::badInput(Text::tr("no folder given for the new workspace"));

    const QFileInfo dirInfo(options.dir);
    const QString root = QDir::cleanPath(dirInfo.absoluteFilePath());
    if (dirInfo.exists() && !dirInfo.isDir())
        return Error::badInput(Text::tr("exists and is not a folder"), root);
    if (QFileInfo::exists(QDir(root).filePath(Workspace::manifestFileName())))
        return Error::badInput(Text::tr("already an MLOps Studio workspace (it has an %1)")
                                   .arg(Workspace::manifestFileName()),
                               root);

    // A workspace inside another one would mix into it: the outer one would read the
    // inner mlops.yaml and pipelines as its own pipelines, data and code.
    QString existingAncestor = QFileInfo(root).absolutePath();
    while (!QFileInfo(existingAncestor).isDir() && QFileInfo(existingAncestor).absolutePath() != existingAncestor)
        existingAncestor = QFileInfo(existingAncestor).absolutePath();
    if (const std::optional<QString> outer = Workspace::findRoot(existingAncestor))
        return Error::badInput(Text::tr("inside the MLOps Studio workspace %1; a workspace cannot hold another "
                                        "(choose a folder outside it)")
                                   .arg(*outer),
                               root);

    InitResult result;
    result.root = root;
    result.templateName = tmpl->name;
    const bool dirExisted = dirInfo.exists();
    const bool empty = isEmptyDirectory(root);
    if (!empty) {
        const std::optional<QString> repoRoot = GitRepository::discover(root);
        if (!repoRoot)
            return Error::badInput(Text::tr("the folder is not empty and is not in a git repository; "
                                      "refusing to create a workspace in it (use an empty or "
                                      "new folder, or a git repository)"),
                                   root);
        result.existingRepository = true;
        result.repositoryRoot = *repoRoot;
    } else {
        result.repositoryRoot = root;
    }

    const QString name = options.name.isEmpty() ? QFileInfo(root).fileName() : options.name;
    if (name.trimmed().isEmpty())
        return Error::badInput(options.name.isEmpty() ? Text::tr("the folder has no name to name the workspace "
                                                                 "after; give one with --name")
                                                      : Text::tr("the workspace name is blank; give a name with "
                                                                 "--name, or leave --name out to use the folder's"));
    if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return Error::badInput(Text::tr("the workspace name cannot hold line breaks or other control characters"));
    Result<QString> resolvedPython = resolvePython(options.python, options.baseDir);
    if (!resolvedPython)
        return resolvedPython.error();
    const QString python = *resolvedPython;

    // Who the commit is by, and the first approver: the git identity of the user.
    GitIdentity identity;
    if (result.existingRepository) {
        Result<GitRepository> repo = GitRepository::open(result.repositoryRoot);
        if (!repo)
            return repo.error();
        identity = repo->identity();
    }

    // Everything created from here on is undone if a later step fails.
    QStringList createdFiles;
    QStringList createdDirs;
    QList<QPair<QString, QByteArray>> replacedFiles;  // the user's version, to put back
    const bool stateDirExisted = QFileInfo::exists(QDir(root).filePath(QStringLiteral(".mlops")));
    // The folders that mkpath creates below: removed again, parents of DIR included.
    const QString firstCreated = firstMissingFolder(root);
    bool done = false;
    auto rollback = qScopeGuard([&] {
        if (done)
            return;
        if (!dirExisted) {
            QDir(firstCreated.isEmpty() ? root : firstCreated).removeRecursively();
            return;
        }
        if (empty) {
            // The folder was empty: leave it as we found it.
            QDir(root).removeRecursively();
            QDir().mkpath(root);
            return;
        }
        for (const QString &file : std::as_const(createdFiles))
            QFile::remove(file);
        for (const auto &[file, previous] : std::as_const(replacedFiles))
            (void)writeFileAtomically(file, previous);
        for (auto it = createdDirs.crbegin(); it != createdDirs.crend(); ++it)
            QDir().rmdir(*it);
        if (!stateDirExisted)
            QDir(QDir(root).filePath(QStringLiteral(".mlops"))).removeRecursively();
    });

    if (!QDir().mkpath(root))
        return Error::badInput(Text::tr("cannot create the folder: %1").arg(whyNotCreated(root)), root);

    std::optional<GitRepository> repo;
    if (!result.existingRepository) {
        Result<GitRepository> created = GitRepository::init(root);
        if (!created)
            return created.error();
        identity = created->identity();
        repo.emplace(std::move(*created));
    } else {
        Result<GitRepository> opened = GitRepository::open(result.repositoryRoot);
        if (!opened)
            return opened.error();
        repo.emplace(std::move(*opened));
    }
    result.author = identity;

    QList<TemplateFile> files = renderTemplate(*tmpl, name, python, identity.toString());
    QStringList mergedFiles;  // relative to the repository

    // Existing repository: keep the user's files. A README stays theirs; .gitignore is
    // merged; any other clash refuses before anything is written.
    if (result.existingRepository) {
        QStringList clashes;
        for (auto it = files.begin(); it != files.end();) {
            const QString target = QDir(root).filePath(it->relative);
            if (!QFileInfo::exists(target) || it->relative.endsWith(QStringLiteral(".gitkeep"))) {
                if (QFileInfo::exists(target))
                    it = files.erase(it);
                else
                    ++it;
                continue;
            }
            if (it->relative == QStringLiteral("README.md")) {
                it = files.erase(it);
            } else if (it->relative == QStringLiteral(".gitignore")) {
                // The working tree keeps the user's rules (staged or not) and gains ours;
                // the commit gets HEAD's version with ours, the index its own with ours.
                Result<QByteArray> existing = readFile(target);
                if (!existing)
                    return existing.error();
                it->content = mergeGitignore(*existing);
                mergedFiles.append(QDir(result.repositoryRoot).relativeFilePath(target));
                ++it;
            } else {
                clashes.append(it->relative);
                ++it;
            }
        }
        if (!clashes.isEmpty())
            return Error::badInput(Text::tr("would overwrite existing files: %1; nothing was changed")
                                       .arg(clashes.join(QStringLiteral(", "))),
                                   root);
    }

    // Stage, generate, then move into place.
    const QString staging = QDir(root).filePath(
        QStringLiteral(".mlops/init-") + QUuid::createUuid().toString(QUuid::Id128).left(12));
    auto removeStaging = qScopeGuard([&] { QDir(staging).removeRecursively(); });
    for (const TemplateFile &file : std::as_const(files)) {
        if (Status s = writeFileAtomically(QDir(staging).filePath(file.relative), file.content); !s)
            return s.error();
    }
    if (tmpl->hasGenerator()) {
        if (Status s = runGenerator(*tmpl, python, staging); !s)
            return s.error();
    }

    QStringList stagedFiles;
    QDirIterator staged(staging, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (staged.hasNext())
        stagedFiles.append(QDir(staging).relativeFilePath(staged.next()));
    stagedFiles.sort();
    QStringList relativeToRepo;
    const QDir repoDir(result.repositoryRoot);
    for (const QString &rel : std::as_const(stagedFiles)) {
        const QString target = QDir(root).filePath(rel);
        // Record every folder we create so a rollback removes exactly those.
        QStringList missing;
        for (QFileInfo parent(QFileInfo(target).absolutePath()); !parent.exists();
             parent = QFileInfo(parent.absolutePath()))
            missing.prepend(parent.absoluteFilePath());
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return Error{Text::tr("cannot create folder"), QFileInfo(target).absolutePath()};
        createdDirs += missing;
        const bool replacing = QFileInfo::exists(target);  // only a merged .gitignore
        QByteArray previous;
        if (replacing) {
            Result<QByteArray> old = readFile(target);
            if (!old)
                return old.error();
            previous = *old;
            if (!QFile::remove(target))
                return Error{Text::tr("cannot update the file"), target};
        }
        if (!QFile::rename(QDir(staging).filePath(rel), target)) {
            if (replacing)
                (void)writeFileAtomically(target, previous);
            return Error{Text::tr("cannot move a new file into place"), target};
        }
        if (replacing)
            replacedFiles.append({target, previous});
        else
            createdFiles.append(target);
        relativeToRepo.append(repoDir.relativeFilePath(target));
    }
    removeStaging.dismiss();
    QDir(staging).removeRecursively();

    // Local state: ignored twice over (the workspace .gitignore and a self-ignoring folder).
    if (Status s = writeFileAtomically(QDir(root).filePath(QStringLiteral(".mlops/.gitignore")),
                                       "*\n");
        !s)
        return s.error();

    Result<std::unique_ptr<Store>> store =
        Store::open(QDir(root).filePath(QStringLiteral(".mlops/store.db")));
    if (!store)
        return store.error();

    // The workspace's own files go in even where an ignore rule of the enclosing
    // repository matches them (as `git add -f`): inside, its own .gitignore decides.
    GitCommitRequest request;
    request.paths = relativeToRepo;
    request.message = result.existingRepository
                          ? Text::tr("Add MLOps Studio workspace '%1'").arg(name)
                          : Text::tr("Create MLOps Studio workspace '%1'").arg(name);
    request.includeIgnored = true;
    for (const QString &file : std::as_const(mergedFiles))
        request.merged.insert(file, [](const std::optional<QByteArray> &version) {
            return mergeGitignore(version.value_or(QByteArray()));
        });
    // All or nothing: when it fails, HEAD and the index are as they were.
    Result<GitCommitResult> commit = repo->commitFiles(request);
    if (!commit)
        return commit.error();
    result.commit = commit->sha;
    result.files = commit->files;

    done = true;
    return result;
}

} // namespace mlops
