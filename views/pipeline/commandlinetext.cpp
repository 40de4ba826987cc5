// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/commandlinetext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mlops::commandlinetext {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::CommandLineText)
};
} // namespace

QString join(const QStringList &arguments)
{
    QStringList parts;
    for (const QString &a : arguments) {
        const bool plain = !a.isEmpty() && !a.contains(QRegularExpression(QStringLiteral("[\\s\"'\\\\]")));
        if (plain) {
            parts.append(a);
            continue;
        }
        QString escaped = a;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        parts.append(QLatin1Char('"') + escaped + QLatin1Char('"'));
    }
    return parts.join(QLatin1Char(' '));
}

Result<QStringList> split(const QString &text)
{
    QStringList args;
    QString current;
    bool inArg = false;
    QChar quote;
    int quoteStart = 0;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            } else if (quote == QLatin1Char('"') && c == QLatin1Char('\\') && i + 1 < text.size()) {
                current += text.at(++i);
            } else {
                current += c;
            }
            continue;
        }
        if (c.isSpace()) {
            if (inArg)
                args.append(current);
            current.clear();
            inArg = false;
            continue;
        }
        inArg = true;
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
            quoteStart = i;
            continue;
        }
        current += c;
    }
    if (!quote.isNull()) {
        Error e = Error::badInput(Text::tr("the quote at column %1 is not closed").arg(quoteStart + 1));
        e.column = quoteStart + 1;
        return e;
    }
    if (inArg)
        args.append(current);
    return args;
}

QStringList splitNames(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
}

} // namespace mlops::commandlinetext
