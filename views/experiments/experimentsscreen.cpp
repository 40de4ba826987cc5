// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/experiments/experimentsscreen.h"

#include "core/store/database.h"
#include "core/store/store.h"
#include "core/tracking/runstore.h"
#include "views/common/async.h"
#include "views/common/statusbadgedelegate.h"
#include "views/common/workspacesession.h"
#include "views/experiments/metricchartgrid.h"
#include "views/experiments/pipelinerunthread.h"
#include "views/experiments/runcomparisonview.h"
#include "views/experiments/rundetailsview.h"
#include "views/experiments/runfilterbar.h"
#include "views/experiments/runtablemodel.h"

#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QItemSelectionModel>
#include <QScopedValueRollback>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <initializer_list>

namespace mlops {

namespace {

constexpr int kPollMs = 1000;

QString settingsKey(const QString &root, const char *what)
{
    return QStringLiteral("experiments/%1/%2")
        .arg(QString::fromLatin1(root.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)),
             QString::fromLatin1(what));
}

/** Up to four of `available`: those named in `preferred` first (in that order), then the rest. */
QStringList preferredFirst(const QStringList &available, std::initializer_list<const char *> preferred)
{
    constexpr qsizetype kShown = 4;
    QStringList out;
    for (const char *name : preferred) {
        const QString n = QString::fromLatin1(name);
        if (available.contains(n) && out.size() < kShown)
            out.append(n);
    }
    for (const QString &n : available) {
        if (out.size() >= kShown)
            break;
        if (!out.contains(n))
            out.append(n);
    }
    return out;
}

QStringList defaultMetrics(const QStringList &available)
{
    return preferredFirst(available, {"accuracy", "roc_auc", "f1", "train:log_loss", "loss", "val_loss", "val_accuracy"});
}

QStringList defaultParameters(const QStringList &available)
{
    // Hyperparameters people tune first, then the rest in name order.
    return preferredFirst(available, {"n_estimators", "max_depth", "learning_rate", "lr", "epochs", "batch_size", "C",
                                      "alpha", "seed"});
}

/** The newest pipeline executions, for the tour. */
Result<QList<qint64>> newestExecutions(const QString &storePath, int count)
{
    Result<std::unique_ptr<Database>> db = Database::open(storePath, false);
    if (!db)
        return db.error();
    Result<Statement> s = (*db)->prepare(QStringLiteral(
        "SELECT id FROM runs WHERE kind = 'pipeline' AND status = 'Completed' ORDER BY created_at DESC, id DESC LIMIT ?"));
    if (!s)
        return s.error();
    s->bind(1, qint64(count));
    QList<qint64> ids;
    if (Status rowsRead = s->forEachRow([&] {
        ids.append(s->int64(0));
    }); !rowsRead)
        return rowsRead.error();
    return ids;
}

/** The newest notebook run, to compare with pipeline runs (none: an empty list). */
Result<QList<qint64>> newestNotebookRun(const QString &storePath)
{
    Result<std::unique_ptr<Database>> db = Database::open(storePath, false);
    if (!db)
        return db.error();
    Result<Statement> s = (*db)->prepare(QStringLiteral(
        "SELECT id FROM runs WHERE kind = 'notebook' ORDER BY created_at DESC, id DESC LIMIT 1"));
    if (!s)
        return s.error();
    QList<qint64> ids;
    if (Status rowsRead = s->forEachRow([&] { ids.append(s->int64(0)); }); !rowsRead)
        return rowsRead.error();
    return ids;
}

} // namespace

