// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/lineage/lineagescreen.h"

#include "core/pipeline/blockingrun.h"
#include "views/common/async.h"
#include "views/common/workspacesession.h"
#include "views/lineage/lineagedetailpanel.h"
#include "views/lineage/lineageexport.h"
#include "views/lineage/lineagelegend.h"
#include "views/lineage/lineagenodeitem.h"
#include "views/lineage/lineagescene.h"
#include "views/lineage/lineageview.h"

#include <QComboBox>
#include <QCompleter>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace mlops {

LineageScreen::LineageScreen(WorkspaceSession *session, QWidget *parent)
    : Screen(session, parent), m_subtitle(new QLabel(this)), m_search(new QLineEdit(this)),
      m_completions(new QStringListModel(this)), m_direction(new QComboBox(this)), m_depth(new QSpinBox(this)),
      m_whole(new QToolButton(this)), m_export(new QToolButton(this)), m_exportProgress(new QProgressBar(this)),
      m_cancelExport(new QToolButton(this)), m_stack(new QStackedWidget(this)),
      m_placeholder(new QLabel(this)), m_scene(new LineageScene(this)), m_view(new LineageView(m_scene, this)),
      m_details(new LineageDetailPanel(this)), m_status(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->setSpacing(10);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    auto *title = new QLabel(tr("Lineage"), this);
    title->setProperty("role", QStringLiteral("pageTitle"));
    titles->addWidget(title);
    m_subtitle->setObjectName(QStringLiteral("lineageSubtitle"));
    m_subtitle->setProperty("role", QStringLiteral("muted"));
    titles->addWidget(m_subtitle);
    layout->addLayout(titles);

    auto *tools = new QHBoxLayout;
    tools->setSpacing(8);
    m_search->setObjectName(QStringLiteral("lineageSearch"));
    m_search->setPlaceholderText(tr("Run id, hash, file or GROUP/VERSION — Enter shows its lineage"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(300);
    auto *completer = new QCompleter(m_completions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_search->setCompleter(completer);
    tools->addWidget(m_search, 2);
    m_direction->addItem(tr("Upstream and downstream"), int(LineageDirection::Both));
    m_direction->addItem(tr("Upstream: where it came from"), int(LineageDirection::Upstream));
    m_direction->addItem(tr("Downstream: what it fed"), int(LineageDirection::Downstream));
    tools->addWidget(m_direction);
    auto *depthLabel = new QLabel(tr("Depth"), this);
    tools->addWidget(depthLabel);
    m_depth->setRange(0, 50);
    m_depth->setSpecialValueText(tr("all"));
    m_depth->setValue(0);
    m_depth->setToolTip(tr("How many associations to follow from the focus (all: no limit)"));
    m_depth->setMinimumWidth(m_depth->fontMetrics().horizontalAdvance(QStringLiteral("9999")) + 36);
    tools->addWidget(m_depth);
    m_whole->setText(tr("Whole workspace"));
    m_whole->setToolTip(tr("Show every entity of the workspace (the newest 20,000)"));
    tools->addWidget(m_whole);
    auto *fit = new QToolButton(this);
    fit->setText(tr("Fit"));
    fit->setToolTip(tr("Fit the graph into the view (0)"));
    tools->addWidget(fit);
    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    // Room for the text and the menu arrow, which the style draws inside the button.
    m_export->setMinimumWidth(m_export->fontMetrics().horizontalAdvance(m_export->text()) + 40);
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("PNG image…"), this, [this] { exportDialog(QStringLiteral("png")); });
    menu->addAction(tr("SVG drawing…"), this, [this] { exportDialog(QStringLiteral("svg")); });
    menu->addAction(tr("Graphviz DOT…"), this, [this] { exportDialog(QStringLiteral("dot")); });
    m_export->setMenu(menu);
    tools->addWidget(m_export);
    m_exportProgress->setObjectName(QStringLiteral("lineageExportProgress"));
    m_exportProgress->setRange(0, 100);
    m_exportProgress->setMaximumWidth(160);
    m_exportProgress->hide();
    tools->addWidget(m_exportProgress);
    m_cancelExport->setObjectName(QStringLiteral("lineageExportCancel"));
    m_cancelExport->setText(tr("Cancel"));
    m_cancelExport->setToolTip(tr("Stop the export; the file is left as it was"));
    m_cancelExport->hide();
    connect(m_cancelExport, &QToolButton::clicked, this, &LineageScreen::cancelExport);
    tools->addWidget(m_cancelExport);
    layout->addLayout(tools);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setProperty("role", QStringLiteral("muted"));
    m_placeholder->setMargin(40);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_view);
    split->addWidget(m_stack);
    m_details->setMinimumWidth(300);
    split->addWidget(m_details);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setSizes({860, 340});
    layout->addWidget(split, 1);
    layout->addWidget(new LineageLegend(this));
    m_status->setObjectName(QStringLiteral("lineageStatus"));
    m_status->setProperty("role", QStringLiteral("muted"));
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_search->text().trimmed().isEmpty())
            focusOn(searchTarget(m_search->text().trimmed()));
    });
    connect(m_direction, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_request.whole && !m_snapshot.focusKey.isEmpty())
            focusOn(m_snapshot.focusKey);
        else
            applyHighlight();
    });
    connect(m_depth, &QSpinBox::valueChanged, this, [this] {
        if (!m_request.whole && !m_snapshot.focusKey.isEmpty())
            focusOn(m_snapshot.focusKey);
        else
            applyHighlight();
    });
    connect(m_whole, &QToolButton::clicked, this, &LineageScreen::showWholeWorkspace);
    connect(fit, &QToolButton::clicked, m_view, &LineageView::fitAll);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &LineageScreen::showSelection);
    connect(m_scene, &LineageScene::entityActivated, this, [this](qint64 id) {
        if (const LineageEntity *e = m_scene->graph().entity(id))
            focusOn(e->key);
    });
    connect(m_details, &LineageDetailPanel::focusRequested, this, &LineageScreen::focusOn);
    connect(m_details, &LineageDetailPanel::navigateRequested, this, &Screen::navigateRequested);
    // A new workspace starts from its whole graph (connected first: runs before the reload).
    connect(session, &WorkspaceSession::workspaceOpened, this, [this] {
        m_request = {};
        m_deferred.reset();
    });
    m_placeholder->setText(tr("Loading lineage…"));
    followWorkspace([this] { reload(); }, [this] {
        m_deferred.reset();
        cancelExport();
        m_snapshot = {};
        m_scene->setGraph({}, {});
        m_details->showPlaceholder(tr("No workspace is open."));
        m_stack->setCurrentWidget(m_placeholder);
    });
}

