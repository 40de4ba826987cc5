// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/experiments/runtablemodel.h"

#include "core/common/duration.h"
#include "core/store/database.h"
#include "views/common/async.h"
#include "views/common/theme.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QTimer>

namespace mlops {

namespace {

constexpr int kMaxPagesInFlight = 2;
constexpr int kMaxWantedPages = 24;
constexpr int kMaxCachedRows = 20000;

QString shortId(const QString &uuid)
{
    return uuid.left(8);
}

QString formatMetric(double value)
{
    return QLocale().toString(value, 'g', 5);
}

} // namespace

struct RunTableModel::ListResult
{
    quint64 generation = 0;
    Result<RunIdList> list = Error{};
    QHash<qint64, int> rowOf;
    qint64 elapsedMs = 0;
};

struct RunTableModel::PageResult
{
    quint64 listGeneration = 0;
    quint64 dataGeneration = 0;
    int page = 0;
    Result<QList<RunRow>> rows = Error{};
    qint64 elapsedMs = 0;
};

RunTableModel::RunTableModel(QObject *parent) : QAbstractItemModel(parent), m_pump(new QTimer(this))
{
    // data() calls during one paint coalesce into one round of page requests.
    m_pump->setSingleShot(true);
    m_pump->setInterval(0);
    connect(m_pump, &QTimer::timeout, this, &RunTableModel::pumpPages);
}

RunTableModel::~RunTableModel() = default;

void RunTableModel::setStorePath(const QString &path)
{
    m_storePath = path;
    loadIds(false);
}

void RunTableModel::setQuery(const RunListQuery &query)
{
    m_query = query;
    loadIds(false);
}

void RunTableModel::setDynamicColumns(const QStringList &parameters, const QStringList &metrics)
{
    if (parameters == m_parameterColumns && metrics == m_metricColumns)
        return;
    const int dynamicCount = int(m_parameterColumns.size() + m_metricColumns.size());
    if (dynamicCount > 0) {
        beginRemoveColumns({}, LeadingColumnCount, LeadingColumnCount + dynamicCount - 1);
        m_parameterColumns.clear();
        m_metricColumns.clear();
        endRemoveColumns();
    }
    const int added = int(parameters.size() + metrics.size());
    if (added > 0) {
        beginInsertColumns({}, LeadingColumnCount, LeadingColumnCount + added - 1);
        m_parameterColumns = parameters;
        m_metricColumns = metrics;
        endInsertColumns();
    }
    // Rows hold only the values of the old columns: fetch what is on screen again.
    ++m_dataGeneration;
    m_pagesRequested.clear();
    const QList<qint64> parents = m_children.keys();
    for (qint64 parentId : parents)
        loadChildren(parentId);
    emitShownRowsChanged();
}

void RunTableModel::emitShownRowsChanged()
{
    if (m_ids.isEmpty())
        return;
    if (m_recentPages.isEmpty()) {
        // Nothing painted lately (new rows on top): the first page is what shows.
        emit dataChanged(index(0, 0), index(std::min<int>(kPageSize, int(m_ids.size())) - 1, columnCount() - 1));
        return;
    }
    const QList<int> pages = m_recentPages;
    for (int page : pages) {
        const int first = page * kPageSize;
        const int last = std::min<int>(first + kPageSize, int(m_ids.size())) - 1;
        if (first <= last)
            emit dataChanged(index(first, 0), index(last, columnCount() - 1));
    }
}

int RunTableModel::parameterColumn(const QString &key) const
{
    const qsizetype i = m_parameterColumns.indexOf(key);
    return i < 0 ? -1 : LeadingColumnCount + int(m_metricColumns.size() + i);
}

int RunTableModel::metricColumn(const QString &key) const
{
    const qsizetype i = m_metricColumns.indexOf(key);
    return i < 0 ? -1 : LeadingColumnCount + int(i);
}

int RunTableModel::columnOf(Field field) const
{
    const int trailing = LeadingColumnCount + int(m_metricColumns.size() + m_parameterColumns.size());
    switch (field) {
    case NameField: return NameColumn;
    case IdField: return IdColumn;
    case KindField: return KindColumn;
    case StatusField: return StatusColumn;
    case StartedField: return trailing;
    case DurationField: return trailing + 1;
    case CommitField: return trailing + 2;
    case CacheField: return trailing + 3;
    case MetricField:
    case ParameterField: break;
    }
    return -1;
}

std::pair<RunTableModel::Field, QString> RunTableModel::fieldOf(int column) const
{
    switch (column) {
    case NameColumn: return {NameField, {}};
    case IdColumn: return {IdField, {}};
    case KindColumn: return {KindField, {}};
    case StatusColumn: return {StatusField, {}};
    default: break;
    }
    int dynamic = column - LeadingColumnCount;
    if (dynamic >= 0 && dynamic < m_metricColumns.size())
        return {MetricField, m_metricColumns.at(dynamic)};
    dynamic -= int(m_metricColumns.size());
    if (dynamic >= 0 && dynamic < m_parameterColumns.size())
        return {ParameterField, m_parameterColumns.at(dynamic)};
    dynamic -= int(m_parameterColumns.size());
    static constexpr Field trailing[kTrailingColumns] = {StartedField, DurationField, CommitField, CacheField};
    return {dynamic >= 0 && dynamic < kTrailingColumns ? trailing[dynamic] : NameField, {}};
}

void RunTableModel::refresh()
{
    if (m_idsInFlight) {
        m_refreshPending = true;
        return;
    }
    loadIds(true);
}

void RunTableModel::loadIds(bool isRefresh)
{
    if (!isRefresh) {
        // A new question: what was fetched and asked for belongs to the old one.
        ++m_listGeneration;
        ++m_dataGeneration;
        m_wanted.clear();
        m_pagesRequested.clear();
        m_refreshPending = false;
    }
    if (m_storePath.isEmpty()) {
        beginResetModel();
        m_ids.clear();
        m_hasSteps.clear();
        m_rowOf.clear();
        m_rows.clear();
        m_children.clear();
        m_pageFresh.clear();
        endResetModel();
        setLoading();
        return;
    }
    m_idsInFlight = true;
    setLoading();
    const quint64 generation = m_listGeneration;
    const QString path = m_storePath;
    const RunListQuery query = m_query;
    runAsync(
        this,
        [generation, path, query] {
            ListResult r;
            r.generation = generation;
            QElapsedTimer clock;
            clock.start();
            Result<std::unique_ptr<Database>> db = Database::open(path, false);
            if (!db) {
                r.list = db.error();
                return r;
            }
            r.list = runquery::listRunIds(**db, query);
            if (r.list) {
                r.rowOf.reserve(r.list->ids.size());
                for (int i = 0; i < r.list->ids.size(); ++i)
                    r.rowOf.insert(r.list->ids.at(i), i);
            }
            r.elapsedMs = clock.elapsed();
            return r;
        },
        [this, isRefresh](ListResult result) {
            m_idsInFlight = false;
            if (result.generation == m_listGeneration)
                applyIds(std::move(result), isRefresh);
            if (m_refreshPending) {
                m_refreshPending = false;
                loadIds(true);
            }
            setLoading();
        });
}

void RunTableModel::applyIds(ListResult result, bool isRefresh)
{
    m_lastListMs = result.elapsedMs;
    if (!result.list) {
        m_lastError = result.list.error();
        if (!isRefresh) {
            beginResetModel();
            m_ids.clear();
            m_hasSteps.clear();
            m_rowOf.clear();
            m_children.clear();
            m_pageFresh.clear();
            endResetModel();
        }
        emit listFailed(m_lastError);
        return;
    }
    m_lastError = Error{};
    RunIdList &list = *result.list;
    ++m_dataGeneration;
    m_pagesRequested.clear();
    m_wanted.clear();

    if (isRefresh && list.ids == m_ids) {
        m_hasSteps = list.hasSteps;
        // Same runs in the same order: fetch the rows on screen again, show the old meanwhile.
        emitShownRowsChanged();
    } else if (isRefresh && list.ids.size() > m_ids.size()
               && std::equal(m_ids.cbegin(), m_ids.cend(), list.ids.cend() - m_ids.size())) {
        // New runs on top (the usual case while runs are going): insert, keep the rest.
        const int added = int(list.ids.size() - m_ids.size());
        beginInsertRows({}, 0, added - 1);
        m_ids = std::move(list.ids);
        m_hasSteps = std::move(list.hasSteps);
        m_rowOf = std::move(result.rowOf);
        endInsertRows();
        m_recentPages.clear();   // pages moved down: the view asks again for what it shows
        emitShownRowsChanged();
    } else {
        beginResetModel();
        m_ids = std::move(list.ids);
        m_hasSteps = std::move(list.hasSteps);
        m_rowOf = std::move(result.rowOf);
        m_pageFresh.clear();
        if (!isRefresh)
            m_rows.clear();
        m_children.clear();
        endResetModel();
    }
    // Expanded executions follow their step runs (new steps, new statuses).
    const QList<qint64> parents = m_children.keys();
    for (qint64 parentId : parents)
        loadChildren(parentId);
    emit listLoaded(int(m_ids.size()));
}

void RunTableModel::want(int page) const
{
    if (m_recentPages.isEmpty() || m_recentPages.constLast() != page) {
        m_recentPages.removeOne(page);
        m_recentPages.append(page);
        if (m_recentPages.size() > 8)
            m_recentPages.removeFirst();
    }
    if (m_pageFresh.value(page, quint64(-1)) == m_dataGeneration || m_pagesRequested.contains(page))
        return;
    m_wanted.removeOne(page);
    m_wanted.append(page);
    while (m_wanted.size() > kMaxWantedPages)
        m_wanted.removeFirst();
    if (!m_pump->isActive())
        m_pump->start();
}

void RunTableModel::pumpPages()
{
    while (m_pagesInFlight < kMaxPagesInFlight && !m_wanted.isEmpty()) {
        const int page = m_wanted.takeLast();  // the most recently painted first
        if (m_pagesRequested.contains(page) || m_pageFresh.value(page, quint64(-1)) == m_dataGeneration)
            continue;
        const qsizetype first = qsizetype(page) * kPageSize;
        if (first >= m_ids.size())
            continue;
        m_pagesRequested.insert(page);
        ++m_pagesInFlight;
        const QList<qint64> ids = m_ids.mid(first, kPageSize);
        const QString path = m_storePath;
        const QStringList params = m_parameterColumns;
        const QStringList metrics = m_metricColumns;
        const quint64 listGeneration = m_listGeneration;
        const quint64 dataGeneration = m_dataGeneration;
        runAsync(
            this,
            [=] {
                PageResult r;
                r.listGeneration = listGeneration;
                r.dataGeneration = dataGeneration;
                r.page = page;
                QElapsedTimer clock;
                clock.start();
                Result<std::unique_ptr<Database>> db = Database::open(path, false);
                if (!db)
                    r.rows = db.error();
                else
                    r.rows = runquery::fetchRows(**db, ids, params, metrics);
                r.elapsedMs = clock.elapsed();
                return r;
            },
            [this](PageResult result) {
                --m_pagesInFlight;
                applyPage(std::move(result));
                pumpPages();
                setLoading();
            });
    }
    setLoading();
}

void RunTableModel::applyPage(PageResult result)
{
    m_lastPageMs = result.elapsedMs;
    if (result.listGeneration != m_listGeneration || result.dataGeneration != m_dataGeneration)
        return;  // a page of an old question; the view asks again for what it shows
    m_pagesRequested.remove(result.page);
    if (!result.rows) {
        qWarning("runs page %d: %s", result.page, qPrintable(result.rows.error().toString()));
        return;
    }
    m_pageFresh.insert(result.page, m_dataGeneration);
    for (RunRow &row : *result.rows)
        m_rows.insert(row.id, std::move(row));
    if (m_rows.size() > kMaxCachedRows)
        dropFarRows(result.page);
    const int first = result.page * kPageSize;
    const int last = std::min<int>(first + kPageSize, int(m_ids.size())) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
    emit pageLoaded(result.page);
}

void RunTableModel::dropFarRows(int nearPage)
{
    // Keep the rows within a few thousand of where the user looks; the rest come back
    // from the store when scrolled to.
    const int keepFrom = (nearPage - 40) * kPageSize;
    const int keepTo = (nearPage + 40) * kPageSize;
    for (auto it = m_rows.begin(); it != m_rows.end();) {
        const int row = m_rowOf.value(it.key(), -1);
        if (row < keepFrom || row >= keepTo) {
            m_pageFresh.remove(row < 0 ? -1 : row / kPageSize);
            it = m_rows.erase(it);
        } else {
            ++it;
        }
    }
}

void RunTableModel::loadChildren(qint64 parentId)
{
    if (m_childrenInFlight.contains(parentId) || m_storePath.isEmpty())
        return;
    m_childrenInFlight.insert(parentId);
    setLoading();
    const QString path = m_storePath;
    const QStringList params = m_parameterColumns;
    const QStringList metrics = m_metricColumns;
    const quint64 generation = m_listGeneration;
    runAsync(
        this,
        [=]() -> Result<QList<RunRow>> {
            Result<std::unique_ptr<Database>> db = Database::open(path, false);
            if (!db)
                return db.error();
            return runquery::fetchChildRows(**db, parentId, params, metrics);
        },
        [this, parentId, generation](const Result<QList<RunRow>> &rows) {
            m_childrenInFlight.remove(parentId);
            setLoading();
            const int row = m_rowOf.value(parentId, -1);
            if (generation != m_listGeneration || !rows || row < 0)
                return;
            const QModelIndex parent = index(row, 0);
            const auto existing = m_children.constFind(parentId);
            const qsizetype before = existing == m_children.cend() ? 0 : existing->size();
            if (before == rows->size() && existing != m_children.cend()) {
                m_children[parentId] = *rows;
                if (before > 0)
                    emit dataChanged(index(0, 0, parent), index(int(before) - 1, columnCount() - 1, parent));
                return;
            }
            if (before > 0) {
                beginRemoveRows(parent, 0, int(before) - 1);
                m_children.remove(parentId);
                endRemoveRows();
            }
            if (rows->isEmpty()) {
                m_children.insert(parentId, {});
                return;
            }
            beginInsertRows(parent, 0, int(rows->size()) - 1);
            m_children.insert(parentId, *rows);
            endInsertRows();
        });
}

void RunTableModel::setLoading()
{
    const bool loading = isLoading() || !m_childrenInFlight.isEmpty();
    if (loading != m_wasLoading) {
        m_wasLoading = loading;
        emit loadingChanged(loading);
    }
}

qint64 RunTableModel::runIdAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return 0;
    if (index.internalId() == 0)
        return index.row() < m_ids.size() ? m_ids.at(index.row()) : 0;
    const auto it = m_children.constFind(qint64(index.internalId()));
    if (it == m_children.cend() || index.row() >= it->size())
        return 0;
    return it->at(index.row()).id;
}

