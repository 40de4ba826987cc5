// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/parametersmodel.h"

#include "core/pipeline/pipelineedit.h"
#include "views/common/theme.h"
#include "views/pipeline/pipelinedocument.h"

#include <QFont>
#include <QRegularExpression>

namespace mlops {

namespace {

bool isNumber(const QString &s)
{
    static const QRegularExpression number(QStringLiteral("^[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?$"));
    return number.match(s.trimmed()).hasMatch();
}

} // namespace

ParametersModel::ParametersModel(PipelineDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &PipelineDocument::pipelineChanged, this, &ParametersModel::reload);
    connect(document, &PipelineDocument::documentReset, this, &ParametersModel::reload);
    connect(document, &PipelineDocument::graphEditableChanged, this, &ParametersModel::reload);
    reload();
}

QStringList ParametersModel::typeNames()
{
    return {tr("text"), tr("number"), tr("true/false")};
}

void ParametersModel::reload()
{
    beginResetModel();
    m_rows = m_document ? int(m_document->spec().parameters.size()) : 0;
    endResetModel();
}

int ParametersModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_document)
        return 0;
    return m_rows + (m_document->isGraphEditable() ? 1 : 0);
}

int ParametersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParametersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_document)
        return {};
    const QList<ParameterSpec> &params = m_document->spec().parameters;
    if (index.row() >= params.size()) {
        if (role == Qt::DisplayRole && index.column() == Name)
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
    const ParameterSpec &p = params.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Name: return p.name;
        case Type: return role == Qt::EditRole ? QVariant(int(p.type)) : QVariant(typeNames().value(int(p.type)));
        case Default: return p.defaultValue;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Name)
        return tr("Use it as ${parameters.%1}; override it when running").arg(p.name);
    return {};
}

QVariant ParametersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Parameter");
    case Type: return tr("Type");
    case Default: return tr("Default");
    default: return {};
    }
}

Qt::ItemFlags ParametersModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !m_document)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_document->isGraphEditable() && (index.row() < m_rows || index.column() == Name))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ParametersModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !m_document)
        return false;
    QList<ParameterSpec> params = m_document->spec().parameters;
    const QString text = value.toString().trimmed();
    if (index.row() >= params.size()) {
        if (!pipelineedit::isValidName(text) || m_document->spec().parameter(text))
            return false;
        ParameterSpec p;
        p.name = text;
        p.type = ParameterSpec::Type::String;
        params.append(p);
        return m_document->setParameters(params, tr("Add Parameter %1").arg(text));
    }
    ParameterSpec &p = params[index.row()];
    switch (index.column()) {
    case Name:
        if (text.isEmpty()) {
            const QString name = p.name;
            params.removeAt(index.row());
            return m_document->setParameters(params, tr("Remove Parameter %1").arg(name));
        }
        return m_document->renameParameter(p.name, text);
    case Type: {
        const auto type = ParameterSpec::Type(std::clamp(value.toInt(), 0, 2));
        if (type == p.type)
            return false;
        p.type = type;
        if (type == ParameterSpec::Type::Number && !isNumber(p.defaultValue))
            p.defaultValue = QStringLiteral("0");
        if (type == ParameterSpec::Type::Boolean)
            p.defaultValue = p.defaultValue.toLower() == QStringLiteral("true") ? QStringLiteral("true") : QStringLiteral("false");
        return m_document->setParameters(params, tr("Change Type of Parameter %1").arg(p.name));
    }
    case Default:
        if (p.type == ParameterSpec::Type::Number && !isNumber(text))
            return false;
        if (p.type == ParameterSpec::Type::Boolean && text.toLower() != QStringLiteral("true")
            && text.toLower() != QStringLiteral("false"))
            return false;
        if (p.defaultValue == value.toString())
            return false;
        p.defaultValue = p.type == ParameterSpec::Type::String ? value.toString() : text.toLower();
        return m_document->setParameters(params, tr("Change Default of Parameter %1").arg(p.name));
    default: return false;
    }
}

bool ParametersModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || !m_document || row < 0 || count <= 0 || row + count > m_rows)
        return false;
    QList<ParameterSpec> params = m_document->spec().parameters;
    params.remove(row, count);
    return m_document->setParameters(params, tr("Remove %n Parameter(s)", nullptr, count));
}

} // namespace mlops
