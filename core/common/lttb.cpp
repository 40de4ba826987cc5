// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/common/lttb.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace mlops {

QList<QPointF> downsampleLttb(const QList<QPointF> &points, qsizetype threshold)
{
    return downsampleLttb(points.constData(), points.size(), threshold);
}

QList<QPointF> downsampleLttb(const QPointF *data, qsizetype count, qsizetype threshold)
{
    threshold = std::max<qsizetype>(threshold, 3);
    if (count <= threshold)
        return QList<QPointF>(data, data + count);

    // picks[b] is the index chosen for bucket b; bucket 0 is the first point and the
    // last bucket the last point, the threshold - 2 buckets between share the rest.
    std::vector<qsizetype> picks(static_cast<size_t>(threshold));
    picks.front() = 0;
    picks.back() = count - 1;
    const double every = double(count - 2) / double(threshold - 2);
    auto bucketStart = [&](qsizetype b) { return qsizetype(std::floor(double(b - 1) * every)) + 1; };

    qsizetype a = 0;
    for (qsizetype b = 1; b < threshold - 1; ++b) {
        const qsizetype start = bucketStart(b);
        const qsizetype end = b + 1 < threshold - 1 ? bucketStart(b + 1) : count - 1;
        // The average of the next bucket is the third corner of the triangle.
        const qsizetype nextStart = end;
        const qsizetype nextEnd = b + 2 < threshold - 1 ? bucketStart(b + 2) : count;
        double avgX = 0;
        double avgY = 0;
        for (qsizetype i = nextStart; i < nextEnd; ++i) {
            avgX += data[i].x();
            avgY += data[i].y();
        }
        const double n = double(std::max<qsizetype>(nextEnd - nextStart, 1));
        avgX /= n;
        avgY /= n;

        const double ax = data[a].x();
        const double ay = data[a].y();
        double bestArea = -1;
        qsizetype best = start;
        for (qsizetype i = start; i < end; ++i) {
            const double area = std::abs((ax - avgX) * (data[i].y() - ay) - (ax - data[i].x()) * (avgY - ay));
            if (area > bestArea) {
                bestArea = area;
                best = i;
            }
        }
        picks[size_t(b)] = best;
        a = best;
    }

    // Keep the global extremes: each takes the place of its bucket's pick, or of a
    // neighbour's when its own bucket already holds the other extreme. The count stays.
    qsizetype minIndex = 0;
    qsizetype maxIndex = 0;
    for (qsizetype i = 1; i < count; ++i) {
        if (data[i].y() < data[minIndex].y())
            minIndex = i;
        if (data[i].y() > data[maxIndex].y())
            maxIndex = i;
    }
    auto bucketOf = [&](qsizetype index) -> qsizetype {
        if (index == 0)
            return 0;
        if (index == count - 1)
            return threshold - 1;
        qsizetype b = qsizetype(double(index - 1) / every) + 1;
        b = std::clamp<qsizetype>(b, 1, threshold - 2);
        while (b > 1 && bucketStart(b) > index)
            --b;
        while (b < threshold - 2 && bucketStart(b + 1) <= index)
            ++b;
        return b;
    };
    auto isForced = [&](qsizetype bucket) {
        if (bucket <= 0 || bucket >= threshold - 1)
            return true;
        const qsizetype pick = picks[size_t(bucket)];
        return pick == minIndex || pick == maxIndex;
    };
    for (qsizetype extreme : {minIndex, maxIndex}) {
        if (std::find(picks.begin(), picks.end(), extreme) != picks.end())
            continue;
        const qsizetype b = bucketOf(extreme);
        qsizetype target = b;
        if (isForced(target))
            target = !isForced(b - 1) ? b - 1 : b + 1;
        if (isForced(target))
            continue;  // threshold 3 with both extremes inside: nothing left to give
        picks[size_t(target)] = extreme;
    }
    std::sort(picks.begin(), picks.end());

    QList<QPointF> out;
    out.reserve(threshold);
    for (qsizetype index : picks)
        out.append(data[index]);
    return out;
}

} // namespace mlops
