// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/common/fileutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::FileUtil)
};
} // namespace

Status writeFileAtomically(const QString &path, const QByteArray &data)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{Text::tr("cannot create folder %1").arg(info.absolutePath()), path};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Text::tr("cannot write: %1").arg(file.errorString()), path};
    if (file.write(data) != data.size()) {
        file.cancelWriting();
        return Error{Text::tr("cannot write: %1").arg(file.errorString()), path};
    }
    if (!file.commit())
        return Error{Text::tr("cannot save: %1").arg(file.errorString()), path};
    return {};
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Text::tr("cannot read: %1").arg(file.errorString()), path};
    return file.readAll();
}

bool isEmptyDirectory(const QString &dir)
{
    const QDir d(dir);
    if (!d.exists())
        return true;
    return d.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
        .isEmpty();
}

bool isPathInside(const QString &root, const QString &path)
{
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    if (canonicalRoot.isEmpty())
        return false;
    // The path may not exist yet: resolve its deepest existing ancestor.
    QFileInfo info(QDir::cleanPath(QDir(root).absoluteFilePath(path)));
    QString suffix;
    while (!info.exists()) {
        suffix = info.fileName() + (suffix.isEmpty() ? QString() : QLatin1Char('/') + suffix);
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath())
            return false;
        info = QFileInfo(parent);
    }
    QString resolved = info.canonicalFilePath();
    if (!suffix.isEmpty())
        resolved = QDir::cleanPath(resolved + QLatin1Char('/') + suffix);
    return resolved == canonicalRoot || resolved.startsWith(canonicalRoot + QLatin1Char('/'));
}

bool isSafeRelativePath(const QString &relativePath)
{
    if (relativePath.isEmpty() || QDir::isAbsolutePath(relativePath))
        return false;
    const QStringList parts = QDir::cleanPath(relativePath).split(QLatin1Char('/'));
    return !parts.contains(QStringLiteral(".."));
}

Status setTreeReadOnly(const QString &path, bool readOnly)
{
    struct stat st = {};
    const QByteArray native = QFile::encodeName(path);
    if (::lstat(native.constData(), &st) != 0)
        return Error{Text::tr("cannot read %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))), path};
    if (S_ISLNK(st.st_mode))
        return {};
    const bool isDir = S_ISDIR(st.st_mode);
    const mode_t exec = st.st_mode & 0111;
    const mode_t mode = isDir ? (readOnly ? 0555 : 0755) : (readOnly ? 0444 | exec : 0644 | exec);
    auto apply = [&]() -> Status {
        if (::chmod(native.constData(), mode) != 0)
            return Error{Text::tr("cannot change the permissions of %1: %2")
                             .arg(path, QString::fromLocal8Bit(std::strerror(errno))),
                         path};
        return {};
    };
    if (!isDir)
        return apply();
    // A folder opens before its entries change and closes after them.
    if (!readOnly) {
        if (Status s = apply(); !s)
            return s;
    }
    const QStringList entries =
        QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        if (Status s = setTreeReadOnly(QDir(path).filePath(entry), readOnly); !s)
            return s;
    }
    return readOnly ? apply() : Status();
}

} // namespace mlops
