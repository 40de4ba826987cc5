// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/registry/approvalstatus.h"

#include <QCoreApplication>

namespace mlops {

namespace {
struct StatusName
{
    ApprovalStatus status;
    const char *name;
    const char *display;
};
constexpr StatusName kStatuses[] = {
    {ApprovalStatus::PendingManualApproval, "PendingManualApproval",
     QT_TRANSLATE_NOOP("mlops::ApprovalStatus", "Pending approval")},
    {ApprovalStatus::Approved, "Approved", QT_TRANSLATE_NOOP("mlops::ApprovalStatus", "Approved")},
    {ApprovalStatus::Rejected, "Rejected", QT_TRANSLATE_NOOP("mlops::ApprovalStatus", "Rejected")},
};
} // namespace

QString approvalStatusName(ApprovalStatus status)
{
    for (const StatusName &s : kStatuses) {
        if (s.status == status)
            return QString::fromLatin1(s.name);
    }
    return {};
}

QString approvalStatusDisplayName(ApprovalStatus status)
{
    for (const StatusName &s : kStatuses) {
        if (s.status == status)
            return QCoreApplication::translate("mlops::ApprovalStatus", s.display);
    }
    return {};
}

std::optional<ApprovalStatus> parseApprovalStatus(const QString &name)
{
    if (name.compare(QStringLiteral("pending"), Qt::CaseInsensitive) == 0)
        return ApprovalStatus::PendingManualApproval;
    for (const StatusName &s : kStatuses) {
        if (name.compare(QLatin1String(s.name), Qt::CaseInsensitive) == 0)
            return s.status;
    }
    return std::nullopt;
}

QStringList approvalStatusNames()
{
    QStringList names;
    for (const StatusName &s : kStatuses)
        names.append(QString::fromLatin1(s.name));
    return names;
}

} // namespace mlops
