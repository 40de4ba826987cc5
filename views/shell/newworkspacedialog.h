// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/workspace/workspaceinitializer.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace mlops {

/** File ▸ New workspace: where, what name, which template and Python. */
class NewWorkspaceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewWorkspaceDialog(const QString &templateName, QWidget *parent = nullptr);

    InitOptions options() const;

private:
    void updatePreview();

    QLineEdit *m_location;
    QLineEdit *m_name;
    QComboBox *m_template;
    QLineEdit *m_python;
    QLabel *m_preview;
    QDialogButtonBox *m_buttons;
};

} // namespace mlops
