// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/governance/auditlog.h"
#include "views/common/asynccard.h"

class QLabel;
class QTreeWidget;

namespace mlops {

class WorkspaceSession;

/**
 * The recent audit trail on the Overview: the newest entries (when, who, what, subject,
 * why) and whether the hash chain verifies, naming the first bad entry when it does not.
 */
class AuditTrailCard : public AsyncCard
{
    Q_OBJECT

public:
    explicit AuditTrailCard(WorkspaceSession *session, QWidget *parent = nullptr);

    static constexpr int kEntries = 8;

    QTreeWidget *entries() const { return m_entries; }
    const AuditVerification &verification() const { return m_verification; }

public slots:
    void reload() override;

private:
    struct Loaded
    {
        QList<AuditEntry> entries;
        qint64 total = 0;
        AuditVerification verification;
        QString error;
    };
    void present(const Loaded &loaded);

    WorkspaceSession *m_session;
    QLabel *m_chain;
    QTreeWidget *m_entries;
    QLabel *m_more;
    AuditVerification m_verification;
};

} // namespace mlops