QModelIndex RunTableModel::indexOfRun(qint64 runId) const
{
    if (const auto it = m_rowOf.constFind(runId); it != m_rowOf.cend())
        return index(*it, 0);
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).id == runId) {
                const int parentRow = m_rowOf.value(it.key(), -1);
                if (parentRow >= 0)
                    return index(i, 0, index(parentRow, 0));
            }
        }
    }
    return {};
}

const RunRow *RunTableModel::rowAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    if (index.internalId() == 0) {
        if (index.row() >= m_ids.size())
            return nullptr;
        const auto it = m_rows.constFind(m_ids.at(index.row()));
        return it == m_rows.cend() ? nullptr : &*it;
    }
    const auto it = m_children.constFind(qint64(index.internalId()));
    if (it == m_children.cend() || index.row() >= it->size())
        return nullptr;
    return &it->at(index.row());
}

QModelIndex RunTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= columnCount())
        return {};
    if (!parent.isValid())
        return row < m_ids.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0)
        return {};
    const qint64 parentId = m_ids.value(parent.row());
    const auto it = m_children.constFind(parentId);
    if (it == m_children.cend() || row >= it->size())
        return {};
    return createIndex(row, column, quintptr(parentId));
}

QModelIndex RunTableModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = m_rowOf.value(qint64(child.internalId()), -1);
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int RunTableModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_ids.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    const auto it = m_children.constFind(m_ids.value(parent.row()));
    return it == m_children.cend() ? 0 : int(it->size());
}

