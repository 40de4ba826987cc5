// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/steppropertiespanel.h"

#include "core/common/duration.h"
#include "core/pipeline/pipelineedit.h"
#include "core/pipeline/pipelineloader.h"
#include "core/pipeline/pipelinevalidator.h"
#include "core/pipeline/pipelinewriter.h"
#include "core/pipeline/steptype.h"
#include "core/workspace/workspace.h"
#include "views/common/theme.h"
#include "views/pipeline/commandlinetext.h"
#include "views/pipeline/fieldwidgets.h"
#include "views/pipeline/pipelinedocument.h"
#include "views/pipeline/steptablemodel.h"
#include "views/pipeline/steptypestyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <optional>

namespace mlops {

namespace {

const QStringList &runners()
{
    static const QStringList list{QStringLiteral("process"), QStringLiteral("sandbox"), QStringLiteral("docker"),
                                  QStringLiteral("podman")};
    return list;
}

} // namespace

StepPropertiesPanel::StepPropertiesPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("stepProperties"));
    build();
}

QLineEdit *StepPropertiesPanel::lineEdit(const QString &objectName, const QString &field,
                                         const std::function<bool(StepSpec &, const QString &)> &apply)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setClearButtonEnabled(false);
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, field, apply] {
        edit->setModified(false);   // committed: the document's value may show again
        // Refused (a bad duration, size or command; the status bar says why): the field
        // shows the value the step keeps, not text that is in no file.
        if (!m_loading && !commit(field, [&](StepSpec &s) { return apply(s, edit->text()); }))
            reload();
    });
    return edit;
}

QTableView *StepPropertiesPanel::table(StepTableModel *model)
{
    auto *view = new FieldTable(this);
    view->setObjectName(QStringLiteral("table_") + model->fieldName());
    view->setModel(model);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    view->horizontalHeader()->resizeSection(0, 120);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(24);
    view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    view->setToolTip(tr("Type in the last row to add; clear a name or press Delete to remove"));
    // As tall as its rows (up to a point), so the form reads top to bottom.
    auto fit = [view] {
        const int rows = std::min(view->model()->rowCount(), 6);
        view->setFixedHeight(view->horizontalHeader()->sizeHint().height() + rows * view->verticalHeader()->defaultSectionSize()
                             + 2 * view->frameWidth() + 2);
    };
    connect(model, &QAbstractItemModel::modelReset, view, fit);
    connect(model, &QAbstractItemModel::rowsInserted, view, fit);
    connect(model, &QAbstractItemModel::rowsRemoved, view, fit);
    fit();
    m_tables.append(model);
    return view;
}