QString LineageScreen::title() const
{
    return tr("Lineage");
}

QIcon LineageScreen::icon() const
{
    return QIcon(QStringLiteral(":/icons/lineage.svg"));
}

LineageScreen::~LineageScreen()
{
    // An export paints the scene's items: it goes before them.
    delete std::exchange(m_exporting, nullptr);
    // The scene deselects its items while it is destroyed; this screen is gone by then.
    m_scene->disconnect(this);
}

void LineageScreen::activate()
{
    if (m_snapshot.graph.isEmpty() && !isBusy())
        reload();
}

LineageDirection LineageScreen::direction() const
{
    return LineageDirection(m_direction->currentData().toInt());
}

QString LineageScreen::statusText() const
{
    return m_status->text();
}

void LineageScreen::reload()
{
    load(m_request);
}

void LineageScreen::focusOn(const QString &id)
{
    LineageRequest request;
    request.id = id;
    request.direction = direction();
    request.depth = m_depth->value();
    load(request);
}

void LineageScreen::showWholeWorkspace()
{
    LineageRequest request;
    request.whole = true;
    load(request);
}

void LineageScreen::navigateTo(const QVariant &argument)
{
    const QString id = argument.toString();
    if (id.isEmpty())
        return;
    m_search->setText(id);
    focusOn(id);
}

