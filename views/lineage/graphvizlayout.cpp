// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/lineage/graphvizlayout.h"

#include "views/lineage/graphviz.h"

#include <QHash>
#include <QMutex>

namespace mlops {

namespace {

QPointF cubic(const pointf &p0, const pointf &c1, const pointf &c2, const pointf &p1, double t)
{
    const double u = 1 - t;
    const double a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;
    return QPointF(a * p0.x + b * c1.x + c * c2.x + d * p1.x, a * p0.y + b * c1.y + c * c2.y + d * p1.y);
}

QByteArray inches(double points)
{
    return QByteArray::number(points / 72.0, 'f', 3);
}

} // namespace

std::optional<LayoutResult> GraphvizLayout::layout(const LayoutInput &input)
{
    // Graphviz is not thread-safe: one layout at a time, in one context for the process.
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    static gv::Context context;
    if (!context.get())
        return std::nullopt;

    gv::Graph graph(context, "lineage");
    if (!graph.get())
        return std::nullopt;
    graph.setDefault(AGRAPH, "rankdir", "TB");   // lineage chains are deep, not wide: rows fit the canvas beside the details
    graph.setDefault(AGRAPH, "nodesep", "0.3");
    graph.setDefault(AGRAPH, "ranksep", "0.5");
    graph.setDefault(AGRAPH, "splines", "spline");
    graph.setDefault(AGNODE, "shape", "box");
    graph.setDefault(AGNODE, "fixedsize", "true");
    graph.setDefault(AGNODE, "label", "");
    Agsym_t *width = agattr(graph.get(), AGNODE, const_cast<char *>("width"), const_cast<char *>("1"));
    Agsym_t *height = agattr(graph.get(), AGNODE, const_cast<char *>("height"), const_cast<char *>("0.5"));

    QList<Agnode_t *> nodes;
    nodes.reserve(input.sizes.size());
    for (int i = 0; i < input.sizes.size(); ++i) {
        Agnode_t *n = graph.addNode("n" + QByteArray::number(i));
        agxset(n, width, const_cast<char *>(inches(input.sizes.at(i).width()).constData()));
        agxset(n, height, const_cast<char *>(inches(input.sizes.at(i).height()).constData()));
        nodes.append(n);
    }
    // One Graphviz edge per pair of nodes; several associations between two entities share it.
    QHash<QPair<int, int>, Agedge_t *> edges;
    for (const auto &[from, to] : input.edges) {
        if (from == to || from < 0 || to < 0 || from >= nodes.size() || to >= nodes.size() || edges.contains({from, to}))
            continue;
        edges.insert({from, to}, graph.addEdge(nodes.at(from), nodes.at(to)));
    }
    if (!graph.layout("dot"))
        return std::nullopt;

    LayoutResult result;
    result.engine = QStringLiteral("graphviz-dot");
    const boxf bb = GD_bb(graph.get());
    const double top = bb.UR.y;
    auto flip = [top](const QPointF &p) { return QPointF(p.x(), top - p.y()); };
    result.bounds = QRectF(QPointF(bb.LL.x, 0), QPointF(bb.UR.x, bb.UR.y - bb.LL.y));
    for (Agnode_t *n : std::as_const(nodes))
        result.centers.append(flip(QPointF(ND_coord(n).x, ND_coord(n).y)));
    for (const auto &[from, to] : input.edges) {
        QPolygonF route;
        Agedge_t *e = edges.value({from, to});
        if (e && ED_spl(e) && ED_spl(e)->size > 0) {
            const bezier &b = ED_spl(e)->list[0];
            if (b.sflag)
                route.append(flip(QPointF(b.sp.x, b.sp.y)));
            for (int i = 0; i + 3 < b.size; i += 3) {
                for (int s = (i == 0 ? 0 : 1); s <= 8; ++s)
                    route.append(flip(cubic(b.list[i], b.list[i + 1], b.list[i + 2], b.list[i + 3], s / 8.0)));
            }
            if (b.eflag)
                route.append(flip(QPointF(b.ep.x, b.ep.y)));
        } else if (from >= 0 && to >= 0 && from < result.centers.size() && to < result.centers.size()) {
            route << result.centers.at(from) << result.centers.at(to);
        }
        result.routes.append(route);
    }
    return result;
}

} // namespace mlops
