// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/vcs/gitscreen.h"

#include "core/pipeline/runreproducer.h"
#include "core/store/store.h"
#include "core/tracking/runstore.h"
#include "core/vcs/documentdiff.h"
#include "views/common/async.h"
#include "views/common/statusbadge.h"
#include "views/common/workspacesession.h"
#include "views/vcs/changespanel.h"
#include "views/vcs/commitrunspanel.h"
#include "views/vcs/diffpanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mlops {

namespace {
constexpr int kShaRole = Qt::UserRole + 1;
} // namespace

GitScreen::GitScreen(WorkspaceSession *session, QWidget *parent)
    : Screen(session, parent), m_subtitle(new QLabel(this)), m_history(new QTreeWidget(this)),
      m_tabs(new QTabWidget(this)), m_runsPanel(new CommitRunsPanel(this)), m_changes(new ChangesPanel(this)),
      m_diff(new DiffPanel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->setSpacing(10);
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    auto *title = new QLabel(tr("Git"), this);
    title->setProperty("role", QStringLiteral("pageTitle"));
    titles->addWidget(title);
    m_subtitle->setObjectName(QStringLiteral("gitSubtitle"));
    m_subtitle->setProperty("role", QStringLiteral("muted"));
    m_subtitle->setWordWrap(true);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    header->addWidget(refresh, 0, Qt::AlignTop);
    layout->addLayout(header);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_history->setObjectName(QStringLiteral("gitHistory"));
    m_history->setHeaderLabels({tr("Commit"), tr("Runs"), tr("Author"), tr("Date")});
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setMinimumWidth(420);
    m_history->header()->setStretchLastSection(false);
    m_history->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    split->addWidget(m_history);
    m_tabs->addTab(m_runsPanel, tr("Runs at this commit"));
    m_tabs->addTab(m_changes, tr("Changes"));
    m_tabs->addTab(m_diff, tr("Compare versions"));
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({600, 600});
    layout->addWidget(split, 1);

    connect(refresh, &QPushButton::clicked, this, &GitScreen::reload);
    connect(m_history, &QTreeWidget::currentItemChanged, this, &GitScreen::showSelectedCommit);
    connect(m_runsPanel, &CommitRunsPanel::metricsWanted, this, &GitScreen::loadMetrics);
    connect(m_runsPanel, &CommitRunsPanel::reproduceRequested, this, &GitScreen::reproduce);
    connect(m_runsPanel, &CommitRunsPanel::cancelRequested, this, [this] {
        if (m_reproduceCancel)
            m_reproduceCancel->store(true);
    });
    connect(m_runsPanel, &CommitRunsPanel::lineageRequested, this,
            [this](const QString &run) { emit navigateRequested(QStringLiteral("lineage"), run); });
    connect(m_changes, &ChangesPanel::commitRequested, this, &GitScreen::commit);
    connect(m_diff, &DiffPanel::diffRequested, this, &GitScreen::diff);
    followWorkspace([this] { reload(); }, [this] {
        m_snapshot = {};
        m_history->clear();
        m_runsPanel->showPlaceholder(tr("No workspace is open."));
    });
}

QString GitScreen::title() const
{
    return tr("Git");
}

QIcon GitScreen::icon() const
{
    return QIcon(QStringLiteral(":/icons/git.svg"));
}

void GitScreen::activate()
{
    reload();
}

void GitScreen::reload()
{
    if (!session()->hasWorkspace() || !beginLoad([this] { reload(); }))
        return;
    const Workspace workspace = session()->workspace();
    runAsync(this, [workspace] { return loadGitSnapshot(workspace); }, [this](const GitSnapshot &snapshot) {
        present(snapshot);
        endLoad();
    });
}