void LineageScreen::load(const LineageRequest &request)
{
    if (!session()->hasWorkspace())
        return;
    m_request = request;
    if (!beginLoad([this] { load(m_request); }))
        return;
    const Workspace workspace = session()->workspace();
    runAsync(this, [workspace, request] { return loadLineageSnapshot(workspace, request); },
             [this](const LineageSnapshot &snapshot) {
                 if (!isLoadPending())   // a newer request follows; this answer is stale
                     present(snapshot);
                 endLoad();
             });
}

void LineageScreen::present(const LineageSnapshot &snapshot)
{
    if (m_exporting) {
        // The export paints the items of the graph shown: the new one waits for it.
        m_deferred = snapshot;
        return;
    }
    if (!snapshot.error.isEmpty()) {
        m_status->setText(tr("Cannot show that lineage: %1").arg(snapshot.error));
        emit statusMessage(snapshot.error);
        if (m_snapshot.graph.isEmpty()) {
            m_placeholder->setText(snapshot.error);
            m_stack->setCurrentWidget(m_placeholder);
        }
        // Keep the graph shown; only a failed first load clears it.
        if (!m_snapshot.focusKey.isEmpty())
            m_request.id = m_snapshot.focusKey;
        return;
    }
    m_snapshot = snapshot;
    if (!snapshot.focusKey.isEmpty())
        m_request.id = snapshot.focusKey;
    m_subtitle->setText(tr("%n entities in view", nullptr, int(snapshot.graph.entities.size())) + QStringLiteral(" · ")
                        + tr("%n in the workspace", nullptr, snapshot.totalEntities) + QStringLiteral(" · ")
                        + tr("%n run(s)", nullptr, snapshot.runs));
    if (snapshot.graph.isEmpty()) {
        m_scene->setGraph({}, {});
        m_placeholder->setText(tr("No lineage yet.\n\nRun a pipeline (mlops run PIPELINE, or the Run button) and its "
                                  "data sets, code commit, step runs, models and registered versions appear here."));
        m_stack->setCurrentWidget(m_placeholder);
        m_details->showPlaceholder(tr("Nothing to show yet."));
        m_status->clear();
        return;
    }
    m_stack->setCurrentWidget(m_view);
    m_scene->setGraph(snapshot.graph, snapshot.layout);
    QStringList names;
    for (const LineageEntity &e : snapshot.graph.entities) {
        names.append(e.name);
        if (!e.runUuid.isEmpty())
            names.append(e.runUuid);
    }
    names.removeDuplicates();
    m_completions->setStringList(names);

    const QString engine = snapshot.layout.engine == QStringLiteral("graphviz-dot")
                               ? tr("Graphviz dot")
                               : tr("the layered layout (large graph)");
    QString status = tr("%n association(s)", nullptr, int(snapshot.graph.edges.size())) + QStringLiteral(" · ")
                     + tr("laid out by %1 in %2 ms").arg(engine).arg(QLocale().toString(snapshot.layout.elapsedMs, 'f', snapshot.layout.elapsedMs < 10 ? 1 : 0));
    if (snapshot.graph.truncated)
        status += QStringLiteral(" · ") + tr("only the first %n entities are shown", nullptr, int(snapshot.graph.entities.size()));
    status += QStringLiteral(" · ") + tr("click: details and highlight · double-click: its lineage · wheel: zoom");
    m_status->setText(status);

    if (snapshot.focus) {
        m_scene->selectEntity(snapshot.focus);
        showSelection();
    } else {
        m_details->showPlaceholder(tr("Select an entity to see its details."));
        applyHighlight();
    }
    if (snapshot.graph.entities.size() <= 400 || !snapshot.focus) {
        m_view->fitAll();
        // Fitted too small to read the names: the focus at a readable zoom instead (Fit
        // still shows everything).
        if (snapshot.focus && m_view->zoom() < 0.6) {
            m_view->setZoom(0.62);
            m_view->centerOnEntity(snapshot.focus);
        }
    } else {
        m_view->centerOnEntity(snapshot.focus);
    }
}

void LineageScreen::showSelection()
{
    const qint64 id = m_scene->selectedEntity();
    const LineageEntity *e = m_scene->graph().entity(id);
    if (e)
        m_details->showEntity(*e, m_scene->graph());
    applyHighlight();
}