void StepPropertiesPanel::build()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 10, 12, 12);
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("stepPropertiesTitle"));
    m_title->setProperty("role", QStringLiteral("sectionTitle"));
    layout->addWidget(m_title);
    m_problems = new QLabel(content);
    m_problems->setObjectName(QStringLiteral("stepProblems"));
    m_problems->setProperty("role", QStringLiteral("error"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_problems);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setHorizontalSpacing(10);
    m_form->setVerticalSpacing(7);
    layout->addLayout(m_form);
    layout->addStretch(1);

    // Rows are found again by a widget in them (QFormLayout::setRowVisible).
    auto addRow = [this](const QString &key, const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        m_form->addRow(l, field);
        m_rowsByKey[key] += field;
    };
    auto addWide = [this](const QString &key, const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setProperty("role", QStringLiteral("fieldTitle"));
        m_form->addRow(l);
        m_form->addRow(field);
        m_rowsByKey[key] += {l, field};
    };

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("stepName"));
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        m_name->setModified(false);
        if (m_loading || !m_document || m_name->text() == m_step)
            return;
        const QString to = m_name->text().trimmed();
        if (!m_document->renameStep(m_step, to)) {
            emit statusMessage(tr("Cannot rename %1 to '%2': the name is taken or not valid (letters, digits, _ "
                                  "and -, starting with a letter)")
                                   .arg(m_step, to));
            m_name->setText(m_step);
        }
    });
    addRow(QStringLiteral("name"), tr("Name"), m_name);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("stepType"));
    for (const QString &t : StepTypeRegistry::instance().names())
        m_type->addItem(steptypestyle::icon(t), t, t);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        const QString type = m_type->currentData().toString();
        commit(QStringLiteral("type"), [&](StepSpec &s) {
            if (s.type == type)
                return false;
            s = pipelineedit::retyped(s, type, m_document->spec());
            return true;
        });
    });
    addRow(QStringLiteral("type"), tr("Type"), m_type);

    m_description = lineEdit(QStringLiteral("stepDescription"), QStringLiteral("description"),
                             [](StepSpec &s, const QString &t) {
                                 s.description = t.trimmed();
                                 return true;
                             });
    addRow(QStringLiteral("description"), tr("Description"), m_description);

    m_command = lineEdit(QStringLiteral("stepCommand"), QStringLiteral("command"), [this](StepSpec &s, const QString &t) {
        Result<QStringList> args = commandlinetext::split(t);
        if (!args) {
            emit statusMessage(tr("Command not changed: %1").arg(args.error().message));
            return false;
        }
        s.command = *args;
        return true;
    });
    m_command->setPlaceholderText(tr("python src/train.py --epochs ${parameters.epochs}"));
    m_command->setToolTip(tr("Arguments as you would type them; quotes keep spaces. No shell runs the command. "
                             "A leading python is the workspace's interpreter."));
    addWide(QStringLiteral("command"), tr("Command"), m_command);

    for (const QString &type : StepTypeRegistry::instance().names()) {
        for (const StepType::Field &field : StepTypeRegistry::instance().find(type)->fields())
            addTypeField(type, field);
    }

    m_outputs = lineEdit(QStringLiteral("stepOutputs"), QStringLiteral("outputs"), [](StepSpec &s, const QString &t) {
        s.outputs = commandlinetext::splitNames(t);
        return true;
    });
    m_outputs->setPlaceholderText(tr("none yet, e.g. train, test"));

    m_runner = new QComboBox(this);
    m_runner->setObjectName(QStringLiteral("stepRunner"));
    m_runner->addItem(tr("Pipeline default"), QString());
    for (const QString &r : runners())
        m_runner->addItem(r, r);
    connect(m_runner, &QComboBox::currentIndexChanged, this, [this] {
        const QString runner = m_runner->currentData().toString();
        commit(QStringLiteral("runner"), [&](StepSpec &s) {
            const std::optional<QString> value = runner.isEmpty() ? std::nullopt : std::optional<QString>(runner);
            if (s.runner == value)
                return false;
            s.runner = value;
            return true;
        });
    });
    m_image = lineEdit(QStringLiteral("stepImage"), QStringLiteral("image"), [](StepSpec &s, const QString &t) {
        s.image = t.trimmed().isEmpty() ? std::nullopt : std::optional<QString>(t.trimmed());
        return true;
    });
    m_buildContext = lineEdit(QStringLiteral("stepBuildContext"), QStringLiteral("build"), [](StepSpec &s, const QString &t) {
        s.build.context = t.trimmed();
        if (s.build.context.isEmpty())
            s.build.dockerfile.clear();
        return true;
    });
    m_buildContext->setPlaceholderText(tr("folder with a Dockerfile"));
    m_dockerfile = lineEdit(QStringLiteral("stepDockerfile"), QStringLiteral("build"), [this](StepSpec &s, const QString &t) {
        if (s.build.context.isEmpty()) {
            // A Dockerfile belongs to a build folder: say so instead of dropping what was typed.
            if (!t.trimmed().isEmpty()) {
                emit statusMessage(tr("Dockerfile not set: first name the build folder that holds it"));
                m_buildContext->setFocus(Qt::OtherFocusReason);
            }
            return false;
        }
        s.build.dockerfile = t.trimmed();
        return true;
    });
    m_dockerfile->setPlaceholderText(tr("Dockerfile"));
    m_cpus = new QDoubleSpinBox(this);
    m_cpus->setObjectName(QStringLiteral("stepCpus"));
    m_cpus->setRange(0, 1024);
    m_cpus->setDecimals(1);
    m_cpus->setSingleStep(0.5);
    m_cpus->setSpecialValueText(tr("no limit"));
    connect(m_cpus, &QDoubleSpinBox::editingFinished, this, [this] {
        commit(QStringLiteral("resources"), [this](StepSpec &s) {
            s.resources.cpus = m_cpus->value();
            return true;
        });
    });
    m_memory = lineEdit(QStringLiteral("stepMemory"), QStringLiteral("resources"), [this](StepSpec &s, const QString &t) {
        if (t.trimmed().isEmpty()) {
            s.resources.memoryBytes = 0;
            return true;
        }
        const std::optional<qint64> bytes = parseMemory(t);
        if (!bytes) {
            emit statusMessage(tr("Memory not changed: '%1' is not a size such as 512m or 4g").arg(t));
            return false;
        }
        s.resources.memoryBytes = *bytes;
        return true;
    });
    m_memory->setPlaceholderText(tr("no limit (e.g. 4g)"));
    m_gpus = new QSpinBox(this);
    m_gpus->setObjectName(QStringLiteral("stepGpus"));
    m_gpus->setRange(0, 64);
    m_gpus->setSpecialValueText(tr("none"));
    connect(m_gpus, &QSpinBox::editingFinished, this, [this] {
        commit(QStringLiteral("resources"), [this](StepSpec &s) {
            s.resources.gpus = m_gpus->value();
            return true;
        });
    });
    m_timeout = lineEdit(QStringLiteral("stepTimeout"), QStringLiteral("timeout"), [this](StepSpec &s, const QString &t) {
        if (t.trimmed().isEmpty()) {
            s.timeoutMs.reset();
            return true;
        }
        const std::optional<qint64> ms = parseDuration(t);
        if (!ms || *ms <= 0) {
            emit statusMessage(tr("Timeout not changed: '%1' is not a duration such as 30m, 90s or PT1H").arg(t));
            return false;
        }
        s.timeoutMs = ms;
        return true;
    });
    m_retries = new QSpinBox(this);
    m_retries->setObjectName(QStringLiteral("stepRetries"));
    m_retries->setRange(-1, 20);
    m_retries->setSpecialValueText(tr("pipeline default"));
    connect(m_retries, &QSpinBox::editingFinished, this, [this] {
        commit(QStringLiteral("retries"), [this](StepSpec &s) {
            if (m_retries->value() < 0) {
                s.retry.reset();
            } else {
                RetryPolicy r = s.retry.value_or(RetryPolicy{});
                r.maxAttempts = m_retries->value() + 1;
                s.retry = r;
            }
            return true;
        });
    });
    m_cache = new QComboBox(this);
    m_cache->setObjectName(QStringLiteral("stepCache"));
    m_cache->addItem(tr("Pipeline default"), 0);
    m_cache->addItem(tr("Reuse results"), 1);
    m_cache->addItem(tr("Always run"), 2);
    connect(m_cache, &QComboBox::currentIndexChanged, this, [this] {
        commit(QStringLiteral("cache"), [this](StepSpec &s) {
            const int choice = m_cache->currentData().toInt();
            if (choice == 0)
                s.cache.reset();
            else {
                CachePolicy c = s.cache.value_or(CachePolicy{});
                c.enabled = choice == 1;
                s.cache = c;
            }
            return true;
        });
    });
    m_cacheExpiry = lineEdit(QStringLiteral("stepCacheExpiry"), QStringLiteral("cache"), [this](StepSpec &s, const QString &t) {
        if (t.trimmed().isEmpty() && !s.cache)
            return false;   // nothing set, nothing typed: the step keeps the pipeline's default
        CachePolicy c = s.cache.value_or(CachePolicy{});
        if (t.trimmed().isEmpty()) {
            c.expireAfterMs = 0;
        } else {
            const std::optional<qint64> ms = parseDuration(t);
            if (!ms) {
                emit statusMessage(tr("Cache expiry not changed: '%1' is not a duration such as P7D or 12h").arg(t));
                return false;
            }
            c.expireAfterMs = *ms;
        }
        s.cache = c;
        return true;
    });
    m_cacheExpiry->setPlaceholderText(tr("never expires (e.g. 7d)"));
    m_network = new QCheckBox(tr("Allow network access"), this);
    m_network->setObjectName(QStringLiteral("stepNetwork"));
    connect(m_network, &QCheckBox::toggled, this, [this](bool on) {
        commit(QStringLiteral("network"), [on](StepSpec &s) {
            s.network = on;
            return true;
        });
    });
    m_code = lineEdit(QStringLiteral("stepCode"), QStringLiteral("code"), [](StepSpec &s, const QString &t) {
        s.code = t.trimmed();
        return true;
    });
    m_code->setPlaceholderText(tr("the script's folder"));
    m_dependsOn = lineEdit(QStringLiteral("stepDependsOn"), QStringLiteral("depends_on"), [](StepSpec &s, const QString &t) {
        s.dependsOn = commandlinetext::splitNames(t);
        return true;
    });
    m_dependsOn->setPlaceholderText(tr("steps to wait for, besides the data"));

    m_when = new QLineEdit(this);
    m_when->setObjectName(QStringLiteral("stepWhen"));
    m_when->setPlaceholderText(tr("${steps.evaluate.properties.report.accuracy} >= ${parameters.min_accuracy}"));
    connect(m_when, &QLineEdit::textEdited, this, &StepPropertiesPanel::checkCondition);
    connect(m_when, &QLineEdit::editingFinished, this, [this] {
        m_when->setModified(false);
        commit(QStringLiteral("when"), [this](StepSpec &s) {
            s.when = m_when->text().trimmed();
            return true;
        });
    });
    m_whenStatus = new QLabel(this);
    m_whenStatus->setObjectName(QStringLiteral("stepWhenStatus"));
    m_whenStatus->setWordWrap(true);
    m_then = lineEdit(QStringLiteral("stepThen"), QStringLiteral("then"), [](StepSpec &s, const QString &t) {
        s.thenSteps = commandlinetext::splitNames(t);
        return true;
    });
    m_else = lineEdit(QStringLiteral("stepElse"), QStringLiteral("else"), [](StepSpec &s, const QString &t) {
        s.elseSteps = commandlinetext::splitNames(t);
        return true;
    });
    m_message = lineEdit(QStringLiteral("stepMessage"), QStringLiteral("message"), [](StepSpec &s, const QString &t) {
        s.message = t.trimmed();
        return true;
    });

    // Order of the form: what a step does, what it reads and writes, how it runs.
    auto *whenBox = new QWidget(this);
    auto *whenLayout = new QVBoxLayout(whenBox);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    whenLayout->setSpacing(3);
    whenLayout->addWidget(m_when);
    whenLayout->addWidget(m_whenStatus);
    addWide(QStringLiteral("when"), tr("Condition"), whenBox);
    addRow(QStringLiteral("then"), tr("Then run"), m_then);
    addRow(QStringLiteral("else"), tr("Else run"), m_else);
    addRow(QStringLiteral("message"), tr("Message"), m_message);
    auto tableRow = [&](StepTableModel::Field field, const QString &title) {
        // The models need the document; they are created in setPipelineDocument.
        auto *placeholder = new QWidget(this);
        placeholder->setObjectName(QStringLiteral("tableSlot_%1").arg(int(field)));
        auto *l = new QVBoxLayout(placeholder);
        l->setContentsMargins(0, 0, 0, 0);
        addWide(StepTableModel::fieldName(field), title, placeholder);
    };
    tableRow(StepTableModel::Field::Inputs, tr("Inputs"));
    addRow(QStringLiteral("outputs"), tr("Outputs"), m_outputs);
    tableRow(StepTableModel::Field::Hyperparameters, tr("Hyperparameters"));
    tableRow(StepTableModel::Field::Metrics, tr("Metrics"));
    tableRow(StepTableModel::Field::Properties, tr("Properties"));
    tableRow(StepTableModel::Field::Environment, tr("Environment"));
    addRow(QStringLiteral("runner"), tr("Runner"), m_runner);
    addRow(QStringLiteral("image"), tr("Image"), m_image);
    auto *build = new QWidget(this);
    auto *buildLayout = new QHBoxLayout(build);
    buildLayout->setContentsMargins(0, 0, 0, 0);
    buildLayout->addWidget(m_buildContext, 2);
    buildLayout->addWidget(m_dockerfile, 1);
    addRow(QStringLiteral("build"), tr("Build"), build);
    auto *resources = new QWidget(this);
    auto *resLayout = new QHBoxLayout(resources);
    resLayout->setContentsMargins(0, 0, 0, 0);
    resLayout->addWidget(m_cpus);
    resLayout->addWidget(m_memory);
    resLayout->addWidget(m_gpus);
    m_cpus->setToolTip(tr("CPUs"));
    m_memory->setToolTip(tr("Memory"));
    m_gpus->setToolTip(tr("GPUs"));
    addRow(QStringLiteral("resources"), tr("CPUs, memory, GPUs"), resources);
    addRow(QStringLiteral("timeout"), tr("Timeout"), m_timeout);
    addRow(QStringLiteral("retries"), tr("Retries"), m_retries);
    auto *cache = new QWidget(this);
    auto *cacheLayout = new QHBoxLayout(cache);
    cacheLayout->setContentsMargins(0, 0, 0, 0);
    cacheLayout->addWidget(m_cache, 1);
    cacheLayout->addWidget(m_cacheExpiry, 1);
    addRow(QStringLiteral("cache"), tr("Cache"), cache);
    addRow(QStringLiteral("network"), QString(), m_network);
    addRow(QStringLiteral("code"), tr("Code folder"), m_code);
    addRow(QStringLiteral("depends_on"), tr("Runs after"), m_dependsOn);
}

