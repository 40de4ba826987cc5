// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QIcon>
#include <QLabel>

namespace mlops {

/**
 * A rounded "pill" with a status in its colour (theme::statusColor): Approved in green,
 * Rejected in red, PendingManualApproval in amber… Also used for alias chips.
 */
class StatusBadge : public QLabel
{
    Q_OBJECT

public:
    explicit StatusBadge(QWidget *parent = nullptr);

    /** `status` picks the colour (a status name); `text` is what is shown (translated). */
    void setStatus(const QString &status, const QString &text);
    /** A neutral chip, e.g. an alias. */
    void setChip(const QString &text);

    QString status() const { return m_status; }

    /** A small filled circle in the status colour, for item views. */
    static QIcon dotIcon(const QString &status);

private:
    QString m_status;
};

} // namespace mlops
