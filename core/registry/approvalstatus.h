// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace mlops {

/** A model version's approval, with SageMaker Model Registry's names (ModelApprovalStatus). */
enum class ApprovalStatus { PendingManualApproval, Approved, Rejected };

/** "PendingManualApproval", "Approved", "Rejected": the names in the store, the CLI and JSON. */
QString approvalStatusName(ApprovalStatus status);
/** The status in the user's language, for display ("Pending approval", …). */
QString approvalStatusDisplayName(ApprovalStatus status);
/** Parses a name (case-insensitive; "pending" is short for PendingManualApproval). */
std::optional<ApprovalStatus> parseApprovalStatus(const QString &name);
QStringList approvalStatusNames();

} // namespace mlops