void StepPropertiesPanel::setPipelineDocument(PipelineDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_notebooksFor.clear();
    // Table models live as long as the document they edit.
    for (StepTableModel *model : std::as_const(m_tables))
        model->deleteLater();
    m_tables.clear();
    const QList<StepTableModel::Field> fields{StepTableModel::Field::Inputs, StepTableModel::Field::Hyperparameters,
                                              StepTableModel::Field::Metrics, StepTableModel::Field::Properties,
                                              StepTableModel::Field::Environment};
    for (StepTableModel::Field field : fields) {
        QWidget *slot = findChild<QWidget *>(QStringLiteral("tableSlot_%1").arg(int(field)));
        if (!slot)
            continue;
        qDeleteAll(slot->findChildren<QTableView *>(Qt::FindDirectChildrenOnly));
        if (document)
            slot->layout()->addWidget(table(new StepTableModel(document, field, document)));
    }
    m_step.clear();
    if (document) {
        connect(document, &PipelineDocument::stepChanged, this, [this](const QString &name) {
            if (name == m_step)
                reload();
        });
        connect(document, &PipelineDocument::stepRenamed, this, [this](const QString &from, const QString &to) {
            if (from == m_step)
                setStep(to);
        });
        connect(document, &PipelineDocument::stepsRemoved, this, [this](const QStringList &names) {
            if (names.contains(m_step))
                setStep(QString());
        });
        connect(document, &PipelineDocument::documentReset, this, &StepPropertiesPanel::reload);
        connect(document, &PipelineDocument::diagnosticsChanged, this, &StepPropertiesPanel::reload);
        connect(document, &PipelineDocument::pipelineChanged, this, &StepPropertiesPanel::reload);
        connect(document, &PipelineDocument::graphEditableChanged, this, &StepPropertiesPanel::reload);
    }
    reload();
}

