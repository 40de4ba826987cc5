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

/** Docker's pattern (moby patternmatcher) as an anchored regular expression. */
QString patternRegex(const QString &pattern)
{
    QString regex = QStringLiteral("^");
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('*')) {
            if (i + 1 < pattern.size() && pattern.at(i + 1) == QLatin1Char('*')) {
                ++i;
                if (i + 1 < pattern.size() && pattern.at(i + 1) == QLatin1Char('/'))
                    ++i;
                if (i + 1 >= pattern.size())
                    regex += regex == QStringLiteral("^") ? QStringLiteral(".*") : QStringLiteral("(/.*)?");
                else
                    regex += QStringLiteral("(.*/)?");
            } else {
                regex += QStringLiteral("[^/]*");
            }
        } else if (c == QLatin1Char('?')) {
            regex += QStringLiteral("[^/]");
        } else if (c == QLatin1Char('[')) {
            // A class passes through; Go's negation `[^…]` is the regex's too.
            const qsizetype end = pattern.indexOf(QLatin1Char(']'), i + 1);
            if (end < 0) {
                regex += QStringLiteral("\\[");
                continue;
            }
            regex += pattern.mid(i, end - i + 1);
            i = end;
        } else if (c == QLatin1Char('\\') && i + 1 < pattern.size()) {
            regex += QRegularExpression::escape(pattern.at(++i));
        } else {
            regex += QRegularExpression::escape(c);
        }
    }
    return regex + QLatin1Char('$');
}
} // namespace

DockerIgnore DockerIgnore::parse(const QByteArray &text)
{
    DockerIgnore ignore;
    for (const QByteArray &raw : text.split('\n')) {
        QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        Pattern pattern;
        if (line.startsWith(QLatin1Char('!'))) {
            pattern.exception = true;
            line = line.mid(1).trimmed();
        }
        line = QDir::cleanPath(line);
        while (line.startsWith(QLatin1Char('/')))
            line.remove(0, 1);
        if (line.isEmpty() || line == QStringLiteral("."))
            continue;
        pattern.regex = QRegularExpression(patternRegex(line));
        if (pattern.regex.isValid())
            ignore.m_patterns.append(pattern);
    }
    return ignore;
}

DockerIgnore DockerIgnore::ofContext(const QString &contextDir)
{
    QFile file(QDir(contextDir).filePath(QStringLiteral(".dockerignore")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parse(file.readAll());
}

bool DockerIgnore::excludes(const QString &relativePath) const
{
    // As Docker: the path or one of its parent folders matches; the last match decides.
    const QStringList parts = relativePath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    bool excluded = false;
    for (const Pattern &pattern : m_patterns) {
        if (pattern.exception != excluded)
            continue;   // an exception only matters for what is excluded, and vice versa
        bool match = pattern.regex.match(relativePath).hasMatch();
        for (qsizetype n = 1; !match && n < parts.size(); ++n)
            match = pattern.regex.match(parts.first(n).join(QLatin1Char('/'))).hasMatch();
        if (match)
            excluded = !pattern.exception;
    }
    return excluded;
}

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
    const DockerIgnore ignore = DockerIgnore::ofContext(root.absolutePath());
    QDirIterator it(root.absolutePath(), QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System
                                             | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = root.relativeFilePath(path);
        const QString top = rel.section(QLatin1Char('/'), 0, 0);
        if (top == QStringLiteral(".git") || top == QStringLiteral(".mlops") || ignore.excludes(rel))
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