void GitScreen::present(const GitSnapshot &snapshot)
{
    const QString keep = m_history->currentItem() ? m_history->currentItem()->data(0, kShaRole).toString() : QString();
    m_snapshot = snapshot;
    if (!snapshot.error.isEmpty() && snapshot.commits.isEmpty()) {
        m_subtitle->setText(snapshot.error);
        m_history->clear();
        m_runsPanel->showPlaceholder(tr("This workspace is not in a git repository, so runs cannot be tied to "
                                        "commits or reproduced."));
        return;
    }
    int runs = 0;
    for (const QList<CommitRun> &list : snapshot.runs)
        runs += int(list.size());
    const GitState &state = snapshot.state;
    QString head = state.detached ? tr("detached HEAD") : tr("branch %1").arg(state.branch);
    if (state.head)
        head += QStringLiteral(" · ") + state.head->shortSha();
    m_subtitle->setText(head + QStringLiteral(" · ")
                        + (state.isDirty() ? tr("%n uncommitted change(s)", nullptr, int(state.changes.size()))
                                           : tr("clean"))
                        + QStringLiteral(" · ") + tr("%n commit(s)", nullptr, int(snapshot.commits.size()))
                        + QStringLiteral(" · ") + tr("%n run(s) recorded at them", nullptr, runs));

    const QSignalBlocker block(m_history);
    m_history->clear();
    QTreeWidgetItem *select = nullptr;
    const QLocale locale;
    for (const GitCommit &c : snapshot.commits) {
        const QList<CommitRun> commitRuns = snapshot.runs.value(c.sha);
        auto *item = new QTreeWidgetItem(m_history, {c.shortSha() + QStringLiteral("  ") + c.summary,
                                                     commitRuns.isEmpty() ? QString()
                                                                          : tr("%n run(s)", nullptr, int(commitRuns.size())),
                                                     c.authorName,
                                                     c.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))});
        item->setToolTip(3, locale.toString(c.time.toLocalTime(), QLocale::LongFormat));
        item->setToolTip(2, c.authorName);
        item->setData(0, kShaRole, c.sha);
        item->setToolTip(0, c.message.trimmed());
        if (!commitRuns.isEmpty()) {
            item->setIcon(1, StatusBadge::dotIcon(runStatusName(commitRuns.first().status)));
            QFont bold = item->font(1);
            bold.setBold(true);
            item->setFont(1, bold);
        }
        if (c.sha == keep)
            select = item;
    }
    // The commit's summary gets the room: authors and dates take what they need, up to a limit.
    for (int col = 1; col < 4; ++col) {
        m_history->resizeColumnToContents(col);
        if (col == 2)
            m_history->setColumnWidth(col, std::min(m_history->columnWidth(col), 100));
    }
    if (!select && m_history->topLevelItemCount() > 0)
        select = m_history->topLevelItem(0);
    m_history->setCurrentItem(select);
    showSelectedCommit();

    m_changes->setChanges(state.changes, snapshot.workspacePrefix);
    m_tabs->setTabText(1, state.changes.isEmpty() ? tr("Changes") : tr("Changes (%1)").arg(state.changes.size()));
    m_diff->setChoices(snapshot.documents, snapshot.commits);
}

