// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/pipelinepropertiespanel.h"

#include "core/common/duration.h"
#include "core/pipeline/pipelinewriter.h"
#include "views/pipeline/parametersmodel.h"
#include "views/pipeline/pipelinedocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace mlops {

namespace {

/** Edits the parameter type column with a combo box. */
class TypeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() != ParametersModel::Type)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        combo->addItems(ParametersModel::typeNames());
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentIndex(index.data(Qt::EditRole).toInt());
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            model->setData(index, combo->currentIndex(), Qt::EditRole);
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }
};

class ParameterTable : public QTableView
{
public:
    using QTableView::QTableView;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && state() != EditingState
            && currentIndex().isValid()) {
            model()->removeRow(currentIndex().row());
            event->accept();
            return;
        }
        QTableView::keyPressEvent(event);
    }
};

} // namespace

PipelinePropertiesPanel::PipelinePropertiesPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pipelineProperties"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12);
    auto *title = new QLabel(tr("Pipeline"), this);
    title->setProperty("role", QStringLiteral("sectionTitle"));
    layout->addWidget(title);
    m_summary = new QLabel(this);
    m_summary->setProperty("role", QStringLiteral("muted"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(7);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("pipelineName"));
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("pipelineDescription"));
    m_runner = new QComboBox(this);
    m_runner->setObjectName(QStringLiteral("defaultRunner"));
    m_runner->addItem(tr("Workspace default"), QString());
    for (const char *r : {"process", "sandbox", "docker", "podman"})
        m_runner->addItem(QString::fromLatin1(r), QString::fromLatin1(r));
    m_image = new QLineEdit(this);
    m_image->setObjectName(QStringLiteral("defaultImage"));
    m_image->setPlaceholderText(tr("for docker and podman steps"));
    m_timeout = new QLineEdit(this);
    m_timeout->setObjectName(QStringLiteral("defaultTimeout"));
    m_timeout->setPlaceholderText(tr("none (e.g. 30m)"));
    m_retries = new QSpinBox(this);
    m_retries->setObjectName(QStringLiteral("defaultRetries"));
    m_retries->setRange(-1, 20);
    m_retries->setSpecialValueText(tr("not set (0)"));
    m_cache = new QComboBox(this);
    m_cache->setObjectName(QStringLiteral("defaultCache"));
    m_cache->addItem(tr("Not set (reuse results)"), 0);
    m_cache->addItem(tr("Reuse results"), 1);
    m_cache->addItem(tr("Always run"), 2);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Description"), m_description);
    auto *defaults = new QLabel(tr("Defaults for every step"), this);
    defaults->setProperty("role", QStringLiteral("fieldTitle"));
    form->addRow(defaults);
    form->addRow(tr("Runner"), m_runner);
    form->addRow(tr("Image"), m_image);
    form->addRow(tr("Timeout"), m_timeout);
    form->addRow(tr("Retries"), m_retries);
    form->addRow(tr("Cache"), m_cache);
    layout->addLayout(form);

    auto *paramsTitle = new QLabel(tr("Parameters"), this);
    paramsTitle->setProperty("role", QStringLiteral("fieldTitle"));
    layout->addWidget(paramsTitle);
    layout->addWidget(new QLabel(tr("Use them as ${parameters.NAME}; the Run dialog and 'mlops run --param' "
                                    "override the defaults."),
                                 this));
    layout->itemAt(layout->count() - 1)->widget()->setProperty("role", QStringLiteral("muted"));
    qobject_cast<QLabel *>(layout->itemAt(layout->count() - 1)->widget())->setWordWrap(true);
    m_parameters = new ParameterTable(this);
    m_parameters->setObjectName(QStringLiteral("parametersTable"));
    m_parameters->setItemDelegate(new TypeDelegate(m_parameters));
    m_parameters->horizontalHeader()->setStretchLastSection(true);
    m_parameters->verticalHeader()->hide();
    m_parameters->verticalHeader()->setDefaultSectionSize(24);
    m_parameters->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_parameters->setToolTip(tr("Type in the last row to add a parameter; clear its name or press Delete to remove it"));
    layout->addWidget(m_parameters, 1);

    connect(m_name, &QLineEdit::editingFinished, this, [this] { commit(QStringLiteral("name")); });
    connect(m_description, &QLineEdit::editingFinished, this, [this] { commit(QStringLiteral("description")); });
    connect(m_runner, &QComboBox::currentIndexChanged, this, [this] { commit(QStringLiteral("runner")); });
    connect(m_image, &QLineEdit::editingFinished, this, [this] { commit(QStringLiteral("image")); });
    connect(m_timeout, &QLineEdit::editingFinished, this, [this] { commit(QStringLiteral("timeout")); });
    connect(m_retries, &QSpinBox::editingFinished, this, [this] { commit(QStringLiteral("retries")); });
    connect(m_cache, &QComboBox::currentIndexChanged, this, [this] { commit(QStringLiteral("cache")); });
}

