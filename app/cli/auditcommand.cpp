// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// mlops audit [--verify]: the governance audit log, and the check that nobody edited it.
#include "app/cli/command.h"
#include "core/governance/auditlog.h"
#include "core/registry/registryaudit.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace mlops::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::cli::AuditCommand)
};
/** The refusal line: the log itself, or the registry against it. */
QString tamperMessage(const AuditVerification &v)
{
    return v.registryProblems.isEmpty()
               ? Text::tr("mlops: error: the audit log was tampered with: %1").arg(v.problem)
               : Text::tr("mlops: error: the model registry does not match the audit log: %1")
                     .arg(v.registryProblems.join(QStringLiteral("\n  ")));
}
} // namespace

int runAudit(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON (format in the README)."));
    const QCommandLineOption verify(QStringLiteral("verify"),
                                    Text::tr("Check the hash chain and the registry against it; exit 1 "
                                             "and name what differs if the log was edited, cut or "
                                             "reordered, or the registry was edited by hand."));
    const QCommandLineOption limit({QStringLiteral("n"), QStringLiteral("limit")},
                                   Text::tr("Show at most N entries (newest first)."), Text::tr("N"));
    parser.addOptions({json, verify, limit});
    const QString usage = Text::tr("Usage: mlops audit [--json] [--verify] [--limit N]");
    if (const int rc = ctx.parse(parser, args, usage); rc >= 0)
        return rc;
    if (parser.positionalArguments().size() > 1)
        return ctx.usageError(Text::tr("audit takes no arguments\n%1").arg(usage));
    int max = 0;
    if (parser.isSet(limit)) {
        bool ok = false;
        max = parser.value(limit).toInt(&ok);
        if (!ok || max <= 0)
            return ctx.usageError(Text::tr("--limit needs a whole number from 1 to %1, not '%2'")
                                      .arg(QString::number(std::numeric_limits<int>::max()), parser.value(limit)));
    }

    Result<Workspace> ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    Result<std::unique_ptr<Store>> store = Store::open(ws->storePath());
    if (!store)
        return ctx.fail(store.error());
    AuditLog log((*store)->db());

    std::optional<AuditVerification> verification;
    if (parser.isSet(verify)) {
        Result<AuditVerification> v = RegistryAudit((*store)->db()).verify();
        if (!v)
            return ctx.fail(v.error());
        verification = *v;
    }

    if (parser.isSet(json)) {
        Result<QList<AuditEntry>> entries = log.recent(max);
        if (!entries)
            return ctx.fail(entries.error());
        QJsonArray array;
        for (const AuditEntry &e : *entries)
            array.append(e.toJson());
        QJsonObject o{{QStringLiteral("entries"), array}};
        if (verification)
            o.insert(QStringLiteral("verification"), verification->toJson());
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        if (verification && !verification->intact) {
            ctx.err << tamperMessage(*verification) << Qt::endl;
            return ExitFailed;
        }
        return ExitOk;
    }

    if (verification) {
        if (!verification->intact) {
            ctx.err << tamperMessage(*verification) << Qt::endl;
            return ExitFailed;
        }
        ctx.out << Text::tr("Audit log intact: %n entries, every hash and link checks out", nullptr,
                            verification->checked)
                << Qt::endl;
        if (verification->versionsChecked > 0)
            ctx.out << Text::tr("Registry matches the log: %n model version(s) checked", nullptr,
                                verification->versionsChecked)
                    << Qt::endl;
        if (verification->checked > 0)
            ctx.out << Text::tr("Head: %1").arg(verification->headHash) << Qt::endl;
        return ExitOk;
    }

    Result<QList<AuditEntry>> entries = log.recent(max);
    if (!entries)
        return ctx.fail(entries.error());
    if (entries->isEmpty()) {
        ctx.out << Text::tr("The audit log is empty: registrations, approvals and alias moves will "
                            "appear here.")
                << Qt::endl;
        return ExitOk;
    }
    for (const AuditEntry &e : *entries) {
        QString line = QStringLiteral("#%1  %2  %3  %4  %5")
                           .arg(QString::number(e.seq).leftJustified(4),
                                e.time().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                e.action.leftJustified(20), e.subject.leftJustified(20), e.actor);
        if (!e.comment.isEmpty())
            line += QStringLiteral("  \"%1\"").arg(e.comment.simplified());
        ctx.out << line << Qt::endl;
    }
    return ExitOk;
}

} // namespace mlops::cli
