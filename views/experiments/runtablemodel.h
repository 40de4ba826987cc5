// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/tracking/runquery.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

class QTimer;

namespace mlops {

/**
 * The runs of the Experiments screen as a virtual table (STYLE.md §11): the top level
 * holds every matching run — 100,000 of them if need be — but only the ordered ids live
 * in memory; rows are fetched by pages of 100 off the GUI thread when the view first
 * paints them, and kept by run id, so a refresh or a new run at the top never blanks
 * what is on screen. Pipeline executions expand to their step runs (fetched on expand).
 *
 * Columns: name, id, kind, status, the final metrics and parameters the user picked, then
 * start, duration, commit and cache.
 */
class RunTableModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    /** What a column shows. Columns: name, id, kind, status, the metrics and parameters
     *  picked, then start, duration, commit and cache. */
    enum Field { NameField, IdField, KindField, StatusField, MetricField, ParameterField, StartedField,
                 DurationField, CommitField, CacheField };
    /** The fixed columns before the metrics and parameters. */
    enum LeadingColumn { NameColumn, IdColumn, KindColumn, StatusColumn, LeadingColumnCount };
    static constexpr int kTrailingColumns = 4;
    enum Role {
        RunIdRole = Qt::UserRole + 1,   ///< the run's row id (qint64)
        RunUuidRole,
        RunKindRole,
        StatusNameRole,                 ///< RunStatus name, for the badge
        LoadedRole,                     ///< false while the row is being fetched
        CachedFromRole,                 ///< row id of the run whose result was reused
    };
    static constexpr int kPageSize = 100;

    explicit RunTableModel(QObject *parent = nullptr);
    ~RunTableModel() override;

    /** The store to read (empty: no workspace, no rows). Reloads. */
    void setStorePath(const QString &path);
    QString storePath() const { return m_storePath; }

    /** Which runs and in which order; reloads the ids. */
    void setQuery(const RunListQuery &query);
    const RunListQuery &query() const { return m_query; }

    /** The parameter and metric columns after the fixed ones. */
    void setDynamicColumns(const QStringList &parameters, const QStringList &metrics);
    const QStringList &parameterColumns() const { return m_parameterColumns; }
    const QStringList &metricColumns() const { return m_metricColumns; }
    /** The column of a parameter or metric, or -1. */
    int parameterColumn(const QString &key) const;
    int metricColumn(const QString &key) const;
    /** The column of a fixed field (not MetricField or ParameterField). */
    int columnOf(Field field) const;
    /** What column `column` shows, and its metric or parameter name. */
    std::pair<Field, QString> fieldOf(int column) const;

    /** Reads the ids and the rows on screen again, keeping what is shown meanwhile. */
    void refresh();

    bool isLoading() const { return m_idsInFlight || m_pagesInFlight > 0 || !m_wanted.isEmpty(); }
    /** The error of the last list query (a bad filter), empty when it worked. */
    const Error &lastError() const { return m_lastError; }
    bool hasError() const { return !m_lastError.message.isEmpty(); }

    int totalRuns() const { return int(m_ids.size()); }
    qint64 runIdAt(const QModelIndex &index) const;
    /** The row of a run (top level, or a step run already fetched), invalid when not listed. */
    QModelIndex indexOfRun(qint64 runId) const;
    /** The data of a row, when fetched. */
    const RunRow *rowAt(const QModelIndex &index) const;
    /** Milliseconds the last id list and the last page took to query (for benchmarks). */
    qint64 lastListMs() const { return m_lastListMs; }
    qint64 lastPageMs() const { return m_lastPageMs; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /** The sort a column stands for. */
    RunSort sortForColumn(int column, Qt::SortOrder order) const;
    /** The column and order of a sort, for the header's indicator. */
    std::pair<int, Qt::SortOrder> columnForSort(const RunSort &sort) const;

signals:
    void loadingChanged(bool loading);
    /** A new id list is in place (after a query or a refresh that changed it). */
    void listLoaded(int runs);
    /** The list query failed (a bad filter: BadInput with the column of the culprit). */
    void listFailed(const mlops::Error &error);
    void pageLoaded(int page);

private:
    struct ListResult;
    struct PageResult;

    void loadIds(bool isRefresh);
    void applyIds(ListResult result, bool isRefresh);
    void want(int page) const;
    void pumpPages();
    void applyPage(PageResult result);
    void loadChildren(qint64 parentId);
    void setLoading();
    void dropFarRows(int nearPage);
    /** Tells the view the rows it shows changed (not all 100,000: that alone costs a frame). */
    void emitShownRowsChanged();
    QString displayText(const RunRow &row, int column) const;

    QString m_storePath;
    RunListQuery m_query;
    QStringList m_parameterColumns;
    QStringList m_metricColumns;

    QList<qint64> m_ids;
    QList<bool> m_hasSteps;
    QHash<qint64, int> m_rowOf;
    QHash<qint64, RunRow> m_rows;                 ///< fetched rows by run id
    QHash<qint64, QList<RunRow>> m_children;      ///< fetched step runs by execution id
    QSet<qint64> m_childrenInFlight;

    quint64 m_listGeneration = 0;                 ///< bumps when the ids change meaning
    quint64 m_dataGeneration = 0;                 ///< bumps when fetched rows become stale
    QHash<int, quint64> m_pageFresh;              ///< page → data generation it was fetched in
    QSet<int> m_pagesRequested;                   ///< in flight in this data generation
    mutable QList<int> m_wanted;                  ///< pages to fetch, most wanted last
    mutable QList<int> m_recentPages;             ///< pages the view painted lately, newest last
    QTimer *m_pump;
    int m_pagesInFlight = 0;
    bool m_idsInFlight = false;
    bool m_refreshPending = false;
    bool m_wasLoading = false;
    Error m_lastError;
    qint64 m_lastListMs = 0;
    qint64 m_lastPageMs = 0;
};

} // namespace mlops
