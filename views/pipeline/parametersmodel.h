// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace mlops {

class PipelineDocument;

/**
 * The pipeline's parameters as a table (name, type, default) with a last row to add
 * one. Edits push undo commands: a rename rewrites every `${parameters.…}`; a default
 * is checked against its type (a number, true/false) before it is taken.
 */
class ParametersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Type, Default, ColumnCount };

    explicit ParametersModel(PipelineDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    /** Type names in the order of ParameterSpec::Type, translated. */
    static QStringList typeNames();

private:
    void reload();

    QPointer<PipelineDocument> m_document;
    int m_rows = 0;
};

} // namespace mlops
