// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// The Lineage screen, offscreen, on a workspace with recorded runs and registered
// versions: the graph with its kinds, focus from another screen, highlighting within a
// depth without a new layout, search errors, exports, and drawing at every zoom.
#include "core/lineage/lineagequery.h"
#include "core/registry/modelregistry.h"
#include "core/store/store.h"
#include "core/workspace/workspace.h"
#include "views/common/workspacesession.h"
#include "views/lineage/lineagedetailpanel.h"
#include "views/lineage/lineageedgeitem.h"
#include "views/lineage/lineagenodeitem.h"
#include "views/lineage/lineagescene.h"
#include "views/lineage/lineagescreen.h"
#include "views/lineage/lineageview.h"

#include "fixtures/governanceworkspace.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFontMetrics>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest/QTest>

using namespace mlops;

class TestLineageScreen : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempWorkspace> m_ws;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<LineageScreen> m_screen;
    test::SeedReport m_seed;

    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(!m_screen->isBusy(), 60000); }

    QSet<EntityKind> kindsShown() const
    {
        QSet<EntityKind> kinds;
        for (const LineageEntity &e : m_screen->scene()->graph().entities)
            kinds.insert(e.kind);
        return kinds;
    }

    ModelVersion version(const QString &ref)
    {
        Result<std::unique_ptr<Store>> store = Store::open(m_ws->path(QStringLiteral(".mlops/store.db")));
        return *ModelRegistry((*store)->db()).version(ref);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFontMetrics(QApplication::font()).inFont(QLatin1Char('T')), "no fonts: install fonts-dejavu-core");
        m_ws = std::make_unique<test::TempWorkspace>();
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
        test::SeedOptions options;
        options.ciAndTests = false;
        Result<test::SeedReport> seeded = test::seedWorkspace(m_ws->root(), options);
        QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().toString()));
        m_seed = *seeded;
        m_session = std::make_unique<WorkspaceSession>();
        m_screen = std::make_unique<LineageScreen>(m_session.get());
        m_screen->resize(1200, 800);
        m_screen->show();
        m_session->setWorkspace(*Workspace::open(m_ws->root()));
        waitIdle();
    }

    void showsTheWorkspaceGraphWithKindsAndShapes()
    {
        LineageScene *scene = m_screen->scene();
        QVERIFY(scene->graph().entities.size() > 20);
        QCOMPARE(scene->edgeItems().size(), scene->graph().edges.size());
        const QSet<EntityKind> kinds = kindsShown();
        for (EntityKind k : {EntityKind::DataSet, EntityKind::CodeCommit, EntityKind::PipelineExecution,
                             EntityKind::StepRun, EntityKind::Output, EntityKind::Model, EntityKind::ModelPackage})
            QVERIFY2(kinds.contains(k), qPrintable(entityKindName(k)));
        // Distinct outlines: a data set is a cylinder, a model a hexagon, a run a box.
        const QRectF r(0, 0, 100, 40);
        QVERIFY(LineageNodeItem::outline(QStringLiteral("cylinder"), r) != LineageNodeItem::outline(QStringLiteral("hexagon"), r));
        QVERIFY(LineageNodeItem::outline(QStringLiteral("hexagon"), r) != LineageNodeItem::outline(QStringLiteral("box"), r));
        // Small graphs go to Graphviz, and every node got a place of its own.
        QCOMPARE(scene->layout().engine, QStringLiteral("graphviz-dot"));
        QSet<QPair<int, int>> places;
        for (const LineageEntity &e : scene->graph().entities) {
            const QPointF p = scene->node(e.id)->pos();
            places.insert({qRound(p.x()), qRound(p.y())});
        }
        QCOMPARE(places.size(), scene->graph().entities.size());
        QVERIFY(m_screen->statusText().contains(QStringLiteral("Graphviz dot")));
        // Association labels are on the edges.
        QStringList labels;
        for (LineageEdgeItem *e : scene->edgeItems())
            labels.append(e->label());
        for (const char *type : {"Produced", "Used", "ContributedTo", "AssociatedWith", "DerivedFrom"})
            QVERIFY2(labels.contains(QLatin1String(type)), type);
        // Labels are drawn above the nodes, so no node box cuts one.
        for (LineageEdgeItem *e : scene->edgeItems()) {
            QVERIFY(e->labelItem());
            for (const LineageEntity &n : scene->graph().entities)
                QVERIFY(e->labelItem()->zValue() > scene->node(n.id)->zValue());
        }
    }

    void focusFromAnotherScreen()
    {
        const ModelVersion champion = version(m_seed.championRef);
        m_screen->navigateTo(champion.modelHash);
        waitIdle();
        const LineageSnapshot &snapshot = m_screen->snapshot();
        QVERIFY(snapshot.focus != 0);
        const LineageEntity *focus = snapshot.graph.entity(snapshot.focus);
        QVERIFY(focus);
        QCOMPARE(focus->kind, EntityKind::Model);
        QCOMPARE(focus->hash, champion.modelHash);
        QCOMPARE(m_screen->details()->fact(QStringLiteral("Hash")), champion.modelHash);
        QCOMPARE(m_screen->scene()->node(focus->id)->emphasis(), LineageEmphasis::Focus);
        // Upstream in amber with its distance, downstream in blue.
        int upstream = 0, downstream = 0;
        for (const LineageEntity &e : snapshot.graph.entities) {
            const LineageEmphasis emphasis = m_screen->scene()->node(e.id)->emphasis();
            upstream += emphasis == LineageEmphasis::Upstream;
            downstream += emphasis == LineageEmphasis::Downstream;
            if (e.kind == EntityKind::DataSet)
                QCOMPARE(emphasis, LineageEmphasis::Upstream);
            if (e.kind == EntityKind::ModelPackage)
                QCOMPARE(emphasis, LineageEmphasis::Downstream);
        }
        QVERIFY(upstream >= 5);
        QVERIFY(downstream >= 2);

        // Depth 1: a smaller closure, laid out anew.
        const int all = int(snapshot.graph.entities.size());
        m_screen->depthBox()->setValue(1);
        waitIdle();
        QVERIFY(m_screen->snapshot().graph.entities.size() < all);
        for (const LineageEntity &e : m_screen->snapshot().graph.entities)
            QVERIFY(std::abs(m_screen->snapshot().graph.distance.value(e.id)) <= 1);
        m_screen->depthBox()->setValue(0);
        waitIdle();
    }

    void clickHighlightsInPlace()
    {
        LineageScene *scene = m_screen->scene();
        QHash<qint64, QPointF> before;
        for (const LineageEntity &e : scene->graph().entities)
            before.insert(e.id, scene->node(e.id)->pos());
        qint64 run = 0;
        for (const LineageEntity &e : scene->graph().entities) {
            if (e.kind == EntityKind::StepRun && e.name == QStringLiteral("train"))
                run = e.id;
        }
        QVERIFY(run);
        scene->selectEntity(run);
        QCOMPARE(scene->highlighted(), run);
        QCOMPARE(scene->node(run)->emphasis(), LineageEmphasis::Focus);
        QCOMPARE(m_screen->details()->entityId(), run);
        QVERIFY(!m_screen->details()->fact(QStringLiteral("Run")).isEmpty());
        QVERIFY(!m_screen->details()->fact(QStringLiteral("Hyperparameters/n_estimators")).isEmpty());
        // Nothing moved: highlighting never lays out again.
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(scene->node(it.key())->pos(), it.value());
        // Double-clicking makes it the focus.
        QSignalSpy activated(scene, &LineageScene::entityActivated);
        emit scene->entityActivated(run);
        waitIdle();
        QCOMPARE(m_screen->snapshot().focus, run);
    }

    void artifactDetailsNameTheProducingRun()
    {
        LineageScene *scene = m_screen->scene();
        qint64 model = 0;
        for (const LineageEntity &e : scene->graph().entities) {
            if (e.kind == EntityKind::Model)
                model = e.id;
        }
        QVERIFY(model);
        scene->selectEntity(model);
        LineageDetailPanel *details = m_screen->details();
        QCOMPARE(details->entityId(), model);
        QVERIFY2(details->fact(QStringLiteral("Produced by")).contains(QStringLiteral("train")),
                 qPrintable(details->fact(QStringLiteral("Produced by"))));
        const QString producer = details->producerKey();
        QVERIFY2(producer.startsWith(QStringLiteral("run:")), qPrintable(producer));
        QVERIFY(!details->fact(QStringLiteral("Commit")).isEmpty());
        QVERIFY(!details->fact(QStringLiteral("Parameters of the producing run/n_estimators")).isEmpty());
        // The run is a link that makes it the focus.
        auto *link = details->findChild<QLabel *>(QStringLiteral("producedByLink"));
        QVERIFY(link);
        emit link->linkActivated(producer);
        waitIdle();
        const LineageEntity *focus = m_screen->snapshot().graph.entity(m_screen->snapshot().focus);
        QVERIFY(focus);
        QCOMPARE(focus->key, producer);
    }

    void unknownIdsSayWhy()
    {
        m_screen->searchField()->setText(QStringLiteral("no-such-thing"));
        QTest::keyClick(m_screen->searchField(), Qt::Key_Return);
        waitIdle();
        QVERIFY2(m_screen->statusText().contains(QStringLiteral("Cannot show that lineage")), qPrintable(m_screen->statusText()));
        QVERIFY(!m_screen->scene()->graph().isEmpty());   // the graph shown stays
    }

    void searchingANameFocusesTheEntityInView()
    {
        // On a model's lineage, typing "train" (as the suggestions offer it) focuses the
        // train run shown, although other runs of the workspace are called train too.
        const ModelVersion champion = version(m_seed.championRef);
        m_screen->navigateTo(champion.modelHash);
        waitIdle();
        const LineageGraph &graph = m_screen->snapshot().graph;
        qint64 train = 0;
        int named = 0;
        for (const LineageEntity &e : graph.entities) {
            if (e.kind == EntityKind::StepRun && e.name == QStringLiteral("train") && graph.distance.value(e.id) == -1) {
                train = e.id;
            }
            named += e.name == QStringLiteral("train");
        }
        QVERIFY(train);
        QCOMPARE(named, 1);
        {
            Result<std::unique_ptr<Store>> store = Store::open(m_ws->path(QStringLiteral(".mlops/store.db")));
            QVERIFY(store);
            QVERIFY(!LineageQuery((*store)->db()).resolve(QStringLiteral("train")));   // several in the workspace
        }
        m_screen->searchField()->setText(QStringLiteral("train"));
        QTest::keyClick(m_screen->searchField(), Qt::Key_Return);
        waitIdle();
        QVERIFY2(!m_screen->statusText().contains(QStringLiteral("Cannot show")), qPrintable(m_screen->statusText()));
        QCOMPARE(m_screen->snapshot().focus, train);

        // A name the view does not show (evaluate is two associations away): the
        // workspace's entities, and an ambiguous name is refused with the ids to choose from.
        m_screen->depthBox()->setValue(1);
        waitIdle();
        for (const LineageEntity &e : m_screen->snapshot().graph.entities)
            QVERIFY(e.name != QStringLiteral("evaluate"));
        m_screen->searchField()->setText(QStringLiteral("evaluate"));
        QTest::keyClick(m_screen->searchField(), Qt::Key_Return);
        waitIdle();
        QVERIFY2(m_screen->statusText().contains(QStringLiteral("ambiguous")), qPrintable(m_screen->statusText()));
        QCOMPARE(m_screen->snapshot().focus, train);
        m_screen->depthBox()->setValue(0);
        waitIdle();
    }

    /** Exports through the screen and waits: the error, empty when the file was written. */
    QString exportAndWait(const QString &path)
    {
        QSignalSpy finished(m_screen.get(), &LineageScreen::exportFinished);
        if (!m_screen->exportTo(path))
            return QStringLiteral("not started");
        if (!finished.wait(120000))
            return QStringLiteral("did not finish");
        if (finished.first().at(0).toString() != path)
            return QStringLiteral("finished another file");
        return finished.first().at(1).toString();
    }

    void exportsPngSvgAndDot()
    {
        QTemporaryDir dir;
        for (const char *name : {"g.png", "g.svg", "g.dot"}) {
            const QString error = exportAndWait(dir.filePath(QString::fromLatin1(name)));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QVERIFY(!m_screen->isExporting());
        const QImage png(dir.filePath(QStringLiteral("g.png")));
        QVERIFY(!png.isNull());
        QVERIFY(png.width() > 400);
        // The picture shows the graph: its nodes' colours, not only the background.
        QSet<QRgb> colours;
        for (int y = 0; y < png.height(); y += 7) {
            for (int x = 0; x < png.width(); x += 7)
                colours.insert(png.pixel(x, y));
        }
        QVERIFY2(colours.size() > 8, qPrintable(QString::number(colours.size())));
        const QByteArray svg = test::readFile(dir.filePath(QStringLiteral("g.svg")));
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.trimmed().endsWith("</svg>"));
        // Every entity is drawn with its name (text in the drawing).
        QVERIFY2(svg.count("<text") >= m_screen->scene()->graph().entities.size(),
                 qPrintable(QString::number(svg.count("<text"))));
        QVERIFY(test::readFile(dir.filePath(QStringLiteral("g.dot"))).startsWith("digraph lineage {"));
    }

    void exportShowsProgressAndCanBeCancelled()
    {
        // The screen stays responsive while it draws: a progress bar and Cancel show, and
        // Cancel leaves the file as it was.
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("cancelled.svg"));
        QVERIFY(test::writeFile(target, "before"));
        QSignalSpy finished(m_screen.get(), &LineageScreen::exportFinished);
        QVERIFY(m_screen->exportTo(target));
        QVERIFY(m_screen->isExporting());
        QVERIFY(m_screen->isBusy());
        QVERIFY(!m_screen->exportTo(dir.filePath(QStringLiteral("second.svg"))));   // one at a time
        auto *progress = m_screen->findChild<QProgressBar *>(QStringLiteral("lineageExportProgress"));
        auto *cancel = m_screen->findChild<QToolButton *>(QStringLiteral("lineageExportCancel"));
        QVERIFY(progress && cancel);
        QVERIFY(progress->isVisible());
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        cancel->click();
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        QCOMPARE(finished.first().at(2).toBool(), true);
        QVERIFY(!m_screen->isExporting());
        QVERIFY(!progress->isVisible());
        QCOMPARE(test::readFile(target), QByteArray("before"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("second.svg"))));
    }

    void exportToAFolderThatCannotBeWrittenSaysWhy()
    {
        // A file stands where the folder should be: no user (root neither) can write there.
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("report"));
        QVERIFY(test::writeFile(blocker, "kept"));
        for (const QString &name : {QStringLiteral("g.png"), QStringLiteral("g.svg"), QStringLiteral("g.dot")}) {
            const QString target = blocker + QLatin1Char('/') + name;
            const QString error = exportAndWait(target);
            QVERIFY2(error.contains(QStringLiteral("cannot create folder")), qPrintable(error));
            QVERIFY2(error.contains(target), qPrintable(error));
        }
        QCOMPARE(test::readFile(blocker), QByteArray("kept"));
        // An export over an existing file replaces it whole.
        const QString svg = dir.filePath(QStringLiteral("old.svg"));
        QVERIFY(test::writeFile(svg, "old"));
        const QString error = exportAndWait(svg);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(test::readFile(svg).contains("<svg"));
    }

    void drawsAtEveryZoom()
    {
        m_screen->showWholeWorkspace();
        waitIdle();
        LineageView *view = m_screen->view();
        for (double zoom : {0.05, 0.3, 0.7, 1.5}) {
            view->setZoom(zoom);
            QImage image(view->viewport()->size(), QImage::Format_ARGB32);
            image.fill(Qt::white);
            view->viewport()->render(&image);
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 9) {
                for (int x = 0; x < image.width(); x += 9)
                    colours.insert(image.pixel(x, y));
            }
            QVERIFY2(colours.size() > 3, qPrintable(QString::number(zoom)));
        }
        view->fitAll();
        QVERIFY(view->zoom() <= 1.0);
    }

    void closesWithASelection()
    {
        // Destroying the scene deselects its items; the screen must not hear it any more.
        LineageScene *scene = m_screen->scene();
        QVERIFY(!scene->graph().entities.isEmpty());
        scene->selectEntity(scene->graph().entities.first().id);
        QVERIFY(!scene->selectedItems().isEmpty());
        m_screen.reset();
        QVERIFY(!m_screen);
    }
};

QTEST_MAIN(TestLineageScreen)
#include "tst_lineagescreen.moc"
