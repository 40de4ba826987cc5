// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/vcs/documentdiff.h"

#include "core/common/fileutil.h"
#include "core/vcs/gitrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::DocumentDiff)
};
} // namespace

QString notebookAsText(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return QString::fromUtf8(json);
    QString text;
    int n = 0;
    for (const QJsonValue &cell : doc.object().value(QStringLiteral("cells")).toArray()) {
        const QJsonObject c = cell.toObject();
        const QJsonValue source = c.value(QStringLiteral("source"));
        QString body;
        if (source.isArray()) {
            for (const QJsonValue &line : source.toArray())
                body += line.toString();
        } else {
            body = source.toString();
        }
        if (!body.endsWith(QLatin1Char('\n')))
            body += QLatin1Char('\n');
        text += QStringLiteral("# %% [%1] cell %2\n").arg(c.value(QStringLiteral("cell_type")).toString()).arg(++n) + body;
    }
    return text;
}

Result<DocumentDiff> diffDocument(const GitRepository &repo, const QString &path, const QString &from, const QString &to)
{
    DocumentDiff diff;
    diff.path = QDir::cleanPath(path);
    Result<QString> fromSha = repo.resolveCommit(from);
    if (!fromSha)
        return fromSha.error();
    diff.from = *fromSha;
    QByteArray before;
    bool existed = false;
    if (Result<QByteArray> content = repo.fileAt(diff.from, diff.path); content) {
        before = *content;
        existed = true;
    }
    QByteArray after;
    bool exists = false;
    if (to.isEmpty()) {
        const QString file = QDir(repo.workdir()).filePath(diff.path);
        if (QFileInfo(file).isFile()) {
            Result<QByteArray> content = readFile(file);
            if (!content)
                return content.error();
            after = *content;
            exists = true;
        }
    } else {
        Result<QString> toSha = repo.resolveCommit(to);
        if (!toSha)
            return toSha.error();
        diff.to = *toSha;
        if (Result<QByteArray> content = repo.fileAt(diff.to, diff.path); content) {
            after = *content;
            exists = true;
        }
    }
    // Nothing on either side is not "no differences": the file was not there yet (or any more).
    if (!existed && !exists)
        return Error::badInput(to.isEmpty() ? Text::tr("%1 is neither at commit %2 nor in the working tree")
                                                  .arg(diff.path, diff.from.left(8))
                                            : diff.from == diff.to
                                                ? Text::tr("%1 is not at commit %2").arg(diff.path, diff.from.left(8))
                                                : Text::tr("%1 is at neither commit %2 nor commit %3")
                                                      .arg(diff.path, diff.from.left(8), diff.to.left(8)));
    diff.notebook = diff.path.endsWith(QStringLiteral(".ipynb"));
    if (diff.notebook) {
        before = before.isEmpty() ? QByteArray() : notebookAsText(before).toUtf8();
        after = after.isEmpty() ? QByteArray() : notebookAsText(after).toUtf8();
    }
    Result<QString> text = GitRepository::diffTexts(before, after, diff.path, diff.path);
    if (!text)
        return text.error();
    diff.text = *text;
    return diff;
}

} // namespace mlops
