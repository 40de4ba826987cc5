// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/runtime/buildcontext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::BuildContext)
};

bool addFile(QCryptographicHash &hash, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return hash.addData(&file);
}
} // namespace

Result<QString> hashBuildContext(const QString &contextDir, const QString &dockerfile)
{
    const QFileInfo context(contextDir);
    if (!context.isDir())
        return Error::badInput(Text::tr("build context is not a folder: %1").arg(contextDir));
    const QFileInfo df(dockerfile);
    if (!df.isFile())
        return Error::badInput(Text::tr("Dockerfile not found: %1").arg(dockerfile));

    QStringList files;
    const QDir root(context.absoluteFilePath());
    QDirIterator it(root.absolutePath(), QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System
                                             | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = root.relativeFilePath(path);
        if (rel == QStringLiteral(".git") || rel.startsWith(QStringLiteral(".git/")))
            continue;
        const QFileInfo info = it.fileInfo();
        if (info.isDir() && !info.isSymLink())
            continue;
        files.append(rel);
    }
    std::sort(files.begin(), files.end());

    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData("mlops-build-context-v1\n");
    for (const QString &rel : files) {
        const QString path = root.filePath(rel);
        const QFileInfo info(path);
        hash.addData(rel.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        if (info.isSymLink()) {
            hash.addData("link:");
            hash.addData(info.symLinkTarget().toUtf8());
        } else {
            hash.addData(info.isExecutable() ? "x:" : "f:");
            QCryptographicHash content(QCryptographicHash::Sha256);
            if (!addFile(content, path))
                return Error{Text::tr("cannot read %1 in the build context").arg(path)};
            hash.addData(content.result());
        }
        hash.addData("\n");
    }
    hash.addData("dockerfile:");
    if (!addFile(hash, df.absoluteFilePath()))
        return Error{Text::tr("cannot read %1").arg(dockerfile)};
    return QString::fromLatin1(hash.result().toHex());
}

QStringList dockerfileBaseImages(const QByteArray &dockerfile)
{
    static const QRegularExpression from(
        QStringLiteral("^\\s*FROM\\s+(?:--\\S+\\s+)*(\\S+)(?:\\s+AS\\s+(\\S+))?\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    QStringList stages;
    QStringList images;
    auto matches = from.globalMatch(QString::fromUtf8(dockerfile));
    while (matches.hasNext()) {
        const QRegularExpressionMatch m = matches.next();
        const QString image = m.captured(1);
        const bool isStage = stages.contains(image, Qt::CaseInsensitive);
        if (!isStage && image != QStringLiteral("scratch") && !image.contains(QLatin1Char('$'))
            && !images.contains(image))
            images.append(image);
        if (!m.captured(2).isEmpty())
            stages.append(m.captured(2));
    }
    return images;
}

} // namespace mlops