void StepPropertiesPanel::setStep(const QString &name)
{
    if (name != m_step) {
        // What was typed for the previous step is not this step's: show the new values.
        for (QLineEdit *e : findChildren<QLineEdit *>())
            e->setModified(false);
    }
    m_step = name;
    for (StepTableModel *model : std::as_const(m_tables))
        model->setStep(name);
    reload();
}

void StepPropertiesPanel::updateVisibility(const QString &type)
{
    const StepType *t = StepTypeRegistry::instance().find(type);
    QStringList keys = commonStepKeys();
    keys.append(QStringLiteral("name"));
    if (t)
        keys += t->keys();
    else
        for (const QString &n : StepTypeRegistry::instance().names())
            keys += StepTypeRegistry::instance().find(n)->keys();
    QHash<const QWidget *, bool> wanted;
    for (auto it = m_rowsByKey.cbegin(); it != m_rowsByKey.cend(); ++it)
        for (QWidget *w : it.value())
            wanted.insert(w, keys.contains(it.key()));
    for (const TypeField &f : std::as_const(m_typeFields))
        for (QWidget *w : f.rowWidgets)
            wanted.insert(w, f.type == type);
    // Row by row, top to bottom, and only the rows that change: hiding and showing rows in
    // hash order left some shown rows with no height (a condition step's Then/Else rows).
    for (int row = 0; row < m_form->rowCount(); ++row) {
        std::optional<bool> visible;
        for (const QFormLayout::ItemRole role : {QFormLayout::LabelRole, QFormLayout::FieldRole, QFormLayout::SpanningRole})
            if (const QLayoutItem *item = m_form->itemAt(row, role); item && wanted.contains(item->widget()))
                visible = wanted.value(item->widget());
        if (visible && m_form->isRowVisible(row) != *visible)
            m_form->setRowVisible(row, *visible);
    }
}

