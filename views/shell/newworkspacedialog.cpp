// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/shell/newworkspacedialog.h"

#include "core/common/datadirs.h"
#include "core/common/fileutil.h"
#include "core/workspace/workspacetemplate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace mlops {

NewWorkspaceDialog::NewWorkspaceDialog(const QString &templateName, QWidget *parent)
    : QDialog(parent), m_location(new QLineEdit(QDir::homePath(), this)),
      m_name(new QLineEdit(this)), m_template(new QComboBox(this)),
      m_python(new QLineEdit(defaultPython(), this)), m_preview(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New workspace"));
    setMinimumWidth(520);
    auto *form = new QFormLayout;
    auto *locationRow = new QHBoxLayout;
    auto *browse = new QPushButton(tr("Browse…"), this);
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Create the workspace in"),
                                                              m_location->text());
        if (!dir.isEmpty())
            m_location->setText(dir);
    });
    m_name->setText(templateName == QStringLiteral("demo") ? QStringLiteral("breast-cancer-demo")
                                                           : QStringLiteral("my-project"));
    m_name->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9._-]+")), m_name));
    for (const WorkspaceTemplate &t : WorkspaceTemplate::all())
        m_template->addItem(t.name, t.name);
    m_template->setCurrentIndex(std::max(0, m_template->findData(templateName)));

    form->addRow(tr("Location"), locationRow);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Template"), m_template);
    form->addRow(tr("Python"), m_python);
    m_preview->setWordWrap(true);
    m_preview->setProperty("role", QStringLiteral("muted"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_location, m_name, m_python})
        connect(edit, &QLineEdit::textChanged, this, &NewWorkspaceDialog::updatePreview);
    connect(m_template, &QComboBox::currentIndexChanged, this, &NewWorkspaceDialog::updatePreview);
    updatePreview();
}

InitOptions NewWorkspaceDialog::options() const
{
    InitOptions o;
    o.dir = QDir(m_location->text()).filePath(m_name->text());
    o.name = m_name->text();
    o.templateName = m_template->currentData().toString();
    o.python = m_python->text();
    return o;
}

void NewWorkspaceDialog::updatePreview()
{
    const InitOptions o = options();
    const WorkspaceTemplate *t = WorkspaceTemplate::find(o.templateName);
    QString text = t ? t->description() : QString();
    bool ok = !m_name->text().isEmpty() && QFileInfo(m_location->text()).isDir();
    if (ok && !isEmptyDirectory(o.dir)) {
        text = tr("%1 exists and is not empty: pick another name, or use 'mlops init' on a git "
                  "repository.")
                   .arg(o.dir);
        ok = false;
    } else if (ok) {
        text += QLatin1Char('\n') + tr("Creates %1 with a new git repository.").arg(o.dir);
    }
    m_preview->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace mlops
