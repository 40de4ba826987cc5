// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/layeredlayout.h"

#include "core/pipeline/pipelinegraph.h"
#include "core/pipeline/pipelinespec.h"
#include "views/pipeline/nodegeometry.h"

#include <QSet>

#include <algorithm>
#include <numeric>
#include <vector>

namespace mlops {

namespace {

/** The graph the layout works on: real nodes, then one dummy per layer a long edge crosses. */
struct Virtual
{
    std::vector<qreal> width;
    std::vector<qreal> height;
    std::vector<int> layer;
    std::vector<bool> dummy;
    std::vector<std::vector<int>> up;    // neighbours one layer above
    std::vector<std::vector<int>> down;  // neighbours one layer below
    std::vector<std::vector<int>> order; // per layer, left to right

    int add(qreal w, qreal h, int l, bool isDummy)
    {
        width.push_back(w);
        height.push_back(h);
        layer.push_back(l);
        dummy.push_back(isDummy);
        up.emplace_back();
        down.emplace_back();
        return int(width.size()) - 1;
    }
    void link(int a, int b)
    {
        down[size_t(a)].push_back(b);
        up[size_t(b)].push_back(a);
    }
};

int countCrossings(const Virtual &g, const std::vector<std::vector<int>> &order)
{
    std::vector<int> pos(g.width.size());
    for (const auto &row : order)
        for (size_t i = 0; i < row.size(); ++i)
            pos[size_t(row[i])] = int(i);
    int total = 0;
    for (size_t l = 0; l + 1 < order.size(); ++l) {
        std::vector<std::pair<int, int>> segs;
        for (int v : order[l])
            for (int w : g.down[size_t(v)])
                segs.emplace_back(pos[size_t(v)], pos[size_t(w)]);
        std::sort(segs.begin(), segs.end());
        // Inversions of the lower ends, counted with a simple merge-free scan (edges are few).
        for (size_t i = 0; i < segs.size(); ++i)
            for (size_t j = i + 1; j < segs.size(); ++j)
                if (segs[i].first < segs[j].first && segs[i].second > segs[j].second)
                    ++total;
    }
    return total;
}

void sweep(const Virtual &g, std::vector<std::vector<int>> &order, bool downwards)
{
    std::vector<double> pos(g.width.size());
    auto index = [&](size_t l) {
        for (size_t i = 0; i < order[l].size(); ++i)
            pos[size_t(order[l][i])] = double(i);
    };
    const int layers = int(order.size());
    for (int step = 1; step < layers; ++step) {
        const size_t l = size_t(downwards ? step : layers - 1 - step);
        index(downwards ? l - 1 : l + 1);
        index(l);
        std::vector<std::pair<double, int>> keyed;
        for (int v : order[l]) {
            const auto &nbrs = downwards ? g.up[size_t(v)] : g.down[size_t(v)];
            double key = pos[size_t(v)];
            if (!nbrs.empty()) {
                double sum = 0;
                for (int n : nbrs)
                    sum += pos[size_t(n)];
                key = sum / double(nbrs.size());
            }
            keyed.emplace_back(key, v);
        }
        std::stable_sort(keyed.begin(), keyed.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (size_t i = 0; i < keyed.size(); ++i)
            order[l][i] = keyed[i].second;
    }
}

/** Least-squares positions in the given order with minimum distances (pool adjacent violators). */
std::vector<double> isotonic(const std::vector<double> &target, const std::vector<double> &minGap)
{
    const size_t n = target.size();
    std::vector<double> offset(n, 0.0);
    for (size_t i = 1; i < n; ++i)
        offset[i] = offset[i - 1] + minGap[i - 1];
    struct Block
    {
        double sum;
        int count;
        size_t end;
    };
    std::vector<Block> blocks;
    for (size_t i = 0; i < n; ++i) {
        blocks.push_back(Block{target[i] - offset[i], 1, i});
        while (blocks.size() > 1) {
            const Block &b = blocks.back();
            const Block &a = blocks[blocks.size() - 2];
            if (a.sum / a.count <= b.sum / b.count)
                break;
            Block merged{a.sum + b.sum, a.count + b.count, b.end};
            blocks.pop_back();
            blocks.back() = merged;
        }
    }
    std::vector<double> x(n);
    size_t i = 0;
    for (const Block &b : blocks) {
        const double mean = b.sum / b.count;
        for (; i <= b.end; ++i)
            x[i] = mean + offset[i];
    }
    return x;
}

} // namespace

QHash<QString, QPointF> LayeredLayout::compute(const QList<Node> &nodes, const QList<Edge> &edges,
                                               const QHash<QString, int> &layers)
{
    QHash<QString, QPointF> result;
    if (nodes.isEmpty())
        return result;
    Virtual g;
    QHash<QString, int> id;
    int maxLayer = 0;
    for (const Node &n : nodes)
        maxLayer = std::max(maxLayer, layers.value(n.name, 0));
    for (const Node &n : nodes) {
        // Steps caught in a cycle have no layer: they go below everything else.
        const int l = layers.contains(n.name) ? layers.value(n.name) : maxLayer + 1;
        id.insert(n.name, g.add(n.size.width(), n.size.height(), l, false));
    }
    int layerCount = 0;
    for (int l : g.layer)
        layerCount = std::max(layerCount, l + 1);

    QSet<QPair<int, int>> seen;
    for (const Edge &e : edges) {
        const auto a = id.constFind(e.first);
        const auto b = id.constFind(e.second);
        if (a == id.cend() || b == id.cend() || seen.contains({*a, *b}))
            continue;
        seen.insert({*a, *b});
        int from = *a;
        const int to = *b;
        if (g.layer[size_t(to)] <= g.layer[size_t(from)])
            continue;  // back edges (cycles) do not shape the layout
        for (int l = g.layer[size_t(from)] + 1; l < g.layer[size_t(to)]; ++l) {
            const int d = g.add(kLaneWidth, 0, l, true);
            g.link(from, d);
            from = d;
        }
        g.link(from, to);
    }

    std::vector<std::vector<int>> order(static_cast<size_t>(layerCount));
    for (size_t v = 0; v < g.width.size(); ++v)
        order[size_t(g.layer[v])].push_back(int(v));

    // Crossing reduction: alternate sweeps, keep the best order seen.
    std::vector<std::vector<int>> best = order;
    int bestCrossings = countCrossings(g, order);
    for (int i = 0; i < 12 && bestCrossings > 0; ++i) {
        sweep(g, order, i % 2 == 0);
        const int c = countCrossings(g, order);
        if (c < bestCrossings) {
            bestCrossings = c;
            best = order;
        }
    }
    order = best;

    // Horizontal placement: start packed and centred, then pull each node towards its
    // neighbours' centre, layer by layer, without overlaps.
    std::vector<double> x(g.width.size(), 0.0);
    auto gapBetween = [&g](int a, int b) {
        const double gap = (g.dummy[size_t(a)] || g.dummy[size_t(b)]) ? 12.0 : kNodeGap;
        return (g.width[size_t(a)] + g.width[size_t(b)]) / 2.0 + gap;
    };
    for (const auto &row : order) {
        double cursor = 0;
        for (size_t i = 0; i < row.size(); ++i) {
            if (i > 0)
                cursor += gapBetween(row[i - 1], row[i]);
            x[size_t(row[i])] = cursor;
        }
        for (int v : row)
            x[size_t(v)] -= cursor / 2.0;
    }
    auto place = [&](size_t l, bool fromAbove, bool both) {
        const auto &row = order[l];
        if (row.empty())
            return;
        std::vector<double> target(row.size());
        std::vector<double> gaps(row.size(), 0.0);
        for (size_t i = 0; i < row.size(); ++i) {
            const int v = row[i];
            std::vector<int> nbrs = fromAbove ? g.up[size_t(v)] : g.down[size_t(v)];
            if (both) {
                const auto &other = fromAbove ? g.down[size_t(v)] : g.up[size_t(v)];
                nbrs.insert(nbrs.end(), other.begin(), other.end());
            }
            double t = x[size_t(v)];
            if (!nbrs.empty()) {
                double sum = 0;
                for (int n : nbrs)
                    sum += x[size_t(n)];
                t = sum / double(nbrs.size());
            }
            target[i] = t;
            if (i + 1 < row.size())
                gaps[i] = gapBetween(v, row[i + 1]);
        }
        const std::vector<double> placed = isotonic(target, gaps);
        for (size_t i = 0; i < row.size(); ++i)
            x[size_t(row[i])] = placed[i];
    };
    for (int round = 0; round < 8; ++round) {
        const bool both = round >= 6;
        for (size_t l = 1; l < order.size(); ++l)
            place(l, true, both);
        for (size_t l = order.size(); l-- > 1;)
            place(l - 1, false, both);
    }

    // Vertical placement: each layer as tall as its tallest node.
    std::vector<double> top(order.size(), 0.0);
    for (size_t l = 1; l < order.size(); ++l) {
        double tallest = 0;
        for (int v : order[l - 1])
            tallest = std::max(tallest, g.height[size_t(v)]);
        top[l] = top[l - 1] + tallest + kLayerGap;
    }
    double minX = std::numeric_limits<double>::max();
    for (const Node &n : nodes) {
        const int v = id.value(n.name);
        minX = std::min(minX, x[size_t(v)] - g.width[size_t(v)] / 2.0);
    }
    for (const Node &n : nodes) {
        const int v = id.value(n.name);
        const double left = x[size_t(v)] - g.width[size_t(v)] / 2.0 - minX;
        result.insert(n.name, QPointF(std::round(left), std::round(top[size_t(g.layer[size_t(v)])])));
    }
    return result;
}

QHash<QString, QPointF> LayeredLayout::compute(const PipelineSpec &spec)
{
    const PipelineGraph graph = PipelineGraph::build(spec);
    QList<Node> nodes;
    for (const StepSpec &s : spec.steps)
        nodes.append(Node{s.name, NodeGeometry::size(s)});
    QList<Edge> edges;
    for (const GraphEdge &e : graph.edges())
        edges.append({e.from, e.to});
    return compute(nodes, edges, graph.layers());
}

int LayeredLayout::crossings(const QList<QStringList> &order, const QList<Edge> &edges)
{
    int total = 0;
    for (qsizetype l = 0; l + 1 < order.size(); ++l) {
        QList<QPair<int, int>> segs;
        for (const Edge &e : edges) {
            const qsizetype a = order.at(l).indexOf(e.first);
            const qsizetype b = order.at(l + 1).indexOf(e.second);
            if (a >= 0 && b >= 0)
                segs.append({int(a), int(b)});
        }
        for (qsizetype i = 0; i < segs.size(); ++i)
            for (qsizetype j = i + 1; j < segs.size(); ++j)
                if ((segs[i].first - segs[j].first) * (segs[i].second - segs[j].second) < 0)
                    ++total;
    }
    return total;
}

} // namespace mlops