void StepPropertiesPanel::reload()
{
    const StepSpec *s = m_document ? m_document->step(m_step) : nullptr;
    setEnabled(s != nullptr);
    if (!s) {
        m_title->setText(tr("No step selected"));
        m_problems->hide();
        clearFields();
        return;
    }
    m_loading = true;
    const bool editable = m_document->isGraphEditable();
    m_title->setText(tr("Step %1").arg(s->name));
    const StepDefaults &d = m_document->spec().defaults;
    auto set = [](QLineEdit *e, const QString &text) {
        if (e->text() == text)
            return;
        // Text being typed and not yet committed (Return, Tab) is the user's: a reload
        // after a background validation or another field's edit must not replace it.
        if (e->hasFocus() && e->isModified())
            return;
        e->setText(text);
        if (!e->hasFocus())
            e->setCursorPosition(0);   // long values show their beginning
    };
    set(m_name, s->name);
    m_type->setCurrentIndex(m_type->findData(s->type));
    set(m_description, s->description);
    set(m_command, commandlinetext::join(s->command));
    set(m_outputs, s->outputs.join(QStringLiteral(", ")));
    m_runner->setItemText(0, tr("Pipeline default (%1)").arg(d.runner.value_or(QStringLiteral("process"))));
    m_runner->setCurrentIndex(std::max(0, m_runner->findData(s->runner.value_or(QString()))));
    set(m_image, s->image.value_or(QString()));
    m_image->setPlaceholderText(d.image ? tr("default: %1").arg(*d.image) : tr("container runners only"));
    set(m_buildContext, s->build.context);
    set(m_dockerfile, s->build.dockerfile);
    m_cpus->setValue(s->resources.cpus);
    set(m_memory, s->resources.memoryBytes > 0 ? formatMemorySpec(s->resources.memoryBytes) : QString());
    m_gpus->setValue(s->resources.gpus);
    set(m_timeout, s->timeoutMs ? formatDurationSpec(*s->timeoutMs) : QString());
    m_timeout->setPlaceholderText(d.timeoutMs ? tr("default: %1").arg(formatDurationSpec(*d.timeoutMs)) : tr("none"));
    m_retries->setValue(s->retry ? s->retry->maxAttempts - 1 : -1);
    m_cache->setCurrentIndex(!s->cache ? 0 : (s->cache->enabled ? 1 : 2));
    set(m_cacheExpiry, s->cache && s->cache->expireAfterMs > 0 ? formatDurationSpec(s->cache->expireAfterMs) : QString());
    m_network->setChecked(s->network);
    set(m_code, s->code);
    set(m_dependsOn, s->dependsOn.join(QStringLiteral(", ")));
    if (!m_when->hasFocus())
        set(m_when, s->when);
    set(m_then, s->thenSteps.join(QStringLiteral(", ")));
    set(m_else, s->elseSteps.join(QStringLiteral(", ")));
    set(m_message, s->message);
    for (const TypeField &f : std::as_const(m_typeFields)) {
        if (f.type != s->type)
            continue;
        const QString value = s->extra.value(f.key).toString();
        auto *c = qobject_cast<QComboBox *>(f.editor);
        if (auto *e = qobject_cast<QLineEdit *>(f.editor)) {
            set(e, value);
        } else if (c && c->isEditable()) {
            const QStringList offered = suggestionsFor(f.suggestions);
            if (offered != m_offered.value(f.editor)) {
                m_offered.insert(f.editor, offered);
                c->clear();
                c->addItems(offered);
            }
            if (!c->lineEdit()->hasFocus())
                set(c->lineEdit(), value);
        } else if (c) {
            c->setCurrentIndex(std::max(0, c->findData(value)));
        } else if (auto *t = qobject_cast<QPlainTextEdit *>(f.editor); t && !t->hasFocus() && t->toPlainText() != value) {
            t->setPlainText(value);
        }
    }
    updateVisibility(s->type);
    checkCondition(m_when->text());

    QStringList problems;
    for (const Diagnostic &diag : m_document->currentDiagnosticsFor(s->name))
        problems.append((diag.isError() ? QStringLiteral("✗ ") : QStringLiteral("⚠ ")) + diag.message);
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    for (QWidget *w : findChildren<QWidget *>()) {
        if (auto *e = qobject_cast<QLineEdit *>(w))
            e->setReadOnly(!editable);
        else if (auto *t = qobject_cast<QPlainTextEdit *>(w))
            t->setReadOnly(!editable);
        else if (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QCheckBox *>(w))
            w->setEnabled(editable);
    }
    m_loading = false;
}

