// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/steptypestyle.h"

#include "views/common/theme.h"

#include <QCoreApplication>
#include <QHash>

namespace mlops::steptypestyle {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::StepTypeStyle)
};
} // namespace

QString iconPath(const QString &type)
{
    static const QStringList known{QStringLiteral("processing"), QStringLiteral("training"),
                                   QStringLiteral("condition"), QStringLiteral("fail"),
                                   QStringLiteral("register-model"), QStringLiteral("notebook")};
    return known.contains(type) ? QStringLiteral(":/icons/step-%1.svg").arg(type)
                                : QStringLiteral(":/icons/step-other.svg");
}

QIcon icon(const QString &type)
{
    static QHash<QString, QIcon> cache;
    const QString path = iconPath(type);
    auto it = cache.find(path);
    if (it == cache.end())
        it = cache.insert(path, QIcon(path));
    return *it;
}

QColor color(const QString &type)
{
    if (type == QStringLiteral("processing"))
        return QColor(0x25, 0x63, 0xeb);
    if (type == QStringLiteral("training"))
        return QColor(0x7c, 0x3a, 0xed);
    if (type == QStringLiteral("condition"))
        return QColor(0xd9, 0x77, 0x06);
    if (type == QStringLiteral("fail"))
        return QColor(0xdc, 0x26, 0x26);
    if (type == QStringLiteral("register-model"))
        return QColor(0x0d, 0x94, 0x88);
    if (type == QStringLiteral("notebook"))
        return QColor(0xdb, 0x27, 0x77);
    return QColor(0x6b, 0x72, 0x80);
}

QColor statusColor(RunStatus status, bool cached)
{
    if (cached)
        return QColor(0x0e, 0x74, 0x90);
    if (status == RunStatus::Pending || status == RunStatus::Skipped)
        return theme::muted();
    return theme::statusColor(runStatusName(status));
}

QString statusText(RunStatus status, bool cached)
{
    return cached ? Text::tr("Cached") : runStatusDisplayName(status);
}

} // namespace mlops::steptypestyle