ExperimentsScreen::ExperimentsScreen(WorkspaceSession *session, QWidget *parent)
    : Screen(session, parent), m_filterBar(new RunFilterBar(this)), m_model(new RunTableModel(this)),
      m_table(new QTreeView(this)), m_splitter(new QSplitter(Qt::Vertical, this)), m_lower(new QStackedWidget(this)),
      m_details(new RunDetailsView(this)), m_comparison(new RunComparisonView(this)), m_pollTimer(new QTimer(this)),
      m_selectionTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("experimentsScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(8);
    layout->addWidget(m_filterBar);

    m_table->setObjectName(QStringLiteral("runsTable"));
    m_table->setModel(m_model);
    m_table->setUniformRowHeights(true);   // with 100,000 rows, never measure each
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAllColumnsShowFocus(true);
    m_table->setRootIsDecorated(true);
    m_table->setItemDelegateForColumn(RunTableModel::StatusColumn,
                                      new StatusBadgeDelegate(RunTableModel::StatusNameRole, m_table));
    QHeaderView *header = m_table->header();
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setSortIndicator(m_model->columnOf(RunTableModel::StartedField), Qt::DescendingOrder);
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    m_table->setSortingEnabled(true);
    header->setDefaultSectionSize(110);
    // Wide enough for every status pill in the user's language ("Fehlgeschlagen", "Unterbrochen").
    QStringList statusLabels;
    for (RunStatus status : {RunStatus::Pending, RunStatus::Running, RunStatus::Completed, RunStatus::Failed,
                             RunStatus::Stopped, RunStatus::Interrupted, RunStatus::Skipped})
        statusLabels.append(runStatusDisplayName(status));
    const int statusWidth = std::max(96, StatusBadgeDelegate::columnWidth(statusLabels, m_table->font()));
    // Wide enough for a typical notebook run's name (and a step's, indented under its execution).
    const int nameWidth = std::max(190, m_table->fontMetrics().horizontalAdvance(QStringLiteral("notebooks/breast-cancer.ipynb"))
                                            + m_table->indentation() + 28);
    m_columnWidths = {{m_model->headerData(RunTableModel::NameColumn, Qt::Horizontal).toString(), nameWidth},
                      {m_model->headerData(RunTableModel::IdColumn, Qt::Horizontal).toString(), 80},
                      {m_model->headerData(RunTableModel::KindColumn, Qt::Horizontal).toString(), 122},
                      {m_model->headerData(RunTableModel::StatusColumn, Qt::Horizontal).toString(), statusWidth},
                      {m_model->headerData(m_model->columnOf(RunTableModel::StartedField), Qt::Horizontal).toString(), 138},
                      {m_model->headerData(m_model->columnOf(RunTableModel::DurationField), Qt::Horizontal).toString(), 78},
                      {m_model->headerData(m_model->columnOf(RunTableModel::CommitField), Qt::Horizontal).toString(), 120},
                      {m_model->headerData(m_model->columnOf(RunTableModel::CacheField), Qt::Horizontal).toString(), 86}};
    connect(header, &QHeaderView::sectionResized, this, [this](int section, int, int size) {
        if (!m_applyingWidths)
            m_columnWidths.insert(m_model->headerData(section, Qt::Horizontal).toString(), size);
    });
    // Header sections go back to their default size when the model resets.
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExperimentsScreen::applyColumnWidths);
    connect(m_model, &QAbstractItemModel::columnsInserted, this, &ExperimentsScreen::applyColumnWidths);
    applyColumnWidths();

    m_lower->addWidget(m_details);
    m_lower->addWidget(m_comparison);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_lower);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setChildrenCollapsible(false);
    m_table->setMinimumHeight(120);
    m_lower->setMinimumHeight(200);
    layout->addWidget(m_splitter, 1);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        if (!m_fittingSplitter)
            m_userSizedSplitter = true;
    });
    connect(m_table, &QTreeView::expanded, this, &ExperimentsScreen::fitTableHeight);
    connect(m_table, &QTreeView::collapsed, this, &ExperimentsScreen::fitTableHeight);

    connect(m_filterBar, &RunFilterBar::queryChanged, this, &ExperimentsScreen::applyQuery);
    connect(m_filterBar, &RunFilterBar::columnsChanged, this, [this](const QStringList &params, const QStringList &metrics) {
        m_autoColumns = false;
        m_model->setDynamicColumns(params, metrics);
        saveColumns();
    });
    connect(m_model, &RunTableModel::listLoaded, this, [this](int runs) {
        m_filterBar->showFilterError({});
        m_filterBar->setRunCount(runs, false);
        restorePending();
        fitTableHeight();
        updateBusy();
    });
    connect(m_model, &RunTableModel::listFailed, this, [this](const Error &error) {
        m_filterBar->showFilterError(error);
        m_filterBar->setRunCount(m_model->totalRuns(), false);
        updateBusy();
    });
    connect(m_model, &RunTableModel::loadingChanged, this, &ExperimentsScreen::updateBusy);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        // Keep the user's place: the same runs selected and executions expanded.
        for (qint64 id : selectedRuns())
            m_pendingSelection.insert(id);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_table->isExpanded(m_model->index(row, 0)))
                m_pendingExpansion.insert(m_model->runIdAt(m_model->index(row, 0)));
        }
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (parent.isValid() && !m_pendingSelection.isEmpty())
            restorePending();
        if (parent.isValid() && m_table->isExpanded(parent))
            fitTableHeight();
    });

    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_table->indexAt(pos);
        const RunRow *row = m_model->rowAt(index);
        if (!row)
            return;
        QMenu menu(this);
        QStringList ids;
        for (qint64 id : selectedRuns()) {
            if (const RunRow *selected = m_model->rowAt(m_model->indexOfRun(id)))
                ids.append(selected->uuid);
        }
        if (!ids.contains(row->uuid))
            ids = {row->uuid};
        menu.addAction(tr("Copy run ID(s)", nullptr, int(ids.size())), this,
                       [ids] { QGuiApplication::clipboard()->setText(ids.join(QLatin1Char('\n'))); });
        if (!row->gitCommit.isEmpty()) {
            const QString commit = row->gitCommit;
            menu.addAction(tr("Copy commit %1").arg(commit.left(8)), this,
                           [commit] { QGuiApplication::clipboard()->setText(commit); });
        }
        if (!row->pipeline.isEmpty()) {
            const QString name = QFileInfo(row->pipeline).completeBaseName();
            menu.addAction(tr("Only runs of %1").arg(name), this,
                           [this, name] { m_filterBar->setFilter(QStringLiteral("pipeline = %1").arg(name)); });
        }
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });

    m_selectionTimer->setSingleShot(true);
    m_selectionTimer->setInterval(60);
    connect(m_selectionTimer, &QTimer::timeout, this, &ExperimentsScreen::onSelectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, m_selectionTimer,
            qOverload<>(&QTimer::start));
    connect(m_details, &RunDetailsView::openRunRequested, this, &ExperimentsScreen::openRun);
    connect(m_comparison, &RunComparisonView::openRunRequested, this, &ExperimentsScreen::openRun);
    connect(m_details, &RunDetailsView::busyChanged, this, &ExperimentsScreen::updateBusy);
    connect(m_comparison, &RunComparisonView::busyChanged, this, &ExperimentsScreen::updateBusy);

    m_pollTimer->setInterval(kPollMs);
    connect(m_pollTimer, &QTimer::timeout, this, &ExperimentsScreen::poll);

    // Hidden, the screen loads nothing: its queries would queue ahead of the visible
    // screen's on the shared thread pool. It opens the workspace when first shown.
    auto opened = [this] {
        m_openPending = !isVisible();
        if (!m_openPending)
            onWorkspaceOpened();
    };
    connect(session, &WorkspaceSession::workspaceOpened, this, opened);
    connect(session, &WorkspaceSession::workspaceClosed, this, [this] {
        m_openPending = false;
        onWorkspaceClosed();
    });
    if (session->hasWorkspace())
        opened();
}

