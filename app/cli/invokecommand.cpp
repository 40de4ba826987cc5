// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "app/cli/command.h"
#include "core/serving/modelserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QUrl>

#include <cstdio>

namespace mlops::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::cli::InvokeCommand)
};
} // namespace

int runInvoke(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption contentType({QStringLiteral("t"), QStringLiteral("content-type")},
                                         Text::tr("Content-Type of the body (text/csv, application/json…)."),
                                         Text::tr("TYPE"));
    const QCommandLineOption accept({QStringLiteral("a"), QStringLiteral("accept")},
                                    Text::tr("Accept: the response type wanted."), Text::tr("TYPE"));
    const QCommandLineOption body(QStringLiteral("body"), Text::tr("The request body."), Text::tr("TEXT"));
    const QCommandLineOption file(QStringLiteral("file"), Text::tr("Read the body from FILE ('-': stdin)."),
                                  Text::tr("FILE"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     Text::tr("Seconds to wait for the answer (default 60, SageMaker's limit)."),
                                     Text::tr("SECONDS"), QStringLiteral("60"));
    parser.addOptions({contentType, accept, body, file, timeout});
    const QString usage = Text::tr("Usage: mlops invoke URL --content-type TYPE [--accept TYPE] "
                                   "(--body TEXT | --file FILE)");
    if (const int rc = ctx.parse(parser, args, usage); rc >= 0)
        return rc;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return ctx.usageError(Text::tr("invoke needs exactly one URL\n%1").arg(usage));
    QUrl url = QUrl::fromUserInput(positional.first());
    if (!url.isValid() || (url.scheme() != QStringLiteral("http") && url.scheme() != QStringLiteral("https")))
        return ctx.usageError(Text::tr("not an http URL: %1").arg(positional.first()));
    if (url.path().isEmpty() || url.path() == QStringLiteral("/"))
        url.setPath(QStringLiteral("/invocations"));
    if (!parser.isSet(contentType))
        return ctx.usageError(Text::tr("--content-type is required\n%1").arg(usage));
    if (parser.isSet(body) == parser.isSet(file))
        return ctx.usageError(Text::tr("give exactly one of --body and --file\n%1").arg(usage));
    bool ok = false;
    const int seconds = parser.value(timeout).toInt(&ok);
    if (!ok || seconds <= 0)
        return ctx.usageError(Text::tr("--timeout needs a positive number of seconds"));

    QByteArray payload;
    if (parser.isSet(body)) {
        payload = parser.value(body).toUtf8();
    } else {
        QFile in;
        const QString name = parser.value(file);
        const bool opened = name == QStringLiteral("-") ? in.open(stdin, QIODevice::ReadOnly)
                                                        : (in.setFileName(QDir(ctx.currentDir).absoluteFilePath(name)),
                                                           in.open(QIODevice::ReadOnly));
        if (!opened)
            return ctx.fail(Error::badInput(Text::tr("cannot read %1: %2").arg(name, in.errorString())));
        payload = in.readAll();
    }

    const HttpReply reply = httpRequest(url, "POST", payload, parser.value(contentType), parser.value(accept),
                                        seconds * 1000);
    if (reply.status == 0)
        return ctx.fail(Error{Text::tr("no answer from %1: %2").arg(url.toString(), reply.error)});
    if (reply.status >= 400) {
        const QString message = QString::fromUtf8(reply.body).trimmed();
        return ctx.fail(Error{Text::tr("HTTP %1 %2%3")
                                  .arg(reply.status)
                                  .arg(reply.reason, message.isEmpty() ? QString() : QStringLiteral(": ") + message)});
    }
    ctx.out.flush();
    std::fwrite(reply.body.constData(), 1, size_t(reply.body.size()), stdout);
    if (!reply.body.endsWith('\n'))
        std::fputc('\n', stdout);
    std::fflush(stdout);
    return ExitOk;
}

} // namespace mlops::cli
