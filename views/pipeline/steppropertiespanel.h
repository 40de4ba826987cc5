// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/pipeline/pipelinespec.h"
#include "core/pipeline/steptype.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableView;

namespace mlops {

class PipelineDocument;
class StepTableModel;

/**
 * Every field of the selected step (DESIGN.md §4): name, type, description, command,
 * inputs, outputs, hyperparameters, metric regexes, properties, environment, runner,
 * image or build, resources, timeout, retries, cache, network, code folder, depends_on,
 * and for conditions the expression — validated as it is typed, with the column of the
 * problem — and its branches; then each type's own fields (StepType::fields(), e.g. the
 * notebook step's notebook and kernel, register-model's model and group). Fields that
 * the step's type does not have are hidden.
 * Each change is one undoable ChangeStep (tables go through StepTableModel).
 */
class StepPropertiesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StepPropertiesPanel(QWidget *parent = nullptr);

    void setPipelineDocument(PipelineDocument *document);
    void setStep(const QString &name);
    const QString &step() const { return m_step; }

    /** The condition's editor and its live verdict (also for tests). */
    QLineEdit *conditionEdit() const { return m_when; }
    QLabel *conditionStatus() const { return m_whenStatus; }
    QLineEdit *commandEdit() const { return m_command; }
    QLineEdit *nameEdit() const { return m_name; }

    /** The editor of a type's own field (StepType::fields()), or null. */
    QWidget *typeFieldEditor(const QString &type, const QString &key) const;

signals:
    void statusMessage(const QString &message);

private:
    void build();
    void reload();
    /** Empties every field (no step, or several, selected). */
    void clearFields();
    void updateVisibility(const QString &type);
    /** Applies an edit of the selected step as one undoable change; false when nothing changed. */
    bool commit(const QString &field, const std::function<bool(StepSpec &)> &edit);
    void checkCondition(const QString &text);
    QLineEdit *lineEdit(const QString &objectName, const QString &field,
                        const std::function<bool(StepSpec &, const QString &)> &apply);
    QTableView *table(StepTableModel *model);
    void addTypeField(const QString &type, const StepType::Field &field);
    void commitTypeField(const QString &key, const QString &value);
    QStringList suggestionsFor(StepType::Field::Suggestions kind);

    QPointer<PipelineDocument> m_document;
    QString m_step;
    bool m_loading = false;

    QFormLayout *m_form = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_problems = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_description = nullptr;
    QLineEdit *m_command = nullptr;
    QLineEdit *m_outputs = nullptr;
    QComboBox *m_runner = nullptr;
    QLineEdit *m_image = nullptr;
    QLineEdit *m_buildContext = nullptr;
    QLineEdit *m_dockerfile = nullptr;
    QDoubleSpinBox *m_cpus = nullptr;
    QLineEdit *m_memory = nullptr;
    QSpinBox *m_gpus = nullptr;
    QLineEdit *m_timeout = nullptr;
    QSpinBox *m_retries = nullptr;
    QComboBox *m_cache = nullptr;
    QLineEdit *m_cacheExpiry = nullptr;
    QCheckBox *m_network = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_dependsOn = nullptr;
    QLineEdit *m_when = nullptr;
    QLabel *m_whenStatus = nullptr;
    QLineEdit *m_then = nullptr;
    QLineEdit *m_else = nullptr;
    QLineEdit *m_message = nullptr;
    QList<StepTableModel *> m_tables;
    QHash<QString, QList<QWidget *>> m_rowsByKey;   ///< YAML key → a widget of each of its rows
    struct TypeField
    {
        QString type;
        QString key;
        QWidget *editor = nullptr;
        QList<QWidget *> rowWidgets;
        StepType::Field::Suggestions suggestions = StepType::Field::Suggestions::None;
    };
    QHash<QWidget *, QStringList> m_offered;   ///< what each suggesting field lists now
    QString m_notebooksFor;                    ///< the step the notebook list was read for
    QStringList m_notebooks;
    QList<TypeField> m_typeFields;   ///< each type's own fields, kept in StepSpec::extra
};

} // namespace mlops
