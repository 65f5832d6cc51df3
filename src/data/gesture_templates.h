#pragma once
/**
 * The built-in gesture classes and how a person might draw each: a clean outline per class, and
 * noisy drawings made from it.
 *
 * Classes: circle (counter-clockwise from the right), square (counter-clockwise from the bottom
 * left corner), triangle, zigzag, check mark, arrow (shaft, then its two barbs, the pen lifted in
 * between), spiral (two turns outwards), cross (two bars, the pen lifted in between).
 *
 * A noisy drawing (distort()) of a stroke, in this order, each draw from the given stream:
 *   speed:    resampled to n ∈ [kMinSteps, kMaxSteps] steps at arc-length fractions
 *             u_k = k/n + a sin(2πk/n)/(2π), a ∈ [−0.5, 0.5] (monotone since |a| < 1)
 *   size:     normalized to a bounding box of side kSize, then scaled by s ∈ [0.8, 1.2] with an
 *             aspect ratio r ∈ [0.85, 1.15]: (s·r, s/r)
 *   rotation: θ ∈ [−15°, 15°]
 *   jitter:   σ = 0.03·kSize on every dx and dy
 */
#include "data/gesture.h"
#include "data/random_stream.h"

#include <string>
#include <vector>

namespace data {

class GestureTemplates {
public:
    static constexpr int kMinSteps = 20;
    static constexpr int kMaxSteps = 36;
    /** The side of a gesture's bounding box, so that a step moves about half a unit. */
    static constexpr double kSize = 4.0;

    /** "circle", "square", "triangle", "zigzag", "check", "arrow", "spiral", "cross". */
    static const std::vector<std::string>& names();
    /** The clean outline of class `index` (throws std::out_of_range for an unknown class). */
    static Stroke outline(int index);
    /** A noisy drawing of class `index`. */
    static Stroke draw(int index, RandomStream& random);
    /** A noisy version of any stroke, a recorded one included (see above). */
    static Stroke distort(const Stroke& stroke, RandomStream& random);
};

} // namespace data