ExperimentsScreen::~ExperimentsScreen() = default;

void ExperimentsScreen::applyColumnWidths()
{
    const QScopedValueRollback guard(m_applyingWidths, true);
    QHeaderView *header = m_table->header();
    for (int section = 0; section < m_model->columnCount(); ++section) {
        const QString name = m_model->headerData(section, Qt::Horizontal).toString();
        const RunTableModel::Field field = m_model->fieldOf(section).first;
        const int fallback = field == RunTableModel::MetricField || field == RunTableModel::ParameterField
                                 ? std::clamp(header->fontMetrics().horizontalAdvance(name) + 34, 80, 170)
                                 : header->defaultSectionSize();
        header->resizeSection(section, m_columnWidths.value(name, fallback));
    }
}

QString ExperimentsScreen::title() const
{
    return tr("Experiments");
}

QIcon ExperimentsScreen::icon() const
{
    return QIcon(QStringLiteral(":/icons/experiments.svg"));
}

bool ExperimentsScreen::isBusy() const
{
    return m_model->isLoading() || m_details->isBusy() || m_comparison->isBusy() || m_loadingChoices || m_tourWork
           || m_demoRun;
}

void ExperimentsScreen::updateBusy()
{
    const bool busy = isBusy();
    if (busy != m_wasBusy) {
        m_wasBusy = busy;
        emit busyChanged(busy);
    }
}

