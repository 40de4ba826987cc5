// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/overview/overviewscreen.h"

#include "core/store/database.h"
#include "views/common/async.h"
#include "views/common/card.h"
#include "views/common/workspacesession.h"
#include "views/overview/audittrailcard.h"
#include "views/overview/lifecyclecard.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace mlops {

namespace {
constexpr int kPollMs = 1500;

/** What changes the counts: a new run, or a run that starts or ends (not its metrics). */
std::optional<RunsStamp> readRunsStamp(const QString &storePath)
{
    // Read-only, never created: the workspace may be gone.
    Result<std::unique_ptr<Database>> db = Database::open(storePath, false);
    if (!db)
        return std::nullopt;
    Result<RunsStamp> stamp = runquery::readStamp(**db);
    if (!stamp)
        return std::nullopt;
    stamp->latestMetricMs = 0;
    return *stamp;
}

struct OverviewLoad
{
    WorkspaceSummary summary;
    std::optional<RunsStamp> stamp;
};

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

OverviewScreen::OverviewScreen(WorkspaceSession *session, QWidget *parent)
    : Screen(session, parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("screenContent"));
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(18);

    // Header.
    m_name = valueLabel(QStringLiteral("overviewName"), content);
    m_name->setProperty("role", QStringLiteral("pageTitle"));
    m_path = valueLabel(QStringLiteral("overviewPath"), content);
    m_path->setProperty("role", QStringLiteral("muted"));
    m_description = valueLabel(QStringLiteral("overviewDescription"), content);
    auto *header = new QVBoxLayout;
    header->setSpacing(4);
    header->addWidget(m_name);
    header->addWidget(m_path);
    header->addWidget(m_description);
    layout->addLayout(header);

    // Counts.
    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(14);
    m_pipelines = new StatTile(tr("Pipelines"), QStringLiteral("countPipelines"), content);
    m_notebooks = new StatTile(tr("Notebooks"), QStringLiteral("countNotebooks"), content);
    m_data = new StatTile(tr("Data files"), QStringLiteral("countData"), content);
    m_runs = new StatTile(tr("Runs"), QStringLiteral("countRuns"), content);
    for (StatTile *tile : {m_pipelines, m_notebooks, m_data, m_runs})
        tiles->addWidget(tile, 1);
    layout->addLayout(tiles);

    // Git and workspace cards side by side.
    auto *cards = new QHBoxLayout;
    cards->setSpacing(14);
    auto *git = new Card(tr("Version control"), content);
    auto *gitForm = new QFormLayout;
    gitForm->setHorizontalSpacing(16);
    gitForm->setVerticalSpacing(8);
    m_branch = valueLabel(QStringLiteral("overviewBranch"), git);
    m_commit = valueLabel(QStringLiteral("overviewCommit"), git);
    m_commitMeta = valueLabel(QStringLiteral("overviewCommitMeta"), git);
    m_commitMeta->setProperty("role", QStringLiteral("muted"));
    m_dirty = valueLabel(QStringLiteral("overviewDirty"), git);
    m_commit->setTextFormat(Qt::RichText);
    // One line each: a wrapping label in a form row reserves height for wrapped lines.
    m_commit->setWordWrap(false);
    m_commitMeta->setWordWrap(false);
    m_dirty->setTextFormat(Qt::RichText);
    gitForm->addRow(tr("Branch"), m_branch);
    // The commit's author and time on a row of their own, so "HEAD" lines up with the sha.
    gitForm->addRow(tr("HEAD"), m_commit);
    gitForm->addRow(QString(), m_commitMeta);
    gitForm->addRow(tr("Working tree"), m_dirty);
    git->body()->addLayout(gitForm);
    m_changes = new QListWidget(git);
    m_changes->setObjectName(QStringLiteral("overviewChanges"));
    m_changes->setMaximumHeight(150);
    m_changes->setSelectionMode(QAbstractItemView::NoSelection);
    git->body()->addWidget(m_changes);
    cards->addWidget(git, 3);

    auto *settings = new Card(tr("Workspace"), content);
    auto *settingsForm = new QFormLayout;
    settingsForm->setHorizontalSpacing(16);
    settingsForm->setVerticalSpacing(8);
    m_python = valueLabel(QStringLiteral("overviewPython"), settings);
    m_runner = valueLabel(QStringLiteral("overviewRunner"), settings);
    m_store = valueLabel(QStringLiteral("overviewStore"), settings);
    settingsForm->addRow(tr("Python"), m_python);
    settingsForm->addRow(tr("Default runner"), m_runner);
    settingsForm->addRow(tr("Store"), m_store);
    settings->body()->addLayout(settingsForm);
    settings->body()->addStretch(1);
    cards->addWidget(settings, 2);
    layout->addLayout(cards);

    m_extensions = new QVBoxLayout;
    m_extensions->setSpacing(18);
    layout->addLayout(m_extensions);
    layout->addStretch(1);
    addExtension(new LifecycleCard(session, content));
    addExtension(new AuditTrailCard(session, content));

    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(kPollMs);
    connect(m_pollTimer, &QTimer::timeout, this, &OverviewScreen::poll);
    followWorkspace([this] { reload(); }, [this] { stopPolling(); });
}

void OverviewScreen::showEvent(QShowEvent *event)
{
    Screen::showEvent(event);
    if (session()->hasWorkspace())
        m_pollTimer->start();
}

void OverviewScreen::hideEvent(QHideEvent *event)
{
    m_pollTimer->stop();
    Screen::hideEvent(event);
}

void OverviewScreen::stopPolling()
{
    m_pollTimer->stop();
    m_stamp.reset();
}

