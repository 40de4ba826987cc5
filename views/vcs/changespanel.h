// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/vcs/gitrepository.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace mlops {

/** Uncommitted changes, each with a check box, a message and a Commit button. */
class ChangesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChangesPanel(QWidget *parent = nullptr);

    void setChanges(const QList<GitChange> &changes, const QString &workspacePrefix);
    void setBusy(bool busy);
    QStringList checkedPaths() const;
    QListWidget *list() const { return m_list; }
    QLineEdit *message() const { return m_message; }
    QPushButton *commitButton() const { return m_commit; }

signals:
    /** Paths are relative to the repository. */
    void commitRequested(const QStringList &paths, const QString &message);

private:
    void updateButton();

    QListWidget *m_list;
    QLabel *m_hint;
    QLineEdit *m_message;
    QPushButton *m_commit;
    bool m_busy = false;
};

} // namespace mlops
