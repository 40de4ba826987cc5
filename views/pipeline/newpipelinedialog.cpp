// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/newpipelinedialog.h"

#include "core/common/fileutil.h"
#include "core/pipeline/pipelineedit.h"
#include "core/pipeline/pipelineloader.h"
#include "core/pipeline/pipelinewriter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mlops {

NewPipelineDialog::NewPipelineDialog(const QStringList &existing, const QString &folder, QWidget *parent)
    : QDialog(parent), m_folder(folder), m_name(new QLineEdit(this)), m_source(new QComboBox(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("newPipelineDialog"));
    setWindowTitle(tr("New Pipeline"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name->setObjectName(QStringLiteral("newPipelineName"));
    m_name->setPlaceholderText(tr("e.g. churn-model"));
    m_source->setObjectName(QStringLiteral("newPipelineSource"));
    m_source->addItem(tr("Empty pipeline"), QString());
    for (const auto &[path, description] : templates())
        m_source->addItem(tr("Template: %1").arg(description), path);
    for (const QString &file : existing)
        m_source->addItem(tr("Copy of %1").arg(file), QDir(QFileInfo(folder).path()).filePath(file));
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Start from"), m_source);
    layout->addLayout(form);
    auto *hintLabel = new QLabel(tr("The pipeline is saved as pipelines/NAME.yaml when you save it."), this);
    hintLabel->setProperty("role", QStringLiteral("muted"));
    layout->addWidget(hintLabel);
    m_error->setProperty("role", QStringLiteral("error"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_name, &QLineEdit::textChanged, this, &NewPipelineDialog::validate);
    validate();
    resize(480, sizeHint().height());
}

QList<QPair<QString, QString>> NewPipelineDialog::templates()
{
    QList<QPair<QString, QString>> list;
    const QDir dir(QStringLiteral(":/pipeline-templates"));
    for (const QString &file : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
        const QString path = dir.filePath(file);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const LoadedPipeline loaded = PipelineLoader::load(file, f.readAll());
        list.append({path, loaded.spec.description.isEmpty() ? loaded.spec.name : loaded.spec.description});
    }
    return list;
}

QString NewPipelineDialog::name() const
{
    return m_name->text().trimmed();
}

QByteArray NewPipelineDialog::startingText() const
{
    const QString source = m_source->currentData().toString();
    PipelineSpec spec;
    PipelineExtras extras;
    if (!source.isEmpty()) {
        if (Result<QByteArray> text = readFile(source); text) {
            spec = PipelineLoader::load(source, *text).spec;
            extras = PipelineExtras::read(*text);
        }
    }
    spec.name = name();
    return PipelineWriter::write(spec, extras);
}

void NewPipelineDialog::validate()
{
    QString problem;
    if (!name().isEmpty() && !pipelineedit::isValidName(name()))
        problem = tr("Use letters, digits, _ and -, starting with a letter.");
    else if (!name().isEmpty() && QFileInfo::exists(QDir(m_folder).filePath(name() + QStringLiteral(".yaml"))))
        problem = tr("pipelines/%1.yaml exists already.").arg(name());
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && !name().isEmpty());
}

void NewPipelineDialog::accept()
{
    validate();
    if (!m_error->text().isEmpty() || name().isEmpty())
        return;
    QDialog::accept();
}

} // namespace mlops
