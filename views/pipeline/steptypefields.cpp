// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// The Step panel's fields that come from a step type (StepType::fields: a notebook
// step's notebook, a register-model step's model and group, ...): their editors, what
// they offer, and writing them into the step.
#include "views/pipeline/steppropertiespanel.h"

#include "core/pipeline/pipelineedit.h"
#include "core/pipeline/steptype.h"
#include "core/workspace/workspace.h"
#include "views/pipeline/fieldwidgets.h"
#include "views/pipeline/pipelinedocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace mlops {

void StepPropertiesPanel::addTypeField(const QString &type, const StepType::Field &field)
{
    const QString objectName = QStringLiteral("stepField_%1_%2").arg(type, field.key);
    const QString key = field.key;
    TypeField row{type, key, nullptr, {}};
    if (field.suggestions != StepType::Field::Suggestions::None) {
        // Free text with what fits offered in the list (filled in reload()).
        auto *combo = new QComboBox(this);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->lineEdit()->setPlaceholderText(field.placeholder);
        connect(combo->lineEdit(), &QLineEdit::editingFinished, this, [this, combo, key] {
            combo->lineEdit()->setModified(false);
            commitTypeField(key, combo->currentText().trimmed());
        });
        connect(combo, &QComboBox::activated, this,
                [this, combo, key] { commitTypeField(key, combo->currentText().trimmed()); });
        row.editor = combo;
        row.suggestions = field.suggestions;
    } else if (!field.choices.isEmpty()) {
        auto *combo = new QComboBox(this);
        combo->addItem(tr("Type default"), QString());
        for (const QString &choice : field.choices)
            combo->addItem(choice, choice);
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, combo, key] { commitTypeField(key, combo->currentData().toString()); });
        row.editor = combo;
    } else if (field.multiline) {
        auto *edit = new FieldTextEdit(this);
        edit->onEditingFinished([this, edit, key] { commitTypeField(key, edit->toPlainText()); });
        row.editor = edit;
    } else {
        auto *edit = new QLineEdit(this);
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, key] {
            edit->setModified(false);
            commitTypeField(key, edit->text().trimmed());
        });
        if (!field.placeholder.isEmpty())
            edit->setPlaceholderText(field.placeholder);
        row.editor = edit;
    }
    row.editor->setObjectName(objectName);
    row.editor->setToolTip(field.help);
    if (auto *text = qobject_cast<QPlainTextEdit *>(row.editor))
        text->setPlaceholderText(field.placeholder);
    auto *label = new QLabel(field.label, this);
    label->setBuddy(row.editor);
    if (field.multiline) {
        label->setProperty("role", QStringLiteral("fieldTitle"));
        m_form->addRow(label);
        m_form->addRow(row.editor);
    } else {
        m_form->addRow(label, row.editor);
    }
    row.rowWidgets = {label, row.editor};
    m_typeFields.append(row);
}

void StepPropertiesPanel::commitTypeField(const QString &key, const QString &value)
{
    commit(key, [&](StepSpec &s) {
        if (value.isEmpty())
            s.extra.remove(key);
        else
            s.extra.insert(key, value);
        return true;
    });
}

QStringList StepPropertiesPanel::suggestionsFor(StepType::Field::Suggestions kind)
{
    QStringList offered;
    switch (kind) {
    case StepType::Field::Suggestions::None: break;
    case StepType::Field::Suggestions::ModelReferences:
        for (const StepSpec &s : m_document->spec().steps) {
            const StepType *t = StepTypeRegistry::instance().find(s.type);
            if (t && t->producesModel())
                offered.append(QStringLiteral("${steps.%1.model}").arg(s.name));
        }
        break;
    case StepType::Field::Suggestions::WorkspaceNotebooks:
        // Listed when a step is selected, not on every edit: it reads the disk.
        if (m_notebooksFor != m_step) {
            m_notebooksFor = m_step;
            m_notebooks.clear();
            if (!m_document->workspaceRoot().isEmpty()) {
                if (Result<Workspace> ws = Workspace::open(m_document->workspaceRoot()))
                    m_notebooks = ws->notebookFiles();
            }
        }
        offered = m_notebooks;
        break;
    }
    return offered;
}

QWidget *StepPropertiesPanel::typeFieldEditor(const QString &type, const QString &key) const
{
    for (const TypeField &f : m_typeFields) {
        if (f.type == type && f.key == key)
            return f.editor;
    }
    return nullptr;
}

} // namespace mlops