void PipelinePropertiesPanel::setPipelineDocument(PipelineDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    delete m_model;
    m_model = nullptr;
    if (document) {
        m_model = new ParametersModel(document, this);
        connect(document, &PipelineDocument::pipelineChanged, this, &PipelinePropertiesPanel::reload);
        connect(document, &PipelineDocument::documentReset, this, &PipelinePropertiesPanel::reload);
        connect(document, &PipelineDocument::stepsAdded, this, &PipelinePropertiesPanel::reload);
        connect(document, &PipelineDocument::stepsRemoved, this, &PipelinePropertiesPanel::reload);
        connect(document, &PipelineDocument::graphEditableChanged, this, &PipelinePropertiesPanel::reload);
    }
    m_parameters->setModel(m_model);
    if (m_model) {
        m_parameters->horizontalHeader()->resizeSection(ParametersModel::Name, 130);
        m_parameters->horizontalHeader()->resizeSection(ParametersModel::Type, 90);
    }
    reload();
}

void PipelinePropertiesPanel::reload()
{
    setEnabled(m_document != nullptr);
    if (!m_document)
        return;
    m_loading = true;
    const PipelineSpec &spec = m_document->spec();
    const StepDefaults &d = spec.defaults;
    m_summary->setText(tr("%n step(s), %1", nullptr, int(spec.steps.size()))
                           .arg(tr("%n parameter(s)", nullptr, int(spec.parameters.size()))));
    auto set = [](QLineEdit *e, const QString &text) {
        if (e->text() != text) {
            e->setText(text);
            if (!e->hasFocus())
                e->setCursorPosition(0);   // long values show their beginning
        }
    };
    set(m_name, spec.name);
    set(m_description, spec.description);
    m_runner->setCurrentIndex(std::max(0, m_runner->findData(d.runner.value_or(QString()))));
    set(m_image, d.image.value_or(QString()));
    set(m_timeout, d.timeoutMs ? formatDurationSpec(*d.timeoutMs) : QString());
    m_retries->setValue(d.retry ? d.retry->maxAttempts - 1 : -1);
    m_cache->setCurrentIndex(!d.cache ? 0 : (d.cache->enabled ? 1 : 2));
    const bool editable = m_document->isGraphEditable();
    for (QLineEdit *e : {m_name, m_description, m_image, m_timeout})
        e->setReadOnly(!editable);
    for (QWidget *w : std::initializer_list<QWidget *>{m_runner, m_retries, m_cache})
        w->setEnabled(editable);
    m_loading = false;
}

void PipelinePropertiesPanel::commit(const QString &field)
{
    if (m_loading || !m_document)
        return;
    const PipelineSpec &spec = m_document->spec();
    QString name = spec.name;
    QString description = spec.description;
    StepDefaults d = spec.defaults;
    if (field == QStringLiteral("name")) {
        name = m_name->text().trimmed();
        if (name.isEmpty() || name == spec.name) {
            m_name->setText(spec.name);
            return;
        }
    } else if (field == QStringLiteral("description")) {
        description = m_description->text().trimmed();
        if (description == spec.description)
            return;
    } else if (field == QStringLiteral("runner")) {
        const QString r = m_runner->currentData().toString();
        d.runner = r.isEmpty() ? std::nullopt : std::optional<QString>(r);
    } else if (field == QStringLiteral("image")) {
        const QString i = m_image->text().trimmed();
        d.image = i.isEmpty() ? std::nullopt : std::optional<QString>(i);
    } else if (field == QStringLiteral("timeout")) {
        const QString t = m_timeout->text().trimmed();
        if (t.isEmpty()) {
            d.timeoutMs.reset();
        } else if (const std::optional<qint64> ms = parseDuration(t); ms && *ms > 0) {
            d.timeoutMs = ms;
        } else {
            emit statusMessage(tr("Timeout not changed: '%1' is not a duration such as 30m, 90s or PT1H").arg(t));
            m_timeout->setText(d.timeoutMs ? formatDurationSpec(*d.timeoutMs) : QString());
            return;
        }
    } else if (field == QStringLiteral("retries")) {
        if (m_retries->value() < 0)
            d.retry.reset();
        else {
            RetryPolicy r = d.retry.value_or(RetryPolicy{});
            r.maxAttempts = m_retries->value() + 1;
            d.retry = r;
        }
    } else if (field == QStringLiteral("cache")) {
        const int c = m_cache->currentData().toInt();
        if (c == 0)
            d.cache.reset();
        else {
            CachePolicy p = d.cache.value_or(CachePolicy{});
            p.enabled = c == 1;
            d.cache = p;
        }
    }
    PipelineSpec before = spec;
    PipelineSpec after = spec;
    after.name = name;
    after.description = description;
    after.defaults = d;
    after.steps.clear();
    before.steps.clear();
    if (PipelineWriter::write(before) == PipelineWriter::write(after))
        return;
    m_document->setPipelineInfo(name, description, d, field);
}

} // namespace mlops
