#include "data/gesture_templates.h"

#include "data/stroke_augmentation.h"

#include <cmath>
#include <numbers>
#include <stdexcept>

namespace data {

namespace {

struct Point {
    double x, y;
    int pen; ///< of the move that reaches this point
};

Stroke toStroke(const std::vector<Point>& points) {
    Stroke out;
    for (size_t i = 1; i < points.size(); ++i)
        out.push_back(
            {points[i].x - points[i - 1].x, points[i].y - points[i - 1].y, points[i].pen});
    return out;
}

std::vector<Point> arc(double turns, double radius0, double radius1, int count) {
    std::vector<Point> points;
    for (int k = 0; k <= count; ++k) {
        const double f = double(k) / count;
        const double angle = 2 * std::numbers::pi * turns * f;
        const double r = radius0 + (radius1 - radius0) * f;
        points.push_back({r * std::cos(angle), r * std::sin(angle), 1});
    }
    return points;
}

} // namespace

const std::vector<std::string>& GestureTemplates::names() {
    static const std::vector<std::string> names{"circle", "square", "triangle", "zigzag",
                                                "check",  "arrow",  "spiral",   "cross"};
    return names;
}

Stroke GestureTemplates::outline(int index) {
    switch (index) {
    case 0:
        return toStroke(arc(1.0, 0.5, 0.5, 48));
    case 1:
        return toStroke({{0, 0, 1}, {1, 0, 1}, {1, 1, 1}, {0, 1, 1}, {0, 0, 1}});
    case 2:
        return toStroke({{0, 0, 1}, {1, 0, 1}, {0.5, 0.87, 1}, {0, 0, 1}});
    case 3:
        return toStroke({{0, 0, 1}, {0.25, 0.5, 1}, {0.5, 0, 1}, {0.75, 0.5, 1}, {1, 0, 1}});
    case 4:
        return toStroke({{0, 0.4, 1}, {0.3, 0, 1}, {1, 1, 1}});
    case 5:
        return toStroke({{0, 0.5, 1}, {1, 0.5, 1}, {0.7, 0.8, 1}, {1, 0.5, 0}, {0.7, 0.2, 1}});
    case 6:
        return toStroke(arc(2.0, 0.05, 0.5, 64));
    case 7:
        return toStroke({{0, 0, 1}, {1, 1, 1}, {0, 1, 0}, {1, 0, 1}});
    default:
        throw std::out_of_range("there is no gesture class " + std::to_string(index));
    }
}

Stroke GestureTemplates::draw(int index, RandomStream& random) {
    return distort(outline(index), random);
}

Stroke GestureTemplates::distort(const Stroke& stroke, RandomStream& random) {
    const int count = int(random.integer(kMinSteps, kMaxSteps));
    const double a = random.uniform(-0.5, 0.5);
    std::vector<double> fractions(static_cast<size_t>(count), 0.0);
    for (int k = 1; k <= count; ++k) {
        const double u = double(k) / count;
        fractions[size_t(k - 1)] =
            k == count ? 1.0 : u + a * std::sin(2 * std::numbers::pi * u) / (2 * std::numbers::pi);
    }
    Stroke out = StrokeAugmentation::resampleAt(stroke, fractions);
    out = StrokeAugmentation::normalized(out, kSize);
    const double s = random.uniform(0.8, 1.2), r = random.uniform(0.85, 1.15);
    out = StrokeAugmentation::scale(out, s * r, s / r);
    out = StrokeAugmentation::rotate(out, random.uniform(-15.0, 15.0) * std::numbers::pi / 180.0);
    return StrokeAugmentation::jitter(out, 0.03 * kSize, random);
}

} // namespace data
