// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QWidget>

class QListWidget;
class QLabel;

namespace mlops {

/**
 * What the studio shows with no workspace open: create one from a template, open a
 * folder, or pick a recent workspace.
 */
class WelcomeScreen : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeScreen(QWidget *parent = nullptr);

    /** Re-reads the recent workspaces. */
    void refresh();

signals:
    void newWorkspaceRequested(const QString &templateName);
    void openWorkspaceRequested();
    void openRecentRequested(const QString &root);

private:
    QListWidget *m_recent;
    QLabel *m_noRecent;
};

} // namespace mlops
