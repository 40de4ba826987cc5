// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/tracking/runquery.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace mlops {

/**
 * The controls above the runs table: free-text search, a filter expression
 * (`accuracy > 0.9 and status = Completed`), which runs to list (executions, steps,
 * notebooks), status and pipeline, and the parameter and metric columns to show.
 * Typing is debounced; a bad filter is shown under the field with where it went wrong.
 */
class RunFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit RunFilterBar(QWidget *parent = nullptr);

    /** The query the controls describe (sort excluded: the table's header owns it). */
    RunListQuery query() const;
    void setSearch(const QString &text);
    void setFilter(const QString &text);
    /** Runs to list: {} (executions and notebooks with their steps), or kinds. */
    void setKinds(const QStringList &kinds);
    void setStatus(const QString &status);
    void clearAll();

    /** The names the store knows (fills the pipeline box and the columns menu). */
    void setChoices(const RunColumnChoices &choices);
    void setColumns(const QStringList &parameters, const QStringList &metrics);
    const QStringList &parameterColumns() const { return m_parameterColumns; }
    const QStringList &metricColumns() const { return m_metricColumns; }

    /** Shows a filter error (BadInput with a column) or clears it (empty error). */
    void showFilterError(const Error &error);
    QString filterError() const;
    void setRunCount(int count, bool loading);

signals:
    void queryChanged();
    void columnsChanged(const QStringList &parameters, const QStringList &metrics);

private:
    void rebuildColumnsMenu();

    QLineEdit *m_search;
    QLineEdit *m_filter;
    QComboBox *m_kind;
    QComboBox *m_status;
    QComboBox *m_pipeline;
    QToolButton *m_columns;
    QLabel *m_error;
    QLabel *m_count;
    QTimer *m_debounce;
    RunColumnChoices m_choices;
    QStringList m_parameterColumns;
    QStringList m_metricColumns;
};

} // namespace mlops