int RunTableModel::columnCount(const QModelIndex &) const
{
    return LeadingColumnCount + int(m_parameterColumns.size() + m_metricColumns.size()) + kTrailingColumns;
}

bool RunTableModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_ids.isEmpty();
    if (parent.internalId() != 0 || parent.column() != 0)
        return false;
    return m_hasSteps.value(parent.row(), false);
}

bool RunTableModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.internalId() != 0)
        return false;
    return m_hasSteps.value(parent.row(), false) && !m_children.contains(m_ids.value(parent.row()));
}

void RunTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        loadChildren(m_ids.value(parent.row()));
}

QString RunTableModel::displayText(const RunRow &row, int column) const
{
    const QLocale locale;
    const auto [field, key] = fieldOf(column);
    switch (field) {
    case NameField:
        return row.name;
    case IdField:
        return shortId(row.uuid);
    case KindField:
        if (row.kind == QStringLiteral("pipeline"))
            return tr("pipeline");
        if (row.kind == QStringLiteral("step"))
            return row.stepType.isEmpty() ? tr("step") : tr("step · %1").arg(row.stepType);
        if (row.kind == QStringLiteral("notebook"))
            return tr("notebook");
        return row.kind;
    case StatusField:
        return runStatusDisplayName(row.status);
    case StartedField: {
        const qint64 t = row.startedMs > 0 ? row.startedMs : row.createdMs;
        return locale.toString(QDateTime::fromMSecsSinceEpoch(t).toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    case DurationField: {
        const qint64 ms = row.durationMs(QDateTime::currentMSecsSinceEpoch());
        return ms < 0 ? QString() : formatDuration(ms);
    }
    case CommitField:
        if (row.gitCommit.isEmpty())
            return QString();
        return row.gitDirty ? tr("%1-dirty").arg(row.gitCommit.left(8)) : row.gitCommit.left(8);
    case CacheField:
        if (row.kind == QStringLiteral("pipeline"))
            return row.cachedChildren > 0 ? tr("%1/%2 cached").arg(row.cachedChildren).arg(row.childCount) : QString();
        return row.cachedFrom ? tr("cached") : QString();
    case ParameterField:
        return row.parameters.value(key);
    case MetricField: {
        const auto it = row.metrics.constFind(key);
        return it == row.metrics.cend() ? QString() : formatMetric(*it);
    }
    }
    return {};
}

QVariant RunTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const RunRow *row = rowAt(index);
    if (index.internalId() == 0)
        want(index.row() / kPageSize);  // fetch it, or fetch it again when stale
    if (role == RunIdRole)
        return runIdAt(index);
    if (role == LoadedRole)
        return row != nullptr;
    if (!row) {
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return tr("Loading…");
        if (role == Qt::ForegroundRole)
            return theme::muted();
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*row, index.column());
    case RunUuidRole:
        return row->uuid;
    case RunKindRole:
        return row->kind;
    case StatusNameRole:
        return runStatusName(row->status);
    case CachedFromRole:
        return row->cachedFrom;
    case Qt::TextAlignmentRole: {
        const Field field = fieldOf(index.column()).first;
        if (field == MetricField || field == DurationField)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    case Qt::ForegroundRole: {
        const Field field = fieldOf(index.column()).first;
        if (field == CommitField && row->gitDirty)
            return theme::warning();
        if (field == IdField || field == StartedField || field == KindField)
            return theme::muted();
        return {};
    }
    case Qt::FontRole: {
        const Field field = fieldOf(index.column()).first;
        if (field == IdField || field == CommitField) {
            QFont mono(QStringLiteral("monospace"));
            mono.setStyleHint(QFont::Monospace);
            return mono;
        }
        return {};
    }
    case Qt::ToolTipRole:
        switch (fieldOf(index.column()).first) {
        case IdField:
            return row->uuid;
        case StartedField:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(row->startedMs > 0 ? row->startedMs : row->createdMs)
                                          .toLocalTime(),
                                      QLocale::LongFormat);
        case CommitField:
            return row->gitDirty ? tr("%1 with uncommitted changes").arg(row->gitCommit) : row->gitCommit;
        case StatusField:
            return row->failureReason.isEmpty() ? QVariant() : QVariant(row->failureReason);
        case CacheField:
            return row->cachedFrom ? tr("The result of an earlier run was reused") : QVariant();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const auto [field, key] = fieldOf(section);
    if (role == Qt::ToolTipRole) {
        if (field == ParameterField)
            return tr("Parameter %1").arg(key);
        if (field == MetricField)
            return tr("Final value of metric %1").arg(key);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (field) {
    case NameField: return tr("Name");
    case IdField: return tr("Run");
    case KindField: return tr("Kind");
    case StatusField: return tr("Status");
    case StartedField: return tr("Started");
    case DurationField: return tr("Duration");
    case CommitField: return tr("Commit");
    case CacheField: return tr("Cache");
    case ParameterField:
    case MetricField: return key;
    }
    return {};
}

Qt::ItemFlags RunTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != 0)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

RunSort RunTableModel::sortForColumn(int column, Qt::SortOrder order) const
{
    RunSort sort;
    sort.descending = order == Qt::DescendingOrder;
    const auto [field, key] = fieldOf(column);
    switch (field) {
    case NameField: sort.field = RunSort::Field::Name; break;
    case IdField: sort.field = RunSort::Field::Id; break;
    case KindField: sort.field = RunSort::Field::Kind; break;
    case StatusField: sort.field = RunSort::Field::Status; break;
    case StartedField: sort.field = RunSort::Field::Created; break;
    case DurationField: sort.field = RunSort::Field::Duration; break;
    case CommitField: sort.field = RunSort::Field::Commit; break;
    case CacheField: sort.field = RunSort::Field::Cache; break;
    case ParameterField:
        sort.field = RunSort::Field::Parameter;
        sort.key = key;
        break;
    case MetricField:
        sort.field = RunSort::Field::Metric;
        sort.key = key;
        break;
    }
    return sort;
}

std::pair<int, Qt::SortOrder> RunTableModel::columnForSort(const RunSort &sort) const
{
    const Qt::SortOrder order = sort.descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    for (int c = 0; c < columnCount(); ++c) {
        const RunSort s = sortForColumn(c, order);
        if (s.field == sort.field && s.key == sort.key)
            return {c, order};
    }
    return {-1, order};
}

void RunTableModel::sort(int column, Qt::SortOrder order)
{
    const RunSort sort = sortForColumn(column, order);
    if (sort.field == m_query.sort.field && sort.key == m_query.sort.key && sort.descending == m_query.sort.descending)
        return;
    m_query.sort = sort;
    loadIds(false);
}

} // namespace mlops