void StepPropertiesPanel::clearFields()
{
    // Greyed out and empty: no value of a step that is no longer selected stays on show.
    m_loading = true;
    for (QWidget *w : findChildren<QWidget *>()) {
        if (auto *e = qobject_cast<QLineEdit *>(w)) {
            if (!qobject_cast<QAbstractSpinBox *>(e->parentWidget()))
                e->clear();
        } else if (auto *t = qobject_cast<QPlainTextEdit *>(w)) {
            t->clear();
        } else if (auto *c = qobject_cast<QComboBox *>(w); c && !c->isEditable()) {
            c->setCurrentIndex(c == m_type ? -1 : 0);
        } else if (auto *spin = qobject_cast<QSpinBox *>(w)) {
            spin->setValue(spin->minimum());
        } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(w)) {
            spin->setValue(spin->minimum());
        } else if (auto *check = qobject_cast<QCheckBox *>(w)) {
            check->setChecked(false);
        }
    }
    m_whenStatus->clear();
    m_loading = false;
}

bool StepPropertiesPanel::commit(const QString &field, const std::function<bool(StepSpec &)> &edit)
{
    if (m_loading || !m_document)
        return false;
    const StepSpec *current = m_document->step(m_step);
    if (!current)
        return false;
    StepSpec s = *current;
    if (!edit(s))
        return false;
    return m_document->changeStep(s, field);
}

