// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/common/fileutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

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

} // namespace mlops
