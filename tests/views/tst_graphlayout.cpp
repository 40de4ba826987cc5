// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// The lineage layouts: Graphviz's dot for small graphs, the layered layout for large
// ones; both put what is used left of what used it, keep nodes apart and route edges
// from one node to the other. Cycles and odd input never crash them.
#include "views/lineage/graphlayout.h"
#include "views/lineage/layeredlayout.h"

#include <QLineF>
#include <QRandomGenerator>
#include <QtTest/QTest>

using namespace mlops;

namespace {

/** A lineage-like DAG: chains of data → run → output → run → model, with shared inputs. */
LayoutInput lineageLike(int nodes, quint32 seed = 7)
{
    LayoutInput input;
    QRandomGenerator random(seed);
    for (int i = 0; i < nodes; ++i) {
        input.sizes.append(QSizeF(196, 46));
        if (i == 0)
            continue;
        // Each node is fed by one or two earlier ones, mostly recent ones.
        const int parents = 1 + int(random.bounded(2));
        for (int p = 0; p < parents; ++p) {
            const int from = std::max(0, i - 1 - int(random.bounded(std::min(i, 12))));
            input.edges.append({from, i});
        }
    }
    return input;
}

/** Every edge of a DAG runs downstream: top to bottom (Graphviz) or left to right (the layered layout). */
void checkLayout(const LayoutInput &input, const LayoutResult &result, Qt::Orientation flow)
{
    QCOMPARE(result.centers.size(), input.sizes.size());
    QCOMPARE(result.routes.size(), input.edges.size());
    for (int e = 0; e < input.edges.size(); ++e) {
        const auto [from, to] = input.edges.at(e);
        if (from == to)
            continue;
        const QPointF a = result.centers.at(from), b = result.centers.at(to);
        QVERIFY2(flow == Qt::Vertical ? a.y() < b.y() : a.x() < b.x(), qPrintable(QStringLiteral("edge %1").arg(e)));
        const QPolygonF &route = result.routes.at(e);
        QVERIFY(route.size() >= 2);
        QVERIFY(QLineF(route.first(), result.centers.at(from)).length() < 200);
        QVERIFY(QLineF(route.last(), result.centers.at(to)).length() < 200);
    }
    // No two nodes overlap.
    QList<QRectF> rects;
    for (int i = 0; i < input.sizes.size(); ++i)
        rects.append(QRectF(result.centers.at(i) - QPointF(input.sizes.at(i).width() / 2, input.sizes.at(i).height() / 2),
                            input.sizes.at(i)));
    for (int i = 0; i < rects.size(); ++i) {
        for (int j = i + 1; j < rects.size(); ++j)
            QVERIFY2(!rects.at(i).adjusted(1, 1, -1, -1).intersects(rects.at(j).adjusted(1, 1, -1, -1)),
                     qPrintable(QStringLiteral("nodes %1 and %2 overlap").arg(i).arg(j)));
    }
    for (const QPointF &c : result.centers)
        QVERIFY(result.bounds.adjusted(-1, -1, 1, 1).contains(c));
}

} // namespace

class TestGraphLayout : public QObject
{
    Q_OBJECT

private slots:
    void graphvizForSmallGraphs()
    {
        const LayoutInput input = lineageLike(60);
        const LayoutResult result = layoutGraph(input);
        QCOMPARE(result.engine, QStringLiteral("graphviz-dot"));
        checkLayout(input, result, Qt::Vertical);
    }

    void layeredForLargeGraphs()
    {
        const LayoutInput input = lineageLike(kGraphvizNodeLimit + 1);
        const LayoutResult result = layoutGraph(input);
        QCOMPARE(result.engine, QStringLiteral("layered"));
        checkLayout(input, result, Qt::Horizontal);
    }

    void layeredOnSmallGraphs()
    {
        const LayoutInput input = lineageLike(300, 11);
        checkLayout(input, layoutGraph(input, LayoutEngine::Layered), Qt::Horizontal);
    }

    void oddInput()
    {
        QVERIFY(layoutGraph({}, LayoutEngine::Layered).centers.isEmpty());
        LayoutInput one;
        one.sizes.append(QSizeF(100, 40));
        QCOMPARE(layoutGraph(one, LayoutEngine::Layered).centers.size(), 1);
        QCOMPARE(layoutGraph(one, LayoutEngine::Graphviz).centers.size(), 1);
        // A cycle, a self-loop, a duplicate edge and an edge to nowhere.
        LayoutInput odd;
        for (int i = 0; i < 4; ++i)
            odd.sizes.append(QSizeF(100, 40));
        odd.edges = {{0, 1}, {1, 2}, {2, 0}, {3, 3}, {0, 1}, {2, 9}};
        for (LayoutEngine engine : {LayoutEngine::Layered, LayoutEngine::Graphviz}) {
            const LayoutResult result = layoutGraph(odd, engine);
            QCOMPARE(result.centers.size(), 4);
            QCOMPARE(result.routes.size(), odd.edges.size());
            QVERIFY(result.routes.at(3).isEmpty() || result.routes.at(3).size() >= 2);
        }
    }
};

QTEST_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
