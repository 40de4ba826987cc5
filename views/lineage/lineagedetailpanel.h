// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/lineage/lineagegraph.h"

#include <QJsonObject>
#include <QMap>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace mlops {

/**
 * The selected entity in words: its kind, name and ids (hash, size, run, commit), the
 * parameters, hyperparameters and metrics a run had, and how it connects — with actions
 * to show its own lineage, open a model version in the Registry and copy its hash.
 */
class LineageDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LineageDetailPanel(QWidget *parent = nullptr);

    /** Shows `entity` of `graph` (for its connections). */
    void showEntity(const LineageEntity &entity, const LineageGraph &graph);
    void showPlaceholder(const QString &text);
    qint64 entityId() const { return m_entity.id; }
    /** Every value shown, for tests: "Hash" → "3f2a…". */
    QString fact(const QString &label) const;
    QTreeWidget *propertiesTree() const { return m_properties; }
    /** For an artifact: the lineage key of the run that produced it (empty when not in the graph). */
    QString producerKey() const { return m_producerKey; }

signals:
    void focusRequested(const QString &key);
    void navigateRequested(const QString &screenId, const QVariant &argument);

private:
    void addFact(const QString &label, const QString &value, bool monospace = false);
    /** An artifact's producing run (a link that focuses it), its commit and its parameters. */
    void addProducer(const LineageEntity &artifact, const LineageGraph &graph);

    LineageEntity m_entity;
    QWidget *m_content;
    QLabel *m_placeholder;
    QLabel *m_kind;
    QLabel *m_title;
    QFormLayout *m_facts;
    QTreeWidget *m_properties;
    QLabel *m_connections;
    QPushButton *m_focus;
    QPushButton *m_registry;
    QPushButton *m_copy;
    QMap<QString, QString> m_shown;
    QString m_producerKey;
    QJsonObject m_producerParameters;
};

} // namespace mlops