void ExperimentsScreen::activate()
{
    if (session()->hasWorkspace())
        poll();
}

void ExperimentsScreen::onWorkspaceOpened()
{
    const Workspace &ws = session()->workspace();
    m_haveStamp = false;
    m_choicesLoaded = false;
    m_pendingSelection.clear();
    m_pendingExpansion.clear();
    m_details->setWorkspace(ws);
    m_details->clear();
    m_comparison->setStorePath(ws.storePath());
    m_comparison->clear();
    m_lower->setCurrentWidget(m_details);
    const QSettings settings;
    m_autoColumns = !settings.contains(settingsKey(ws.root(), "metrics"));
    m_filterBar->setColumns(settings.value(settingsKey(ws.root(), "parameters")).toStringList(),
                            settings.value(settingsKey(ws.root(), "metrics")).toStringList());
    m_model->setDynamicColumns(m_filterBar->parameterColumns(), m_filterBar->metricColumns());
    m_filterBar->setRunCount(0, true);
    // The store may not exist yet in a fresh workspace; opening it once creates the schema.
    m_loadingChoices = true;
    updateBusy();
    const QString path = ws.storePath();
    runAsync(this, [path]() -> Status {
        Result<std::unique_ptr<Store>> store = Store::open(path);
        return store ? Status() : Status(store.error());
    }, [this, path](const Status &opened) {
        m_loadingChoices = false;
        if (!session()->hasWorkspace() || session()->workspace().storePath() != path)
            return;
        if (!opened)
            emit statusMessage(opened.error().toString());
        RunListQuery query = m_filterBar->query();
        query.sort = m_model->query().sort;
        m_model->setStorePath(path);
        m_model->setQuery(query);
        loadChoices();
        if (isVisible())
            m_pollTimer->start();
        updateBusy();
    });
}

void ExperimentsScreen::onWorkspaceClosed()
{
    m_pollTimer->stop();
    m_model->setStorePath({});
    m_details->clear();
    m_comparison->clear();
}

void ExperimentsScreen::showEvent(QShowEvent *event)
{
    Screen::showEvent(event);
    if (m_openPending && session()->hasWorkspace()) {
        m_openPending = false;
        onWorkspaceOpened();
    }
    if (session()->hasWorkspace() && !m_model->storePath().isEmpty())
        m_pollTimer->start();
}

void ExperimentsScreen::resizeEvent(QResizeEvent *event)
{
    Screen::resizeEvent(event);
    fitTableHeight();
}

/** With a handful of runs the table gives its spare height to the details or comparison below;
 *  once the user drags the splitter, their choice stands. */
void ExperimentsScreen::fitTableHeight()
{
    if (m_userSizedSplitter)
        return;
    const int total = m_splitter->height() - m_splitter->handleWidth();
    if (total <= 0)
        return;
    const int share = total * 4 / 9;   // the stretch factors' split
    int visibleRows = 0;
    const int topRows = m_model->rowCount();
    for (int row = 0; row < topRows && visibleRows < 64; ++row) {
        ++visibleRows;
        const QModelIndex index = m_model->index(row, 0);
        if (m_table->isExpanded(index))
            visibleRows += m_model->rowCount(index);
    }
    const int rowHeight = std::max(m_table->sizeHintForRow(0), m_table->fontMetrics().height() + 8);
    const int content = m_table->header()->sizeHint().height() + 2 * m_table->frameWidth()
        + m_table->horizontalScrollBar()->sizeHint().height() + (visibleRows + 1) * rowHeight;
    const int tableHeight = std::clamp(content, m_table->minimumHeight(), std::max(share, m_table->minimumHeight()));
    const QScopedValueRollback<bool> fitting(m_fittingSplitter, true);
    m_splitter->setSizes({tableHeight, total - tableHeight});
}