bool GitScreen::selectCommit(const QString &sha)
{
    for (int i = 0; i < m_history->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_history->topLevelItem(i);
        if (item->data(0, kShaRole).toString().startsWith(sha)) {
            m_history->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void GitScreen::showSelectedCommit()
{
    QTreeWidgetItem *item = m_history->currentItem();
    if (!item) {
        m_runsPanel->showPlaceholder(tr("No commits yet."));
        return;
    }
    const QString sha = item->data(0, kShaRole).toString();
    for (const GitCommit &c : std::as_const(m_snapshot.commits)) {
        if (c.sha == sha) {
            m_runsPanel->showCommit(c, m_snapshot.runs.value(sha));
            return;
        }
    }
}

void GitScreen::loadMetrics(const QStringList &runIds)
{
    const Workspace workspace = session()->workspace();
    runAsync(
        this,
        [workspace, runIds] {
            QHash<QString, QMap<QString, double>> metrics;
            Result<std::unique_ptr<Store>> store = Store::open(workspace.storePath());
            if (!store)
                return metrics;
            RunStore runs((*store)->db());
            for (const QString &id : runIds.mid(0, 50)) {
                Result<RunRecord> run = runs.find(id);
                if (!run)
                    continue;
                QMap<QString, double> values = run->metrics;
                for (const RunRecord &step : run->children) {
                    for (auto it = step.metrics.cbegin(); it != step.metrics.cend(); ++it)
                        values.insert(it.key(), it.value());
                }
                metrics.insert(id, values);
            }
            return metrics;
        },
        [this](const QHash<QString, QMap<QString, double>> &metrics) { m_runsPanel->setMetrics(metrics); });
}

void GitScreen::setWorking(bool working)
{
    m_working = working;
    m_changes->setBusy(working);
    emit busyChanged(isBusy());
}

void GitScreen::commit(const QStringList &paths, const QString &message)
{
    const Workspace workspace = session()->workspace();
    setWorking(true);
    runAsync(
        this,
        [workspace, paths, message]() -> QString {
            Result<GitRepository> repo = GitRepository::open(workspace.root(), true);
            if (!repo)
                return repo.error().toString();
            Result<QString> sha = repo->commitPaths(paths, message);
            return sha ? QString() : sha.error().toString();
        },
        [this](const QString &error) {
            setWorking(false);
            if (!error.isEmpty()) {
                emit statusMessage(tr("Commit failed: %1").arg(error));
                return;
            }
            m_changes->message()->clear();
            emit statusMessage(tr("Committed."));
            session()->notifyChanged();
            reload();
        });
}

void GitScreen::diff(const QString &document, const QString &from, const QString &to)
{
    const Workspace workspace = session()->workspace();
    runAsync(
        this,
        [workspace, document, from, to]() -> Result<DocumentDiff> {
            Result<GitRepository> repo = GitRepository::open(workspace.root(), true);
            if (!repo)
                return repo.error();
            return diffDocument(*repo, document, from, to);
        },
        [this](const Result<DocumentDiff> &result) {
            if (result)
                m_diff->showDiff(result->text, result->notebook);
            else
                m_diff->showError(result.error().message);
        });
}

void GitScreen::reproduce(const QString &runId)
{
    if (m_working || runId.isEmpty())
        return;
    const Workspace workspace = session()->workspace();
    setWorking(true);
    m_runsPanel->setReproducing(true);
    m_tabs->setCurrentWidget(m_runsPanel);
    m_runsPanel->appendProgress(tr("Reproducing run %1…").arg(runId.left(8)));
    QPointer<CommitRunsPanel> panel = m_runsPanel;
    auto progress = [panel](const QString &line) {
        QMetaObject::invokeMethod(
            panel, [panel, line] {
                if (panel)
                    panel->appendProgress(line);
            },
            Qt::QueuedConnection);
    };
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_reproduceCancel = cancel;
    runAsync(
        this,
        [workspace, runId, progress, cancel]() -> Result<Reproduction> {
            ReproduceOptions options;
            options.launcher = QStringLiteral("studio");
            options.cancel = cancel;
            return reproduceRun(workspace, runId, options, progress);
        },
        [this](const Result<Reproduction> &result) {
            m_reproduceCancel.reset();
            m_runsPanel->setReproducing(false);
            setWorking(false);
            if (!result) {
                m_runsPanel->showReproductionError(result.error().toString());
                return;
            }
            m_runsPanel->showReproduction(*result);
            session()->notifyChanged();
            reload();
        });
}

void GitScreen::prepareForTour()
{
    for (int i = 0; i < m_history->topLevelItemCount(); ++i) {
        const QString sha = m_history->topLevelItem(i)->data(0, kShaRole).toString();
        if (m_snapshot.runCount(sha) > 0) {
            m_history->setCurrentItem(m_history->topLevelItem(i));
            break;
        }
    }
    m_tabs->setCurrentWidget(m_runsPanel);
}

void GitScreen::prepareTourCapture(const QString &name)
{
    if (name != QStringLiteral("reproduce") || !m_history->currentItem())
        return;
    // Reproduce the first completed pipeline run of the newest commit that has one, as a user would.
    for (int i = 0; i < m_history->topLevelItemCount(); ++i) {
        const QString sha = m_history->topLevelItem(i)->data(0, kShaRole).toString();
        const QList<CommitRun> runs = m_snapshot.runs.value(sha);
        for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
            if (it->kind == QStringLiteral("pipeline") && it->status == RunStatus::Completed) {
                m_history->setCurrentItem(m_history->topLevelItem(i));
                m_runsPanel->selectRun(it->uuid);
                reproduce(it->uuid);
                return;
            }
        }
    }
}

} // namespace mlops
