// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace mlops {

class PipelineDocument;

/**
 * One name → value field of a step as a two-column table: inputs, hyperparameters,
 * metric definitions, properties or environment. The last row adds an entry. Editing a
 * cell pushes a ChangeStep command through the document (Tiled's layermodel pattern),
 * so every edit is undoable and every view follows.
 */
class StepTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Field { Inputs, Hyperparameters, Metrics, Properties, Environment };
    using Entries = QList<QPair<QString, QString>>;

    StepTableModel(PipelineDocument *document, Field field, QObject *parent = nullptr);

    void setStep(const QString &name);
    const QString &step() const { return m_step; }
    Field field() const { return m_field; }
    /** The YAML key ("inputs", "metrics"…). */
    QString fieldName() const { return fieldName(m_field); }
    static QString fieldName(Field field);
    Entries entries() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

private:
    bool write(const Entries &entries);
    QString problem(int row) const;
    void reload();

    QPointer<PipelineDocument> m_document;
    Field m_field;
    QString m_step;
    Entries m_entries;
};

} // namespace mlops
