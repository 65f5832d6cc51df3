// ChartScales: a long curve reduced to its pixel columns' means and spreads, against curves
// whose columns are known by construction, and the halving of a full curve.
#include "app/views/chart_scales.h"

#include <QTest>
#include <algorithm>
#include <cmath>

using app::ChartScales;

class TestChartScales : public QObject {
    Q_OBJECT

private slots:
    void aColumnKeepsItsMeanAndItsSpread() {
        // Column [3, 4): x 3.0..3.9 (sum 20), y 5 6 1 2 9 4 (sum 27), from 1 to 9.
        // Column [4, 5): x 4.0..4.9 (sum 17.6), y 3 7 0 2 (sum 12), from 0 to 7.
        const QList<QPointF> columns{{3.0, 5}, {3.1, 6}, {3.2, 1}, {3.3, 2}, {3.5, 9},
                                     {3.9, 4}, {4.0, 3}, {4.2, 7}, {4.5, 0}, {4.9, 2}};
        const ChartScales::ColumnSpread spread = ChartScales::columnSpread(columns);
        const double x3 = 20.0 / 6, x4 = 17.6 / 4;
        QCOMPARE(spread.middle, QPolygonF(QList<QPointF>{{x3, 4.5}, {x4, 3.0}}));
        QCOMPARE(spread.band, QPolygonF(QList<QPointF>{{x3, 1}, {x4, 0}, {x4, 7}, {x3, 9}}));
    }

    void pointsAloneInTheirColumnsAllStay() {
        const QList<QPointF> sparse{{0.5, 1}, {2.5, 3}, {7.25, 2}, {30.0, 8}};
        const ChartScales::ColumnSpread spread = ChartScales::columnSpread(sparse);
        QCOMPARE(spread.middle, QPolygonF(sparse));
        QCOMPARE(spread.band, QPolygonF(QList<QPointF>{{0.5, 1},
                                                       {2.5, 3},
                                                       {7.25, 2},
                                                       {30.0, 8},
                                                       {30.0, 8},
                                                       {7.25, 2},
                                                       {2.5, 3},
                                                       {0.5, 1}}));
        QVERIFY(ChartScales::columnSpread({}).middle.isEmpty());
        QVERIFY(ChartScales::columnSpread({}).band.isEmpty());
    }

    void aLongCurveCostsOnePointAPixelAndKeepsItsSpike() {
        // 100,000 epochs across 400 pixels, one spike in the middle.
        QList<QPointF> curve;
        const int count = 100000;
        for (int i = 0; i < count; ++i)
            curve.append(QPointF(400.0 * i / count, 50.0 + 10.0 * std::sin(i * 0.01)));
        curve[count / 2].setY(-500.0);
        const ChartScales::ColumnSpread spread = ChartScales::columnSpread(curve);
        QCOMPARE(spread.middle.size(), 400);
        QCOMPARE(spread.band.size(), 800);
        QVERIFY(spread.middle.constFirst().x() < 1.0 && spread.middle.constLast().x() >= 399.0);
        const auto byY = [](const QPointF& a, const QPointF& b) {
            return a.y() < b.y();
        };
        QCOMPARE(std::min_element(spread.band.begin(), spread.band.end(), byY)->y(), -500.0);
        // The spike's column averages it with 249 ordinary epochs: the middle hardly moves.
        QVERIFY(std::min_element(spread.middle.begin(), spread.middle.end(), byY)->y() > 36.0);
        QVERIFY(std::is_sorted(spread.middle.begin(), spread.middle.end(),
                               [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); }));
    }

    void halvingKeepsTheEndsAndMergesNeighbours() {
        const QList<QPointF> curve{{0, 0}, {1, 2}, {2, 4}, {3, 6}, {4, 8}, {5, 10}};
        const QList<QPointF> expected{{0, 0}, {1.5, 3}, {3.5, 7}, {5, 10}};
        QCOMPARE(ChartScales::halved(curve), expected);
    }
};

QTEST_APPLESS_MAIN(TestChartScales)
#include "tst_chart_scales.moc"
