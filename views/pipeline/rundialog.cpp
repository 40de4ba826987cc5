// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/rundialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace mlops {

namespace {
bool isNumber(const QString &s)
{
    static const QRegularExpression number(QStringLiteral("^[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?$"));
    return number.match(s.trimmed()).hasMatch();
}
} // namespace

RunDialog::RunDialog(const PipelineSpec &spec, const QString &defaultRunner, QWidget *parent)
    : QDialog(parent), m_spec(spec)
{
    setObjectName(QStringLiteral("runDialog"));
    setWindowTitle(tr("Run %1").arg(spec.name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (!spec.parameters.isEmpty()) {
        auto *title = new QLabel(tr("Parameters"), this);
        title->setProperty("role", QStringLiteral("fieldTitle"));
        form->addRow(title);
    }
    for (const ParameterSpec &p : spec.parameters) {
        QWidget *field = nullptr;
        switch (p.type) {
        case ParameterSpec::Type::Boolean: {
            auto *box = new QCheckBox(this);
            box->setChecked(p.defaultValue.toLower() == QStringLiteral("true"));
            field = box;
            break;
        }
        case ParameterSpec::Type::Number: {
            auto *edit = new QLineEdit(p.defaultValue, this);
            auto *validator = new QDoubleValidator(edit);
            validator->setNotation(QDoubleValidator::ScientificNotation);
            validator->setLocale(QLocale::c());
            edit->setValidator(validator);
            field = edit;
            break;
        }
        case ParameterSpec::Type::String: field = new QLineEdit(p.defaultValue, this); break;
        }
        field->setObjectName(QStringLiteral("param_") + p.name);
        field->setToolTip(tr("Default: %1").arg(p.defaultValue));
        form->addRow(p.name, field);
        m_fields.insert(p.name, field);
    }
    auto *options = new QLabel(tr("Options"), this);
    options->setProperty("role", QStringLiteral("fieldTitle"));
    form->addRow(options);
    m_runner = new QComboBox(this);
    m_runner->setObjectName(QStringLiteral("runRunner"));
    m_runner->addItem(tr("As the pipeline says (%1)").arg(spec.defaults.runner.value_or(defaultRunner)), QString());
    for (const char *r : {"process", "sandbox", "docker", "podman"})
        m_runner->addItem(tr("Every step with %1").arg(QString::fromLatin1(r)), QString::fromLatin1(r));
    form->addRow(tr("Runner"), m_runner);
    m_noCache = new QCheckBox(tr("Run every step, reuse no cached result"), this);
    m_noCache->setObjectName(QStringLiteral("runNoCache"));
    form->addRow(tr("Cache"), m_noCache);
    m_maxParallel = new QSpinBox(this);
    m_maxParallel->setObjectName(QStringLiteral("runMaxParallel"));
    m_maxParallel->setRange(0, 256);
    m_maxParallel->setSpecialValueText(tr("one per core (%1)").arg(QThread::idealThreadCount()));
    form->addRow(tr("Steps at once"), m_maxParallel);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("runError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Run"));
    buttons->button(QDialogButtonBox::Ok)->setProperty("role", QStringLiteral("primary"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(std::max(420, sizeHint().width()), sizeHint().height());
}

QString RunDialog::valueOf(const ParameterSpec &p) const
{
    QWidget *field = m_fields.value(p.name);
    if (auto *box = qobject_cast<QCheckBox *>(field))
        return box->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        return p.type == ParameterSpec::Type::Number ? edit->text().trimmed() : edit->text();
    return p.defaultValue;
}

void RunDialog::setParameter(const QString &name, const QString &value)
{
    QWidget *field = m_fields.value(name);
    if (auto *box = qobject_cast<QCheckBox *>(field))
        box->setChecked(value.toLower() == QStringLiteral("true"));
    else if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->setText(value);
}

ExecutionOptions RunDialog::options() const
{
    ExecutionOptions o;
    for (const ParameterSpec &p : m_spec.parameters) {
        const QString v = valueOf(p);
        const QString def = p.type == ParameterSpec::Type::Boolean ? p.defaultValue.toLower() : p.defaultValue;
        if (v != def)
            o.parameters.insert(p.name, v);
    }
    o.runner = m_runner->currentData().toString();
    o.noCache = m_noCache->isChecked();
    o.maxParallel = m_maxParallel->value();
    return o;
}

void RunDialog::accept()
{
    for (const ParameterSpec &p : m_spec.parameters) {
        if (p.type == ParameterSpec::Type::Number && !isNumber(valueOf(p))) {
            m_error->setText(tr("%1 must be a number").arg(p.name));
            m_error->show();
            m_fields.value(p.name)->setFocus();
            return;
        }
        if (p.isInteger() && !isIntegerText(valueOf(p))) {
            m_error->setText(tr("%1 must be a whole number (its default is %2)").arg(p.name, p.defaultValue));
            m_error->show();
            m_fields.value(p.name)->setFocus();
            return;
        }
    }
    QDialog::accept();
}

} // namespace mlops