QString LineageScreen::searchTarget(const QString &text) const
{
    // The suggestions are the names in view: "train" means the train run shown here,
    // even when other runs of the workspace have that name too.
    QString key;
    for (const LineageEntity &e : m_scene->graph().entities) {
        if (e.name != text)
            continue;
        if (!key.isEmpty())
            return text;   // several in view: the query says which ids to choose from
        key = e.key;
    }
    return key.isEmpty() ? text : key;
}

void LineageScreen::applyHighlight()
{
    const qint64 selected = m_scene->selectedEntity();
    m_scene->highlight(selected ? selected : m_snapshot.focus, direction(), m_depth->value());
}

bool LineageScreen::exportTo(const QString &path)
{
    if (m_exporting)
        return false;
    m_exporting = new LineageExport(m_scene, path, this);
    connect(m_exporting, &LineageExport::progress, this, [this](int percent) {
        m_exportProgress->setValue(percent);
        m_cancelExport->setEnabled(!m_exporting->isWriting());
        m_exportProgress->setFormat(m_exporting->isWriting() ? tr("Writing…") : tr("Drawing %p%"));
    });
    connect(m_exporting, &LineageExport::finished, this, [this](const Status &written) {
        const QString path = m_exporting->path();
        const QString error = written ? QString() : written.error().toString();
        emit statusMessage(written ? tr("Exported %1").arg(path) : tr("Could not export: %1").arg(error));
        exportEnded();
        emit exportFinished(path, error, false);
    });
    connect(m_exporting, &LineageExport::cancelled, this, [this] {
        const QString path = m_exporting->path();
        emit statusMessage(tr("Export to %1 cancelled; the file was not written").arg(path));
        exportEnded();
        emit exportFinished(path, QString(), true);
    });
    m_export->setEnabled(false);
    m_exportProgress->setValue(0);
    m_exportProgress->show();
    m_cancelExport->setEnabled(true);
    m_cancelExport->show();
    emit busyChanged(true);
    m_exporting->start();
    return true;
}

void LineageScreen::cancelExport()
{
    if (m_exporting)
        m_exporting->cancel();
}

void LineageScreen::exportEnded()
{
    m_exporting->deleteLater();
    m_exporting = nullptr;
    m_export->setEnabled(true);
    m_exportProgress->hide();
    m_cancelExport->hide();
    if (m_deferred)
        present(*std::exchange(m_deferred, std::nullopt));
    emit busyChanged(isBusy());
}

void LineageScreen::exportDialog(const QString &suffix)
{
    const QString filter = suffix == QStringLiteral("png")   ? tr("PNG images (*.png)")
                           : suffix == QStringLiteral("svg") ? tr("SVG drawings (*.svg)")
                                                             : tr("Graphviz DOT files (*.dot)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export the lineage graph"),
                                                QStringLiteral("lineage.") + suffix, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    exportTo(path);
}

void LineageScreen::prepareForTour()
{
    if (!session()->hasWorkspace() || m_runningDemo)
        return;
    const Workspace workspace = session()->workspace();
    auto focusModel = [this] {
        LineageRequest request;
        request.focusNewestModel = true;
        load(request);
    };
    if (m_snapshot.runs > 0 || workspace.pipelineFiles().isEmpty()) {
        focusModel();
        return;
    }
    // A workspace without runs: run its first pipeline through the engine, as a user would.
    m_runningDemo = true;
    emit busyChanged(true);
    m_placeholder->setText(tr("Running %1 to record its lineage…").arg(workspace.pipelineFiles().first()));
    runAsync(
        this,
        [workspace] {
            ExecutionOptions options;
            options.launcher = QStringLiteral("studio");
            Result<BlockingRunResult> r = runPipelineBlocking(workspace, workspace.pipelineFiles().first(), options);
            return r ? QString() : r.error().toString();
        },
        [this, focusModel](const QString &error) {
            m_runningDemo = false;
            if (!error.isEmpty())
                emit statusMessage(error);
            focusModel();
            session()->notifyChanged();
            emit busyChanged(isBusy());
        });
}

} // namespace mlops
