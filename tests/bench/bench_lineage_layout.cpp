// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// Lineage graph layout, drawing and export (issue 7, DESIGN.md §7: 10,000 nodes laid
// out and drawn in under 2 s), printing `name value unit` lines:
//  - Graphviz's dot through libgvc at 1,000, 2,000 and 3,000 lineage-like entities;
//  - the studio's layered layout at 1,000, 10,000 and 20,000;
//  - the first draw of the Lineage scene (items built, view fitted, one frame rendered)
//    and later frames at the fitted zoom and at 1:1, offscreen;
//  - exports to PNG, SVG and DOT: total time and the longest the GUI's event loop waited.

#include "core/lineage/lineagegraph.h"
#include "views/lineage/graphlayout.h"
#include "views/lineage/lineageexport.h"
#include "views/lineage/lineagescene.h"
#include "views/lineage/lineageview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace mlops;

namespace {

void print(const QString &name, double value, const QString &unit)
{
    QTextStream(stdout) << name << ' ' << QString::number(value, 'f', 3) << ' ' << unit << Qt::endl;
}

/**
 * A lineage graph shaped like the engine's records: pipeline executions of prepare →
 * train → evaluate → register with their outputs, model and version, commits shared by
 * five executions and data sets shared by ten.
 */
LineageGraph syntheticLineage(int entities)
{
    LineageGraph g;
    qint64 next = 1;
    auto add = [&](EntityKind kind, const QString &name) {
        LineageEntity e;
        e.id = next++;
        e.kind = kind;
        e.name = name;
        e.key = QStringLiteral("k%1").arg(e.id);
        e.hash = QStringLiteral("%1").arg(e.id, 64, 16, QLatin1Char('0'));
        g.entities.append(e);
        return e.id;
    };
    auto link = [&](qint64 a, qint64 b, Association t) { g.edges.append(LineageEdge{a, b, t}); };
    qint64 commit = 0, data = 0;
    for (int p = 0; int(g.entities.size()) < entities; ++p) {
        if (p % 5 == 0)
            commit = add(EntityKind::CodeCommit, QStringLiteral("commit %1").arg(p));
        if (p % 10 == 0)
            data = add(EntityKind::DataSet, QStringLiteral("data/set%1.csv").arg(p));
        const qint64 pipeline = add(EntityKind::PipelineExecution, QStringLiteral("pipeline %1").arg(p));
        link(commit, pipeline, Association::ContributedTo);
        const qint64 prepare = add(EntityKind::StepRun, QStringLiteral("prepare"));
        const qint64 train = add(EntityKind::Output, QStringLiteral("prepare/train"));
        const qint64 test = add(EntityKind::Output, QStringLiteral("prepare/test"));
        const qint64 fit = add(EntityKind::StepRun, QStringLiteral("train"));
        const qint64 model = add(EntityKind::Model, QStringLiteral("train/model"));
        const qint64 evaluate = add(EntityKind::StepRun, QStringLiteral("evaluate"));
        const qint64 report = add(EntityKind::Output, QStringLiteral("evaluate/evaluation"));
        const qint64 reg = add(EntityKind::StepRun, QStringLiteral("register"));
        const qint64 package = add(EntityKind::ModelPackage, QStringLiteral("group/%1").arg(p + 1));
        for (qint64 run : {prepare, fit, evaluate, reg})
            link(pipeline, run, Association::AssociatedWith);
        link(data, prepare, Association::Used);
        link(prepare, train, Association::Produced);
        link(prepare, test, Association::Produced);
        link(train, fit, Association::Used);
        link(fit, model, Association::Produced);
        link(model, evaluate, Association::Used);
        link(test, evaluate, Association::Used);
        link(evaluate, report, Association::Produced);
        link(model, reg, Association::Used);
        link(reg, package, Association::AssociatedWith);
        link(model, package, Association::ContributedTo);
    }
    return g;
}

double layoutMs(int entities, LayoutEngine engine, QString *used = nullptr)
{
    const LineageGraph graph = syntheticLineage(entities);
    const LayoutInput input = LineageScene::layoutInput(graph);
    QElapsedTimer t;
    t.start();
    const LayoutResult result = layoutGraph(input, engine);
    if (used)
        *used = result.engine;
    return double(t.nsecsElapsed()) / 1e6;
}

/** Laid out, then scene items, a fitted view and its first frame; returns the draw part. */
void drawBenchmark(int entities, const QString &label)
{
    const LineageGraph graph = syntheticLineage(entities);
    QElapsedTimer total;
    total.start();
    const LayoutResult layout = layoutGraph(LineageScene::layoutInput(graph));
    const double layoutTime = double(total.nsecsElapsed()) / 1e6;
    QElapsedTimer t;
    t.start();
    LineageScene scene;
    scene.setGraph(graph, layout);
    LineageView view(&scene);
    view.resize(1280, 800);
    view.show();
    view.fitAll();
    scene.highlight(graph.entities.at(graph.entities.size() / 2).id, LineageDirection::Both, 0);
    QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    frame.fill(Qt::white);
    {
        QPainter painter(&frame);
        view.render(&painter);
    }
    const double draw = double(t.nsecsElapsed()) / 1e6;
    print(QStringLiteral("lineage_%1_layout_%2").arg(label, layout.engine), layoutTime, QStringLiteral("ms"));
    print(QStringLiteral("lineage_%1_first_draw").arg(label), draw, QStringLiteral("ms"));
    print(QStringLiteral("lineage_%1_layout_and_first_draw").arg(label), layoutTime + draw, QStringLiteral("ms"));

    // Later frames: nothing is laid out again; the items draw less when far out.
    auto frames = [&](double zoom) {
        view.setZoom(zoom);
        QList<double> times;
        const QRectF bounds = scene.itemsBoundingRect();
        for (int i = 0; i < 9; ++i) {
            view.centerOn(bounds.left() + bounds.width() * (i + 0.5) / 9, bounds.top() + bounds.height() * ((i * 4) % 9 + 0.5) / 9);
            QElapsedTimer f;
            f.start();
            // As the screen shows it: the viewport paints the part of the scene in view.
            (void)view.viewport()->grab();
            times.append(double(f.nsecsElapsed()) / 1e6);
        }
        std::sort(times.begin(), times.end());
        return times.at(times.size() / 2);
    };
    view.fitAll();
    print(QStringLiteral("lineage_%1_frame_fitted").arg(label), frames(view.zoom()), QStringLiteral("ms"));
    print(QStringLiteral("lineage_%1_frame_1to1").arg(label), frames(1.0), QStringLiteral("ms"));
}


/**
 * Exports of the laid-out graph to PNG, SVG and DOT through LineageExport, as the
 * screen runs them: the total time, and the longest time the event loop was held (a
 * 0 ms timer notes every turn of the loop while the export runs).
 */
void exportBenchmark(int entities, const QString &label)
{
    const LineageGraph graph = syntheticLineage(entities);
    LineageScene scene;
    scene.setGraph(graph, layoutGraph(LineageScene::layoutInput(graph)));
    QTemporaryDir dir;
    for (const QString &suffix : {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("dot")}) {
        LineageExport job(&scene, dir.filePath(QStringLiteral("lineage.") + suffix));
        QEventLoop loop;
        bool ok = false;
        QObject::connect(&job, &LineageExport::finished, &loop, [&](const Status &s) {
            ok = s.ok();
            if (!s)
                QTextStream(stderr) << s.error().toString() << Qt::endl;
            loop.quit();
        });
        QElapsedTimer total;
        QElapsedTimer turn;
        double longest = 0;
        QTimer ticker;
        ticker.setInterval(0);
        QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
            longest = std::max(longest, double(turn.nsecsElapsed()) / 1e6);
            turn.restart();
        });
        total.start();
        turn.start();
        ticker.start();
        job.start();
        loop.exec();
        longest = std::max(longest, double(turn.nsecsElapsed()) / 1e6);
        if (!ok)
            continue;
        print(QStringLiteral("lineage_%1_export_%2_total").arg(label, suffix), double(total.nsecsElapsed()) / 1e6,
              QStringLiteral("ms"));
        print(QStringLiteral("lineage_%1_export_%2_longest_gui_stall").arg(label, suffix), longest, QStringLiteral("ms"));
        print(QStringLiteral("lineage_%1_export_%2_size").arg(label, suffix),
              double(QFileInfo(dir.filePath(QStringLiteral("lineage.") + suffix)).size()) / 1e6, QStringLiteral("MB"));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const bool smoke = app.arguments().contains(QStringLiteral("--smoke"));
    if (smoke) {
        QString engine;
        const double dot = layoutMs(200, LayoutEngine::Graphviz, &engine);
        print(QStringLiteral("lineage_200_layout_%1").arg(engine), dot, QStringLiteral("ms"));
        drawBenchmark(2000, QStringLiteral("2000"));
        exportBenchmark(200, QStringLiteral("200"));
        return engine == QStringLiteral("graphviz-dot") ? 0 : 1;
    }
    for (int n : {1000, 2000, 3000}) {
        QString engine;
        const double ms = layoutMs(n, LayoutEngine::Graphviz, &engine);
        print(QStringLiteral("layout_graphviz_dot_%1").arg(n), ms, QStringLiteral("ms"));
    }
    for (int n : {1000, 10000, 20000})
        print(QStringLiteral("layout_layered_%1").arg(n), layoutMs(n, LayoutEngine::Layered), QStringLiteral("ms"));
    drawBenchmark(1000, QStringLiteral("1000"));
    drawBenchmark(10000, QStringLiteral("10000"));
    exportBenchmark(10000, QStringLiteral("10000"));
    return 0;
}
