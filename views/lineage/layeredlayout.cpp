// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/lineage/layeredlayout.h"

#include <QHash>
#include <QStack>

#include <algorithm>
#include <numeric>

namespace mlops {

namespace {

struct Segment
{
    int from;
    int to;
    bool reversed;   ///< drawn against the layering (it closed a cycle)
};

} // namespace

LayoutResult LayeredLayout::layout(const LayoutInput &input)
{
    LayoutResult result;
    result.engine = QStringLiteral("layered");
    const int n = int(input.sizes.size());
    if (n == 0)
        return result;

    // Unique edges without self-loops; every input edge maps to one of them.
    QList<Segment> edges;
    QHash<QPair<int, int>, int> edgeIndex;
    QList<int> inputToEdge;
    inputToEdge.reserve(input.edges.size());
    for (const auto &[from, to] : input.edges) {
        if (from == to || from < 0 || to < 0 || from >= n || to >= n) {
            inputToEdge.append(-1);
            continue;
        }
        auto it = edgeIndex.constFind({from, to});
        if (it == edgeIndex.cend()) {
            it = edgeIndex.insert({from, to}, int(edges.size()));
            edges.append(Segment{from, to, false});
        }
        inputToEdge.append(*it);
    }

    // 1. Break cycles: edges that close a cycle in a depth-first search are reversed.
    QList<QList<int>> outs(n);
    for (int e = 0; e < edges.size(); ++e)
        outs[edges.at(e).from].append(e);
    {
        QList<char> colour(n, 0);
        QStack<QPair<int, int>> stack;
        for (int root = 0; root < n; ++root) {
            if (colour.at(root))
                continue;
            stack.push({root, 0});
            colour[root] = 1;
            while (!stack.isEmpty()) {
                auto &[node, next] = stack.top();
                if (next >= outs.at(node).size()) {
                    colour[node] = 2;
                    stack.pop();
                    continue;
                }
                const int e = outs.at(node).at(next++);
                const int to = edges.at(e).to;
                if (colour.at(to) == 1)
                    edges[e].reversed = true;
                else if (colour.at(to) == 0) {
                    colour[to] = 1;
                    stack.push({to, 0});
                }
            }
        }
    }
    auto tail = [&edges](int e) { return edges.at(e).reversed ? edges.at(e).to : edges.at(e).from; };
    auto head = [&edges](int e) { return edges.at(e).reversed ? edges.at(e).from : edges.at(e).to; };

    // 2. Layers: longest path from the sources, then sources pulled next to what they feed.
    QList<QList<int>> succ(n), pred(n);
    for (int e = 0; e < edges.size(); ++e) {
        if (tail(e) == head(e))
            continue;
        succ[tail(e)].append(head(e));
        pred[head(e)].append(tail(e));
    }
    QList<int> indegree(n);
    for (int v = 0; v < n; ++v)
        indegree[v] = int(pred.at(v).size());
    QList<int> topo;
    topo.reserve(n);
    for (int v = 0; v < n; ++v) {
        if (indegree.at(v) == 0)
            topo.append(v);
    }
    QList<int> layer(n, 0);
    for (int i = 0; i < topo.size(); ++i) {
        const int v = topo.at(i);
        for (int w : succ.at(v)) {
            layer[w] = std::max(layer.at(w), layer.at(v) + 1);
            if (--indegree[w] == 0)
                topo.append(w);
        }
    }
    for (auto it = topo.crbegin(); it != topo.crend(); ++it) {
        const int v = *it;
        if (!pred.at(v).isEmpty() || succ.at(v).isEmpty())
            continue;
        int nearest = std::numeric_limits<int>::max();
        for (int w : succ.at(v))
            nearest = std::min(nearest, layer.at(w));
        layer[v] = nearest - 1;
    }
    const int minLayer = *std::min_element(layer.cbegin(), layer.cend());
    for (int &l : layer)
        l -= minLayer;

    // 3. Long edges become chains through dummy nodes, one per layer they cross.
    QList<int> layerOf = layer;
    QList<QSizeF> size = input.sizes;
    QList<QList<int>> chains(edges.size());
    QList<QList<int>> up(n), down(n);
    for (int e = 0; e < edges.size(); ++e) {
        const int a = tail(e), b = head(e);
        QList<int> chain{a};
        for (int l = layerOf.at(a) + 1; l < layerOf.at(b); ++l) {
            const int d = int(layerOf.size());
            layerOf.append(l);
            size.append(QSizeF(0, 4));
            up.append(QList<int>());
            down.append(QList<int>());
            chain.append(d);
        }
        chain.append(b);
        for (int i = 0; i + 1 < chain.size(); ++i) {
            down[chain.at(i)].append(chain.at(i + 1));
            up[chain.at(i + 1)].append(chain.at(i));
        }
        chains[e] = chain;
    }
    const int total = int(layerOf.size());
    const int layers = *std::max_element(layerOf.cbegin(), layerOf.cend()) + 1;

    // 4. Order within layers: depth-first discovery, then barycenter sweeps.
    QList<QList<int>> rows(layers);
    {
        QList<char> seen(total, 0);
        QStack<int> stack;
        for (int root : std::as_const(topo)) {
            if (seen.at(root))
                continue;
            stack.push(root);
            while (!stack.isEmpty()) {
                const int v = stack.pop();
                if (seen.at(v))
                    continue;
                seen[v] = 1;
                rows[layerOf.at(v)].append(v);
                for (auto it = down.at(v).crbegin(); it != down.at(v).crend(); ++it) {
                    if (!seen.at(*it))
                        stack.push(*it);
                }
            }
        }
        for (int v = 0; v < total; ++v) {
            if (!seen.at(v))
                rows[layerOf.at(v)].append(v);
        }
    }
    QList<double> position(total, 0);
    auto number = [&](int l) {
        for (int i = 0; i < rows.at(l).size(); ++i)
            position[rows.at(l).at(i)] = i;
    };
    for (int l = 0; l < layers; ++l)
        number(l);
    QList<double> key(total, 0);
    auto sweep = [&](int l, const QList<QList<int>> &neighbours) {
        QList<int> &row = rows[l];
        for (int v : std::as_const(row)) {
            const QList<int> &nb = neighbours.at(v);
            if (nb.isEmpty()) {
                key[v] = position.at(v);
                continue;
            }
            double sum = 0;
            for (int w : nb)
                sum += position.at(w);
            key[v] = sum / double(nb.size());
        }
        std::stable_sort(row.begin(), row.end(), [&key](int a, int b) { return key.at(a) < key.at(b); });
        number(l);
    };
    for (int iteration = 0; iteration < 6; ++iteration) {
        for (int l = 1; l < layers; ++l)
            sweep(l, up);
        for (int l = layers - 2; l >= 0; --l)
            sweep(l, down);
    }

    // 5. Columns: each layer as wide as its widest node.
    QList<double> columnWidth(layers, 0);
    for (int v = 0; v < total; ++v)
        columnWidth[layerOf.at(v)] = std::max(columnWidth.at(layerOf.at(v)), size.at(v).width());
    QList<double> columnX(layers, 0);
    for (int l = 1; l < layers; ++l)
        columnX[l] = columnX.at(l - 1) + columnWidth.at(l - 1) / 2 + kLayerGap + columnWidth.at(l) / 2;

    // 6. Rows: stacked, then moved towards their neighbours, keeping order and spacing.
    QList<double> y(total, 0);
    auto separation = [&](int a, int b) {
        const bool dummies = a >= n && b >= n;
        return (size.at(a).height() + size.at(b).height()) / 2 + (dummies ? 4.0 : kNodeGap);
    };
    for (int l = 0; l < layers; ++l) {
        const QList<int> &row = rows.at(l);
        for (int i = 1; i < row.size(); ++i)
            y[row.at(i)] = y.at(row.at(i - 1)) + separation(row.at(i - 1), row.at(i));
        const double middle = row.isEmpty() ? 0 : y.at(row.last()) / 2;
        for (int v : row)
            y[v] -= middle;
    }
    QList<double> desired, lower, upper;
    auto place = [&](int l, const QList<QList<int>> &neighbours) {
        const QList<int> &row = rows.at(l);
        const int k = int(row.size());
        if (k == 0)
            return;
        desired.resize(k);
        lower.resize(k);
        upper.resize(k);
        for (int i = 0; i < k; ++i) {
            const QList<int> &nb = neighbours.at(row.at(i));
            if (nb.isEmpty()) {
                desired[i] = y.at(row.at(i));
                continue;
            }
            double sum = 0;
            for (int w : nb)
                sum += y.at(w);
            desired[i] = sum / double(nb.size());
        }
        lower[0] = desired.at(0);
        for (int i = 1; i < k; ++i)
            lower[i] = std::max(desired.at(i), lower.at(i - 1) + separation(row.at(i - 1), row.at(i)));
        upper[k - 1] = desired.at(k - 1);
        for (int i = k - 2; i >= 0; --i)
            upper[i] = std::min(desired.at(i), upper.at(i + 1) - separation(row.at(i), row.at(i + 1)));
        for (int i = 0; i < k; ++i)
            y[row.at(i)] = (lower.at(i) + upper.at(i)) / 2;
    };
    for (int iteration = 0; iteration < 4; ++iteration) {
        for (int l = 1; l < layers; ++l)
            place(l, up);
        for (int l = layers - 2; l >= 0; --l)
            place(l, down);
    }

    // 7. Into positive coordinates with a margin.
    double top = std::numeric_limits<double>::max(), bottom = -top;
    for (int v = 0; v < total; ++v) {
        top = std::min(top, y.at(v) - size.at(v).height() / 2);
        bottom = std::max(bottom, y.at(v) + size.at(v).height() / 2);
    }
    const double margin = 20;
    const double left = -columnWidth.at(0) / 2;
    auto at = [&](int v) { return QPointF(columnX.at(layerOf.at(v)) - left + margin, y.at(v) - top + margin); };
    result.centers.reserve(n);
    for (int v = 0; v < n; ++v)
        result.centers.append(at(v));
    result.bounds = QRectF(0, 0, columnX.last() + columnWidth.last() / 2 - left + 2 * margin, bottom - top + 2 * margin);

    // 8. Routes along the chains, from border to border, in the edges' own direction.
    auto border = [&](int v, const QPointF &toward) {
        const QPointF c = at(v);
        const double half = size.at(v).width() / 2;
        return QPointF(toward.x() >= c.x() ? c.x() + half : c.x() - half, c.y());
    };
    QList<QPolygonF> edgeRoutes(edges.size());
    for (int e = 0; e < edges.size(); ++e) {
        QList<int> chain = chains.at(e);
        if (edges.at(e).reversed)
            std::reverse(chain.begin(), chain.end());
        QPolygonF route;
        for (int i = 0; i < chain.size(); ++i) {
            const int v = chain.at(i);
            if (i == 0)
                route.append(border(v, at(chain.at(1))));
            else if (i == chain.size() - 1)
                route.append(border(v, at(chain.at(i - 1))));
            else
                route.append(at(v));
        }
        edgeRoutes[e] = route;
    }
    for (int e : std::as_const(inputToEdge))
        result.routes.append(e >= 0 ? edgeRoutes.at(e) : QPolygonF());
    return result;
}

} // namespace mlops
