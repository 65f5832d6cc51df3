#include "data/stroke_augmentation.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace data {

Stroke StrokeAugmentation::rotate(const Stroke& stroke, double radians) {
    const double c = std::cos(radians), s = std::sin(radians);
    Stroke out = stroke;
    for (StrokeStep& step : out)
        step = {c * step.dx - s * step.dy, s * step.dx + c * step.dy, step.pen};
    return out;
}

Stroke StrokeAugmentation::scale(const Stroke& stroke, double sx, double sy) {
    Stroke out = stroke;
    for (StrokeStep& step : out) {
        step.dx *= sx;
        step.dy *= sy;
    }
    return out;
}

Stroke StrokeAugmentation::jitter(const Stroke& stroke, double sigma, RandomStream& random) {
    Stroke out = stroke;
    for (StrokeStep& step : out) {
        step.dx += sigma * random.normal();
        step.dy += sigma * random.normal();
    }
    return out;
}

Stroke StrokeAugmentation::resample(const Stroke& stroke, int count) {
    if (count < 1)
        throw std::invalid_argument("a stroke is resampled to at least one step (got " +
                                    std::to_string(count) + ")");
    std::vector<double> fractions(static_cast<size_t>(count), 0.0);
    for (int k = 0; k < count; ++k)
        fractions[size_t(k)] = double(k + 1) / double(count);
    return resampleAt(stroke, fractions);
}

Stroke StrokeAugmentation::resampleAt(const Stroke& stroke, const std::vector<double>& fractions) {
    if (stroke.empty())
        throw std::invalid_argument("an empty stroke cannot be resampled");
    // Cumulative arc length at the end of every original step, and the points reached.
    std::vector<double> ends, xs{0.0}, ys{0.0};
    double length = 0.0;
    for (const StrokeStep& step : stroke) {
        length += std::hypot(step.dx, step.dy);
        ends.push_back(length);
        xs.push_back(xs.back() + step.dx);
        ys.push_back(ys.back() + step.dy);
    }
    // The original step holding arc length ℓ (the first of equal ones), clamped to the last.
    const auto stepAt = [&](double l) {
        const auto it = std::lower_bound(ends.begin(), ends.end(), l);
        return std::min(size_t(it - ends.begin()), ends.size() - 1);
    };
    const auto pointAt = [&](double l) -> std::pair<double, double> {
        const size_t i = stepAt(l);
        const double begin = i == 0 ? 0.0 : ends[i - 1];
        const double span = ends[i] - begin;
        const double f = span > 0 ? std::clamp((l - begin) / span, 0.0, 1.0) : 1.0;
        return {xs[i] + f * (xs[i + 1] - xs[i]), ys[i] + f * (ys[i + 1] - ys[i])};
    };
    Stroke out;
    double previous = 0.0;
    std::pair<double, double> from{0.0, 0.0};
    for (double u : fractions) {
        const double l = u * length;
        const std::pair<double, double> to =
            u >= 1.0 ? std::pair{xs.back(), ys.back()} : pointAt(l);
        const int pen = stroke[stepAt(0.5 * (previous + l))].pen;
        out.push_back({to.first - from.first, to.second - from.second, pen});
        from = to;
        previous = l;
    }
    return out;
}

Stroke StrokeAugmentation::normalized(const Stroke& stroke, double size) {
    double x = 0, y = 0, minX = 0, maxX = 0, minY = 0, maxY = 0;
    for (const StrokeStep& step : stroke) {
        x += step.dx;
        y += step.dy;
        minX = std::min(minX, x);
        maxX = std::max(maxX, x);
        minY = std::min(minY, y);
        maxY = std::max(maxY, y);
    }
    const double side = std::max(maxX - minX, maxY - minY);
    if (side <= 0)
        return stroke;
    return scale(stroke, size / side, size / side);
}

double StrokeAugmentation::pathLength(const Stroke& stroke) {
    double length = 0;
    for (const StrokeStep& step : stroke)
        length += std::hypot(step.dx, step.dy);
    return length;
}

std::pair<double, double> StrokeAugmentation::displacement(const Stroke& stroke) {
    std::pair<double, double> sum{0.0, 0.0};
    for (const StrokeStep& step : stroke) {
        sum.first += step.dx;
        sum.second += step.dy;
    }
    return sum;
}

} // namespace data
