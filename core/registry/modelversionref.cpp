// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/registry/modelversionref.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::ModelVersionRef)
};
} // namespace

Status ModelVersionRef::checkGroupName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"));
    if (!pattern.match(name).hasMatch())
        return Error::badInput(Text::tr("'%1' is not a model group name: use letters, digits, '-', "
                                        "'_' or '.', starting with a letter or digit (at most 63)")
                                   .arg(name));
    return {};
}

Status ModelVersionRef::checkAlias(const QString &alias)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_-]{0,62}$"));
    if (!pattern.match(alias).hasMatch())
        return Error::badInput(Text::tr("'%1' is not an alias name: use lowercase letters, digits, "
                                        "'-' or '_', starting with a letter, at most 63 characters "
                                        "(e.g. champion)")
                                   .arg(alias.size() > 80 ? alias.left(40) + QStringLiteral("…") : alias));
    if (alias == QStringLiteral("latest"))
        return Error::badInput(Text::tr("'latest' is reserved: it always means the newest version"));
    return {};
}

Result<ModelVersionRef> ModelVersionRef::parse(const QString &text)
{
    const QString &t = text;
    if (t.trimmed() != t)
        return Error::badInput(Text::tr("'%1' does not name a model version: remove the spaces around it")
                                   .arg(t));
    const auto usage = [&t] {
        return Error::badInput(Text::tr("'%1' does not name a model version: write GROUP/VERSION "
                                        "(e.g. breast-cancer/3) or GROUP@ALIAS (e.g. "
                                        "breast-cancer@champion)")
                                   .arg(t));
    };
    ModelVersionRef ref;
    const qsizetype at = t.indexOf(QLatin1Char('@'));
    const qsizetype slash = t.lastIndexOf(QLatin1Char('/'));
    if (at > 0 && slash < 0) {
        ref.group = t.left(at);
        ref.alias = t.mid(at + 1);
        if (Status s = checkGroupName(ref.group); !s)
            return s.error();
        if (ref.alias == QStringLiteral("latest"))
            return ref;
        if (Status s = checkAlias(ref.alias); !s)
            return s.error();
        return ref;
    }
    if (slash <= 0 || at >= 0)
        return usage();
    ref.group = t.left(slash);
    const QString number = t.mid(slash + 1);
    if (number == QStringLiteral("latest")) {
        ref.alias = number;
    } else {
        // Digits only, no sign, spaces or leading zeros: "g/01" and "g/+1" are not
        // another way of writing "g/1".
        static const QRegularExpression plain(QStringLiteral("^[1-9][0-9]{0,8}$"));
        static const QRegularExpression tooLong(QStringLiteral("^[1-9][0-9]{9,}$"));
        if (tooLong.match(number).hasMatch())
            return Error::badInput(Text::tr("'%1' does not name a model version: %2 is larger than any "
                                            "version number can be (at most 999999999)")
                                       .arg(t, number));
        if (!plain.match(number).hasMatch())
            return Error::badInput(Text::tr("'%1' does not name a model version: the version after "
                                            "'/' must be a plain positive number without leading "
                                            "zeros (e.g. %2/3), not '%3'")
                                       .arg(t, t.left(slash), number));
        ref.version = number.toInt();
    }
    if (Status s = checkGroupName(ref.group); !s)
        return s.error();
    return ref;
}

QString ModelVersionRef::toString() const
{
    if (!alias.isEmpty())
        return group + QLatin1Char('@') + alias;
    return group + QLatin1Char('/') + QString::number(version);
}

} // namespace mlops
