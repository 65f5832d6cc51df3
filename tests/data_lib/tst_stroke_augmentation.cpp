// Stroke augmentation against closed forms: rotations of 90° and 180°, scaling, jitter's
// variance, resampling of a straight line (exact) and of a circle (its length within 1%),
// pen flags carried along.
#include "data/stroke_augmentation.h"

#include <QTest>
#include <cmath>
#include <numbers>
#include <stdexcept>

using namespace data;

namespace {

const Stroke kStroke{{1.0, 2.0, 1}, {-3.0, 0.5, 0}, {0.25, -4.0, 1}};

/** A regular polygon of `sides` sides inscribed in a circle of radius r, as a closed stroke. */
Stroke polygon(int sides, double r) {
    Stroke out;
    for (int k = 1; k <= sides; ++k) {
        const double a0 = 2 * std::numbers::pi * (k - 1) / sides;
        const double a1 = 2 * std::numbers::pi * k / sides;
        out.push_back({r * (std::cos(a1) - std::cos(a0)), r * (std::sin(a1) - std::sin(a0)), 1});
    }
    return out;
}

} // namespace

class TestStrokeAugmentation : public QObject {
    Q_OBJECT

private slots:
    void rotatesByQuarterTurns_data();
    void rotatesByQuarterTurns();
    void scalesAndKeepsThePen();
    void jitterHasTheVarianceAsked();
    void resamplesAStraightLineExactly();
    void resamplingACircleKeepsItsLength();
    void resamplingCarriesThePen();
    void normalizesTheBoundingBox();
    void refusesWhatCannotBeResampled();
};

void TestStrokeAugmentation::rotatesByQuarterTurns_data() {
    QTest::addColumn<double>("degrees");
    QTest::addColumn<int>("quarterTurns");
    QTest::newRow("90°") << 90.0 << 1;
    QTest::newRow("180°") << 180.0 << 2;
    QTest::newRow("-90°") << -90.0 << 3;
}

void TestStrokeAugmentation::rotatesByQuarterTurns() {
    QFETCH(double, degrees);
    QFETCH(int, quarterTurns);
    const Stroke rotated = StrokeAugmentation::rotate(kStroke, degrees * std::numbers::pi / 180);
    for (size_t i = 0; i < kStroke.size(); ++i) {
        double x = kStroke[i].dx, y = kStroke[i].dy;
        for (int q = 0; q < quarterTurns; ++q) // (dx, dy) → (−dy, dx)
            std::tie(x, y) = std::pair{-y, x};
        QVERIFY(std::abs(rotated[i].dx - x) < 1e-12);
        QVERIFY(std::abs(rotated[i].dy - y) < 1e-12);
        QCOMPARE(rotated[i].pen, kStroke[i].pen);
    }
}

void TestStrokeAugmentation::scalesAndKeepsThePen() {
    const Stroke scaled = StrokeAugmentation::scale(kStroke, 2.0, -0.5);
    QCOMPARE(scaled, (Stroke{{2.0, -1.0, 1}, {-6.0, -0.25, 0}, {0.5, 2.0, 1}}));
    QCOMPARE(StrokeAugmentation::pathLength(StrokeAugmentation::scale(kStroke, 3, 3)),
             3 * StrokeAugmentation::pathLength(kStroke));
}

void TestStrokeAugmentation::jitterHasTheVarianceAsked() {
    const Stroke still(20000, StrokeStep{0.0, 0.0, 1});
    RandomStream random(5, RandomStream::Purpose::Example, 0);
    const Stroke noisy = StrokeAugmentation::jitter(still, 0.5, random);
    double sum = 0, squares = 0;
    for (const StrokeStep& s : noisy) {
        sum += s.dx + s.dy;
        squares += s.dx * s.dx + s.dy * s.dy;
        QCOMPARE(s.pen, 1);
    }
    const double n = 2.0 * double(noisy.size());
    // Mean 0 ± 3·0.5/√40000, variance 0.25 ± 3·0.25·√(2/40000).
    QVERIFY(std::abs(sum / n) < 0.0075);
    QVERIFY(std::abs(squares / n - 0.25) < 0.0054);
    RandomStream none(5, RandomStream::Purpose::Example, 0);
    QCOMPARE(StrokeAugmentation::jitter(kStroke, 0.0, none), kStroke);
}

void TestStrokeAugmentation::resamplesAStraightLineExactly() {
    const Stroke line{{1.0, 0.0, 1}, {2.0, 0.0, 1}}; // 3 units right, in unequal steps
    const Stroke resampled = StrokeAugmentation::resample(line, 6);
    QCOMPARE(resampled.size(), size_t(6));
    for (const StrokeStep& s : resampled) {
        QVERIFY(std::abs(s.dx - 0.5) < 1e-12);
        QCOMPARE(s.dy, 0.0);
    }
    const Stroke diagonal = StrokeAugmentation::resample({{3.0, 4.0, 1}}, 5);
    for (const StrokeStep& s : diagonal)
        QVERIFY(std::abs(s.dx - 0.6) < 1e-12 && std::abs(s.dy - 0.8) < 1e-12);
}

void TestStrokeAugmentation::resamplingACircleKeepsItsLength() {
    const Stroke circle = polygon(200, 1.0);
    const double length = StrokeAugmentation::pathLength(circle); // ≈ 2π
    for (int count : {37, 64, 500}) {
        const Stroke resampled = StrokeAugmentation::resample(circle, count);
        QCOMPARE(resampled.size(), size_t(count));
        // A regular n-gon inscribed in the circle: 2n·sin(π/n) of 2π, within 1% for n ≥ 37.
        const double ratio = StrokeAugmentation::pathLength(resampled) / length;
        QVERIFY2(ratio > 0.99 && ratio <= 1.0 + 1e-12, qPrintable(QString::number(ratio)));
        const auto [x, y] = StrokeAugmentation::displacement(resampled);
        QVERIFY(std::abs(x) < 1e-12 && std::abs(y) < 1e-12); // still closed
    }
}

void TestStrokeAugmentation::resamplingCarriesThePen() {
    const Stroke lifted{{1.0, 0.0, 1}, {1.0, 0.0, 0}, {1.0, 0.0, 1}};
    const Stroke resampled = StrokeAugmentation::resample(lifted, 6);
    std::vector<int> pens;
    for (const StrokeStep& s : resampled)
        pens.push_back(s.pen);
    QCOMPARE(pens, (std::vector<int>{1, 1, 0, 0, 1, 1}));
    QCOMPARE(StrokeAugmentation::displacement(resampled), (std::pair{3.0, 0.0}));
}

void TestStrokeAugmentation::normalizesTheBoundingBox() {
    // Points (0,0) (1,2) (−2,2.5) (−1.75,−1.5): a 3 × 4 box, scaled to a side of 8 by 2.
    const Stroke normalized = StrokeAugmentation::normalized(kStroke, 8.0);
    QCOMPARE(normalized, StrokeAugmentation::scale(kStroke, 2.0, 2.0));
    const Stroke still{{0.0, 0.0, 1}};
    QCOMPARE(StrokeAugmentation::normalized(still, 8.0), still);
}

void TestStrokeAugmentation::refusesWhatCannotBeResampled() {
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, StrokeAugmentation::resample(kStroke, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, StrokeAugmentation::resample({}, 5));
}

QTEST_APPLESS_MAIN(TestStrokeAugmentation)
#include "tst_stroke_augmentation.moc"
