// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace mlops {

/**
 * Starts a pipeline: a name, and what to start from — nothing, one of the studio's
 * templates, or a copy of a pipeline of the workspace.
 */
class NewPipelineDialog : public QDialog
{
    Q_OBJECT

public:
    /** `existing`: workspace-relative pipeline files that may be copied; `folder` is where it goes. */
    NewPipelineDialog(const QStringList &existing, const QString &folder, QWidget *parent = nullptr);

    QString name() const;
    /** The YAML to start from: a template or a copy, with the new name; a bare pipeline for "empty". */
    QByteArray startingText() const;

    /** The built-in templates: resource path → description. */
    static QList<QPair<QString, QString>> templates();

    void accept() override;

private:
    void validate();

    QString m_folder;
    QLineEdit *m_name;
    QComboBox *m_source;
    QLabel *m_error;
};

} // namespace mlops
