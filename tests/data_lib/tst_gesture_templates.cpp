// The gesture templates: eight distinct classes, the pen lifted exactly where the shapes need it,
// and noisy drawings within the stated ranges of length and size, reproducible from a stream.
#include "data/gesture_templates.h"
#include "data/stroke_augmentation.h"

#include <QTest>
#include <algorithm>
#include <cmath>
#include <set>

using namespace data;

namespace {

double boundingSide(const Stroke& stroke) {
    double x = 0, y = 0, minX = 0, maxX = 0, minY = 0, maxY = 0;
    for (const StrokeStep& s : stroke) {
        x += s.dx;
        y += s.dy;
        minX = std::min(minX, x), maxX = std::max(maxX, x);
        minY = std::min(minY, y), maxY = std::max(maxY, y);
    }
    return std::max(maxX - minX, maxY - minY);
}

} // namespace

class TestGestureTemplates : public QObject {
    Q_OBJECT

private slots:
    void hasEightClasses();
    void liftsThePenWhereTheShapeNeedsIt();
    void closedShapesEndWhereTheyStart();
    void drawingsStayInTheirRanges();
};

void TestGestureTemplates::hasEightClasses() {
    const auto& names = GestureTemplates::names();
    QCOMPARE(names.size(), size_t(8));
    QCOMPARE(std::set<std::string>(names.begin(), names.end()).size(), size_t(8));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, GestureTemplates::outline(8));
}

void TestGestureTemplates::liftsThePenWhereTheShapeNeedsIt() {
    for (int c = 0; c < 8; ++c) {
        const Stroke outline = GestureTemplates::outline(c);
        const auto lifted = std::count_if(outline.begin(), outline.end(),
                                          [](const StrokeStep& s) { return s.pen == 0; });
        const std::string& name = GestureTemplates::names()[size_t(c)];
        QCOMPARE(lifted, (name == "arrow" || name == "cross") ? 1 : 0);
    }
}

void TestGestureTemplates::closedShapesEndWhereTheyStart() {
    for (int c : {0, 1, 2}) { // circle, square, triangle
        const auto [x, y] = StrokeAugmentation::displacement(GestureTemplates::outline(c));
        QVERIFY(std::abs(x) < 1e-12 && std::abs(y) < 1e-12);
    }
    // The square's perimeter is 4, the circle's (a 48-gon of radius ½) 48·sin(π/48) ≈ 3.1394.
    QVERIFY(std::abs(StrokeAugmentation::pathLength(GestureTemplates::outline(1)) - 4) < 1e-12);
    QVERIFY(std::abs(StrokeAugmentation::pathLength(GestureTemplates::outline(0)) -
                     48 * std::sin(M_PI / 48)) < 1e-12);
}

void TestGestureTemplates::drawingsStayInTheirRanges() {
    for (int c = 0; c < 8; ++c)
        for (std::uint64_t k = 0; k < 50; ++k) {
            RandomStream random(1, RandomStream::Purpose::Example, k);
            const Stroke drawn = GestureTemplates::draw(c, random);
            QVERIFY(drawn.size() >= size_t(GestureTemplates::kMinSteps));
            QVERIFY(drawn.size() <= size_t(GestureTemplates::kMaxSteps));
            // Side 4, scaled by 0.8–1.2 with aspect 0.85–1.15, rotated ±15°, jittered: loosely.
            const double side = boundingSide(drawn);
            QVERIFY2(side > 2.0 && side < 8.0, qPrintable(QString::number(side)));
            RandomStream again(1, RandomStream::Purpose::Example, k);
            QCOMPARE(GestureTemplates::draw(c, again), drawn);
        }
}

QTEST_APPLESS_MAIN(TestGestureTemplates)
#include "tst_gesture_templates.moc"