void ExperimentsScreen::hideEvent(QHideEvent *event)
{
    m_pollTimer->stop();
    Screen::hideEvent(event);
}

void ExperimentsScreen::applyQuery()
{
    RunListQuery query = m_filterBar->query();
    query.sort = m_model->query().sort;
    m_model->setQuery(query);
    m_filterBar->setRunCount(m_model->totalRuns(), true);
    updateBusy();
}

void ExperimentsScreen::loadChoices()
{
    if (m_model->storePath().isEmpty() || m_loadingChoices)
        return;
    m_loadingChoices = true;
    updateBusy();
    const QString path = m_model->storePath();
    runAsync(this, [path]() -> Result<RunColumnChoices> {
        Result<std::unique_ptr<Database>> db = Database::open(path, false);
        if (!db)
            return db.error();
        return runquery::columnChoices(**db);
    }, [this, path](const Result<RunColumnChoices> &choices) {
        m_loadingChoices = false;
        if (choices && path == m_model->storePath()) {
            m_filterBar->setChoices(*choices);
            if (m_autoColumns) {
                // Until the user picks: the usual hyperparameters and metrics the store has.
                const QStringList params = defaultParameters(choices->parameters);
                const QStringList metrics = defaultMetrics(choices->metrics);
                m_filterBar->setColumns(params, metrics);
                m_model->setDynamicColumns(params, metrics);
            }
            m_choicesLoaded = true;
        }
        updateBusy();
    });
}

void ExperimentsScreen::saveColumns()
{
    if (!session()->hasWorkspace())
        return;
    QSettings settings;
    const QString root = session()->workspace().root();
    settings.setValue(settingsKey(root, "parameters"), m_filterBar->parameterColumns());
    settings.setValue(settingsKey(root, "metrics"), m_filterBar->metricColumns());
}

QList<qint64> ExperimentsScreen::selectedRuns() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(0);
    for (const QModelIndex &index : rows) {
        const qint64 id = m_model->runIdAt(index);
        if (id && !ids.contains(id))
            ids.append(id);
    }
    // In table order, so comparison columns follow what the user sees.
    std::sort(ids.begin(), ids.end(), [this](qint64 a, qint64 b) {
        const QModelIndex ia = m_model->indexOfRun(a);
        const QModelIndex ib = m_model->indexOfRun(b);
        const int ra = ia.parent().isValid() ? ia.parent().row() : ia.row();
        const int rb = ib.parent().isValid() ? ib.parent().row() : ib.row();
        if (ra != rb)
            return ra < rb;
        return (ia.parent().isValid() ? ia.row() + 1 : 0) < (ib.parent().isValid() ? ib.row() + 1 : 0);
    });
    return ids;
}

void ExperimentsScreen::selectRuns(const QList<qint64> &runIds)
{
    m_pendingSelection = QSet<qint64>(runIds.cbegin(), runIds.cend());
    m_table->selectionModel()->clearSelection();
    restorePending();
}

