// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/steptablemodel.h"

#include "core/pipeline/pipelineedit.h"
#include "views/common/theme.h"
#include "views/pipeline/pipelinedocument.h"

#include <QFont>
#include <QRegularExpression>

namespace mlops {

StepTableModel::StepTableModel(PipelineDocument *document, Field field, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_field(field)
{
    connect(document, &PipelineDocument::stepChanged, this, [this](const QString &name) {
        if (name == m_step)
            reload();
    });
    connect(document, &PipelineDocument::stepRenamed, this, [this](const QString &from, const QString &to) {
        if (from == m_step)
            m_step = to;
    });
    connect(document, &PipelineDocument::documentReset, this, &StepTableModel::reload);
    connect(document, &PipelineDocument::stepsRemoved, this, &StepTableModel::reload);
    connect(document, &PipelineDocument::stepsAdded, this, &StepTableModel::reload);
    connect(document, &PipelineDocument::graphEditableChanged, this, &StepTableModel::reload);
}

void StepTableModel::setStep(const QString &name)
{
    m_step = name;
    reload();
}

QString StepTableModel::fieldName(Field field)
{
    switch (field) {
    case Field::Inputs: return QStringLiteral("inputs");
    case Field::Hyperparameters: return QStringLiteral("hyperparameters");
    case Field::Metrics: return QStringLiteral("metrics");
    case Field::Properties: return QStringLiteral("properties");
    case Field::Environment: return QStringLiteral("environment");
    }
    return QString();
}

StepTableModel::Entries StepTableModel::entries() const
{
    Entries out;
    const StepSpec *s = m_document ? m_document->step(m_step) : nullptr;
    if (!s)
        return out;
    switch (m_field) {
    case Field::Inputs:
        for (const InputSpec &in : s->inputs)
            out.append({in.name, in.value});
        break;
    case Field::Hyperparameters: out = s->hyperparameters; break;
    case Field::Metrics:
        for (const MetricDefinition &m : s->metrics)
            out.append({m.name, m.regex});
        break;
    case Field::Properties: out = s->properties; break;
    case Field::Environment:
        for (auto it = s->environment.cbegin(); it != s->environment.cend(); ++it)
            out.append({it.key(), it.value()});
        break;
    }
    return out;
}

void StepTableModel::reload()
{
    beginResetModel();
    m_entries = entries();
    endResetModel();
}

int StepTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_document || !m_document->step(m_step))
        return 0;
    return int(m_entries.size()) + (m_document->isGraphEditable() ? 1 : 0);
}

int StepTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2;
}

QString StepTableModel::problem(int row) const
{
    if (row >= m_entries.size())
        return QString();
    const auto &[name, value] = m_entries.at(row);
    if (m_field == Field::Metrics) {
        const QRegularExpression re(value);
        if (!re.isValid())
            return tr("invalid regular expression: %1").arg(re.errorString());
        if (re.captureCount() < 1)
            return tr("the regex needs a group around the value, e.g. accuracy=([0-9.]+)");
        return QString();
    }
    if ((m_field == Field::Inputs || m_field == Field::Properties) && !pipelineedit::isValidName(name))
        return tr("'%1' is not a valid name (letters, digits, _ and -, starting with a letter)").arg(name);
    if (m_document) {
        for (const Diagnostic &d : m_document->currentDiagnosticsFor(m_step)) {
            if (d.field == fieldName() + QLatin1Char('.') + name)
                return d.message;
        }
    }
    return QString();
}

QVariant StepTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const bool placeholder = index.row() >= m_entries.size();
    if (placeholder) {
        if (role == Qt::DisplayRole && index.column() == 0)
            return tr("Add…");
        if (role == Qt::ForegroundRole)
            return theme::muted();
        if (role == Qt::FontRole) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    }
    const auto &[name, value] = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return index.column() == 0 ? name : value;
    case Qt::ForegroundRole:
        if (!problem(index.row()).isEmpty())
            return theme::danger();
        return {};
    case Qt::ToolTipRole: {
        const QString p = problem(index.row());
        return p.isEmpty() ? QVariant(index.column() == 0 ? name : value) : QVariant(p);
    }
    default: return {};
    }
}

QVariant StepTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (m_field) {
    case Field::Inputs: return section == 0 ? tr("Input") : tr("Path or ${steps…} reference");
    case Field::Hyperparameters: return section == 0 ? tr("Name") : tr("Value");
    case Field::Metrics: return section == 0 ? tr("Metric") : tr("Regex (first group is the value)");
    case Field::Properties: return section == 0 ? tr("Name") : tr("JSON file in an output");
    case Field::Environment: return section == 0 ? tr("Variable") : tr("Value");
    }
    return {};
}

Qt::ItemFlags StepTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_document && m_document->isGraphEditable() && (index.row() < m_entries.size() || index.column() == 0))
        f |= Qt::ItemIsEditable;
    return f;
}

bool StepTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !m_document)
        return false;
    Entries entries = m_entries;
    const QString text = value.toString();
    const QString trimmed = text.trimmed();
    if (index.row() >= entries.size()) {
        if (trimmed.isEmpty())
            return false;
        for (const auto &e : std::as_const(entries)) {
            if (e.first == trimmed)
                return false;
        }
        entries.append({trimmed, m_field == Field::Metrics ? QStringLiteral("%1=([0-9.]+)").arg(trimmed) : QString()});
        return write(entries);
    }
    if (index.column() == 0) {
        if (trimmed.isEmpty()) {
            entries.removeAt(index.row());
            return write(entries);
        }
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (i != index.row() && entries.at(i).first == trimmed)
                return false;
        }
        entries[index.row()].first = trimmed;
    } else {
        entries[index.row()].second = text;
    }
    return write(entries);
}

bool StepTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row + count > m_entries.size() || count <= 0)
        return false;
    Entries entries = m_entries;
    entries.remove(row, count);
    return write(entries);
}

bool StepTableModel::write(const Entries &entries)
{
    const StepSpec *current = m_document->step(m_step);
    if (!current)
        return false;
    StepSpec s = *current;
    switch (m_field) {
    case Field::Inputs:
        s.inputs.clear();
        for (const auto &[k, v] : entries)
            s.inputs.append(InputSpec{k, v, {}});
        break;
    case Field::Hyperparameters: s.hyperparameters = entries; break;
    case Field::Metrics:
        s.metrics.clear();
        for (const auto &[k, v] : entries)
            s.metrics.append(MetricDefinition{k, v, {}});
        break;
    case Field::Properties: s.properties = entries; break;
    case Field::Environment:
        s.environment.clear();
        for (const auto &[k, v] : entries)
            s.environment.insert(k, v);
        break;
    }
    return m_document->changeStep(s, fieldName());
}

} // namespace mlops