void OverviewScreen::poll()
{
    // The stamp comes with each load; until the first one there is nothing to compare.
    if (m_polling || isLoading() || !m_stamp || !session()->hasWorkspace())
        return;
    m_polling = true;
    const QString path = session()->workspace().storePath();
    runAsync(this, [path] { return readRunsStamp(path); }, [this, path](const std::optional<RunsStamp> &stamp) {
        m_polling = false;
        if (!stamp || !m_stamp || !session()->hasWorkspace() || session()->workspace().storePath() != path)
            return;
        if (!(*stamp == *m_stamp))
            reload();
    });
}

QString OverviewScreen::title() const
{
    return tr("Overview");
}

QIcon OverviewScreen::icon() const
{
    return QIcon(QStringLiteral(":/icons/overview.svg"));
}

void OverviewScreen::activate()
{
    reload();
}

void OverviewScreen::addExtension(AsyncCard *card)
{
    m_extensions->addWidget(card);
    m_cards.append(card);
    connect(card, &AsyncCard::busyChanged, this, [this] { emit busyChanged(isBusy()); });
    connect(card, &AsyncCard::navigateRequested, this, &Screen::navigateRequested);
    if (session()->hasWorkspace())
        card->reload();
}

bool OverviewScreen::isBusy() const
{
    return isLoading() || std::any_of(m_cards.cbegin(), m_cards.cend(), [](const AsyncCard *c) { return c->isBusy(); });
}

void OverviewScreen::reload()
{
    if (!session()->hasWorkspace() || !beginLoad([this] { reload(); }))
        return;
    for (AsyncCard *card : std::as_const(m_cards))
        card->reload();
    const Workspace workspace = session()->workspace();
    runAsync(this, [workspace] {
        // The stamp first: a run that ends while the summary is read shows at the next poll.
        OverviewLoad load;
        load.stamp = readRunsStamp(workspace.storePath());
        load.summary = summarizeWorkspace(workspace);
        if (!load.stamp)   // a store that the summary has just created
            load.stamp = readRunsStamp(workspace.storePath());
        return load;
    }, [this](const OverviewLoad &load) {
        m_stamp = load.stamp;
        show(load.summary);
        endLoad();
    });
}

void OverviewScreen::show(const WorkspaceSummary &s)
{
    m_summary = s;
    const QLocale locale;
    m_name->setText(s.name);
    m_path->setText(s.root);
    m_description->setText(s.description);
    m_description->setVisible(!s.description.isEmpty());

    m_pipelines->setValue(locale.toString(s.counts.pipelines), tr("in pipelines/"));
    m_notebooks->setValue(locale.toString(s.counts.notebooks), tr("in notebooks/"));
    m_data->setValue(locale.toString(s.counts.dataFiles), tr("in data/"));
    if (s.storeError.isEmpty()) {
        m_runs->setValue(locale.toString(s.runs),
                         tr("%n step run(s)", nullptr, s.stepRuns)
                             + (s.runningRuns > 0 ? tr(", %n running", nullptr, s.runningRuns) : QString()));
        m_runs->setToolTip(QString());
    } else {
        // Not "0": the runs are unknown. The whole error is in the tooltip (it is long).
        m_runs->setValue(QStringLiteral("?"), tr("the run store cannot be read"));
        m_runs->setToolTip(s.storeError);
    }

    m_changes->clear();
    if (!s.isGitRepository) {
        m_branch->setText(tr("not a git repository"));
        m_commit->setText(QStringLiteral("–"));
        m_commitMeta->clear();
        m_dirty->setText(s.gitError.toHtmlEscaped());
        m_changes->hide();
    } else {
        const GitState &g = s.git;
        m_branch->setText(g.detached ? tr("detached HEAD") : g.branch);
        if (g.head) {
            const QString mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
            m_commit->setText(QStringLiteral("<span style=\"font-family: '%1'\">%2</span>&nbsp;&nbsp;%3")
                                  .arg(mono.toHtmlEscaped(), g.head->shortSha(),
                                       g.head->summary.toHtmlEscaped()));
            m_commitMeta->setText(tr("%1 · %2")
                                      .arg(g.head->authorName,
                                           locale.toString(g.head->time.toLocalTime(),
                                                           QLocale::ShortFormat)));
        } else {
            m_commit->setText(tr("no commits yet"));
            m_commitMeta->clear();
        }
        if (!s.gitError.isEmpty()) {
            m_dirty->setText(s.gitError.toHtmlEscaped());
        } else if (g.isDirty()) {
            m_dirty->setText(QStringLiteral("<span style='color:#b45309'>●</span> ")
                             + tr("%n uncommitted change(s)", nullptr, int(g.changes.size())).toHtmlEscaped());
        } else {
            m_dirty->setText(QStringLiteral("<span style='color:#15803d'>●</span> ")
                             + tr("clean — every file is committed").toHtmlEscaped());
        }
        for (const GitChange &change : g.changes) {
            QString kind;
            switch (change.kind) {
            case GitChange::Kind::Added: kind = tr("added"); break;
            case GitChange::Kind::Modified: kind = tr("modified"); break;
            case GitChange::Kind::Deleted: kind = tr("deleted"); break;
            case GitChange::Kind::Renamed: kind = tr("renamed"); break;
            case GitChange::Kind::TypeChanged: kind = tr("type changed"); break;
            case GitChange::Kind::Untracked: kind = tr("untracked"); break;
            case GitChange::Kind::Conflicted: kind = tr("conflicted"); break;
            }
            m_changes->addItem(QStringLiteral("%1  —  %2").arg(change.path, kind));
        }
        m_changes->setVisible(g.isDirty());
    }

    m_python->setText(s.python);
    m_runner->setText(s.defaultRunner);
    m_store->setText(s.storeError.isEmpty() ? QStringLiteral(".mlops/store.db") : s.storeError);
}

} // namespace mlops