void ExperimentsScreen::restorePending()
{
    for (auto it = m_pendingExpansion.begin(); it != m_pendingExpansion.end();) {
        const QModelIndex index = m_model->indexOfRun(*it);
        if (index.isValid()) {
            m_table->expand(index);
            it = m_pendingExpansion.erase(it);
        } else {
            ++it;
        }
    }
    QItemSelection selection;
    QModelIndex first;
    for (auto it = m_pendingSelection.begin(); it != m_pendingSelection.end();) {
        const QModelIndex index = m_model->indexOfRun(*it);
        if (!index.isValid()) {
            ++it;
            continue;
        }
        if (index.parent().isValid())
            m_table->expand(index.parent());
        selection.select(index, index.siblingAtColumn(m_model->columnCount() - 1));
        if (!first.isValid())
            first = index;
        it = m_pendingSelection.erase(it);
    }
    if (!selection.isEmpty()) {
        m_table->selectionModel()->select(selection, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(first);
    }
}

void ExperimentsScreen::onSelectionChanged()
{
    const QList<qint64> ids = selectedRuns();
    if (ids.size() >= 2) {
        m_lower->setCurrentWidget(m_comparison);
        m_comparison->compare(ids);
    } else {
        m_lower->setCurrentWidget(m_details);
        m_details->showRun(ids.isEmpty() ? 0 : ids.first());
    }
    updateBusy();
}

void ExperimentsScreen::openRun(qint64 runId)
{
    if (runId <= 0)
        return;
    m_lower->setCurrentWidget(m_details);
    m_details->showRun(runId);
    // Select it in the table when it is listed (expanding its execution if need be).
    const QString path = m_model->storePath();
    runAsync(this, [path, runId]() -> qint64 {
        Result<std::unique_ptr<Database>> db = Database::open(path, false);
        if (!db)
            return 0;
        Result<RunRecord> run = RunStore(**db).get(runId, false);
        return run ? run->parentId : 0;
    }, [this, runId](qint64 parentId) {
        if (parentId && m_model->indexOfRun(parentId).isValid() && !m_model->indexOfRun(runId).isValid())
            m_pendingExpansion.insert(parentId);
        const QSignalBlocker block(m_table->selectionModel());
        selectRuns({runId});
        if (m_model->indexOfRun(runId).isValid())
            m_pendingSelection.clear();
    });
}

void ExperimentsScreen::navigateTo(const QVariant &argument)
{
    if (!session()->hasWorkspace())
        return;
    bool isNumber = false;
    const qint64 rowId = argument.toLongLong(&isNumber);
    if (isNumber && argument.typeId() != QMetaType::QString) {
        openRun(rowId);
        return;
    }
    const QString text = argument.toString().trimmed();
    const QString path = session()->workspace().storePath();
    runAsync(this, [path, text]() -> Result<qint64> {
        Result<std::unique_ptr<Database>> db = Database::open(path, false);
        if (!db)
            return db.error();
        Result<RunRecord> run = RunStore(**db).find(text, false);
        if (!run)
            return run.error();
        return run->id;
    }, [this](const Result<qint64> &id) {
        if (!id) {
            emit statusMessage(id.error().toString());
            return;
        }
        openRun(*id);
    });
}

void ExperimentsScreen::pollNow()
{
    poll();
}

void ExperimentsScreen::poll()
{
    if (m_polling || m_model->storePath().isEmpty())
        return;
    m_polling = true;
    const QString path = m_model->storePath();
    runAsync(this, [path]() -> Result<RunsStamp> {
        Result<std::unique_ptr<Database>> db = Database::open(path, false);
        if (!db)
            return db.error();
        return runquery::readStamp(**db);
    }, [this, path](const Result<RunsStamp> &stamp) {
        m_polling = false;
        if (!stamp || path != m_model->storePath())
            return;
        const bool changed = !m_haveStamp || !(*stamp == m_stamp);
        const bool hadStamp = m_haveStamp;
        m_stamp = *stamp;
        m_haveStamp = true;
        if (changed && hadStamp) {
            m_model->refresh();
            loadChoices();
            if (m_lower->currentWidget() == m_comparison)
                m_comparison->refresh();
            else
                m_details->refresh();
        } else if (m_details->isLive() && m_lower->currentWidget() == m_details) {
            m_details->refresh();  // the clock of a running run
        }
        if (stamp->hasActiveRuns())
            m_table->viewport()->update();  // durations of running runs
    });
}

QStringList ExperimentsScreen::tourCaptures() const
{
    return {QStringLiteral("comparison")};
}

void ExperimentsScreen::runDemoPipelines(int wanted, const std::function<void()> &then)
{
    // The tour's workspace is a fresh demo: give it real runs through the engine.
    const QString path = m_model->storePath();
    runAsync(this, [path, wanted]() -> int {
        Result<QList<qint64>> ids = newestExecutions(path, wanted);
        return ids ? int(ids->size()) : 0;
    }, [this, wanted, then](int have) {
        if (have >= wanted || !session()->hasWorkspace()) {
            then();
            return;
        }
        const Workspace ws = session()->workspace();
        const QStringList files = ws.pipelineFiles();
        if (files.isEmpty()) {
            then();
            return;
        }
        // A second run with another split and seed, so a comparison has something to show.
        QMap<QString, QString> params;
        if (have > 0)
            params = {{QStringLiteral("seed"), QStringLiteral("7")}, {QStringLiteral("test_size"), QStringLiteral("0.3")}};
        emit statusMessage(tr("Running %1 for the tour…").arg(files.first()));
        auto *thread = new PipelineRunThread(ws, files.first(), params, this);
        m_demoRun = thread;
        const QString file = files.first();
        connect(thread, &PipelineRunThread::runFinished, this,
                [this, thread, wanted, then, file](RunStatus status, const QString &error) {
                    thread->deleteLater();
                    m_demoRun = nullptr;
                    if (status != RunStatus::Completed) {
                        emit statusMessage(tr("The demo pipeline did not complete: %1").arg(error));
                        then();
                        return;
                    }
                    emit statusMessage(tr("Ran %1 for the tour").arg(file));
                    runDemoPipelines(wanted, then);
                });
        thread->start();
        updateBusy();
    });
}

void ExperimentsScreen::selectNewestPipelineRun(const std::function<void()> &then)
{
    const QString path = m_model->storePath();
    runAsync(this, [path] { return newestExecutions(path, 2); },
             [this, then](const Result<QList<qint64>> &ids) {
                 if (ids && !ids->isEmpty()) {
                     m_pendingSelection.clear();
                     m_pendingExpansion = {ids->first()};
                     selectRuns({ids->first()});
                     m_lower->setCurrentWidget(m_details);
                     m_details->showRun(ids->first());
                 }
                 then();
             });
}

void ExperimentsScreen::prepareForTour()
{
    if (!session()->hasWorkspace() || m_model->storePath().isEmpty())
        return;
    m_tourWork = true;
    updateBusy();
    m_filterBar->clearAll();
    runDemoPipelines(1, [this] {
        m_model->refresh();
        loadChoices();
        // Wait for the list to hold the new run before selecting it.
        auto *once = new QObject(this);
        auto select = [this, once] {
            once->deleteLater();
            selectNewestPipelineRun([this] {
                m_details->setCurrentTab(RunDetailsView::MetricsTab);
                m_tourWork = false;
                updateBusy();
            });
        };
        connect(m_model, &RunTableModel::listLoaded, once, select);
        connect(m_model, &RunTableModel::listFailed, once, select);
    });
}

void ExperimentsScreen::prepareTourCapture(const QString &name)
{
    if (name != QStringLiteral("comparison") || m_model->storePath().isEmpty())
        return;
    m_tourWork = true;
    updateBusy();
    runDemoPipelines(2, [this] {
        m_model->refresh();
        auto *once = new QObject(this);
        auto select = [this, once] {
            once->deleteLater();
            const QString path = m_model->storePath();
            // Two pipeline runs and the notebook's run: notebook work compares with pipelines.
            runAsync(this, [path]() -> Result<QList<qint64>> {
                Result<QList<qint64>> ids = newestExecutions(path, 2);
                if (Result<QList<qint64>> notebook = newestNotebookRun(path); ids && notebook)
                    ids->append(*notebook);
                return ids;
            }, [this](const Result<QList<qint64>> &ids) {
                if (ids && ids->size() >= 2) {
                    m_table->collapseAll();
                    selectRuns(*ids);
                    m_lower->setCurrentWidget(m_comparison);
                    m_comparison->compare(selectedRuns());
                    m_comparison->setCurrentTab(RunComparisonView::OverviewTab);
                    // Loss curves of similar runs part at small values: show them on a log axis.
                    m_comparison->charts()->setLogScale(true);
                }
                m_tourWork = false;
                updateBusy();
            });
        };
        connect(m_model, &RunTableModel::listLoaded, once, select);
        connect(m_model, &RunTableModel::listFailed, once, select);
    });
}

} // namespace mlops