void StepPropertiesPanel::checkCondition(const QString &text)
{
    if (!m_document || !m_document->step(m_step)) {
        m_whenStatus->clear();
        return;
    }
    if (text.trimmed().isEmpty()) {
        m_whenStatus->setText(tr("A condition compares parameters and properties of earlier steps, e.g. "
                                 "${steps.evaluate.properties.report.accuracy} >= 0.9"));
        m_whenStatus->setStyleSheet(QStringLiteral("color: %1").arg(theme::muted().name()));
        return;
    }
    // The engine's own validator judges the expression as typed: syntax, references, types.
    PipelineSpec spec = m_document->spec();
    for (StepSpec &s : spec.steps) {
        if (s.name == m_step) {
            s.when = text;
            s.locations.insert(QStringLiteral("when"), SourceLocation{1, 1, false});
        }
    }
    QStringList problems;
    int column = 0;
    for (const Diagnostic &d : validatePipeline(spec)) {
        if (d.step != m_step || d.field != QStringLiteral("when") || !d.isError())
            continue;
        problems.append(d.message);
        if (column == 0 && d.line == 1)
            column = d.column;
    }
    if (problems.isEmpty()) {
        m_whenStatus->setText(QStringLiteral("✓ ") + tr("valid condition"));
        m_whenStatus->setStyleSheet(QStringLiteral("color: %1").arg(theme::success().name()));
    } else {
        m_whenStatus->setText(QStringLiteral("✗ ") + (column > 0 ? tr("column %1: %2").arg(column).arg(problems.first())
                                                                 : problems.first()));
        m_whenStatus->setStyleSheet(QStringLiteral("color: %1").arg(theme::danger().name()));
    }
}

} // namespace mlops
