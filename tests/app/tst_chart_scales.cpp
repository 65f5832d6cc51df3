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
    void aColumnKeepsItsFirstLowestHighestAndLast() {
        // One column [3, 4): first (3.0, 5), lowest (3.2, 1), highest (3.5, 9), last (3.9, 4).
        const QList<QPointF> column{{3.0, 5}, {3.1, 6}, {3.2, 1}, {3.3, 2},
                                    {3.5, 9}, {3.7, 3}, {3.9, 4}};
        const QList<QPointF> expected{{3.0, 5}, {3.2, 1}, {3.5, 9}, {3.9, 4}};
        QCOMPARE(ChartScales::perPixelColumn(column), expected);
    }

    void pointsAloneInTheirColumnsAllStay() {
        const QList<QPointF> sparse{{0.5, 1}, {2.5, 3}, {7.25, 2}, {30.0, 8}};
        QCOMPARE(ChartScales::perPixelColumn(sparse), sparse);
        QCOMPARE(ChartScales::perPixelColumn({}), QList<QPointF>());
        QCOMPARE(ChartScales::perPixelColumn({{4.0, 2}}), QList<QPointF>{QPointF(4.0, 2)});
    }

    void aFirstPointThatIsAlsoTheLowestIsKeptOnce() {
        const QList<QPointF> column{{1.0, 0}, {1.5, 2}, {1.8, 1}};
        QCOMPARE(ChartScales::perPixelColumn(column), column);
    }

    void aLongCurveCostsAtMostFourPointsAPixelAndKeepsItsSpike() {
        // 100,000 epochs across 400 pixels, one spike in the middle.
        QList<QPointF> curve;
        const int count = 100000;
        for (int i = 0; i < count; ++i)
            curve.append(QPointF(400.0 * i / count, 50.0 + 10.0 * std::sin(i * 0.01)));
        curve[count / 2].setY(-500.0);
        const QList<QPointF> thin = ChartScales::perPixelColumn(curve);
        QVERIFY2(thin.size() <= 4 * 400, qPrintable(QString::number(thin.size())));
        QVERIFY(thin.size() >= 400);
        QCOMPARE(thin.constFirst(), curve.constFirst());
        QCOMPARE(thin.constLast(), curve.constLast());
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
