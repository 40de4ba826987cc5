// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/common/lttb.h"

#include <QRandomGenerator>
#include <QtTest/QTest>

#include <algorithm>
#include <cmath>

using namespace mlops;

namespace {

QList<QPointF> noisyCurve(int n, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<QPointF> points;
    points.reserve(n);
    for (int i = 0; i < n; ++i)
        points.append(QPointF(i, std::exp(-i / double(n)) + 0.05 * random.generateDouble()));
    return points;
}

bool containsPoint(const QList<QPointF> &points, const QPointF &p)
{
    return std::find(points.cbegin(), points.cend(), p) != points.cend();
}

} // namespace

class TestLttb : public QObject
{
    Q_OBJECT

private slots:
    void givesExactlyThresholdPoints_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("threshold");
        QTest::newRow("100k to 2000") << 100000 << 2000;
        QTest::newRow("1001 to 1000") << 1001 << 1000;
        QTest::newRow("10 to 3") << 10 << 3;
        QTest::newRow("7 to 5") << 7 << 5;
        QTest::newRow("uneven buckets") << 12345 << 777;
    }
    void givesExactlyThresholdPoints()
    {
        QFETCH(int, count);
        QFETCH(int, threshold);
        const QList<QPointF> input = noisyCurve(count, 7);
        const QList<QPointF> out = downsampleLttb(input, threshold);
        QCOMPARE(out.size(), threshold);
        QCOMPARE(out.first(), input.first());
        QCOMPARE(out.last(), input.last());
        // Every point is an input point, in order of x.
        for (int i = 1; i < out.size(); ++i)
            QVERIFY2(out.at(i - 1).x() < out.at(i).x(), qPrintable(QString::number(i)));
        for (const QPointF &p : out)
            QVERIFY(p.x() == std::floor(p.x()) && input.at(int(p.x())) == p);
    }

    void leavesShortSeriesAlone()
    {
        const QList<QPointF> input = noisyCurve(50, 1);
        QCOMPARE(downsampleLttb(input, 50), input);
        QCOMPARE(downsampleLttb(input, 2000), input);
        QCOMPARE(downsampleLttb(QList<QPointF>(), 10).size(), 0);
        // Thresholds below 3 mean 3: first, one in the middle, last.
        QCOMPARE(downsampleLttb(input, 1).size(), 3);
    }

    void keepsTheGlobalExtremes()
    {
        // Spikes a plain average would flatten: one up, one down, far apart.
        QList<QPointF> input = noisyCurve(50000, 3);
        input[12345].setY(9.0);
        input[40001].setY(-7.0);
        const QList<QPointF> out = downsampleLttb(input, 500);
        QCOMPARE(out.size(), 500);
        QVERIFY(containsPoint(out, input.at(12345)));
        QVERIFY(containsPoint(out, input.at(40001)));
    }

    void keepsBothExtremesInOneBucket()
    {
        // Maximum and minimum next to each other fall into the same bucket: both stay,
        // and the count is still exact.
        QList<QPointF> input = noisyCurve(10000, 5);
        input[5000].setY(5.0);
        input[5001].setY(-5.0);
        const QList<QPointF> out = downsampleLttb(input, 100);
        QCOMPARE(out.size(), 100);
        QVERIFY(containsPoint(out, input.at(5000)));
        QVERIFY(containsPoint(out, input.at(5001)));
        for (int i = 1; i < out.size(); ++i)
            QVERIFY(out.at(i - 1).x() < out.at(i).x());
    }

    void followsTheShape()
    {
        // A sine sampled finely and downsampled keeps its peaks and troughs.
        QList<QPointF> input;
        for (int i = 0; i < 100000; ++i)
            input.append(QPointF(i, std::sin(i * 2 * M_PI / 10000.0)));
        const QList<QPointF> out = downsampleLttb(input, 400);
        const auto [lo, hi] = std::minmax_element(out.cbegin(), out.cend(),
                                                  [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
        QVERIFY(hi->y() > 0.9999);
        QVERIFY(lo->y() < -0.9999);
        int peaks = 0;
        for (int i = 1; i + 1 < out.size(); ++i) {
            if (out.at(i).y() > 0.99 && out.at(i).y() > out.at(i - 1).y() && out.at(i).y() >= out.at(i + 1).y())
                ++peaks;
        }
        QCOMPARE(peaks, 10);
    }
};

QTEST_GUILESS_MAIN(TestLttb)
#include "tst_lttb.moc"
