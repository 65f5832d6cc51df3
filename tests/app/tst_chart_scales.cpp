// ChartScales: the thinning of a long curve to its pixel columns, against curves whose kept
// points are known by construction, and the halving of a full curve.
#include "app/views/chart_scales.h"

#include <QTest>
#include <algorithm>
#include <cmath>

using app::ChartScales;

class TestChartScales : public QObject {
    Q_OBJECT

private slots:
    void aColumnKeepsItsLowestAndHighestInTheirOrder() {
        // Column [3, 4): lowest (3.2, 1) before highest (3.5, 9); column [4, 5): highest first.
        const QList<QPointF> columns{{3.0, 5}, {3.1, 6}, {3.2, 1}, {3.3, 2}, {3.5, 9},
                                     {3.9, 4}, {4.0, 3}, {4.2, 7}, {4.5, 0}, {4.9, 2}};
        const QList<QPointF> expected{{3.2, 1}, {3.5, 9}, {4.2, 7}, {4.5, 0}};
        QCOMPARE(ChartScales::perPixelColumn(columns), expected);
    }

    void aFlatColumnKeepsOnePoint() {
        QCOMPARE(ChartScales::perPixelColumn({{1.0, 2}, {1.5, 2}, {1.8, 2}}),
                 QList<QPointF>{QPointF(1.0, 2)});
    }

    void pointsAloneInTheirColumnsAllStay() {
        const QList<QPointF> sparse{{0.5, 1}, {2.5, 3}, {7.25, 2}, {30.0, 8}};
        QCOMPARE(ChartScales::perPixelColumn(sparse), sparse);
        QCOMPARE(ChartScales::perPixelColumn({}), QList<QPointF>());
        QCOMPARE(ChartScales::perPixelColumn({{4.0, 2}}), QList<QPointF>{QPointF(4.0, 2)});
    }

    void aLongCurveCostsAtMostTwoPointsAPixelAndKeepsItsSpike() {
        // 100,000 epochs across 400 pixels, one spike in the middle.
        QList<QPointF> curve;
        const int count = 100000;
        for (int i = 0; i < count; ++i)
            curve.append(QPointF(400.0 * i / count, 50.0 + 10.0 * std::sin(i * 0.01)));
        curve[count / 2].setY(-500.0);
        const QList<QPointF> thin = ChartScales::perPixelColumn(curve);
        QVERIFY2(thin.size() <= 2 * 400, qPrintable(QString::number(thin.size())));
        QVERIFY(thin.size() >= 400);
        QVERIFY(thin.constFirst().x() < 1.0 && thin.constLast().x() >= 399.0);
        QVERIFY(thin.contains(curve[count / 2]));
        QVERIFY(std::is_sorted(thin.begin(), thin.end(),
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
